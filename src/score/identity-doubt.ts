/**
 * @file Identities the checks could not evaluate: the invariant that a value at ≥ 0.9 never sits in
 * an identity that broke unseen.
 *
 * `checks` lists only identities whose every member was read (src/checks). An identity with a member
 * the pipeline could not decide (ambiguous: several readings survived; missing) is left out, and a
 * violation there is invisible: a row printed '11 5 0 1 0 1 7' (18 ≠ 7: a collapsed 0 and a split 17)
 * whose 其他 and 总计 a later reading contradicted came out with 其他 and 总计 ambiguous — its own total no
 * longer evaluated — while 社会公益组织 = 1 and 法律服务机构 = 0, read from the same broken row and
 * confirmed by nothing, kept the label's 0.923. What such an identity can say about a field is
 * nothing: the unread member's candidates absorb any error in the others. And a row whose own total
 * has an unread cell broke somewhere (a cell could not be decided), so where its other cells sit in
 * the row is in doubt too: only an identity reaching other rows (read independently, not all zero)
 * can confirm them (src/score/index.ts caps them below 0.9 otherwise). Every field of table 三 and 四
 * is in its row's total, so no field there is left with nothing but its label: a field no evaluated
 * identity reaches is in such a row. Fields in an identity that was evaluated and fails are scored by
 * the failed check (× 0.6), and so are the fields of an identity left out that no choice among its
 * ambiguous members' candidates satisfies (`unseenFailures`: '121 = 27 + {0 | 21} + … + 170' fails
 * whichever candidate is right, as its check would had the solver picked one).
 */
import type { Check } from '../schema/report.js';
import type { SolvedField } from '../solve/index.js';
import { EPSILON, identityKeys, parsePart } from '../solve/propagate.js';
import { TEMPLATE_2019, TEMPLATE_2021, TEMPLATE_2021_COMBINED, type Identity } from '../template/index.js';
import { rowOf } from './evidence.js';

/** The template identities over `keys` (the variant whose every member is among them). */
export function identitiesFor(keys: readonly string[]): Identity[] {
  const have = new Set(keys);
  const byId = new Map<string, Identity>();
  for (const t of [TEMPLATE_2021, TEMPLATE_2021_COMBINED, TEMPLATE_2019]) {
    for (const id of t.identities) if (!byId.has(id.id) && identityKeys(id).every((k) => have.has(k))) byId.set(id.id, id);
  }
  return [...byId.values()];
}

/** A member that was not read: no value and not printed not-applicable (ambiguous, missing). */
function unread(f: SolvedField | undefined): boolean {
  return !f || (f.value === null && !f.flags.includes('notApplicable'));
}

/**
 * Rows (key prefixes, as `rowOf`) whose own identity — the identity all of whose members are in the
 * row: its 总计 — was not evaluated because a member is unread (ambiguous or missing).
 */
export function rowsWithOpenTotal(identities: readonly Identity[], checks: readonly Check[], fields: ReadonlyMap<string, SolvedField>): Set<string> {
  const evaluated = new Set(checks.map((c) => c.id));
  const absent = absentColumns(identities, fields);
  const open = new Set<string>();
  for (const id of identities) {
    const keys = identityKeys(id);
    const row = rowOf(id.total);
    if (!evaluated.has(id.id) && keys.every((k) => rowOf(k) === row) && keys.some((k) => unread(fields.get(k)) && !absent.has(columnOf(k)))) open.add(row);
  }
  return open;
}

/** 'requests.denied.stateSecret.total' → 'requests|total': a table's column. */
const columnOf = (key: string): string => `${key.slice(0, key.indexOf('.'))}|${key.slice(key.lastIndexOf('.') + 1)}`;

/** A member not read and not in doubt: no value, no candidates (not ambiguous). */
function missing(f: SolvedField | undefined): boolean {
  return !f || (f.value === null && !f.flags.includes('notApplicable') && !f.flags.includes('ambiguous') && !f.candidates?.length);
}

/** Rows of a table read (some member) that must all lack a column for it to be a column the table does not print, not one row's lost cell. */
const ABSENT_MIN_ROWS = 3;

