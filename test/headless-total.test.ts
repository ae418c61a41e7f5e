/**
 * Table 三 printed 总计 first in a tab-separated text dump (scripts/headless-total-variants.mjs): with
 * its section headings left out, no section bounds the table and its rows are found by their labels in
 * the whole text; its columns are then placed by the same rule as a found section's (map/table-band
 * tableOfRowsRead → map/column-order): a header naming them, else the rows' totals, else capped. A blank
 * 总计 cell the solver derived under the template's order counts as printed, 0 (solve printedEmpty), so
 * it does not make the wrong order add up. Every expected value is read off the input by hand.
 */
import { codes, conf, keysOf, orderKeys, read, value } from './helpers/report-fields.js';
import { labelledRequestRows, REQUEST_LEAF_KEYS, REQUEST_NOTE, SMALL_REQUEST_VALUES } from './helpers/table3.js';

/** Table 三 in the template's order (自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计); the identities hold. */
const VALUES = SMALL_REQUEST_VALUES;
const ROWS = labelledRequestRows(VALUES);
const COLS = REQUEST_LEAF_KEYS;
const NOTE = REQUEST_NOTE;
const HEADER_TOTAL_FIRST = [`${NOTE}\t申请人情况`, '总计\t自然人\t法人或其他组织', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'];
const HEADER_TEMPLATE = [`${NOTE}\t申请人情况`, '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'];

interface Dump { headings: boolean; header: string[]; totalFirst: boolean; blank: boolean }

function dump(d: Dump): Uint8Array {
  const h = (text: string): string[] => (d.headings ? [text] : []);
  const cells = (v: string): string[] => {
    const xs = v.split(' ');
    return (d.totalFirst ? [xs[6]!, ...xs.slice(0, 6)] : xs).map((x) => (d.blank && x === '0' ? '' : x));
  };
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', ...h('一、总体情况'), '本局依法推进政务公开。', ...h('二、主动公开政府信息情况'),
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9',
    ...h('三、收到和处理政府信息公开申请情况'), ...d.header, ...ROWS.map(([label, v]) => [label, ...cells(v)].join('\t')),
    ...h('四、政府信息公开行政复议、行政诉讼情况'), '行政复议\t行政诉讼',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
    '0\t0\t0\t0\t0\t1\t0\t0\t0\t1\t0\t0\t0\t2\t2',
    ...h('五、存在的主要问题及改进情况'), '培训不足。', ...h('六、其他需要报告的事项'), '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

/** Table 三's fields read wrong at ≥ 0.9 (key=value@confidence), against VALUES (every other row 0). */
async function wrongHigh(bytes: Uint8Array): Promise<string[]> {
  const r = await read(bytes);
  const out: string[] = [];
  for (const k of keysOf(r, 'requests.')) {
    const row = k.slice('requests.'.length, k.lastIndexOf('.'));
    const col = COLS.indexOf(k.slice(k.lastIndexOf('.') + 1));
    if (col < 0) continue;
    const want = Number((VALUES[row] ?? '0 0 0 0 0 0 0').split(' ')[col]);
    if (value(r, k) !== want && conf(r, k) >= 0.9) out.push(`${k}=${String(value(r, k))}@${conf(r, k)}`);
  }
  return out;
}

describe('table 三 printed 总计 first in a text dump without section headings (map/table-band tableOfRowsRead)', () => {
  it('should read no value wrong at >= 0.9 where the header rows name 总计 first and zeros are blank', async () => {
    expect(await wrongHigh(dump({ headings: false, header: HEADER_TOTAL_FIRST, totalFirst: true, blank: true }))).toEqual([]);
  });

  it('should move 总计 printed first with no header by the rows\' totals, below 0.9, as in a found section', async () => {
    for (const blank of [false, true]) {
      const r = await read(dump({ headings: false, header: [], totalFirst: true, blank }));
      expect(codes(r)).toContain('columns_reordered');
      expect(value(r, 'requests.newReceived.total')).toBe(8);
      expect(value(r, 'requests.newReceived.naturalPerson')).toBe(5);
      expect(value(r, 'requests.partiallyGranted.total')).toBe(2);
      for (const k of orderKeys(r, 'requests.')) expect([k, conf(r, k) < 0.9]).toEqual([k, true]);
    }
  });

  it('should read a header printed one cell per line naming 总计 first over blank zeros with no value wrong at >= 0.9, headings or not', async () => {
    const header = HEADER_TOTAL_FIRST.flatMap((l) => l.split('\t'));
    for (const headings of [true, false]) expect(await wrongHigh(dump({ headings, header, totalFirst: true, blank: true }))).toEqual([]);
  });

  it('should keep a template-order header in a dump without headings confirmed (control)', async () => {
    const r = await read(dump({ headings: false, header: HEADER_TEMPLATE, totalFirst: false, blank: false }));
    expect(codes(r)).not.toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.total')).toBe(8);
    expect(conf(r, 'requests.newReceived.total')).toBeGreaterThanOrEqual(0.9);
    expect(conf(r, 'requests.newReceived.naturalPerson')).toBeGreaterThanOrEqual(0.9);
  });
});
