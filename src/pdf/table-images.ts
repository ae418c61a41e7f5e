/**
 * @file Tables pasted as pictures into an otherwise text PDF (a screenshot of the Excel table under
 * its heading): the page's text has a table heading but not the table's values, and its drawing
 * paints an image as large as a table. Found from the operator list (where each image is placed:
 * the current transformation matrix maps the image's unit square onto the page), without decoding
 * the image. Seals, logos and QR codes are small and do not count. OCR (`src/ocr`) can read the
 * boxes this returns.
 */
import { multiply, type Matrix } from './rulings.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** A placed image in top-left page coordinates (pt). */
export interface ImageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The pdf.js operator codes read here. */
export interface ImageOpCodes {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  /** Operators that paint one image through the current matrix. */
  paints: ReadonlySet<number>;
}

/**
 * Share of the page's width an image must span to be a table (a table runs across the text
 * column; an official seal is about 4 cm of a 21 cm page, a logo or QR code less).
 */
const MIN_TABLE_WIDTH_SHARE = 0.4;
/** pt. Height it must have: two rows of a table at least (a page-wide banner or rule is thinner). */
const MIN_TABLE_HEIGHT = 40;

/** The codes of the running pdf.js. */
export function imageOpCodes(lib: PdfJs): ImageOpCodes {
  const { OPS } = lib;
  return {
    save: OPS.save,
    restore: OPS.restore,
    transform: OPS.transform,
    paintFormXObjectBegin: OPS.paintFormXObjectBegin,
    paintFormXObjectEnd: OPS.paintFormXObjectEnd,
    paints: new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]),
  };
}

/** Every image the operator list paints, placed on the page (`viewport`: PDF user space → top-left pt). */
export function paintedImages(list: { fnArray: number[]; argsArray: unknown[] }, ops: ImageOpCodes, viewport: Matrix): ImageBox[] {
  const out: ImageBox[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as Matrix | null | undefined;
      if (m) ctm = multiply(m, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (ops.paints.has(fn)) {
      const m = multiply(ctm, viewport);
      const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
      const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      out.push({ x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y });
    }
  }
  return out;
}

/** The images large enough to be a table on a `width` × `height` page (pt). */
export function tableSizedImages(images: readonly ImageBox[], page: { width: number; height: number }): ImageBox[] {
  return images.filter((b) => b.width >= MIN_TABLE_WIDTH_SHARE * page.width && b.height >= MIN_TABLE_HEIGHT);
}

/** Titles of the sections that hold the statistics tables, without spaces and punctuation. */
const TABLE_HEADINGS = ['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '行政复议行政诉讼', '政府信息公开行政复议'];

/** True when a page's text names one of the table sections (its heading is on the page). */
export function hasTableHeading(texts: readonly string[]): boolean {
  const joined = texts.join('').replace(/[\s、，,。．.（）()：:“”"]/g, '');
  return TABLE_HEADINGS.some((h) => joined.includes(h));
}

/**
 * The table-sized images of one page, for OCR (the loader's `table_is_image` check reuses the
 * operator list it already has): [] when the page's drawing cannot be read.
 */
export async function tableImageBoxes(page: { getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>; getViewport(o: { scale: number }): { transform: number[]; width: number; height: number } }, lib: PdfJs): Promise<ImageBox[]> {
  const list = await page.getOperatorList().catch(() => null);
  if (!list) return [];
  const viewport = page.getViewport({ scale: 1 });
  return tableSizedImages(paintedImages(list, imageOpCodes(lib), viewport.transform as unknown as Matrix), viewport);
}
