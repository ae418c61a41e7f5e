/**
 * @file Runs of rows read from a table's value stream between rows whose labels stayed beside
 * their values. Plain `pdftotext` of a narrow, borderless or LibreOffice-printed page keeps most
 * of a table row by row but moves a few values (a row's first value onto its wrapped label line in
 * a pile of labels, a row total to the page's end, the last rows' blocks interleaved), so no
 * reading of the whole stream keeps the identities and the whole-table alignment (map/table-stream)
 * gives nothing. Between two such faults the stream is still the grid row by row: a run of rows,
 * each taking as many consecutive tokens as it has cells and keeping its own identity (its total).
 * A row identity does not say which row a run starts at (every row is "parts add up to the
 * total"), so a run is placed only where rows that the labels resolved (anchors, with a value
 * other than 0) agree with it and none contradicts it, and only its rows from its first anchor to
 * its last (the start of the table and the end of the stream count as anchors): between two
 * agreeing anchors the count of tokens pins every row. A row two placed runs read differently is
 * left as it was. Values are placed by position (never ≥ 0.9), only where the rows left a field
 * unresolved; a field the labels read otherwise comes out ambiguous (fillFromGroups).
 */
import type { SourceRef } from '../model/document.js';
import { EPSILON, identityKeys, parsePart, propagate } from '../solve/propagate.js';
import type { CellValue, Group, SolvedField } from '../solve/types.js';
import type { TableRow } from '../tables/build-rows.js';
import type { Identity, RowSpec } from '../template/index.js';
import type { TableFill } from './table-fill.js';
import { fillFromGroups, streamValues } from './table-stream.js';
import { oneCellSites } from '../solve/one-cell-sites.js';

/** Fewest rows in a run: two rows keep their identities together by chance too easily. */
export const MIN_RUN_ROWS = 3;
/** Fewest anchors (resolved rows, the table's start, the stream's end) a run's placed rows lie between. */
const MIN_ANCHORS = 2;

/** A run placed on the grid: rows [from, to) read from consecutive tokens. */
export interface PlacedRun {
  from: number;
  to: number;
  rows: number[][];
}

/**
 * Runs of the stream `values` (row by row, each row's identity kept) placed by the anchors:
 * `known[r]` is row r's values when its label resolved it (null otherwise). Only the rows from a
 * run's first anchor to its last are returned.
 */
