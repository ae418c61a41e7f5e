/**
 * @file The graphics state an operator list is read through: the current transformation matrix
 * (CTM), saved and restored (`q`/`Q`), changed by `cm`, and pushed through a form XObject's own
 * matrix. The rulings (`rulings.ts`) and the images placed as tables (`table-images.ts`) both
 * need each drawing operator with the CTM in force where it is drawn.
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

/** The pdf.js operator codes that change the graphics state's matrix. */
export interface StateCodes {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
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
  };
}

/** Calls `visit` for every operator that does not change the matrix, with the CTM in force there; `onStack` on every save (true) and restore (false), form XObjects included. */
export function walkOperators(list: { fnArray: number[]; argsArray: unknown[] }, ops: StateCodes, visit: (fn: number, args: unknown[] | null, ctm: Matrix) => void, onStack?: (saved: boolean) => void): void {
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save || fn === ops.paintFormXObjectBegin) onStack?.(true);
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) onStack?.(false);
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as Matrix | null | undefined;
      if (m) ctm = multiply(m, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else visit(fn, args, ctm);
  }
}
