/**
 * @file The draw codes inside pdf.js's packed `constructPath` operator (since 5.1: paint op first,
 * then a Float32Array of `code, coords…`). The codes are not exported and changed in 5.4.394, so
 * they are derived once at run time: a probe PDF with a known path is parsed and its codes read
 * back from the positions where they must be.
 */
import { buildPdf } from '../_internal/mini-pdf.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The path draw codes of the running pdf.js. */
export interface DrawCodes {
  moveTo: number;
  lineTo: number;
  curveTo: number;
  closePath: number;
}

/** m(10,20) l(30,40) c(1..6) h: the packed buffer must be [M,10,20, L,30,40, C,1,2,3,4,5,6, Z]. */
const PROBE = '10 20 m 30 40 l 1 2 3 4 5 6 c h S';
const EXPECTED = [10, 20, NaN, 30, 40, NaN, 1, 2, 3, 4, 5, 6, NaN];

let derived: Promise<DrawCodes | null> | undefined;

async function probe(lib: PdfJs, params: object): Promise<DrawCodes | null> {
  const doc = await lib.getDocument({ ...params, data: buildPdf([{ content: PROBE, width: 100, height: 100 }]) }).promise;
  try {
    const list = await (await doc.getPage(1)).getOperatorList();
    const index = list.fnArray.indexOf(lib.OPS.constructPath);
    const data = (list.argsArray[index] as [number, [Float32Array | null]] | undefined)?.[1]?.[0];
    if (!data || data.length !== 14) return null;
    const coordsMatch = EXPECTED.every((v, i) => Number.isNaN(v) || data[i + 1] === v);
    if (!coordsMatch) return null;
    const codes = { moveTo: data[0]!, lineTo: data[3]!, curveTo: data[6]!, closePath: data[13]! };
    return new Set(Object.values(codes)).size === 4 ? codes : null;
  } finally {
    await doc.destroy();
  }
}

/** The draw codes, or null when this pdf.js packs paths in a way the probe does not recognise. */
export function drawCodes(lib: PdfJs, params: object): Promise<DrawCodes | null> {
  return (derived ??= probe(lib, params).catch(() => null));
}
