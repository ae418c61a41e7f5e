/**
 * @file A numbered section heading OCR cut short or misread ('三、收弄和处理 政府 信' for
 * 三、收到和处理政府信息公开申请情况): too short or too garbled to score as the whole title, it
 * matched no heading and its section's rows stayed under the section before. Asked only for a
 * section no heading was found for, of lines between the headings found for the sections around it
 * in template order: a line printing the section's own numeral with the 、 mark, no digit and no
 * sentence punctuation, whose title reads as the start of one of the section's titles (a cut)
 * within a few OCR confusions, and better than any other section's.
 */
import { maxOf } from '../_internal/extremes.js';
import { levenshteinSimilarity } from '../_internal/similarity.js';
import { normalizeLabel, toHalfWidth } from '../layout/normalize-text.js';
import type { SectionKey } from '../schema/report.js';
import { SECTION_HEADINGS } from './heading-patterns.js';
import type { HeadingMatch } from './match-heading.js';

/** chars. Fewer title characters say too little ('三、收到' may start a sentence of a list). */
const MIN_CUT_CHARS = 5;
/**
 * Least similarity of the printed title to the start of a template title: 0.75 lets one OCR
 * confusion in four characters pass ('收弄和处理政府信' for 收到和处理政府信: 0.875), not a
 * prose line sharing a word ('三、本年度办理结果' vs 收到和处理政府信息: ~0.3).
 */
const MIN_CUT_SIMILARITY = 0.75;
/** The heading's score: below a whole title's (≥ 0.72 plus the numeral), above none. */
const CUT_HEADING_SCORE = 0.7;
/** Sentence punctuation or digits: running text or a table row, not a heading. */
const NOT_HEADING = /[，。,;；:：\d]/;

/** The similarity of `body` to the best start of any of `titles` (lengths body ± 1: a glyph dropped or split). */
function prefixSimilarity(body: string, titles: readonly string[]): number {
  let best = 0;
  for (const t of titles) {
    for (let n = body.length - 1; n <= body.length + 1; n++) {
      if (n < MIN_CUT_CHARS - 1 || n > t.length) continue;
      best = Math.max(best, levenshteinSimilarity(body, t.slice(0, n)));
    }
  }
  return best;
}

/** `text` as a cut or misread heading of section `key`, or null. */
export function cutHeading(text: string, key: SectionKey): HeadingMatch | null {
  const section = SECTION_HEADINGS.find((h) => h.key === key);
  if (!section) return null;
  const t = toHalfWidth(text).trim();
  const m = new RegExp(`^${section.numeral}\\s*[、.．]\\s*(.+)$`).exec(t);
  if (!m || NOT_HEADING.test(m[1]!)) return null;
  const body = normalizeLabel(m[1]!);
  const longest = maxOf(section.titles.map((x) => x.length));
  if (body.length < MIN_CUT_CHARS || body.length > longest) return null;
  const own = prefixSimilarity(body, section.titles);
  if (own < MIN_CUT_SIMILARITY) return null;
  if (SECTION_HEADINGS.some((h) => h.key !== key && prefixSimilarity(body, h.titles) >= own)) return null;
  return { key, heading: text.trim(), score: CUT_HEADING_SCORE, rest: '' };
}
