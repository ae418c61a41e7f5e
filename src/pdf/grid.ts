/**
 * @file Rulings → table grids. Segments on the same line are snapped and merged; segments that
 * touch form one table; the table's distinct ys and xs cut it into slots, and two neighbouring
 * slots are one cell when no ruling separates them (rowspan/colspan). Pure geometry, no text.
 * Helpers and comparators live at module level, not as closures made per call: a closure's optimized
 * code dies with its last instance at a full GC and is compiled again (docs/development.md, 32nd pass).
 */
import type { Rulings, Segment } from './rulings.js';
import { lowerBound, maxOf, minOf } from '../_internal/extremes.js';

/** A cell of a grid: its slot range and its box in top-left page coordinates (pt). */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /**
   * The cell stands in the grid's top (bottom) row and no ruling closes it there: a cell a page
   * break cut, its text continued on the page before (after). See `cut-cells.ts`.
   */
  openAbove?: true;
  openBelow?: true;
}

export interface Grid {
  /** Row boundaries, top to bottom; rows = ys.length - 1. */
  ys: number[];
  /** Column boundaries, left to right. */
  xs: number[];
  cells: GridCell[];
  /**
   * No ruling draws the grid's right side in any row while its left side is drawn (`openRight`): the
   * table ran on past a clip there — Chromium prints a layout table wider than its box cut at the box's
   * edge, its rulings up to the edge, the glyphs past it culled. See pdf/page-layout `pastOpenSide`.
   */
  openRight?: true;
}

/** pt. Rulings closer than this are the same line (double borders, anti-aliasing offsets, and the table frame 2–3 pt outside the cell borders of Chromium's `border="1"` tables; pdfplumber's snap default is 3). */
const SNAP = 3;
/** pt. How far apart two segments may be and still touch. */
const TOUCH = 2.5;

/** A segment's position across its line, and its start and end along it. */
const posOf = (s: Segment, horizontal: boolean): number => (horizontal ? s.y1 : s.x1);
const startOf = (s: Segment, horizontal: boolean): number => (horizontal ? s.x1 : s.y1);
const endOf = (s: Segment, horizontal: boolean): number => (horizontal ? s.x2 : s.y2);
const byRow = (a: Segment, b: Segment): number => a.y1 - b.y1 || a.x1 - b.x1;
const byColumn = (a: Segment, b: Segment): number => a.x1 - b.x1 || a.y1 - b.y1;
const byStart = (a: [number, number], b: [number, number]): number => a[0] - b[0];
const ascending = (a: number, b: number): number => a - b;
const bySlot = (a: [number, number], b: [number, number]): number => a[0] - b[0] || a[1] - b[1];
const byCell = (a: GridCell, b: GridCell): number => a.row - b.row || a.col - b.col;
const byTop = (a: Grid, b: Grid): number => a.ys[0]! - b.ys[0]!;

function lineSegment(horizontal: boolean, p: number, a: number, b: number): Segment {
  return horizontal ? { x1: a, y1: p, x2: b, y2: p } : { x1: p, y1: a, x2: p, y2: b };
}

/** Merges collinear segments that overlap or nearly touch. `along` is the varying axis. */
export function mergeCollinear(segs: Segment[], horizontal: boolean): Segment[] {
  const sorted = [...segs].sort(horizontal ? byRow : byColumn);
  const lines: Segment[][] = [];
  for (const s of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(posOf(s, horizontal) - posOf(line[0]!, horizontal)) <= SNAP) line.push(s);
    else lines.push([s]);
  }
  const out: Segment[] = [];
  for (const line of lines) {
    let sum = 0;
    for (const s of line) sum += posOf(s, horizontal);
    const p = sum / line.length;
    const spans: [number, number][] = [];
    for (const s of line) spans.push([startOf(s, horizontal), endOf(s, horizontal)]);
    spans.sort(byStart);
    let [a, b] = spans[0]!;
    for (let i = 1; i < spans.length; i++) {
      const [s, e] = spans[i]!;
      if (s <= b + TOUCH) b = Math.max(b, e);
      else {
        out.push(lineSegment(horizontal, p, a, b));
        [a, b] = [s, e];
      }
    }
    out.push(lineSegment(horizontal, p, a, b));
  }
  return out;
}

function touches(h: Segment, v: Segment): boolean {
  return v.x1 >= h.x1 - TOUCH && v.x1 <= h.x2 + TOUCH && h.y1 >= v.y1 - TOUCH && h.y1 <= v.y2 + TOUCH;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

/** 0, 1, … n - 1. */
function identity(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i);
  return out;
}

/** Distinct positions, snapped: values within SNAP of the previous one are dropped. */
function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort(ascending)) if (out.length === 0 || v - out.at(-1)! > SNAP) out.push(v);
  return out;
}

