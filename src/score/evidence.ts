/**
 * @file The evidence behind one field, kept apart (issue: a row's own total proves how its digits
 * were read, not which template row they belong to):
 *  (a) digits — read from one clean token: no repair, segmentation, derivation or blank, no
 *      invisible characters or doubled glyphs in the row;
 *  (b) column — the row printed exactly its column count (or the value has a grid column);
 *  (c) row — how the printed row was placed: an exact label (or a fuzzy one that fills the only slot
 *      it can, map/row-evidence `slotted`) with every neighbouring template row placed by its own
 *      label and no other printed row claiming the label;
 *  (d) cross-checks — identities through the field that hold, split into the row's own total
 *      (digits only) and identities reaching other rows whose other members were read independently
 *      (not derived, not ambiguous, not missing) and that are not all zeros (0 = 0 + 0 confirms no
 *      placement: a row of zeros sums the same wherever it is put). A derived value is confirmed so
 *      only when two identities whose other members were read hold through it: the one that computed it
 *      holds by construction.
 */
import type { Placement } from '../map/index.js';
import type { Check } from '../schema/report.js';
import type { SolvedField } from '../solve/index.js';
import { memoByString } from '../_internal/memo.js';
import { EXACT_LABEL } from '../map/row-evidence.js';

export interface Evidence {
  digits: boolean;
  column: boolean;
  /** (c) the row is placed by its label, exact, its neighbours placed, no rival. */
  rowByLabel: boolean;
  /** (d) an identity reaching other rows, read independently, holds through the field. */
  rowByCheck: boolean;
  /** (d) the field's own row total holds (digits only). */
  ownTotalHolds: boolean;
  /** Identities through the field that hold with every other member read (not derived): what confirms an OCR value. */
  readChecks: number;
  /**
   * Identities through the field that hold with every other member read as a token of its own: not derived, and not made
   * by a stream decoder's move (`collapsed`, `joined`: map/stream-moves) — what confirms a decoded value. A decode's
   * members confirm each other whatever the moves were: the moves are chosen so that they do (collapse48).
   */
  undecodedChecks: number;
  /** (d) with the other rows' members not repaired either: what confirms a value split out of a run (a repair is the identities' choice too). */
  rowByUnrepairedCheck: boolean;
  /** An identity through the field that holds counts a repaired value of another row. */
  repairedInChecks: boolean;
  /** (d) with the other rows' members neither repaired nor cut out of a glued run (`segmented`): what confirms a repair. */
  rowByUnmovedCheck: boolean;
  /** An identity through the field that holds counts a repaired or segmented value of another row. */
  movedInChecks: boolean;
}

/**
 * Identities (not 0 = 0) that must hold through a derived value for one reaching other rows to confirm
 * its row: the identity that computed it is one of them and holds whatever the row's place.
 */
const DERIVED_CONFIRMATIONS = 2;

/** 'requests.denied.stateSecret.total' → 'requests.denied.stateSecret' (the printed row). */
export const rowOf: (key: string) => string = memoByString((key) => key.slice(0, key.lastIndexOf('.')));

/** A check's keys without their sign, and the printed row of each (signed) key: every field of every check's rows asks for them. */
const checkKeys = new WeakMap<Check, { bare: string[]; rows: string[] }>();
function keysOf(c: Check): { bare: string[]; rows: string[] } {
  let k = checkKeys.get(c);
  if (!k) checkKeys.set(c, (k = { bare: c.keys.map((key) => key.replace(/^-/, '')), rows: c.keys.map(rowOf) }));
  return k;
}

/**
 * A row's own total whose parts other than one are blank or zero, holding: '1 … 1' (the row's single nonzero part equal
 * to its total). It holds wherever the row is placed and whichever column the part is put in, so it confirms neither the
 * part's column nor the row's place (rows48: a mostly-blank table 三 read with its blank cells, one printed row placed in
 * the wrong template row, or twice, at 0.98). Only its digits agree. Counted only where a zero of the row was read
 * blank (no cell printed there: the part's column is its place among empty cells; printed zeros fix it by the column
 * count). A row of all zeros is not counted here (0 = 0 is weighed apart, `trivial`).
 */
export function singlePartRow(c: Check, fields: ReadonlyMap<string, SolvedField>): boolean {
  if (!c.ok) return false;
  const { rows } = keysOf(c);
  if (c.keys.some((k) => k.startsWith('-')) || rows.some((r) => r !== rows[0])) return false;
  let nonzero = 0;
  let blank = false;
  for (const k of c.keys) {
    const f = fields.get(k);
    const v = f?.value;
    if (v === null || v === undefined) return false;
    if (v !== 0) nonzero++;
    else if (f!.flags.includes('blank')) blank = true;
  }
  return nonzero === 2 && blank;
}

/** A value a stream decoder's move made (map/stream-moves): one token as a run of cells, or two tokens as one number. */
export function decoded(field: SolvedField | undefined): boolean {
  return !!field && (field.flags.includes('collapsed') || field.flags.includes('joined'));
}

function independent(field: SolvedField | undefined): boolean {
  if (!field) return false;
  if (field.flags.some((f) => f === 'derived' || f === 'ambiguous' || f === 'missing')) return false;
  return field.value !== null || field.flags.includes('notApplicable');
}