export function anchoredRuns(table: string, values: readonly number[], specs: readonly RowSpec[], identities: readonly Identity[], known: readonly (readonly number[] | null)[]): PlacedRun[] {
  const n = specs.length;
  const T = values.length;
  const keys = specs.map((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  // Each row's own identities compiled to column indexes: values[total] = Σ sign · values[part].
  const local = keys.map((ks) => identities.filter((id) => identityKeys(id).every((k) => ks.includes(k))).map((id) => ({
    total: ks.indexOf(id.total),
    parts: id.parts.map((part) => ({ c: ks.indexOf(parsePart(part).key), sign: parsePart(part).sign })),
  })));
  // Token index of row r's first cell when a run starting at row a sits at token p: p + offset[r] − offset[a].
  const offset = [0];
  for (const s of specs) offset.push(offset.at(-1)! + s.columns.length);
  // Row r read at token p: 0 not yet known, 1 its identities fail, 2 they hold. A typed array, not a
  // Map: rows × tokens entries (a one-line dump of a million numbers passed a Map's 2^24 limit).
  const memo = new Uint8Array(n * (T + 1));
  const holds = (r: number, p: number): boolean => {
    const id = r * (T + 1) + p;
    if (memo[id] === 0) {
      const w = specs[r]!.columns.length;
      const ok = local[r]!.length > 0 && p + w <= T && local[r]!.every((ck) => Math.abs(ck.parts.reduce((sum, x) => sum + x.sign * values[p + x.c]!, 0) - values[p + ck.total]!) < EPSILON);
      memo[id] = ok ? 2 : 1;
    }
    return memo[id] === 2;
  };
  const same = (r: number, p: number): boolean => known[r]!.every((v, i) => v === values[p + i]);
  const informative = (r: number): boolean => known[r] !== null && known[r]!.some((v) => v !== 0);
  const out: PlacedRun[] = [];
  for (let a = 0; a < n; a++) {
    for (let p = 0; p < T; p++) {
      // Maximal runs only: not the tail of a run that starts a row earlier.
      if (a > 0 && p >= specs[a - 1]!.columns.length && holds(a - 1, p - specs[a - 1]!.columns.length)) continue;
      let b = a;
      while (b < n && holds(b, p + offset[b]! - offset[a]!)) b++;
      if (b - a < MIN_RUN_ROWS) continue;
      const at = (r: number): number => p + offset[r]! - offset[a]!;
      if (Array.from({ length: b - a }, (_, i) => a + i).some((r) => known[r] !== null && !same(r, at(r)))) continue;
      const anchors = Array.from({ length: b - a }, (_, i) => a + i).filter((r) => informative(r));
      const count = anchors.length + (a === 0 && p === 0 ? 1 : 0) + (b === n && at(b) === T ? 1 : 0);
      if (count < MIN_ANCHORS) continue;
      out.push({ from: a, to: b, rows: Array.from({ length: b - a }, (_, i) => values.slice(at(a + i), at(a + i) + specs[a + i]!.columns.length)) });
    }
  }
  return out;
}

/**
 * The groups that break no identity of the table: with the resolved fields and every group's
 * values, an identity whose every cell is known and that does not hold drops the groups it
 * touches (a run keeps its rows' totals, not the columns': a row's values rotated among its zeros
 * — '0 0 0 0 0 93' then '93' read as 0 … 93 93 — adds up in the row but not in the column).
 * Failures that one printed cell outside the groups explains alone (a total printed wrong) drop none.
 */
export function keptByIdentities(groups: readonly Group[], identities: readonly Identity[], fields: ReadonlyMap<string, SolvedField>): Group[] {
  let kept = [...groups];
  for (let changed = true; changed && kept.length > 0; ) {
    changed = false;
    const values = new Map<string, CellValue>();
    for (const [k, f] of fields) if (resolvedValue(f) !== null) values.set(k, resolvedValue(f)!);
    for (const g of kept) g.keys.forEach((k, i) => values.set(k, g.candidates[0]!.cells[i]!.value));
    const known = identities.filter((id) => identityKeys(id).every((k) => typeof values.get(k) === 'number'));
    const broken = known.filter((id) => propagate(new Map(values), [id]).violations > 0);
    if (broken.length > 0 && misprintedElsewhere(values, known, kept)) break;
    const touched = new Set(broken.flatMap((id) => identityKeys(id)));
    const next = kept.filter((g) => !g.keys.some((k) => touched.has(k)));
    changed = next.length !== kept.length;
    kept = next;
  }
  return kept;
}

/**
 * Every failure of the identities `known` (all members known) is explained by one printed cell that
 * no group holds, and by no cell a group holds: a total the report prints wrong (TEMPLATE.md keeps it;
 * map/stream-breaks), which puts none of the groups in doubt.
 */
function misprintedElsewhere(values: ReadonlyMap<string, CellValue>, known: readonly Identity[], groups: readonly Group[]): boolean {
  const sites = oneCellSites(new Map([...values].map(([k, v]) => [k, v ?? 0])), known);
  if (!sites || sites.length === 0) return false;
  const held = new Set(groups.flatMap((g) => g.keys));
  return sites.every((k) => !held.has(k));
}

/** A resolved field: a value, not ambiguous. */
const resolvedValue = (f: SolvedField | undefined): number | null => (f && f.value !== null && !f.flags.includes('ambiguous') ? f.value : null);

/**
 * Fills the rows the row reading left unresolved from the anchored runs of the table's value
 * stream (in place); a row the runs read in two ways is left alone. Returns the keys it changed.
 */
export function fillFromAnchoredRuns(fill: TableFill, rows: readonly TableRow[]): string[] {
  const { table, specs, identities, fields, placements } = fill;
  const keys = specs.map((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  const open = keys.map((ks) => ks.some((k) => resolvedValue(fields.get(k)) === null));
  if (!open.some(Boolean)) return [];
  const stream = streamValues(rows);
  if (!stream || stream.length === 0) return [];
  // Anchors: rows whose every value was placed by its label.
  const known = keys.map((ks, r) => (!open[r] && ks.every((k) => placements.get(k)?.by === 'label') ? ks.map((k) => resolvedValue(fields.get(k))!) : null));
  const runs = anchoredRuns(table, stream.map((t) => t.value), specs, identities, known);
  const readings = new Map<number, Set<string>>();
  for (const run of runs) run.rows.forEach((row, i) => {
    const r = run.from + i;
    if (open[r]) readings.set(r, (readings.get(r) ?? new Set()).add(row.join(',')));
  });
  const groups: Group[] = [];
  for (const [r, found] of readings) {
    if (found.size !== 1) continue;
    const row = [...found][0]!.split(',').map(Number);
    groups.push({ id: `${table}.run.${r}`, keys: keys[r]!, candidates: [{ cost: 0, cells: row.map((value) => ({ value, flags: [] })) }] });
  }
  const kept = keptByIdentities(groups, identities, fields);
  if (kept.length === 0) return [];
  const source: SourceRef = { ...stream[0]!.source, text: `table stream: ${groups.length} rows read between rows placed by their labels` };
  return fillFromGroups(kept, identities, fields, placements, source);
}
