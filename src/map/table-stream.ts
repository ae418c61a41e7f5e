/**
 * @file Whole-table alignment of a value stream: a table printed one value per line whose labels
 * did not stay beside their values (plain `pdftotext` prints a page's labels in a pile before or
 * after its values, some pages in column order, a row's first value before its label). The
 * table's value tokens, in printed order, are aligned to the template grid as a whole: the rows
 * in template order, cut into blocks of consecutive rows, each block printed row by row or column
 * by column (blocks of rows with as many columns each). A reading must use every token exactly
 * once and keep every identity lying inside each row (the row total), and the whole reading must
 * keep every identity of the table. All readings that do are returned; where they disagree the
 * solver leaves the field ambiguous. Labels are not used to place values here (they are the part
 * that moved), so the values are placed by position and never reach 0.9 (score: `position`).
 */
import type { SourceRef } from '../model/document.js';
import { solve } from '../solve/index.js';
import { propagate } from '../solve/propagate.js';
import type { Candidate, CellValue, Group, SolvedField } from '../solve/types.js';
import type { TableRow } from '../tables/build-rows.js';
import type { Identity, RowSpec } from '../template/index.js';
import { identityKeys } from '../solve/propagate.js';
import type { Placement } from './table-rows.js';
import { alignOutOfPlace } from './out-of-place.js';

/** Most distinct readings kept for the rows from one row onwards; past it the table is not read so (a partial list could make a wrong reading look unique). */
export const MAX_TABLE_READINGS = 64;
/** Fewest rows for a whole-table alignment (a short table gains nothing over its row labels). */
const MIN_ROWS = 4;

/** A value token and the printed row it came from. */
interface StreamValue {
  value: number;
  source: SourceRef;
}

/** One reading of the table: each row's values in template column order. */
type Reading = number[][];

/** The table's value tokens in printed order; null when some value is not a plain count (a blank, a mark, a fused run, a fraction). */
export function streamValues(rows: readonly TableRow[]): StreamValue[] | null {
  const out: StreamValue[] = [];
  for (const r of rows) {
    for (const v of r.values) {
      if (v.kind !== 'num' || v.fusable || !/^\d+$/.test(v.raw)) return null;
      out.push({ value: v.value, source: r.source });
    }
  }
  return out;
}

/** Row keys of a table's template rows. */
function rowKeys(table: string, spec: RowSpec): string[] {
  return spec.columns.map((c) => `${table}.${spec.key}.${c}`);
}

/** True when a row's values keep every identity lying wholly inside the row. */
function rowHolds(keys: readonly string[], values: readonly number[], local: readonly Identity[]): boolean {
  if (local.length === 0) return true;
  const map = new Map<string, CellValue>(keys.map((k, i) => [k, values[i]]));
  return propagate(map, local).violations === 0;
}

/**
 * Every reading of `values` as the rows `specs` (all of them, in order) that keeps the identities;
 * null when there is none, when the count of values is not the grid's, or when the readings are too many to list.
 */
export function alignTableStream(table: string, values: readonly number[], specs: readonly RowSpec[], identities: readonly Identity[]): Reading[] | null {
  const n = specs.length;
  const widths = specs.map((s) => s.columns.length);
  const start = [0];
  for (const w of widths) start.push(start.at(-1)! + w);
  if (n < MIN_ROWS || values.length !== start[n]) return null;
  const keys = specs.map((s) => rowKeys(table, s));
  const local = keys.map((ks) => identities.filter((id) => identityKeys(id).every((k) => ks.includes(k))));
  // Each row's readings within a block [a, b): row-major (one row) or column-major (b − a ≥ 2 rows of equal width).
  const blockRows = (a: number, b: number): Reading | null => {
    const w = widths[a]!;
    if (b - a > 1 && widths.slice(a, b).some((x) => x !== w)) return null;
    const rows: Reading = [];
    for (let r = a; r < b; r++) {
      const row = b - a === 1 ? values.slice(start[a]!, start[b]!) : Array.from({ length: w }, (_, c) => values[start[a]! + c * (b - a) + (r - a)]!);
      if (!rowHolds(keys[r]!, row, local[r]!)) return null;
      rows.push(row);
    }
    return rows;
  };
  const memo = new Map<number, Reading[] | null>();
  const from = (a: number): Reading[] | null => {
    if (a === n) return [[]];
    if (memo.has(a)) return memo.get(a)!;
    const seen = new Map<string, Reading>();
    let overflow = false;
    for (let b = a + 1; b <= n && !overflow; b++) {
      const block = blockRows(a, b);
      if (!block) continue;
      const rest = from(b);
      if (rest === null) {
        overflow = true;
        break;
      }
      for (const tail of rest) {
        const reading = [...block, ...tail];
        seen.set(reading.map((r) => r.join(',')).join(';'), reading);
        if (seen.size > MAX_TABLE_READINGS) overflow = true;
      }
    }
    const out = overflow ? null : [...seen.values()];
    memo.set(a, out);
    return out;
  };
  const readings = from(0);
  if (readings === null) return null;
  const allKeys = keys.flat();
  const tableIds = identities.filter((id) => identityKeys(id).every((k) => allKeys.includes(k)));
  const kept = readings.filter((rd) => {
    const map = new Map<string, CellValue>(allKeys.map((k, i) => [k, rd.flat()[i]]));
    return propagate(map, tableIds).violations === 0;
  });
  return kept.length > 0 ? kept : null;
}

