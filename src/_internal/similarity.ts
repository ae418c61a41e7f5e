/**
 * @file String similarity for labels and headings, on normalized text. Whole-string similarity
 * uses fast-levenshtein; "needle inside noisy haystack" uses a semi-global edit distance, because
 * wrapped and merged cells put extra text around a label ('供3.补正后申请内容仍不明确').
 */
import levenshtein from 'fast-levenshtein';

/** 1 − distance / longer length; 1 for equal strings. */
export function levenshteinSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshtein.get(a, b) / longer;
}

/** Smallest edit distance between `needle` and any substring of `hay` (Sellers' algorithm). */
export function substringDistance(needle: string, hay: string): number {
  const m = needle.length;
  let prev = new Array<number>(hay.length + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(hay.length + 1);
    cur[0] = i;
    for (let j = 1; j <= hay.length; j++) {
      const subst = (prev[j - 1] ?? 0) + (needle[i - 1] === hay[j - 1] ? 0 : 1);
      cur[j] = Math.min(subst, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    prev = cur;
  }
  return Math.min(...prev);
}

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
 */
export function labelSimilarity(label: string, target: string): number {
  if (label.length === 0 || target.length === 0) return 0;
  if (label === target) return 1;
  if (label.length > MAX_FUZZY_CHARS) return label.includes(target) ? 0.9 + (0.1 * target.length) / label.length : 0;
  const whole = levenshteinSimilarity(label, target);
  if (target.length < MIN_NEEDLE_FOR_CONTAINMENT) return whole;
  if (label.includes(target)) return 0.9 + (0.1 * target.length) / label.length;
  const approx = 1 - substringDistance(target, label) / target.length;
  return Math.max(whole, approx * 0.95);
}
