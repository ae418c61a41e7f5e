/**
 * @file Table 三's columns read from a table saved as data (CSV, JSON, .xlsx; load/grid-lines), where
 * every header cell is the file's cell in its column. A header wrapped, joined or permuted in running
 * text or a page is read word by word (map/header-order), and a reading in another order than the
 * template's stays capped there, since the words' order may be a misread. In a saved grid, each value
 * column's own header cells name its leaf: the column is determined when they name exactly one leaf
 * word (自然人 … 总计) that no other value column names, with no other words left over, and — where
 * the header prints the 法人或其他组织 group — 自然人 / 总计 do not stand under it, and a sub-column
 * does when the group is a cell of its own. A 总计 column the header does not name is the one unnamed
 * column every row sums to. A column whose header is lost ('Unnamed: 5', empty) or ambiguous (two
 * leaves, a leaf named twice) is not determined; only that column's values then stay below 0.9.
 * A page's table grid (HTML, .docx, a ruled PDF) is read the same way only when the identities
 * agree with its header (map/grid-evidence): every column named, 总计 where the rows sum and nowhere
 * else, and the rows read from those columns.
 */
import type { Line, Warning } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';
import type { Placement } from './table-rows.js';
import { applyMoves, lastDot } from './move-columns.js';
import { markRequestsUnread } from './order-unconfirmed.js';
import { VARIANTS } from './header-order.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';
import { REQUEST_GROUP, REQUEST_HEADER, REQUEST_LEAVES, SWAPPABLE_REQUEST, wordsOf, type Vocab } from './header-words.js';
import { numberAt, readByGridColumns, totalColumnsByValues } from './grid-evidence.js';
import { memoByObject } from '../_internal/memo.js';

/**
 * Short column words a grid's header cell prints alone (个人, 企业, 科研, 律所, 其他组织, 合计): read in a
 * cell of its own only (within one column, '企业' inside '商业企业' is masked by the longer word first).
 * 合计 is 总计 only as the one total word of the header: beside a 总计 column it is a subtotal, and a
 * leaf named by two columns determines neither.
 */
const CELL_SHORT_FORMS: Vocab = [
  ['个人', 'naturalPerson'],
  ['公民', 'naturalPerson'],
  ['企业', 'commercial'],
  ['科研', 'research'],
  ['律所', 'legalService'],
  ['其他组织', 'otherOrg'],
  ['合计', 'total'],
];
/** Table 三's header words with the short forms some reports print and the top word over all applicant columns. */
const VOCAB: Vocab = [...REQUEST_HEADER, ...VARIANTS, ...CELL_SHORT_FORMS, ['申请人情况', null]];
/** VOCAB with its longer words first (a word inside a longer one is removed after it), sorted once. */
const VOCAB_LONGEST_FIRST: Vocab = [...VOCAB].sort((a, b) => b[0].length - a[0].length);
/** Table 三's first row label: the header rows are above it. */
const FIRST_ROW = '本年新收';
/** Numbers a row prints to be a value row. */
const MIN_ROW_VALUES = 2;

const isNumber = (c: string): boolean => parseWholeValue(c)?.kind === 'num';
const numbers = (l: Line): number => l.cells.filter(isNumber).length;
/** A row of a table saved as data (load/grid-lines). */
const onGrid = (l: Line): boolean => l.cols !== undefined && l.cols.length === l.cells.length && l.source.table !== undefined;
const fromFileGrid = (l: Line): boolean => l.saved === true && onGrid(l);
/** A row of a page's table grid (HTML, .docx, a ruled PDF) whose cells each sit in their column (no cell missing from the row). */
const fromPageGrid = (l: Line): boolean => l.saved !== true && l.short !== true && onGrid(l);

/** Table 三's value columns in grid order, each with the leaf key its header cells determine (null: lost or ambiguous). */
export interface GridLeaves {
  cols: number[];
  leaves: (string | null)[];
  /** The grid is a page's table (HTML, .docx, ruled PDF), its columns confirmed by the identities (map/grid-evidence). */
  page?: true;
}

/**
 * The value columns of the grid holding table 三 (the table of `lines` with a row labelled 本年新收)
 * and the leaf each one's header cells determine; null when there is no such grid, no header row
 * above its first value row, or the header names no leaf at all over its value columns.
 */
export function gridRequestLeaves(lines: readonly Line[], pages = false): GridLeaves | null {
  const read = (pages ? pageGridLeaves : fileGridLeaves)(lines);
  // (A copy: the callers' arrays are their own, as when each call read the grid again.)
  return read && { ...read, cols: [...read.cols], leaves: [...read.leaves] };
}

/**
 * `gridRequestLeaves` once per lines array and mode: table 三's header lines are asked by the
 * absent-column, clipped-total and column-order readers, and map/printed-order's probe reads the
 * same header first (three readings of the same grid per document on the bench PDFs).
 */
const fileGridLeaves = memoByObject((lines: readonly Line[]) => readGridLeaves(lines, false));
const pageGridLeaves = memoByObject((lines: readonly Line[]) => readGridLeaves(lines, true));

