/**
 * @file Blank cells of space-aligned text tables (`pdftotext -layout`, a converter's fixed-width
 * dump). Such a table prints an empty cell as nothing: a row line holds fewer numbers than the
 * table has columns, and only where its numbers sit on the line says which columns they are in.
 * The rows that printed every column (the most numbers in the table, at least MIN_FULL_ROWS rows
 * agreeing) give each column's anchor: the right edge (or left edge, or centre) of its numbers,
 * measured in characters or in display columns (East Asian wide = 2; a dump pads by one or the
 * other). A shorter row puts each number in the column whose anchor it sits on and an empty cell
 * ('' = blank, as a tab dump's empty cell) in the others. A row is left as printed when a number
 * sits on no anchor, two numbers share one, or two readings that fit the full rows place it
 * differently: alignment never guesses. A dump that places text in exact character cells but changes
 * its scale between stretches of lines (Ghostscript txtwrite: columns two cells apart, at 57 in one
 * stretch and 58 in the next) gives no anchors for the whole table: the rows the anchors do not place
 * are read stretch by stretch, each stretch's numbers taking exactly as many places as the table has
 * columns (`exactBlockPlaces`); never from numbers one space apart.
 */
import { matchHeading } from '../sections/match-heading.js';
import { blankRowLabel, labelPieces, OWN_ROW_START, type LabelLine, type LabelPiece, type Measure } from './wrapped-rows.js';
import { maxOf, minOf } from '../_internal/extremes.js';
import { exactBlockPlaces } from './stretch-columns.js';
import { HEADER_LINES, headerColumnCount, headerPlaces } from './header-columns.js';
import { headerSpanCells, reviewRowCells } from './header-spans.js';
import { MAX_ROW_SHIFT, shiftedPlaces } from './page-row-shift.js';
import { joinAsPrinted, joinWrappedRows, realignGroupWraps } from './aligned-wraps.js';
import { measureMargin, paddedMeasures } from './padded-measure.js';
import { placeByBands } from './header-bands.js';

/** Rows that must print a number in every column, at the same places, for their anchors to be taken. */
export const MIN_FULL_ROWS = 2;
/** Fewest columns for a table of aligned rows (one column has nothing to place a number between). */
const MIN_COLUMNS = 2;
/**
 * Fewest columns of a page's one full row for its anchors to be taken (page-row-shift): table 三's
 * seven, table 四's five or fifteen; a two- or three-column table's short rows fit too many shifts.
 */
const MIN_PAGE_COLUMNS = 5;
/**
 * character cells. How far a number's edge may sit from its column's anchor (and the full rows'
 * edges from each other). `pdftotext -layout` turns x coordinates into character cells and rounds:
 * the edges of one column differ by one cell between rows. Anchors closer than 2·TOLERANCE + 1 are
 * not told apart, and such a table is not placed.
 */
export const ALIGN_TOLERANCE = 1;
/** character cells. How far apart one column's places in the full rows may lie (pdftotext -layout's rounding grows along a line). */
const MAX_SPREAD = 3;
/** Full rows each full row is compared with for a shift. */
const SHIFT_REFERENCES = 32;
/** lines. The table lines just above a line of label pieces that say where the label columns and numbers are (bounded: linear in a long dump). */
const LABEL_COLUMN_LINES = 40;
/** chars. A text line without numbers longer than this is prose: it ends a table. */
const PROSE_CHARS = 60;

/** A printed number: `[-]digits[,digits][.digits]`. */
const NUMBER = /^[-\u2212]?\d[\d,]*(?:\.\d+)?$/;
/** A cell's mark for 'none': a slash or a dash (one or two). */
const NONE_MARK = /^(?:[/／]|[-—–－\u2212]{1,2})$/;

/** East Asian wide and fullwidth characters (2 display columns). */
export const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD8BF][\uDC00-\uDFFF]/;

export type Edge = 'right' | 'left' | 'centre';

/** A number of a row line: its text and its start and end on the line under both measures. */
export interface Num {
  text: string;
  start: Record<Measure, number>;
  end: Record<Measure, number>;
}

/** A row line: the text before its numbers and its numbers left to right (none: a label alone). */
export interface Row {
  index: number;
  label: string;
  nums: Num[];
  /** The printed line and where its label text ends on it (its numbers start). */
  raw: string;
  labelEnd: number;
}

/** Display columns of a string (wide characters count 2). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/**
 * The numbers that end a line (tokens split by spaces, read from the right), or null. A cell's mark for
 * none ('/', '-', '—') among them is one of its cells (pandoc prints '规章  /  28  2'): read as part of the label, its
 * column was an empty cell, a blank 0. Marks alone (no number after the label) leave the line as it was.
 */
