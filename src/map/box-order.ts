/**
 * @file Table 三's header dumped in a layout analyser's box order (pdfminer `pdf2txt` and the like):
 * each text box — one header cell, often cut one or two characters a line ('自' / '然' / '人') — is
 * printed on lines of its own, and the boxes in the order the analyser grouped them, which is not
 * the columns' order: '法人或其他组织' before '自然人', '总计' between '科研机构' and '社会公益组织'.
 * A stream of one cell per line is a column order only when it is the table's rows read in turn
 * (lynx / w3m of an HTML table, a dump of a ruled grid row by row): the cells spanning both header
 * rows (自然人, 总计) and the group word then all come before the five sub-columns of the lower row.
 * A two-row band (the group word printed) of one cell per line with a sub-column before one of them
 * is no reading of the rows, so it says nothing of the columns' order (map/column-order: unread, nothing moved).
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { memoByObject } from '../_internal/memo.js';
import { headerLines } from './line-chain.js';
import { firstRowAt } from './positional-band.js';
import { REQUEST_GROUP, REQUEST_HEADER, SWAPPABLE_REQUEST } from './header-words.js';

/** Table 三's header words, longest first (a greedy reading of the joined stream takes the longest). */
const WORDS = [...REQUEST_HEADER.map((w) => w[0]), '申请人情况'].sort((a, b) => b.length - a.length);
const WORD_CHARS = new Set(WORDS.join(''));
/** The lower header row's words: the sub-columns under the group word. */
const SUB_WORDS = new Set(REQUEST_HEADER.filter((w) => w[1] !== null && SWAPPABLE_REQUEST.has(w[1])).map((w) => w[0]));
/** The upper row's column words: the group word and the cells spanning both rows. */
const UPPER_WORDS = new Set([REQUEST_GROUP, ...REQUEST_HEADER.filter((w) => w[1] !== null && !SWAPPABLE_REQUEST.has(w[1])).map((w) => w[0])]);

/**
 * One run set with letter-spacing ('法 人 或 其 他 组 织': a justified or spaced cell, each character followed by a
 * space in pdfminer's text) as the run. Pieces of several runs on a line by baseline ('自然 商 科', '自 商 科' of a
 * one-character-a-line header) join into no header word once unspaced, so the stream is still refused for them.
 */
const LETTER_SPACED = /^\S(?:[ \u00a0\u3000]\S)+$/u;
const unspaced = (t: string): string => (LETTER_SPACED.test(t) ? t.replace(/[ \u00a0\u3000]/g, '') : t);

/**
 * The header words of a band printed one cell per line, in stream order; null when some header line
 * holds pieces of more than one run (a line laid out by position: -layout, plain pdftotext) or the
 * joined lines do not read as whole header words.
 */
function oneCellStream(band: readonly string[]): string[] | null {
  const header = band.map((t) => unspaced(t.trim())).filter((t) => t !== '' && [...normalizeLabel(t).replace(/\s+/g, '')].every((c) => WORD_CHARS.has(c)));
  if (header.some((t) => /\s/.test(t))) return null;
  const joined = header.map((t) => normalizeLabel(t)).join('');
  const words: string[] = [];
  for (let i = 0; i < joined.length; ) {
    const w = WORDS.find((x) => joined.startsWith(x, i));
    if (!w) return null;
    words.push(w);
    i += w.length;
  }
  return words;
}

/**
 * Table 三's header band of two rows (the group word over its sub-columns) printed one cell per line in an
 * order that is no reading of its rows: some sub-column before the group word, 自然人 or 总计. Its order is then the analyser's, not the page's.
 */
export const requestBandBoxOrdered = memoByObject((lines: readonly Line[]): boolean => {
  const words = oneCellStream(headerLines(lines));
  // A flat header (no group word over the sub-columns) is one row: any order of its cells is a reading of it.
  if (!words?.includes(REQUEST_GROUP)) return false;
  const firstSub = words.findIndex((w) => SUB_WORDS.has(w));
  return firstSub >= 0 && words.some((w, i) => i > firstSub && UPPER_WORDS.has(w));
});

/** A line of values only (one cell or several: '3,313 389'). */
const VALUES_ONLY = /^[\s\d.,]*\d[\s\d.,]*$/;

/**
 * Table 三's header with values of its body printed among its words, before the first row label: the
 * analyser printed the header's boxes and the body's cells interleaved (pdfminer `pdf2txt -A`: '科研' /
 * '机构' / '3,313 389' / '社会' / '公益' / '组织' / '732' / …). No reading of the page's rows puts a value
 * between two header cells, so the body is in box order too.
 */
function valuesAmidHeader(lines: readonly Line[]): boolean {
  let words = false;
  let values = false;
  for (const l of lines) {
    const text = l.cells.join(' ').trim();
    if (firstRowAt(text) >= 0) return false;
    if (text === '') continue;
    if (VALUES_ONLY.test(text)) values ||= words;
    else if ([...normalizeLabel(text).replace(/\s+/g, '')].every((c) => WORD_CHARS.has(c))) {
      if (values) return true;
      words = true;
    }
  }
  return false;
}

/** The header's leaf words of three characters or more: a run of header-word lines naming one is the header, not a label's piece. */
const LEAF_WORDS = REQUEST_HEADER.filter((w) => w[1] !== null && w[0].length >= 3).map((w) => w[0]);

/**
 * Table 三's header leaves printed after its first row label and none before it: the analyser printed the row
 * labels' box before the header's boxes (pdfminer `-A`: '一、本年新收政府信息' / '公开申请数量' / '91' / … / '自然' / '人'
 * further down). No reading of the page's rows puts a row label above the header it sits under. A header
 * repeated on a later page follows a first one, which names its leaves before the first row label.
 */
function headerAfterRows(lines: readonly Line[]): boolean {
  const runs: string[] = [''];
  let rowsBegun = false;
  for (const l of lines) {
    const text = normalizeLabel(l.cells.join('')).replace(/\s+/g, '');
    if (text === '') continue;
    const words = [...text].every((c) => WORD_CHARS.has(c));
    if (!rowsBegun && firstRowAt(l.cells.join(' ')) >= 0) {
      if (LEAF_WORDS.some((w) => runs.join('|').includes(w))) return false;
      rowsBegun = true;
      runs.length = 0;
      runs.push('');
      continue;
    }
    if (words) runs[runs.length - 1] += text;
    else if (runs.at(-1) !== '') runs.push('');
  }
  return rowsBegun && LEAF_WORDS.some((w) => runs.some((r) => r.includes(w)));
}

/**
 * Whether table 三 (its `lines`, header first) was dumped in a layout analyser's box order: its header band
 * printed box by box (requestBandBoxOrdered), values of the body printed amid the header's words, or the
 * header's words printed after the first row label.
 */
export const requestStreamBoxOrdered = memoByObject((lines: readonly Line[]): boolean => requestBandBoxOrdered(lines) || valuesAmidHeader(lines) || headerAfterRows(lines));
