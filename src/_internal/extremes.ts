/**
 * The largest and smallest of many numbers. `Math.max(...xs)` passes every element as an argument
 * and throws `RangeError: Maximum call stack size exceeded` past ~100k of them: a 4 MiB dump has
 * more lines than that, so code goes through these loops instead (same results: NaN if any is NaN,
 * the bound when `xs` is empty).
 */
export function maxOf(xs: Iterable<number>, floor = -Infinity): number {
  let out = floor;
  for (const x of xs) {
    if (x > out) out = x;
    else if (Number.isNaN(x)) return NaN;
  }
  return out;
}

export function minOf(xs: Iterable<number>, ceiling = Infinity): number {
  let out = ceiling;
  for (const x of xs) {
    if (x < out) out = x;
    else if (Number.isNaN(x)) return NaN;
  }
  return out;
}

/** The middle value of `xs` (the upper one of an even count); `xs` must not be empty. */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Appends `items` to `to` one by one (`to.push(...items)` has the same argument limit). */
export function pushAll<T>(to: T[], items: Iterable<T>): T[] {
  for (const x of items) to.push(x);
  return to;
}

/**
 * `to.splice(start, deleteCount, ...items)` without the argument limit: replaces `deleteCount`
 * elements from `start` with `items`, in place; returns the removed ones.
 */
export function spliceAll<T>(to: T[], start: number, deleteCount: number, items: readonly T[]): T[] {
  const tail = to.splice(start);
  const removed = tail.splice(0, deleteCount);
  pushAll(pushAll(to, items), tail);
  return removed;
}

/** `minOf([a, b, c, d])` without the array: the same result (NaN if any is NaN; the first of equal ones, so 0 before -0 as there). */
export function min4(a: number, b: number, c: number, d: number): number {
  let out = Infinity;
  if (a < out) out = a;
  else if (Number.isNaN(a)) return NaN;
  if (b < out) out = b;
  else if (Number.isNaN(b)) return NaN;
  if (c < out) out = c;
  else if (Number.isNaN(c)) return NaN;
  if (d < out) out = d;
  else if (Number.isNaN(d)) return NaN;
  return out;
}

/** `maxOf([a, b, c, d])` without the array (the same result). */
export function max4(a: number, b: number, c: number, d: number): number {
  let out = -Infinity;
  if (a > out) out = a;
  else if (Number.isNaN(a)) return NaN;
  if (b > out) out = b;
  else if (Number.isNaN(b)) return NaN;
  if (c > out) out = c;
  else if (Number.isNaN(c)) return NaN;
  if (d > out) out = d;
  else if (Number.isNaN(d)) return NaN;
  return out;
}

/** The first position in `keys` (ascending) at or after `v` (its length when none). */
export function lowerBound(keys: readonly number[], v: number): number {
  let [lo, hi] = [0, keys.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
