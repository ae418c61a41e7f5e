/**
 * @file Where table 三 prints its 总计 column, when no header text says so. Values are read in the
 * template's order (总计 last). A row total holds only where the total is, so the values usually
 * tell: a table printed 总计 first fails its row identities read that way. Not always: a row whose
 * only applicant is 其他, printed '总计 自然人 … 其他' as `T 0 0 0 0 0 T`, sums read either way
 * (自然人 = T, 其他 = 0 or 自然人 = 0, 其他 = T). When every row of the table fits another place
 * of the total as well as the last column — and a value differs between the two readings — the
 * table's column order is not determined, and its values stay below 0.9 (`columns_unread`).
 */
import type { Warning } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';
import { EPSILON } from '../solve/propagate.js';

/**
 * A cell's value in a row's sum: a cell printed '—' (not applicable, null) adds nothing, as in the
 * row identities (a report printing one sub-column '—' in every row would otherwise leave every row
 * out, and no row would tell where 总计 is).
 */
export const sumValue = (f: SolvedField | undefined): number | null => f?.value ?? (f?.flags.includes('notApplicable') ? 0 : null);

/** Rows (by row key) of a table's leaf values in template order (`leaves`: total last, a '—' cell 0); rows missing a value are left out. */
function leafRows(prefix: string, leaves: readonly string[], fields: ReadonlyMap<string, SolvedField>): number[][] {
  const rows = new Set<string>();
  for (const key of fields.keys()) {
    if (!key.startsWith(prefix)) continue;
    const i = key.lastIndexOf('.');
    if (leaves.includes(key.slice(i + 1))) rows.add(key.slice(0, i + 1));
  }
  const out: number[][] = [];
  for (const row of rows) {
    const values = leaves.map((c) => sumValue(fields.get(row + c)));
    if (values.every((v): v is number => v !== null)) out.push(values);
  }
  return out;
}

/** A row's values sum to the value at `at` (that column read as the row's total). */
export const sumsTo = (values: readonly number[], at: number): boolean =>
  Math.abs(values.reduce((a, v, i) => (i === at ? a : a + v), 0) - values[at]!) < EPSILON;

/**
 * The table's values agree with 总计 in its last column (where the template, or a header, puts it):
 * most rows whose leaf values are all read sum to it, and no other column fits more rows (a row or
 * two printed with a wrong sum does not move 总计; rows that sum only with the total elsewhere do).
 */
export function valuesAgreeLast(prefix: string, leaves: readonly string[], fields: ReadonlyMap<string, SolvedField>): boolean {
  const rows = leafRows(prefix, leaves, fields);
  const fit = (at: number): number => rows.filter((v) => sumsTo(v, at)).length;
  const last = fit(leaves.length - 1);
  return 2 * last > rows.length && leaves.slice(0, -1).every((_, at) => fit(at) <= last);
}

/**
 * The columns (0-based, in template order) other than the last at which the table's rows are at
 * least as often consistent with 总计 being printed there as with the template's last column, and
 * whose reading changes some value (a row not all 0). Empty: the values place the total.
 */
export function otherTotalPlaces(prefix: string, leaves: readonly string[], fields: ReadonlyMap<string, SolvedField>): number[] {
  const rows = leafRows(prefix, leaves, fields);
  const last = leaves.length - 1;
  const fitLast = rows.filter((v) => sumsTo(v, last)).length;
  const out: number[] = [];
  for (let at = 0; at < last; at++) {
    const fit = rows.filter((v) => sumsTo(v, at));
    if (fit.length >= fitLast && fit.some((v) => v.some((x) => x !== 0))) out.push(at);
  }
  return out;
}

/**
 * Most of the table's rows that print a nonzero value fail their total under the order read (总计 in
 * the last column, template order), and more rows sum with 总计 at another place: the order read is
 * contradicted table-wide. The rows that sum under both places ('T 0 0 0 0 0 T', a row whose total is
 * one cell's value) are then no confirmation of that order — they sum because of their shape, not
 * because the columns are where they were read — so nothing in the table confirms it.
 */