function rowOf(raw: string, index: number): Row | null {
  const tokens = [...raw.matchAll(/\S+/g)];
  let first = tokens.length;
  while (first > 0 && (NUMBER.test(tokens[first - 1]![0]) || NONE_MARK.test(tokens[first - 1]![0]))) first--;
  if (!tokens.slice(first).some((t) => NUMBER.test(t[0]))) return null;
  // Widths summed token by token (each piece of the line measured once: a run-on line of numbers stays linear).
  let chars = 0;
  let width = 0;
  const nums = tokens.slice(first).map((t) => {
    const at = t.index!;
    width += displayWidth(raw.slice(chars, at));
    chars = at;
    const start = { chars, width };
    chars += t[0].length;
    width += displayWidth(t[0]);
    return { text: t[0], start, end: { chars, width } };
  });
  const labelEnd = first === 0 ? 0 : tokens[first]!.index!;
  return { index, label: raw.slice(0, labelEnd).trim(), nums, raw, labelEnd };
}

const measured = (s: string): Record<Measure, number> => ({ chars: s.length, width: displayWidth(s) });
export const position = (n: Num, m: Measure, e: Edge): number => (e === 'right' ? n.end[m] : e === 'left' ? n.start[m] : (n.start[m] + n.end[m]) / 2);

/** A column's anchor: the span of its numbers' places in the rows that give it (a point for clustered numbers). */
interface Anchor {
  lo: number;
  hi: number;
}

/**
 * Column anchors under one measure and edge when the full rows agree, else null: each column's
 * places spread over at most MAX_SPREAD cells (pdftotext -layout rounds each line's x coordinates on
 * its own, and the error grows along the line: the 总计 column of one page ends at 82, 83 and 84;
 * numbers centred in their cells end one or two cells apart), no full row shifted from another in
 * every column the same way by more than ALIGN_TOLERANCE (rows padded by another measure), the
 * columns left to right with a gap between their spans.
 */
function anchorsOf(full: readonly Row[], m: Measure, e: Edge): Anchor[] | null {
  const k = full[0]!.nums.length;
  // One column places nothing (placeTable reads no such table): not measured (a dump of one value per line has millions of such rows).
  if (k < MIN_COLUMNS) return null;
  const anchors: Anchor[] = [];
  for (let j = 0; j < k; j++) {
    const ps = full.map((r) => position(r.nums[j]!, m, e));
    const a = { lo: minOf(ps), hi: maxOf(ps) };
    if (a.hi - a.lo > MAX_SPREAD) return null;
    const before = anchors.at(-1);
    if (before && a.lo - before.hi <= ALIGN_TOLERANCE) return null;
    anchors.push(a);
  }
  if (shiftedRows(full, (r, j) => position(r.nums[j]!, m, e))) return null;
  if (anchors.some((a, j) => j > 0 && (a.lo + a.hi) / 2 - (anchors[j - 1]!.lo + anchors[j - 1]!.hi) / 2 <= 2 * ALIGN_TOLERANCE + 1)) return null;
  return anchors;
}

/**
 * Two rows whose places differ by more than ALIGN_TOLERANCE in every column, all the same way: one
 * is shifted, not rounded. Each row is compared with the first SHIFT_REFERENCES rows (linear in a long dump).
 */
function shiftedRows(rows: readonly Row[], place: (r: Row, j: number) => number): boolean {
  const k = rows[0]!.nums.length;
  for (let i = 1; i < rows.length; i++) {
    for (let b = 0; b < Math.min(i, SHIFT_REFERENCES); b++) {
      let right = true;
      let left = true;
      for (let j = 0; j < k && (right || left); j++) {
        const d = place(rows[i]!, j) - place(rows[b]!, j);
        right &&= d > ALIGN_TOLERANCE;
        left &&= d < -ALIGN_TOLERANCE;
      }
      if (right || left) return true;
    }
  }
  return false;
}

/** Column anchors under one measure and edge. */
interface Reading {
  m: Measure;
  e: Edge;
  anchors: Anchor[];
}

/** The readings (measure, edge) whose anchors `anchorsBy` finds. */
function readingsOf(anchorsBy: (m: Measure, e: Edge) => Anchor[] | null): Reading[] {
  const out: Reading[] = [];
  for (const m of ['chars', 'width'] as const) {
    for (const e of ['right', 'left', 'centre'] as const) {
      const anchors = anchorsBy(m, e);
      if (anchors) out.push({ m, e, anchors });
    }
  }
  return out;
}

/**
 * Column anchors under one measure and edge from every number of the table: the places its numbers
 * sit, each within ALIGN_TOLERANCE, each taken by MIN_FULL_ROWS numbers at least, well apart, and
 * every row's numbers on distinct anchors left to right; else null (one number off them is enough).
 * Every number starts right of every row's label (number columns lie right of the label columns):
 * the pieces of a number wrapped in a narrow cell ('行政处罚 693' / '957') print where labels
 * are, and are no column.
 */
