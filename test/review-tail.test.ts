/**
 * Table 四 whose region does not hold its 15 values as one stream (plain pdftotext): values of
 * another table between its header lines, its last cells left for after the report's last section,
 * or the row cut at the page's edge. Read from its last header line on, group by group while each
 * group's sum holds (map/review-tail), every value below 0.9. Expected values read off the inputs.
 */
import { reviewTailReading } from '../src/map/review-tail.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';
import { conf, read, value } from './helpers/report-fields.js';
import { reviewKey, table4Report } from './helpers/table4-report.js';

const HEAD = ['行政复议', '行政诉讼', '复议后起诉', '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉', '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计'];

const ROW = [0, 9, 0, 0, 9, 0, 7, 8, 0, 15, 5, 1, 0, 5, 11];

describe('table 四 read from its header on', () => {
  it('should read the row after the last header line when stray values precede it, below 0.9', async () => {
    // 20 values of table 三 printed between the header lines: 35 values in the region.
    const r = await read(table4Report([HEAD[0]!, HEAD[1]!, ...Array.from({ length: 20 }, (_, i) => String(i + 3)), ...HEAD.slice(2), ...ROW.map(String)]));
    ROW.forEach((v, i) => {
      expect(value(r, reviewKey(i))).toBe(v);
      expect(conf(r, reviewKey(i))).toBeLessThan(0.9);
    });
  });

  it('should complete the row with the number-only lines after the last section when all three groups then hold', async () => {
    const r = await read(table4Report([...HEAD, ...ROW.slice(0, 9).map(String)], ROW.slice(9).map(String)));
    ROW.forEach((v, i) => expect(value(r, reviewKey(i))).toBe(v));
    expect(conf(r, reviewKey(14))).toBeLessThan(0.9);
  });

  it('should keep the groups that hold and the cut group\'s first values when the row is cut off', async () => {
    const r = await read(table4Report([...HEAD, ROW.slice(0, 12).join(' ')]));
    ROW.slice(0, 12).forEach((v, i) => expect(value(r, reviewKey(i))).toBe(v));
    expect(value(r, reviewKey(12))).toBeNull();
    expect(value(r, reviewKey(14))).toBeNull();
  });

  it('should give no reading when the first group does not sum, nor past a group that does not', () => {
    const toks = (v: number[]): ValueToken[] => v.map((n) => ({ kind: 'num', value: n, raw: String(n), fusable: false }));
    expect(reviewTailReading(toks([1, 9, 0, 0, 9, ...ROW.slice(5, 12)]), [])).toBeNull();
    const cut = reviewTailReading(toks([...ROW.slice(0, 5), 0, 7, 8, 0, 16, ...ROW.slice(10)]), []);
    expect(cut?.cells.map((c) => c.value)).toEqual([...ROW.slice(0, 5), ...Array(10).fill(undefined)]);
  });

  it('should read groups printed under header lines of their own, the last values after the last section (plain pdftotext of three small tables), below 0.9', async () => {
    const group = ['结果维 结果纠 其他结 尚未审', '总计', '持', '正', '果', '结'];
    const table = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...group, ...ROW.slice(0, 5).map(String), ...group, ...ROW.slice(5, 10).map(String), ...group, ...ROW.slice(10, 12).map(String)];
    const r = await read(table4Report(table, ['—3—', ...ROW.slice(12).map(String)]));
    ROW.forEach((v, i) => {
      expect(value(r, reviewKey(i))).toBe(v);
      expect(conf(r, reviewKey(i))).toBeLessThan(0.9);
    });
  });

  it('should not complete groups under headers of their own when a group then breaks its sum', async () => {
    const group = ['结果维 结果纠 其他结 尚未审', '总计', '持', '正', '果', '结'];
    const table = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...group, ...ROW.slice(0, 5).map(String), ...group, ...ROW.slice(5, 10).map(String), ...group, ...ROW.slice(10, 12).map(String)];
    const r = await read(table4Report(table, ['0', '5', '12']));
    expect(value(r, reviewKey(14))).not.toBe(12);
    for (let i = 0; i < 15; i++) if (value(r, reviewKey(i)) !== ROW[i]) expect(conf(r, reviewKey(i))).toBeLessThan(0.9);
  });
});

describe('table 四 of a text-box dump (pdfminer): the row exactly between its header and the table end', () => {
  // pdfminer prints a page's leftover cells of table 三 after the heading, then the header words one
  // per line, then the row's 15 cells left to right, each on a line of its own.
  const words = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...Array(3).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat()];
  const stray = ['0', '0', '1', '0', '3', '15', '1'];

  it('should read the row at 0.9 or more when both its ends are printed and every group holds', async () => {
    const r = await read(table4Report([...stray, ...words, ...ROW.map(String)]));
    ROW.forEach((v, i) => {
      expect(value(r, reviewKey(i))).toBe(v);
      expect(conf(r, reviewKey(i))).toBeGreaterThanOrEqual(0.9);
    });
  });

  it('should stay below 0.9 when a group does not hold, or number-only values follow the last section', async () => {
    const broken = [...ROW.slice(0, 14), 12];
    const r = await read(table4Report([...stray, ...words, ...broken.map(String)]));
    ROW.slice(0, 10).forEach((_, i) => expect(conf(r, reviewKey(i))).toBeLessThan(0.9));
    const spilled = await read(table4Report([...stray, ...words, ...ROW.map(String)], ['3', '0']));
    ROW.forEach((_, i) => expect(conf(spilled, reviewKey(i))).toBeLessThan(0.9));
  });
});
