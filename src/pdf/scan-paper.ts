/**
 * @file The paper a scanned page was, when the PDF wrapping the scan did not say its resolution
 * (issue 18, scan53). A scan's picture is written into a PDF at a page size its resolution gives
 * (100 dpi: 827 px across is an A4 sheet's 595 pt). Wrappers that write no resolution put one pixel
 * on one point: PIL's PDF writer at its default (`img.save('x.pdf')`, 72 dpi) and Ghostscript's
 * `viewjpeg.ps` make a 100 dpi A4 scan an 827 × 1169 pt page, 1.39 times the sheet. OCR renders a
 * page at a resolution of its points (`ocr/render.ts` `OCR_DPI`) and measures print in points
 * (glyph heights for small print, rulings, row and column gaps), so such a page was read as print
 * 1.39 times its size at 4.2 pixels a scanned pixel instead of 3.
 *
 * The page itself tells: its size is no paper, while its picture's pixels are a paper at a scanning
 * resolution (both sides within `PAPER_TOLERANCE` at the same dpi). The page is then read as that
 * paper: rendered so that the picture's pixels come out at the resolution OCR reads at, its words
 * measured in the paper's points.
 */
import type { PaintedPicture } from './table-images.js';

/**
 * Paper sizes (pt, portrait), the likelier first: ISO A4, A5, A3, JIS B4–B5, US Letter and Legal, Chinese 16K (184 × 260 mm
 * and 195 × 270 mm). The A sizes share one shape (A4 at 200 dpi is A3 at 141): a scanner's usual resolution decides
 * (`SCANNER_DPI`), else the order.
 */
const PAPERS: readonly (readonly [number, number])[] = [
  [595.28, 841.89],
  [419.53, 595.28],
  [841.89, 1190.55],
  [728.5, 1031.81],
  [515.91, 728.5],
  [612, 792],
  [612, 1008],
  [521.57, 737.01],
  [552.76, 765.35],
];
/** Share by which a side may differ from the paper's (a scanner's crop, a rounding of the pixels). */
const PAPER_TOLERANCE = 0.015;
/** dpi. The scanning resolutions a picture's pixels may be read at (a 72 dpi A4 picture is the page itself). */
const MIN_SCAN_DPI = 90;
const MAX_SCAN_DPI = 1200;
/** dpi. Resolutions scanners offer. */
const SCANNER_DPI = [75, 96, 100, 120, 150, 200, 240, 300, 400, 600, 1200];
/** Share of the page's width and height the picture must cover: a whole-page scan, not a picture on a page. */
const WHOLE_PAGE = 0.9;

/** The paper a `width` × `height` (either way up) is within `PAPER_TOLERANCE` of, scaled by `k`, or undefined. */
function paperOf(width: number, height: number, k: number): readonly [number, number] | undefined {
  const [short, long] = width <= height ? [width, height] : [height, width];
  return PAPERS.find(([w, h]) => Math.abs(short - w * k) <= PAPER_TOLERANCE * w * k && Math.abs(long - h * k) <= PAPER_TOLERANCE * h * k);
}

/**
 * How a whole-page scan whose PDF page is no paper size should be read: `dpi`, the picture's own
 * resolution as the paper its pixels fit (rounded to a whole dpi), and `scale`, the page's points
 * per point of that paper; undefined when the page is a paper size, the picture does not cover it,
 * or its pixels fit no paper at a scanning resolution.
 */
export function scanPaper(pic: PaintedPicture | undefined, page: { width: number; height: number }): { dpi: number; scale: number } | undefined {
  if (!pic || pic.width < WHOLE_PAGE * page.width || pic.height < WHOLE_PAGE * page.height) return undefined;
  if (paperOf(page.width, page.height, 1)) return undefined;
  const short = Math.min(pic.pxWidth, pic.pxHeight);
  const fits = PAPERS.map(([w]) => (short * 72) / w).filter((dpi) => dpi >= MIN_SCAN_DPI && dpi <= MAX_SCAN_DPI && paperOf(pic.pxWidth, pic.pxHeight, dpi / 72));
  const scanner = fits.flatMap((d) => SCANNER_DPI.filter((s) => Math.abs(s - d) <= 0.5));
  const dpi = scanner[0] ?? (fits.length > 0 ? Math.round(fits[0]!) : undefined);
  return dpi === undefined ? undefined : { dpi, scale: (dpi * pic.width) / (pic.pxWidth * 72) };
}
