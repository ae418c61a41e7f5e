/**
 * @file Table 四's sub-columns (结果维持 结果纠正 其他结果 尚未审结 总计) printed in another order.
 * Each of the three groups repeats the five sub-columns; a header line prints them 15 in a row (or
 * one per line in a plain text dump), so a first-occurrence word scan sees only the first group.
 * Every occurrence is read here, in reading order, and cut into groups of five: when each group
 * names the five columns once and all groups agree, the printed order can be followed.
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { REVIEW_COLUMN_WORDS, REVIEW_COLUMNS } from '../template/review.js';
import { pushAll } from '../_internal/extremes.js';

/** The sub-column keys in template order. */
const KEYS: readonly string[] = REVIEW_COLUMNS;

/** Keys of every sub-column word of a line, left to right (all occurrences). */
export function occurrences(norm: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < norm.length;) {
    const w = REVIEW_COLUMN_WORDS.find(([word]) => norm.startsWith(word, i));
    if (w) {
      out.push(w[1]);
      i += w[0].length;
    } else i++;
  }
  return out;
}

/**
 * The printed sub-column order of each group, from the header lines (`isHeader`: text lines that are
 * mostly header words), or null when the words read do not make whole groups of five (a header not
 * read whole: nothing to follow).
 */
export function reviewColumnChunks(lines: readonly Line[], isHeader: (norm: string) => boolean): string[][] | null {
  const seq: string[] = [];
  for (const l of lines) {
    const norm = normalizeLabel(l.cells.join(''));
    if (norm && !/\d/.test(norm) && isHeader(norm)) pushAll(seq, occurrences(norm));
  }
  if (seq.length === 0 || seq.length % KEYS.length !== 0 || seq.length > 3 * KEYS.length) return null;
  const chunks: string[][] = [];
  for (let i = 0; i < seq.length; i += KEYS.length) chunks.push(seq.slice(i, i + KEYS.length));
  return chunks.every((c) => new Set(c).size === KEYS.length) ? chunks : null;
}

/**
 * Template sub-column key → printed key, the same in every group, when every group read prints the
 * same order and it is not the template's; null otherwise.
 */
export function reviewColumnMoves(chunks: readonly string[][] | null): Map<string, string> | null {
  if (!chunks) return null;
  const first = chunks[0]!;
  if (!chunks.every((c) => c.join() === first.join()) || first.join() === KEYS.join()) return null;
  return new Map(KEYS.map((k, i) => [k, first[i]!]));
}