/**
 * Printed rows (key prefixes) whose neighbouring template rows, in `keys` order within the same
 * table, have no resolved value (every field missing or ambiguous): a label alone does not place them.
 */
export function rowsWithUnresolvedNeighbours(keys: readonly string[], fields: ReadonlyMap<string, SolvedField>): Set<string> {
  const order: string[] = [];
  const resolved = new Set<string>();
  for (const k of keys) {
    const row = rowOf(k);
    if (order.at(-1) !== row) order.push(row);
    const f = fields.get(k);
    if (f && !f.flags.includes('ambiguous') && (f.value !== null || f.flags.includes('notApplicable'))) resolved.add(row);
  }
  const table = (row: string): string => row.slice(0, row.indexOf('.'));
  const out = new Set<string>();
  order.forEach((row, i) => {
    const neighbours = [order[i - 1], order[i + 1]].filter((n): n is string => n !== undefined && table(n) === table(row));
    if (neighbours.some((n) => !resolved.has(n))) out.add(row);
  });
  return out;
}

/** Weighs the evidence for `key`; `unresolvedNeighbours` from rowsWithUnresolvedNeighbours. */
export function evidenceFor(
  key: string,
  solved: SolvedField,
  placement: Placement,
  checks: readonly Check[],
  fields: ReadonlyMap<string, SolvedField>,
  unresolvedNeighbours: ReadonlySet<string> = new Set(),
): Evidence {
  // (Called for every field: its flags and its checks' keys read in plain loops, no Set, no filtered copies.)
  const flags: readonly string[] = solved.flags;
  const row = rowOf(key);
  const digits = !(flags.includes('repaired') || flags.includes('segmented') || flags.includes('derived') || flags.includes('blank')) && !placement.row?.digitsDoubt;
  const column = !flags.includes('repaired') && !flags.includes('derived');
  const ev = placement.row;
  const rowByLabel =
    (placement.by === 'label' && (placement.labelScore >= EXACT_LABEL || !!ev?.slotted) && !!ev?.neighboursPlaced && ev.rivals === 0 && !unresolvedNeighbours.has(row)) ||
    (placement.by === 'columns' && column && (ev?.rivals ?? 0) === 0);
  let rowByCheck: boolean;
  let ownTotalHolds = false;
  let readChecks = 0;
  let undecodedChecks = 0;
  let rowByUnrepairedCheck = false;
  let repairedInChecks = false;
  let rowByUnmovedCheck = false;
  let movedInChecks = false;
  // A derived value was computed by one of the identities through it, which holds by construction and
  // confirms nothing: another non-trivial one whose other members were read must hold too (breakit54
  // ptt-layout-a5/r24, a row placed by a partial label derived from its columns' balances at 0.85; fb33
  // marks-fmt60, a row's printed tokens dropped and the row derived from the totals, its own total then
  // holding through derived members only).
  let crossRows = 0;
  let holding = 0;
  const derived = flags.includes('derived');
  for (const c of checks) {
    if (!c.ok) continue;
    const { bare, rows } = keysOf(c);
    if (bare.every((k) => k === key || independent(fields.get(k)))) readChecks++;
    if (bare.every((k) => k === key || (independent(fields.get(k)) && !decoded(fields.get(k))))) undecodedChecks++;
    // The check's keys in other rows than the field's: all read independently (and none repaired)? one repaired?
    let others = 0;
    let allIndependent = true;
    let allUnrepaired = true;
    let someRepaired = false;
    let allUnsplit = true;
    let someSplit = false;
    for (let i = 0; i < c.keys.length; i++) {
      if (rows[i] === row) continue;
      others++;
      const other = fields.get(c.keys[i]!);
      const repaired = other?.flags.includes('repaired') === true;
      const split = other?.flags.includes('segmented') === true;
      if (!independent(other)) allIndependent = false;
      else if (repaired) allUnrepaired = false;
      if (repaired) someRepaired = true;
      if (independent(other) && split) allUnsplit = false;
      if (split) someSplit = true;
    }
    const trivial = c.actual === 0 && c.expected === 0;
    if (!trivial && derived && bare.every((k) => k === key || independent(fields.get(k)))) holding++;
    if (others === 0) {
      ownTotalHolds = true;
      continue;
    }
    if (!trivial && allIndependent) crossRows++;
    if (!trivial && allIndependent && allUnrepaired) rowByUnrepairedCheck = true;
    if (someRepaired) repairedInChecks = true;
    if (!trivial && allIndependent && allUnrepaired && allUnsplit) rowByUnmovedCheck = true;
    if (someRepaired || someSplit) movedInChecks = true;
  }
  rowByCheck = crossRows > 0 && (!derived || holding >= DERIVED_CONFIRMATIONS);
  if (derived && holding < DERIVED_CONFIRMATIONS) rowByUnrepairedCheck = rowByUnmovedCheck = false;
  return { digits, column, rowByLabel, rowByCheck, ownTotalHolds, readChecks, undecodedChecks, rowByUnrepairedCheck, repairedInChecks, rowByUnmovedCheck, movedInChecks };
}
