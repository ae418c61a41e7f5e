/**
 * @file Operator list → rulings: the horizontal and vertical strokes that draw table borders.
 * Producers draw borders two ways, and both count: stroked paths (WPS, Word, LibreOffice: `m l S`
 * or `re S`) and thin filled rectangles (Chromium: one `re f` per border). Coordinates go through
 * the current transformation matrix (with save/restore and form XObjects) and the viewport, so
 * rulings share the top-left, pt coordinate system of the text items.
 */
import type { DrawCodes } from './draw-ops.js';
import { multiply, walkOperators, type Matrix, type StateCodes } from './graphics-state.js';
import { addDashedRulings, type Mark } from './dashed-rulings.js';

/** An axis-aligned segment in top-left page coordinates (pt); x1 ≤ x2, y1 ≤ y2. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Rulings {
  horizontal: Segment[];
  vertical: Segment[];
  /**
   * Straight lines left out because they lean off the axes by a small angle (a tilted table the
   * page's text did not tell the tilt of, `tilt.ts`): their grid would put labels and numbers in
   * different rows. Counted so the page's numbers are not trusted (`leaningPage`).
   */
  leaning?: number;
}


/** pt. A filled rectangle at most this thick is a ruling; thicker ones are backgrounds. */
const MAX_RULE_THICKNESS = 2.5;
/** pt. Shorter segments (glyph-like marks, dots) are not rulings. */
const MIN_RULE_LENGTH = 4;
/** Corners (and the repeated first point) of a filled rectangle or bevelled border side. */
const MAX_RULE_POINTS = 6;
/** pt. How far a line may lean and still be horizontal or vertical. */
const AXIS_TOLERANCE = 0.8;

/** Degrees. A line leaning this much or more off an axis (and under MAX_LEAN) is a tilted ruling, not a horizontal or vertical one. */
const MIN_LEAN = 0.2;
/** Degrees. Lines leaning more are diagonals (a split header cell), not tilted rulings. */
const MAX_LEAN = 10;
/** pt. A tilted ruling must move off its axis by this much over its length (shorter ones read the same either way). */
const MIN_LEAN_DRIFT = 0.3;
/** pt. Shorter leaning lines are not counted: pieces of a flattened curve (a seal's circle), arrows, marks. */
const MIN_LEAN_LENGTH = 15;
/** A page whose leaning lines are this share of its straight lines (and at least MIN_LEANING) has a tilted table. */
const LEANING_SHARE = 0.2;
/** Leaning lines: fewer are stray strokes. */
const MIN_LEANING = 4;

/** Does the segment a→b lean off its nearest axis by a small angle (a tilted ruling)? */
function leans([ax, ay]: [number, number], [bx, by]: [number, number]): boolean {
  const dx = Math.abs(bx - ax);
  const dy = Math.abs(by - ay);
  const drift = Math.min(dx, dy);
  const lean = (Math.atan2(drift, Math.max(dx, dy)) * 180) / Math.PI;
  return lean >= MIN_LEAN && lean < MAX_LEAN && drift >= MIN_LEAN_DRIFT && Math.hypot(dx, dy) >= MIN_LEAN_LENGTH;
}

/**
 * Is the page's table tilted (its lines lean, `Rulings.leaning`)? Its cells cannot be told apart by
 * rows and columns, so its numbers must not be trusted.
 */
export function leaningPage(r: Rulings): boolean {
  const leaning = r.leaning ?? 0;
  return leaning >= MIN_LEANING && leaning >= LEANING_SHARE * (leaning + r.horizontal.length + r.vertical.length);
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The pdf.js operator codes this module reads. */
/** The pdf.js operator codes this module reads. */
export interface OpCodes extends StateCodes {
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** Straight pieces of one path, already transformed; each subpath separately. */
function subpaths(data: Float32Array, draw: DrawCodes, ctm: Matrix): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < data.length; ) {
    const code = data[i++];
    if (code === draw.moveTo) {
      if (current.length > 1) out.push(current);
      current = [apply(ctm, data[i++]!, data[i++]!)];
    } else if (code === draw.lineTo) {
      current.push(apply(ctm, data[i++]!, data[i++]!));
    } else if (code === draw.curveTo) {
      // A curve is never a ruling: end the straight run here.
      i += 4;
      if (current.length > 1) out.push(current);
      current = [apply(ctm, data[i++]!, data[i++]!)];
    } else if (code === draw.closePath) {
      if (current.length > 1) current.push(current[0]!);
      if (current.length > 1) out.push(current);
      current = current.length ? [current[0]!] : [];
    } else {
      return out; // an unknown code: the rest of the buffer cannot be read safely
    }
  }
  if (current.length > 1) out.push(current);
  return out;
}