function clusterAnchors(rows: readonly Row[], m: Measure, e: Edge): Anchor[] | null {
  const valued = rows.filter((r) => r.nums.length > 0);
  const labelEnd = maxOf(valued.map((r) => measured(r.raw.slice(0, r.labelEnd).trimEnd())[m]));
  if (valued.some((r) => r.nums[0]!.start[m] <= labelEnd)) return null;
  const ps = valued.flatMap((r) => r.nums.map((n) => position(n, m, e))).sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const p of ps) {
    const g = groups.at(-1);
    if (g && p - g[0]! <= ALIGN_TOLERANCE) g.push(p);
    else groups.push([p]);
  }
  if (groups.some((g) => g.length < MIN_FULL_ROWS)) return null;
  const mids = groups.map((g) => (g[0]! + g.at(-1)!) / 2);
  if (mids.some((a, j) => j > 0 && a - mids[j - 1]! <= 2 * ALIGN_TOLERANCE + 1)) return null;
  const anchors = mids.map((a) => ({ lo: a, hi: a }));
  const places = valued.map((r) => placeOn(r, anchors, m, e));
  if (places.some((p) => p === null)) return null;
  return splitColumn(mids, places as number[][]) ? null : anchors;
}

/**
 * Two neighbouring places no row fills both of, nearer each other than any other two neighbours
 * (under half the next nearest gap): one column whose numbers pdftotext rounded to two places (a
 * right-aligned '56' ending at 53 and a '6' ending at 56 under the same header word), as much as two
 * columns each blank where the other prints. Counting them as two would give every number of one of
 * them to the column beside it in every row alike — no identity can tell (each column's sums hold
 * under any consistent shift) — so the table's columns are not read from these places.
 */
function splitColumn(mids: readonly number[], places: readonly (readonly number[])[]): boolean {
  const gaps = mids.slice(1).map((a, j) => a - mids[j]!);
  if (gaps.length < 2) return false;
  return gaps.some((g, j) => {
    const others = gaps.filter((_, i) => i !== j);
    return g * 2 < minOf(others) && !places.some((p) => p.includes(j) && p.includes(j + 1));
  });
}

/**
 * Column of each number of a short row under one reading, or null: the one left-to-right
 * assignment of its numbers to columns that puts each within ALIGN_TOLERANCE of its column's
 * anchor. None, or two (a number where two columns' spans nearly meet, which the others do not
 * decide), and the row is not placed. `shift`: how far the row's numbers may sit off their anchors
 * all alike (page-row-shift; 0: not at all).
 */
function placeOn(row: Row, anchors: readonly Anchor[], m: Measure, e: Edge, shift = 0): number[] | null {
  return shiftedPlaces(row.nums.map((n) => position(n, m, e)), anchors, ALIGN_TOLERANCE, shift);
}

/** A text line that ends a table: a section heading, prose, or a header line of several cells. */
function endsTable(raw: string): boolean {
  const t = raw.trim();
  return matchHeading(t) !== null || t.length > PROSE_CHARS || /\S(?: {2,}|\t|\u3000)\S/.test(t);
}

/** A row line as wrapped-rows.ts reads it: its label's pieces and whether it prints numbers. */
export const labelLine = (r: Row): LabelLine => ({ index: r.index, pieces: labelPieces(r.raw, r.labelEnd, measured), hasNumbers: r.nums.length > 0 });

/**
 * A line of several label pieces inside a table ('开           密': the wrapped tails of a row's
 * group and item labels, each in its own label column) is part of the table, not a header line that
 * ends it: under one measure its text ends before the first number of every row line read so far (a
 * header line stands over the number columns) and each of its pieces starts where a label piece of
 * an earlier line does (a label column), its first piece maybe further left (a group label column
 * no earlier line used). Not a section heading.
 */
function inLabelColumns(raw: string, table: readonly Row[]): boolean {
  const near = table.slice(-LABEL_COLUMN_LINES);
  const rows = near.filter((r) => r.nums.length > 0);
  if (rows.length === 0 || matchHeading(raw.trim()) !== null) return false;
  const text = raw.trimEnd();
  const end = measured(text);
  const pieces = labelPieces(text, text.length, measured);
  const columns = near.flatMap((r) => labelLine(r).pieces);
  return (['chars', 'width'] as const).some(
    (m) =>
      rows.every((r) => end[m] < r.nums[0]!.start[m]) &&
      pieces.every((p, i) => columns.some((c) => Math.abs(c.start[m] - p.start[m]) <= ALIGN_TOLERANCE || (i === 0 && p.start[m] < c.start[m]))),
  );
}

/**
 * A line of labels alone under a column rule, after rows with numbers, opening a row of its own ('三、本年度办理结果
 * （一）予以公开': a group label beside its first item, every cell blank), each piece starting where a run of the rule
 * does: a row of the table the rule lays out (pandoc's simple table), not a header line ending it.
 */
function underRule(raw: string, table: readonly Row[], rule: readonly Anchor[] | null): boolean {
  if (!rule || !table.some((r) => r.nums.length > 0) || matchHeading(raw.trim()) !== null) return false;
  const pieces = labelPieces(raw.trimEnd(), raw.trimEnd().length, measured);
  if (pieces.length === 0 || !OWN_ROW_START.test(pieces[0]!.text)) return false;
  return (['width', 'chars'] as const).some((m) => pieces.every((p) => rule.some((a) => Math.abs(a.lo - p.start[m]) <= ALIGN_TOLERANCE)));
}

