/**
 * @file A bounded memo for pure functions of short strings (label matching, header-word stripping):
 * the mapping stages score the same printed labels against the same template labels many times
 * over (on a 3 KB text report, 3,948 label matches of 1,556 distinct pairs), and on a cold start
 * every repeat runs in V8's interpreter. Only strings up to MEMO_MAX_CHARS are kept, and a memo is
 * emptied when it holds MEMO_MAX_ENTRIES, so a long or hostile document cannot grow it without
 * bound. The functions memoized must be pure: a memo changes nothing but the time.
 */

/** chars. Longer keys are computed every time (a flattened page's 100 000-char line is not kept). */
export const MEMO_MAX_CHARS = 200;
/** Entries a memo holds before it is emptied. */
export const MEMO_MAX_ENTRIES = 20_000;

/** `fn` memoized by its one string argument. */
export function memoByString<R>(fn: (text: string) => R): (text: string) => R {
  const memo = new Map<string, R>();
  return (text) => {
    if (text.length > MEMO_MAX_CHARS) return fn(text);
    let value = memo.get(text);
    if (value === undefined && !memo.has(text)) {
      if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
      memo.set(text, (value = fn(text)));
    }
    return value as R;
  };
}

/** `fn` memoized by its two string arguments (a map per second argument: no key is built by concatenation). */
export function memoByStrings<R>(fn: (a: string, b: string) => R): (a: string, b: string) => R {
  const memo = new Map<string, Map<string, R>>();
  let size = 0;
  return (a, b) => {
    if (a.length > MEMO_MAX_CHARS || b.length > MEMO_MAX_CHARS) return fn(a, b);
    let inner = memo.get(b);
    if (!inner) memo.set(b, (inner = new Map()));
    let value = inner.get(a);
    if (value === undefined && !inner.has(a)) {
      if (size >= MEMO_MAX_ENTRIES) {
        memo.clear();
        memo.set(b, (inner = new Map()));
        size = 0;
      }
      inner.set(a, (value = fn(a, b)));
      size++;
    }
    return value as R;
  };
}

/**
 * `fn` memoized by its one object argument (a WeakMap: an entry goes with its object). For pure
 * functions of objects that are not changed once made (a table's lines): the map stages ask the
 * same questions of the same header lines more than once (map/printed-order's probe, then map/column-order).
 */
export function memoByObject<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const memo = new WeakMap<K, R>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as R;
    const value = fn(key);
    memo.set(key, value);
    return value;
  };
}
