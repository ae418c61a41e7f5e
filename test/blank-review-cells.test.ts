/**
 * Table 四 of a `mutool draw -F txt` dump of a LibreOffice print with its zeros left blank (gen61 dev 1032000
 * mutool-txt r04): a cell a line, a blank cell a line of spaces, a blank cell after a filled one two spaces
 * ending that cell's line. Read a line at a time every value was missing; now the 15 cells are one tab row
 * (layout/blank-review-cells.ts).
 */
import { read, value } from './helpers/report-fields.js';
import { joinBlankReviewCells } from '../src/layout/blank-review-cells.js';

const HEAD = ['示例县某某局2021年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。'];
const T4 = [
  '四、政府信息公开行政复议、行政诉讼情况',
  '',
  '行政复议',
  '行政诉讼',
  '',
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '总计',
  '',
  '未经复议直接起诉',
  '复议后起诉',
  '',
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '总计',
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '总计',
  '',
  ' ',
  ' ',
  ' ',
  ' ',
  ' ',
  ' ',
  '5',
  '4',
  '6',
  '15  ',
  '3  ',
  ' ',
  '3',
  '',
  '',
  '五、存在的主要问题及改进情况',
  '培训不足。',
];

describe("table 四 dumped by mutool, its blank cells showing", () => {
  it('writes the 15 cells as one tab row', () => {
    expect(joinBlankReviewCells(T4)).toContain('\t\t\t\t\t\t5\t4\t6\t15\t\t3\t\t\t3');
  });

  it('reads each value in its column', async () => {
    const r = await read(new TextEncoder().encode([...HEAD, ...T4].join('\n')));
    expect(value(r, 'reviewLitigation.litigationDirect.total')).toBe(15);
    expect(value(r, 'reviewLitigation.litigationAfterReview.corrected')).toBe(3);
    expect(value(r, 'reviewLitigation.litigationAfterReview.upheld')).toBe(0);
    expect(value(r, 'reviewLitigation.review.total')).toBe(0);
  });

  it('leaves a run of another count as printed', () => {
    const short = T4.filter((l, i) => i !== T4.indexOf('4'));
    expect(joinBlankReviewCells(short)).toEqual(short);
  });
});
