/**
 * @file Upright or upside down: a scanned page fed turned (or a scanner's 180°) reads as digits
 * reversed ('47' read '74 21 01'), rows shifted, and nothing said. The page's densest band of
 * text (rulings erased) is recognised both ways, and the page is turned when the turned band reads
 * as Chinese with clearly more confidence. 90° and 270° are not looked for (a page turned a
 * quarter has no long horizontal text lines: its band reads as noise both ways, and it stays as
 * it is, its values not confirmed by the identities).
 */
import { recognizeText } from './engine.js';
import { crop, INK, shrink, type Grey } from './image.js';

/** × page height. The band of text recognised both ways (at 300 dpi of an A4 page: ~5 lines of 10.5 pt). */
const BAND_SHARE = 0.08;
/** Shrink factor for the band (300 → 150 dpi, the page pass's resolution, `page.ts` `TEXT_DPI`). */
const BAND_SHRINK = 2;
/** Least Han confidence (sum over characters read) for either way to count as read text. */
const MIN_SCORE = 4;
/**
 * The turned reading must score this many times the upright one. Upright Chinese reads at 0.8–0.95 a
 * character; upside down it reads as few, scattered, low-confidence glyphs (scores seen below a
 * fifth of the upright ones), so a factor of 2 leaves a wide margin both ways.
 */
const TURN_FACTOR = 2;
/** An upright reading this strong is taken without reading the band turned (saves a recognition). */
const SURE_UPRIGHT = 25;

const HAN = /\p{Script=Han}/gu;

/** Turns a grey image by 180° (exact: pixel order reversed). */
export function turn180(img: Grey): Grey {
  return { width: img.width, height: img.height, data: img.data.slice().reverse() };
}

/** The rows [y1, y2) of the band with the most ink, at least a few rows from the edges. */
export function densestBand(img: Grey, height: number): { y1: number; y2: number } | null {
  const { width: w, height: h, data } = img;
  if (height >= h) return null;
  const rows = new Float64Array(h);
  for (let y = 0; y < h; y++) {
    let n = 0;
    for (let x = 0; x < w; x += 2) if (data[y * w + x]! < INK) n++;
    rows[y] = n;
  }
  let sum = 0;
  for (let y = 0; y < height; y++) sum += rows[y]!;
  let best = { y1: 0, sum };
  for (let y = height; y < h; y++) {
    sum += rows[y]! - rows[y - height]!;
    if (sum > best.sum) best = { y1: y - height + 1, sum };
  }
  return best.sum > 0 ? { y1: best.y1, y2: best.y1 + height } : null;
}

/** Summed confidence of the Han characters read in `img`. */
async function hanScore(img: Grey): Promise<number> {
  const words = await recognizeText(img);
  return words.reduce((s, w) => s + (w.text.match(HAN)?.length ?? 0) * w.confidence, 0);
}

/** How a page was found: `turned` when it was read upside down; `undecided` when neither way read as text. */
export interface Orientation {
  turned: boolean;
  undecided: boolean;
  scores: { upright: number; turned: number };
}

/**
 * Decides whether `clean` (a straightened page, rulings erased) is upside down, from its densest band
 * of text read both ways.
 */
export async function pageOrientation(clean: Grey): Promise<Orientation> {
  const band = densestBand(clean, Math.round(clean.height * BAND_SHARE));
  if (!band) return { turned: false, undecided: true, scores: { upright: 0, turned: 0 } };
  const img = shrink(crop(clean, { x1: 0, x2: clean.width, y1: band.y1, y2: band.y2 }), BAND_SHRINK);
  const upright = await hanScore(img);
  if (upright >= SURE_UPRIGHT) return { turned: false, undecided: false, scores: { upright, turned: 0 } };
  const turned = await hanScore(turn180(img));
  const scores = { upright, turned };
  if (turned >= MIN_SCORE && turned >= TURN_FACTOR * upright) return { turned: true, undecided: false, scores };
  return { turned: false, undecided: !(upright >= MIN_SCORE && upright >= TURN_FACTOR * turned), scores };
}
