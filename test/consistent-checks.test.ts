/**
 * The consistent search's budget of identity checks (solve/work `checks`): a node completing a
 * combination checks every identity, so a space whose bounds prune nothing (an identity with a
 * subtracted part is checked only on whole combinations) is bounded by those checks, not by its
 * nodes alone (breakit61: a table cut at the page's edge, rows of 21–35 readings, 128 700 whole
 * combinations of 43 identities per search, a 3-page PDF 45 s).
 */
import { consistentSearch } from '../src/solve/consistent.js';
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
