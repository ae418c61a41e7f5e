/**
 * Table 四 printed by Chromium with its zeros blank and no borders (scripts/twoup-variants.mjs
 * --kind blank, seed 411, 9 pt; items copied from its trace): the row prints numbers only, its first
 * column (行政复议 结果维持) empty. The header piece left of the first number column is that column's
 * leaf, not the label column's (pdf/header-leaves.ts): read as a label the header had 14 leaves for
 * 15 cells and all 15 fields were missing.
 */
import { stackHeaderBands } from '../src/pdf/header-band.js';
import { placeFreeColumns } from '../src/pdf/free-columns.js';
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';

const item = (str: string, x: number, end: number, top: number, size = 9): PdfItem => ({ str, x, width: end - x, top, height: size, size });

const HEADING = [item('四、政府信息公开行政复议、行政诉讼情况', 33.7, 261.7, 207.7, 12)];
const GROUPS = [item('行政复议', 106.5, 142.5, 246.7), item('行政诉讼', 378.7, 414.7, 246.7), item('未经复议直接起诉', 269.9, 341.9, 280.5), item('复议后起诉', 465.0, 510.0, 280.5)];
const FIRST_LEAF = item('结果维持', 35.7, 71.7, 297.7);
const LEAVES = [
  item('结果纠正', 75.7, 111.7, 297.7), item('其他结果', 115.7, 151.7, 297.7), item('尚未审结', 155.7, 191.7, 297.7), item('总计', 195.4, 213.4, 297.7),
  item('结果维持', 217.2, 253.2, 314.2), item('结果纠正', 257.2, 293.2, 314.2), item('其他结果', 297.2, 333.2, 314.2), item('尚未审结', 337.2, 373.2, 314.2), item('总计', 376.9, 394.9, 314.2),
  item('结果维持', 398.7, 434.7, 314.2), item('结果纠正', 438.7, 474.7, 314.2), item('其他结果', 478.6, 514.6, 314.2), item('尚未审结', 518.6, 554.6, 314.2), item('总计', 558.4, 576.4, 314.2),
];
const ROW = [
  item('5', 115.2, 119.7, 347.2), item('5', 195.2, 199.7, 347.2), item('1', 296.7, 301.2, 347.2), item('1', 376.7, 381.2, 347.2),
  item('6', 398.2, 402.7, 347.2), item('4', 478.1, 482.6, 347.2), item('1', 518.1, 522.6, 347.2), item('11', 558.1, 566.8, 347.2),
];

const read = (items: PdfItem[]) => placeFreeColumns(stackHeaderBands(itemsToLines(items), items).map((l) => ({ ...l, source: { page: 3 } })));

describe('table 四 whose first column is printed blank under a borderless header', () => {
  it('should read the header piece left of the first number as that column\'s leaf and place the row in 15 columns', () => {
    const lines = read([...HEADING, ...GROUPS, FIRST_LEAF, ...LEAVES, ...ROW]);
    const leaf = lines.find((l) => l.header && l.cells.includes('总计'));
    expect(leaf?.cells).toHaveLength(15);
    expect(leaf?.cells[0]).toBe('结果维持');
    const row = lines.find((l) => l.cells.includes('11'))!;
    expect(row.cells).toEqual(['', '', '5', '', '5', '', '', '1', '', '1', '6', '', '4', '1', '11']);
  });

  it('should not take text left of the first number on another level than its neighbour leaf as a leaf', () => {
    const lines = read([...HEADING, ...GROUPS, item('项目', 35.7, 53.7, 270), ...LEAVES, ...ROW]);
    const leaf = lines.find((l) => l.header && l.cells.includes('总计'));
    expect(leaf?.cells).toHaveLength(14);
    expect(lines.find((l) => l.cells.includes('11'))!.cells).not.toContain('项目');
  });
});
