/**
 * @file Values moved from the template's columns to the columns a header prints (a determined swap of
 * interchangeable columns): per row, every value and its placement, as one permutation.
 */
import type { SolvedField } from '../solve/index.js';
import type { Placement } from './table-rows.js';

/** Moves each row's values from the template column to the printed one (`moves`: template key → printed key). */
export function applyMoves(prefix: string, moves: ReadonlyMap<string, string>, rowOf: (key: string) => [string, string] | null, fields: Map<string, SolvedField>, placements: Map<string, Placement>): void {
  const rows = new Set<string>();
  for (const key of fields.keys()) {
    const parts = rowOf(key);
    if (parts && key.startsWith(prefix) && moves.has(parts[1])) rows.add(parts[0]);
  }
  for (const row of rows) {
    const f = new Map<string, SolvedField | undefined>();
    const p = new Map<string, Placement | undefined>();
    for (const from of moves.keys()) {
      f.set(from, fields.get(row + from));
      p.set(from, placements.get(row + from));
    }
    for (const [from, to] of moves) {
      const sf = f.get(from);
      const sp = p.get(from);
      if (sf) fields.set(row + to, sf);
      else fields.delete(row + to);
      if (sp) placements.set(row + to, sp);
      else placements.delete(row + to);
    }
  }
}

/** 'requests.granted.commercial' → ['requests.granted.', 'commercial']. */
export const lastDot = (key: string): [string, string] | null => {
  const i = key.lastIndexOf('.');
  return i < 0 ? null : [key.slice(0, i + 1), key.slice(i + 1)];
};
/** 'reviewLitigation.litigationDirect.total' → ['reviewLitigation.', 'litigationDirect.total']. */
export const reviewGroupOf = (key: string): [string, string] | null => {
  const m = /^(reviewLitigation\.)([^.]+)(\..+)$/.exec(key);
  return m ? [m[1]!, m[2]! + m[3]!] : null;
};
