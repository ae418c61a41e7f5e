/**
 * Table 三's column header read from a table row (HTML here; .docx and ruled PDF give the same
 * lines) whose corner cell is the table's note, and 总计 whose place no header text gives
 * (map/column-order, map/total-column). Every table prints rows whose only applicant is one
 * column, 'T 0 0 0 0 0 T': such a row sums whether 总计 is printed first or last, so only the
 * header places it. Expected values are read off the inline inputs by hand.
 */
import { extract } from '../src/index.js';
import { codes, conf, keysOf, orderKeys, value } from './helpers/report-fields.js';
import { LABELLED_REQUEST_ROWS } from './helpers/table3.js';

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const td = (c: string): string => `<td>${c}</td>`;
const tr = (cells: string[]): string => `<tr>${cells.map(td).join('')}</tr>`;

/** Each row of LABELLED_REQUEST_ROWS with its total `t` in one applicant column `only` (0..5) and the row's total; every identity holds. */
function onlyColumnRows(only: number): [string, number[]][] {
  return LABELLED_REQUEST_ROWS.map(([label, v]) => {
    const t = Number(v.split(' ')[6]);
    return [label, [0, 1, 2, 3, 4, 5].map((c) => (c === only ? t : 0)).concat(t)];
  });
}

/** An HTML report whose table 三 prints `header` (leaf words after the note cell) and each row's values ordered by `order` (indices into template order). */
async function html(header: string[], order: number[], only: number): Promise<Awaited<ReturnType<typeof extract>>> {
  const rows = onlyColumnRows(only).map(([label, v]) => tr([label, ...order.map((i) => String(v[i]))]));
  const page = [
    '<html><body><h1>示例县某某局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本局依法推进政务公开。</p><p>二、主动公开政府信息情况</p>',
    `<table>${tr(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'])}${tr(['规章', '1', '0', '4'])}${tr(['行政规范性文件', '2', '1', '9'])}</table>`,
    '<p>三、收到和处理政府信息公开申请情况</p>',
    `<table>${tr([NOTE, ...header])}${rows.join('')}</table>`,
    '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>无。</p><p>五、存在的主要问题及改进情况</p><p>培训不足。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>',
  ].join('\n');
  return extract(new TextEncoder().encode(page), { name: 'r.html' });
}

const LEAVES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const TEMPLATE = [0, 1, 2, 3, 4, 5, 6];
const TOTAL_FIRST = [6, 0, 1, 2, 3, 4, 5];

describe('table 三 header row with the note in its corner cell', () => {
  it('should follow 总计 printed first: a 其他-only row is read 其他 = T, not 自然人 = T, below 0.9', async () => {
    const r = await html(TOTAL_FIRST.map((i) => LEAVES[i]!), TOTAL_FIRST, 5);
    expect(codes(r)).toContain('columns_reordered');
    // '（一）予以公开' prints '7 0 0 0 0 0 7' under 总计 自然人 … 其他.
    expect(value(r, 'requests.granted.otherOrg')).toBe(7);
    expect(value(r, 'requests.granted.naturalPerson')).toBe(0);
    expect(value(r, 'requests.granted.total')).toBe(7);
    expect(value(r, 'requests.newReceived.otherOrg')).toBe(10);
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
  });

  it('should read the same header printed in template order confidently, with no warning', async () => {
    const r = await html(LEAVES, TEMPLATE, 0);
    expect(codes(r)).not.toContain('columns_reordered');
    expect(codes(r)).not.toContain('columns_unread');
    expect(value(r, 'requests.granted.naturalPerson')).toBe(7);
    expect(value(r, 'requests.granted.otherOrg')).toBe(0);
    expect(conf(r, 'requests.granted.naturalPerson')).toBeGreaterThanOrEqual(0.9);
  });

  it('should not read a 其他-only table confidently when no header text names 总计 (a blank cell printed first)', async () => {
    // The categories are named in order, the total column is not: 'T 0 0 0 0 0 T' fits it first and last.
    const r = await html(['', ...LEAVES.slice(0, 6)], TOTAL_FIRST, 5);
    expect(codes(r)).toContain('columns_unread');
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
  });

  it('should not read a 自然人-only table confidently when a blank cell (not 总计) heads the last column', async () => {
    const base = await html(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''], TEMPLATE, 0);
    // Every row 'T 0 0 0 0 0 T' (自然人 only) fits the total under 自然人 as well as last: below 0.9.
    expect(codes(base)).toContain('columns_unread');
    expect(conf(base, 'requests.granted.naturalPerson')).toBeLessThan(0.9);
  });

  it('should read 合计 heading the total column as 总计 (map/total-word), first or last', async () => {
    const first = await html(['合计', ...LEAVES.slice(0, 6)], TOTAL_FIRST, 5);
    expect(codes(first)).toContain('columns_reordered');
    expect(value(first, 'requests.granted.otherOrg')).toBe(7);
    expect(value(first, 'requests.granted.naturalPerson')).toBe(0);
    for (const k of orderKeys(first, 'requests.')) expect(conf(first, k)).toBeLessThan(0.9);
    const last = await html([...LEAVES.slice(0, 6), '合计'], TEMPLATE, 0);
    expect(codes(last)).not.toContain('columns_unread');
    expect(value(last, 'requests.granted.naturalPerson')).toBe(7);
    expect(conf(last, 'requests.granted.naturalPerson')).toBeGreaterThanOrEqual(0.9);
  });
});
