/**
 * @file Whether a whole combination of readings breaks no identity, on arrays: `propagate`'s answer
 * (violations === 0) without a Map. The consistent search checks every combination it completes;
 * filling a Map of every key and propagating over it was most of the search's CPU (a cut table's
 * rows of many readings: 10–60 s a document, the per-document budget spent in 'solver'). Here each
 * key is a slot, each reading's cells are written into the slots of its group as the search picks it,
 * and the identities are terms over slots. The same fixpoint as `propagate` (identities in order,
 * derived values rounded alike, a not-applicable cell blocking a derivation), stopped at the first
 * identity that fails: values known never change in it, so that identity fails at its end too.
 */
import type { Identity } from '../template/index.js';
import { EPSILON, roundSum, termsOf } from './propagate.js';
import type { Candidate, Group } from './types.js';

/** A slot's state: unknown (to derive), a number, or printed not applicable (0 in sums, derives nothing). */
const UNKNOWN = 0;
const NUMBER = 1;
const NA = 2;

/** The identities over slots, and the slots the combination's values are written to. */
export interface LeafCheck {
  /** Per identity, its terms' slots (the total first) and signs. */
  slots: Int32Array[];
  signs: Float64Array[];
  /** Per group, the slots of its keys. */
  groupSlots: Int32Array[];
  /** The values the picks wrote (and their states), and a scratch copy the fixpoint derives into. */
  values: Float64Array;
  states: Uint8Array;
  work: Float64Array;
  workStates: Uint8Array;
}

/** One reading's cells as slot values and states (in its group's key order). */
export interface LeafCells {
  values: Float64Array;
  states: Uint8Array;
}

/** The slots of every key of `groups` and of `identities`. */
export function leafCheck(groups: readonly Group[], identities: readonly Identity[]): LeafCheck {
  const slot = new Map<string, number>();
  const slotOf = (k: string): number => {
    let s = slot.get(k);
    if (s === undefined) slot.set(k, (s = slot.size));
    return s;
  };
  const groupSlots = groups.map((g) => Int32Array.from(g.keys, slotOf));
  const terms = identities.map(termsOf);
  const slots = terms.map((ts) => Int32Array.from(ts, (t) => slotOf(t.key)));
  const signs = terms.map((ts) => Float64Array.from(ts, (t) => t.sign));
  const n = slot.size;
  return { slots, signs, groupSlots, values: new Float64Array(n), states: new Uint8Array(n), work: new Float64Array(n), workStates: new Uint8Array(n) };
}

/** Reading `c`'s cells, as `write` puts them in the slots. */
export function leafCells(c: Candidate, keys: number): LeafCells {
  const values = new Float64Array(keys);
  const states = new Uint8Array(keys);
  for (let i = 0; i < keys; i++) {
    const v = c.cells[i]?.value;
    states[i] = v === undefined ? UNKNOWN : v === null ? NA : NUMBER;
    values[i] = v ?? 0;
  }
  return { values, states };
}

/** Writes group `gi`'s reading into the slots (a key two groups read: the last written wins, as the search's order fills it). */
export function writeCells(check: LeafCheck, gi: number, cells: LeafCells): void {
  const s = check.groupSlots[gi]!;
  for (let i = 0; i < s.length; i++) {
    check.values[s[i]!] = cells.values[i]!;
    check.states[s[i]!] = cells.states[i]!;
  }
}

/** True when the values written hold every identity after what they determine is derived (`propagate`'s violations === 0). */
export function holds(check: LeafCheck): boolean {
  const { slots, signs, work: v, workStates: st } = check;
  v.set(check.values);
  st.set(check.states);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < slots.length; i++) {
      const r = solveOne(slots[i]!, signs[i]!, v, st);
      if (r === BROKEN) return false;
      if (r === DERIVED) changed = true;
    }
  }
  return true;
}

const NONE = 0;
const DERIVED = 1;
const BROKEN = 2;

/**
 * `propagate.ts` solveOne over slots, and its final check for an identity every term of which is
 * known: BROKEN when it fails (or derives a negative value), DERIVED when it filled its one unknown.
 */
function solveOne(slots: Int32Array, signs: Float64Array, v: Float64Array, st: Uint8Array): number {
  let target = -1;
  for (let t = 0; t < slots.length; t++) {
    if (st[slots[t]!] !== UNKNOWN) continue;
    if (target >= 0) return NONE;
    target = t;
  }
  if (target < 0) return known(slots, signs, v) ? NONE : BROKEN;
  let rest = 0;
  for (let t = 0; t < slots.length; t++) {
    if (t === target) continue;
    if (st[slots[t]!] === NA) return NONE;
    rest += signs[t]! * v[slots[t]!]!;
  }
  const value = -rest / signs[target]!;
  if (value < -EPSILON) return BROKEN;
  v[slots[target]!] = roundSum(value);
  st[slots[target]!] = NUMBER;
  return DERIVED;
}

/** An identity whose every term is known: Σ parts (not applicable = 0) equals the total (`propagate`'s final test). */
function known(slots: Int32Array, signs: Float64Array, v: Float64Array): boolean {
  let sum = 0;
  for (let t = 1; t < slots.length; t++) sum += signs[t]! * v[slots[t]!]!;
  return Math.abs(v[slots[0]!]! - sum) <= EPSILON;
}
