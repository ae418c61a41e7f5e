/**
 * `propagateSlots` (solve/propagate.ts) is `propagate` over identities compiled to numbered slots:
 * summarize (solve/index.ts) runs it once per survivor, 5 000 of them where a consistent search gave
 * up (fresh49 k2-2002-lohtml.pm-M6: ~0.3 s of one core per solve over a Map of keys). It must fill the
 * same values, derive the same keys and count the same violations, whatever the identities and
 * values: seeded random tables of identities sharing keys (totals of totals, subtracted parts, one
 * id on two identities), values known, unknown (undefined), not applicable (null), negative sums.
 */
import { compileIdentities, propagate, propagateSlots } from '../src/solve/propagate.js';
import type { CellValue } from '../src/solve/types.js';
import type { Identity } from '../src/template/index.js';
import { rng } from '../scripts/template-data.mjs';

function randomCase(seed: number): { identities: Identity[]; values: Map<string, CellValue> } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const keys = Array.from({ length: 4 + Math.floor(r() * 10) }, (_, i) => `k${i}`);
  const identities: Identity[] = Array.from({ length: 1 + Math.floor(r() * 8) }, (_, i) => {
    const parts = Array.from({ length: 1 + Math.floor(r() * 4) }, () => (r() < 0.2 ? '-' : '') + pick(keys));
    return { id: r() < 0.15 && i > 0 ? 'shared' : `id${i}`, total: pick(keys), parts };
  });
  const values = new Map<string, CellValue>();
  for (const k of keys) {
    const x = r();
    if (x < 0.35) continue; // unknown: absent
    values.set(k, x < 0.45 ? null : x < 0.5 ? undefined : Math.round(r() * 40) / (r() < 0.2 ? 10 : 1));
  }
  return { identities, values };
}

describe('propagateSlots', () => {
  it('fills, derives and counts as propagate does (2 000 seeded tables)', () => {
    const mismatches: string[] = [];
    let derivedSome = 0;
    let violatedSome = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const { identities, values } = randomCase(seed);
      const slots = new Map<string, number>();
      const slotOf = (k: string): number => slots.get(k) ?? (slots.set(k, slots.size), slots.size - 1);
      for (const k of values.keys()) slotOf(k);
      const compiled = compileIdentities(identities, slotOf);
      const arr: CellValue[] = new Array<CellValue>(slots.size).fill(undefined);
      for (const [k, v] of values) arr[slotOf(k)] = v;
      const byMap = new Map(values);
      const expected = propagate(byMap, identities);
      const derived: number[] = [];
      const violations = propagateSlots(arr, compiled, derived);
      const names = [...slots.keys()];
      const got = JSON.stringify({ violations, derived: derived.map((s) => names[s]), values: names.map((k) => String(arr[slotOf(k)])) });
      const want = JSON.stringify({ violations: expected.violations, derived: [...expected.derived], values: names.map((k) => String(byMap.get(k))) });
      if (got !== want) mismatches.push(`seed ${seed}: ${got} ≠ ${want}`);
      if (expected.derived.size > 0) derivedSome++;
      if (expected.violations > 0) violatedSome++;
    }
    expect(mismatches).toEqual([]);
    // The cases exercise both paths.
    expect(derivedSome).toBeGreaterThan(200);
    expect(violatedSome).toBeGreaterThan(200);
  });
});
