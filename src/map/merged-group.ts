/**
 * @file Table 三 printed with its five 法人或其他组织 sub-columns merged into one column: 自然人 |
 * 法人或其他组织 | 总计, or the group under a short name (自然人 | 其他组织 | 总计, 其他), in any order.
 * That column is the group's sum, no template column: read as 其他 (otherOrg, whose word it prints)
 * it would be confidently wrong. A header naming 自然人, 总计 and one legal-person column alone
 * (the group word or any one sub-column word) — no other sub-column named anywhere in its band —
 * over rows printing three values is read so when the rows confirm it: 总计 is the one column
 * every row sums to (自然人 + the group). 自然人 and 总计 are then placed by their names; the group
 * column is read as `GROUP_COLUMN` and dropped with the five sub-columns, which are missing (which
 * sub-columns the group counts, the table does not say). A lone sub-column is never a template key.
 */
import type { Line } from '../model/document.js';
import type { TableRow } from '../tables/build-rows.js';
import { headerBand, VARIANTS } from './header-order.js';
import { GROUP_COLUMN, REQUEST_GROUP, REQUEST_HEADER, SWAPPABLE_REQUEST, wordsOf, type Vocab } from './header-words.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { mergeCellPerLine } from './table-rows.js';
import { sumPlaces } from './grid-evidence.js';

/** The columns a merged header prints: 自然人, the group, 总计. */
const MERGED_WIDTH = 3;
/** Share of the value rows that must print exactly three values (a few rows may be damaged). */
const ROW_SHARE = 0.8;
/** Values a row needs to count as a value row (not a heading's stray number). */
const MIN_ROW_VALUES = 2;
/** Table 三's words, short forms included (个人 / 公民 for 自然人), and 其他组织 (the group's short name, or 其他's long one). */
const VOCAB: Vocab = [...REQUEST_HEADER, ...VARIANTS, ['其他组织', 'otherOrg'], ['个人', 'naturalPerson'], ['公民', 'naturalPerson']];

/** The keys one band text names, in printed order: the group word as GROUP_COLUMN, a sub-column word as its key. */
function keysIn(text: string): string[] {
  return wordsOf(normalizeLabel(text).replace(/\d/g, ''), VOCAB).flatMap((w) => (w[0] === REQUEST_GROUP ? [GROUP_COLUMN] : w[1] === null ? [] : [w[1]]));
}

const isSub = (k: string): boolean => SWAPPABLE_REQUEST.has(k) || k === GROUP_COLUMN;

/** The band's lines (and the band joined) naming 自然人, 总计 and one legal-person column only, in printed order; null when none does or the band names a second one. */
function mergedOrder(lines: readonly Line[]): string[] | null {
  const band = headerBand(lines);
  const texts = [...band, band.join('')];
  // Any sub-column word beside the lone one: the header prints the sub-columns (a two-level header), not one group column.
  const subs = new Set(texts.flatMap((t) => keysIn(t).filter(isSub)));
  if (subs.size > 1) return null;
  for (const t of texts) {
    const keys = keysIn(t);
    if (keys.length === MERGED_WIDTH && new Set(keys).size === MERGED_WIDTH && keys.includes('naturalPerson') && keys.includes('total')) return keys.map((k) => (isSub(k) ? GROUP_COLUMN : k));
  }
  return null;
}

/** A row's numbers (empty cells a converter padded the row with left out). */
const numbersOf = (r: TableRow): number[] => r.values.flatMap((v) => (v.kind === 'num' ? [v.value] : []));

/**
 * Table 三's columns in printed order when its header prints the 法人或其他组织 group as one column
 * (`GROUP_COLUMN` in its place) and the rows agree: most value rows print three values, none more,
 * and 总计 is where the header puts it and the only column the rows sum to. Null otherwise.
 */
export function mergedGroupColumns(lines: readonly Line[], rows: readonly TableRow[]): string[] | null {
  const order = mergedOrder(lines);
  if (!order) return null;
  const valueRows = mergeCellPerLine(rows).map(numbersOf).filter((v) => v.length >= MIN_ROW_VALUES);
  if (valueRows.length === 0 || valueRows.some((v) => v.length > MERGED_WIDTH)) return null;
  const whole = valueRows.filter((v) => v.length === MERGED_WIDTH);
  if (whole.length < ROW_SHARE * valueRows.length) return null;
  const places = sumPlaces(whole, MERGED_WIDTH);
  return places.length === 1 && places[0] === order.indexOf('total') ? order : null;
}

/** A header reading that names one legal-person sub-column alone (beside 自然人 / 总计): that column may be the merged group. */
export function loneSubColumn(leaves: readonly string[]): boolean {
  return leaves.filter((k) => SWAPPABLE_REQUEST.has(k)).length === 1;
}
