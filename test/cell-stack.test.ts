/**
 * A div grid LibreOffice printed as a stack of boxes (pdf/cell-stack.ts: lo-doc97 grid=div, one cell a
 * line, an empty cell a thin box of two strokes): the rows are rebuilt from the boxes' order, the
 * width the smallest that cuts the stack into rows of a table; a stack the page break cut runs on.
 */
import { cellStacks, rebuildStacks, stackWidth, type StackBox } from '../src/pdf/cell-stack.js';
import type { PageLine } from '../src/pdf/page-layout.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';
import type { Rulings, Segment } from '../src/pdf/rulings.js';

const CENTRE = 265;
/** One page's stack: each cell a box under the one before ('' a thin empty box); its rulings and items. */
function page(cells: readonly string[], top: number): { rulings: Rulings; items: PdfItem[] } {
  const vertical: Segment[] = [];
  const horizontal: Segment[] = [];
  const items: PdfItem[] = [];
  let y = top;
  for (const c of cells) {
    const half = c === '' ? 1.4 : 5.25 * c.length + 3;
    const h = c === '' ? 17.6 : 15.2;
    vertical.push({ x1: CENTRE - half, x2: CENTRE - half, y1: y, y2: y + h }, { x1: CENTRE + half, x2: CENTRE + half, y1: y, y2: y + h });
    if (c !== '') {
      horizontal.push({ x1: CENTRE - half, x2: CENTRE + half, y1: y, y2: y }, { x1: CENTRE - half, x2: CENTRE + half, y1: y + h, y2: y + h });
      items.push({ str: c, x: CENTRE - 5.25 * c.length, width: 10.5 * c.length, top: y + 2, height: 10.5, size: 10.5 });
    }
    y += h + 0.2;
  }
  return { rulings: { horizontal, vertical }, items };
}

// Table 三 cut short: a header of three rows (申请人情况 over 自然人 | 法人 | 总计), two rows of values, blank zeros empty.
const HEADER = ['', '', '申请人情况', '', '', '', '', '自然人', '法人或其他组织', '总计'];
const ROWS = ['一、本年新收政府信息公开申请数量', '', '24', '3', '27', '二、上年结转政府信息公开申请数量', '', '', '1', '1'];

describe('a div grid printed as a stack of boxes', () => {
  it('should cut the cells into rows of the width whose rows read as a table', () => {
    expect(stackWidth([...HEADER, ...ROWS])).toBe(5);
    // Table 四: three header rows of words, one row of values only (no label): 15, not 5 (a row all empty) nor 10 (a word over a value's column).
    const four = ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', '', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', '', '', '', '', '', '', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '4', '', '4', '5', '13', '', '', '', '2', '2', '', '', '2', '', '2'];
    expect(stackWidth(four)).toBe(15);
    // Cells in no order of rows: none.
    expect(stackWidth(['自然人', '3', '总计', '4', '1', '法人', '', '2'])).toBe(0);
  });

  it('should rebuild the rows of a stack the page break cut, in place of the lines the grid path made', () => {
    const first = page([...HEADER, ...ROWS.slice(0, 3)], 640);
    const second = page(ROWS.slice(3), 30);
    const s1 = cellStacks(first.rulings, first.items, 842);
    const s2 = cellStacks(second.rulings, second.items, 842);
    expect(s1.map((s) => s.length)).toEqual([13]);
    expect(s2.map((s) => s.map((b: StackBox) => b.text))).toEqual([['3', '27', '二、上年结转政府信息公开申请数量', '', '', '1', '1']]);
    const old = (cells: string[], top: number, page: number): PageLine => ({ cells, cols: [0, 4, 11], top, bottom: top + 15, free: false, source: { page, table: 0, row: 0, strategy: 'ruled' } });
    const pages: PageLine[][] = [
      [{ cells: ['三、收到和处理政府信息公开申请情况'], xs: [57], top: 600, bottom: 612, free: true, source: { page: 1 } }, old(['', '自然人', ''], 700, 1), { cells: ['说明：本表数据统计'], xs: [476], ends: [557], top: 700, bottom: 709, free: true, source: { page: 1 } }],
      [old(['', '3', ''], 31, 2)],
    ];
    rebuildStacks(pages, [{ at: 0, page: 1, height: 842, stacks: s1 }, { at: 1, page: 2, height: 842, stacks: s2 }], 3);
    expect(pages.map((p) => p.map((l) => l.cells))).toEqual([
      [['三、收到和处理政府信息公开申请情况'], ['', '', '申请人情况', '', ''], ['说明：本表数据统计'], ['', '', '自然人', '法人或其他组织', '总计'], ['一、本年新收政府信息公开申请数量', '', '24', '3', '27']],
      [['二、上年结转政府信息公开申请数量', '', '', '1', '1']],
    ]);
    expect(pages[0]![3]!.source).toEqual({ page: 1, table: 3, row: 1, strategy: 'ruled' });
  });

  it('should leave a stack no width cuts into rows as the grid path laid it out', () => {
    const p = page(['自然人', '', '3', '总计', '', '4', '1', '法人', '', '2'], 100);
    const stacks = cellStacks(p.rulings, p.items, 842);
    const lines: PageLine[][] = [[{ cells: ['', '3', ''], top: 140, bottom: 155, free: false, source: { page: 1, table: 0, row: 2, strategy: 'ruled' } }]];
    rebuildStacks(lines, [{ at: 0, page: 1, height: 842, stacks }], 1);
    expect(lines[0]!.map((l) => l.cells)).toEqual([['', '3', '']]);
  });
});
