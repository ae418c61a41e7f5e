/**
 * Table 四 whose region does not hold its 15 values as one stream (plain pdftotext): values of
 * another table between its header lines, its last cells left for after the report's last section,
 * or the row cut at the page's edge. Read from its last header line on, group by group while each
 * group's sum holds (map/review-tail), every value below 0.9. Expected values read off the inputs.
 */
import { reviewTailReading } from '../src/map/review-tail.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';
import { conf, read, value } from './helpers/report-fields.js';

const HEAD = ['行政复议', '行政诉讼', '复议后起诉', '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉', '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计'];

function report(table4: string[], tail: string[] = []): Uint8Array {
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9',
    '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', ...table4,
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。', ...tail,
  ].join('\n');
  return new TextEncoder().encode(text);
}

const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'];
const COLS = ['upheld', 'corrected', 'other', 'pending', 'total'];
const key = (i: number): string => `reviewLitigation.${GROUPS[Math.floor(i / 5)]}.${COLS[i % 5]}`;
const ROW = [0, 9, 0, 0, 9, 0, 7, 8, 0, 15, 5, 1, 0, 5, 11];

describe('table 四 read from its header on', () => {
  it('should read the row after the last header line when stray values precede it, below 0.9', async () => {
    // 20 values of table 三 printed between the header lines: 35 values in the region.
    const r = await read(report([HEAD[0]!, HEAD[1]!, ...Array.from({ length: 20 }, (_, i) => String(i + 3)), ...HEAD.slice(2), ...ROW.map(String)]));
    ROW.forEach((v, i) => {
      expect(value(r, key(i))).toBe(v);
      expect(conf(r, key(i))).toBeLessThan(0.9);
    });
  });

  it('should complete the row with the number-only lines after the last section when all three groups then hold', async () => {
    const r = await read(report([...HEAD, ...ROW.slice(0, 9).map(String)], ROW.slice(9).map(String)));
    ROW.forEach((v, i) => expect(value(r, key(i))).toBe(v));
    expect(conf(r, key(14))).toBeLessThan(0.9);
  });

  it('should keep the groups that hold and the cut group\'s first values when the row is cut off', async () => {
    const r = await read(report([...HEAD, ROW.slice(0, 12).join(' ')]));
    ROW.slice(0, 12).forEach((v, i) => expect(value(r, key(i))).toBe(v));
    expect(value(r, key(12))).toBeNull();
    expect(value(r, key(14))).toBeNull();
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
    const r = await read(report(table, ['—3—', ...ROW.slice(12).map(String)]));
    ROW.forEach((v, i) => {
      expect(value(r, key(i))).toBe(v);
      expect(conf(r, key(i))).toBeLessThan(0.9);
    });
  });

  it('should not complete groups under headers of their own when a group then breaks its sum', async () => {
    const group = ['结果维 结果纠 其他结 尚未审', '总计', '持', '正', '果', '结'];
    const table = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...group, ...ROW.slice(0, 5).map(String), ...group, ...ROW.slice(5, 10).map(String), ...group, ...ROW.slice(10, 12).map(String)];
    const r = await read(report(table, ['0', '5', '12']));
    expect(value(r, key(14))).not.toBe(12);
    for (let i = 0; i < 15; i++) if (value(r, key(i)) !== ROW[i]) expect(conf(r, key(i))).toBeLessThan(0.9);
  });
});

describe('table 四 of a text-box dump (pdfminer): the row exactly between its header and the table end', () => {
  // pdfminer prints a page's leftover cells of table 三 after the heading, then the header words one
  // per line, then the row's 15 cells left to right, each on a line of its own.
  const words = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...Array(3).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat()];
  const stray = ['0', '0', '1', '0', '3', '15', '1'];

  it('should read the row at 0.9 or more when both its ends are printed and every group holds', async () => {
    const r = await read(report([...stray, ...words, ...ROW.map(String)]));
    ROW.forEach((v, i) => {
      expect(value(r, key(i))).toBe(v);
      expect(conf(r, key(i))).toBeGreaterThanOrEqual(0.9);
    });
  });

  it('should stay below 0.9 when a group does not hold, or number-only values follow the last section', async () => {
    const broken = [...ROW.slice(0, 14), 12];
    const r = await read(report([...stray, ...words, ...broken.map(String)]));
    ROW.slice(0, 10).forEach((_, i) => expect(conf(r, key(i))).toBeLessThan(0.9));
    const spilled = await read(report([...stray, ...words, ...ROW.map(String)], ['3', '0']));
    ROW.forEach((_, i) => expect(conf(spilled, key(i))).toBeLessThan(0.9));
  });
});
