/**
 * A ruled table's row whose every drawn cell is empty (`pdf/page-layout` layoutPage): table 四 printed blank has one row of
 * 15 cells and no label, so no glyph lies in it. Dropped as a row of no text, the table read as its header alone and its 15
 * fields came out missing where the same table as an HTML `<tr>` of empty `<td>`s reads blank (fresh55 f006 f007 f014 f026
 * f030, every bordered Chromium / LibreOffice print of a wholly blank table 四). Now the row is a line of empty cells once a
 * row above it printed text; a drawn row above all text (a frame's top band) is still no line.
 */
import type { Grid, GridCell } from '../src/pdf/grid.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';
import { layoutPage } from '../src/pdf/page-layout.js';

const item = (str: string, x: number, top: number): PdfItem => ({ str, x, top, width: 8 * str.length, height: 10, size: 10 });

/** Rows at ys[r]..ys[r+1], `cols` equal columns from x = 50, 30 pt wide. */
function grid(ys: number[], cols: number): Grid {
  const xs = Array.from({ length: cols + 1 }, (_, i) => 50 + 30 * i);
  const cells: GridCell[] = [];
  for (let row = 0; row < ys.length - 1; row++)
    for (let col = 0; col < cols; col++) cells.push({ row, col, rowSpan: 1, colSpan: 1, x1: xs[col]!, y1: ys[row]!, x2: xs[col + 1]!, y2: ys[row + 1]! });
  return { ys, xs, cells };
}

const rowsOf = (items: PdfItem[], g: Grid) => layoutPage(items, [g], 3, 0).lines.filter((l) => l.source.table !== undefined);

describe('an empty row of a ruled grid', () => {
  const HEADER = ['结果维持', '结果纠正', '其他结果'];

  it('below a printed header row: kept as a line of empty cells, the grid row it is', () => {
    const g = grid([100, 120, 140], 3);
    const rows = rowsOf(HEADER.map((h, i) => item(h, 52 + 30 * i, 105)), g);
    expect(rows.map((l) => l.cells)).toEqual([HEADER, ['', '', '']]);
    expect(rows[1]!.source).toEqual({ page: 3, table: 0, row: 1, strategy: 'ruled' });
  });

  it('above every printed row (a frame band drawn over the table): no line', () => {
    const g = grid([80, 100, 120], 3);
    const rows = rowsOf(HEADER.map((h, i) => item(h, 52 + 30 * i, 105)), g);
    expect(rows.map((l) => l.cells)).toEqual([HEADER]);
  });
});