function addLine(r: Rulings, [ax, ay]: [number, number], [bx, by]: [number, number]): void {
  if (leans([ax, ay], [bx, by])) r.leaning = (r.leaning ?? 0) + 1;
  else if (Math.abs(ay - by) <= AXIS_TOLERANCE && Math.abs(ax - bx) >= MIN_RULE_LENGTH) {
    const y = (ay + by) / 2;
    r.horizontal.push({ x1: Math.min(ax, bx), y1: y, x2: Math.max(ax, bx), y2: y });
  } else if (Math.abs(ax - bx) <= AXIS_TOLERANCE && Math.abs(ay - by) >= MIN_RULE_LENGTH) {
    const x = (ax + bx) / 2;
    r.vertical.push({ x1: x, y1: Math.min(ay, by), x2: x, y2: Math.max(ay, by) });
  }
}

/**
 * A filled subpath thin in one direction → one ruling: an axis-aligned rectangle, or the trapezoid
 * of a bevelled border (Chromium prints `<table border="1">` as two-tone sides whose ends are
 * mitred, each side a filled quadrilateral).
 */
function addThinRect(r: Rulings, points: [number, number][], marks: Mark[]): void {
  if (points.length < 4 || points.length > MAX_RULE_POINTS) return;
  // A thin rectangle drawn tilted: its longest side leans.
  // (A filled path of every page with a table: read in plain loops, as `reduce` over its sides and
  // minOf/maxOf over its coordinates read it: the first longest side, NaN bounds if any is NaN.)
  let longest = 1;
  for (let k = 2; k < points.length; k++) {
    if (Math.hypot(points[k]![0] - points[k - 1]![0], points[k]![1] - points[k - 1]![1]) > Math.hypot(points[longest]![0] - points[longest - 1]![0], points[longest]![1] - points[longest - 1]![1])) longest = k;
  }
  if (leans(points[longest - 1]!, points[longest]!)) {
    r.leaning = (r.leaning ?? 0) + 1;
    return;
  }
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const [x, y] of points) {
    if (x < x1) x1 = x;
    else if (Number.isNaN(x)) x1 = NaN;
    if (x > x2) x2 = x;
    else if (Number.isNaN(x)) x2 = NaN;
    if (y < y1) y1 = y;
    else if (Number.isNaN(y)) y1 = NaN;
    if (y > y2) y2 = y;
    else if (Number.isNaN(y)) y2 = NaN;
  }
  const w = x2 - x1;
  const h = y2 - y1;
  if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) r.horizontal.push({ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 });
  else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH) r.vertical.push({ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 });
  // A dash or a dot: a row of them is a dashed or dotted ruling (dashed-rulings.ts).
  else if (Math.min(w, h) <= MAX_RULE_THICKNESS && Math.max(w, h) < MIN_RULE_LENGTH && points.length <= 5) marks.push({ x1, y1, x2, y2 });
}

/**
 * Reads the rulings of one page. `viewport` maps PDF user space to top-left page coordinates
 * (pdf.js `viewport.transform` at scale 1).
 */
export function pageRulings(list: { fnArray: number[]; argsArray: unknown[] }, ops: OpCodes, draw: DrawCodes, viewport: Matrix): Rulings {
  const rulings: Rulings = { horizontal: [], vertical: [] };
  const marks: Mark[] = [];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  walkOperators(list, ops, (fn, args, ctm) => {
    if (fn !== ops.constructPath || !args) return;
    const paint = args[0] as number;
    const data = (args[1] as [Float32Array | null] | undefined)?.[0];
    if (!data) return;
    const toPage = multiply(ctm, viewport);
    for (const points of subpaths(data, draw, toPage)) {
      if (strokes.has(paint)) for (let k = 1; k < points.length; k++) addLine(rulings, points[k - 1]!, points[k]!);
      if (fills.has(paint)) addThinRect(rulings, points, marks);
    }
  });
  addDashedRulings(rulings, marks);
  return rulings;
}
