/**
 * @file The graphics state an operator list is read through: the current transformation matrix
 * (CTM), saved and restored (`q`/`Q`), changed by `cm`, and pushed through a form XObject's own
 * matrix. The rulings (`rulings.ts`) and the images placed as tables (`table-images.ts`) both
 * need each drawing operator with the CTM in force where it is drawn. The clip is followed too, as
 * a box: a clipping path's bounding box (`W n`: the path after the clip operator) through the CTM,
 * intersected with the clip in force — text drawn wholly outside it is not shown
 * (`clipped-text.ts`). A box bounds any clipping path, so what lies outside it is surely clipped.
 */

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
}

/** A box in user space after the CTM (pt, PDF's y up). */
export interface ClipBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
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
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

const intersect = (a: ClipBox | null, b: ClipBox): ClipBox => (a === null ? b : { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) });

/**
 * Calls `visit` for every operator that does not change the matrix, with the CTM in force there
 * and the clip's box (null: none); `onStack` on every save (true) and restore (false), form
 * XObjects included.
 */
export function walkOperators(list: { fnArray: number[]; argsArray: unknown[] }, ops: StateCodes, visit: (fn: number, args: unknown[] | null, ctm: Matrix, clip: ClipBox | null) => void, onStack?: (saved: boolean) => void): void {
  const stack: { ctm: Matrix; clip: ClipBox | null }[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let clip: ClipBox | null = null;
  // A clip operator applies to the path painted next (pdf.js: `clip`, then `constructPath`).
  let clipping = false;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save || fn === ops.paintFormXObjectBegin) onStack?.(true);
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) onStack?.(false);
    if (fn === ops.save) stack.push({ ctm, clip });
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) ({ ctm, clip } = stack.pop() ?? { ctm, clip });
    else if (fn === ops.transform) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ctm, clip });
      const m = args?.[0] as Matrix | null | undefined;
      if (m) ctm = multiply(m, ctm);
    } else if (fn === ops.clip || fn === ops.eoClip) clipping = true;
    else {
      if (clipping && fn === ops.constructPath) {
        const mm = args?.[2] as ArrayLike<number> | null | undefined;
        if (mm && mm.length >= 4) clip = intersect(clip, boxThrough(mm, ctm));
        clipping = false;
      }
      visit(fn, args, ctm, clip);
    }
  }
}
