/**
 * @file Table 二 (主动公开政府信息情况) in its two versions. 2021: 第二十条第（一）（五）（六）（八）项;
 * 2019: 第二十条第（一）（五）（六）（七）（八）（九）项 with 政府集中采购.
 */
import type { RowSpec } from './types.js';

/** The words the 2021 template prints over table 二's columns, by column key (收费金额 without its （单位：万元）). */
export const ACTIVE_COLUMN_WORDS_2021 = {
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
  decisions: '本年处理决定数量',
  amount: '本年收费金额',
} as const;

/** The words the 2019 template prints over table 二's columns, by column key. */
export const ACTIVE_COLUMN_WORDS_2019 = {
  created: '本年新制作数量',
  published: '本年新公开数量',
  totalPublic: '对外公开总数量',
  prevItems: '上一年项目数量',
  change: '本年增/减',
  decisions: '处理决定数量',
  items: '采购项目数量',
  amount: '采购总金额',
} as const;

/** A small table's heading ('第二十条第(五)项', normalised): the regulations' article and item each small table of table 二 prints. */
export const SMALL_TABLE_HEADING = /第二十条第/;

/** The column a small table's column word names ('本年处理决定数量' and '处理决定数量' one column): the word without '本年'. */
const smallTableColumnOf = (word: string): string => word.replace(/^本年/, '');

/**
 * True when `texts` name the columns of two or more small tables (制发件数 and 收费金额): a dump that wrote table 二's headers
 * apart from their tables (map/active-small-tables headersApart, map/empty-active-rows).
 */
export function namesTwoSmallTables(texts: readonly string[]): boolean {
  return new Set(texts.flatMap((t) => SMALL_TABLE_COLUMN_WORDS.filter((w) => t.includes(w)).map(smallTableColumnOf))).size >= 2;
}

/** The first column header word of each small table, both templates: a row holding one starts a value block. */
export const SMALL_TABLE_COLUMN_WORDS: readonly string[] = [
  ACTIVE_COLUMN_WORDS_2021.issued,
  ACTIVE_COLUMN_WORDS_2019.created,
  ACTIVE_COLUMN_WORDS_2021.decisions,
  ACTIVE_COLUMN_WORDS_2019.decisions,
  ACTIVE_COLUMN_WORDS_2019.prevItems,
  ACTIVE_COLUMN_WORDS_2021.amount,
  ACTIVE_COLUMN_WORDS_2019.items,
];

const DOCS_2021 = ['issued', 'repealed', 'inForce'] as const;

/** 2021 template: 10 fields. */
export const ACTIVE_ROWS_2021: readonly RowSpec[] = [
  { key: 'regulations', labels: ['规章'], columns: DOCS_2021 },
  { key: 'normativeDocuments', labels: ['行政规范性文件', '规范性文件'], columns: DOCS_2021 },
  { key: 'licensing', labels: ['行政许可'], columns: ['decisions'] },
  { key: 'punishment', labels: ['行政处罚'], columns: ['decisions'] },
  { key: 'coercion', labels: ['行政强制'], columns: ['decisions'] },
  { key: 'fees', labels: ['行政事业性收费'], columns: ['amount'], money: ['amount'] },
];

const DOCS_2019 = ['created', 'published', 'totalPublic'] as const;
const ITEMS_2019 = ['prevItems', 'change', 'decisions'] as const;

/** 2019 template: 22 fields. */
export const ACTIVE_ROWS_2019: readonly RowSpec[] = [
  { key: 'regulations', labels: ['规章'], columns: DOCS_2019 },
  { key: 'normativeDocuments', labels: ['规范性文件', '行政规范性文件'], columns: DOCS_2019 },
  { key: 'licensing', labels: ['行政许可'], columns: ITEMS_2019, signed: ['change'] },
  { key: 'otherServices', labels: ['其他对外管理服务事项'], columns: ITEMS_2019, signed: ['change'] },
  { key: 'punishment', labels: ['行政处罚'], columns: ITEMS_2019, signed: ['change'] },
  { key: 'coercion', labels: ['行政强制'], columns: ITEMS_2019, signed: ['change'] },
  { key: 'fees', labels: ['行政事业性收费'], columns: ['prevItems', 'change'], signed: ['change'] },
  { key: 'procurement', labels: ['政府集中采购'], columns: ['items', 'amount'], money: ['amount'] },
];
