/**
 * @file Columns of a space-aligned table from its header, where some column prints no number in
 * any row (`pdftotext -layout` / `-fixed 3` of a report that leaves zeros blank: 科研机构 empty
 * in every row). The rows then give fewer anchors than the table has columns, and a short row's
 * numbers cannot say which column is the empty one. The header lines just above the table's first
 * row say it: each column's header word stands over its column, wrapped over 2–3 lines in a
 * narrow column ('商业企' / '业'), the pieces of one column overlapping in x. The pieces right of
 * the label column are chained by x-overlap into columns (a group word spanning two or more
 * pieces of another line, '法人或其他组织', is no column), and the table is read on them when every
 * number of every row overlaps exactly one column, left to right, and the header has more columns
 * than the widest row prints. Under both measures (characters, display columns) the placements
 * must agree; otherwise the header says nothing and the rows are read as before.
 */
import type { Measure } from './wrapped-rows.js';
import { displayWidth, type Row } from './aligned-columns.js';
import { maxOf, minOf } from '../_internal/extremes.js';

/** Lines above a table's first row read as its header (a header wraps over 2–3 lines, a group line above). */
export const HEADER_LINES = 4;
/** Numbers a row prints side by side for the table to be laid out in columns. */
const MIN_ROW_NUMBERS = 2;
/** Rows printing MIN_ROW_NUMBERS or more that a table needs to be read by its header. */
const MIN_LAID_OUT_ROWS = 2;
/** Most columns the header may have beyond the widest row (columns no row fills). */
const MAX_EMPTY_COLUMNS = 2;
/**
 * Cells. How far a left-aligned number may start from its column's header word (pdftotext rounds
 * each line's x on its own; the cell's padding differs by a cell between header and body). Column
 * starts are further apart than twice this (a number matching two is not placed).
 */
const START_TOLERANCE = 2;
/** display columns. How far a number may start from its column's header word for an exact placement (w3m/lynx: 0). */
const ALIGNED_START = 1;
/** Two header words set apart by a run of spaces: a header padded into columns. */
const PADDED = /\S[ \u3000]{2,}\S/u;
/** Most columns of a header read exactly (the template's widest table, 四, has 15). */
const MAX_EXACT_COLUMNS = 15;

/** A table's columns by its header: `k` columns, each row line's numbers' columns; `exact`: every number starts under a header word. */
export interface HeaderPlaces {
  k: number;
  places: Map<number, number[]>;
  exact?: boolean;
}

/** A run of header text: where it starts on its line. */
interface Piece {
  line: number;
  lo: number;
}

/** The pieces (runs of non-space text) of a line, starts under measure `m`. */
function piecesOf(raw: string, line: number, m: Measure): Piece[] {
  return [...raw.matchAll(/\S+/g)].map((t) => {
    const before = raw.slice(0, t.index);
    return { line, lo: m === 'chars' ? before.length : displayWidth(before) };
  });
}

/**
 * The header's column starts under measure `m`: the pieces, right of the label columns, of the
 * header line printing the most of them (a wrapped word's lower pieces are centred under it and
 * start elsewhere; a converter placing text at fixed pitch — `pdftotext -fixed` — does not say
 * how far an ideograph reaches, only where it starts).
 */
function columnsOf(lines: readonly string[], numbersFrom: number, m: Measure): number[] {
  let best: number[] = [];
  lines.forEach((raw, i) => {
    const starts = piecesOf(raw, i, m).map((p) => p.lo).filter((lo) => lo >= numbersFrom - START_TOLERANCE);
    if (starts.length > best.length) best = starts;
  });
  return best;
}

/** A run of header text with its end (exclusive) under one measure. */
interface Span extends Piece {
  hi: number;
}

/** The pieces of a line with their ends under measure `m`. */
function spansOf(raw: string, line: number, m: Measure): Span[] {
  return [...raw.matchAll(/\S+/g)].map((t) => {
    const lo = m === 'chars' ? t.index! : displayWidth(raw.slice(0, t.index));
    return { line, lo, hi: lo + (m === 'chars' ? t[0].length : displayWidth(t[0])) };
  });
}

