/**
 * @file Table 四 printed wider than the page, its first and last columns cut off by the page's edges
 * (LibreOffice prints a wide layout table at the page width, centred: 结果维持 of 行政复议 falls off
 * the left edge, 尚未审结 and 总计 of 复议后起诉 off the right one). Its value row prints fewer than
 * 15 numbers and its leaf header line names the columns printed: a run of the template's 15 result
 * columns that starts after the first one ('结果纠正 其他结果 尚未审结 总计 结果维持 …'). Read as a
 * stream of 15 the values slide into the wrong columns (the header reads as out of order). When the
 * leaf words read make exactly one run of the template's columns (one place in the 15 they fit) and
 * the row prints exactly as many numbers, each number is read in the column its word names; the
 * columns cut off are not printed (derived where a group's total gives them, else missing). Which
 * columns the numbers stand under is known from the order of the words only, not from their places on
 * the page: every value of the table is capped below 0.9 (`orderUnconfirmed`).
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import type { Warning } from '../model/document.js';
import { REVIEW_COLUMN_WORDS, REVIEW_COLUMNS, REVIEW_GROUP_WORDS, REVIEW_GROUPS } from '../template/review.js';
import { occurrences as leafWords } from './review-columns.js';

/** The 15 result columns in template order (the five words repeated per group). */
const SEQUENCE: readonly string[] = REVIEW_GROUPS.flatMap(() => REVIEW_COLUMNS);

/** Fewest columns a cut table 四 must still print to be read so (more than a group and a half). */
const MIN_PRINTED = 8;

/**
 * The template columns (indices into the 15) the printed `values` stand in, when the table is cut at
 * the page's edges: the header's line naming the most result columns (digit-free, before the values)
 * names 8–14 of them, they fit the template's sequence at exactly one place, and the row prints
 * exactly that many plain numbers. Null otherwise (the table is read as before).
 */
export function cutReviewColumns(lines: readonly string[], values: readonly ValueToken[]): number[] | null {
  const firstValues = lines.findIndex((l) => /\d/.test(l));
  const headLines = (firstValues < 0 ? lines : lines.slice(0, firstValues)).map((l) => normalizeLabel(l).replace(SUM_WORD, '总计'));
  const header = headLines.map((l) => leafWords(l));
  const isPlain = (v: ValueToken): boolean => v.kind === 'num' && !v.fusable && !v.suspect && /^\d+$/.test(v.raw);
  // The empty cells after the numbers: the cut columns' cells whose text is past the page's edge (LibreOffice's grid runs on to the edge).
  const shown = withoutTrailingBlanks(values);
  // An empty grid cell among them is a cell printed empty (a zeros-blank print: 0), not a cell cut off.
  const plain = shown.every((v) => isPlain(v) || (v.kind === 'blank' && v.col !== undefined && !v.unread)) && shown.some(isPlain);
  // Another header line naming result columns as well: the leaf line is not the only one — whole groups over two lines
  // (the empty cells after the numbers: the cut group's cells whose text is past the edge), or a header not read whole.
  if (header.filter((w) => w.length > 1).length > 1) {
    return plain ? wholeGroupsCut(lines, header, shown.length, values.length) : null;
  }
  const line = header.reduce((best, w, i) => (w.length > header[best]!.length ? i : best), 0);
  const words = header[line] ?? [];
  if (words.length < MIN_PRINTED || words.length >= SEQUENCE.length || !plain) return null;
  // The line's last word cut through at the edge ('… 结果维持 结果'): one column more on the page when its cell prints a number.
  const tail = shown.length === words.length + 1 ? cutTail(headLines[line]!) : '';
  const printed = words.length + (tail ? 1 : 0);
  if (shown.length !== printed) return null;
  const fits: number[] = [];
  for (let at = 0; at + printed <= SEQUENCE.length; at++) {
    if (words.every((w, i) => SEQUENCE[at + i] === w) && (!tail || columnWord(SEQUENCE[at + words.length]!).startsWith(tail))) fits.push(at);
  }
  if (fits.length !== 1) return null;
  return Array.from({ length: printed }, (_, i) => fits[0]! + i);
}