export function rowsFitElsewhere(prefix: string, leaves: readonly string[], fields: ReadonlyMap<string, SolvedField>): boolean {
  const rows = leafRows(prefix, leaves, fields).filter((v) => v.some((x) => x !== 0));
  const last = leaves.length - 1;
  const fitLast = rows.filter((v) => sumsTo(v, last)).length;
  if (2 * fitLast >= rows.length) return false;
  return leaves.some((_, at) => at !== last && rows.filter((v) => sumsTo(v, at)).length > fitLast);
}

/** More of the table's rows sum to the value in column `at` (0-based, template order) than to the value in the last column. */
export function totalFitsBetterAt(prefix: string, leaves: readonly string[], fields: ReadonlyMap<string, SolvedField>, at: number): boolean {
  const rows = leafRows(prefix, leaves, fields);
  return rows.filter((v) => sumsTo(v, at)).length > rows.filter((v) => sumsTo(v, leaves.length - 1)).length;
}

/** The warning for a table whose total column's place the values leave open (`words`: the leaf column words in template order). */
export function totalPlaceWarning(table: string, places: readonly number[], words: readonly string[]): Warning {
  const at = places.map((p) => `under ${words[p]}`).join(' or ');
  return {
    code: 'columns_unread',
    message: `table ${table} prints no column header that says where its 总计 column is, and its values fit 总计 printed ${at} as well as last (a row such as 'T 0 0 0 0 0 T' sums either way): the values are read in the template's column order, which nothing confirms; every value of the table stays below 0.8`,
    keys: [table],
  };
}

/** Rows with distinct nonzero parts that must fit 总计 at a place, and fit it nowhere else, before that place is followed. */
const CONFIRMING_ROWS = 2;

/**
 * Where the rows' values put 总计 (0-based, template order: the leaves before it printed in the
 * template's order) when nothing printed says: a place is confirmed by rows that fit 总计 there and
 * nowhere else (distinct nonzero parts: 'T 0 0 0 0 0 T' fits first and last, a row of zeros fits every
 * place) — at least `CONFIRMING_ROWS` of them — and contradicted by any row that fits another place but
 * not this one (a row fitting none is a damaged row, evidence of no place). Null when no single place
 * is so confirmed: the values do not determine 总计's column.
 */
export function totalPlaceByRows(prefix: string, leaves: readonly string[], fields: ReadonlyMap<string, SolvedField>): number | null {
  const fits = placeFits(prefix, leaves, fields);
  const confirmed = leaves.map((_, at) => at).filter((at) => placeEvidence(fits, at).confirming >= CONFIRMING_ROWS && placeEvidence(fits, at).contradicting === 0);
  return confirmed.length === 1 ? confirmed[0]! : null;
}

/**
 * The template's place of 总计 (last) is not confirmed by the rows' totals: no row with distinct nonzero
 * parts fits 总计 there and nowhere else, or some row fits it only elsewhere (map/column-order: with
 * no header placing the columns, the order is then open and the values stay well below 0.9).
 */
export function lastPlaceOpen(prefix: string, leaves: readonly string[], fields: ReadonlyMap<string, SolvedField>): boolean {
  const { confirming, contradicting } = placeEvidence(placeFits(prefix, leaves, fields), leaves.length - 1);
  return confirming === 0 || contradicting > 0;
}

/** For each row whose leaf values are all read, the places (0-based, template order) 总计 fits at. */
const placeFits = (prefix: string, leaves: readonly string[], fields: ReadonlyMap<string, SolvedField>): number[][] =>
  leafRows(prefix, leaves, fields).map((v) => leaves.map((_, at) => at).filter((at) => sumsTo(v, at)));

/** Rows that fit 总计 at `at` and nowhere else (confirming), and rows that fit it somewhere but not at `at` (contradicting). */
function placeEvidence(fits: readonly (readonly number[])[], at: number): { confirming: number; contradicting: number } {
  return { confirming: fits.filter((f) => f.length === 1 && f[0] === at).length, contradicting: fits.filter((f) => f.length > 0 && !f.includes(at)).length };
}
