/**
 * @file Blank cells a producer drew as a space glyph, kept as empty cells of their row. LibreOffice
 * prints a Word table cell holding '&nbsp;' (or ' ') — a report printing its zeros blank — as ONE
 * space glyph in the cell; pdf.js's text content folds it into the gap, so a borderless row printing
 * one number ('5.属于三类内部事务信息  3') has lost which column the 3 is in, and a header whose cells
 * LibreOffice filled to their width ('科研机社会公益法律服务机') or whose last columns ran off the page
 * (总计, 其他) cannot say it either (fresh51 lo-docx b24/b47/b59: 1–29 of table 三's 175 read). The
 * operator list still has the glyphs (`text-walk.ts` spaces): each row of such a table shows the same
 * number of cells — numbers and drawn spaces — at the same places. Where at least MIN_ROWS rows of a
 * page show MIN_CELLS or more cells on their line, each cell within COLUMN_SLACK of the rows' common
 * column centres, those rows get an empty cell ('') at each drawn space, as a ruled grid's row gives
 * it: the row's cells are then its columns, in order (`scripts/blank-band-variants.mjs --lo-docx`).
 * An empty `<td></td>` draws nothing and stays unknown: only a drawn glyph is a cell seen.
 */
import type { PositionedLine } from './pdf-lines.js';
import type { DrawnSpace } from './text-walk.js';
import { isNumberCell } from './item-starts.js';

/**
 * Fewest cells (numbers and drawn blank cells) a row shows: table 三 prints 7, or as few as 3 with its last columns
 * off the page (a table 1.2–1.45× the text width: 自然人 … 社会公益组织 shown, its header naming them).
 */
const MIN_CELLS = 3;
/** Fewest rows of a page showing the same cells at the same places (one row's spaces could be anything). */
const MIN_ROWS = 3;
/**
 * × font size. A drawn blank cell's space stands at least this far from the text beside it on its line: LibreOffice
 * centres it in its cell; a space separating two numbers of one run ('10 5 16') touches the number before it.
 */
const APART = 0.6;
/** × the narrowest column pitch. A row's cell lies this close to its column's centre (the rows' median). */
const COLUMN_SLACK = 0.3;
/** × line height. A drawn space's baseline lies within the line's box, down to this far below its top. */
const BASELINE_BELOW = 1.2;

/** A cell seen on a row right of its label: a number (its index in the line) or a drawn space. */
interface SeenCell {
  x: number;
  end: number;
  index?: number;
}

const centre = (c: SeenCell): number => (c.x + c.end) / 2;

/** The row's value cells right of its label (numbers and lone drawn spaces, left to right), or null when it has no drawn blank cell. */
function seenCells(l: PositionedLine, spaces: readonly DrawnSpace[]): SeenCell[] | null {
  if (!l.ends || l.xs.length !== l.cells.length || l.ends.length !== l.cells.length) return null;
  const first = l.cells.findIndex(isNumberCell);
  const values = first < 0 ? [] : l.cells.slice(first);
  if (first === 0 || !values.every(isNumberCell)) return null;
  const size = Math.max(1, l.bottom - l.top);
  const labelEnd = first < 0 ? l.ends.at(-1)! : l.ends[first - 1]!;
  const texts = l.cells.map((_, i) => ({ x: l.xs[i]!, end: l.ends![i]! }));
  const onLine = spaces.filter((s) => s.y >= l.top && s.y <= l.top + size * BASELINE_BELOW && s.x >= labelEnd + APART * size);
  // A run of spaces (padding, indentation) is no cell: each blank cell's glyph stands apart from text and from other spaces.
  const apart = (a: { x: number; end: number }, s: DrawnSpace): boolean => s.x + s.advance <= a.x - APART * size || s.x >= a.end + APART * size;
  const blanks = onLine.filter((s) => texts.every((t) => apart(t, s)) && onLine.every((o) => o === s || apart({ x: o.x, end: o.x + o.advance }, s)));
  if (blanks.length === 0) return null;
  const cells: SeenCell[] = [...blanks.map((s) => ({ x: s.x, end: s.x + s.advance })), ...values.map((_, i) => ({ x: l.xs[first + i]!, end: l.ends![first + i]!, index: first + i }))];
  return cells.sort((a, b) => a.x - b.x);
}

