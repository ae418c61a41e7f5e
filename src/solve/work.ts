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
  /**
   * Identity checks left for the combinations a consistent search reaches whole (each checks every
   * identity: `propagate`), when the budget bounds them: a step of `left` is one search node, but a
   * node that completes a combination costs a check per identity — a cut table's rows of 21–35
   * readings reached 128 700 whole combinations of 43 identities in one search, 8 s of CPU.
   */
  checks?: number;
}

/** A budget of `steps` (and of `checks` identity checks of whole combinations, when given). */
export const workOf = (steps: number, checks?: number): Work => (checks === undefined ? { left: steps } : { left: steps, checks });

/** Spends `n` identity checks of `work`: false once fewer were left (a budget without `checks` never runs out of them). */
export function spendChecks(work: Work, n: number): boolean {
  if (work.checks === undefined) return true;
  if (work.checks < n) return false;
  work.checks -= n;
  return true;
}

/** Spends one step of `work`: false once none was left. Counts against the document's budget too (`tick`). */
export function spend(work: Work): boolean {
  tick();
  if (work.left <= 0) return false;
  work.left--;
  return true;
}
