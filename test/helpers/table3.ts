/**
 * @file A consistent 2021 table 三 for tests: each outcome row's six applicant columns from `cell`,
 * every row's total, the totalHandled sums, and carriedOver / carriedForward / newReceived so that
 * every identity of the table holds.
 */
import { TEMPLATE_2021 } from '../../src/template/index.js';

const SPECS = TEMPLATE_2021.requestRows;
const OUTCOMES = SPECS.filter((s) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(s.key));

/** Row key → its 7 values (six applicant columns, then the total). `cell(i, c)`: outcome row i's column c. */
export function consistentRequests(cell: (row: number, col: number) => number, over = [1, 0, 0, 0, 2, 0], forward = [0, 2, 0, 0, 0, 1]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  const withTotal = (parts: number[]) => [...parts, parts.reduce((a, b) => a + b, 0)];
  OUTCOMES.forEach((s, i) => rows.set(s.key, withTotal([0, 1, 2, 3, 4, 5].map((c) => cell(i, c)))));
  const handled = [0, 1, 2, 3, 4, 5].map((c) => OUTCOMES.reduce((a, s) => a + rows.get(s.key)![c]!, 0));
  rows.set('totalHandled', withTotal(handled));
  rows.set('carriedOver', withTotal(over));
  rows.set('carriedForward', withTotal(forward));
  rows.set('newReceived', withTotal(handled.map((h, c) => h + forward[c]! - over[c]!)));
  return rows;
}

/** The same in template row order. */
export function consistentRequestGrid(cell: (row: number, col: number) => number, over?: number[], forward?: number[]): number[][] {
  const rows = consistentRequests(cell, over, forward);
  return SPECS.map((s) => rows.get(s.key)!);
}
