/**
 * Rows the identities cannot tell apart (score/exchangeable-rows): sub-rows of one block of table 三
 * sum alike however they are permuted, so a row reaches 0.9 only when its own label names it beyond
 * doubt (map/named-row `namesItsRow`) or its siblings' labels pin it. And a block heading
 * ('（三）不予公开') is no fuzzy match of 予以公开 (map/block-heading). Expected values read by hand.
 */
import { blockHeading } from '../src/map/block-heading.js';
import { rowMatches } from '../src/map/join-fragments.js';
import { namesItsRow } from '../src/map/named-row.js';
import { exchangeableRows, orderOnlyRows } from '../src/score/exchangeable-rows.js';
import type { Placement } from '../src/map/index.js';
import type { SolvedField } from '../src/solve/index.js';
import { REQUEST_ROWS_COMBINED, REQUEST_ROWS_SPLIT } from '../src/template/requests.js';
import { templateFor } from '../src/template/index.js';
import { conf, read, value } from './helpers/report-fields.js';

const TOP = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9', '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况', '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
const Z = '0 0 0 0 0 0 0';
/** Table 三 (自然人 … 其他 总计); the identities hold. Labels of （三）2. and 3. given by the test. */
const rows = (two: string, three: string): [string, string][] => [
  ['一、本年新收政府信息公开申请数量', '16 2 1 0 0 0 19'],
  ['二、上年结转政府信息公开申请数量', '1 0 0 0 0 0 1'],
  ['三、本年度办理结果（一）予以公开', '5 1 0 0 0 0 6'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '1 0 0 0 0 0 1'],
  ['（三）不予公开 1.属于国家秘密', '1 0 0 0 0 0 1'],
  [two, '2 0 0 0 0 0 2'],
  [three, '3 0 0 0 0 0 3'],
  ['4.保护第三方合法权益', '0 1 0 0 0 0 1'],
  ['5.属于三类内部事务信息', Z], ['6.属于四类过程性信息', Z], ['7.属于行政执法案卷', Z], ['8.属于行政查询事项', Z],
  ['（四）无法提供 1.本机关不掌握相关政府信息', '4 0 0 0 0 0 4'],
  ['2.没有现成信息需要另行制作', '0 0 1 0 0 0 1'],
  ['3.补正后申请内容仍不明确', Z], ['（五）不予处理 1.信访举报投诉类申请', Z], ['2.重复申请', Z], ['3.要求提供公开出版物', Z],
  ['4.无正当理由大量反复申请', Z], ['5.要求行政机关确认或重新出具已获取信息', Z],
  ['（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', Z],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', Z],
  ['3.其他', '1 0 0 0 0 0 1'],
  ['（七）总计', '17 2 1 0 0 0 20'],
  ['四、结转下年度继续办理', Z],
];
const report = (two: string, three: string): Uint8Array =>
  new TextEncoder().encode([...TOP, ...rows(two, three).map(([l, v]) => [l, ...v.split(' ')].join('\t')), ...TAIL].join('\n'));
const KEYS = ['naturalPerson', 'total'];

