/**
 * @file The column words of table 三 and table 四 in template order, with their keys, and how a
 * header line is read: its recognised words in printed order (map/header-disorder, map/column-order).
 */
import type { Line } from '../model/document.js';
import { indexOfWord } from '../_internal/unknown-char-distance.js';
import { memoByString } from '../_internal/memo.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { LITIGATION_WORD, REVIEW_COLUMN_WORDS, REVIEW_GROUP_WORDS, REVIEW_GROUPS } from '../template/review.js';

/** A header word and the column key it names (null: a group header, order-checked only). */
export type HeaderWord = readonly [string, string | null];
/** Header words in template order. */
export type Vocab = readonly HeaderWord[];

/** Table 三's column words in template order, with the key of each (null: a group header, order-checked only). */
export const REQUEST_HEADER: Vocab = [
  ['自然人', 'naturalPerson'],
  ['法人或其他组织', null],
  ['商业企业', 'commercial'],
  ['科研机构', 'research'],
  ['社会公益组织', 'socialOrg'],
  ['法律服务机构', 'legalService'],
  ['其他', 'otherOrg'],
  ['总计', 'total'],
];
/** Applicant sub-columns the identities cannot tell apart: a printed permutation of them is applied. */
export const SWAPPABLE_REQUEST = new Set(['commercial', 'research', 'socialOrg', 'legalService', 'otherOrg']);
/** Every leaf column of table 三: a header naming all of them (group line spliced with its sub-columns) is followed whole. */
export const REQUEST_LEAVES = REQUEST_HEADER.map((w) => w[1]).filter((k): k is string => k !== null);
/** The leaf columns an identity cannot place (总计 is the sum of the others): only a header read in order confirms their order. */
export const REQUEST_CATEGORIES = REQUEST_LEAVES.filter((k) => k !== 'total');
/** The group header whose place the sub-column line fills. */
export const REQUEST_GROUP = '法人或其他组织';
/** The key a table 三 column printing the whole 法人或其他组织 group is read under (map/merged-group): no template key, dropped after the solver. */
export const GROUP_COLUMN = 'legalPersons';

/** Table 四's group words in template order. */
export const REVIEW_HEADER: Vocab = REVIEW_GROUP_WORDS;
/** Table 四's result words in template order (each group repeats them). */
export const REVIEW_COLUMN_HEADER: Vocab = REVIEW_COLUMN_WORDS;

/** Table 四's top header row: the 行政复议 group and the 行政诉讼 group spanning both litigation sub-groups. */
export const REVIEW_TOP_HEADER: Vocab = [
  REVIEW_GROUP_WORDS[0]!,
  [LITIGATION_WORD, 'litigation'],
];
/** Table 四's group words as a two-level header prints them: the top row (行政复议, 行政诉讼), then the litigation sub-groups. */
export const REVIEW_GROUP_ROWS: Vocab = [...REVIEW_TOP_HEADER, ...REVIEW_HEADER.filter((w) => w[1] !== 'review')];
/** Every word of table 四's header as the template prints it: the group rows, then the result row. */
export const REVIEW_HEADER_TEXT: readonly string[] = [...REVIEW_GROUP_ROWS, ...REVIEW_COLUMN_HEADER].map((w) => w[0]);
/** The litigation sub-groups in template order: what the 行政诉讼 span stands for when its sub-group row is not read. */
export const LITIGATION_GROUPS: readonly string[] = REVIEW_GROUPS.filter((g) => g !== 'review');

/** Recognised header words of one line, in printed order (each word once, at its first position; an unknown character as in indexOfWord, the only word of `vocab` that fits). */
export function wordsOf(norm: string, vocab: Vocab): HeaderWord[] {
  let read = WORDS.get(vocab);
  if (!read) WORDS.set(vocab, (read = memoByString((text) => findWords(text, vocab))));
  return [...read(norm)];
}

/** wordsOf's readings per vocabulary, by text: the header checks read the same header texts again for each table reading. */
const WORDS = new WeakMap<Vocab, (norm: string) => readonly HeaderWord[]>();

function findWords(norm: string, vocab: Vocab): HeaderWord[] {
  const found: { at: number; w: HeaderWord }[] = [];
  let masked = norm;
  // Longest words first, masked once found, so '复议后起诉' is not found inside '未经复议直接起诉'.
  const texts = vocab.map((v) => v[0]);
  for (const w of [...vocab].sort((a, b) => b[0].length - a[0].length)) {
    const at = indexOfWord(masked, w[0], texts);
    if (at < 0) continue;
    found.push({ at, w });
    // Every occurrence masked (a word printed with an unknown character, '复�后起诉', as one).
    for (let i = at; i >= 0; i = indexOfWord(masked, w[0], texts)) masked = masked.slice(0, i) + '#'.repeat(w[0].length) + masked.slice(i + w[0].length);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.w);
}

/** Header text of both tables, longest first (group headers and the unlisted 其他 column included). */
const HEADER_TEXT = [...[REQUEST_HEADER, REVIEW_HEADER, REVIEW_COLUMN_HEADER].flatMap((v) => v.map((w) => w[0])), '申请人情况', LITIGATION_WORD].sort((a, b) => b.length - a.length);
/** Share of a line's characters that must be header words for the line to be a column header. */
const HEADER_SHARE = 0.6;

