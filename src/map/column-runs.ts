/**
 * @file A table printed column by column by an archiver that collapsed repeated lines: each
 * column's values, top to bottom, with every run of equal values printed once ('0' for a column of
 * zeros). The rows are put back by choosing each run's length: row by row, each column either
 * repeats its current value or moves to its next one, and every row must keep the identities lying
 * inside it (its total); whole readings must keep every identity of the table. All readings that do
 * are returned (where they disagree the solver leaves the field ambiguous); the values are flagged
 * `collapsed` when a run stands for several cells.
 */
import type { Line } from '../model/document.js';
import { identityKeys, propagate } from '../solve/propagate.js';
import type { CellValue, Group, SolvedField } from '../solve/types.js';
import { collapsedColumnBlocks } from '../tables/column-major.js';
import type { Identity, RowSpec } from '../template/index.js';
import { fillFromGroup } from './table-stream.js';
import type { Placement } from './table-rows.js';

/** Most distinct readings kept from one search state; past it the table is not read so. */
export const MAX_RUN_READINGS = 2_000;
/** Most search states visited (a table of 25 rows and 7 columns needs a few thousand; each state tries 2^7 moves). */
export const MAX_RUN_STATES = 20_000;
/** ms. Wall-clock budget of one decoding; past it the table is left to the row reading. */
export const RUN_BUDGET_MS = 1_000;

/** A reading: each row's values, and per cell whether it repeats a printed value (a run longer than one). */
export interface RunReading {
  rows: number[][];
  repeated: boolean[][];
}

/**
 * Readings of the collapsed `columns` (one array per column, in order) as the rows `specs` of
 * `table`; null when the shapes do not fit, no reading keeps the identities, or the search is too large.
 */
export function decodeColumnRuns(table: string, columns: readonly (readonly number[])[], specs: readonly RowSpec[], identities: readonly Identity[]): RunReading[] | null {
  const n = specs.length;
  const w = columns.length;
  if (n < 2 || specs.some((s) => s.columns.length !== w) || columns.some((c) => c.length === 0 || c.length > n)) return null;
  const keys = specs.map((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  const local = keys.map((ks) => identities.filter((id) => identityKeys(id).every((k) => ks.includes(k))));
  const rowHolds = (r: number, values: readonly number[]): boolean =>
    local[r]!.length === 0 || propagate(new Map<string, CellValue>(keys[r]!.map((k, i) => [k, values[i]])), local[r]!).violations === 0;
  // Identities whose parts are all added and whose total row comes after some part (总计 below the
  // outcome rows): their partial sums are part of the search state, and a row that makes a sum
  // overshoot or miss its total ends the branch.
  const rowOf = new Map<string, [number, number]>();
  keys.forEach((ks, r) => ks.forEach((k, c) => rowOf.set(k, [r, c])));
  const sums = identities.filter((id) => !id.parts.some((p) => p.startsWith('-')) && identityKeys(id).every((k) => rowOf.has(k)) && new Set(identityKeys(id).map((k) => rowOf.get(k)![0])).size > 1);
  const dead = new Set<string>();
  const found = new Map<string, RunReading>();
  const rows: number[][] = [];
  const repeated: boolean[][] = [];
  let states = 0;
  let overflow = false;
  const deadline = Date.now() + RUN_BUDGET_MS;
  const partial = (id: Identity): number => id.parts.reduce((a, p) => {
    const [r, c] = rowOf.get(p)!;
    return r < rows.length ? a + rows[r]![c]! : a;
  }, 0);
  /** True when the rows read so far keep every sum: no partial sum over its total, a complete one equal. */
  const sumsHold = (): boolean => sums.every((id) => {
    const [tr, tc] = rowOf.get(id.total)!;
    if (tr >= rows.length) return true;
    const complete = id.parts.every((p) => rowOf.get(p)![0] < rows.length);
    const sum = partial(id);
    return complete ? sum === rows[tr]![tc]! : sum <= rows[tr]![tc]!;
  });
  /** Walks rows r.. given the value index each column used in row r − 1 (−1 before the first row); false when no reading completes. */
  const walk = (r: number, at: readonly number[]): boolean => {
    if (overflow) return true;
    if (r === n) {
      if (!at.every((i, c) => i === columns[c]!.length - 1)) return false;
      found.set(rows.map((x) => x.join(',')).join(';'), { rows: rows.map((x) => [...x]), repeated: repeated.map((x) => [...x]) });
      if (found.size > MAX_RUN_READINGS) overflow = true;
      return true;
    }
    const key = `${r}|${at.join(',')}|${sums.map(partial).join(',')}`;
    if (dead.has(key)) return false;
    if (++states > MAX_RUN_STATES || (states % 256 === 0 && Date.now() > deadline)) {
      overflow = true;
      return true;
    }
    let any = false;
    for (let mask = 0; mask < 1 << w && !overflow; mask++) {
      // Bit c set: column c moves to its next value; clear: it repeats the current one.
      const next = at.map((i, c) => (mask & (1 << c) ? i + 1 : i));
      if (next.some((i, c) => i < 0 || i >= columns[c]!.length || columns[c]!.length - 1 - i > n - 1 - r)) continue;
      const values = next.map((i, c) => columns[c]![i]!);
      if (!rowHolds(r, values)) continue;
      rows.push(values);
      repeated.push(next.map((i, c) => i === at[c]));
      if (sumsHold() && walk(r + 1, next)) any = true;
      rows.pop();
      repeated.pop();
    }
    if (!any) dead.add(key);
    return any;
  };
  walk(0, columns.map(() => -1));
  if (overflow || found.size === 0) return null;
  const readings = [...found.values()];
  const all = keys.flat();
  const tableIds = identities.filter((id) => identityKeys(id).every((k) => all.includes(k)));
  const kept = readings.filter((rd) => propagate(new Map<string, CellValue>(all.map((k, i) => [k, rd.rows.flat()[i]])), tableIds).violations === 0);
  return kept.length > 0 ? kept.map(markRuns) : null;
}

/** A cell is part of a run when the cell above or below it in its column repeats the same printed value. */
function markRuns(rd: RunReading): RunReading {
  const repeated = rd.rows.map((row, r) => row.map((_, c) => rd.repeated[r]![c]! || (rd.repeated[r + 1]?.[c] ?? false)));
  return { rows: rd.rows, repeated };
}

/**
 * Fills what the row reading left unresolved in a collapsed table printed column by column (in
 * place; see fillFromGroup). Returns the keys it changed.
 */
export function fillFromColumnRuns(
  table: string,
  lines: readonly Line[],
  specs: readonly RowSpec[],
  identities: readonly Identity[],
  fields: Map<string, SolvedField>,
  placements: Map<string, Placement>,
): string[] {
  const columns = collapsedColumnBlocks(lines);
  if (!columns) return [];
  const readings = decodeColumnRuns(table, columns, specs, identities);
  if (!readings) return [];
  const group: Group = {
    id: `${table}.columnRuns`,
    keys: specs.flatMap((s) => s.columns.map((c) => `${table}.${s.key}.${c}`)),
    candidates: readings.map((rd) => ({ cost: 0, cells: rd.rows.flatMap((row, r) => row.map((value, c) => ({ value, flags: rd.repeated[r]![c]! ? ['collapsed' as const] : [] }))) })),
  };
  const first = lines.find((l) => l.source.line !== undefined)?.source ?? {};
  return fillFromGroup(group, identities, fields, placements, { ...first, text: `collapsed columns: ${columns.map((c) => c.length).join('+')} values` });
}
