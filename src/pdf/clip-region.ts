/**
 * @file A region of the page a path or text bounds — a clip (`W n`, `W* n`, a form's /BBox, text
 * drawn in render modes 4–7) or an opaque fill — and where a point lies against it: surely in,
 * surely out, or on an edge not known exactly (`'edge'`: the caller must not be sure). A path is
 * read from pdf.js's packed `constructPath` data (`draw-ops.ts`) into polygons through the CTM;
 * a point is in by the path's fill rule (nonzero winding, or even-odd). Curves are flattened:
 * a point within `CURVE_EDGE` of such a boundary is on the edge. Glyph outlines are not known: a
 * text clip is the boxes of its strings, and a point inside one is on the edge. A path that cannot
 * be read (no draw codes, an unknown code) is known only by its bounding box: out beyond it, on the
 * edge inside it.
 */
import type { DrawCodes } from './draw-ops.js';
import { pushAll } from '../_internal/extremes.js';

type Matrix = readonly [number, number, number, number, number, number];

/** A box (pt): x0 ≤ x1, y0 ≤ y1 when not empty. */
export interface RegionBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A region: its bounding box and what is known inside it. */
export interface Region {
  box: RegionBox;
  /**
   * `box`: the region is its box; `polys`: closed polygons filled by `evenOdd`; `glyphs`: the
   * boxes (`polys`) of text whose outlines are not known; `unknown`: only the box is known.
   */
  shape: 'box' | 'polys' | 'glyphs' | 'unknown';
  polys?: readonly number[][];
  evenOdd?: boolean;
  /** A point this close to a polygon's boundary (pt) is on the edge (flattened curves). */
  edge?: number;
}

/** Where a point lies against a region. */
export type Place = 'in' | 'out' | 'edge';

/** Segments a cubic Bézier is flattened into. */
const CURVE_STEPS = 8;
/** pt. A point this close to a flattened curve's polygon is on the edge (the chord error of 8 steps on a 1000 pt circle is under 10 pt; clips that large hold whole pages). */
const CURVE_EDGE = 1;
/** pt. Slack on a box's sides: a point on the side of an exact box is in. */
const SLACK = 1e-3;

const apply = (m: Matrix, x: number, y: number): [number, number] => [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];

/** The bounding box of points [x0,y0,x1,y1,…]. */
function bounds(pts: readonly number[]): RegionBox {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < pts.length; i += 2) {
    x0 = Math.min(x0, pts[i]!);
    x1 = Math.max(x1, pts[i]!);
    y0 = Math.min(y0, pts[i + 1]!);
    y1 = Math.max(y1, pts[i + 1]!);
  }
  return { x0, y0, x1, y1 };
}

/** A box (x0,y0,x1,y1 in the matrix's input space) through a matrix: an exact box when the matrix keeps axes, else a polygon. */
export function boxRegion(b: ArrayLike<number>, m: Matrix): Region {
  const pts = [...apply(m, b[0]!, b[1]!), ...apply(m, b[2]!, b[1]!), ...apply(m, b[2]!, b[3]!), ...apply(m, b[0]!, b[3]!)];
  const box = bounds(pts);
  const axes = (Math.abs(m[1]) < 1e-9 && Math.abs(m[2]) < 1e-9) || (Math.abs(m[0]) < 1e-9 && Math.abs(m[3]) < 1e-9);
  return axes ? { box, shape: 'box' } : { box, shape: 'polys', polys: [pts], evenOdd: false };
}

/** True when a closed polygon is an axis-aligned rectangle (4 corners, each side along an axis). */
function isAxisRect(p: readonly number[]): boolean {
  if (p.length !== 8) return false;
  for (let i = 0; i < 4; i++) {
    const j = (i + 1) % 4;
    if (Math.abs(p[2 * i]! - p[2 * j]!) > SLACK && Math.abs(p[2 * i + 1]! - p[2 * j + 1]!) > SLACK) return false;
  }
  return true;
}

/**
 * A `constructPath` operator's path through the CTM as a region filled by the given rule. pdf.js
 * packs `[paint op, [data], min/max]`; data is `code, coords…`. With an unknown code only the
 * min/max box is known (`unknown`). Without the draw codes the path is taken as its box (how the
 * clip was followed before regions: the walkers that do not pass the codes keep it).
 */
