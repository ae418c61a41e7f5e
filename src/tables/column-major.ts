/**
 * @file Plain `pdftotext` (no -layout) reads a ruled table in column order: first every row label,
 * one per line, then each column as its header followed by that column's values, one per line.
 * Such a region is put back in row order — label, then the row's value from each column block —
 * so that the rows are matched and solved like any other table (the identities then check it).
 */
import { normalizeLabel, toHalfWidth } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';
import { tabCell } from '../layout/text-to-lines.js';
import { parseWholeValue } from './tokenize-cell.js';
import { ACTIVE_COLUMN_WORDS_2021 } from '../template/active.js';
import { memoByString } from '../_internal/memo.js';

/** Column header words of the tables (normalized): a header line is one or more of these only. */
const COLUMN_HEADERS = [
  '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计',
  ...Object.values(ACTIVE_COLUMN_WORDS_2021), '单位万元', '信息内容',
];
/** Longer words first, so '法人或其他组织' goes before '其他' is looked for. */
const HEADERS_LONGEST_FIRST = [...COLUMN_HEADERS].sort((a, b) => b.length - a.length);
/** chars. A line longer than this is not a header line of these tables. */
const MAX_HEADER_CHARS = 40;
/** Fewest column blocks for a region to be read as column-major (one block is just a cell-per-line column). */
const MIN_BLOCKS = 2;
/** Fewest rows (labels) in such a region. */
const MIN_ROWS = 2;

/** A line holding one cell's value; in raw order each line is one cell, so '1 7' is the number 17. */
export function columnValueText(line: Line): string | null {
  if (line.cells.length !== 1) return null;
  const text = tabCell(line.cells[0]!);
  const v = parseWholeValue(text);
  return v !== null && v.kind !== 'blank' ? text : null;
}

function isValueLine(line: Line): boolean {
  return columnValueText(line) !== null;
}

/** A header line: header words only. Numbering is kept, so the labels '3.其他' and '（七）总计' are not headers. */
function isColumnHeader(line: Line): boolean {
  return isHeaderWords(line.cells.join(''));
}

/** The text is header words only (memoized: the region search asks it of the same lines many times). */
const isHeaderWords = memoByString((text: string): boolean => {
  let rest = toHalfWidth(text).replace(/[^\p{Script=Han}\p{L}\d]/gu, '');
  if (rest === '') return false;
  if (rest.length > MAX_HEADER_CHARS) return false;
  for (const w of HEADERS_LONGEST_FIRST) rest = rest.split(w).join('');
  return rest === '';
});

interface Block {
  /** Index of the block's first header line. */
  start: number;
  /** Index one past its last value line. */
  end: number;
  values: Line[];
}

/**
 * Column blocks starting at `i`: header lines then value lines; with `sameLength`, every block as
 * long as the first (a block of another length ends the run).
 */
function blocksFrom(lines: readonly Line[], i: number, sameLength = true): Block[] {
  const blocks: Block[] = [];
  let at = i;
  while (at < lines.length) {
    let j = at;
    while (j < lines.length && isColumnHeader(lines[j]!)) j++;
    if (j === at) break;
    let k = j;
    while (k < lines.length && isValueLine(lines[k]!)) k++;
    const values = lines.slice(j, k);
    if (values.length === 0 || (sameLength && blocks[0] && values.length !== blocks[0].values.length)) break;
    blocks.push({ start: at, end: k, values });
    at = k;
  }
  return blocks;
}

/** A line that can be one row label of the region: one text cell, not a value or a column header. */
function isLabelLine(l: Line): boolean {
  return !isValueLine(l) && !isColumnHeader(l) && l.cells.length === 1 && normalizeLabel(l.cells[0]!) !== '';
}

/**
 * The row labels just above the first block: the run of label lines before it, which must hold
 * exactly `rows` lines. A longer run (a label wrapped onto a second line, a stray line) cannot be
 * paired with the values by count: taking its last `rows` lines would shift every value of every
 * column block onto its neighbour's row, and the identities would not notice (each row and each
 * column still adds up). Such a region is left as printed (its rows then come out missing or
 * ambiguous, never shifted).
 */
