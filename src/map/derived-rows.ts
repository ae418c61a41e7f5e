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
 * took (the row is printed: its values must be there). The values rest on rows read by position,
 * so they are flagged `derived` and stay below 0.9 (src/score caps `derived`).
 */
import type { SourceRef } from '../model/document.js';
import { EPSILON, identityKeys, parsePart } from '../solve/propagate.js';
import type { SolvedField } from '../solve/types.js';
import type { TableRow } from '../tables/build-rows.js';
import type { Identity } from '../template/index.js';
import type { TableFill } from './table-fill.js';

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
      set.push(...ks);
      changed = true;
    }
  }
  return set;
}
