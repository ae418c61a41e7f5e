/**
 * score/identity-doubt `unseenFailures`: an identity left out of the checks (a member ambiguous) fails
 * only when no choice among its members' candidates satisfies it; when the candidates' partial sums
 * pass MAX_CANDIDATE_SUMS it is left undecided (no failure), however far past the bound they would go.
 */
import { MAX_CANDIDATE_SUMS, unseenFailures } from '../src/score/identity-doubt.js';
import type { SolvedField } from '../src/solve/index.js';

const known = (value: number): SolvedField => ({ value, flags: [] });
const ambiguous = (candidates: number[]): SolvedField => ({ value: null, flags: ['ambiguous'], candidates });

describe('unseenFailures over ambiguous members', () => {
  const id = { id: 't', total: 't', parts: ['a', 'b', 'c'] };
  it('fails an identity no candidate choice satisfies, and not one that some choice does', () => {
    const fields = new Map([['t', known(100)], ['a', ambiguous([1, 2])], ['b', ambiguous([10, 20])], ['c', known(5)]]);
    expect(unseenFailures([id], [], fields).map((c) => c.id)).toEqual(['t']);
    fields.set('c', known(78));
    expect(unseenFailures([id], [], fields)).toEqual([]);
  });
  it('leaves an identity undecided when its partial sums pass the bound, satisfiable or not', () => {
    // 400 × 400 distinct sums of two members: past the bound after a's and b's terms.
    const many = (step: number): number[] => Array.from({ length: 400 }, (_, i) => i * step);
    expect(400 * 400).toBeGreaterThan(MAX_CANDIDATE_SUMS);
    const fields = new Map([['t', known(-1)], ['a', ambiguous(many(1))], ['b', ambiguous(many(1000))], ['c', known(0)]]);
    expect(unseenFailures([id], [], fields)).toEqual([]);
  });
  it('fails a column of table 三 whose known parts already exceed its total, a part unread (rows48)', () => {
    // fresh48 k12_31: 社会公益组织 read 1 in 上年结转's row and again in 予以公开's, its 总计 1, 国家秘密's cell unread.
    const col = { id: 'c', total: 'requests.total.socialOrg', parts: ['requests.granted.socialOrg', 'requests.carried.socialOrg', 'requests.denied.stateSecret.socialOrg'] };
    const missing: SolvedField = { value: null, flags: ['missing'] };
    const fields = new Map([['requests.total.socialOrg', known(1)], ['requests.granted.socialOrg', known(1)], ['requests.carried.socialOrg', known(1)], ['requests.denied.stateSecret.socialOrg', missing]]);
    expect(unseenFailures([col], [], fields).map((c) => c.id)).toEqual(['c']);
    // Within the bound: the unread part may make it up.
    fields.set('requests.carried.socialOrg', known(0));
    expect(unseenFailures([col], [], fields)).toEqual([]);
    // Outside table 三 (a count that may be negative, 增/减): left undecided as before.
    const other = { id: 'o', total: 't', parts: ['a', 'b', 'c'] };
    expect(unseenFailures([other], [], new Map([['t', known(1)], ['a', known(1)], ['b', known(1)], ['c', missing]]))).toEqual([]);
  });
});
