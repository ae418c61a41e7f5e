/**
 * A header cell's last wrapped line drawn below the grid at a page break (`pdf/overhang.ts`):
 * put back in its cell when the grid's last row is a header row and nothing follows on the page.
 */
import type { Grid } from '../src/pdf/grid.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';
import { overhangs } from '../src/pdf/overhang.js';

const item = (str: string, x: number, top: number, width = 10): PdfItem => ({ str, x, top, width, height: 10, size: 10 });

/** Two header rows (100–120, 120–140): a wide note cell, then 自然 | 法人或其他组织 | 总计. */
const GRID: Grid = {
  ys: [100, 120, 140],
  xs: [50, 200, 230, 400, 430],
  cells: [
    { row: 0, col: 0, rowSpan: 2, colSpan: 1, x1: 50, y1: 100, x2: 200, y2: 140 },
    { row: 0, col: 1, rowSpan: 1, colSpan: 3, x1: 200, y1: 100, x2: 430, y2: 120 },
    { row: 1, col: 1, rowSpan: 1, colSpan: 1, x1: 200, y1: 120, x2: 230, y2: 140 },
    { row: 1, col: 2, rowSpan: 1, colSpan: 1, x1: 230, y1: 120, x2: 400, y2: 140 },
    { row: 1, col: 3, rowSpan: 1, colSpan: 1, x1: 400, y1: 120, x2: 430, y2: 140 },
  ],
};
const HEADER = ['（本列数据的勾稽关系为…）', '申请人情况', '自然', '法人或其他组织', '总计'];

describe('overhangs', () => {
  it('puts the last line of a header cell cut by the page break back in its cell', () => {
    const ren = item('人', 210, 142);
    expect(overhangs(GRID, [item('三、收到和处理', 50, 80, 120), ren, item('- 3 -', 300, 800, 20)], HEADER)).toEqual([{ item: ren, cell: 2 }]);
  });

  it('puts back a cell wrapped one character per line, every piece stacked under the one above', () => {
    const [ran, ren, ji] = [item('然', 210, 141), item('人', 210, 157), item('计', 410, 141)];
    const got = overhangs(GRID, [ran, ren, ji, item('- 3 -', 300, 800, 20)], ['…', '申请人情况', '自', '法人或其他组织', '总']);
    expect(got).toEqual([{ item: ran, cell: 2 }, { item: ji, cell: 4 }, { item: ren, cell: 2 }]);
    // A line further down in another cell's column is not that cell's stack; text after the stack: no break.
    expect(overhangs(GRID, [ran, item('人', 410, 157)], HEADER)).toEqual([]);
    expect(overhangs(GRID, [ran, item('人', 210, 175)], HEADER)).toEqual([]);
  });

  it('leaves text that follows the table on the page, or text under a data row', () => {
    expect(overhangs(GRID, [item('人', 210, 142), item('五、存在的主要问题', 50, 170, 150)], HEADER)).toEqual([]);
    expect(overhangs(GRID, [item('人', 210, 142)], [...HEADER.slice(0, 4), '21'])).toEqual([]);
  });

  it('leaves text too far below, wider than a cell, or holding a digit', () => {
    expect(overhangs(GRID, [item('人', 210, 150)], HEADER)).toEqual([]);
    expect(overhangs(GRID, [item('注：单位件', 190, 142, 60)], HEADER)).toEqual([]);
    expect(overhangs(GRID, [item('3', 210, 142)], HEADER)).toEqual([]);
  });
});
