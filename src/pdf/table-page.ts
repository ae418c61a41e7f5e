/**
 * @file Which pages may hold (part of) a statistics table, so their rulings are read: the loader
 * fetches a page's operator list only for these (the operator list costs as much as the text).
 *
 * A page is a table page when it prints enough number cells — a bare number, or one printed with its
 * unit inside the cell ('6件', '4068.208万元', full-width digits too) — or a column header of the
 * template: a table whose header ends a page and whose rows start the next one leaves the header's
 * page with no numbers at all, and without its rulings the header cells (several lines of short
 * words in narrow columns) cannot be read whole. Or table 三's row labels: a wholly blank table run on to a page of no number.
 */

/** Pages with fewer number cells than this (and no template column header) hold no statistics table. */
export const MIN_NUMBERS_FOR_TABLE = 3;

/** A cell holding one number, with the unit a report may print inside the cell. */
const NUMBER_CELL = /^\s*[\d,.\uff10-\uff19\uff0c\uff0e]+\s*(?:件|万元|元|个|项|次|人次|宗|%|％)?\s*$/;

/**
 * Column and header words only the template's tables print (without spaces): 表三's applicant
 * header, 表四's result columns, 表二's column names in both versions.
 */
const HEADER_WORDS = ['申请人情况', '法人或其他组织', '结果维持', '结果纠正', '尚未审结', '本年制发件数', '本年新制作数量', '处理决定数量', '信息内容'];

/**
 * Row labels only table 三 prints (without spaces). A page holding its rows and no number — a wholly blank table 三 (a small
 * agency: every cell a 0 printed empty) run on from the page before — is a table page too: its drawn cells show them empty
 * (map/blank-table showsEmptyCells), where without its rulings the page's labels read alone, as a dump's.
 */
const ROW_WORDS = ['属于国家秘密', '其他法律行政法规禁止公开', '保护第三方合法权益', '本机关不掌握相关政府信息', '没有现成信息需要另行制作', '信访举报投诉类申请', '要求提供公开出版物', '结转下年度继续办理'];
/** Distinct ROW_WORDS a page must print to be a table page by its row labels (one could be prose citing the template). */
const MIN_ROW_WORDS = 2;

/** The number of `texts` that are one number cell (bare or with a unit). */
export function countNumberCells(texts: readonly string[]): number {
  return texts.filter((t) => NUMBER_CELL.test(t)).length;
}

/** True when a page whose text runs are `texts` (in content order; `numbers` of them number cells) may hold part of a statistics table. */
export function mayHoldTable(texts: readonly string[], numbers = countNumberCells(texts)): boolean {
  if (numbers >= MIN_NUMBERS_FOR_TABLE) return true;
  const joined = texts.join('').replace(/\s/g, '');
  return HEADER_WORDS.some((w) => joined.includes(w)) || ROW_WORDS.filter((w) => joined.includes(w)).length >= MIN_ROW_WORDS;
}
