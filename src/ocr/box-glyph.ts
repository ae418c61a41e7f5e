/**
 * @file A cell whose glyphs are all boxes ('□', the "tofu" a viewer or printer draws for a
 * character its font lacks): the digit reader reads a box as '0' (a closed contour), and the
 * cell came out 0. A box is told from a digit by its ink: a closed rectangle contour, ink in
 * all four corners and along all four sides, hollow inside. The round closed digits (0, 6, 8, 9)
 * leave the corners of their box white; the digits that ink a corner (2, 4, 5, 7, a serif 1) are
 * open along a side. Pure.
 */
import { runs, type Run } from './unit-suffix.js';
import type { Grey } from './image.js';

/** Grey level below which a pixel is a stroke (as unit-suffix's STROKE_LEVEL, on the stretched crop). */
const STROKE_LEVEL = 200;
/** × the glyph's height (width): the band along a side, and the size of a corner, searched for ink. */
const EDGE_BAND = 0.15;
/** Share of a side's positions with ink in its band: a rectangle's sides are inked along their whole length. */
const SIDE_COVERAGE = 0.9;
/** Share of the inner half (each way) that may be ink: a box is hollow. */
const MAX_INNER_INK = 0.2;
/**
 * × height: a box is at least this wide (a '1' or a ruling's residue is a narrow stroke) and at most
 * this wide (a glyph's box is about square; a frame of ruling left around a cell's digits is wide).
 */
const MIN_ASPECT = 0.4;
const MAX_ASPECT = 1.5;
/** px: the smallest glyph the test is made on (the crop is at 300 dpi). */
const MIN_SIZE = 8;

const dark = (img: Grey, x: number, y: number): boolean => img.data[y * img.width + x]! < STROKE_LEVEL;

/** Whether any pixel of the rectangle [x0, x1) × [y0, y1) is a stroke. */
function anyDark(img: Grey, x0: number, x1: number, y0: number, y1: number): boolean {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (dark(img, x, y)) return true;
  return false;
}

/** Share of the rows (`alongX` false) or columns of the run with a stroke within its band [a, b). */
function coverage(img: Grey, r: Run, alongX: boolean, a: number, b: number): number {
  const [from, to] = alongX ? [r.x0, r.x1] : [r.top, r.bottom];
  let n = 0;
  for (let i = from; i < to; i++) if (alongX ? anyDark(img, i, i + 1, a, b) : anyDark(img, a, b, i, i + 1)) n++;
  return n / Math.max(1, to - from);
}

/** Whether one glyph's run is a box: ink in its four corners and along its four sides, hollow inside. */
export function isBox(img: Grey, r: Run): boolean {
  const w = r.x1 - r.x0;
  const h = r.bottom - r.top;
  if (h < MIN_SIZE || w < MIN_SIZE || w < MIN_ASPECT * h || w > MAX_ASPECT * h) return false;
  const by = Math.max(2, Math.round(EDGE_BAND * h));
  const bx = Math.max(2, Math.round(EDGE_BAND * w));
  const corners = [
    [r.x0, r.top],
    [r.x1 - bx, r.top],
    [r.x0, r.bottom - by],
    [r.x1 - bx, r.bottom - by],
  ] as const;
  if (!corners.every(([x, y]) => anyDark(img, x, x + bx, y, y + by))) return false;
  const sides = [coverage(img, r, true, r.top, r.top + by), coverage(img, r, true, r.bottom - by, r.bottom), coverage(img, r, false, r.x0, r.x0 + bx), coverage(img, r, false, r.x1 - bx, r.x1)];
  if (sides.some((c) => c < SIDE_COVERAGE)) return false;
  let inner = 0;
  const [x0, x1, y0, y1] = [r.x0 + Math.round(w / 4), r.x1 - Math.round(w / 4), r.top + Math.round(h / 4), r.bottom - Math.round(h / 4)];
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (dark(img, x, y)) inner++;
  return inner <= MAX_INNER_INK * Math.max(1, (x1 - x0) * (y1 - y0));
}

/** Whether every glyph of a cell's tight crop is a box (tofu): no digit to read, whatever the reader says. */
export function onlyBoxes(tight: Grey): boolean {
  const rs = runs(tight);
  return rs.length > 0 && rs.every((r) => isBox(tight, r));
}
