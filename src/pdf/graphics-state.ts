/**
 * @file The graphics state an operator list is read through: the current transformation matrix
 * (CTM), saved and restored (`q`/`Q`), changed by `cm`, and pushed through a form XObject's own
 * matrix. The rulings (`rulings.ts`) and the images placed as tables (`table-images.ts`) both
 * need each drawing operator with the CTM in force where it is drawn. The clip is followed too, as
 * a box: a clipping path's bounding box (`W n`: the path after the clip operator) through the CTM,
 * intersected with the clip in force — text drawn wholly outside it is not shown
 * (`clipped-text.ts`). A box bounds any clipping path, so what lies outside it is surely clipped.
 * With the path draw codes the clip is also kept as the regions it is the intersection of
 * (`clip-region.ts`: each clipping path by its fill rule, `W` or `W*`; a form XObject's /BBox
 * through its matrix; a region the visitor returns — text drawn in render modes 4–7), so a point
 * inside the box can still be told clipped (an even-odd clip of two equal rectangles is empty).
 */
import { boxRegion, pathRegion, type Region } from './clip-region.js';
import type { DrawCodes } from './draw-ops.js';
import { maxOf, minOf } from '../_internal/extremes.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** An affine matrix [a b c d e f] as PDF writes it. */
export type Matrix = readonly [number, number, number, number, number, number];

/** m then n (PDF's row-vector convention: a point is mapped by m, then by n). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** The pdf.js operator codes that change the graphics state's matrix (and its clip). */
export interface StateCodes {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  /** Optional: without them the clip is not followed. */
  clip?: number;
  eoClip?: number;
  constructPath?: number;
  /** Optional: an annotation's appearance (pdf.js draws it from the page's default state, clipped to its rectangle). */
  beginAnnotation?: number;
  endAnnotation?: number;
  /** Optional: the path draw codes; without them a clip path other than a box is known by its box only. */
  draw?: DrawCodes;
}

/** A box in user space after the CTM (pt, PDF's y up). */
export interface ClipBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The clip in force: its box and the regions it is the intersection of (`clip-region.ts`). */
export interface Clip extends ClipBox {
  regions: readonly Region[];
}

/** The codes of the running pdf.js (they change between versions: never hard-coded). */
export function stateCodes(lib: PdfJs): StateCodes {
  const { OPS } = lib;
  return {
    save: OPS.save,
    restore: OPS.restore,
    transform: OPS.transform,
    paintFormXObjectBegin: OPS.paintFormXObjectBegin,
    paintFormXObjectEnd: OPS.paintFormXObjectEnd,
    clip: OPS.clip,
    eoClip: OPS.eoClip,
    constructPath: OPS.constructPath,
  };
}

/** A box [x0 y0 x1 y1] (pdf.js's `constructPath` min/max) through a matrix: the bounding box of its corners. */
export function boxThrough(mm: ArrayLike<number>, m: Matrix): ClipBox {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[mm[0]!, mm[1]!], [mm[2]!, mm[1]!], [mm[0]!, mm[3]!], [mm[2]!, mm[3]!]] as const) {
    xs.push(x * m[0] + y * m[2] + m[4]);
    ys.push(x * m[1] + y * m[3] + m[5]);
  }
  return { x0: minOf(xs), y0: minOf(ys), x1: maxOf(xs), y1: maxOf(ys) };
}

/** The clip in force intersected with a region. */
function intersect(a: Clip | null, r: Region): Clip {
  const b = r.box;
  if (a === null) return { ...b, regions: [r] };
  return { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), regions: [...a.regions, r] };
}

/**
 * Calls `visit` for every operator that does not change the matrix, with the CTM in force there
 * and the clip (null: none); `onStack` on every save (true) and restore (false), form
 * XObjects included. A region `visit` returns clips what follows (until the state is restored).
 * An annotation's begin and end are visited too, inside its state.
 */
export function walkOperators(list: { fnArray: number[]; argsArray: unknown[] }, ops: StateCodes, visit: (fn: number, args: unknown[] | null, ctm: Matrix, clip: Clip | null) => Region | void, onStack?: (saved: boolean) => void): void {
  const stack: { ctm: Matrix; clip: Clip | null }[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let clip: Clip | null = null;
  // A clip operator applies to the path painted next (pdf.js: `clip`, then `constructPath`), by its rule.
  let clipping: 'nonzero' | 'evenOdd' | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save || fn === ops.paintFormXObjectBegin || fn === ops.beginAnnotation) onStack?.(true);
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd || fn === ops.endAnnotation) onStack?.(false);
    if (fn === ops.save) stack.push({ ctm, clip });
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd || fn === ops.endAnnotation) ({ ctm, clip } = stack.pop() ?? { ctm, clip });
    else if (fn === ops.beginAnnotation) {
      // pdf.js: the page's default state, the clip to the rectangle, then the appearance's transform and matrix.
      stack.push({ ctm, clip });
      const [rect, t, m] = [args?.[1], args?.[2], args?.[3]] as (ArrayLike<number> | null | undefined)[];
      ctm = multiply((m ?? [1, 0, 0, 1, 0, 0]) as unknown as Matrix, (t ?? [1, 0, 0, 1, 0, 0]) as unknown as Matrix);
      clip = rect && rect.length >= 4 ? intersect(null, boxRegion([Math.min(rect[0]!, rect[2]!), Math.min(rect[1]!, rect[3]!), Math.max(rect[0]!, rect[2]!), Math.max(rect[1]!, rect[3]!)], [1, 0, 0, 1, 0, 0])) : null;
    }
    if (fn === ops.beginAnnotation || fn === ops.endAnnotation) visit(fn, args, ctm, clip);
    else if (fn === ops.transform) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ctm, clip });
      const m = args?.[0] as Matrix | null | undefined;
      if (m) ctm = multiply(m, ctm);
      // The form's content is clipped to its /BBox (in the form's space).
      const bbox = args?.[1] as ArrayLike<number> | null | undefined;
      if (bbox && bbox.length >= 4) clip = intersect(clip, boxRegion([Math.min(bbox[0]!, bbox[2]!), Math.min(bbox[1]!, bbox[3]!), Math.max(bbox[0]!, bbox[2]!), Math.max(bbox[1]!, bbox[3]!)], ctm));
    } else if (fn === ops.clip || fn === ops.eoClip) clipping = fn === ops.eoClip ? 'evenOdd' : 'nonzero';
    else {
      if (clipping && fn === ops.constructPath) {
        const region = pathRegion(args, ctm, ops.draw, clipping === 'evenOdd');
        if (region) clip = intersect(clip, region);
        clipping = null;
      }
      const more = visit(fn, args, ctm, clip);
      if (more) clip = intersect(clip, more);
    }
  }
}
