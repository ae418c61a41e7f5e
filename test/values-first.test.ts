/**
 * Table 三 printed one cell per line with each row's values BEFORE its label (some `pdftotext -raw`
 * dumps): read after their labels, every row is shifted by one. A value block before the table's
 * first row label marks the dump; when that block is a whole row and the table re-paired values-first
 * keeps every identity, each block is read with the label after it (map/values-first); otherwise the
 * table's values stay below 0.9 (`rows_unread`). Expected values are read off the inline input
 * (test/helpers/table3 LABELLED_REQUEST_ROWS, whose identities hold).
 */
import { codes, conf, keysOf, read, value } from './helpers/report-fields.js';
import { LABELLED_REQUEST_ROWS as ROWS } from './helpers/table3.js';

/** A row's values one per line, the last two (其他, 总计) on one line, as pdftotext -raw prints them. */
const valueLines = (v: string): string[] => {
  const t = v.split(' ');
  return [...t.slice(0, 5), `${t[5]} ${t[6]}`];
};

function report(valuesFirst: boolean, table: [string, string][] = ROWS, lead: (lines: string[]) => string[] = (l) => l): Uint8Array {
  const rows = lead(table.flatMap(([label, v]) => (valuesFirst ? [...valueLines(v), label] : [label, ...valueLines(v)])));
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9',
    '三、收到和处理政府信息公开申请情况', '申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计', ...rows,
    '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('values printed before their row labels', () => {
  it('should read each value block with the label after it when the leading block is a whole row and the identities hold', async () => {
    const r = await read(report(true));
    expect(codes(r)).not.toContain('rows_unread');
    // Read after its label, 一、本年新收 would take 二、上年结转's values (total 1, not 10).
    expect(value(r, 'requests.newReceived.total')).toBe(10);
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.carriedOver.legalService')).toBe(1);
    expect(value(r, 'requests.granted.total')).toBe(7);
    expect(value(r, 'requests.partiallyGranted.naturalPerson')).toBe(1);
    expect(value(r, 'requests.unavailable.notHeld.total')).toBe(2);
    expect(value(r, 'requests.totalHandled.legalService')).toBe(4);
    expect(value(r, 'requests.carriedForward.total')).toBe(1);
    expect(conf(r, 'requests.newReceived.total')).toBeGreaterThanOrEqual(0.9);
    expect(conf(r, 'requests.carriedForward.total')).toBeGreaterThanOrEqual(0.9);
  });

  it('should keep every value of table 三 below 0.9 when the leading block is less than a row', async () => {
    // The first row's first three values lost: 4 values before the first label, not a whole row.
    const r = await read(report(true, ROWS, (lines) => lines.slice(3)));
    expect(codes(r)).toContain('rows_unread');
    expect(Object.keys(r.fields).filter((k) => k.startsWith('requests.') && r.fields[k]!.confidence >= 0.9)).toEqual([]);
  });

  it('should keep every value of table 三 below 0.9 when the values-first reading breaks an identity', async () => {
    // 四、结转下年度 printed 0 0 0 0 2 0 2: 一+二 ≠ 七+四 in the 法律服务机构 column and the total, whichever way the blocks pair.
    const broken = ROWS.map(([l, v]): [string, string] => [l, l.startsWith('四、') ? '0 0 0 0 2 0 2' : v]);
    const r = await read(report(true, broken));
    expect(codes(r)).toContain('rows_unread');
    expect(Object.keys(r.fields).filter((k) => k.startsWith('requests.') && r.fields[k]!.confidence >= 0.9)).toEqual([]);
  });

  it('should keep table 三 below 0.9 when only the first row prints its values before the labels and nothing across rows is read', async () => {
    // pdfminer of a LibreOffice print: 本年新收's values (a box) before the label pile, the upper rows' values unread
    // (column boxes), the last rows each label then values. Re-paired values-first, every later row takes the row
    // above's block and each still adds up; no column sum or balance is read whole, so nothing confirms that reading.
    const one = (v: string): string[] => v.split(' ');
    const text = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9',
      '三、收到和处理政府信息公开申请情况', '申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计', ...one('3 1 0 2 4 0 10'),
      '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ...one('2 1 0 1 3 0 7'), '3.其他', ...one('1 0 0 0 0 0 1'),
      '（七）总计', ...one('3 1 0 2 4 0 10'), '四、结转下年度继续办理', ...one('0 0 0 0 1 0 1'),
      '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'].join('\n');
    const r = await read(new TextEncoder().encode(text));
    // Values-first, 3.其他 took 7, （七）总计 1 and 四、结转 10, each at 0.98.
    expect(value(r, 'requests.otherHandling.other.total')).not.toBe(7);
    expect(value(r, 'requests.carriedForward.total')).not.toBe(10);
    expect(Object.keys(r.fields).filter((k) => k.startsWith('requests.') && r.fields[k]!.confidence >= 0.9)).toEqual([]);
  });

  it('should not warn when each row\'s values follow its label (control)', async () => {
    const r = await read(report(false));
    expect(codes(r)).not.toContain('rows_unread');
    expect(value(r, 'requests.newReceived.total')).toBe(10);
    expect(conf(r, 'requests.newReceived.total')).toBeGreaterThanOrEqual(0.9);
  });
});