/** Is [from, to] on the line at `pos` covered by one of the segments (at its middle)? */
function ruled(segs: readonly Segment[], horizontal: boolean, pos: number, from: number, to: number): boolean {
  const mid = (from + to) / 2;
  for (const s of segs) {
    if (horizontal ? Math.abs(s.y1 - pos) <= SNAP && s.x1 <= mid + TOUCH && s.x2 >= mid - TOUCH : Math.abs(s.x1 - pos) <= SNAP && s.y1 <= mid + TOUCH && s.y2 >= mid - TOUCH) return true;
  }
  return false;
}

/** Is the whole of [from, to] on the line at `pos` drawn by one segment (corner to corner, within TOUCH)? */
function spans(segs: readonly Segment[], horizontal: boolean, pos: number, from: number, to: number): boolean {
  for (const s of segs) {
    if (horizontal ? Math.abs(s.y1 - pos) <= SNAP && s.x1 <= from + TOUCH && s.x2 >= to - TOUCH : Math.abs(s.x1 - pos) <= SNAP && s.y1 <= from + TOUCH && s.y2 >= to - TOUCH) return true;
  }
  return false;
}

type Rect = { r1: number; c1: number; r2: number; c2: number };

/** One connected set of rulings and the boundaries they cut it at. */
interface Frame {
  hs: readonly Segment[];
  vs: readonly Segment[];
  ys: readonly number[];
  xs: readonly number[];
  rows: number;
}

/** The column line left of slot (r, c) is drawn in row r. */
const drawn = (f: Frame, r: number, c: number): boolean => r >= 0 && r < f.rows && ruled(f.vs, false, f.xs[c]!, f.ys[r]!, f.ys[r + 1]!);
/**
 * The column line left of slot (r, c) is drawn in row r, or in both rows around it: in an L-shaped
 * group's rows it parts two cells (the group joined them through another row, or through a gap
 * the page break left in that line — a CSS grid's cells cut by a page, each drawing its own sides).
 */
const columnLine = (f: Frame, r: number, c: number): boolean => drawn(f, r, c) || (drawn(f, r - 1, c) && drawn(f, r + 1, c));
/** A line runs the whole top (left) side of slot (r, c). */
const fullH = (f: Frame, r: number, c: number): boolean => spans(f.hs, true, f.ys[r]!, f.xs[c]!, f.xs[c + 1]!);
const fullV = (f: Frame, r: number, c: number): boolean => spans(f.vs, false, f.xs[c]!, f.ys[r]!, f.ys[r + 1]!);

/**
 * The cell(s) of a group of merged slots. A rectangle is one cell; a non-rectangular group (an L,
 * from a ruling broken in the wrong place) is not trusted as one cell: it becomes one cell per run
 * of slots in each row, so cells never overlap; a run ends at a column line drawn in its row or in
 * the rows on both sides of it (`columnLine`).
 */
function rectangles(slots: readonly [number, number][], f: Frame): Rect[] {
  const rs: number[] = [];
  const cs: number[] = [];
  for (const [r, c] of slots) {
    rs.push(r);
    cs.push(c);
  }
  const r1 = minOf(rs);
  const r2 = maxOf(rs);
  const c1 = minOf(cs);
  const c2 = maxOf(cs);
  if (slots.length === (r2 - r1 + 1) * (c2 - c1 + 1)) return [{ r1, c1, r2, c2 }];
  const out: Rect[] = [];
  for (const [r, c] of [...slots].sort(bySlot)) {
    const last = out.at(-1);
    if (last && last.r1 === r && last.c2 === c - 1 && !columnLine(f, r, c)) last.c2 = c;
    else out.push({ r1: r, c1: c, r2: r, c2: c });
  }
  return out;
}

/** Some slot (r, c) of rows r1..r2 × columns c1..c2 has its top side (`top`) or left side drawn whole. */
function anyFull(f: Frame, top: boolean, r1: number, r2: number, c1: number, c2: number): boolean {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (top ? fullH(f, r, c) : fullV(f, r, c)) return true;
  return false;
}

/**
 * A rectangle cut at every inner row boundary where a line runs the whole side of one of its slots
 * (`fullH(r, c)`: the top of slot (r, c)), then each band at every inner column boundary drawn the
 * same way in one of its rows (`fullV(r, c)`: the left of slot (r, c)). Pushed to `out`.
 */
function partedByInnerLines(rect: Rect, f: Frame, out: Rect[]): void {
  let r1 = rect.r1;
  for (let r = rect.r1 + 1; r <= rect.r2 + 1; r++) {
    if (r <= rect.r2 && !anyFull(f, true, r, r, rect.c1, rect.c2)) continue;
    const r2 = r - 1;
    let c1 = rect.c1;
    for (let c = rect.c1 + 1; c <= rect.c2 + 1; c++) {
      if (c <= rect.c2 && !anyFull(f, false, r1, r2, c, c)) continue;
      out.push({ r1, c1, r2, c2: c - 1 });
      c1 = c;
    }
    r1 = r;
  }
}

