/**
 * @file One line → the section heading it is (if any), with a score in [0, 1].
 */
import { maxOf } from '../_internal/extremes.js';
import { memoByString } from '../_internal/memo.js';
import { labelSimilarity, labelSimilarityBounds } from '../_internal/similarity.js';
import { normalizeLabel, toHalfWidth } from '../layout/normalize-text.js';
import type { SectionKey } from '../schema/report.js';
import { UNKNOWN_CHAR } from '../_internal/unknown-char-distance.js';
import { HEADING_LINE, MAX_HEADING_CHARS, MIN_HEADING_SCORE, SECTION_HEADINGS } from './heading-patterns.js';

/** A line recognised as a heading. `rest` is text that followed the heading on the same line. */
export interface HeadingMatch {
  key: SectionKey;
  heading: string;
  score: number;
  rest: string;
}

/** Score bonus when the printed numeral is the template's (二 for activeDisclosure…). */
const NUMERAL_BONUS = 0.05;
/** Penalty when there is no numbering and no markdown '#': plain lines are rarely headings. */
const UNNUMBERED_PENALTY = 0.1;

/**
 * The best-scoring title for `body` (the first on ties), or null when none can score `floor` or
 * more. Titles whose {@link labelSimilarityBounds} cannot beat the best so far or reach `floor` are
 * not scored: most lines of a report share few characters with most titles, and the edit distances
 * were a third of a text extraction's time.
 */
function bestTitle(body: string, floor: number): { key: SectionKey; numeral: string; score: number } | null {
  let best: { key: SectionKey; numeral: string; score: number } | null = null;
  const boundOf = labelSimilarityBounds(body);
  for (const h of SECTION_HEADINGS) {
    for (const t of h.titles) {
      const bound = boundOf(t);
      if (bound < floor || (best && bound <= best.score)) continue;
      const score = labelSimilarity(body, t);
      if (!best || score > best.score) best = { key: h.key, numeral: h.numeral, score };
    }
  }
  return best;
}

/** chars. A line with unknown characters this much longer than the longest title may be running text. */
const SENTENCE_SLACK = 4;
/** The longest title's length (normalized). */
const LONGEST_TITLE = maxOf(SECTION_HEADINGS.flatMap((h) => h.titles.map((t) => t.length)));

/**
 * True when a line longer than any title holds unknown characters (U+FFFD: glyphs whose map is
 * wrong, `pdf/miscoded-glyphs.ts`): each may be a sentence's '，' or '。' — the introduction's list of
 * the sections ('…编制�全文包括总体情况�主动公开政府信息情') is running text, not a heading.
 */
function mayBeSentence(text: string, body: string): boolean {
  return text.includes(UNKNOWN_CHAR) && body.length > LONGEST_TITLE + SENTENCE_SLACK;
}

/** Each section's titles, longest first (a longer title is tried before its prefix). */
const LONGEST_FIRST = new Map(SECTION_HEADINGS.map((h) => [h.key, [...h.titles].sort((a, b) => b.length - a.length)]));

/** A dump line starting with a heading: '一、总体情况2021年，我区…' → heading + rest. */
function matchPrefix(raw: string, numeral: string | undefined): HeadingMatch | null {
  if (!numeral) return null;
  const afterNumber = raw.replace(/^\s*#*\s*[（(]?\s*[一二三四五六七八九十\d]{1,2}\s*[)）]?\s*[、.．]?\s*/, '');
  // Titles share lengths: each prefix length is normalized once per line.
  const prefixes = new Map<number, string>();
  for (const h of SECTION_HEADINGS) {
    for (const t of LONGEST_FIRST.get(h.key)!) {
      let norm = prefixes.get(t.length);
      if (norm === undefined) prefixes.set(t.length, (norm = normalizeLabel(afterNumber.slice(0, t.length + 8))));
      if (!norm.startsWith(t)) continue;
      // Walk the raw text until the normalized prefix covers the title.
      let cut = 0;
      while (cut < afterNumber.length && normalizeLabel(afterNumber.slice(0, cut)).length < t.length) cut++;
      const headingEnd = raw.length - afterNumber.length + cut;
      return { key: h.key, heading: raw.slice(0, headingEnd).replace(/^\s*#*\s*/, '').trim(), score: 0.9, rest: raw.slice(headingEnd) };
    }
  }
  return null;
}

/**
 * Returns the heading a line is, or null. Memoized (pure): the PDF loader's walks (header bands,
 * wrapped labels, free columns), the aligned-column reader, the section finder and the
 * several-reports check ask it of the same line texts, each scoring them against every title.
 */
export const matchHeading: (raw: string) => Readonly<HeadingMatch> | null = memoByString(matchHeadingOnce);

function matchHeadingOnce(raw: string): HeadingMatch | null {
  const text = toHalfWidth(raw).trim();
  const m = HEADING_LINE.exec(text);
  if (!m) return null;
  const numeral = m[1];
  const hasMarker = numeral !== undefined || /^\s*#/.test(text);
  const body = normalizeLabel(m[2] ?? '');
  if (body.length === 0) return null;
  if (body.length > MAX_HEADING_CHARS || /[，。,;；]|\d/.test(m[2] ?? '') || mayBeSentence(m[2] ?? '', body)) {
    const prefixed = matchPrefix(raw, numeral);
    if (prefixed || body.length > MAX_HEADING_CHARS || mayBeSentence(m[2] ?? '', body)) return prefixed;
  }
  // No title scoring below this can pass MIN_HEADING_SCORE, even with the numeral's bonus.
  const best = bestTitle(body, MIN_HEADING_SCORE - NUMERAL_BONUS);
  if (!best) return matchPrefix(raw, numeral);
  let score = best.score;
  if (numeral === best.numeral) score += NUMERAL_BONUS;
  if (!hasMarker) score -= UNNUMBERED_PENALTY;
  score = Math.min(1, score);
  if (score < MIN_HEADING_SCORE) return matchPrefix(raw, numeral);
  const heading = raw.trim().replace(/^#+\s*/, '').replace(/[\s\u00a0]+$/, '');
  return { key: best.key, heading, score, rest: '' };
}
