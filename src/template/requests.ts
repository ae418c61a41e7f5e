/**
 * @file Table 三 (收到和处理政府信息公开申请情况): rows and columns, identical in both template
 * versions except for （六）其他处理, printed as three rows (2021) or one row (2019 and some 2021
 * reports).
 */
import type { RowSpec } from './types.js';

/** 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计 — printed order. */
export const REQUEST_COLUMNS = [
  'naturalPerson',
  'commercial',
  'research',
  'socialOrg',
  'legalService',
  'otherOrg',
  'total',
] as const;

/** The words the column headers print, in `REQUEST_COLUMNS` order. */
export const REQUEST_COLUMN_WORDS: readonly string[] = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

/** Table 三's block headings (normalized: '（三）不予公开' → '不予公开'), each naming a block of rows, no row of its own. */
export const REQUEST_BLOCK_HEADINGS: readonly string[] = ['不予公开', '无法提供', '不予处理', '其他处理'];
/** The section heading of the outcome rows ('三、本年度办理结果'), normalized. */
export const REQUEST_OUTCOME_SECTION = '本年度办理结果';

/** The six applicant columns whose sum is `total`. */
export const APPLICANT_COLUMNS = REQUEST_COLUMNS.slice(0, 6);

const row = (key: string, ...labels: string[]): RowSpec => ({ key, labels, columns: REQUEST_COLUMNS });

const HEAD = [
  row('newReceived', '本年新收政府信息公开申请数量', '本年新收'),
  row('carriedOver', '上年结转政府信息公开申请数量', '上年结转'),
  row('granted', '予以公开'),
  row('partiallyGranted', '部分公开区分处理的只计这一情形不计其他情形', '部分公开'),
  row('denied.stateSecret', '属于国家秘密'),
  row('denied.prohibitedByLaw', '其他法律行政法规禁止公开', '其他法律法规禁止公开'),
  // The regulation's own words (条例第十四条) for the 三安全一稳定 some reports print in its place.
  row('denied.endangersStability', '危及三安全一稳定', '危及国家安全公共安全经济安全和社会稳定', '危及国家安全公共安全经济安全社会稳定'),
  row('denied.thirdPartyRights', '保护第三方合法权益'),
  row('denied.internalAffairs', '属于三类内部事务信息'),
  row('denied.processInfo', '属于四类过程性信息'),
  row('denied.enforcementFiles', '属于行政执法案卷'),
  row('denied.adminQuery', '属于行政查询事项'),
  row('unavailable.notHeld', '本机关不掌握相关政府信息'),
  row('unavailable.needsCreation', '没有现成信息需要另行制作'),
  row('unavailable.unclear', '补正后申请内容仍不明确'),
  row('notProcessed.complaint', '信访举报投诉类申请'),
  row('notProcessed.duplicate', '重复申请'),
  row('notProcessed.publication', '要求提供公开出版物'),
  row('notProcessed.excessive', '无正当理由大量反复申请'),
  row('notProcessed.confirmation', '要求行政机关确认或重新出具已获取信息'),
];

const TAIL = [
  // 合计: some reports print '（七）合计' (and head the total column 合计, map/total-word).
  row('totalHandled', '总计', '合计'),
  row('carriedForward', '结转下年度继续办理', '结转下年度'),
];

/** 2021 table 三 with the three （六） sub-rows: 25 rows. */
export const REQUEST_ROWS_SPLIT: readonly RowSpec[] = [
  ...HEAD,
  row('otherHandling.overdueCorrection', '申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请', '逾期不补正'),
  row('otherHandling.overdueFee', '申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请', '逾期未按收费通知要求缴纳费用'),
  row('otherHandling.other', '其他'),
  ...TAIL,
];

/** Table 三 with （六）其他处理 as one row: 23 rows. */
export const REQUEST_ROWS_COMBINED: readonly RowSpec[] = [
  ...HEAD,
  row('otherHandling.combined', '其他处理'),
  ...TAIL,
];

/** Row keys whose sum is （七）总计, for a given row list. */
export function outcomeRowKeys(rows: readonly RowSpec[]): string[] {
  const skip = new Set(['newReceived', 'carriedOver', 'totalHandled', 'carriedForward']);
  return rows.filter((r) => !skip.has(r.key)).map((r) => r.key);
}
