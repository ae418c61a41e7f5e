/**
 * @file The constraint propagation of map/run-decode: the token indices each printed position of
 * a collapsed block may take, pruned by the chain (a position takes the token of the one before
 * or the next one) and by the block's identities (a value is kept only when the other cells'
 * values can complete the sum). Pruning only removes what no reading has.
 */
import { EPSILON } from '../solve/propagate.js';
import { maxOf, minOf } from '../_internal/extremes.js';
import { tick } from '../_internal/work-budget.js';

/** An identity over a block's cells: Σ sign · value = 0 (the parts, and the total with sign −1). */
export interface CellSum {
  /** Cells as row · w + column. */
  cells: readonly number[];
  signs: readonly number[];
}

/** Most partial sums kept for one identity while pruning; past it the identity prunes by bounds only (every listed reading still keeps it: the search checks). */
const MAX_SUMSET = 256;

/** What propagation needs of a block, computed once: its tokens, its sums by printed position, dense ids of the tokens' values. */
export interface Problem {
  h: number;
  w: number;
  tokens: readonly number[];
  sums: readonly CellSum[];
  /** Printed positions of each sum's cells. */
  sumPositions: readonly (readonly number[])[];
  /** Sums each printed position is in. */
  sumsAt: readonly (readonly number[])[];
  /** Dense id of each token's value, and a scratch array over the ids. */
  valueId: Int32Array;
  scratch: Int32Array;
}

/**
 * Bit q · m + j set when position q may take token j; per position the count of tokens left, the
 * lowest and highest (so that loops skip the rest), and the count of distinct values (a sum is
 * pruned again only when the values of one of its cells changed).
 */
export interface Domains {
  m: number;
  bits: Uint8Array;
  count: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  values: Int32Array;
}

/** The cell (row · w + column) printed at position q of a block printed column by column. */
export const cellAt = (q: number, h: number, w: number): number => (q % h) * w + Math.floor(q / h);
/** Printed position of a cell (inverse of cellAt). */
export const positionOf = (cell: number, h: number, w: number): number => (cell % w) * h + Math.floor(cell / w);

/** The propagation data of a block. */
export function problemOf(h: number, w: number, tokens: readonly number[], sums: readonly CellSum[]): Problem {
  const ids = new Map<number, number>();
  const valueId = Int32Array.from(tokens, (v) => ids.get(v) ?? ids.set(v, ids.size).get(v)!);
  const sumPositions = sums.map((s) => s.cells.map((c) => positionOf(c, h, w)));
  const sumsAt = Array.from({ length: h * w }, (): number[] => []);
  sumPositions.forEach((qs, s) => qs.forEach((q) => sumsAt[q]!.push(s)));
  return { h, w, tokens, sums, sumPositions, sumsAt, valueId, scratch: new Int32Array(ids.size) };
}

/** Domains with every position free between the first token and the last (steps of 0 or 1 from the first). */
export function freeDomains(n: number, m: number): Domains {
  const d: Domains = { m, bits: new Uint8Array(n * m), count: new Int32Array(n), lo: new Int32Array(n), hi: new Int32Array(n), values: new Int32Array(n).fill(-1) };
  for (let q = 0; q < n; q++) {
    d.lo[q] = Math.max(0, m - n + q);
    d.hi[q] = Math.min(q, m - 1);
    d.count[q] = d.hi[q]! - d.lo[q]! + 1;
    d.bits.fill(1, q * m + d.lo[q]!, q * m + d.hi[q]! + 1);
  }
  return d;
}

export const copyDomains = (d: Domains): Domains => ({ m: d.m, bits: d.bits.slice(), count: d.count.slice(), lo: d.lo.slice(), hi: d.hi.slice(), values: d.values.slice() });

/** Removes token j from position q. */
export function remove(d: Domains, q: number, j: number): void {
  const base = q * d.m;
  if (!d.bits[base + j]) return;
  d.bits[base + j] = 0;
  d.count[q]!--;
  while (d.lo[q]! <= d.hi[q]! && !d.bits[base + d.lo[q]!]) d.lo[q]!++;
  while (d.hi[q]! >= d.lo[q]! && !d.bits[base + d.hi[q]!]) d.hi[q]!--;
}