function readGridLeaves(lines: readonly Line[], pages: boolean): GridLeaves | null {
  const saved = lines.findIndex((l) => fromFileGrid(l) && normalizeLabel(l.cells.join('')).includes(FIRST_ROW));
  if (saved >= 0) return leavesAt(lines, saved, fromFileGrid);
  const page = pages ? lines.findIndex((l) => fromPageGrid(l) && normalizeLabel(l.cells.join('')).includes(FIRST_ROW)) : -1;
  return page >= 0 ? leavesAt(lines, page, fromPageGrid) : null;
}

/** `gridRequestLeaves` for the grid whose row `at` is table 三's first row, its rows those `isRow` accepts. */
function leavesAt(lines: readonly Line[], at: number, isRow: (l: Line) => boolean): GridLeaves | null {
  const page = isRow === fromPageGrid;
  // The rows of the table around it, up to a line of another kind (a title between tables saved in one grid).
  const same = (l: Line | undefined): boolean => l !== undefined && isRow(l) && l.source.table === lines[at]!.source.table;
  let top = at;
  // (A header cell may read as a number: a lost name pandas wrote '.1'.)
  while (same(lines[top - 1]) && numbers(lines[top - 1]!) < MIN_ROW_VALUES) top--;
  let end = at;
  while (same(lines[end])) end++;
  const head = lines.slice(top, at);
  const rows = lines.slice(at, end).filter((l) => numbers(l) >= MIN_ROW_VALUES);
  if (head.length === 0 || rows.length === 0) return null;
  // Value columns: a number in some row and no text in any (a label column prints text).
  const numbered = new Set<number>();
  const texted = new Set<number>();
  for (const l of rows) l.cells.forEach((c, i) => (isNumber(c) ? numbered : c.trim() !== '' && parseWholeValue(c) === null ? texted : new Set()).add(l.cols![i]!));
  const cols = [...numbered].filter((c) => !texted.has(c)).sort((a, b) => a - b);
  // A leaf word over a column that is no value column: the header is not aligned with the rows (a corner cell left out).
  if (head.some((l) => l.cells.some((c, i) => !cols.includes(l.cols![i]!) && wordsOf(normalizeLabel(c), VOCAB).some((w) => w[1] !== null)))) return null;
  const named = cols.map((c) => leafOf(head, c));
  if (named.every((k) => k === null)) return null;
  const twice = new Set(named.filter((k, i) => k !== null && named.indexOf(k) !== i));
  const leaves = named.map((k) => (k !== null && !twice.has(k) ? k : null));
  if (page) return pageLeaves(rows, cols, leaves);
  const total = leaves.includes('total') ? -1 : totalByValues(rows, cols, leaves);
  if (total >= 0) leaves[total] = 'total';
  return { cols, leaves };
}

/**
 * A page's grid: every value column named (no header cell lost or shared), and 总计 — named or not —
 * the one column every whole row sums to; or, under a header naming 总计 there, every column but one
 * named (a word not recognised, '法人'): that column is the leaf left over — the row identity gives its
 * values, the rest of the row read — and only its values stay below 0.9 (followGridColumns). Null
 * otherwise: the header is not trusted by column.
 */
function pageLeaves(rows: readonly Line[], cols: readonly number[], named: readonly (string | null)[]): GridLeaves | null {
  const fits = totalColumnsByValues(rows, cols);
  if (fits.length !== 1) return null;
  const leaves = [...named];
  const at = leaves.indexOf('total');
  if (at < 0 && leaves[fits[0]!] === null) leaves[fits[0]!] = 'total';
  const lost = leaves.filter((k) => k === null).length;
  if (leaves.indexOf('total') !== fits[0] || lost > (at >= 0 ? 1 : 0)) return null;
  return { cols: [...cols], leaves, page: true };
}

/** A row's numbers in the value columns, or null when a cell is no number. */
function rowValues(l: Line, cols: readonly number[]): number[] | null {
  const out = cols.map((c) => numberAt(l, c));
  return out.every((v): v is number => v !== null) ? out : null;
}

/**
 * 总计 not named by the header: the one unnamed value column that every whole row sums to (its other
 * values added up), some row with a total other than 0 — the row identity places it; -1 when no
 * column or more than one fits (a row 'T 0 0 0 0 0 T' sums at either end).
 */
function totalByValues(lines: readonly Line[], cols: readonly number[], leaves: readonly (string | null)[]): number {
  const rows = lines.map((l) => rowValues(l, cols)).filter((v): v is number[] => v !== null);
  const sum = (v: readonly number[], at: number): number => v.reduce((a, x, i) => (i === at ? a : a + x), 0);
  const fits = leaves.flatMap((k, at) => (k === null && rows.length > 0 && rows.every((v) => Math.abs(sum(v, at) - v[at]!) < 1e-9) && rows.some((v) => v[at] !== 0) ? [at] : []));
  return fits.length === 1 ? fits[0]! : -1;
}

