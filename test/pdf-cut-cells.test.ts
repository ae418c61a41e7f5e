/**
 * Header cells cut by a page break (`pdf/cut-cells.ts`): '自然' ends page 1 in its cell, '人' starts
 * page 2 in the same column, both open at the break: the piece is put back at the end of its cell.
 */
import type { PageLine } from '../src/pdf/page-layout.js';
import { joinCutCells } from '../src/pdf/cut-cells.js';

const ruled = (cells: string[], boxes: PageLine['boxes'], page: number, table: number, row: number, top: number): PageLine => ({
  cells, boxes, cols: cells.map((_, i) => i), top, bottom: top + 20, free: false, source: { page, table, row, strategy: 'ruled' },
});
const free = (text: string, page: number, top: number): PageLine => ({ cells: [text], top, bottom: top + 10, free: true, source: { page } });
const box = (x1: number, x2: number, open?: 'above' | 'below'): NonNullable<PageLine['boxes']>[number] => ({
  x1, x2, ...(open === 'above' ? { openAbove: true as const } : open === 'below' ? { openBelow: true as const } : {}),
});

/** Page 1 ends in table 三's header: 自然 | 法人或其他组织 | 总计, the two narrow cells open below. */
const page1 = (): PageLine[] => [
  free('三、收到和处理政府信息公开申请情况', 1, 680),
  ruled(['申请人情况'], [box(338, 532)], 1, 1, 0, 700),
  ruled(['自然', '法人或其他组织', '总计'], [box(338, 362, 'below'), box(362, 509), box(509, 532, 'below')], 1, 1, 1, 720),
  free('- 1 -', 1, 800),
];
/** Page 2 starts with the rest: 人 over the sub-columns, all open above. */
const page2 = (first = '人'): PageLine[] => [
  ruled([first, '商业企业', '其他'], [box(338.5, 362, 'above'), box(362, 440, 'above'), box(440, 509, 'above')], 2, 2, 0, 57),
  ruled(['一、本年新收', '58', '59', '3'], [box(63, 338), box(338, 362), box(362, 440), box(440, 509)], 2, 2, 1, 110),
];

describe('joinCutCells', () => {
  it('puts the piece on the next page back at the end of its cell', () => {
    const pages = joinCutCells([page1(), page2()]);
    expect(pages[0]![2]!.cells).toEqual(['自然人', '法人或其他组织', '总计']);
    expect(pages[1]![0]!.cells).toEqual(['', '商业企业', '其他']);
  });

  it('leaves pages where text follows the table, a row holding numbers, or a cell ruled at the break', () => {
    const after = joinCutCells([[...page1(), free('注：本表单位为件', 1, 760)], page2()]);
    expect(after[1]![0]!.cells[0]).toBe('人');
    expect(joinCutCells([page1(), page2('12')])[1]![0]!.cells[0]).toBe('12');
    const closed = page1();
    closed[2]!.boxes![0] = box(338, 362);
    expect(joinCutCells([closed, page2()])[1]![0]!.cells[0]).toBe('人');
  });

  it('moves no full-width number: a row of values open at the break stays on its page', () => {
    // Chromium moved a tall row (numbers broken one full-width digit a line) whole to the next page,
    // neither side of the break ruled: its values had been appended to the row above (1447 read as 0 at 0.9).
    const before = [
      free('三、收到和处理政府信息公开申请情况', 1, 600),
      ruled(['4.保护第三方合法权益', '２６０７６', '０'], [box(91, 205, 'below'), box(205, 232, 'below'), box(232, 256, 'below')], 1, 1, 0, 700),
    ];
    const after = [ruled(['5.属于三类内部事务信息', '０', '１４４７'], [box(91, 205, 'above'), box(205, 232, 'above'), box(232, 256, 'above')], 2, 2, 0, 43)];
    const pages = joinCutCells([before, after]);
    expect(pages[0]![1]!.cells).toEqual(['4.保护第三方合法权益', '２６０７６', '０']);
    expect(pages[1]![0]!.cells).toEqual(['5.属于三类内部事务信息', '０', '１４４７']);
  });
});