const overlaps = (a: Span, b: Span): boolean => a.lo < b.hi && b.lo < a.hi;

/**
 * The header's column starts under measure `m` from the pieces of ALL its lines (w3m/lynx print a
 * header cell on the line of its row span: '自然人' and '总计' beside the group word '法人或其他组织',
 * the five sub-columns on the line below): pieces right of the label columns, a group word (a piece
 * overlapping two or more pieces of another line) left out, the rest chained by overlap into
 * columns, each starting at its leftmost piece. Null when the chained columns overlap each other.
 */
function unionColumnsOf(lines: readonly string[], numbersFrom: number, m: Measure): number[] | null {
  const spans = lines.flatMap((raw, i) => spansOf(raw, i, m)).filter((p) => p.lo >= numbersFrom - START_TOLERANCE);
  const kept = spans.filter((p) => !lines.some((_, i) => i !== p.line && spans.filter((q) => q.line === i && overlaps(p, q)).length >= 2));
  const columns: { lo: number; hi: number }[] = [];
  for (const p of [...kept].sort((a, b) => a.lo - b.lo)) {
    const c = columns.at(-1);
    if (c && p.lo < c.hi) c.hi = Math.max(c.hi, p.hi);
    else columns.push({ lo: p.lo, hi: p.hi });
  }
  return columns.map((c) => c.lo);
}

/**
 * Each row's numbers' columns under `m` when every number starts exactly where its column's header
 * word starts (ALIGNED_START: a left-aligned cell of an HTML table dumped by w3m/lynx), else null.
 */
function exactRows(rows: readonly Row[], columns: readonly number[], m: Measure): Map<number, number[]> | null {
  const out = new Map<number, number[]>();
  for (const r of rows) {
    const at: number[] = [];
    for (const n of r.nums) {
      const j = columns.findIndex((c) => Math.abs(c - n.start[m]) <= ALIGNED_START);
      if (j < 0 || (at.length > 0 && j <= at.at(-1)!)) return null;
      at.push(j);
    }
    out.set(r.index, at);
  }
  return out;
}

/**
 * The column of a left-aligned number starting at `at`: the first column whose header word starts
 * at or after it (a header word centred in its cell starts right of the cell's left edge, where a
 * left-aligned number starts), when the word starts less than half the column pitch after it (a
 * number centred under a long word starts inside the word, far from the next word: not placed).
 */
function columnAt(at: number, columns: readonly number[]): number {
  const j = columns.findIndex((c) => c >= at - START_TOLERANCE);
  if (j < 0 || columns.length < 2) return -1;
  const pitch = j > 0 ? columns[j]! - columns[j - 1]! : columns[1]! - columns[0]!;
  return columns[j]! - at <= pitch / 2 ? j : -1;
}

/** Each row's numbers' columns under measure `m` (line index → columns), or null when a number has no column or two share one. */
function placeRows(rows: readonly Row[], columns: readonly number[], m: Measure): Map<number, number[]> | null {
  const out = new Map<number, number[]>();
  for (const r of rows) {
    const at: number[] = [];
    for (const n of r.nums) {
      const j = columnAt(n.start[m], columns);
      if (j < 0 || (at.length > 0 && j <= at.at(-1)!)) return null;
      at.push(j);
    }
    out.set(r.index, at);
  }
  return out;
}

/**
 * The table's columns from its header lines (`header`, top to bottom) when the header has more
 * columns than its widest row prints (at most MAX_EMPTY_COLUMNS more) and every number of every
 * row has a column (`columnAt`: left-aligned numbers under header words centred in their cells),
 * the same under both measures where both place it; null otherwise.
 * `places`: each row line's numbers' columns.
 */
