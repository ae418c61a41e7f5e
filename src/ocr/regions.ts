/**
 * @file Tables pasted as pictures into a page that has a text layer: where the page paints an
 * image as large as a table (from the operator list: the current matrix maps the image's unit
 * square onto the page), so OCR reads that region only and the text layer the rest. Minimal on
 * purpose: the PDF stage's own `table_is_image` detection (issue 17, `pdf/table-images.ts`) does
 * the same and should replace this once both are merged.
 */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { multiply, type Matrix } from '../pdf/rulings.js';

/** A region of the page in top-left pt. */
export interface Region {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Share of the page width an image must span to be a table (a seal, logo or QR code is smaller). */
const MIN_TABLE_WIDTH_SHARE = 0.4;
/** pt. Height it must have: two table rows at least (a banner or rule is thinner). */
const MIN_TABLE_HEIGHT = 40;

/**
 * A page with text and fewer number-only items than this may have its table as a picture (the
 * smallest statistics table, 四, has 15 numbers; dates, page numbers and years are a few).
 */
export const MAX_TEXT_NUMBERS = 10;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The table-sized images a page paints, in top-left pt; [] when its drawing cannot be read. */
export async function tableImageRegions(page: PDFPageProxy, lib: PdfJs): Promise<Region[]> {
  const { OPS } = lib;
  const paints = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  const list = await page.getOperatorList().catch(() => null);
  if (!list) return [];
  const viewport = page.getViewport({ scale: 1 });
  const out: Region[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as Matrix | null | undefined;
      if (m) ctm = multiply(m, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (paints.has(fn)) {
      const m = multiply(ctm, viewport.transform as unknown as Matrix);
      const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
      const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
      const r = { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
      if (r.x2 - r.x1 >= MIN_TABLE_WIDTH_SHARE * viewport.width && r.y2 - r.y1 >= MIN_TABLE_HEIGHT) out.push(r);
    }
  }
  return out;
}

/** True when the point (top-left pt) lies in one of the regions. */
export function inRegions(regions: readonly Region[], x: number, y: number): boolean {
  return regions.some((r) => x >= r.x1 && x <= r.x2 && y >= r.y1 && y <= r.y2);
}