function labelsBefore(lines: readonly Line[], start: number, rows: number): Line[] | null {
  let first = start;
  while (first > 0 && isLabelLine(lines[first - 1]!)) first--;
  return start - first === rows ? lines.slice(first, start) : null;
}

/**
 * The value columns of a region printed column by column whose repeated lines were collapsed: each
 * column block (header lines, then values) may hold fewer values than there are rows, since a run
 * of equal values in a column printed once. The blocks' values in order; null when the region
 * holds no run of at least MIN_BLOCKS blocks.
 */
export function collapsedColumnBlocks(lines: readonly Line[]): number[][] | null {
  for (let i = 0; i < lines.length; i++) {
    if (!isColumnHeader(lines[i]!) || (i > 0 && isColumnHeader(lines[i - 1]!))) continue;
    const blocks = blocksFrom(lines, i, false).map((b) => b.values.map((l) => Number(columnValueText(l)!.replace(/\s/g, ''))));
    if (blocks.some((values) => values.some((v) => !Number.isInteger(v)))) return null;
    if (blocks.length >= MIN_BLOCKS) return blocks;
  }
  return null;
}

/** Table 二's column words in the template's order (a block headed by one of them is that column). */
const ACTIVE_WORDS_IN_ORDER: readonly string[] = Object.values(ACTIVE_COLUMN_WORDS_2021);

/** The header lines this module put before rows it transposed (map/index gives them to map/active-column-order). */
const insertedHeaders = new WeakSet<Line>();

/** Some line of `lines` is a header this module put back before transposed rows. */
export function hasPrintedColumnHeader(lines: readonly Line[]): boolean {
  return lines.some((l) => insertedHeaders.has(l));
}

/**
 * The header of column blocks each headed by exactly one of table 二's column words, printed in another
 * order than the template's ('本年废止件数' / 7 / 15 / '现行有效件数' / 3 / 15 / '本年制发件数' / 15 / 3:
 * pdfminer prints a ruled table's columns as text boxes, each its header cell over its values, not
 * always left to right): one line naming the blocks' words in their printed order, put before the rows,
 * so that the values follow the words (map/active-column-order; capped below 0.9 there). Null when the
 * blocks stand in the template's order or a block's header is not one such word (nothing changes then).
 */
function reorderedActiveHeader(lines: readonly Line[], blocks: readonly Block[]): Line | null {
  const words = blocks.map((b) => normalizeLabel(lines.slice(b.start, b.end - b.values.length).map((l) => l.cells.join('')).join('')));
  const at = words.map((w) => ACTIVE_WORDS_IN_ORDER.indexOf(w));
  if (at.some((k) => k < 0) || new Set(at).size !== at.length || at.every((k, j) => j === 0 || k > at[j - 1]!)) return null;
  const header: Line = { cells: words, separated: true, source: lines[blocks[0]!.start]!.source };
  insertedHeaders.add(header);
  return header;
}

/** Lines of a table region with any column-major block run put back in row order. */
export function columnMajorToRows(lines: readonly Line[]): Line[] {
  for (let i = 0; i < lines.length; i++) {
    if (!isColumnHeader(lines[i]!) || (i > 0 && isColumnHeader(lines[i - 1]!))) continue;
    const blocks = blocksFrom(lines, i);
    const rows = blocks[0]?.values.length ?? 0;
    if (blocks.length < MIN_BLOCKS || rows < MIN_ROWS) continue;
    const labels = labelsBefore(lines, i, rows);
    if (!labels) continue;
    const transposed = labels.map((label, r): Line => ({
      cells: [label.cells[0]!, ...blocks.map((b) => columnValueText(b.values[r]!)!)],
      separated: true,
      source: label.source,
    }));
    const end = blocks.at(-1)!.end;
    const header = reorderedActiveHeader(lines, blocks);
    return [...lines.slice(0, i - rows), ...(header ? [header] : []), ...transposed, ...columnMajorToRows(lines.slice(end))];
  }
  return [...lines];
}