/**
 * A label alone on its line inside a table that prints empty cells as nothing (it has short rows)
 * is a row whose every cell is empty, when it starts a row of its own and is neither half of a
 * wrapped label (the line after it starts a row of its own too, or has numbers of a row that does)
 * nor a group label (a bare block label followed by an item; anything followed by an item 1).
 * It must come after a row line; the table's last line is one when a heading or header line follows.
 */
function blankRowAt(rows: readonly Row[], i: number, closed: boolean): boolean {
  const row = rows[i]!;
  const next = rows[i + 1];
  if (!OWN_ROW_START.test(row.label) || !rows.slice(0, i).some((r) => r.nums.length > 0)) return false;
  // The table's last line, before a heading or header line: no label continues on the next line.
  if (!next) return closed;
  if (next.label === '' || !OWN_ROW_START.test(next.label)) return false;
  // A group label is printed beside (or above) one of its items, not always the first (cells centred vertically).
  return blankRowLabel(row.label, next.label);
}


/** A column rule of a simple text table (pandoc's plain/simple tables): runs of dashes apart by spaces, one per column. */
const COLUMN_RULE = /^ *-{2,}(?: +-{2,})+ *$/;

/** The spans (first and last character) of a column rule's runs: the same under both measures (dashes and spaces only). */
function ruleSpans(raw: string): Anchor[] | null {
  if (!COLUMN_RULE.test(raw.trimEnd())) return null;
  return [...raw.matchAll(/-+/g)].map((m) => ({ lo: m.index!, hi: m.index! + m[0].length - 1 }));
}

/**
 * The columns of a table under a column rule: every number of every row starts inside one run of
 * the rule, under one measure, no two numbers of a row in one run. The value columns are the runs
 * from the first to the last holding a number (an empty column between them, which no row prints,
 * is still a column: the rule prints its place) — or, where `labels` (the label pieces of the rule's rows,
 * from its first row with numbers on) say where the label columns end, every run after the last one a
 * label piece starts in, to the last holding a number (to the rule's last for a table no label stands in:
 * table 四's one row): a sparse table's first columns, empty in every row, are still its columns
 * (pandoc's simple table of a page printing zeros blank). Null when some number sits on no run or shares one.
 */
function ruledColumns(rows: readonly Row[], rule: readonly Anchor[], labels: readonly LabelPiece[] = []): ((row: Row) => string[]) | null {
  for (const m of ['width', 'chars'] as const) {
    const runOf = (at: number): number => rule.findIndex((a) => at >= a.lo && at <= a.hi);
    const at = rows.map((r) => r.nums.map((n) => runOf(n.start[m])));
    if (at.some((js) => js.some((j, i) => j < 0 || (i > 0 && j <= js[i - 1]!)))) continue;
    const all = at.flat();
    if (all.length === 0) return null;
    const labelRuns = labels.map((p) => runOf(p.start[m]));
    const afterLabels = labelRuns.some((j) => j < 0) ? -1 : labelRuns.length === 0 ? 0 : maxOf(labelRuns) + 1;
    const first = afterLabels >= 0 && afterLabels <= minOf(all) ? afterLabels : minOf(all);
    const last = afterLabels === 0 && labels.length === 0 ? rule.length - 1 : maxOf(all);
    const k = last - first + 1;
    if (k < MIN_COLUMNS) return null;
    const byIndex = new Map(rows.map((r, i) => [r.index, at[i]!]));
    return (row) => {
      const cells = Array.from({ length: k }, () => '');
      byIndex.get(row.index)!.forEach((j, i) => (cells[j - first] = row.nums[i]!.text));
      return cells;
    };
  }
  return null;
}

/** A table under a column rule (ruledColumns): each row's cells by the runs its numbers sit in. False when the rule does not place it. */
function placeRuled(rows: readonly Row[], rule: readonly Anchor[], out: Map<number, string[]>, closed: boolean, labels: readonly LabelPiece[]): boolean {
  const cellsOf = ruledColumns(rows, rule, labels);
  if (!cellsOf) return false;
  const joined = joinWrappedRows(rows, closed, cellsOf, out);
  realignGroupWraps(rows, cellsOf, out, joined);
  rows.forEach((row, i) => {
    if (joined.has(row.index)) return;
    if (row.nums.length === 0 ? blankRowAt(rows, i, closed) : row.label !== '') out.set(row.index, [row.label, ...cellsOf(row)]);
    // A label-less row of a table no label stands in (table 四's one row): its cells alone, each in its run.
    else if (labels.length === 0 && row.nums.length > 1) out.set(row.index, cellsOf(row));
  });
  return true;
}

/** The label pieces of a ruled table's rows from its first row with numbers on (the header lines above it left out): where its label columns are. */
function ruledLabels(rows: readonly Row[]): LabelPiece[] {
  const from = rows.findIndex((r) => r.nums.length > 0);
  return from < 0 ? [] : rows.slice(from).flatMap((r) => labelLine(r).pieces);
}

