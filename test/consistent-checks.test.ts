/**
 * The consistent search's budget of identity checks (solve/work `checks`): a node completing a
 * combination checks every identity, so a space whose bounds prune nothing (an identity with a
 * subtracted part is checked only on whole combinations) is bounded by those checks, not by its
 * nodes alone (breakit61: a table cut at the page's edge, rows of 21–35 readings, 128 700 whole
 * combinations of 43 identities per search, a 3-page PDF 45 s).
 */
import { consistentSearch, consistentWitnesses, TRIES_PER_NODE } from '../src/solve/consistent.js';
import { workOf } from '../src/solve/work.js';
import type { Group } from '../src/solve/types.js';

// Six rows of ten readings each (a value 0–9); t = a0 + … + a4 − a5 with t printed −1: no combination holds it, the bound
// (not additive) prunes nothing, so every one of the 10^6 combinations is reached whole.
const rows: Group[] = Array.from({ length: 6 }, (_, i) => ({
  id: `g${i}`,
  keys: [`a${i}`],
  candidates: Array.from({ length: 10 }, (_, v) => ({ cells: [{ value: v, flags: [] }], cost: 0 })),
}));
const total: Group = { id: 't', keys: ['t'], candidates: [{ cells: [{ value: 100, flags: [] }], cost: 0 }] };
const identities = [{ id: 'odd', total: 't', parts: ['a0', 'a1', 'a2', 'a3', 'a4', '-a5'] }];

describe('consistentSearch identity checks', () => {
  it('should give up once its whole combinations have spent the identity checks of its budget', () => {
    const work = workOf(10_000_000, 2_000);
    expect(consistentSearch([...rows, total], identities, work, false)).toBe('gaveUp');
    expect(work.checks).toBeLessThan(1);
    // Nodes left over: the checks stopped it, not the nodes.
    expect(work.left).toBeGreaterThan(9_000_000);
  });

  it('should search as before under a budget without checks (none consistent: null)', () => {
    const small = rows.slice(0, 3);
    const ids = [{ id: 'odd', total: 't', parts: ['a0', 'a1', '-a2'] }];
    expect(consistentSearch([...small, total], ids, workOf(1_000_000), false)).toBeNull();
  });
});

/**
 * Readings tried count against the node budget (TRIES_PER_NODE), and so does setting a search out: a row fused into
 * one long run has tens of thousands of readings, most cut by the bounds at once, and a node loops over all of them —
 * glued-row-variants seed 3 ran past its 2·10^9 document steps (111 s) in the witness searches, one per reading.
 */
describe('consistentSearch readings tried', () => {
  // t = a + b with t = 5; a has one reading (7: already past the total), b 100 000 readings: none consistent.
  const a: Group = { id: 'a', keys: ['a'], candidates: [{ cells: [{ value: 7, flags: [] }], cost: 0 }] };
  const many = (id: string, n: number): Group => ({ id, keys: [id], candidates: Array.from({ length: n }, (_, v) => ({ cells: [{ value: v, flags: [] }], cost: 0 })) });
  const ids = [{ id: 'sum', total: 't', parts: ['a', 'b'] }];
  const t: Group = { id: 't', keys: ['t'], candidates: [{ cells: [{ value: 5, flags: [] }], cost: 0 }] };

  it('should charge the readings it tries and sets out with to its budget', () => {
    const work = workOf(1_000_000);
    expect(consistentSearch([a, many('b', 100_000), t], ids, work, false)).toBeNull();
    expect(1_000_000 - work.left).toBeGreaterThanOrEqual(Math.floor(100_000 / TRIES_PER_NODE));
  });

  it('should give up, not try every reading, once they have spent a small budget', () => {
    expect(consistentSearch([t, many('b', 100_000), a], ids, workOf(1_000), false)).toBe('gaveUp');
  });

  it('should leave the readings of witness searches past the budget doubtful', () => {
    const r = consistentWitnesses([many('a', 3_000), many('b', 3_000), t], ids, workOf(5_000));
    // a + b = 5 has witnesses; the budget ends long before one search per reading of 3 000 + 3 000 has run.
    expect(r).not.toBeNull();
    expect((r!.doubtful ?? []).flat().length).toBeGreaterThan(0);
  });
});