/** The header cell texts standing in column `col`, top to bottom, normalised. */
const cellsAt = (head: readonly Line[], col: number): string[] => head.flatMap((l) => l.cells.filter((_, i) => l.cols![i] === col).map((c) => normalizeLabel(c)).filter((c) => c !== ''));

/** The header cell covering column `col` in one header row: the cell at it, or the nearest named cell to its left (a span). */
function coveringCell(l: Line, col: number): string {
  let best = '';
  let at = -1;
  l.cells.forEach((c, i) => {
    const j = l.cols![i]!;
    if (normalizeLabel(c) !== '' && j <= col && j > at) (best = normalizeLabel(c)), (at = j);
  });
  return best;
}

/** The leaf key column `col`'s own header cells name, once and with nothing else left over; null otherwise or when the group level contradicts it. */
function leafOf(head: readonly Line[], col: number): string | null {
  const text = cellsAt(head, col).join('|');
  const words = wordsOf(text, VOCAB);
  const leaves = new Set(words.map((w) => w[1]).filter((k): k is string => k !== null));
  if (leaves.size !== 1) return null;
  const rest = VOCAB_LONGEST_FIRST.reduce((t, w) => t.split(w[0]).join(''), text);
  if (/\p{Script=Han}/u.test(rest)) return null;
  const leaf = [...leaves][0]!;
  // 自然人 and 总计 stand outside the group; a sub-column under a row's group cell (its own, or one spanning from the left).
  const grouped = words.some((w) => w[0] === REQUEST_GROUP);
  if (!SWAPPABLE_REQUEST.has(leaf)) return grouped ? null : leaf;
  const spans = head.filter((l) => l.cells.some((c) => normalizeLabel(c) === REQUEST_GROUP));
  return grouped || spans.length === 0 || spans.some((l) => coveringCell(l, col) === REQUEST_GROUP) ? leaf : null;
}

/** Marks the placed values of table 三's column `leaf` as read in an unconfirmed order (≤ 0.85). */
function markColumn(leaf: string, placements: ReadonlyMap<string, Placement>): void {
  for (const [key, p] of placements) if (key.startsWith('requests.') && key.endsWith(`.${leaf}`)) p.orderUnconfirmed = true;
}

const wordOf = (leaf: string): string => REQUEST_HEADER.find((w) => w[1] === leaf)![0];

/**
 * Table 三 printed in a grid whose header determines its columns (`gridRequestLeaves`, all seven
 * value columns): the values are moved to the columns the header names and keep their confidence;
 * a column not determined takes the leaf no determined column names (in template order among such
 * columns) and only its values stay below 0.9. Null when the grid does not print seven value columns
 * (the other readers decide: map/absent-columns, map/column-order). Changes `fields`/`placements` in place.
 */
export function followGridColumns(lines: readonly Line[], fields: Map<string, SolvedField>, placements: Map<string, Placement>): Warning[] | null {
  const grid = gridRequestLeaves(lines, true);
  if (!grid || grid.leaves.length !== REQUEST_LEAVES.length) return null;
  // A page's grid: only when the rows were read from its value columns in order (none from a 序号 column or another table).
  if (grid.page && !readByGridColumns(placements, grid.cols, REQUEST_LEAVES, lines, (k) => fields.get(k)?.value)) return null;
  const missing = REQUEST_LEAVES.filter((k) => !grid.leaves.includes(k));
  const order = grid.leaves.map((k) => k ?? missing.shift()!);
  if (order.some((k, i) => k !== REQUEST_LEAVES[i])) applyMoves('requests.', new Map(REQUEST_LEAVES.map((k, i) => [k, order[i]!])), lastDot, fields, placements);
  const lost = order.filter((_, i) => grid.leaves[i] === null);
  for (const leaf of lost) markColumn(leaf, placements);
  // Two or more columns not named: their order among themselves is unread (no identity tells categories apart), below 0.8 (order48).
  if (lost.length > 1) markRequestsUnread(placements, new Set(lost));
  const out: Warning[] = [];
  if (order.some((k, i) => k !== REQUEST_LEAVES[i])) {
    out.push({
      code: 'columns_reordered',
      message: `table requests prints its column headers in an order other than the template's (${order.map(wordOf).join(' ')}): the values were moved to the columns the header names; each header cell stands in its column of the table, so the values of the columns it names keep their confidence`,
      keys: ['requests'],
    });
  }
  if (lost.length) {
    out.push({
      code: 'columns_unread',
      message: `table requests prints no header cell that names its ${lost.map(wordOf).join(' / ')} column${lost.length > 1 ? 's' : ''} alone (a header cell lost, or naming two columns): ${lost.length > 1 ? 'they are' : 'it is'} read where the template puts ${lost.length > 1 ? 'them' : 'it'} among the columns the header does not name; ${lost.length > 1 ? 'their values stay below 0.8' : 'its values stay below 0.9'}`,
      keys: ['requests'],
    });
  }
  return out;
}