/**
 * A table whose header has a column no row fills (header-columns.ts): every row line's cells by the
 * header column each number stands under. False when the header does not place the table.
 */
function placeByHeader(rows: readonly Row[], header: readonly string[], out: Map<number, string[]>, closed: boolean, padded: readonly Measure[]): boolean {
  const byHeader = headerPlaces(rows, header, padded);
  if (!byHeader) return false;
  const cellsOf = (row: Row): string[] => {
    const cells = Array.from({ length: byHeader.k }, () => '');
    (byHeader.places.get(row.index) ?? []).forEach((j, i) => (cells[j] = row.nums[i]!.text));
    return cells;
  };
  const joined = joinWrappedRows(rows, closed, cellsOf, out);
  realignGroupWraps(rows, cellsOf, out, joined);
  rows.forEach((row, i) => {
    if (joined.has(row.index)) return;
    if (row.nums.length === 0 ? blankRowAt(rows, i, closed) : row.label !== '') out.set(row.index, [row.label, ...cellsOf(row)]);
    // A label-less row whose every number starts under a header word (table 四's one row): its cells alone.
    else if (byHeader.exact && row.nums.length > 1) out.set(row.index, cellsOf(row));
  });
  return true;
}

/**
 * Table 四's one label-less row printing fewer than its 15 cells (zeros blank) under a stacked header
 * (`tall`: the lines above it up to its heading): its cells by the header's column words
 * (header-spans.ts reviewRowCells), those the readings leave open unread. False when not placed.
 */
function placeReviewRow(rows: readonly Row[], tall: readonly string[], out: Map<number, string[]>, unread: Map<number, number[]>, padded: readonly Measure[]): boolean {
  const valued = rows.filter((r) => r.nums.length > 0);
  const cells = valued.length === 1 ? reviewRowCells(valued[0]!, tall, padded) : null;
  if (!cells) return false;
  out.set(valued[0]!.index, cells.map((c) => c ?? ''));
  const open = cells.flatMap((c, j) => (c === null ? [j] : []));
  if (open.length > 0) unread.set(valued[0]!.index, open);
  return true;
}

/**
 * A table whose header has more columns than its rows give anchors (whole columns empty), read under
 * its header words' spans (header-spans.ts): each row's cells every reading agrees on, the others
 * unread (`unread`: line index → cell indexes, label cell 0). False (nothing placed) when the spans do not place it.
 */
function placeBySpans(rows: readonly Row[], header: readonly string[], measures: readonly Measure[], out: Map<number, string[]>, closed: boolean, unread: Map<number, number[]>): boolean {
  const bySpans = headerSpanCells(rows, header, measures);
  if (!bySpans) return false;
  const cellsOf = (row: Row): string[] | null => {
    if (row.nums.length === 0) return Array.from({ length: bySpans.k }, () => '');
    const cells = bySpans.cells.get(row.index);
    return cells ? cells.map((c) => c ?? '') : null;
  };
  const put = (at: Row, line: string[]): void => {
    out.set(at.index, line);
    const cells = bySpans.cells.get(at.index);
    const open = cells ? cells.flatMap((c, j) => (c === null ? [j + 1] : [])) : [];
    if (open.length > 0) unread.set(at.index, open);
  };
  const joined = joinWrappedRows(rows, closed, cellsOf, out);
  realignGroupWraps(rows, cellsOf, out, joined);
  rows.forEach((row, i) => {
    const line = out.get(row.index);
    if (joined.has(row.index)) {
      if (line && line.length > 0) put(row, line);
    } else if (row.nums.length === 0 ? blankRowAt(rows, i, closed) : row.label !== '') put(row, [row.label, ...cellsOf(row)!]);
  });
  return true;
}

/**
 * Cells for the short rows of one table (stretch of row lines), keyed by line index; `rule`: the
 * column rule above it, if any; `header`: the lines just above its first row (its column header).
 */
function placeTable(rows: readonly Row[], out: Map<number, string[]>, printed: Map<number, string>, unread: Map<number, number[]>, closed: boolean, rule: readonly Anchor[] | null, header: readonly string[], mates: ReadonlySet<number>, tall: readonly string[], padded: readonly Measure[], ruleLabels: readonly LabelPiece[] = []): void {
  placeColumns(rows, out, unread, closed, rule, header, mates, tall, padded, ruleLabels);
  joinAsPrinted(rows, closed, out, printed);
}

/** True when the row's text has no run of two spaces or more: its cells joined by one space, nothing padded. */
const spaceJoined = (row: Row): boolean => !/ {2}/.test(row.raw.trim());

/** No other page's full row: a page read by its own rows only (placeColumns' fallback). */
const NO_MATES: ReadonlySet<number> = new Set();

/**
 * Cells for the short rows of one table by its columns (placeTable). `mates`: the number counts of
 * full rows printed on the pages this stretch continues or is continued on (a table split over pages
 * by a form feed): a page with one full row takes its anchors from it when another page's full row
 * confirms its count (layout/page-row-shift).
 */