/** A total column's other name ('合计' for 总计). */
const SUM_WORD = /合计/g;

/** The printed word of a result column key. */
const columnWord = (key: string): string => REVIEW_COLUMN_WORDS.find(([, k]) => k === key)![0];

/** The start of a result word the line ends in, after its last whole word ('结果' of 结果纠正), or ''. */
function cutTail(norm: string): string {
  let end = 0;
  for (const [word] of REVIEW_COLUMN_WORDS) end = Math.max(end, norm.lastIndexOf(word) < 0 ? 0 : norm.lastIndexOf(word) + word.length);
  const rest = norm.slice(end);
  return rest !== '' && REVIEW_COLUMN_WORDS.some(([word]) => word.startsWith(rest) && word !== rest) ? rest : '';
}

/** `values` without the blank cells that end them. */
function withoutTrailingBlanks(values: readonly ValueToken[]): readonly ValueToken[] {
  let end = values.length;
  while (end > 0 && values[end - 1]!.kind === 'blank') end--;
  return values.slice(0, end);
}

/**
 * Table 四 cut after two of its three groups, its header over two lines (行政复议's five result words
 * beside the litigation sub-group words, which span two header rows; 未经复议直接起诉's five on the
 * next line): every header line naming result columns names one group's five in template order, and
 * the header names exactly two adjacent groups' words (行政复议 / 未经复议直接起诉 / 复议后起诉; the
 * third cut off with its columns). Ten words fit the template's fifteen at two places: the group
 * words say which. The row must print exactly ten numbers. Null otherwise.
 */
function wholeGroupsCut(lines: readonly string[], header: readonly string[][], count: number, cells: number): number[] | null {
  const leafLines = header.filter((w) => w.length > 0);
  if (leafLines.length !== 2 || !leafLines.every((w) => w.join() === REVIEW_COLUMNS.join())) return runOverLines(lines, leafLines, count, cells);
  const text = normalizeLabel(lines.slice(0, Math.max(0, lines.findIndex((l) => /\d/.test(l)))).join(''));
  const groups = REVIEW_GROUP_WORDS.flatMap(([word], i) => (text.includes(word) ? [i] : []));
  if (groups.length !== 2 || groups[1]! !== groups[0]! + 1 || count !== 2 * REVIEW_COLUMNS.length) return null;
  return Array.from({ length: count }, (_, i) => groups[0]! * REVIEW_COLUMNS.length + i);
}

/**
 * Table 四 cut in its third group, its leaf words over two lines (行政复议's five beside the litigation group words, then
 * 未经复议直接起诉's five and the first of 复议后起诉's: LibreOffice B5, gen62 lo-b5): the lines' words in order are the
 * template's first columns — the header naming 行政复议, they start at its first — and the row prints as many numbers.
 */
function runOverLines(lines: readonly string[], leafLines: readonly string[][], count: number, cells: number): number[] | null {
  const words = leafLines.flat();
  const text = normalizeLabel(lines.slice(0, Math.max(0, lines.findIndex((l) => /\d/.test(l)))).join(''));
  // (The row's last cells empty or unread — a glyph the reader could not decode, '�0�' — with as many cells as words: the numbers fill the first.)
  const fits = count === words.length || (cells === words.length && count >= MIN_PRINTED);
  if (!text.includes(REVIEW_GROUP_WORDS[0]![0]) || words.length < MIN_PRINTED || words.length >= SEQUENCE.length || !fits) return null;
  return words.every((w, i) => SEQUENCE[i] === w) ? Array.from({ length: count }, (_, i) => i) : null;
}

/** The warning of a table 四 read so. */
export const CUT_REVIEW_WARNING: Warning = {
  code: 'column_clipped',
  message: 'table reviewLitigation prints fewer than its 15 columns, its header naming a run of them that does not start or end where the template does (cut off the page by the printer): each value is read in the column its header word names, the columns not printed are derived from their group total or missing, and every value of the table stays below 0.9',
  keys: ['reviewLitigation'],
};