/**
 * Columns (as `columnOf`) missing in every row of their table: a column the table does not print (cut off the page,
 * map/clipped-total; left out, map/absent-columns), not a cell a row's reading lost. Its row totals are open in every
 * row alike, which says nothing about where one row broke; the order of the columns printed is the table's to confirm
 * (map/order-unconfirmed). A column some row reads, or any row leaves ambiguous, is not absent.
 */
function absentColumns(identities: readonly Identity[], fields: ReadonlyMap<string, SolvedField>): Set<string> {
  const seen = new Set<string>();
  const read = new Set<string>();
  /** Per table, the rows with a member read: a column is absent only where ABSENT_MIN_ROWS of them lack it alike. */
  const readRows = new Map<string, Set<string>>();
  for (const id of identities) {
    for (const k of identityKeys(id)) {
      seen.add(columnOf(k));
      if (missing(fields.get(k))) continue;
      read.add(columnOf(k));
      const table = k.slice(0, k.indexOf('.'));
      readRows.set(table, (readRows.get(table) ?? new Set()).add(rowOf(k)));
    }
  }
  const tableOf = (column: string): string => column.slice(0, column.indexOf('|'));
  return new Set([...seen].filter((c) => !read.has(c) && (readRows.get(tableOf(c))?.size ?? 0) >= ABSENT_MIN_ROWS));
}

/** Most partial sums kept while checking an identity over its members' candidates: beyond, it is left undecided. */
export const MAX_CANDIDATE_SUMS = 20_000;

/** The values a member can take: its value, 0 when not applicable, its candidates; null when unknown (missing). */
function possible(f: SolvedField | undefined): readonly number[] | null {
  if (!f) return null;
  if (typeof f.value === 'number') return [f.value];
  if (f.flags.includes('notApplicable')) return [0];
  return f.candidates?.length ? f.candidates : null;
}

/** True when no choice among the members' values and candidates satisfies `id`; false when some does or a member is unknown. */
function unsatisfiable(id: Identity, fields: ReadonlyMap<string, SolvedField>): boolean {
  const terms = [{ key: id.total, sign: -1 }, ...id.parts.map(parsePart)];
  let sums = [0];
  // A count of table 三 unknown as an added part can only raise the sum: the identity still fails where the known parts
  // already exceed the total (a lower bound; rows48, fresh48 k12_31: 社会公益组织's parts 1 + 1 over its 总计 1, 国家秘密 unread).
  let unknownParts = false;
  for (const t of terms) {
    const values = possible(fields.get(t.key));
    if (!values && t.sign > 0 && t.key.startsWith(COUNT_PREFIX)) {
      unknownParts = true;
      continue;
    }
    if (!values) return false;
    const next = new Map<number, number>();
    for (const s of sums) for (const v of values) {
      const x = s + t.sign * v;
      next.set(Math.round(x / EPSILON), x);
      // (The sums only grow: undecided as soon as they pass the bound, not after every pair is added.)
      if (next.size > MAX_CANDIDATE_SUMS) return false;
    }
    sums = [...next.values()];
  }
  if (unknownParts) return sums.every((s) => s > EPSILON);
  return !sums.some((s) => Math.abs(s) <= EPSILON);
}

/** Table 三's counts: never negative, so an unread part bounds its identity's sum from below. */
const COUNT_PREFIX = 'requests.';

/**
 * Identities left out of the checks (a member ambiguous) that no choice among the ambiguous
 * members' candidates satisfies: they fail whichever reading is right, as a check would had the
 * solver picked one. Returned as failed checks for scoring only (never emitted: `expected` and
 * `actual` are not single numbers).
 */
export function unseenFailures(identities: readonly Identity[], checks: readonly Check[], fields: ReadonlyMap<string, SolvedField>): Check[] {
  const evaluated = new Set(checks.map((c) => c.id));
  return identities
    .filter((id) => !evaluated.has(id.id) && unsatisfiable(id, fields))
    .map((id) => ({ id: id.id, ok: false, expected: Number.NaN, actual: Number.NaN, keys: identityKeys(id) }));
}
