/**
 * @file Tables pasted as pictures into an otherwise text PDF (a screenshot of the Excel table under
 * its heading): the page's text has a table heading but not the table's values, and its drawing
 * paints an image as large as a table. Found from the operator list (where each image is placed:
 * the current transformation matrix maps the image's unit square onto the page), without decoding
 * the image. Seals, logos and QR codes are small and do not count. OCR (`src/ocr`) can read the
 * boxes this returns.
 */
import { multiply, stateCodes, walkOperators, type Matrix, type StateCodes } from './graphics-state.js';
import { maxOf, minOf } from '../_internal/extremes.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** A placed image in top-left page coordinates (pt). */
export interface ImageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The pdf.js operator codes read here. */
export interface ImageOpCodes extends StateCodes {
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
    ...stateCodes(lib),
    paints: new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]),
  };
}

/** Every image the operator list paints, placed on the page (`viewport`: PDF user space → top-left pt). */
export function paintedImages(list: { fnArray: number[]; argsArray: unknown[] }, ops: ImageOpCodes, viewport: Matrix): ImageBox[] {
  const out: ImageBox[] = [];
  walkOperators(list, ops, (fn, _args, ctm) => {
    if (!ops.paints.has(fn)) return;
    const m = multiply(ctm, viewport);
    const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
    const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
    const x = minOf(xs);
    const y = minOf(ys);
    out.push({ x, y, width: maxOf(xs) - x, height: maxOf(ys) - y });
  });
  return out;
}

/** The largest image a page paints: its box on the page (pt) and its pixels. */
export interface PaintedPicture extends ImageBox {
  pxWidth: number;
  pxHeight: number;
}

/** The largest image the operator list paints with its pixel size given, or undefined. */
export function largestPicture(list: { fnArray: number[]; argsArray: unknown[] }, ops: ImageOpCodes, viewport: Matrix): PaintedPicture | undefined {
  let best: PaintedPicture | undefined;
  walkOperators(list, ops, (fn, args, ctm) => {
    if (!ops.paints.has(fn)) return;
    const m = multiply(ctm, viewport);
    const width = Math.hypot(m[0], m[1]);
    const height = Math.hypot(m[2], m[3]);
    const image = args?.[0] as { width?: unknown; height?: unknown } | undefined;
    const pxWidth = typeof args?.[1] === 'number' ? args[1] : image?.width;
    const pxHeight = typeof args?.[2] === 'number' ? args[2] : image?.height;
    if (typeof pxWidth !== 'number' || width <= 0 || (best && best.width * best.height >= width * height)) return;
    const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
    const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
    best = { x: minOf(xs), y: minOf(ys), width, height, pxWidth, pxHeight: typeof pxHeight === 'number' ? pxHeight : (pxWidth * height) / width };
  });
  return best;
}

/**
 * dpi. The resolution of the largest image the operator list paints (its pixels across its painted
 * width), or undefined when it paints none or its size is not given: a scanned page's own resolution,
 * whatever resolution OCR renders it at.
 */
export function imageResolution(list: { fnArray: number[]; argsArray: unknown[] }, ops: ImageOpCodes, viewport: Matrix): number | undefined {
  const pic = largestPicture(list, ops, viewport);
  return pic ? (pic.pxWidth * 72) / pic.width : undefined;
}

/** The images large enough to be a table on a `width` × `height` page (pt). */
export function tableSizedImages(images: readonly ImageBox[], page: { width: number; height: number }): ImageBox[] {
  return images.filter((b) => b.width >= MIN_TABLE_WIDTH_SHARE * page.width && b.height >= MIN_TABLE_HEIGHT);
}

/** pt. Least side of a picture counted as a cell's: a speck or a 1 px rule drawn as an image is none. */
const MIN_CELL_PICTURE_SIDE = 4;
/** pt. Greatest height of a picture counted as a cell's: a row or two of a table (a seal or emblem is taller). */
const MAX_CELL_PICTURE_HEIGHT = 40;

/**
 * The pictures a page paints the size of a table's cell (`images` on a `page.width` wide page): narrower than a table,
 * a row or two high, more than a speck — a number shown as a picture in its cell, whose text layer holds no digit
 * (map/blank-table: the rows of such a page are no table printed blank).
 */
export function cellSizedPictures(images: readonly ImageBox[], page: { width: number }): ImageBox[] {
  return images.filter((b) => b.width < MIN_TABLE_WIDTH_SHARE * page.width && b.height <= MAX_CELL_PICTURE_HEIGHT && Math.min(b.width, b.height) >= MIN_CELL_PICTURE_SIDE);
}

/** Titles of the sections that hold the statistics tables, without spaces and punctuation. */
const TABLE_HEADINGS = ['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '行政复议行政诉讼', '政府信息公开行政复议'];

/** True when a page's text names one of the table sections (its heading is on the page). */
export function hasTableHeading(texts: readonly string[]): boolean {
  const joined = texts.join('').replace(/[\s、，,。．.（）()：:“”"]/g, '');
  return TABLE_HEADINGS.some((h) => joined.includes(h));
}

/**
 * The table-sized images one page paints (`list`: its operator list; `frame`: PDF user space →
 * top-left pt and the page's size): for the loader's `table_is_image` check and for OCR of pictured
 * tables, from the one operator list the loader fetched for the page.
 */
export function tableImageBoxes(list: { fnArray: number[]; argsArray: unknown[] }, lib: PdfJs, frame: { transform: Matrix; width: number; height: number }): ImageBox[] {
  return tableSizedImages(paintedImages(list, imageOpCodes(lib), frame.transform), frame);
}
