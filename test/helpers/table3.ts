/**
 * @file A consistent 2021 table 三 for tests: each outcome row's six applicant columns from `cell`,
 * every row's total, the totalHandled sums, and carriedOver / carriedForward / newReceived so that
 * every identity of the table holds.
 */
import { TEMPLATE_2021 } from '../../src/template/index.js';
import { REQUEST_ROWS_COMBINED } from '../../src/template/requests.js';

const SPECS = TEMPLATE_2021.requestRows;
const OUTCOMES = SPECS.filter((s) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(s.key));

/** Row key → its 7 values (six applicant columns, then the total). `cell(i, c)`: outcome row i's column c. */
export function consistentRequests(cell: (row: number, col: number) => number, over = [1, 0, 0, 0, 2, 0], forward = [0, 2, 0, 0, 0, 1]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  const withTotal = (parts: number[]) => [...parts, parts.reduce((a, b) => a + b, 0)];
  OUTCOMES.forEach((s, i) => rows.set(s.key, withTotal([0, 1, 2, 3, 4, 5].map((c) => cell(i, c)))));
  const handled = [0, 1, 2, 3, 4, 5].map((c) => OUTCOMES.reduce((a, s) => a + rows.get(s.key)![c]!, 0));
  rows.set('totalHandled', withTotal(handled));
  rows.set('carriedOver', withTotal(over));
  rows.set('carriedForward', withTotal(forward));
  rows.set('newReceived', withTotal(handled.map((h, c) => h + forward[c]! - over[c]!)));
  return rows;
}

/** The same in template row order. */
export function consistentRequestGrid(cell: (row: number, col: number) => number, over?: number[], forward?: number[]): number[][] {
  const rows = consistentRequests(cell, over, forward);
  return SPECS.map((s) => rows.get(s.key)!);
}

/** A seeded linear congruential generator in [0, 1): the same tables on every run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** A random consistent table 三 in template row order, most cells 0 as in real reports (cells drawn row by row, then carriedOver, then carriedForward). */
export function randomRequestGrid(r: () => number): number[][] {
  const cell = (): number => (r() < 0.6 ? 0 : 1 + Math.floor(r() * 60));
  const small = (): number => (r() < 0.6 ? 0 : Math.floor(r() * 9));
  const cells = OUTCOMES.map(() => [0, 1, 2, 3, 4, 5].map(cell));
  const over = [0, 1, 2, 3, 4, 5].map(small);
  const forward = [0, 1, 2, 3, 4, 5].map(small);
  return consistentRequestGrid((i, c) => cells[i]![c]!, over, forward);
}

/** Table 三's printed row labels (2021 template, （六） printed as one row), in the order of REQUEST_ROWS_COMBINED. */
const REQUEST_LABELS = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开 1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息',
  '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
  '（四）无法提供 1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
  '（五）不予处理 1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理', '（七）总计', '四、结转下年度继续办理',
];

/**
 * Table 三 as printed labels and values ('3 1 0 2 4 0 10': 自然人 商业企业 科研机构 社会公益组织
 * 法律服务机构 其他 总计): `values` by row key of REQUEST_ROWS_COMBINED ('newReceived',
 * 'unavailable.notHeld'), every other row 0. The caller sees that the identities hold.
 */
export function labelledRequestRows(values: Readonly<Record<string, string>>): [string, string][] {
  return REQUEST_ROWS_COMBINED.map((s, i) => [REQUEST_LABELS[i]!, values[s.key] ?? '0 0 0 0 0 0 0']);
}

/** Table 三 as printed labels and values in template column order (自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计); the identities hold. */
export const LABELLED_REQUEST_ROWS = labelledRequestRows({
  newReceived: '3 1 0 2 4 0 10', carriedOver: '0 0 0 0 1 0 1', granted: '2 1 0 1 3 0 7', partiallyGranted: '1 0 0 0 0 0 1',
  'unavailable.notHeld': '0 0 0 1 1 0 2', totalHandled: '3 1 0 2 4 0 10', carriedForward: '0 0 0 0 1 0 1',
});

/**
 * A second table 三 fixture in template column order (科研机构 all 0, so a test may print it '—'), by row key
 * of REQUEST_ROWS_COMBINED, with its leaves in that order and the note its header's corner cell prints.
 */
export const SMALL_REQUEST_VALUES: Readonly<Record<string, string>> = {
  newReceived: '5 2 0 0 1 0 8', carriedOver: '1 0 0 0 0 0 1', granted: '3 1 0 0 0 0 4', partiallyGranted: '0 1 0 0 1 0 2',
  'unavailable.notHeld': '2 0 0 0 0 0 2', totalHandled: '5 2 0 0 1 0 8', carriedForward: '1 0 0 0 0 0 1',
};
export const REQUEST_LEAF_KEYS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
export const REQUEST_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/**
 * A report up to table 四's heading (tables 二 and 三 in tab cells, 三 from LABELLED_REQUEST_ROWS) and its sections
 * after table 四: the frame the table-四 tests put their table in (review-transposed, pdfminer-review-boxes).
 */
export const REVIEW_FRAME_HEAD = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9',
  '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
  '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
  ...LABELLED_REQUEST_ROWS.map(([label, v]) => [label, ...v.split(' ')].join('\t')), '四、政府信息公开行政复议、行政诉讼情况'];
export const REVIEW_FRAME_TAIL = ['五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];

/** Table 三's rows as a 2021 report prints them (（六） in three rows), each [row key, printed label], in template order. */
export const REQUEST_LABELS_2021: readonly [string, string][] = [
  ['newReceived', '一、本年新收政府信息公开申请数量'], ['carriedOver', '二、上年结转政府信息公开申请数量'], ['granted', '三、本年度办理结果（一）予以公开'],
  ['partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], ['denied.stateSecret', '（三）不予公开1.属于国家秘密'],
  ['denied.prohibitedByLaw', '2.其他法律行政法规禁止公开'], ['denied.endangersStability', '3.危及“三安全一稳定”'], ['denied.thirdPartyRights', '4.保护第三方合法权益'],
  ['denied.internalAffairs', '5.属于三类内部事务信息'], ['denied.processInfo', '6.属于四类过程性信息'], ['denied.enforcementFiles', '7.属于行政执法案卷'],
  ['denied.adminQuery', '8.属于行政查询事项'], ['unavailable.notHeld', '（四）无法提供1.本机关不掌握相关政府信息'], ['unavailable.needsCreation', '2.没有现成信息需要另行制作'],
  ['unavailable.unclear', '3.补正后申请内容仍不明确'], ['notProcessed.complaint', '（五）不予处理1.信访举报投诉类申请'], ['notProcessed.duplicate', '2.重复申请'],
  ['notProcessed.publication', '3.要求提供公开出版物'], ['notProcessed.excessive', '4.无正当理由大量反复申请'], ['notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息'],
  ['otherHandling.overdueCorrection', '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.overdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], ['otherHandling.other', '3.其他'],
  ['totalHandled', '（七）总计'], ['carriedForward', '四、结转下年度继续办理'],
];