/** Distinct values position q may take. */
export function valuesAt(d: Domains, q: number, tokens: readonly number[]): number[] {
  const out = new Set<number>();
  for (let j = d.lo[q]!; j <= d.hi[q]!; j++) if (d.bits[q * d.m + j]) out.add(tokens[j]!);
  return [...out];
}

/** Count of distinct values position q may take. */
function distinctAt(d: Domains, q: number, p: Problem): number {
  let n = 0;
  for (let j = d.lo[q]!; j <= d.hi[q]!; j++) {
    if (!d.bits[q * d.m + j]) continue;
    const id = p.valueId[j]!;
    if (p.scratch[id] === 0) {
      p.scratch[id] = 1;
      n++;
    }
  }
  p.scratch.fill(0);
  return n;
}

/**
 * Prunes `d` in place until nothing changes, from the positions in `changed`: a position whose
 * tokens changed re-checks its two neighbours in the chain and, when its values changed, queues
 * the sums it is in. False when some position has no token left.
 */
export function propagate(d: Domains, p: Problem, changed: Iterable<number>): boolean {
  const n = d.count.length;
  const queued = new Uint8Array(n);
  const queue: number[] = [];
  const dirty = new Uint8Array(p.sums.length);
  const sumQueue: number[] = [];
  const touched = (q: number): void => {
    if (!queued[q]) {
      queued[q] = 1;
      queue.push(q);
    }
    const values = distinctAt(d, q, p);
    if (values === d.values[q]) return;
    d.values[q] = values;
    for (const s of p.sumsAt[q]!) {
      if (!dirty[s]) {
        dirty[s] = 1;
        sumQueue.push(s);
      }
    }
  };
  for (const q of changed) touched(q);
  while (queue.length > 0 || sumQueue.length > 0) {
    while (queue.length > 0) {
      tick();
      const q = queue.pop()!;
      queued[q] = 0;
      for (let x = q - 1; x <= q + 1; x += 2) {
        if (x < 0 || x >= n || !revise(d, x, x > q ? -1 : 1)) continue;
        if (d.count[x] === 0) return false;
        touched(x);
      }
    }
    if (sumQueue.length > 0) {
      const s = sumQueue.pop()!;
      dirty[s] = 0;
      const pruned = pruneSum(d, p, s);
      if (pruned === null) return false;
      for (const x of pruned) touched(x);
    }
  }
  return true;
}

/**
 * Removes from position q the tokens its neighbour q + side does not allow (the one before must
 * hold the same token or the one before it; the one after, the same or the next); true when some went.
 */
function revise(d: Domains, q: number, side: -1 | 1): boolean {
  const { m, bits, lo, hi } = d;
  const nb = (q + side) * m;
  const before = d.count[q]!;
  tick(hi[q]! - lo[q]! + 1);
  for (let j = lo[q]!; j <= hi[q]!; j++) {
    if (!bits[q * m + j]) continue;
    const ok = side < 0 ? bits[nb + j] || (j > 0 && bits[nb + j - 1]) : bits[nb + j] || (j + 1 < m && bits[nb + j + 1]);
    if (!ok) remove(d, q, j);
  }
  return d.count[q] !== before;
}

/**
 * Removes the tokens of sum s's cells whose value no choice of the other cells completes: the
 * positions it changed, null when a cell is left with nothing (or every cell is fixed and the sum
 * does not hold). Exact over the sets of partial sums while they stay small, else over their bounds.
 */
function pruneSum(d: Domains, p: Problem, s: number): number[] | null {
  const sum = p.sums[s]!;
  const qs = p.sumPositions[s]!;
  tick(qs.length);
  const vals = qs.map((q, i) => valuesAt(d, q, p.tokens).map((v) => sum.signs[i]! * v));
  if (vals.every((v) => v.length === 1)) return Math.abs(vals.reduce((a, v) => a + v[0]!, 0)) < EPSILON ? [] : null;
  const ok = supportedCounts(vals) ?? supported(vals) ?? supportedByBounds(vals);
  const changed: number[] = [];
  for (let i = 0; i < qs.length; i++) {
    if (ok[i]!.size === vals[i]!.length) continue;
    if (ok[i]!.size === 0) return null;
    const q = qs[i]!;
    for (let j = d.lo[q]!; j <= d.hi[q]!; j++) if (!ok[i]!.has(sum.signs[i]! * p.tokens[j]!)) remove(d, q, j);
    changed.push(q);
  }
  return changed;
}

