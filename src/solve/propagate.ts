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

/** An identity's members with their signs: its total −1, each part +1 or −1 (Σ sign · value is 0 where it holds). */
export function signedMembers(identity: Identity): [string, 1 | -1][] {
  return [[identity.total, -1], ...identity.parts.map((p): [string, 1 | -1] => {
    const { key, sign } = parsePart(p);
    return [key, sign];
  })];
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

/**
 * Identities compiled over numbered slots (`slotOf` gives each key its index in a values array): for a
 * loop that propagates over the same identities thousands of times (summarize: one propagate per
 * survivor, 5 000 survivors of a search that gave up — a 3.9 KB pdfminer dump spent ~0.3 s of one core
 * per solve in Map lookups of the keys). `propagateSlots` is `propagate` over such an array: the same
 * passes in the same order, the same sums in the same order, the same values.
 */
export interface CompiledIdentities {
  /** Per identity, its terms in `slot`/`sign` from `start[i]` to `start[i + 1]` (the total first, sign −1). */
  start: Int32Array;
  slot: Int32Array;
  sign: Int8Array;
  /** Per identity, the index of its id (identities sharing an id are infeasible together, as `propagate`'s set of ids). */
  idOf: Int32Array;
  ids: number;
}

/** Compiles `identities` over the slots `slotOf` gives their keys. */
export function compileIdentities(identities: readonly Identity[], slotOf: (key: string) => number): CompiledIdentities {
  const start = new Int32Array(identities.length + 1);
  const slots: number[] = [];
  const signs: number[] = [];
  const idIndex = new Map<string, number>();
  const idOf = new Int32Array(identities.length);
  identities.forEach((id, i) => {
    start[i] = slots.length;
    for (const t of termsOf(id)) {
      slots.push(slotOf(t.key));
      signs.push(t.sign);
    }
    let n = idIndex.get(id.id);
    if (n === undefined) idIndex.set(id.id, (n = idIndex.size));
    idOf[i] = n;
  });
  start[identities.length] = slots.length;
  return { start, slot: Int32Array.from(slots), sign: Int8Array.from(signs), idOf, ids: idIndex.size };
}

/**
 * `propagate` over `values` indexed by slot (undefined: unknown; null: not applicable): fills what the
 * identities determine in place, pushes each slot filled onto `derived`, and returns the violations.
 */
export function propagateSlots(values: CellValue[], c: CompiledIdentities, derived: number[]): number {
  const { start, slot, sign, idOf } = c;
  const n = start.length - 1;
  const infeasible = new Uint8Array(c.ids);
  let infeasibleCount = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (infeasible[idOf[i]!]) continue;
      // solveOne: exactly one unknown term, solved from the others.
      const a = start[i]!;
      const b = start[i + 1]!;
      let target = -1;
      let several = false;
      for (let t = a; t < b; t++) {
        if (values[slot[t]!] !== undefined) continue;
        if (target >= 0) {
          several = true;
          break;
        }
        target = t;
      }
      if (several || target < 0) continue;
      let rest = 0;
      let none = false;
      for (let t = a; t < b; t++) {
        if (t === target) continue;
        const v = values[slot[t]!];
        if (v === null) {
          none = true;
          break;
        }
        rest += sign[t]! * v!;
      }
      if (none) continue;
      const value = -rest / sign[target]!;
      if (value < -EPSILON) {
        if (!infeasible[idOf[i]!]) infeasibleCount++;
        infeasible[idOf[i]!] = 1;
        continue;
      }
      values[slot[target]!] = roundSum(value);
      derived.push(slot[target]!);
      changed = true;
    }
  }
  let violations = infeasibleCount;
  for (let i = 0; i < n; i++) {
    if (infeasible[idOf[i]!]) continue;
    const a = start[i]!;
    const b = start[i + 1]!;
    const total = values[slot[a]!];
    // sumParts: undefined when a part is unknown.
    let sum = 0;
    let known = true;
    for (let t = a + 1; t < b; t++) {
      const v = values[slot[t]!];
      if (v === undefined) {
        known = false;
        break;
      }
      sum += sign[t]! * (v ?? 0);
    }
    if (total === undefined || !known) continue;
    if (Math.abs((total ?? 0) - sum) > EPSILON) violations++;
  }
  return violations;
}
