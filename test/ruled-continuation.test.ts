/**
 * A ruled table whose rows go on over a page break, the zeros printed as empty cells: the next page's rows
 * print fewer than three numbers (one row '4 | | 4', the rest blank), so by its text alone it is no table
 * page and its rulings were not read — its rows came out as free text and table 三's rows there were lost
 * (Chromium, A5 landscape, 15 pt). A page right after a page that drew a ruled table has its rulings read.
 */
import { buildPdf, type MiniPage } from '../src/_internal/mini-pdf.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';

const XS = [50, 200, 260, 320, 380];
const bt = (x: number, y: number, s: string): string => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;
/** A ruled grid of `rows` rows 24 pt high from `top` down, each [label, …values]; '' leaves a cell empty. */
function grid(top: number, rows: string[][]): string {
  const ys = rows.map((_, k) => top - 24 * k);
  const bottom = top - 24 * rows.length;
  const rules = [...[...ys, bottom].map((y) => `${XS[0]} ${y} m ${XS.at(-1)} ${y} l S`), ...XS.map((x) => `${x} ${top} m ${x} ${bottom} l S`)];
  const text = rows.flatMap((cells, k) => cells.map((c, j) => (c === '' ? '' : bt(XS[j]! + 4, ys[k]! - 17, c))).filter(Boolean));
  return ['0.5 w', ...rules, ...text].join('\n');
}

describe('a ruled table going on over a page whose rows print few numbers', () => {
  const first: MiniPage = { content: grid(780, [['Item', 'A', 'B', 'Total'], ['Row one', '6', '7', '13'], ['Row two', '', '', ''], ['Row three', '2', '3', '5']]) };
  const next: MiniPage = { content: grid(780, [['Row four', '', '', ''], ['Row five', '4', '', '4'], ['Row six', '', '', '']]) };

  it('should read the next page\'s rows in the grid\'s columns', async () => {
    const doc = await load(buildPdf([first, next]), resolveOptions({ format: 'pdf' }));
    const page2 = doc.lines.filter((l) => l.source.page === 2);
    expect(page2.map((l) => l.cells)).toEqual([
      ['Row four', '', '', ''],
      ['Row five', '4', '', '4'],
      ['Row six', '', '', ''],
    ]);
    expect(page2.every((l) => l.source.strategy === 'ruled')).toBe(true);
  });

  it('should leave a page after a page without a ruled table to its text', async () => {
    const prose: MiniPage = { content: bt(50, 700, 'Some text of the report, no table here.') };
    const doc = await load(buildPdf([prose, next]), resolveOptions({ format: 'pdf' }));
    expect(doc.lines.filter((l) => l.source.page === 2).every((l) => l.source.strategy !== 'ruled')).toBe(true);
  });
});
