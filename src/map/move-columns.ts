/**
 * @file Values moved from the template's columns to the columns a header prints (a determined swap of
 * interchangeable columns): per row, every value and its placement, as one permutation.
 */
import type { SolvedField } from '../solve/index.js';
import type { Placement } from './table-rows.js';

/**
 * Moves each row's values from the template column to the printed one (`moves`: template key → printed key).
 * A moved value of a row with an ambiguous or repaired cell is marked `orderOpen` (score: ≤ 0.75): the row
 * printed fewer numbers than columns (empty cells collapsed by a dump: BeautifulSoup's get_text, a layout
 * dump), and the solver kept the values it could place by the template's columns — the last printed value
 * as 总计, the template's last column — leaving the others ambiguous or filling them as blanks. Moved to the printed order (总计
 * printed first), that value lands in a category column (其他) nothing places: an empty category prints
 * nothing, so the row's last number is any category's (breakit54 bs4-pipe/r17, ptt-layout-a5/r17: 19
 * values at 0.85 in otherOrg, golden 0; '25 25' read as otherOrg 25 beside five filled blanks).
 */
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
    const undecided = [...f.values()].some((sf) => sf?.flags.some((x) => x === 'ambiguous' || x === 'repaired') === true);
    for (const [from, to] of moves) {
      const sf = f.get(from);
      const sp = p.get(from);
      if (sf) fields.set(row + to, sf);
      else fields.delete(row + to);
      // A value of a row read undecided (cells ambiguous, or filled by the identities), moved: its place was the template's column rule, not the printed order.
      if (sp) placements.set(row + to, undecided && from !== to && !sf?.flags.includes('ambiguous') ? { ...sp, orderOpen: true } : sp);
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