function placeColumns(rows: readonly Row[], out: Map<number, string[]>, unread: Map<number, number[]>, closed: boolean, rule: readonly Anchor[] | null, header: readonly string[], mates: ReadonlySet<number>, tall: readonly string[], padded: readonly Measure[], ruleLabels: readonly LabelPiece[] = []): void {
  if (rule && rows.some((r) => r.nums.length > 0) && placeRuled(rows, rule, out, closed, ruleLabels)) return;
  // Every row printing its label and numbers one space apart (a crawler's line: cells joined by a
  // space, empty ones gone): no column is laid out, where a number sits says nothing of its column —
  // a short row is placed neither by the header nor by anchors (its wrapped labels are still joined).
  const joinedBySpace = rows.every((r) => r.nums.length === 0 || spaceJoined(r));
  if (!joinedBySpace && placeByHeader(rows, header, out, closed, padded)) return;
  if (!joinedBySpace && placeReviewRow(rows, tall, out, unread, padded)) return;
  const widest = maxOf(rows.map((r) => r.nums.length), 0);
  const full = rows.filter((r) => r.nums.length === widest);
  // One full row on a page whose table another page's full row continues: the page's anchors, each line shifted as a whole.
  const onePage = full.length === 1 && widest >= MIN_PAGE_COLUMNS && mates.has(widest);
  const byFull = full.length < MIN_FULL_ROWS && !onePage ? [] : readingsOf((m, e) => anchorsOf(full, m, e));
  const byAll = readingsOf((m, e) => clusterAnchors(rows, m, e));
  const columns = new Set(byAll.map((r) => r.anchors.length));
  // Every number's column from all rows, when no two rows printing every column say so (or some
  // column none of the widest rows printed): one column count under every reading. Not when the
  // rows printing every column disagree (each row shifted by its own label: pdftotext -layout,
  // -fixed N) and all rows' numbers fall in more places than those rows print: the places are the
  // shifts, not columns, and a full row would be spread over them ('1 2 0 0 1 4' as '∅ 1 2 0 0 1 ∅ 4').
  const n = [...columns][0]!;
  const fullDisagree = full.length >= MIN_FULL_ROWS && byFull.length === 0;
  const useAll = columns.size === 1 && (byFull.length === 0 || n > widest) && !(fullDisagree && n > widest);
  const shifted = onePage && !useAll;
  const readings = useAll ? byAll : shifted ? dumpMeasure(rows, byFull, widest) : byFull;
  const k = useAll ? n : widest;
  if (k < MIN_COLUMNS) return;
  // A table whose numbers come mostly one to a line with no label (plain pdftotext's reading order:
  // a cell per line, two adjacent cells now and then joined '3954 283') is no space-aligned table:
  // its few several-number lines give no columns, and a label line is no row of empty cells.
  if (readingOrderStream(rows)) return;
  // A table that prints every cell (w3m -dump of an HTML table: wrapped label cells, each row full):
  // its wrapped labels joined into the row printing its numbers beside its label's first piece; no
  // row of empty cells, no numbers line without a label (a pile's values: which label is not said).
  if (!rows.some((r) => r.nums.length > 0 && r.nums.length < k)) {
    const beside = (row: Row): string[] | null => (row.nums.length === k && row.label !== '' ? row.nums.map((n) => n.text) : null);
    if (full.length >= MIN_FULL_ROWS) joinWrappedRows(rows, closed, beside, out);
    return;
  }
  if (joinedBySpace) return;
  // The header stands more column words over the numbers than the rows give columns (a column no
  // row fills, which the header did not place): which column is empty is not known — not placed.
  // A header of more columns (its words' spans chained over all its lines: '其他' on a line of its own)
  // than the rows fill: the rows read under those spans (header-spans.ts), by the measures the rows'
  // numbers line up by (a dump pads by one of them).
  // …under the measure the dump pads by where its rows tell it (padded-measure.ts).
  const measures = [...new Set(readings.map((r) => r.m))].filter((m) => padded.includes(m));
  if (placeBySpans(rows, header, measures.length > 0 ? measures : padded, out, closed, unread)) return;
  if (headerColumnCount(rows, header) > k) return;
  // Rows the table's anchors do not place: a dump placing text by exact character cells whose scale
  // changes from one stretch of lines to the next (Ghostscript txtwrite) is read stretch by stretch.
  let byStretch = readings.length === 0 ? exactBlockPlaces(rows, k) : null;
  // Neither anchors nor stretches place a row: the table is not laid out in columns (plain
  // pdftotext's label piles); its lines are left as printed — a label line is no row of blanks.
  if (readings.length === 0 && byStretch!.size === 0) return;
  const stretchPlace = (row: Row): number[][] => {
    const p = (byStretch ??= exactBlockPlaces(rows, k)).get(row.index);
    return p ? [p] : [];
  };
  /** The row's cells: printed in full, placed on the anchors, or none printed; null when not placed. */
  const cellsOf = (row: Row): string[] | null => {
    if (row.nums.length === 0 || row.nums.length === k) return Array.from({ length: k }, (_, j) => row.nums[j]?.text ?? '');
    const on = (r: Reading): number[] | null =>
      placeOn(row, r.anchors, r.m, r.e, shifted ? MAX_ROW_SHIFT : 0);
    const onAnchors = readings.map(on).filter((p): p is number[] => p !== null);
    const placed = onAnchors.length > 0 ? onAnchors : stretchPlace(row);
    if (placed.length === 0 || placed.some((p) => p.join() !== placed[0]!.join())) return null;
    const cells = Array.from({ length: k }, () => '');
    placed[0]!.forEach((j, i) => (cells[j] = row.nums[i]!.text));
    return cells;
  };
  // A page's one full row gives its columns only when every line of two numbers or more fits them: a
  // full row pdftotext crammed (its numbers pushed together, its 总计 six cells left of every other
  // row's) places a few lines one column off by chance and leaves the rest unplaced. The page is then
  // read as it was without that row's anchors (NO_MATES): its rows of empty cells stay rows (fb34
  // pn/base-lay-930500, an A4 -layout dump whose zeros print blank: 予以公开 and three 不予公开 rows
  // had been left label lines, read missing or ambiguous where they were 0 at 0.75).
  if (shifted && rows.some((r) => r.nums.length >= 2 && r.nums.length < k && cellsOf(r) === null)) return placeColumns(rows, out, unread, closed, rule, header, NO_MATES, tall, padded, ruleLabels);
  const joined = joinWrappedRows(rows, closed, cellsOf, out);
  realignGroupWraps(rows, cellsOf, out, joined);
  rows.forEach((row, i) => {
    if (!joined.has(row.index) && row.nums.length === 0 && blankRowAt(rows, i, closed)) out.set(row.index, [row.label, ...cellsOf(row)!]);
  });
  for (const row of rows) {
    // A number alone on a line with no label (a page number, a stray) is no row to place.
    if (joined.has(row.index) || row.nums.length === 0 || row.nums.length >= k || row.label === '') continue;
    const cells = cellsOf(row);
    if (cells) out.set(row.index, [row.label, ...cells]);
  }
}

