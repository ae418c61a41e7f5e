/**
 * @file How well a printed row label names a template label, scored by coverage in both
 * directions: the printed text holding the template label with noise around it (a stray header
 * line '（2023年版）规章', a fragment of the previous label '开申请其他'), or the printed text being
 * only part of the template label (truncated '要求行政', a wrapped tail '机关确认或重新出具已获取信息').
 * A match that rests on such partial coverage is `partial`: its placement is flagged and its
 * confidence capped unless identities across rows confirm it (see score/).
 */
import { memoByStrings } from '../_internal/memo.js';
import { labelSimilarity, MIN_NEEDLE_FOR_CONTAINMENT } from '../_internal/similarity.js';

/** A label score in [0, 1] and whether it rests on partial coverage. */
export interface LabelMatch {
  score: number;
  partial: boolean;
}

/**
 * Score of a short template label (规章, 其他, 总计) printed at the end of longer text. Labels sit
 * at the end of the text before their values, so a suffix is the usual place of glued-on noise.
 */
export const SHORT_SUFFIX_SCORE = 0.75;
/** Score of a short template label at the start of longer text ('规章（2023年版）'). */
export const SHORT_PREFIX_SCORE = 0.65;
/** chars. A printed fragment shorter than this is not taken as part of a template label ('行政', '属于' start many). */
export const MIN_FRAGMENT_CHARS = 3;
/** Base and weight of a fragment's score by the share of the template label it covers. */
const FRAGMENT_BASE = 0.6;
const FRAGMENT_WEIGHT = 0.3;
/** A fragment inside the template label (neither its start nor its end) is weaker evidence. */
const INFIX_PENALTY = 0.05;

/** Coverage match of a short template label (< 3 chars) glued to noise. */
function shortInLonger(printed: string, target: string): number {
  if (printed.endsWith(target)) return SHORT_SUFFIX_SCORE;
  if (printed.startsWith(target)) return SHORT_PREFIX_SCORE;
  return 0;
}

/** Coverage match of a printed fragment that is part of the template label. */
function fragmentOf(printed: string, target: string): number {
  if (printed.length < MIN_FRAGMENT_CHARS || printed.length >= target.length) return 0;
  const at = target.indexOf(printed);
  if (at < 0) return 0;
  const coverage = printed.length / target.length;
  const edge = at === 0 || at + printed.length === target.length;
  return FRAGMENT_BASE + FRAGMENT_WEIGHT * coverage - (edge ? 0 : INFIX_PENALTY);
}

/**
 * Matches a normalized printed label against one normalized template label: whole-string and
 * approximate containment ({@link labelSimilarity}), or coverage (short label with noise, fragment
 * of the label), whichever scores higher.
 * Worked example: '要求行政' against '要求行政机关确认或重新出具已获取信息' (18 chars) is a prefix
 * covering 4/18 → 0.6 + 0.3 × 0.22 = 0.67, partial; '2023年版规章' against '规章' → 0.75, partial.
 */
export function matchLabel(printed: string, target: string): LabelMatch {
  const { score, partial } = scored(printed, target);
  return { score, partial }; // a fresh object: callers own what they are given
}

/** matchLabel's score, memoized (pure: the same pairs are matched many times over, `_internal/memo.ts`). */
const scored = memoByStrings((printed: string, target: string): Readonly<LabelMatch> => {
  const whole = labelSimilarity(printed, target);
  const cover = target.length < MIN_NEEDLE_FOR_CONTAINMENT ? shortInLonger(printed, target) : fragmentOf(printed, target);
  return cover > whole ? { score: cover, partial: true } : { score: whole, partial: false };
});

/** Best match of a printed label against any of a template row's labels. */
export function bestMatch(printed: string, labels: readonly string[]): LabelMatch {
  let best: LabelMatch = { score: 0, partial: false };
  if (!printed) return best;
  for (const l of labels) {
    const m = matchLabel(printed, l);
    if (m.score > best.score) best = m;
  }
  return best;
}
