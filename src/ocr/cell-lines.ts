/**
 * @file Lines of ink in a cell crop, and the two cells whose ink is not one line of digits yet
 * holds a value: a dash mark ('—', '-': a zero printed as a mark) and a number with its unit
 * wrapped under it in a narrow column ('3' over '件'). Pure: the caller (`cell-ink.ts`) decides.
 *
 * Why (breakit55 scan100-dash, 100 dpi grey, narrow table 三 columns, '—' zeros, '件' after some
 * numbers): the table's glyph height is the median ink height of its cells, and there most cells
 * were dashes (a bar a few px high) or two-line '3件' cells (twice a digit's height). The median was
 * a two-line cell's height, every one-line digit was 'short' and cut again over its row's two-line
 * band, and its width no longer fitted its digits: 15 of 37 numbers unread, the rows ambiguous.
 */
import type { Grey } from './image.js';

/** Grey level (stretched crop) below which a row or column holds a stroke (as `cell-ink` GLYPH_LEVEL). */
const STROKE_LEVEL = 200;
/** px. A run of inked rows shorter than this is a speck, not a line of glyphs. */
const MIN_LINE_PX = 3;

/** The runs of inked rows of a crop, top to bottom: [first, end) row of each line of glyphs. */
export function inkLines(img: Grey): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let y = 0; y <= img.height; y++) {
    let dark = false;
    for (let x = 0; y < img.height && x < img.width && !dark; x++) dark = img.data[y * img.width + x]! < STROKE_LEVEL;
    if (dark && start < 0) start = y;
    if (!dark && start >= 0) {
      if (y - start >= MIN_LINE_PX) out.push([start, y]);
      start = -1;
    }
  }
  return out;
}

/** The runs of inked columns of rows [y1, y2) of a crop: [first, end) column of each glyph. */
export function inkColumns(img: Grey, y1: number, y2: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let x = 0; x <= img.width; x++) {
    let dark = false;
    for (let y = y1; x < img.width && y < y2 && !dark; y++) dark = img.data[y * img.width + x]! < STROKE_LEVEL;
    if (dark && start < 0) start = x;
    if (!dark && start >= 0) {
      if (x - start >= 2) out.push([start, x]);
      start = -1;
    }
  }
  return out;
}

/**
 * × the table's glyph height. A dash mark's bar: at most this high (a '—' is ~0.1 of a digit's
 * height, blurred to ~0.2 at 100 dpi), and between `DASH_MIN_WIDTH` (a hyphen '-', ~0.45) and
 * `DASH_MAX_WIDTH` (an em dash '—' ~1.4; '——' is two) wide.
 */
const DASH_HEIGHT = 0.35;
const DASH_MIN_WIDTH = 0.3;
const DASH_MAX_WIDTH = 3;
/**
 * Share of the row's line of digits (from its top) the bar's middle must lie within: a dash stands
 * at mid-height; the darkest stroke of a faint digit that alone passed the ink level is its base
 * ('2') or its top ('7', '5') — at the line's edge.
 */
const DASH_MIDDLE: readonly [number, number] = [0.25, 0.75];
/**
 * Pixels of the cell darker than the faint-cell level outside the bar (and 2 px around it) that
 * still leave it a dash: more is the rest of a faint digit whose darkest stroke is the bar.
 */
export const DASH_STRAY_PIXELS = 30;

/** What `isDash` needs of a cell's ink (`cell-ink.ts` Prepared). */
export interface BarInk {
  inkW: number;
  inkH: number;
  glyphs: number;
  top: number;
  bottom: number;
  /** Faint pixels outside the ink box (see `DASH_STRAY_PIXELS`). */
  stray: number;
}

/**
 * Whether a cell's ink is a dash mark: one flat bar, no other faint ink in the cell, at the middle
 * of its row's line of digits (`band`, page px; when the row has no digit to give one — a row of
 * dashes — of the cell itself: a ruling's residue lies at its edge).
 */
export function isDash(p: BarInk, glyphH: number, band: { top: number; bottom: number }): boolean {
  if (p.glyphs !== 1 || p.inkH > DASH_HEIGHT * glyphH || p.inkW < 2 * p.inkH) return false;
  if (p.inkW < DASH_MIN_WIDTH * glyphH || p.inkW > DASH_MAX_WIDTH * glyphH || p.stray > DASH_STRAY_PIXELS) return false;
  const mid = (p.top + p.bottom) / 2;
  const h = band.bottom - band.top;
  return mid >= band.top + DASH_MIDDLE[0] * h && mid <= band.top + DASH_MIDDLE[1] * h;
}

/**
 * × the unit line's height: the least width of a unit glyph ('件', '万元': an ideograph is about as
 * wide as high; '件' may show a white column between 亻 and 牛, so its pieces' span counts); × the
 * first line's height, the widest glyph of the digits above it (a digit is ~0.55 wide, blurred ~0.7).
 * A header cell wrapped '总' over '计' has an ideograph above: not cut.
 */
const UNIT_GLYPH_WIDTH = 0.75;
const DIGIT_GLYPH_WIDTH = 0.8;
/** Most pieces (white-column runs) of the unit line: one or two ideographs. */
const UNIT_PIECES = 3;
/**
 * × the number's line height: the least height of the unit line. An ideograph stands ~0.9 em high,
 * a digit ~0.7: a number wrapped over two lines ('12' over '34') has lines of one height.
 */
const UNIT_TALLER = 1.1;
/** × the table's glyph height: the unit line is at least this high (not a speck or a stroke's residue). */
const UNIT_LINE_HEIGHT = 0.6;

/**
 * A cell printed as a number with its unit wrapped under it ('3' over '件'): the end row (in `img`'s
 * rows) of the number's line, to crop to; null when the ink is not two lines, the second one glyph
 * as wide as an ideograph and the first narrow glyphs only.
 */
export function wrappedUnitCut(img: Grey, glyphH: number): number | null {
  const lines = inkLines(img);
  if (lines.length !== 2) return null;
  const [[t1, b1], [t2, b2]] = lines as [[number, number], [number, number]];
  const unit = inkColumns(img, t2, b2);
  if (unit.length === 0 || unit.length > UNIT_PIECES || b2 - t2 < UNIT_LINE_HEIGHT * glyphH || b2 - t2 < UNIT_TALLER * (b1 - t1)) return null;
  if (unit.at(-1)![1] - unit[0]![0] < UNIT_GLYPH_WIDTH * (b2 - t2)) return null;
  const digits = inkColumns(img, t1, b1);
  if (digits.length === 0 || digits.some(([a, b]) => b - a > DIGIT_GLYPH_WIDTH * (b1 - t1))) return null;
  return b1;
}
