/**
 * @file Table 四 printed transposed: the five results (结果维持 结果纠正 其他结果 尚未审结 总计) as
 * rows, the three groups (行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉) as columns. Read
 * as the usual single row of 15 cells, its numbers land in the wrong keys (a group's total check may
 * still pass by chance). Detected from the row labels: five rows, each named by one result word,
 * each holding three values. The group of each column is read from the header text above the rows
 * (full names, or 行政复议 + a 行政诉讼 span over its two sub-columns); when the header does not
 * name the three groups, the template's group order is assumed and marked unconfirmed.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { TableRow } from '../tables/build-rows.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import { LITIGATION_WORD, REVIEW_COLUMN_WORDS, REVIEW_COLUMNS, REVIEW_GROUP_WORDS, REVIEW_GROUPS } from '../template/review.js';

/** Row label (normalized, brackets dropped) → result column key: the template's words, 维持/纠正 without 结果, 合计 for 总计 (some reports). */
const RESULT_LABELS: readonly (readonly [string, string])[] = [...REVIEW_COLUMN_WORDS, ['维持', 'upheld'], ['纠正', 'corrected'], ['合计', 'total']];
/** Values per result row: one per group. */
const GROUPS = REVIEW_GROUPS.length;

function bare(text: string): string {
  return normalizeLabel(text).replace(/[（）()【】\[\]、:：·\s]/g, '');
}

function resultKey(label: string): string | null {
  const b = bare(label);
  return RESULT_LABELS.find(([w]) => w === b)?.[1] ?? null;
}

/** One group header token of a header text, in reading order: a group, or the 行政诉讼 span word. */
type Token = (typeof REVIEW_GROUPS)[number] | 'span';

const SUB_GROUP_WORDS = REVIEW_GROUP_WORDS.filter(([, g]) => g !== 'review');
/**
 * Group header words → token. Each sub-group is read with the 行政诉讼 printed before it and without
 * (直接起诉 without 未经复议 too); a longer word is tried before the shorter one it starts with.
 */
const GROUP_TOKENS: readonly (readonly [string, Token])[] = [
  ...SUB_GROUP_WORDS.map(([w, g]) => [`${LITIGATION_WORD}${w}`, g] as const),
  ...SUB_GROUP_WORDS,
  ['直接起诉', 'litigationDirect'],
  ...REVIEW_GROUP_WORDS.filter(([, g]) => g === 'review'),
  [LITIGATION_WORD, 'span'],
];

function headerTokens(text: string): Token[] {
  const b = bare(text);
  const out: Token[] = [];
  for (let i = 0; i < b.length;) {
    const rest = b.slice(i);
    const hit = GROUP_TOKENS.find(([w]) => rest.startsWith(w));
    if (hit) {
      out.push(hit[1]);
      i += hit[0].length;
    } else i++;
  }
  return out;
}

/**
 * The groups of the three value columns, left to right, from the header text; null when it does not
 * name each group once. A 行政诉讼 span word stands for the two sub-column names printed after it.
 */
export function printedGroupOrder(header: string): string[] | null {
  const tokens = headerTokens(header);
  const firstSub = tokens.findIndex((t) => t === 'litigationDirect' || t === 'litigationAfterReview');
  let order: string[] = tokens.filter((t) => t !== 'span');
  const spanAt = tokens.indexOf('span');
  if (spanAt >= 0 && firstSub > spanAt) {
    const top = tokens.slice(0, firstSub);
    const sub = tokens.slice(firstSub).filter((t) => t !== 'span');
    order = top.flatMap((t) => (t === 'span' ? sub : [t]));
  }
  // The section heading may name 行政复议 before the table's header: the last three names are the header's.
  order = order.slice(-GROUPS);
  return order.length === GROUPS && new Set(order).size === GROUPS ? order : null;
}

/** A transposed table 四 read back into template key order. */
export interface TransposedReview {
  /** The 15 values in template order (REVIEW_KEYS). */
  values: ValueToken[];
  /** Each value's row, in template order. */
  rows: TableRow[];
  /** The header did not name the groups: the template's group order was assumed. */
  orderUnconfirmed: boolean;
}

/**
 * The table read transposed when its value rows are the five result rows with three values each;
 * null otherwise (the usual single-row layout, or a transposed table not read whole). `rows`: all
 * the table's rows (the header text is theirs); `valueRows`: those that hold the table's values;
 * `headerLines`: the section's line texts, for a header the rows do not keep.
 */
export function readTransposed(rows: readonly TableRow[], valueRows: readonly TableRow[], headerLines: readonly string[] = []): TransposedReview | null {
  if (valueRows.length !== REVIEW_COLUMNS.length) return null;
  const byKey = new Map<string, TableRow>();
  for (const r of valueRows) {
    const key = resultKey(r.label);
    if (!key || byKey.has(key) || r.values.length !== GROUPS) return null;
    byKey.set(key, r);
  }
  const first = valueRows[0]!;
  // The header: text above the first value row, or the section's lines without digits (a header line the row builder did not keep).
  const above = [...rows.slice(0, rows.indexOf(first)).map((r) => `${r.pending} ${r.label}`), first.pending].join(' ');
  const header = printedGroupOrder(above) ? above : headerLines.filter((l) => !/\d/.test(l)).join(' ');
  const printed = printedGroupOrder(header);
  const order = printed ?? [...REVIEW_GROUPS];
  const values: ValueToken[] = [];
  const out: TableRow[] = [];
  for (const g of REVIEW_GROUPS) {
    for (const c of REVIEW_COLUMNS) {
      const row = byKey.get(c)!;
      values.push(row.values[order.indexOf(g)]!);
      out.push(row);
    }
  }
  return { values, rows: out, orderUnconfirmed: printed === null };
}
