/**
 * @file Enumeration of a space split into independent parts (factor.ts): each part's combinations
 * tried with its own identities, the best of each kept, never multiplied out. Exact: a
 * combination's violations and cost are the sums of its parts' (and of identities no reading
 * changes), so the best combinations of the whole are every combination of each part's best ones,
 * each part's in the order a full enumeration meets them. Only for keys read by one row each (factor.ts).
 */
import type { Identity } from '../template/index.js';
import type { Part } from './factor.js';
import { assign, propagate } from './propagate.js';
import type { CellValue, Group, SurvivorPart } from './types.js';

/** The best combinations of one part (fewest violations, then least cost), each as its groups' picks; `values` holds every group's cells, this part's changed and given back. */
function bestOfPart(groups: readonly Group[], part: Part, values: Map<string, CellValue>): SurvivorPart {
  const rows = part.groups.map((gi) => groups[gi]!);
  const varying = rows.flatMap((g, r) => (g.candidates.length > 1 ? [r] : []));
  const picks = new Uint32Array(rows.length);
  let best = { v: Infinity, cost: Infinity };
  let kept: Uint32Array[] = [];
  const visit = (j: number): void => {
    if (j === rows.length) {
      for (const r of varying) assign(values, rows[r]!, rows[r]!.candidates[picks[r]!]!);
      const cost = rows.reduce((s, g, r) => s + g.candidates[picks[r]!]!.cost, 0);
      const { violations, derived } = propagate(values, part.identities);
      for (const k of derived) values.set(k, undefined);
      if (violations < best.v || (violations === best.v && cost < best.cost)) (best = { v: violations, cost }), (kept = []);
      if (violations === best.v && cost === best.cost) kept.push(picks.slice());
      return;
    }
    for (let ci = 0; ci < rows[j]!.candidates.length; ci++) {
      picks[j] = ci;
      visit(j + 1);
    }
  };
  visit(0);
  return { groups: part.groups, identities: part.identities, picks: kept };
}

/**
 * The best combinations of `groups` under `identities`, the space split into `parts`: one block of
 * each part's best, and the fewest violations and least cost of a whole combination (one of them
 * propagated whole, so that identities no reading changes are counted as a full enumeration counts them).
 */
export function enumerateParts(groups: readonly Group[], identities: readonly Identity[], parts: readonly Part[]): { best: { v: number; cost: number }; block: SurvivorPart[] } {
  const values = new Map<string, CellValue>();
  for (const g of groups) assign(values, g, g.candidates[0]!);
  const block = parts.map((p) => bestOfPart(groups, p, values));
  const first = new Uint32Array(groups.length);
  for (const part of block) part.groups.forEach((gi, j) => (first[gi] = part.picks[0]![j]!));
  const whole = new Map<string, CellValue>();
  groups.forEach((g, gi) => assign(whole, g, g.candidates[first[gi]!]!));
  const { violations } = propagate(whole, identities);
  const cost = groups.reduce((s, g, gi) => s + g.candidates[first[gi]!]!.cost, 0);
  return { best: { v: violations, cost }, block };
}
