/**
 * @file One pdf.js page → a grey image at the resolution chosen for OCR, drawn by pdf.js on the
 * `@napi-rs/canvas` canvas it supports in Node (an optional dependency, loaded on first use).
 */
import { createRequire } from 'node:module';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { fromRgba } from './colour.js';
import type { Grey } from './image.js';

/**
 * dpi. Pages are rendered at this resolution: a 100 dpi scan is interpolated up (Tesseract reads
 * glyphs ~30 px high best). On a 100 dpi grey scan, digit cells read right 134/149 at 300 dpi and
 * 113/138 at 200 dpi. Not raised for small print: on two fresh 100 dpi scans of a report whose
 * table prints 6.5 pt digits (~19 px high here; `scripts/ocr-cells.mjs --dpi`), 450 dpi read 175
 * of 193 cells right vs 178 at 300, and 600 dpi turned two wrong cells into unread ones on the
 * other scan at twice the time: the scan's own 100 dpi limits the reading, not this resolution.
 */
export const OCR_DPI = 300;

/** Pixel ratio pretended while rendering, so that scaled-up images are interpolated. */
const SMOOTH_PIXEL_RATIO = 16;

type Canvas = typeof import('@napi-rs/canvas');
const require = createRequire(import.meta.url);
let canvasLib: Promise<Canvas> | undefined;

/** Renders a page (white background) and returns it as grey pixels. */
export async function renderPage(page: PDFPageProxy, dpi = OCR_DPI): Promise<Grey> {
  const { createCanvas } = await (canvasLib ??= import('@napi-rs/canvas'));
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const canvas = createCanvas(width, height);
  // pdf.js gets stand-ins for the canvas package's classes until something renders
  // (`pdf/pdfjs.ts`; the import above may be that stand-in too). The native context rejects a
  // stand-in Path2D ('Value is none of these types String, Path' on the first path drawn: a page
  // with rulings or text, not a bare scan). Creating a canvas loaded the real package: its classes.
  const real = require('@napi-rs/canvas') as Canvas;
  Object.assign(globalThis, { Path2D: real.Path2D, DOMMatrix: real.DOMMatrix, ImageData: real.ImageData });
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, width, height);
  type RenderParams = Parameters<PDFPageProxy['render']>[0];
  // pdf.js draws an image scaled up more than the device pixel ratio without smoothing (nearest
  // pixel): a 100 dpi scan rendered at 200 dpi comes out in 2×2 blocks, which Tesseract misreads.
  // A large ratio for the duration of the render makes it interpolate.
  const g = globalThis as { devicePixelRatio?: number };
  const ratio = g.devicePixelRatio;
  g.devicePixelRatio = SMOOTH_PIXEL_RATIO;
  try {
    await page.render({ canvasContext: ctx, canvas, viewport } as unknown as RenderParams).promise;
  } finally {
    if (ratio === undefined) delete g.devicePixelRatio;
    else g.devicePixelRatio = ratio;
  }
  return fromRgba(ctx.getImageData(0, 0, width, height).data, width, height);
}
