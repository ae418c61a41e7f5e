/**
 * @file A budget of search steps. A search that stops on a budget changes what is output (what it
 * did not determine comes out ambiguous or missing), so the budget is counted in steps, never in
 * time: the same input gives the same output on a busy machine as on a quiet one. Only the
 * document-level timeout (`timeoutMs`) is a clock, and it fails the document rather than change it.
 */
import { tick } from '../_internal/work-budget.js';

/** Steps left of a budget; several searches may draw on one. */
export interface Work {
  left: number;
}

/** A budget of `steps`. */
export const workOf = (steps: number): Work => ({ left: steps });

/** Spends one step of `work`: false once none was left. Counts against the document's budget too (`tick`). */
export function spend(work: Work): boolean {
  tick();
  if (work.left <= 0) return false;
  work.left--;
  return true;
}