/** Largest total for which the partial sums of counts are kept as a bit array (a count sum above it goes by sets). */
const MAX_COUNT_TOTAL = 4_096;

/**
 * supported() for the common form −total + Σ parts = 0 over counts (integers ≥ 0): the partial
 * sums of the parts as bit arrays up to the largest total (a sum past it cannot be completed).
 * Null when the sum is not of that form.
 */
function supportedCounts(vals: readonly number[][]): Set<number>[] | null {
  const totals = vals[0]!.map((v) => -v);
  const parts = vals.slice(1);
  const count = (v: number): boolean => Number.isInteger(v) && v >= 0;
  if (!totals.every(count) || !parts.every((vs) => vs.every(count))) return null;
  const M = maxOf(totals);
  if (M > MAX_COUNT_TOTAL) return null;
  const add = (from: Uint8Array, vs: readonly number[]): Uint8Array => {
    const next = new Uint8Array(M + 1);
    tick(M + 1);
    for (let a = 0; a <= M; a++) if (from[a]) for (const v of vs) if (a + v <= M) next[a + v] = 1;
    return next;
  };
  const k = parts.length;
  const zero = new Uint8Array(M + 1);
  zero[0] = 1;
  const prefix: Uint8Array[] = [zero];
  for (let i = 0; i < k; i++) prefix.push(add(prefix[i]!, parts[i]!));
  const suffix = new Array<Uint8Array>(k + 1);
  suffix[k] = zero;
  for (let i = k - 1; i >= 0; i--) suffix[i] = add(suffix[i + 1]!, parts[i]!);
  /** Some a with before[a] and after[need − a]. */
  const meets = (before: Uint8Array, after: Uint8Array, need: number): boolean => {
    tick(need + 1);
    for (let a = 0; a <= need; a++) if (before[a] && after[need - a]) return true;
    return false;
  };
  const okTotals = new Set(vals[0]!.filter((v) => prefix[k]![-v] === 1));
  const okParts = parts.map((vs, i) => new Set(vs.filter((v) => totals.some((t) => t >= v && meets(prefix[i]!, suffix[i + 1]!, t - v)))));
  return [okTotals, ...okParts];
}

/** Per term, the signed values some choice of the other terms brings to 0; null when the partial sums grow past MAX_SUMSET. */
function supported(vals: readonly number[][]): Set<number>[] | null {
  const k = vals.length;
  const grow = (from: Set<number>, add: readonly number[]): Set<number> | null => {
    const next = new Set<number>();
    tick(from.size * add.length);
    for (const a of from) for (const v of add) next.add(a + v);
    return next.size > MAX_SUMSET ? null : next;
  };
  const prefix: Set<number>[] = [new Set([0])];
  for (let i = 0; i < k; i++) {
    const next = grow(prefix[i]!, vals[i]!);
    if (!next) return null;
    prefix.push(next);
  }
  const suffix: Set<number>[] = new Array<Set<number>>(k + 1);
  suffix[k] = new Set([0]);
  for (let i = k - 1; i >= 0; i--) {
    const next = grow(suffix[i + 1]!, vals[i]!);
    if (!next) return null;
    suffix[i] = next;
  }
  return vals.map((vs, i) => {
    const [small, large] = prefix[i]!.size <= suffix[i + 1]!.size ? [prefix[i]!, suffix[i + 1]!] : [suffix[i + 1]!, prefix[i]!];
    return new Set(vs.filter((v) => {
      for (const a of small) if (large.has(-(a + v))) return true;
      return false;
    }));
  });
}

/** The same over bounds: a term's value is kept when the others' least and greatest sums bracket its opposite. */
function supportedByBounds(vals: readonly number[][]): Set<number>[] {
  const lo = vals.map((vs) => minOf(vs));
  const hi = vals.map((vs) => maxOf(vs));
  const LO = lo.reduce((a, b) => a + b, 0);
  const HI = hi.reduce((a, b) => a + b, 0);
  return vals.map((vs, i) => new Set(vs.filter((v) => v + LO - lo[i]! <= EPSILON && v + HI - hi[i]! >= -EPSILON)));
}
