/**
 * @file Identities over a key → value map: fill unknowns that an identity determines, and count
 * the identities that do not hold. Not-applicable cells (null) count as 0 in sums.
 */
import type { Identity } from '../template/index.js';
import type { Candidate, CellValue, Group } from './types.js';

/** Absolute tolerance for sums (万元 amounts carry decimals). The solver, the checks and every sum test of the map stage share it. */
export const EPSILON = 1e-6;

/** Rounds a sum to the tolerance, so that 0.1 + 0.2 prints as 0.3. */
export function roundSum(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A part key may carry a leading '-' (subtracted), as in newReceived = totalHandled + carriedForward − carriedOver. */
export function parsePart(part: string): { key: string; sign: 1 | -1 } {
  return part.startsWith('-') ? { key: part.slice(1), sign: -1 } : { key: part, sign: 1 };
}

/** Keys an identity touches. */
export function identityKeys(identity: Identity): string[] {
  let keys = memberKeys.get(identity);
  if (!keys) memberKeys.set(identity, (keys = [identity.total, ...identity.parts.map((p) => parsePart(p).key)]));
  return keys.slice();
}

/** `identityKeys` by identity (the stages ask it of the template's same identities over and over); callers get a copy. */
const memberKeys = new WeakMap<Identity, readonly string[]>();

/** A signed term of an identity: the total with sign −1, then the parts (parsePart). */
export interface Term {
  key: string;
  sign: 1 | -1;
}

/** Terms by identity: the solver's search propagates over the same identities for every combination of readings. */
const identityTerms = new WeakMap<Identity, readonly Term[]>();

/** The identity as terms summing to 0: −total + Σ signed parts. */
export function termsOf(identity: Identity): readonly Term[] {
  let terms = identityTerms.get(identity);
  if (!terms) identityTerms.set(identity, (terms = [{ key: identity.total, sign: -1 }, ...identity.parts.map(parsePart)]));
  return terms;
}

/** Σ parts for an identity; undefined if any part is unknown. */
export function sumParts(identity: Identity, values: ReadonlyMap<string, CellValue>): number | undefined {
  let sum = 0;
  const terms = termsOf(identity);
  for (let i = 1; i < terms.length; i++) {
    const { key, sign } = terms[i]!;
    const v = values.get(key);
    if (v === undefined) return undefined;
    sum += sign * (v ?? 0);
  }
  return sum;
}

/** Sets `group`'s keys in `values` to reading `c`'s cells (a missing cell: unknown). */
export function assign(values: Map<string, CellValue>, group: Group, c: Candidate): void {
  group.keys.forEach((k, i) => values.set(k, c.cells[i]?.value));
}

/** Result of filling one combination of readings. */
export interface Propagated {
  violations: number;
  derived: Set<string>;
}

/** Solves an identity with exactly one unknown: the key filled, 'none', or 'infeasible' (negative). */
function solveOne(identity: Identity, values: Map<string, CellValue>): string | 'none' | 'infeasible' {
  const terms = termsOf(identity);
  let target: Term | undefined;
  for (const t of terms) {
    if (values.get(t.key) !== undefined) continue;
    if (target) return 'none';
    target = t;
  }
  if (!target) return 'none';
  let rest = 0;
  for (const t of terms) {
    if (t === target) continue;
    const v = values.get(t.key);
    // A cell printed not applicable ('/') holds no number the total left out: the identity determines no other cell through it
    // (breakit59 pandoc-docx-docx2txt: a '/' row whose numbers the 总计 counted, a short （六） row derived as their sum, 0.85 wrong).
    if (v === null) return 'none';
    rest += t.sign * v!;
  }
  const value = -rest / target.sign;
  if (value < -EPSILON) return 'infeasible';
  values.set(target.key, roundSum(value));
  return target.key;
}

/** Fills what the identities determine (in place) and counts violated identities. */
export function propagate(values: Map<string, CellValue>, identities: readonly Identity[]): Propagated {
  const derived = new Set<string>();
  let violations = 0;
  const infeasible = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of identities) {
      if (infeasible.has(id.id)) continue;
      const r = solveOne(id, values);
      if (r === 'infeasible') infeasible.add(id.id);
      if (r === 'none' || r === 'infeasible') continue;
      derived.add(r);
      changed = true;
    }
  }
  violations += infeasible.size;
  for (const id of identities) {
    if (infeasible.has(id.id)) continue;
    const total = values.get(id.total);
    const sum = sumParts(id, values);
    if (total === undefined || sum === undefined) continue;
    if (Math.abs((total ?? 0) - sum) > EPSILON) violations++;
  }
  return { violations, derived };
}