/** A text line made mostly of header words (not a sentence of the narrative that names some of them). */
export function isHeaderText(norm: string): boolean {
  const rest = HEADER_TEXT.reduce((t, w) => t.split(w).join(''), norm);
  return norm.length - rest.length >= HEADER_SHARE * norm.length;
}

/**
 * A header row's text: its cells that name a header word. A table row (HTML, .docx, a ruled PDF
 * grid, a tab dump) whose first cell is the table's note — '（本列数据的勾稽关系为：第一项加第二项之和…）'
 * printed in the header row's corner, naming no column — is still the column header: that cell is
 * not header text, so it is left out, not counted against the row. A cell that names a header word
 * is kept whole (a sentence naming two of them stays a sentence). One cell: the whole line.
 */
export function headerCellsText(cells: readonly string[]): string {
  const norm = cells.map((c) => normalizeLabel(c));
  if (norm.length < 2) return norm.join('');
  return norm.filter((c) => HEADER_TEXT.some((w) => c.includes(w))).join('');
}

/** Header lines: text-only lines (no digit) naming at least two words of the vocabulary. */
export function headerLines(lines: readonly Line[], vocab: Vocab): HeaderWord[][] {
  let read = lineWords.get(vocab);
  if (!read) lineWords.set(vocab, (read = memoByString((cells) => headerLineWords(cells.split(CELL_SEP), vocab))));
  const out: HeaderWord[][] = [];
  for (const l of lines) {
    const words = l.cells.some((c) => c.includes(CELL_SEP)) ? headerLineWords(l.cells, vocab) : read(l.cells.join(CELL_SEP));
    if (words) out.push([...words]);
  }
  return out;
}

/** A line's header words (headerLines), or null when it is no header line. */
function headerLineWords(cells: readonly string[], vocab: Vocab): HeaderWord[] | null {
  if (/\d/.test(normalizeLabel(cells.join('')))) return null;
  const norm = groupPathsRead(headerCellsText(cells));
  const words = wordsOf(norm, vocab);
  // Mostly header words (not a sentence of the narrative that names two of them).
  return words.length >= 2 && isHeaderText(norm) ? words : null;
}

/**
 * headerLines' reading of a line by its cells (joined by CELL_SEP), per vocabulary: the column-order
 * checks ask it of the same header lines many times per document (each table's reading, the review
 * groups, the printed-order probe).
 */
const lineWords = new WeakMap<Vocab, (cells: string) => HeaderWord[] | null>();
/** Joins a line's cells into lineWords' key (no cell holds it). */
const CELL_SEP = '\u0001';

/** Table 三's sub-column words (short forms too: 社会公益, 公益组织, 法律服务) a path cell may name after the group word. */
const SUB_WORDS: readonly string[] = [...REQUEST_HEADER.filter((w) => w[1] !== null && SWAPPABLE_REQUEST.has(w[1])).map((w) => w[0]), '社会公益', '公益组织', '法律服务'];
/** Sub-column words as a path may print them: whole, or with one glyph the PDF font could not decode ('法律服\uFFFD机构'). */
const SUB_PATTERN = [...SUB_WORDS].sort((a, b) => b.length - a.length).flatMap((w) => [w, ...[...w].map((_, i) => `${w.slice(0, i)}\uFFFD${w.slice(i + 1)}`)]).join('|');
/** Each sub-column named by its path (group word and sub-column word run together): words a stacked header's pieces may spell. */
export const GROUP_PATH_WORDS: readonly string[] = SUB_WORDS.map((w) => REQUEST_GROUP + w);
/** Paths a text must print for its group words to be read as parts of them (one adjacency can be two header rows run together). */
const MIN_PATHS = 2;

/**
 * A flat header naming each sub-column by its path — '法人或其他组织-商业企业 | 法人或其他组织-科研机构 | …'
 * (one header row, the group word in every sub-column's cell, joined by a hyphen, slash or nothing) —
 * read as the sub-columns it names: the group word is dropped where it is printed right before a
 * sub-column word, when the text prints two such paths or more. Each path cell then names one leaf, as
 * a two-row header's sub-column cell does (the group word repeated five times names no place of its
 * own). One adjacency alone is left as printed: a two-row header joined in reading order puts the
 * group cell right before the first sub-column cell.
 */
export function groupPathsRead(norm: string): string {
  if (!norm.includes(GROUP_TAIL)) return norm;
  const paths = norm.match(CUT_PATH)?.length ?? 0;
  return paths >= MIN_PATHS ? norm.replace(CUT_PATH, '') : norm;
}
/**
 * A path whose group word lost its first characters to another line (a PDF line builder put the '法人'
 * of two cells on a line above: '或其他组织-社会公益组织'): its rest is no column either — 其他 inside it
 * would read as the 其他 column before 社会公益组织. Cut down to a rest that still holds 其他; such paths count
 * as paths (a line builder may leave one whole: '或其他组织-商业企业 … 法人或其他组织-其他').
 */
const GROUP_TAIL = REQUEST_GROUP.slice(3);
const CUT_PATH = new RegExp(`(?:${[0, 1, 2, 3].map((i) => REQUEST_GROUP.slice(i)).join('|')})(?=${SUB_PATTERN})`, 'g');
