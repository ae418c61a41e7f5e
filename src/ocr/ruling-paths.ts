/**
 * @file The whole course of each ruling of a grid, erased. A faint or keystoned scan's border is
 * found only in pieces (dark runs broken by light stretches longer than `rulings.ts`'s gap) that
 * lean off the grid's straight line by a few px; erasing the pieces alone left the stretches
 * between them in the cells beside the border, and a crop holding such a sliver read as '1' or as
 * no number at all (a faint keystoned 100 dpi scan: 21 of 95 value cells unread, most of them in
 * the columns beside a border whose pieces wandered 14 px). Along each boundary the grid's cells
 * have, the ruling is erased between and beyond its pieces, its course interpolated between their
 * centres; where a cell spans the boundary (no ruling there), nothing is erased.
 */
import type { Grid } from '../pdf/grid.js';
import type { Box } from './image.js';
import { maxOf, median } from '../_internal/extremes.js';
import type { Rulings } from '../pdf/rulings.js';

/** pt. A ruling piece this close to a grid line is part of it (the grid builder's snap). */
const LINE_SNAP_PT = 3;

/** One ruling piece along its line: where it lies across (`at`), from and to along it, its half thickness. */
interface Piece {
  at: number;
  from: number;
  to: number;
  half: number;
}

/** The position across the line at `t` along it: interpolated between the pieces' centres (sorted by `from`). */
function across(pieces: readonly Piece[], t: number): number {
  const mid = (p: Piece): number => (p.from + p.to) / 2;
  if (t <= mid(pieces[0]!)) return pieces[0]!.at;
  for (let i = 1; i < pieces.length; i++) {
    const [a, b] = [pieces[i - 1]!, pieces[i]!];
    if (t <= mid(b)) return a.at + ((b.at - a.at) * (t - mid(a))) / Math.max(1, mid(b) - mid(a));
  }
  return pieces.at(-1)!.at;
}

/** Each line of each grid with the ruling pieces (px boxes) that lie on it, sorted along it; lines with none left out. */
function gridLines(boxes: readonly Box[], grids: readonly Grid[], dpi: number): { g: Grid; vertical: boolean; i: number; pieces: Piece[] }[] {
  const k = dpi / 72;
  const snap = LINE_SNAP_PT * k;
  const out: { g: Grid; vertical: boolean; i: number; pieces: Piece[] }[] = [];
  for (const g of grids) {
    for (const vertical of [true, false]) {
      const spans = vertical ? g.ys : g.xs;
      const [lo, hi] = [spans[0]! * k - snap, spans.at(-1)! * k + snap];
      (vertical ? g.xs : g.ys).forEach((pos, i) => {
        const pieces: Piece[] = boxes
          .filter((b) => (vertical ? b.y2 - b.y1 > b.x2 - b.x1 : b.x2 - b.x1 > b.y2 - b.y1))
          .map((b) => (vertical ? { at: (b.x1 + b.x2) / 2, from: b.y1, to: b.y2, half: (b.x2 - b.x1) / 2 } : { at: (b.y1 + b.y2) / 2, from: b.x1, to: b.x2, half: (b.y2 - b.y1) / 2 }))
          .filter((p) => Math.abs(p.at - pos * k) <= snap && p.to > lo && p.from < hi)
          .sort((a, b) => a.from - b.from);
        if (pieces.length > 0) out.push({ g, vertical, i, pieces });
      });
    }
  }
  return out;
}

/**
 * Boxes (1 px long) covering each grid line's course where its cells have a boundary, given the
 * ruling pieces found (`boxes`, px, as `findRulings` returns them), as thick as the pieces' boxes.
 * Lines with no piece are left.
 */
export function rulingPaths(boxes: readonly Box[], grids: readonly Grid[], dpi: number): Box[] {
  const k = dpi / 72;
  const out: Box[] = [];
  for (const { g, vertical, i, pieces } of gridLines(boxes, grids, dpi)) {
    const spans = vertical ? g.ys : g.xs;
    const half = median(pieces.map((p) => p.half));
    // The stretches along the line where a cell ends or starts at it (a boundary, not a spanned cell).
    for (let s = 0; s + 1 < spans.length; s++) {
      const bounded = g.cells.some((c) => {
        const [start, count, along, alongCount] = vertical ? [c.col, c.colSpan, c.row, c.rowSpan] : [c.row, c.rowSpan, c.col, c.colSpan];
        return (start === i || start + count === i) && along <= s && s < along + alongCount;
      });
      if (!bounded) continue;
      for (let t = Math.floor(spans[s]! * k); t < Math.ceil(spans[s + 1]! * k); t++) {
        const c = across(pieces, t);
        out.push(vertical ? { x1: c - half, y1: t, x2: c + half, y2: t + 1 } : { x1: t, y1: c - half, x2: t + 1, y2: c + half });
      }
    }
  }
  return out;
}

/**
 * pt. A gap this short between two pieces of one grid line is a stretch of the ruling too faint
 * to be found (a faint scan's border broken into pieces), not a cell spanning the line: a cell
 * that spans a line between two pieces of it is at least a table column or row wide.
 */
const BRIDGE_PT = 20;

/**
 * Segments (pt) over the short gaps between consecutive pieces of each grid line (`BRIDGE_PT`).
 * Without them the grid builder took the gap for a cell spanning the line, and a value cell was
 * read together with its label (a faint keystoned scan: the first value column of table 三 merged
 * into the labels in four rows).
 */
export function rulingBridges(boxes: readonly Box[], grids: readonly Grid[], dpi: number): Rulings {
  const k = dpi / 72;
  const out: Rulings = { horizontal: [], vertical: [] };
  for (const { vertical, pieces } of gridLines(boxes, grids, dpi)) {
    for (let j = 1; j < pieces.length; j++) {
      const [a, b] = [pieces[j - 1]!, pieces[j]!];
      const gap = b.from - maxOf(pieces.slice(0, j).map((p) => p.to));
      if (gap <= 0 || gap > BRIDGE_PT * k) continue;
      const [at, from, to] = [(a.at + b.at) / 2 / k, (b.from - gap - 1) / k, (b.from + 1) / k];
      if (vertical) out.vertical.push({ x1: at, y1: from, x2: at, y2: to });
      else out.horizontal.push({ x1: from, y1: at, x2: to, y2: at });
    }
  }
  return out;
}