describe('exchangeable rows of table 三', () => {
  it('should find one block’s sub-rows, （一）/（二）, and 本年新收/上年结转 as the rows that sum alike', () => {
    const classes = exchangeableRows(templateFor('2021', 'split').identities);
    expect(classes).toContainEqual(['requests.newReceived', 'requests.carriedOver']);
    expect(classes).toContainEqual(['requests.otherHandling.overdueCorrection', 'requests.otherHandling.overdueFee', 'requests.otherHandling.other']);
    expect(classes.find((c) => c.includes('requests.denied.stateSecret'))).toHaveLength(8);
    // Different sides of an identity, or different identities: not exchangeable.
    expect(classes.flat()).not.toContain('requests.totalHandled');
    expect(classes.flat()).not.toContain('requests.carriedForward');
    expect(classes.flat().some((r) => r.startsWith('reviewLitigation.') || r.startsWith('activeDisclosure.'))).toBe(false);
  });

  it('should keep two sub-rows whose labels were cut short, with other values, below 0.9 (either could hold the other’s values)', async () => {
    const r = await read(report('2.其他法律行政', '3.危及“三安全'));
    for (const [row, v] of [['prohibitedByLaw', 2], ['endangersStability', 3]] as const) {
      expect(value(r, `requests.denied.${row}.naturalPerson`)).toBe(v);
      for (const c of KEYS) {
        expect(conf(r, `requests.denied.${row}.${c}`)).toBeLessThan(0.9);
        expect(r.fields[`requests.denied.${row}.${c}`]!.flags).toContain('position');
      }
    }
    // Sub-rows named by their labels keep their confidence.
    expect(conf(r, 'requests.denied.stateSecret.naturalPerson')).toBeGreaterThanOrEqual(0.9);
    expect(conf(r, 'requests.denied.thirdPartyRights.commercial')).toBeGreaterThanOrEqual(0.9);
  });

  it('should keep a lone cut-short sub-row at 0.9 or more: its siblings’ labels pin it', async () => {
    const r = await read(report('2.其他法律行政', '3.危及“三安全一稳定”'));
    expect(value(r, 'requests.denied.prohibitedByLaw.naturalPerson')).toBe(2);
    expect(conf(r, 'requests.denied.prohibitedByLaw.naturalPerson')).toBeGreaterThanOrEqual(0.9);
    expect(conf(r, 'requests.denied.endangersStability.naturalPerson')).toBeGreaterThanOrEqual(0.9);
  });

  it('should keep labels printed whole at 0.9 or more (control)', async () => {
    const r = await read(report('2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”'));
    for (const row of ['prohibitedByLaw', 'endangersStability']) for (const c of KEYS) expect(conf(r, `requests.denied.${row}.${c}`)).toBeGreaterThanOrEqual(0.9);
  });

  it('should not cap unpinned rows that hold the same values: a swap changes nothing', () => {
    const keys = ['a.x', 'a.y', 'b.x', 'b.y'].map((k) => `requests.denied.${k}`);
    const ids = [{ id: 'requests.outcomes.x', total: 'requests.t.x', parts: ['requests.denied.a.x', 'requests.denied.b.x'] },
      { id: 'requests.outcomes.y', total: 'requests.t.y', parts: ['requests.denied.a.y', 'requests.denied.b.y'] }];
    const placement: Placement = { by: 'label', labelScore: 0.8, source: {}, row: { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false } };
    const placements = new Map(keys.map((k) => [k, placement]));
    const field = (value: number): SolvedField => ({ value, flags: [] }) as unknown as SolvedField;
    const same = new Map(keys.map((k) => [k, field(0)]));
    expect([...orderOnlyRows(keys, ids, same, placements)]).toEqual([]);
    const other = new Map(keys.map((k, i) => [k, field(i)]));
    expect([...orderOnlyRows(keys, ids, other, placements)].sort()).toEqual(['requests.denied.a', 'requests.denied.b']);
    // One of them named by its label: the other is pinned by it.
    placements.set('requests.denied.a.x', { ...placement, row: { ...placement.row!, named: true } });
    placements.set('requests.denied.a.y', { ...placement, row: { ...placement.row!, named: true } });
    expect([...orderOnlyRows(keys, ids, other, placements)]).toEqual([]);
  });

  it('should name a row by the label on its values line, alone or with the pending text above, never by pending text alone', () => {
    const fee = REQUEST_ROWS_SPLIT.find((s) => s.key === 'otherHandling.overdueFee')!;
    expect(namesItsRow({ label: '', pending: '（六）其他 2.申请人逾期未按收费通知要求缴纳费用、行政' }, fee, REQUEST_ROWS_SPLIT)).toBe(false);
    expect(namesItsRow({ label: '处理 机关不再处理其政府信息公开申请', pending: '2.申请人逾期未按收费通知要求缴纳费用、行政' }, fee, REQUEST_ROWS_SPLIT)).toBe(true);
    expect(namesItsRow({ label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', pending: '' }, fee, REQUEST_ROWS_SPLIT)).toBe(true);
  });
});

describe('block headings of table 三', () => {
  it('should read 不予公开 (also after 本年度办理结果) as a heading that names no row, and 其他处理 as the combined row', () => {
    expect(blockHeading('本年度办理结果不予公开')).toBe('不予公开');
    expect(blockHeading('不予公开属于国家秘密')).toBeNull();
    const granted = REQUEST_ROWS_SPLIT.findIndex((s) => s.key === 'granted');
    for (const label of ['（三）不予公开', '三、本年度办理结果 (三)不予公开']) expect(rowMatches({ label, pending: '' }, REQUEST_ROWS_SPLIT).best[granted]!.score).toBe(0);
    expect(rowMatches({ label: '（一）予以公开', pending: '' }, REQUEST_ROWS_SPLIT).best[granted]!.score).toBe(1);
    const combined = REQUEST_ROWS_COMBINED.findIndex((s) => s.key === 'otherHandling.combined');
    expect(rowMatches({ label: '（六）其他处理', pending: '' }, REQUEST_ROWS_COMBINED).best[combined]!.score).toBe(1);
  });

});
