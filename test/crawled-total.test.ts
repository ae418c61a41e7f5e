/**
 * Table 三 in a crawler's dump with one cell per line (lynx -dump, html.parser text nodes joined by
 * '\n': scripts/crawled-total-variants.mjs), 总计 printed first, one sub-column printed '—' in every
 * row. A '—' cell adds 0 to its row's sum (map/total-column sumValue), so the rows' totals place 总计
 * (before, every row held a null and none told where 总计 is: the table stayed in the template's order
 * at 0.98 wherever a row summed either way). The rows and the header band agreeing on 总计's place keep
 * the values' confidence (map/column-order followRowOrder). A table whose rows mostly fail their totals
 * under the order read, and sum with 总计 elsewhere, is confirmed by no row (rowsFitElsewhere): below
 * 0.9. Every expected value is read off the input by hand.
 */
import { codes, conf, keysOf, read, value } from './helpers/report-fields.js';
import { labelledRequestRows, REQUEST_LEAF_KEYS, REQUEST_NOTE, SMALL_REQUEST_VALUES } from './helpers/table3.js';

/** Table 三 in the template's order (自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计), 科研机构 all 0 (printed '—'); the identities hold. */
const VALUES = SMALL_REQUEST_VALUES;
const ROWS = labelledRequestRows(VALUES);
const COLS = REQUEST_LEAF_KEYS;
const NOTE = REQUEST_NOTE;
/** The header as lynx dumps it: one top cell per line, the five leaves wrapped two to a line. */
const HEADER_TOTAL_FIRST = [NOTE, '申请人情况', '总计', '自然人', '法人或其他组织', '商业', '企业 科研', '机构 社会公益', '组织 法律服务', '机构 其他'];
const HEADER_TEMPLATE = [NOTE, '申请人情况', '自然人', '法人或其他组织', '总计', '商业', '企业 科研', '机构 社会公益', '组织 法律服务', '机构 其他'];
const RESEARCH = 2;

function dump(header: readonly string[], totalFirst: boolean): Uint8Array {
  const cells = (v: string): string[] => {
    const xs = v.split(' ').map((x, i) => (i === RESEARCH ? '—' : x));
    return totalFirst ? [xs[6]!, ...xs.slice(0, 6)] : xs;
  };
  const lines = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '1', '0', '4', '行政规范性文件', '2', '1', '9',
    '三、收到和处理政府信息公开申请情况', ...header, ...ROWS.flatMap(([label, v]) => [label, ...cells(v)]),
    '四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉',
    ...Array.from({ length: 3 }, () => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat(),
    ...'0 0 0 0 0 1 0 0 0 1 0 0 0 2 2'.split(' '),
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ];
  return new TextEncoder().encode(lines.map((l) => `   ${l}`).join('\n\n'));
}

/** Table 三's fields read wrong (key=value@confidence), against VALUES (every other row 0; 科研机构 null). */
async function wrongOf(bytes: Uint8Array, minConfidence = 0): Promise<string[]> {
  const r = await read(bytes);
  const out: string[] = [];
  for (const k of Object.keys(r.fields).filter((x) => x.startsWith('requests.'))) {
    const row = k.slice('requests.'.length, k.lastIndexOf('.'));
    const col = COLS.indexOf(k.slice(k.lastIndexOf('.') + 1));
    if (col < 0) continue;
    const want = col === RESEARCH ? null : Number((VALUES[row] ?? '0 0 0 0 0 0 0').split(' ')[col]);
    if ((value(r, k) ?? null) !== want && conf(r, k) >= minConfidence) out.push(`${k}=${String(value(r, k))}@${conf(r, k)}`);
  }
  return out;
}

describe('table 三 printed 总计 first, one cell per line, a sub-column printed — in every row (map/total-column sumValue)', () => {
  it('should read every value where the header and the rows place it, the — column null, at >= 0.9', async () => {
    const bytes = dump(HEADER_TOTAL_FIRST, true);
    expect(await wrongOf(bytes)).toEqual([]);
    const r = await read(bytes);
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(5);
    expect(value(r, 'requests.carriedOver.naturalPerson')).toBe(1);
    expect(value(r, 'requests.carriedOver.otherOrg')).toBe(0);
    for (const k of keysOf(r, 'requests.')) expect([k, conf(r, k) >= 0.9]).toEqual([k, true]);
  });

  it('should keep a template-order table printed the same way confirmed (control)', async () => {
    const bytes = dump(HEADER_TEMPLATE, false);
    expect(await wrongOf(bytes)).toEqual([]);
    const r = await read(bytes);
    expect(codes(r)).not.toContain('columns_reordered');
    expect(conf(r, 'requests.newReceived.naturalPerson')).toBeGreaterThanOrEqual(0.9);
    expect(conf(r, 'requests.carriedOver.total')).toBeGreaterThanOrEqual(0.9);
  });

  it('should hold no value at >= 0.9 when the header names the template order but the rows sum only with 总计 first (rowsFitElsewhere)', async () => {
    const r = await read(dump(HEADER_TEMPLATE, true));
    // carriedOver '1 1 0 — 0 0 0' sums either way: no confirmation of the order read.
    for (const k of keysOf(r, 'requests.')) expect([k, conf(r, k) < 0.9]).toEqual([k, true]);
  });
});