/** The column centres `rows` agree on (each index's median), or null when a row's cell strays from its column. */
function commonColumns(rows: readonly SeenCell[][]): number[] | null {
  const k = rows[0]!.length;
  const centres = Array.from({ length: k }, (_, j) => {
    const cs = rows.map((r) => centre(r[j]!)).sort((a, b) => a - b);
    return cs[Math.floor(cs.length / 2)]!;
  });
  const pitch = Math.min(...centres.slice(1).map((c, j) => c - centres[j]!));
  if (!(pitch > 0)) return null;
  return rows.every((r) => r.every((c, j) => Math.abs(centre(c) - centres[j]!) <= COLUMN_SLACK * pitch)) ? centres : null;
}

/** A drawn blank cell's extent across the line (pt). */
export type DrawnBlank = NonNullable<PositionedLine['drawnBlanks']>[number];

/**
 * The page's free lines, each row of a wide table that shows drawn blank cells marked with them (`drawnBlanks`; see the
 * file comment). Rows whose cells do not fall one per common column, and every other line, are left as they are.
 */
export function markDrawnBlanks<L extends PositionedLine>(lines: readonly L[], spaces: readonly DrawnSpace[]): L[] {
  if (spaces.length === 0) return [...lines];
  const seen = lines.map((l) => seenCells(l, spaces));
  const byCount = new Map<number, number[]>();
  seen.forEach((cells, i) => {
    if (cells && cells.length >= MIN_CELLS) byCount.set(cells.length, [...(byCount.get(cells.length) ?? []), i]);
  });
  const out = [...lines];
  for (const [, at] of byCount) {
    if (at.length < MIN_ROWS || !commonColumns(at.map((i) => seen[i]!))) continue;
    for (const i of at) out[i] = { ...lines[i]!, drawnBlanks: seen[i]!.filter((c) => c.index === undefined).map((c) => ({ x: c.x, end: c.end })) };
  }
  return out;
}

/** A line as the document's layout holds it: its cells with their edges, and the columns placement gave them. */
interface PlacedLine {
  cells: string[];
  xs?: number[];
  ends?: number[];
  cols?: number[];
  drawnBlanks?: DrawnBlank[];
}

/**
 * Rows the header and the rows' numbers placed in no column (`free-columns.ts`: a header LibreOffice filled so its
 * leaves join, its last columns off the page, no row printing every column) given an empty cell at each drawn
 * blank cell, their numbers and blanks in order: the row's cells are then its columns as printed, as a ruled grid's
 * row gives them. A row placed under its header keeps its placement.
 */
export function fillDrawnBlanks<L extends PlacedLine>(lines: readonly L[]): L[] {
  return lines.map((l) => {
    if (!l.drawnBlanks || l.cols || !l.xs || !l.ends) return l;
    const first = l.cells.findIndex(isNumberCell);
    const labels = first < 0 ? l.cells.length : first;
    if (l.cells.slice(labels).some((c) => !isNumberCell(c))) return l;
    const cells: SeenCell[] = [...l.drawnBlanks, ...l.cells.slice(labels).map((_, i) => ({ x: l.xs![labels + i]!, end: l.ends![labels + i]!, index: labels + i }))].sort((a, b) => a.x - b.x);
    const out = { cells: l.cells.slice(0, labels), xs: l.xs.slice(0, labels), ends: l.ends.slice(0, labels) };
    for (const c of cells) {
      out.cells.push(c.index === undefined ? '' : l.cells[c.index]!);
      out.xs.push(c.x);
      out.ends.push(c.end);
    }
    return { ...l, ...out };
  });
}
