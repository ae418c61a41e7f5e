/**
 * @file String similarity for labels and headings, on normalized text. Whole-string similarity
 * uses the Levenshtein distance; "needle inside noisy haystack" uses a semi-global edit distance,
 * because wrapped and merged cells put extra text around a label ('供3.补正后申请内容仍不明确').
 * Both count UTF-16 code units. fastest-levenshtein is used directly: the fast-levenshtein wrapper
 * around it built an `Intl.Collator` when imported (~15 ms of every cold start) for an option never used.
 */
import { distance } from 'fastest-levenshtein';
import { fewUnknown, UNKNOWN_CHAR, UNKNOWN_COST, unknownCharDistance, unknownCount } from './unknown-char-distance.js';

/** 1 − distance / longer length; 1 for equal strings. */
export function levenshteinSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshteinDistance(a, b) / longer;
}

/** Rows of the distance table, reused between calls (grown as needed): no allocation per row. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Rows long enough for `n + 1` cells. */
function rows(n: number): void {
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
}

/** Edit distance (insertions, deletions, substitutions of UTF-16 code units) between `a` and `b` (Myers' bit-parallel algorithm). */
export const levenshteinDistance = (a: string, b: string): number => distance(a, b);

/**
 * Bit masks of the needle's code units for substringDistanceBits, indexed by code unit (one slot
 * per UTF-16 unit: a typed-array read per haystack unit, where a Map lookup was the hottest line of
 * the text stages); only the needle's slots are set, and they are zeroed again after each call.
 */
const peq = new Int32Array(0x10000);

/**
 * substringDistance for needles of 1–32 code units: Myers' bit-parallel form of the same table
 * (one machine word per column; the top row stays 0, so a match may start anywhere in `hay`).
 */
function substringDistanceBits(needle: string, hay: string): number {
  const m = needle.length;
  for (let i = 0; i < m; i++) {
    const c = needle.charCodeAt(i);
    peq[c] = peq[c]! | (1 << i);
  }
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let min = m;
  for (let j = 0; j < hay.length; j++) {
    const eq = peq[hay.charCodeAt(j)]!;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    if (score < min) min = score;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let i = 0; i < m; i++) peq[needle.charCodeAt(i)] = 0;
  return min;
}