/**
 * The readings of a page's one full row (page-row-shift) under the measure the dump pads by: the one
 * under which more of the page's short rows sit on the anchors unshifted, then the one placing more
 * of them. Under the other, each line's numbers move by its label's count of wide characters, and a
 * row may fit the anchors one column over by chance ('5.属于三类内部事务信息 1 1 1 2 5' counted in
 * characters sat on 商业企业…其他, its total left out); in display columns most lines of the page sit
 * where the full row's numbers do. Both are kept when they tie (they must then agree).
 */
function dumpMeasure(rows: readonly Row[], readings: readonly Reading[], k: number): Reading[] {
  const short = rows.filter((r) => r.nums.length > 0 && r.nums.length < k);
  const count = (m: Measure, fits: (row: Row, r: Reading) => boolean): number => short.filter((row) => readings.some((r) => r.m === m && fits(row, r))).length;
  const unshifted = (row: Row, r: Reading): boolean => placeOn(row, r.anchors, r.m, r.e) !== null;
  const shifted = (row: Row, r: Reading): boolean => placeOn(row, r.anchors, r.m, r.e, MAX_ROW_SHIFT) !== null;
  const [chars, width] = [count('chars', unshifted) - count('width', unshifted), count('chars', shifted) - count('width', shifted)];
  const by = chars !== 0 ? chars : width;
  return by === 0 ? [...readings] : readings.filter((r) => r.m === (by > 0 ? 'chars' : 'width'));
}

/**
 * A table whose number lines are mostly (over half) one number alone, no label: a reading-order
 * dump printing each cell on its own line, not rows laid out in columns.
 */
function readingOrderStream(rows: readonly Row[]): boolean {
  const valued = rows.filter((r) => r.nums.length > 0);
  return 2 * valued.filter((r) => r.nums.length === 1 && r.label === '').length > valued.length;
}

/** A line that cannot be part of a column header: it prints a number, or is a section heading. */
const NOT_HEADER = /[0-9\uFF10-\uFF19]/;

/**
 * The lines just above line `at` that may be its table's column header (top to bottom): up to
 * HEADER_LINES non-blank lines without digits, not a heading, not past a page break.
 */
function headerAbove(raws: readonly string[], at: number, skip: (index: number) => boolean): string[] {
  const out: string[] = [];
  for (let i = at - 1; i >= 0 && out.length < HEADER_LINES; i--) {
    const raw = raws[i]!;
    if (skip(i) || raw.trim() === '') continue;
    if (NOT_HEADER.test(raw) || /[\t|]/.test(raw) || matchHeading(raw.trim()) !== null) break;
    out.unshift(raw.replace(/\f/g, ' '));
    if (raw.includes('\f')) break;
  }
  return out;
}

/** Most lines above table 四's row its stacked header may take (five lines of one-character words, two group lines, a note). */
const TALL_HEADER_LINES = 12;

/**
 * The lines above line `at` up to its section heading (at most TALL_HEADER_LINES non-blank ones, not
 * past a page break, a tab or pipe line, or a line ending in a number): table 四's stacked header.
 */
