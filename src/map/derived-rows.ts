/**
 * @file Table 三 rows that no reading placed, worked out from the identities and found among the
 * stream's values left over. A narrow page's plain `pdftotext` cuts the value columns into text
 * blocks read in changing order (map/column-blocks): the last rows — （七）总计 and
 * 四、结转下年度继续办理 — often print their values before, between or after their labels in an
 * order no reading recovers, and are left missing while every other row is read. Their values are
 * determined by the rows read: each cell is the one unknown of an identity whose other cells are
 * read (总计 = Σ the outcome rows; 结转 = 新收 + 上年结转 − 总计). Such a row is filled only when the
 * whole row is left unread, each of its cells is determined (identities that give a cell two values
 * leave the row alone) and every value it gets is among the table's printed values no read field
 * took (the row is printed: its values must be there). When two or three rows are left open and
 * every other row is read, the identities leave one value free per column (总计 and 结转 open with
 * an outcome row: 新收 = 总计 + 结转 − 上年结转, 总计 = Σ outcomes); the free value is tried at each
 * value left over, and the rows are filled only when exactly one reading takes all its values from
 * those left over and keeps the rows' totals. The values rest on rows read by position, so they are
 * flagged `derived` and stay below 0.9 (src/score caps `derived`).
 */
import type { SourceRef } from '../model/document.js';
import { EPSILON, identityKeys, parsePart } from '../solve/propagate.js';
import type { SolvedField } from '../solve/types.js';
import type { TableRow } from '../tables/build-rows.js';
import type { Identity } from '../template/index.js';
import type { TableFill } from './table-fill.js';
import { tick } from '../_internal/work-budget.js';
import { pushAll } from '../_internal/extremes.js';

/** A field the reading left without a value (missing or ambiguous). */
const open = (f: SolvedField | undefined): boolean => !f || f.value === null || f.flags.includes('ambiguous');

/** A plain count token's value, or null. */
function count(v: TableRow['values'][number]): number | null {
  return v.kind === 'num' && /^\d+$/.test(v.raw) ? v.value : null;
}

/** The value of `key` that `id` determines from the other cells (all read), or null. */
function solveFor(id: Identity, key: string, known: (k: string) => number | null): number | null {
  const others = identityKeys(id).filter((k) => k !== key);
  if (others.length !== identityKeys(id).length - 1) return null;
  const vals = others.map(known);
  if (vals.some((v) => v === null)) return null;
  const parts = id.parts.map(parsePart);
  const partSum = (skip: string | null): number => parts.reduce((s, p) => (p.key === skip ? s : s + p.sign * known(p.key)!), 0);
  if (id.total === key) return partSum(null);
  const mine = parts.find((p) => p.key === key)!;
  return (known(id.total)! - partSum(key)) * mine.sign;
}

/** Removes one occurrence of each of `values` from `pool`; false (pool untouched) when one is not there. */
function takeAll(pool: Map<number, number>, values: readonly number[]): boolean {
  const need = new Map<number, number>();
  for (const v of values) need.set(v, (need.get(v) ?? 0) + 1);
  if ([...need].some(([v, n]) => (pool.get(v) ?? 0) < n)) return false;
  for (const [v, n] of need) pool.set(v, pool.get(v)! - n);
  return true;
}

/**
 * Fills whole rows left unread whose every cell an identity determines from read cells and whose
 * values are among the printed values no field took (in place); returns the keys it set.
 */
