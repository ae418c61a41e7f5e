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
import { median } from '../_internal/extremes.js';

/** pt. A ruling piece this close to a grid line is part of it (the grid builder's snap). */
const LINE_SNAP_PT = 3;

/**
 * pt. Erased on each side of a ruling's course beyond its pieces' half thickness: the grey halo of
 * a 1 px border of a 100 dpi scan interpolated to 300 dpi (lighter than the ruling level, darker
 * than the paper) and the course's wander between pieces. Left in a crop's edge, it read as '1'.
 */
const HALO_PT = 0.6;

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

/**
 * Boxes (1 px long) covering each grid line's course where its cells have a boundary, given the
 * ruling pieces found (`boxes`, px, as `findRulings` returns them). Lines with no piece are left.
 */
export function rulingPaths(boxes: readonly Box[], grids: readonly Grid[], dpi: number): Box[] {
  const k = dpi / 72;
  const snap = LINE_SNAP_PT * k;
  const out: Box[] = [];
  for (const g of grids) {
    for (const vertical of [true, false]) {
      const lines = vertical ? g.xs : g.ys;
      const spans = vertical ? g.ys : g.xs;
      const [lo, hi] = [spans[0]! * k - snap, spans.at(-1)! * k + snap];
      lines.forEach((pos, i) => {
        const pieces: Piece[] = boxes
          .filter((b) => (vertical ? b.y2 - b.y1 > b.x2 - b.x1 : b.x2 - b.x1 > b.y2 - b.y1))
          .map((b) => (vertical ? { at: (b.x1 + b.x2) / 2, from: b.y1, to: b.y2, half: (b.x2 - b.x1) / 2 } : { at: (b.y1 + b.y2) / 2, from: b.x1, to: b.x2, half: (b.y2 - b.y1) / 2 }))
          .filter((p) => Math.abs(p.at - pos * k) <= snap && p.to > lo && p.from < hi)
          .sort((a, b) => a.from - b.from);
        if (pieces.length === 0) return;
        const half = median(pieces.map((p) => p.half)) + HALO_PT * k;
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
      });
    }
  }
  return out;
}
