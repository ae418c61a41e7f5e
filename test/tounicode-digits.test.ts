/**
 * Fonts whose /ToUnicode map lies about digits (`pdf/lying-digits.ts`): the page shows the right
 * numbers, the text layer others. Small PDFs from `_internal/mini-pdf` (Helvetica coded in ASCII,
 * its map rewritten), and a reportlab print whose map swaps 1 and 4
 * (`scripts/tounicode-twists.py … swap`, seed 2 of `scripts/tounicode-twists.mjs`).
 */
import { readFileSync } from 'node:fs';
import { buildPdf, type MiniPage } from '../src/_internal/mini-pdf.js';
import { extract, flattenData } from '../src/index.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';
import { digitLie } from '../src/pdf/lying-digits.js';
import { spec } from '../scripts/reportlab-spec.mjs';

const DIGITS = Object.fromEntries([...'0123456789'].map((d) => [d.charCodeAt(0), d]));
const WIDTHS = Object.fromEntries([...'0123456789'].map((d) => [d.charCodeAt(0), 556]));
const f2 = (x: number, y: number, s: string): string => `BT /F2 10 Tf ${x} ${y} Td (${s}) Tj ET`;
const f1 = (x: number, y: number, s: string): string => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;
/** Three rows: a label in /F1, three numbers in /F2 (the page shows 38 13 51, 7 80 87, 2 6 8). */
const TABLE = [
  [f1(100, 700, 'a'), f2(300, 700, '38'), f2(350, 700, '13'), f2(400, 700, '51')],
  [f1(100, 680, 'b'), f2(300, 680, '7'), f2(350, 680, '80'), f2(400, 680, '87')],
  [f1(100, 660, 'c'), f2(300, 660, '2'), f2(350, 660, '6'), f2(400, 660, '9')],
]
  .flat()
  .join('\n');

async function read(toUnicode: Record<number, string>): Promise<{ cells: string[][]; warnings: string[] }> {
  const page: MiniPage = { content: TABLE, f2: { widths: WIDTHS, toUnicode } };
  const doc = await load(buildPdf([page]), resolveOptions({ format: 'pdf' }));
  return { cells: doc.lines.map((l) => l.cells), warnings: doc.warnings.map((w) => w.code) };
}

async function damaged(toUnicode: Record<number, string>): Promise<boolean[]> {
  const page: MiniPage = { content: TABLE, f2: { widths: WIDTHS, toUnicode } };
  const doc = await load(buildPdf([page]), resolveOptions({ format: 'pdf' }));
  return doc.lines.map((l) => l.damaged === true);
}

describe('a ToUnicode map that lies about digits', () => {
  it('should read the digits a swapped map gives as the glyphs show them, not trusting numbers with a 3 or an 8', async () => {
    const { cells, warnings } = await read({ ...DIGITS, 0x33: '8', 0x38: '3' });
    expect(cells).toEqual([
      ['a', '38', '13', '51'],
      ['b', '7', '80', '87'],
      ['c', '2', '6', '9'],
    ]);
    expect(warnings).toContain('pdf_tounicode_conflict');
    // The last row has neither digit: it reads the same whatever the map says.
    expect(await damaged({ ...DIGITS, 0x33: '8', 0x38: '3' })).toEqual([true, true, false]);
  });

  it('should not trust the digit two glyphs are mapped to, nor correct it', async () => {
    // 3 and 8 both read '8': which one a cell shows cannot be told from the text.
    const { cells } = await read({ ...DIGITS, 0x33: '8' });
    expect(cells[0]).toEqual(['a', '88', '18', '51']);
    expect(await damaged({ ...DIGITS, 0x33: '8' })).toEqual([true, true, false]);
  });

  it('should read a digit mapped to a look-alike letter as the digit', async () => {
    const { cells } = await read({ ...DIGITS, 0x35: 'S' });
    expect(cells[0]).toEqual(['a', '38', '13', '51']);
    expect(await damaged({ ...DIGITS, 0x35: 'S' })).toEqual([true, false, false]);
  });

  it('should leave a font with a true map alone', async () => {
    const { cells, warnings } = await read(DIGITS);
    expect(cells[0]).toEqual(['a', '38', '13', '51']);
    expect(warnings).not.toContain('pdf_tounicode_conflict');
    expect(await damaged(DIGITS)).toEqual([false, false, false]);
  });
});

describe('digitLie: the evidence of the glyph order', () => {
  it('should find no lie in a font whose codes number glyphs by first use', () => {
    // LibreOffice: '2024年' coded 3, 4, 5, 6 — and digits that came in order, then an ideograph.
    expect(digitLie(new Map([[3, '2'], [4, '0'], [5, '4'], [6, '年'], [7, '1'], [8, '9']]))).toBeNull();
    expect(digitLie(new Map([[10, '1'], [11, '2'], [12, '3'], [13, '4'], [14, '5'], [15, '年'], [16, 'a']]))).toBeNull();
  });

  it('should find no lie where first-used digits came in order and the window holds other characters', () => {
    // A tester's honest LibreOffice print: '1234' first used in order (codes 6–9), then '0' (10) and
    // ideographs: four digits 'in place' at c0 = 5 made code 10 a '5' the map 'lied' about.
    expect(digitLie(new Map([[5, '议'], [6, '1'], [7, '2'], [8, '3'], [9, '4'], [10, '0'], [11, '年'], [12, '次'], [13, '5'], [14, '6']]))).toBeNull();
    // …and on a page of numbers the next first-used glyphs are digits too: '12345', then '0', '8', '7', '6'.
    expect(digitLie(new Map([[40, '议'], [41, '1'], [42, '2'], [43, '3'], [44, '4'], [45, '5'], [46, '0'], [47, '8'], [48, '7'], [49, '6']]))).toBeNull();
    // A window of digits with codes missing (fewer than eight shown) is no evidence either.
    expect(digitLie(new Map([[6, '1'], [7, '2'], [8, '3'], [9, '4'], [10, '0']]))).toBeNull();
  });

  it('should find the swap in a CID font that keeps its glyph ids (digits at 19–28)', () => {
    const codes = new Map([...'0123456789'].map((d, i) => [19 + i, d] as [number, string]));
    codes.set(22, '8').set(27, '3');
    const lie = digitLie(codes);
    expect(lie && Object.fromEntries(lie.fix)).toEqual({ '8': '3', '3': '8' });
  });
});

describe('a reportlab print whose map swaps 1 and 4 in its only font', () => {
  it('should give no value wrong at 0.9 or more (main gave 5 at 0.95)', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('./fixtures/tounicode-swap-reportlab.pdf', import.meta.url)));
    const report = await extract(bytes, { name: 'tounicode-swap-reportlab.pdf' });
    const got = flattenData(report.data);
    const wrong: string[] = [];
    let read = 0;
    for (const [key, want] of flattenData(spec(2, 0).data)) {
      if (want === null || want === undefined) continue;
      if (got.get(key) === want) read++;
      else if (((report.fields as Record<string, { confidence: number } | undefined>)[key]?.confidence ?? 0) >= 0.9) wrong.push(`${key}: ${String(got.get(key))} (want ${String(want)})`);
    }
    expect(wrong).toEqual([]);
    // The digits are read as the page shows them (below 0.9).
    expect(read).toBeGreaterThan(150);
    expect(report.warnings.map((w) => w.code)).toContain('pdf_tounicode_conflict');
  });
});