function tallHeaderAbove(raws: readonly string[], at: number, skip: (index: number) => boolean): string[] {
  const out: string[] = [];
  for (let i = at - 1; i >= 0 && out.length < TALL_HEADER_LINES; i--) {
    const raw = raws[i]!;
    if (skip(i) || raw.trim() === '') continue;
    if (/[0-9\uFF10-\uFF19]\s*$/.test(raw) || /[\t|]/.test(raw) || matchHeading(raw.trim()) !== null) break;
    out.unshift(raw.replace(/\f/g, ' '));
    if (raw.includes('\f')) break;
  }
  return out;
}

/**
 * The cells of every short row line of the space-aligned tables in `raws` (a text's lines):
 * line index → [label, one cell per column, '' where nothing was printed]; a line whose text was
 * joined into a row on another line (a wrapped label's other lines) → []. `skip` says which lines
 * are page furniture (they neither end a table nor belong to it). `printed` receives the lines of
 * tall rows whose numbers are not placed, each its joined label and its numbers as printed (joinAsPrinted).
 */
export function alignedRowCells(raws: readonly string[], skip: (index: number) => boolean, printed: Map<number, string> = new Map(), unread: Map<number, number[]> = new Map(), doubt: Set<number> = new Set(), alone: Set<number> = new Set()): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let table: Row[] = [];
  // The last column rule (a simple text table's dashes): it says where the columns of the rows below it are, empty ones too.
  let rule: Anchor[] | null = null;
  // Each stretch of table lines, placed once all are known: a page's stretch looks at the pages it continues.
  const stretches: { rows: Row[]; closed: boolean; rule: Anchor[] | null; header: string[]; tall: string[]; broken: boolean }[] = [];
  const place = (closed: boolean, broken = false): void => {
    const first = table.find((r) => r.nums.length > 0);
    // A first row without label (table 四's one row): the lines above it up to its heading, its header stacked.
    const tall = first && first.label === '' ? tallHeaderAbove(raws, first.index, skip) : [];
    if (table.length > 0) stretches.push({ rows: table, closed, rule, header: first ? headerAbove(raws, first.index, skip) : [], tall, broken });
    if (table.some((r) => r.nums.length > 0)) rule = null;
    table = [];
  };
  raws.forEach((raw, index) => {
    // A page break (form feed, pdftotext): the next page is laid out by its own lines, its columns
    // at other character positions, so its rows are aligned among themselves. The table goes on.
    if (raw.includes('\f') && table.length > 0) place(false, true);
    if (skip(index) || raw.trim() === '') return;
    const spans = ruleSpans(raw);
    if (spans) {
      place(true);
      rule = spans;
      return;
    }
    // Only space-padded lines: a tab or pipe line already says where its cells are.
    const row = /[\t|]/.test(raw) ? null : rowOf(raw, index);
    if (row) table.push(row);
    else if (!/[\t|]/.test(raw) && (!endsTable(raw) || inLabelColumns(raw, table) || underRule(raw, table, rule))) table.push({ index, label: raw.trim(), nums: [], raw, labelEnd: raw.length });
    else place(true);
  });
  place(false);
  // The label pieces of each rule's rows, over every stretch under it: where its label columns end (ruledColumns).
  const ruleRows = new Map<Anchor[], Row[]>();
  for (const st of stretches) if (st.rule) ruleRows.set(st.rule, [...(ruleRows.get(st.rule) ?? []), ...st.rows]);
  const ruleLabels = new Map([...ruleRows].map(([r, rows]) => [r, ruledLabels(rows)] as const));
  const widest = (rows: readonly Row[]): number => maxOf(rows.map((r) => r.nums.length), 0);
  // The measure each stretch's rows line up by, and the document's (padded-measure.ts): its headers are read under it.
  const margins = stretches.map((st) => measureMargin(st.rows));
  const paged = raws.some((raw) => raw.includes('\f'));
  stretches.forEach((st, i) => {
    // The full-row counts of the pages this stretch continues (the one before broke at a form feed) or is continued on.
    const mates = new Set<number>();
    if (stretches[i - 1]?.broken) mates.add(widest(stretches[i - 1]!.rows));
    if (st.broken && stretches[i + 1]) mates.add(widest(stretches[i + 1]!.rows));
    placeTable(st.rows, out, printed, unread, st.closed, st.rule, st.header, mates, st.tall, paddedMeasures(margins[i]!, margins, paged), st.rule ? ruleLabels.get(st.rule) : []);
  });
  // Rows and blank rows no placement above read, under their table's header bands (header-bands.ts).
  const rowsAt = new Map(stretches.flatMap((st) => st.rows.map((r) => [r.index, r] as const)));
  placeByBands(raws, skip, (i) => rowsAt.get(i) ?? (/[\t|]/.test(raws[i]!) ? null : rowOf(raws[i]!, i)), paddedMeasures({ margin: 0, rows: 0 }, margins, paged), out, unread, doubt, alone);
  return out;
}
