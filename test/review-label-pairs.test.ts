/**
 * Table 四 dumped by a layout analyser (pdfminer `pdf2txt`) as text boxes: a header printed one character per line
 * puts each cell after its own result word, the boxes in the analyser's order (a group's 总计 after the next group's
 * results, map/review-label-pairs); a page's leftover cells of table 三 after the table's first header words, and
 * header words printed again after the row (map/review-tail valuesFromHeaders). Every value below 0.9.
 * Shapes as pdf2txt printed gen60's Chromium A4 prints (seeds 954001, 954023, 954017, 954036).
 */
import { conf, read, value } from './helpers/report-fields.js';
import { reviewKey, table4Report } from './helpers/table4-report.js';

const ROW = [3, 4, 2, 0, 9, 0, 0, 1, 0, 1, 3, 0, 2, 0, 5];
const vertical = (w: string): string[] => [...w];
/** A result word one character per line, then its cell. */
const pair = (w: string, v: number): string[] => [...vertical(w), String(v)];
const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结'];
const parts = (g: number): string[] => RESULTS.flatMap((w, c) => pair(w, ROW[g * 5 + c]!));

function expectRow(r: Awaited<ReturnType<typeof read>>): void {
  ROW.forEach((v, i) => {
    expect(value(r, reviewKey(i))).toBe(v);
    expect(conf(r, reviewKey(i))).toBeLessThan(0.8);
  });
}

describe('table 四 in pdfminer text boxes', () => {
  it('should read each cell under the result word before it, the totals by their groups\' sums', async () => {
    // 行政复议's four and 总计, 直接起诉's four, 复议后起诉's four and 总计, then 直接起诉's 总计.
    const table = ['行政复议', '行政诉讼', ...parts(0), '未经复议直接起诉', '复议后起诉', ...pair('总计', 9), ...parts(1), ...parts(2), ...pair('总计', 5), ...pair('总计', 1)];
    expectRow(await read(table4Report(['7', '0', '12', ...table])));
  });

  it('should not read the pairs when a printed total is no group\'s sum', async () => {
    // Every group sums to 1, a total printed 2: which group's total is wrong nothing tells.
    const row = [1, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1];
    const p = (g: number): string[] => RESULTS.flatMap((w, c) => pair(w, row[g * 5 + c]!));
    const table = ['行政复议', '行政诉讼', ...p(0), ...pair('总计', 1), ...p(1), ...p(2), ...pair('总计', 2), ...pair('总计', 1)];
    const r = await read(table4Report(table));
    expect(value(r, reviewKey(14))).not.toBe(2);
  });

  it('should read the 15 values from the header row after which they are exactly the row', async () => {
    // The lines as pdf2txt printed them (each header cell's wrapped parts a line of their own).
    const head = ['结果维', '持', '结果纠', '正', '其他结', '果', '尚未审', '结', '合', '计'];
    const table = ['行政复', '议', '行政诉讼', '1', '1', '0', '0', '0', '0', '2', ...head, '未经复议直', '接起诉', '复议后', '起诉', ...ROW.slice(0, 9).map(String), '结果维持', ...head.slice(2), String(ROW[9]), ...head.slice(0, 8), ...ROW.slice(10, 14).map(String), '合', '计', String(ROW[14])];
    expectRow(await read(table4Report(table)));
  });

  it('should read the row between the header and the header words printed again after it', async () => {
    const head = ['行政复议', '行政诉讼', '结果维', '持', '结果纠', '正', '其他结', '果', '尚未审', '结', '总', '计', '未经复议直接起诉', '复议后起诉'];
    const again = ['结果维', '持', '结果纠', '正', '其他结', '果', '尚未审', '结', '总', '计'];
    const stray = Array.from({ length: 30 }, (_, i) => `${i % 7}.0`);
    expectRow(await read(table4Report([...stray, ...head, ...ROW.map((v) => `${v}.0`), ...again, ...again])));
  });
});
