/**
 * Where failed identities broke (score/failure-site): one wrong cell of table 三 fails its row's 总计
 * and its column's sum with the same error; the other members of those identities hold in their own
 * columns and rows, so they are not put in doubt. When several explanations fit (values swapped
 * between two rows of one column), every cell any of them names stays below 0.9. Expected values
 * read by hand.
 */
import { clearedMembers, failureSites } from '../src/score/failure-site.js';
import { runChecks } from '../src/checks/index.js';
import { templateFor } from '../src/template/index.js';
import { conf, read, value } from './helpers/report-fields.js';
import { LABELLED_REQUEST_ROWS, labelledRequestRows } from './helpers/table3.js';
import { REQUEST_ROWS_COMBINED } from '../src/template/requests.js';

const TOP = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9', '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况', '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
/** LABELLED_REQUEST_ROWS (granted '2 1 0 1 3 0 7', partiallyGranted '1 0 0 0 0 0 1', …) with rows replaced by key. */
const report = (edit: Record<string, string>): Uint8Array => {
  const values = Object.fromEntries(REQUEST_ROWS_COMBINED.map((s, i) => [s.key, LABELLED_REQUEST_ROWS[i]![1]]));
  const rows = labelledRequestRows({ ...values, ...edit });
  return new TextEncoder().encode([...TOP, ...rows.map(([l, v]) => [l, ...v.split(' ')].join('\t')), ...TAIL].join('\n'));
};
const identities = templateFor('2021', 'split').identities;

describe('failure sites', () => {
  it('should blame only the cell in every failed identity when one cell explains them all', () => {
    const values = new Map<string, number>();
    for (const id of identities) for (const k of [id.total, ...id.parts]) values.set(k.replace(/^-/, ''), 0);
    values.set('requests.newReceived.naturalPerson', 4).set('requests.newReceived.total', 4).set('requests.granted.naturalPerson', 4).set('requests.granted.total', 7).set('requests.totalHandled.naturalPerson', 4).set('requests.totalHandled.total', 4);
    const cleared = clearedMembers(runChecks(identities, values, new Set()), identities);
    expect(cleared.has('requests.granted.total')).toBe(false);
    expect(cleared.has('requests.granted.naturalPerson')).toBe(true);
    expect(cleared.has('requests.totalHandled.total')).toBe(true);
  });

  it('should keep a row’s other cells confident when only its printed 总计 is wrong', async () => {
    const r = await read(report({ partiallyGranted: '1 0 0 0 0 0 3' }));
    expect(value(r, 'requests.partiallyGranted.total')).toBe(3);
    expect(conf(r, 'requests.partiallyGranted.total')).toBeLessThan(0.9);
    expect(conf(r, 'requests.partiallyGranted.naturalPerson')).toBeGreaterThanOrEqual(0.9);
    expect(r.fields['requests.partiallyGranted.naturalPerson']!.flags).toContain('checkFailed');
    expect(conf(r, 'requests.totalHandled.total')).toBeGreaterThanOrEqual(0.9);
  });

  it('should keep both rows in doubt when values swapped between two rows of one column (any column explains it)', async () => {
    const r = await read(report({ granted: '1 1 0 1 3 0 7', partiallyGranted: '2 0 0 0 0 0 1' }));
    for (const row of ['granted', 'partiallyGranted']) {
      for (const col of ['naturalPerson', 'commercial', 'total']) expect([row, col, conf(r, `requests.${row}.${col}`) < 0.9]).toEqual([row, col, true]);
    }
  });

  // A page cut into tiles (mutool poster -x 2 -y 2): every row's 总计 on the tile not read (derived from its parts), and
  // 其他's '330' cut to '33' in 本年新收 and in 总计 alike; their balance holds, only 其他's outcome column fails.
  const tiled = (): { values: Map<string, number>; derived: Set<string> } => {
    const values = new Map<string, number>();
    for (const id of identities) for (const k of [id.total, ...id.parts]) values.set(k.replace(/^-/, ''), 0);
    for (const [row, other] of [['newReceived', 33], ['totalHandled', 33], ['granted', 300], ['partiallyGranted', 30]] as const) {
      values.set(`requests.${row}.naturalPerson`, 5).set(`requests.${row}.otherOrg`, other).set(`requests.${row}.total`, 5 + other);
    }
    values.set('requests.granted.naturalPerson', 4).set('requests.granted.total', 304).set('requests.partiallyGranted.naturalPerson', 1).set('requests.partiallyGranted.total', 31);
    const derived = new Set([...values.keys()].filter((k) => k.startsWith('requests.') && k.endsWith('.total')));
    return { values, derived };
  };

  it('should blame a cell whose failure another cut cell hides, when the row totals were derived', () => {
    const { values, derived } = tiled();
    const checks = runChecks(identities, values, new Set());
    expect(checks.find((c) => c.id === 'requests.balance.otherOrg')?.ok).toBe(true);
    const { cleared, implicated } = failureSites(checks, identities, derived);
    // Derived totals kept as readings had let only the outcome rows explain the failure: 总计's 33 was cleared.
    expect(clearedMembers(checks, identities).has('requests.totalHandled.otherOrg')).toBe(true);
    expect(cleared.has('requests.totalHandled.otherOrg')).toBe(false);
    expect(implicated.has('requests.newReceived.otherOrg')).toBe(true);
    expect(cleared.has('requests.totalHandled.total')).toBe(false);
    // Columns no failure reaches stay clear.
    expect(implicated.has('requests.newReceived.naturalPerson')).toBe(false);
    expect(implicated.has('requests.totalHandled.naturalPerson')).toBe(false);
  });

  it('should implicate nothing when one printed 总计 explains the failures alone', () => {
    const values = new Map<string, number>();
    for (const id of identities) for (const k of [id.total, ...id.parts]) values.set(k.replace(/^-/, ''), 0);
    values.set('requests.newReceived.naturalPerson', 4).set('requests.newReceived.total', 4).set('requests.granted.naturalPerson', 4).set('requests.granted.total', 7).set('requests.totalHandled.naturalPerson', 4).set('requests.totalHandled.total', 4);
    expect(failureSites(runChecks(identities, values, new Set()), identities).implicated.size).toBe(0);
  });

  it('should clear nothing when no explanation of two cells exists (three rows’ 总计 wrong)', () => {
    const values = new Map<string, number>();
    for (const id of identities) for (const k of [id.total, ...id.parts]) values.set(k.replace(/^-/, ''), 0);
    values.set('requests.granted.total', 1).set('requests.partiallyGranted.total', 1).set('requests.denied.stateSecret.total', 1);
    expect(clearedMembers(runChecks(identities, values, new Set()), identities).size).toBe(0);
  });
});