export function fillFromDerivedRows(fill: TableFill, rows: readonly TableRow[]): string[] {
  const { table, specs, identities, fields, placements } = fill;
  const keys = specs.map((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  if (!keys.some((ks) => ks.every((k) => open(fields.get(k))))) return [];
  // The printed values, less one occurrence of each value a read field holds.
  const pool = new Map<number, number>();
  for (const r of rows) for (const v of r.values) {
    const n = count(v);
    if (n !== null) pool.set(n, (pool.get(n) ?? 0) + 1);
  }
  for (const k of keys.flat()) {
    const f = fields.get(k);
    if (!open(f) && (pool.get(f!.value!) ?? 0) > 0) pool.set(f!.value!, pool.get(f!.value!)! - 1);
  }
  const known = (k: string): number | null => {
    const f = fields.get(k);
    return open(f) ? null : f!.value;
  };
  const byKey = new Map<string, Identity[]>();
  for (const id of identities) for (const k of identityKeys(id)) byKey.set(k, [...(byKey.get(k) ?? []), id]);
  const set: string[] = [];
  const source: SourceRef = { ...(rows.find((r) => r.values.length > 0)?.source ?? { line: 0, text: '' }), text: 'table stream: row derived from the identities, its values among those printed and not read' };
  for (let changed = true; changed; ) {
    changed = false;
    for (const ks of keys) {
      if (!ks.every((k) => open(fields.get(k)))) continue;
      const values = ks.map((k) => {
        const got = (byKey.get(k) ?? []).map((id) => solveFor(id, k, known)).filter((v): v is number => v !== null);
        return got.length > 0 && got.every((v) => Math.abs(v - got[0]!) < EPSILON) ? got[0]! : null;
      });
      if (values.some((v) => v === null || v < 0 || !Number.isInteger(v))) continue;
      if (!takeAll(pool, values as number[])) continue;
      ks.forEach((k, i) => {
        fields.set(k, { value: values[i]!, flags: ['derived'] });
        placements.set(k, { by: 'position', labelScore: 0, source });
      });
      pushAll(set, ks);
      changed = true;
    }
  }
  // Rows still open that the identities leave one value free per column: the one reading whose every value is printed and left over.
  const openRows = keys.filter((ks) => ks.every((k) => open(fields.get(k))));
  if (openRows.length < 2 || keys.some((ks) => !openRows.includes(ks) && ks.some((k) => open(fields.get(k))))) return set;
  const reading = printedReading(openRows, specs[0]!.columns, identities, known, pool);
  if (!reading) return set;
  for (const [k, value] of reading) {
    fields.set(k, { value, flags: ['derived'] });
    placements.set(k, { by: 'position', labelScore: 0, source });
    set.push(k);
  }
  return set;
}

/** Assignments the search of {@link printedReading} tries before it gives up (the rows stay missing). */
const SEARCH_BUDGET = 100_000;

/**
 * Values for whole rows left open (`openRows`, keys by column) when the identities fix every cell once
 * one cell per column is chosen (新收 = 总计 + 结转 − 上年结转 and 总计 = Σ outcomes, with two of these
 * rows open): each column's free cell tried at every value left over, the others worked out; a reading
 * must take its values from the leftover `pool` (each printed value once) and keep the rows' totals.
 * Returns the reading when exactly one exists; null when none, several, or the search is too long.
 */
function printedReading(openRows: readonly string[][], columns: readonly string[], identities: readonly Identity[], known: (k: string) => number | null, pool: Map<number, number>): Map<string, number> | null {
  const columnIds = columns.map((c) => identities.filter((id) => identityKeys(id).every((k) => k.endsWith(`.${c}`))));
  const rowIds = identities.filter((id) => !columnIds.flat().includes(id) && identityKeys(id).some((k) => openRows.flat().includes(k)));
  const values = [...pool].filter(([, n]) => n > 0).map(([v]) => v);
  let steps = 0;
  const perColumn: Map<string, number>[][] = [];
  for (const [j] of columns.entries()) {
    const cells = openRows.map((ks) => ks[j]!);
    const tryWith = (seed: Map<string, number>): Map<string, number> | null | 'free' => {
      const a = propagate(seed, columnIds[j]!, known);
      if (!a) return null;
      return cells.every((k) => a.has(k)) ? a : 'free';
    };
    const first = tryWith(new Map());
    if (first === null) return null;
    if (first !== 'free') {
      perColumn.push([first]);
      continue;
    }
    const pivot = cells[0]!;
    const found: Map<string, number>[] = [];
    for (const v of values) {
      const a = tryWith(new Map([[pivot, v]]));
      if (a === 'free') return null;
      if (a && takeAll(new Map(pool), cells.map((k) => a.get(k)!))) found.push(a);
    }
    if (found.length === 0) return null;
    perColumn.push(found);
  }
  const readings: Map<string, number>[] = [];
  const chosen: Map<string, number>[] = [];
  const search = (j: number): void => {
    tick();
    if (readings.length > 1 || ++steps > SEARCH_BUDGET) return;
    if (j === columns.length) {
      const all = new Map(chosen.flatMap((m) => [...m]));
      const value = (k: string): number | null => all.get(k) ?? known(k);
      if (rowIds.every((id) => Math.abs(id.parts.reduce((s, p) => s + parsePart(p).sign * value(parsePart(p).key)!, 0) - value(id.total)!) < EPSILON)) readings.push(all);
      return;
    }
    for (const a of perColumn[j]!) {
      const cells = openRows.map((ks) => a.get(ks[j]!)!);
      if (!takeAll(pool, cells)) continue;
      chosen.push(a);
      search(j + 1);
      chosen.pop();
      for (const v of cells) pool.set(v, pool.get(v)! + 1);
    }
  };
  search(0);
  if (steps > SEARCH_BUDGET || readings.length !== 1) return null;
  const reading = readings[0]!;
  return new Map(openRows.flat().map((k) => [k, reading.get(k)!]));
}

/**
 * The open cells of one column worked out from `seed` by its identities (each with one cell unknown),
 * or null when a value comes out negative or fractional or an identity with every cell known breaks.
 */
function propagate(seed: Map<string, number>, ids: readonly Identity[], known: (k: string) => number | null): Map<string, number> | null {
  const a = new Map(seed);
  const value = (k: string): number | null => a.get(k) ?? known(k);
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of ids) {
      const unknown = identityKeys(id).filter((k) => value(k) === null);
      if (unknown.length === 0) {
        const sum = id.parts.reduce((s, p) => s + parsePart(p).sign * value(parsePart(p).key)!, 0);
        if (Math.abs(sum - value(id.total)!) >= EPSILON) return null;
        continue;
      }
      if (unknown.length !== 1) continue;
      const v = solveFor(id, unknown[0]!, value);
      if (v === null || v < 0 || !Number.isInteger(v)) return null;
      a.set(unknown[0]!, v);
      changed = true;
    }
  }
  return a;
}
