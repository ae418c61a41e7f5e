/**
 * @file Where each canonical key sits in the printed template, in the template's own Chinese:
 * 表 (二/三/四), 行 (the row as printed, with its group), 列 (the column header). Used by the
 * long-format CSV, the wide CSV headers and codebook, the xlsx sheets and the review pages.
 */
import { ALL_KEYS, MONEY_KEYS, TEMPLATE_2019, TEMPLATE_2021, TEMPLATE_2021_COMBINED } from '../template/index.js';
import { ACTIVE_COLUMN_WORDS_2019, ACTIVE_COLUMN_WORDS_2021 } from '../template/active.js';
import { LITIGATION_WORD, REVIEW_COLUMN_WORDS, REVIEW_GROUP_WORDS } from '../template/review.js';

/** One key's place in the printed tables. */
export interface Location {
  key: string;
  /** 二, 三 or 四. */
  table: '二' | '三' | '四';
  /** The row as printed, with its group for table 三 (（三）不予公开 · 1.属于国家秘密). */
  row: string;
  /** The column header as printed. */
  column: string;
  /** Template versions that have this key. */
  versions: ('2021' | '2019')[];
  /** 万元 for money columns. */
  unit?: string;
}

/** Table titles as the template prints them. */
export const TABLE_TITLES = {
  二: '二、主动公开政府信息情况',
  三: '三、收到和处理政府信息公开申请情况',
  四: '四、政府信息公开行政复议、行政诉讼情况',
} as const;

const ACTIVE_ROWS: Record<string, string> = {
  regulations: '规章',
  normativeDocuments: '行政规范性文件',
  licensing: '行政许可',
  otherServices: '其他对外管理服务事项',
  punishment: '行政处罚',
  coercion: '行政强制',
  fees: '行政事业性收费',
  procurement: '政府集中采购',
};

/** Table 二 columns: the template's words (本年处理决定数量 for both versions), the amount with its unit. */
const ACTIVE_COLUMNS: Record<string, string> = { ...ACTIVE_COLUMN_WORDS_2019, ...ACTIVE_COLUMN_WORDS_2021, amount: '金额（万元）' };

const REQUEST_ROWS: Record<string, string> = {
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '三、本年度办理结果 （一）予以公开',
  partiallyGranted: '（二）部分公开',
  'denied.stateSecret': '（三）不予公开 1.属于国家秘密',
  'denied.prohibitedByLaw': '（三）不予公开 2.其他法律行政法规禁止公开',
  'denied.endangersStability': '（三）不予公开 3.危及“三安全一稳定”',
  'denied.thirdPartyRights': '（三）不予公开 4.保护第三方合法权益',
  'denied.internalAffairs': '（三）不予公开 5.属于三类内部事务信息',
  'denied.processInfo': '（三）不予公开 6.属于四类过程性信息',
  'denied.enforcementFiles': '（三）不予公开 7.属于行政执法案卷',
  'denied.adminQuery': '（三）不予公开 8.属于行政查询事项',
  'unavailable.notHeld': '（四）无法提供 1.本机关不掌握相关政府信息',
  'unavailable.needsCreation': '（四）无法提供 2.没有现成信息需要另行制作',
  'unavailable.unclear': '（四）无法提供 3.补正后申请内容仍不明确',
  'notProcessed.complaint': '（五）不予处理 1.信访举报投诉类申请',
  'notProcessed.duplicate': '（五）不予处理 2.重复申请',
  'notProcessed.publication': '（五）不予处理 3.要求提供公开出版物',
  'notProcessed.excessive': '（五）不予处理 4.无正当理由大量反复申请',
  'notProcessed.confirmation': '（五）不予处理 5.要求行政机关确认或重新出具已获取信息',
  'otherHandling.overdueCorrection': '（六）其他处理 1.申请人无正当理由逾期不补正',
  'otherHandling.overdueFee': '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用',
  'otherHandling.other': '（六）其他处理 3.其他',
  'otherHandling.combined': '（六）其他处理',
  totalHandled: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

/** Table 三 columns in printed order. */
export const REQUEST_COLUMN_NAMES: Record<string, string> = {
  naturalPerson: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  socialOrg: '社会公益组织',
  legalService: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
};

/** Table 四 groups (行政复议, 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）) and columns, as the template prints them. */
export const REVIEW_GROUP_NAMES: Record<string, string> = Object.fromEntries(REVIEW_GROUP_WORDS.map(([w, g]) => [g, g === 'review' ? w : `${LITIGATION_WORD}（${w}）`]));
export const REVIEW_COLUMN_NAMES: Record<string, string> = Object.fromEntries(REVIEW_COLUMN_WORDS.map(([w, c]) => [c, w]));

function versionsOf(key: string): Location['versions'] {
  const v: Location['versions'] = [];
  if (TEMPLATE_2021.keys.includes(key) || TEMPLATE_2021_COMBINED.keys.includes(key)) v.push('2021');
  if (TEMPLATE_2019.keys.includes(key)) v.push('2019');
  return v;
}

function locate(key: string): Location {
  const [table, ...rest] = key.split('.');
  const column = rest.pop()!;
  const row = rest.join('.');
  const versions = versionsOf(key);
  if (table === 'activeDisclosure') {
    const unit = MONEY_KEYS.has(key) ? { unit: '万元' } : {};
    return { key, table: '二', row: ACTIVE_ROWS[row] ?? row, column: ACTIVE_COLUMNS[column] ?? column, versions, ...unit };
  }
  if (table === 'requests') return { key, table: '三', row: REQUEST_ROWS[row] ?? row, column: REQUEST_COLUMN_NAMES[column] ?? column, versions };
  return { key, table: '四', row: REVIEW_GROUP_NAMES[row] ?? row, column: REVIEW_COLUMN_NAMES[column] ?? column, versions };
}

const LOCATIONS = new Map(ALL_KEYS.map((k) => [k, locate(k)]));

/** The location of a canonical key (every key of `ALL_KEYS` has one). */
export function locationOf(key: string): Location {
  return LOCATIONS.get(key) ?? locate(key);
}

/** 表三 · （三）不予公开 1.属于国家秘密 · 自然人 — one line for people. */
export function describeLocation(key: string): string {
  const l = locationOf(key);
  return `表${l.table} · ${l.row} · ${l.column}`;
}

/** Keys of a template version in printed order (2021: both （六） layouts). */
export function keysOfVersion(version: '2021' | '2019'): readonly string[] {
  return version === '2019' ? TEMPLATE_2019.keys : KEYS_2021;
}

/** 2021 keys with the single （六） row's keys where it is printed (before （七）总计). */
const KEYS_2021: readonly string[] = (() => {
  const combined = TEMPLATE_2021_COMBINED.keys.filter((k) => k.startsWith('requests.otherHandling.combined.'));
  const at = TEMPLATE_2021.keys.indexOf('requests.totalHandled.naturalPerson');
  return [...TEMPLATE_2021.keys.slice(0, at), ...combined, ...TEMPLATE_2021.keys.slice(at)];
})();