/** A top (bottom) row cell's top (bottom) side that no ruling draws. */
function openSides(hs: readonly Segment[], ys: readonly number[], x1: number, x2: number, top: boolean, bottom: boolean): Pick<GridCell, 'openAbove' | 'openBelow'> {
  return {
    ...(top && !ruled(hs, true, ys[0]!, x1, x2) ? { openAbove: true as const } : {}),
    ...(bottom && !ruled(hs, true, ys.at(-1)!, x1, x2) ? { openBelow: true as const } : {}),
  };
}

/** The rows' boundaries (`horizontal`: the horizontals' ys and the verticals' ends) or the columns'. */
function boundaries(across: readonly Segment[], along: readonly Segment[], horizontal: boolean): number[] {
  const at: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (const s of across) at.push(posOf(s, horizontal));
  for (const s of along) {
    from.push(startOf(s, !horizontal));
    to.push(endOf(s, !horizontal));
  }
  at.push(minOf(from), maxOf(to));
  return distinct(at);
}

/**
 * The grid of one connected set of rulings. The ends of the rulings count as boundaries too: a
 * table cut by a page break often lacks its top or bottom border, but its verticals still end there.
 */
function gridOf(hs: Segment[], vs: Segment[]): Grid | null {
  const ys = boundaries(hs, vs, true);
  const xs = boundaries(vs, hs, false);
  if (ys.length < 2 || xs.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const f: Frame = { hs, vs, ys, xs, rows };
  const parent = identity(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const k = r * cols + c;
      if (c + 1 < cols && !ruled(vs, false, xs[c + 1]!, ys[r]!, ys[r + 1]!)) parent[find(parent, k)] = find(parent, k + 1);
      if (r + 1 < rows && !ruled(hs, true, ys[r + 1]!, xs[c]!, xs[c + 1]!)) parent[find(parent, k)] = find(parent, k + cols);
    }
  }
  const groups = new Map<number, [number, number][]>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(parent, r * cols + c);
      const group = groups.get(root);
      if (group) group.push([r, c]);
      else groups.set(root, [[r, c]]);
    }
  }
  // A rectangle of slots is one cell only if no border runs inside it: a line drawn the whole length of
  // one of its slots' sides parts it there (rows first, then columns within each band of rows) — a
  // row-spanning cell a page break cut short leaves open space beside the rows below it, which joins
  // their cells around the line that still parts them ('（七）总计' over '四、结转下年度继续办理').
  const rects: Rect[] = [];
  for (const slots of groups.values()) for (const rect of rectangles(slots, f)) partedByInnerLines(rect, f, rects);
  const cells: GridCell[] = [];
  for (const { r1, c1, r2, c2 } of rects) {
    cells.push({ row: r1, col: c1, rowSpan: r2 - r1 + 1, colSpan: c2 - c1 + 1, x1: xs[c1]!, y1: ys[r1]!, x2: xs[c2 + 1]!, y2: ys[r2 + 1]!, ...openSides(hs, ys, xs[c1]!, xs[c2 + 1]!, r1 === 0, r2 === rows - 1) });
  }
  return { ys, xs, cells: cells.sort(byCell), ...(openRight(vs, xs) ? { openRight: true as const } : {}) };
}

/** The grid's left side is drawn by a vertical ruling and its right side by none (`Grid.openRight`). */
function openRight(vs: readonly Segment[], xs: readonly number[]): boolean {
  const drawn = (x: number): boolean => vs.some((s) => Math.abs(s.x1 - x) <= SNAP);
  return drawn(xs[0]!) && !drawn(xs.at(-1)!);
}

/** Every table the rulings of one page draw (at least one row of two columns), top to bottom. */
export function buildGrids(rulings: Rulings): Grid[] {
  const hs = mergeCollinear(rulings.horizontal, true);
  const vs = mergeCollinear(rulings.vertical, false);
  const parent = identity(hs.length + vs.length);
  // Each horizontal against the verticals whose x lies within its reach only (by x, binary search):
  // the same pairs join, so the same components (their order is their first ruling's).
  const byX = vs.map((_, j) => j).filter((j) => !Number.isNaN(vs[j]!.x1)).sort((a, b) => vs[a]!.x1 - vs[b]!.x1);
  const xs = byX.map((j) => vs[j]!.x1);
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i]!;
    for (let k = lowerBound(xs, h.x1 - TOUCH); k < byX.length && xs[k]! <= h.x2 + TOUCH; k++) {
      const j = byX[k]!;
      if (touches(h, vs[j]!)) parent[find(parent, i)] = find(parent, hs.length + j);
    }
  }
  const components = new Map<number, { hs: Segment[]; vs: Segment[] }>();
  for (let i = 0; i < parent.length; i++) {
    const root = find(parent, i);
    const c = components.get(root) ?? { hs: [], vs: [] };
    if (i < hs.length) c.hs.push(hs[i]!);
    else c.vs.push(vs[i - hs.length]!);
    components.set(root, c);
  }
  const grids: Grid[] = [];
  for (const c of components.values()) {
    if (c.hs.length < 2 || c.vs.length < 2) continue;
    const grid = gridOf(c.hs, c.vs);
    if (grid && grid.xs.length >= 3) grids.push(grid);
  }
  return grids.sort(byTop);
}
