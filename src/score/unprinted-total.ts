/**
 * @file Rows whose cells were placed among empty ones with no printed total to check them (cutdump42).
 *
 * A text dump lays a row's numbers out by character position ('（七）总计  12  22  7      4  11'): which cell each
 * number is, and which cells are empty, is read off the header's columns. The row's own total is what tells a
 * reading one column off from the right one (12 22 7 · 4 11 ≠ 67). Where that total is not read — its column cut
 * at the page's right edge (a Word/WPS table wider than the page, printed), or its cell read empty — and the
 * solver derived it from the very cells it should check, nothing in the row confirms the positions: a header
 * printed a few columns off the values (pdftotext -layout of a Chromium print; a LibreOffice Word-97 print) puts
 * every number one cell off, and 总计 = the sum of the row holds by construction. Only an identity reaching other
 * rows (a column's sum) whose members were read confirms such a cell (score/evidence rowByCheck).
 */
import type { SolvedField } from '../solve/index.js';
import { rowOf } from './evidence.js';

/** Below 0.8: a place read off character positions, confirmed by nothing. */
export const UNPRINTED_TOTAL_CAP = 0.75;

/**
 * Printed rows (as `rowOf`) of a table with row totals whose total was not read (derived from its cells, or
 * missing) while the row's cells were read with some empty (`blank`) beside a value other than 0.
 */
export function rowsPlacedUnchecked(fields: ReadonlyMap<string, SolvedField>): Set<string> {
  const blankIn = new Set<string>();
  const valueIn = new Set<string>();
  const rows = new Set<string>();
  for (const [k, f] of fields) {
    if (k.endsWith('.total')) continue;
    const row = rowOf(k);
    rows.add(row);
    if (f.flags.includes('blank')) blankIn.add(row);
    else if (typeof f.value === 'number' && f.value !== 0 && !f.flags.includes('derived')) valueIn.add(row);
  }
  const out = new Set<string>();
  for (const row of rows) {
    if (!blankIn.has(row) || !valueIn.has(row)) continue;
    const total = fields.get(`${row}.total`);
    if (total === undefined ? hasTotalColumn(row, fields) : total.value === null || total.flags.includes('derived')) out.add(row);
  }
  return out;
}

/**
 * Derived cells of a row whose total was derived too (`requests.x.otherOrg` from its column, then `requests.x.total`
 * from the row): the second derivation holds by construction, so the first rests on one identity alone, whose other
 * members, in a row with no total read, may sit a column off. Keys of those cells (the total too), value other than 0.
 */
export function derivedInUnprintedRows(fields: ReadonlyMap<string, SolvedField>): Set<string> {
  const out = new Set<string>();
  for (const [k, f] of fields) {
    if (k.endsWith('.total') || !f.flags.includes('derived') || typeof f.value !== 'number' || f.value === 0) continue;
    const total = `${rowOf(k)}.total`;
    if (!fields.get(total)?.flags.includes('derived')) continue;
    out.add(k);
    out.add(total);
  }
  return out;
}

/**
 * Row totals derived in a table none of whose totals was read (its 总计 column off the page, or not printed): the
 * printed total, which may disagree with its row (a report's own slip: 予以公开 0 0 1 1 2 0 printed 总计 5), is not
 * in the input; the sum stands for it by assumption, and every identity through the totals holds by construction
 * (each one derived). Their keys, value other than 0 or not.
 */
export function totalsOfUnreadColumns(fields: ReadonlyMap<string, SolvedField>): Set<string> {
  const read = new Set<string>();
  const derived: string[] = [];
  for (const [k, f] of fields) {
    if (!k.endsWith('.total')) continue;
    if (f.flags.includes('derived')) derived.push(k);
    else if (f.value !== null) read.add(tableOf(k));
  }
  return new Set(derived.filter((k) => !read.has(tableOf(k))));
}

/**
 * Printed rows (as `rowOf`) of a table with row totals whose own total was not read from the input: missing (cut off
 * the page with its column: a LibreOffice print of a Word table wider than the page) or derived in a table none of
 * whose totals was read (totalsOfUnreadColumns). Such a row has no identity of its own: which of its numbers is
 * which cell, and whether they are its numbers at all, only an identity reaching other rows can confirm.
 */
export function rowsWithoutTotal(keys: readonly string[], fields: ReadonlyMap<string, SolvedField>): Set<string> {
  const unreadTotals = totalsOfUnreadColumns(fields);
  const out = new Set<string>();
  for (const k of keys) {
    if (!k.endsWith('.total') || !ROW_TOTAL_TABLES.some((t) => k.startsWith(t))) continue;
    const f = fields.get(k);
    const missing = !f || (f.value === null && !f.flags.includes('notApplicable') && !f.flags.includes('ambiguous') && !f.candidates?.length);
    if (missing || unreadTotals.has(k)) out.add(rowOf(k));
  }
  return out;
}

/** Tables whose rows print their own total (table 三's 总计 column, table 四's groups). */
const ROW_TOTAL_TABLES = ['requests.', 'reviewLitigation.'];

const tableOf = (key: string): string => key.slice(0, key.indexOf('.') + 1);

/** Another row of `row`'s table holds a total: the table prints row totals (table 二 does not). */
function hasTotalColumn(row: string, fields: ReadonlyMap<string, SolvedField>): boolean {
  const table = tableOf(row);
  for (const k of fields.keys()) if (k.startsWith(table) && k.endsWith('.total')) return true;
  return false;
}