export function pathRegion(args: unknown, ctm: Matrix, draw: DrawCodes | undefined, evenOdd: boolean): Region | null {
  const a = Array.isArray(args) ? args : [];
  const mm = a[2] as ArrayLike<number> | null | undefined;
  const data = (a[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
  const fallback = (shape: Region['shape']): Region | null => (mm && mm.length >= 4 ? { box: bounds([...apply(ctm, mm[0]!, mm[1]!), ...apply(ctm, mm[2]!, mm[1]!), ...apply(ctm, mm[0]!, mm[3]!), ...apply(ctm, mm[2]!, mm[3]!)]), shape } : null);
  if (!draw) return fallback('box');
  if (!data) return fallback('unknown');
  const polys: number[][] = [];
  let cur: number[] = [];
  let curved = false;
  const close = (): void => {
    if (cur.length >= 6) polys.push(cur);
    cur = [];
  };
  for (let i = 0; i < data.length; ) {
    const code = data[i]!;
    if (code === draw.moveTo) {
      close();
      pushAll(cur, apply(ctm, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (code === draw.lineTo) {
      pushAll(cur, apply(ctm, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (code === draw.curveTo) {
      const [x0, y0] = [cur.at(-2) ?? 0, cur.at(-1) ?? 0];
      const p = [1, 2, 3].map((k) => apply(ctm, data[i + 2 * k - 1]!, data[i + 2 * k]!));
      for (let s = 1; s <= CURVE_STEPS; s++) {
        const t = s / CURVE_STEPS;
        const u = 1 - t;
        const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
        cur.push(w[0]! * x0 + w[1]! * p[0]![0] + w[2]! * p[1]![0] + w[3]! * p[2]![0], w[0]! * y0 + w[1]! * p[0]![1] + w[2]! * p[1]![1] + w[3]! * p[2]![1]);
      }
      curved = true;
      i += 7;
    } else if (code === draw.closePath) {
      const start = cur.slice(0, 2);
      close();
      cur = start.length === 2 ? [...start] : [];
      i += 1;
    } else return fallback('unknown');
  }
  close();
  if (polys.length === 0) return { box: { x0: 0, y0: 0, x1: 0, y1: 0 }, shape: 'box' };
  const box = bounds(polys.flat());
  if (polys.length === 1 && isAxisRect(polys[0]!)) return { box, shape: 'box' };
  return { box, shape: 'polys', polys, evenOdd, ...(curved ? { edge: CURVE_EDGE } : {}) };
}

/** Winding number and crossing count of a point against polygons; and its distance to their boundary. */
function against(polys: readonly number[][], x: number, y: number): { winding: number; crossings: number; distance: number } {
  let winding = 0;
  let crossings = 0;
  let distance = Infinity;
  for (const p of polys) {
    const n = p.length / 2;
    for (let i = 0; i < n; i++) {
      const [ax, ay] = [p[2 * i]!, p[2 * i + 1]!];
      const j = (i + 1) % n;
      const [bx, by] = [p[2 * j]!, p[2 * j + 1]!];
      if (ay <= y !== by <= y) {
        const cx = ax + ((y - ay) / (by - ay)) * (bx - ax);
        if (cx > x) {
          crossings++;
          winding += by > ay ? 1 : -1;
        }
      }
      const [dx, dy] = [bx - ax, by - ay];
      const len = dx * dx + dy * dy;
      const t = len > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len)) : 0;
      distance = Math.min(distance, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
    }
  }
  return { winding, crossings, distance };
}

/** Where a point lies against a region. */
export function placeIn(r: Region, x: number, y: number): Place {
  const b = r.box;
  if (!(x >= b.x0 - SLACK && x <= b.x1 + SLACK && y >= b.y0 - SLACK && y <= b.y1 + SLACK)) return 'out';
  if (r.shape === 'box') return b.x1 > b.x0 && b.y1 > b.y0 ? 'in' : 'out';
  if (r.shape === 'unknown') return 'edge';
  const polys = r.polys ?? [];
  if (r.shape === 'glyphs') return polys.some((p) => placeIn({ box: bounds(p), shape: 'box' }, x, y) === 'in') ? 'edge' : 'out';
  const { winding, crossings, distance } = against(polys, x, y);
  if (r.edge !== undefined && distance < r.edge) return 'edge';
  return (r.evenOdd ? crossings % 2 === 1 : winding !== 0) ? 'in' : 'out';
}

/** Where a point lies against every region of a clip (out of one: out; on the edge of one: edge). */
export function placeInAll(regions: readonly Region[], x: number, y: number): Place {
  let place: Place = 'in';
  for (const r of regions) {
    const p = placeIn(r, x, y);
    if (p === 'out') return 'out';
    if (p === 'edge') place = 'edge';
  }
  return place;
}

/** A region through a matrix (polygons and box corners mapped; an exact box stays one when the matrix keeps axes). */
export function regionThrough(r: Region, m: Matrix): Region {
  const b = r.box;
  if (r.shape === 'box') return boxRegion([b.x0, b.y0, b.x1, b.y1], m);
  const polys = r.polys?.map((p) => p.flatMap((_, i) => (i % 2 === 0 ? apply(m, p[i]!, p[i + 1]!) : [])));
  const box = polys && polys.length > 0 ? bounds(polys.flat()) : bounds([...apply(m, b.x0, b.y0), ...apply(m, b.x1, b.y0), ...apply(m, b.x0, b.y1), ...apply(m, b.x1, b.y1)]);
  return { ...r, box, ...(polys ? { polys } : {}) };
}