export function headerPlaces(rows: readonly Row[], header: readonly string[], measures: readonly Measure[] = ['chars', 'width']): HeaderPlaces | null {
  const valued = rows.filter((r) => r.nums.length > 0);
  if (header.length === 0 || valued.length === 0) return null;
  const widest = maxOf(valued.map((r) => r.nums.length));
  // A laid-out table: rows printing several numbers side by side (a raw dump's one value per line says nothing of columns).
  if (widest < MIN_ROW_NUMBERS) return null;
  // Every number exactly under a header word in display columns (w3m, lynx): not in a dump the rows show padded by characters.
  const exact = (v: readonly Row[], h: readonly string[]): HeaderPlaces | null => (measures.includes('width') ? exactPlaces(v, h) : null);
  // One row of numbers (table 四 of a dump: one label-less row under a 3-line header) only when every number starts under a header word.
  if (valued.filter((r) => r.nums.length >= MIN_ROW_NUMBERS).length < MIN_LAID_OUT_ROWS) return exact(valued, header);
  let found: { k: number; places: Map<number, number[]> } | null = null;
  // Column counts of the measures whose header columns some number does not fit.
  const misfits: number[] = [];
  for (const m of measures) {
    const columns = columnsOf(header, minOf(valued.map((r) => r.nums[0]!.start[m])), m);
    if (columns.length <= widest || columns.length > widest + MAX_EMPTY_COLUMNS) continue;
    const places = placeRows(valued, columns, m);
    if (!places) {
      misfits.push(columns.length);
      continue;
    }
    if (found && (found.k !== columns.length || valued.some((r) => found!.places.get(r.index)!.join() !== places.get(r.index)!.join()))) return null;
    found = { k: columns.length, places };
  }
  // The other measure finds as many columns and some number under none of them (or two numbers under
  // one): the rows are not laid out under the header, the fit is chance. A narrow page's rows ('规章
  // 8      7', cells 3 spaces apart) under a header padded wide: its words counted in characters sit
  // 9 apart and take one number each; in display columns both numbers sit under '本年新制作数量'.
  if (found && misfits.includes(found.k)) return exact(valued, header);
  return found ?? exact(valued, header);
}

/**
 * The table's columns from all its header lines (`unionColumnsOf`) when every number of every row
 * starts exactly under a header word (`exactRows`), under display width (w3m and lynx pad by display
 * columns); the number of empty columns is then not bounded (a small office's table 三 prints 3 of 7).
 */
function exactPlaces(valued: readonly Row[], header: readonly string[]): HeaderPlaces | null {
  // A header padded into columns (w3m/lynx set its words apart by runs of spaces); a reading-order dump's
  // vertical header read across ('服 其 总' / '务 他 计', single spaces) lines up with '3 37' by chance
  // (breakit47 bomcrlf k25: its rows so placed left 8 rows of table 三 unread).
  if (!header.some((h) => PADDED.test(h))) return null;
  // Header words right of every row's label: a label-less row (table 四) whose first value sits under the second column keeps the first.
  const labelsEnd = maxOf(valued.map((r) => displayWidth(r.raw.slice(0, r.labelEnd).trimEnd())));
  const columns = unionColumnsOf(header, labelsEnd + START_TOLERANCE, 'width');
  const widest = maxOf(valued.map((r) => r.nums.length));
  if (!columns || columns.length <= widest || columns.length > MAX_EXACT_COLUMNS) return null;
  const places = exactRows(valued, columns, 'width');
  return places ? { k: columns.length, places, exact: true } : null;
}

/**
 * Columns the header prints right of the rows' labels under both measures (the fewest of the two;
 * the line printing the most header words), 0 without a header: a reading of the rows' numbers on
 * fewer columns than this has taken the header's empty columns out, and cannot say which.
 */
export function headerColumnCount(rows: readonly Row[], header: readonly string[]): number {
  const valued = rows.filter((r) => r.nums.length > 0);
  if (header.length === 0 || valued.length === 0) return 0;
  return minOf((['chars', 'width'] as const).map((m) => columnsOf(header, minOf(valued.map((r) => r.nums[0]!.start[m])), m).length));
}
