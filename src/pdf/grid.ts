/**
 * @file Rulings → table grids. Segments on the same line are snapped and merged; segments that
 * touch form one table; the table's distinct ys and xs cut it into slots, and two neighbouring
 * slots are one cell when no ruling separates them (rowspan/colspan). Pure geometry, no text.
 */
import type { Rulings, Segment } from './rulings.js';
import { maxOf, minOf } from '../_internal/extremes.js';

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
}

/** pt. Rulings closer than this are the same line (double borders, anti-aliasing offsets, and the table frame 2–3 pt outside the cell borders of Chromium's `border="1"` tables; pdfplumber's snap default is 3). */
const SNAP = 3;
/** pt. How far apart two segments may be and still touch. */
const TOUCH = 2.5;

/** Merges collinear segments that overlap or nearly touch. `along` is the varying axis. */
export function mergeCollinear(segs: Segment[], horizontal: boolean): Segment[] {
  const pos = (s: Segment): number => (horizontal ? s.y1 : s.x1);
  const start = (s: Segment): number => (horizontal ? s.x1 : s.y1);
  const end = (s: Segment): number => (horizontal ? s.x2 : s.y2);
  const sorted = [...segs].sort((a, b) => pos(a) - pos(b) || start(a) - start(b));
  const lines: Segment[][] = [];
  for (const s of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(pos(s) - pos(line[0]!)) <= SNAP) line.push(s);
    else lines.push([s]);
  }
  const out: Segment[] = [];
  for (const line of lines) {
    const p = line.reduce((sum, s) => sum + pos(s), 0) / line.length;
    const spans = line.map((s) => [start(s), end(s)] as [number, number]).sort((a, b) => a[0] - b[0]);
    let [a, b] = spans[0]!;
    const flush = (): void => {
      out.push(horizontal ? { x1: a, y1: p, x2: b, y2: p } : { x1: p, y1: a, x2: p, y2: b });
    };
    for (const [s, e] of spans.slice(1)) {
      if (s <= b + TOUCH) b = Math.max(b, e);
      else {
        flush();
        [a, b] = [s, e];
      }
    }
    flush();
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

/** Distinct positions, snapped: values within SNAP of the previous one are dropped. */
function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - out.at(-1)! > SNAP) out.push(v);
  return out;
}

/** Is [from, to] on the line at `pos` covered by one of the segments (at its middle)? */
function ruled(segs: readonly Segment[], horizontal: boolean, pos: number, from: number, to: number): boolean {
  const mid = (from + to) / 2;
  return segs.some((s) =>
    horizontal
      ? Math.abs(s.y1 - pos) <= SNAP && s.x1 <= mid + TOUCH && s.x2 >= mid - TOUCH
      : Math.abs(s.x1 - pos) <= SNAP && s.y1 <= mid + TOUCH && s.y2 >= mid - TOUCH,
  );
}

/**
 * The grid of one connected set of rulings. The ends of the rulings count as boundaries too: a
 * table cut by a page break often lacks its top or bottom border, but its verticals still end there.
 */
type Rect = { r1: number; c1: number; r2: number; c2: number };

/**
 * The cell(s) of a group of merged slots. A rectangle is one cell; a non-rectangular group (an L,
 * from a ruling broken in the wrong place) is not trusted as one cell: it becomes one cell per run
 * of slots in each row, so cells never overlap; a run ends at a column line drawn in its row or in
 * the rows on both sides of it (`columnLine`).
 */
function rectangles(slots: readonly [number, number][], columnLine: (r: number, c: number) => boolean): Rect[] {
  const r1 = minOf(slots.map(([r]) => r));
  const r2 = maxOf(slots.map(([r]) => r));
  const c1 = minOf(slots.map(([, c]) => c));
  const c2 = maxOf(slots.map(([, c]) => c));
  if (slots.length === (r2 - r1 + 1) * (c2 - c1 + 1)) return [{ r1, c1, r2, c2 }];
  const out: Rect[] = [];
  for (const [r, c] of [...slots].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = out.at(-1);
    if (last && last.r1 === r && last.c2 === c - 1 && !columnLine(r, c)) last.c2 = c;
    else out.push({ r1: r, c1: c, r2: r, c2: c });
  }
  return out;
}

/** Is the whole of [from, to] on the line at `pos` drawn by one segment (corner to corner, within TOUCH)? */
function spans(segs: readonly Segment[], horizontal: boolean, pos: number, from: number, to: number): boolean {
  return segs.some((s) =>
    horizontal
      ? Math.abs(s.y1 - pos) <= SNAP && s.x1 <= from + TOUCH && s.x2 >= to - TOUCH
      : Math.abs(s.x1 - pos) <= SNAP && s.y1 <= from + TOUCH && s.y2 >= to - TOUCH,
  );
}

/**
 * A rectangle cut at every inner row boundary where a line runs the whole side of one of its slots
 * (`fullH(r, c)`: the top of slot (r, c)), then each band at every inner column boundary drawn the
 * same way in one of its rows (`fullV(r, c)`: the left of slot (r, c)).
 */