/** The readings as one solver group over the whole table (its rows are not independent: one cut moves them all). */
export function tableStreamGroup(table: string, specs: readonly RowSpec[], readings: readonly Reading[]): Group {
  const keys = specs.flatMap((s) => rowKeys(table, s));
  const candidates: Candidate[] = readings.map((rd) => ({ cost: 0, cells: rd.flat().map((value) => ({ value, flags: [] })) }));
  return { id: `${table}.stream`, keys, candidates };
}

/** A resolved field: a value or a printed not-applicable mark. */
const resolved = (f: SolvedField | undefined): boolean => f !== undefined && !f.flags.includes('ambiguous') && (f.value !== null || f.flags.includes('notApplicable'));

/**
 * Fills a table the row-by-row reading left incomplete from the whole-table alignment of its value
 * stream (in place). Fields the rows read and every alignment agrees with stay as read; fields the
 * rows did not resolve take the alignment's verdict, placed by position; a field the rows read
 * otherwise than the alignment comes out ambiguous with both values. Returns the keys it changed.
 */
export function fillFromTableStream(
  table: string,
  rows: readonly TableRow[],
  specs: readonly RowSpec[],
  identities: readonly Identity[],
  fields: Map<string, SolvedField>,
  placements: Map<string, Placement>,
): string[] {
  const keys = specs.flatMap((s) => rowKeys(table, s));
  if (keys.every((k) => resolved(fields.get(k)))) return [];
  const stream = streamValues(rows);
  if (!stream) return [];
  // A few values printed out of place (map/out-of-place) when no block reading keeps the identities.
  const readings = alignTableStream(table, stream.map((v) => v.value), specs, identities) ?? alignOutOfPlace(table, rows, specs, identities);
  if (!readings) return [];
  const source: SourceRef = { ...stream[0]!.source, text: `table stream: ${stream.length} values aligned to the grid` };
  return fillFromGroup(tableStreamGroup(table, specs, readings), identities, fields, placements, source);
}

/**
 * Fills the fields of `group` (a whole-table reading) that the row-by-row reading left unresolved
 * (in place), placed by position; a field read otherwise by the rows comes out ambiguous with both.
 */
export function fillFromGroup(group: Group, identities: readonly Identity[], fields: Map<string, SolvedField>, placements: Map<string, Placement>, source: SourceRef): string[] {
  const solved = solve([group], identities).fields;
  const changed: string[] = [];
  for (const key of group.keys) {
    const mine = fields.get(key);
    const theirs = solved.get(key);
    if (!theirs) continue;
    if (!resolved(mine)) {
      fields.set(key, theirs);
      placements.set(key, { by: 'position', labelScore: 0, source });
      changed.push(key);
    } else if (!resolved(theirs) || theirs.value !== mine!.value) {
      const both = [...new Set([mine!.value, theirs.value, ...(theirs.candidates ?? [])].filter((v): v is number => typeof v === 'number'))].sort((a, b) => a - b);
      fields.set(key, { value: null, flags: [...new Set([...mine!.flags, 'ambiguous' as const])], candidates: both });
      changed.push(key);
    }
  }
  return changed;
}