/** Smallest edit distance between `needle` and any substring of `hay` (Sellers' algorithm). */
export function substringDistance(needle: string, hay: string): number {
  if (needle.length > 0 && needle.length <= 32) return substringDistanceBits(needle, hay);
  const m = needle.length;
  const n = hay.length;
  rows(n);
  let prev = rowA;
  let cur = rowB;
  prev.fill(0, 0, n + 1);
  for (let i = 1; i <= m; i++) {
    const c = needle.charCodeAt(i - 1);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const subst = prev[j - 1]! + (c === hay.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = subst < del ? (subst < ins ? subst : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let min = prev[0]!;
  for (let j = 1; j <= n; j++) if (prev[j]! < min) min = prev[j]!;
  return min;
}

/** Code unit → how often it occurs in `text`. */
function unitCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/** A target's code units and how often each occurs (parallel arrays: iterated without allocating). */
interface UnitCounts {
  units: number[];
  counts: number[];
}

/** Counts of the targets bounded so far (heading titles: a fixed, small set); emptied past TARGET_CACHE_MAX. */
const targetCounts = new Map<string, UnitCounts>();
const TARGET_CACHE_MAX = 1000;

/**
 * Cheap upper bounds on {@link labelSimilarity}`(label, target)` for one label and many targets,
 * so callers looking for the best target can skip the edit distances of those that cannot win. An
 * alignment matches at most the code units both strings share (`s`, with multiplicity), so the
 * whole-string distance is at least longer − s and the approximate containment distance at least
 * |target| − s. Rounding is covered by BOUND_SLACK.
 */
export function labelSimilarityBounds(label: string): (target: string) => number {
  const own = unitCounts(label);
  // An unknown character may stand for any unit or for nothing (unknown-char-distance.ts): no cheap bound.
  const unknown = label.includes(UNKNOWN_CHAR);
  return (target) => {
    if (label.length === 0 || target.length === 0) return 0;
    if (unknown) return 1;
    let counts = targetCounts.get(target);
    if (!counts) {
      if (targetCounts.size >= TARGET_CACHE_MAX) targetCounts.clear();
      const map = unitCounts(target);
      targetCounts.set(target, (counts = { units: [...map.keys()], counts: [...map.values()] }));
    }
    let shared = 0;
    for (let i = 0; i < counts.units.length; i++) shared += Math.min(counts.counts[i]!, own.get(counts.units[i]!) ?? 0);
    if (shared === target.length) return 1; // may be contained or equal
    const whole = shared / Math.max(label.length, target.length);
    const approx = target.length < MIN_NEEDLE_FOR_CONTAINMENT || label.length > MAX_FUZZY_CHARS ? 0 : (0.95 * shared) / target.length;
    return Math.max(whole, approx) + BOUND_SLACK;
  };
}

/** Added to the bounds of {@link labelSimilarityBounds}: more than any floating-point rounding of the scores it bounds. */
const BOUND_SLACK = 1e-9;

/** Needles shorter than this (in chars) must match the whole label, not a part of it. */
export const MIN_NEEDLE_FOR_CONTAINMENT = 3;
/**
 * chars. Labels longer than this are only tested for exact containment: no label or heading is
 * this long, and edit distances cost length × length (a flattened page can make a 100 000-char line).
 */
export const MAX_FUZZY_CHARS = 400;

/**
 * How well `label` names `target` (both normalized), in [0, 1]:
 * equal → 1; label contains target → 0.9 + 0.1 × share of the label the target covers;
 * otherwise the better of whole-string similarity and (for longer targets) approximate containment.
 * Worked example: label '其他法律行政止公开', target '其他法律行政法规禁止公开' → distance 3 / 12 → 0.75.
 * U+FFFD in `label` is a character that could not be read: aligned with any character it costs
 * UNKNOWN_COST, not 1, and left out it costs nothing (it may be punctuation) ('��结转政府信息公开申请数量' against '上年结转政府信息公开申请数量' → 1 − 0.8 / 14 → 0.94).
 */
export function labelSimilarity(label: string, target: string): number {
  if (label.length === 0 || target.length === 0) return 0;
  if (label === target) return 1;
  if (label.length > MAX_FUZZY_CHARS) return label.includes(target) ? 0.9 + (0.1 * target.length) / label.length : 0;
  if (target.length < MIN_NEEDLE_FOR_CONTAINMENT) return label.includes(UNKNOWN_CHAR) ? withUnknownChars(label, target) : levenshteinSimilarity(label, target);
  const whole = levenshteinSimilarity(label, target);
  if (label.includes(target)) return 0.9 + (0.1 * target.length) / label.length;
  if (label.includes(UNKNOWN_CHAR)) return withUnknownChars(label, target);
  const approx = 1 - substringDistance(target, label) / target.length;
  return Math.max(whole, approx * 0.95);
}

/** labelSimilarity of a label holding unknown characters (U+FFFD): the same measures, each unknown character matching any one at UNKNOWN_COST. */
function withUnknownChars(label: string, target: string): number {
  if (!fewUnknown(label)) return labelSimilarity(label.replaceAll(UNKNOWN_CHAR, ''), target);
  const whole = 1 - unknownCharDistance(label, target, false) / Math.max(label.length, target.length);
  if (target.length < MIN_NEEDLE_FOR_CONTAINMENT) return whole;
  // Contained but for unknown characters (no real edit): scored as the distance says, without approximate containment's discount.
  const inside = unknownCharDistance(label, target, true);
  const discount = inside <= UNKNOWN_COST * unknownCount(label) ? 1 : 0.95;
  return Math.max(whole, (1 - inside / target.length) * discount);
}