function partedByInnerLines(rect: Rect, fullH: (r: number, c: number) => boolean, fullV: (r: number, c: number) => boolean): Rect[] {
  const cuts = (from: number, to: number, drawn: (k: number) => boolean): [number, number][] => {
    const out: [number, number][] = [];
    let start = from;
    for (let k = from + 1; k <= to; k++) {
      if (!drawn(k)) continue;
      out.push([start, k - 1]);
      start = k;
    }
    out.push([start, to]);
    return out;
  };
  const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  return cuts(rect.r1, rect.r2, (r) => range(rect.c1, rect.c2).some((c) => fullH(r, c))).flatMap(([r1, r2]) =>
    cuts(rect.c1, rect.c2, (c) => range(r1, r2).some((r) => fullV(r, c))).map(([c1, c2]) => ({ r1, c1, r2, c2 })),
  );
}

/** A top (bottom) row cell's top (bottom) side that no ruling draws. */
function openSides(hs: readonly Segment[], ys: readonly number[], x1: number, x2: number, top: boolean, bottom: boolean): Pick<GridCell, 'openAbove' | 'openBelow'> {
  return {
    ...(top && !ruled(hs, true, ys[0]!, x1, x2) ? { openAbove: true as const } : {}),
    ...(bottom && !ruled(hs, true, ys.at(-1)!, x1, x2) ? { openBelow: true as const } : {}),
  };
}

function gridOf(hs: Segment[], vs: Segment[]): Grid | null {
  const ys = distinct([...hs.map((s) => s.y1), minOf(vs.map((s) => s.y1)), maxOf(vs.map((s) => s.y2))]);
  const xs = distinct([...vs.map((s) => s.x1), minOf(hs.map((s) => s.x1)), maxOf(hs.map((s) => s.x2))]);
  if (ys.length < 2 || xs.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const slot = (r: number, c: number): number => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const union = (a: number, b: number): void => {
    parent[find(parent, a)] = find(parent, b);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !ruled(vs, false, xs[c + 1]!, ys[r]!, ys[r + 1]!)) union(slot(r, c), slot(r, c + 1));
      if (r + 1 < rows && !ruled(hs, true, ys[r + 1]!, xs[c]!, xs[c + 1]!)) union(slot(r, c), slot(r + 1, c));
    }
  }
  // The column line left of slot (r, c) is drawn in row r, or in both rows around it: in an L-shaped
  // group's rows it parts two cells (the group joined them through another row, or through a gap
  // the page break left in that line — a CSS grid's cells cut by a page, each drawing its own sides).
  const drawn = (r: number, c: number): boolean => r >= 0 && r < rows && ruled(vs, false, xs[c]!, ys[r]!, ys[r + 1]!);
  const columnLine = (r: number, c: number): boolean => drawn(r, c) || (drawn(r - 1, c) && drawn(r + 1, c));
  const groups = new Map<number, [number, number][]>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(parent, slot(r, c));
      const group = groups.get(root);
      if (group) group.push([r, c]);
      else groups.set(root, [[r, c]]);
    }
  }
  // A rectangle of slots is one cell only if no border runs inside it: a line drawn the whole length of
  // one of its slots' sides parts it there (rows first, then columns within each band of rows) — a
  // row-spanning cell a page break cut short leaves open space beside the rows below it, which joins
  // their cells around the line that still parts them ('（七）总计' over '四、结转下年度继续办理').
  const fullH = (r: number, c: number): boolean => spans(hs, true, ys[r]!, xs[c]!, xs[c + 1]!);
  const fullV = (r: number, c: number): boolean => spans(vs, false, xs[c]!, ys[r]!, ys[r + 1]!);
  const cells = [...groups.values()]
    .flatMap((slots) => rectangles(slots, columnLine))
    .flatMap((rect) => partedByInnerLines(rect, fullH, fullV))
    .map(({ r1, c1, r2, c2 }) => ({ row: r1, col: c1, rowSpan: r2 - r1 + 1, colSpan: c2 - c1 + 1, x1: xs[c1]!, y1: ys[r1]!, x2: xs[c2 + 1]!, y2: ys[r2 + 1]!, ...openSides(hs, ys, xs[c1]!, xs[c2 + 1]!, r1 === 0, r2 === rows - 1) }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { ys, xs, cells };
}

/** Every table the rulings of one page draw (at least one row of two columns), top to bottom. */
export function buildGrids(rulings: Rulings): Grid[] {
  const hs = mergeCollinear(rulings.horizontal, true);
  const vs = mergeCollinear(rulings.vertical, false);
  const parent = Array.from({ length: hs.length + vs.length }, (_, i) => i);
  hs.forEach((h, i) =>
    vs.forEach((v, j) => {
      if (touches(h, v)) parent[find(parent, i)] = find(parent, hs.length + j);
    }),
  );
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
  return grids.sort((a, b) => a.ys[0]! - b.ys[0]!);
}
