/**
 * The consistent search's check of a whole combination on slot arrays (solve/leaf-check) gives
 * `propagate`'s answer (violations === 0) on every combination: random rows of numbers, blanks
 * (unknown) and not-applicable cells, keys read by two rows, identities with subtracted parts,
 * chains that derive a cell from a derived one, and derivations that go negative.
 */
import { holds, leafCells, leafCheck, writeCells } from '../src/solve/leaf-check.js';
import { assign, propagate } from '../src/solve/propagate.js';
import type { CellValue, Group } from '../src/solve/types.js';
import type { Identity } from '../src/template/index.js';

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

function cell(r: () => number): CellValue {
  const x = r();
  if (x < 0.2) return undefined;
  if (x < 0.3) return null;
  return x < 0.4 ? Math.round(r() * 40) / 10 : Math.floor(r() * 6);
}

function instance(seed: number): { groups: Group[]; identities: Identity[] } {
  const r = rng(seed);
  const groups: Group[] = Array.from({ length: 2 + Math.floor(r() * 3) }, (_, gi) => {
    const keys = KEYS.filter(() => r() < 0.4).slice(0, 4);
    if (keys.length === 0) keys.push(KEYS[gi]!);
    return { id: `g${gi}`, keys, candidates: Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({ cells: keys.map(() => ({ value: cell(r), flags: [] })), cost: 0 })) };
  });
  const identities: Identity[] = Array.from({ length: 1 + Math.floor(r() * 4) }, (_, i) => {
    const [total, ...rest] = KEYS.filter(() => r() < 0.5);
    return { id: `i${i}`, total: total ?? 'z', parts: (rest.length ? rest : ['y']).map((k) => (r() < 0.2 ? `-${k}` : k)) };
  });
  return { groups, identities };
}

describe('leaf-check holds', () => {
  it("should agree with propagate's violations on every combination of random rows", () => {
    let agreed = 0;
    let held = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const { groups, identities } = instance(seed);
      const check = leafCheck(groups, identities);
      const visit = (gi: number): void => {
        if (gi === groups.length) {
          const values = new Map<string, CellValue>();
          // (Filled as the search writes them: a key two rows read holds the later's.)
          for (const g of groups) assign(values, g, g.candidates[picks[groups.indexOf(g)]!]!);
          const want = propagate(values, identities).violations === 0;
          expect(holds(check)).toBe(want);
          agreed++;
          if (want) held++;
          return;
        }
        groups[gi]!.candidates.forEach((c, ci) => {
          picks[gi] = ci;
          writeCells(check, gi, leafCells(c, groups[gi]!.keys.length));
          visit(gi + 1);
        });
      };
      const picks = groups.map(() => 0);
      visit(0);
    }
    // Both answers occur often enough for the agreement to mean something.
    expect(held).toBeGreaterThan(50);
    expect(agreed - held).toBeGreaterThan(50);
  });
});
