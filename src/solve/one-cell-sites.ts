/**
 * @file The one-cell case of src/score/failure-site.ts, for the stages that choose a reading: the
 * printed cells of which one error alone explains every identity that fails (a total printed wrong
 * fails its row and the balance of its column by the same amount). map/stream-breaks and
 * map/anchored-runs keep a reading so; the solver reads a table as printed so (printed-fallback).
 */
import type { Identity } from '../template/index.js';
import { EPSILON, parsePart } from './propagate.js';

/**
 * The cells of which one printed error alone explains every failed identity of `identities` under
 * `values` ([] when none fails); null when no one cell does, or some member is unknown.
 */
export function oneCellSites(values: ReadonlyMap<string, number | undefined>, identities: readonly Identity[]): string[] | null {
  const eqs: { coef: Map<string, number>; residual: number }[] = [];
  for (const id of identities) {
    const coef = new Map<string, number>([[id.total, 1]]);
    let residual = values.get(id.total);
    if (residual === undefined) return null;
    for (const p of id.parts) {
      const { key, sign } = parsePart(p);
      const v = values.get(key);
      if (v === undefined) return null;
      residual -= sign * v;
      coef.set(key, (coef.get(key) ?? 0) - sign);
    }
    eqs.push({ coef, residual });
  }
  const failed = eqs.filter((q) => Math.abs(q.residual) > EPSILON);
  if (failed.length === 0) return [];
  const alone = (k: string): boolean => {
    let e: number | undefined;
    for (const q of eqs) {
      const a = q.coef.get(k) ?? 0;
      if (a === 0) {
        if (Math.abs(q.residual) > EPSILON) return false;
        continue;
      }
      const x = q.residual / a;
      if (Math.abs(x) <= EPSILON || (e !== undefined && Math.abs(e - x) > EPSILON)) return false;
      e = x;
    }
    return e !== undefined;
  };
  const sites = [...failed[0]!.coef.keys()].filter(alone);
  return sites.length > 0 ? sites : null;
}
