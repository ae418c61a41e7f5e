/**
 * A digit drawn with character code 32 (`pdf/text-walk.ts` `isSpaceGlyph`). A subset numbering its
 * glyphs by first use (LibreOffice) gives code 32 to whatever glyph came 32nd; pdf.js marks every
 * code-32 glyph of a simple font `isSpace` (word spacing applies to it), and the walk had taken a
 * '2' so coded for a drawn space, which cut the '28' it heads into two cells (`pdf/drawn-spaces.ts`):
 * fixf53 f059, LibreOffice .docx print, 行政事业性收费 '28' read 上一年项目数量 2, 本年增/减 8 at 0.95.
 * Small PDFs from `_internal/mini-pdf` (/F2: Helvetica whose ToUnicode maps code 32 to a digit).
 */
import { buildPdf, type MiniPage } from '../src/_internal/mini-pdf.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';

const DIGITS = Object.fromEntries([...'0123456789'].map((d) => [d.charCodeAt(0), d]));
const WIDTHS = Object.fromEntries([32, ...[...'0123456789'].map((d) => d.charCodeAt(0))].map((c) => [c, 556]));
const f1 = (x: number, y: number, s: string): string => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;
const f2 = (x: number, y: number, s: string): string => `BT /F2 10 Tf ${x} ${y} Td (${s}) Tj ET`;

async function cells(content: string, toUnicode: Record<number, string>): Promise<string[][]> {
  const page: MiniPage = { content, f2: { widths: WIDTHS, toUnicode } };
  const doc = await load(buildPdf([page]), resolveOptions({ format: 'pdf' }));
  return doc.lines.map((l) => l.cells);
}

/** Rows whose first number starts with the code-32 glyph; the other cells leave a blank neighbour right of it. */
const ROWS = [f1(100, 700, 'a'), f2(300, 700, ' 8'), f2(400, 700, '16'), f1(100, 680, 'b'), f2(300, 680, '7'), f2(350, 680, ' 4'), f1(100, 660, 'c'), f2(300, 660, '5 '), f2(400, 660, '3')].join('\n');

describe('a digit drawn with character code 32', () => {
  it('should read the number it heads or ends whole, not as two cells', async () => {
    expect(await cells(ROWS, { ...DIGITS, 32: '2' })).toEqual([
      ['a', '28', '16'],
      ['b', '7', '24'],
      ['c', '52', '3'],
    ]);
  });

  it('should still take a code-32 glyph mapped to a space for the space it draws', async () => {
    // One text object '5 3': the drawn space parts two cells' numbers (drawn-spaces.ts).
    const got = await cells([f1(100, 700, 'a'), f2(300, 700, '5 3'), f2(400, 700, '16')].join('\n'), { ...DIGITS, 32: ' ' });
    expect(got).toEqual([['a', '5', '3', '16']]);
  });
});
