/**
 * @file Which way up a scanned page lies: upright, turned a quarter either way (a landscape table
 * page fed sideways: a portrait image holding sideways text), or upside down (a scanner's 180°).
 * Read as it lies, a turned page gives digits reversed ('47' read '74 21 01'), rows shifted or
 * columns read as rows, and nothing said. The page's densest band of text (rulings erased) is
 * recognised as it lies, which the page pass needs anyway on most pages, so an upright page costs
 * no more than that one read:
 * - text lines running down the page show in the ink itself: runs of inked blocks are longer down
 *   the page than across it (`runAspect`); and the recogniser's automatic layout reads them as
 *   vertical text, its words taller than wide. Either way (`sideways`), the page is turned a
 *   quarter both ways and the turned band read again; the way whose reading is clearly stronger
 *   (in words wider than tall) is taken when it is also clearly stronger than the band's upright
 *   reading in such words (a Word-style table page whose long borders no grid took — its outer
 *   edges, a spanned label column's — measured 0.29, and its upright band read 26 where the better
 *   quarter turn read 4.9: the page was turned and table 三's rows lost).
 * - otherwise the band is read turned by 180° (unless the upright reading is already strong), and
 *   the page is turned when that reads as Chinese with clearly more confidence.
 */
import { recognizeText, type OcrWord } from './engine.js';
import { crop, INK, shrink, type Grey } from './image.js';

/** × page height. The band of text recognised both ways (at 300 dpi of an A4 page: ~5 lines of 10.5 pt). */
const BAND_SHARE = 0.08;
/** Shrink factor for the band (300 → 150 dpi, the page pass's resolution, `page.ts` `TEXT_DPI`). */
const BAND_SHRINK = 2;
/** Least Han confidence (sum over characters read) for either way to count as read text. */
const MIN_SCORE = 4;
/**
 * The turned reading must score this many times the other. Upright Chinese reads at 0.8–0.95 a
 * character; upside down it reads as few, scattered, low-confidence glyphs (scores seen below a
 * fifth of the upright ones), so a factor of 2 leaves a wide margin both ways. The same factor
 * tells tall words from wide ones (`sideways`): seen 0–2 vs 15–38 on upright pages, 24–44 vs 0–5
 * on pages turned a quarter.
 */
const TURN_FACTOR = 2;
/** An upright reading this strong is taken without reading the band turned (saves a recognition). */
const SURE_UPRIGHT = 25;
/**
 * px (at the 300 dpi render: 1.9 pt). Side of the blocks `runAspect` marks as inked: larger than the
 * gap between two glyphs of a line (they join into one run), smaller than the gap between lines
 * (≥ 2 blocks at 1.5 line spacing: at least one block row stays white).
 */
const RUN_BLOCK = 8;
/**
 * `runAspect` below this: the page's lines run down it. Seen 1.19–3.9 on upright pages of 100 dpi
 * scans (text, ruled and borderless tables, 7–12 pt), 0.58–0.80 on pages turned a quarter (and
 * 0.7–0.94 on near-blank pages, whose band reads nothing either way).
 */
const SIDEWAYS_ASPECT = 1;

const HAN = /\p{Script=Han}/gu;

/** Clockwise turns a page can be read at: the page image is turned by this many degrees before it is read. */
export type Turn = 0 | 90 | 180 | 270;

/** Turns a grey image by 180° (exact: pixel order reversed). */
export function turn180(img: Grey): Grey {
  return { width: img.width, height: img.height, data: img.data.slice().reverse() };
}

/** Turns a grey image clockwise by a quarter (exact: the pixels moved, width and height swapped). */
export function turnQuarter(img: Grey): Grey {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const to = h - 1 - y;
    for (let x = 0; x < w; x++) out[x * h + to] = data[y * w + x]!;
  }
  return { width: h, height: w, data: out };
}

/** The image turned clockwise by `turn` degrees. */
export function turnBy(img: Grey, turn: Turn): Grey {
  if (turn === 0) return img;
  if (turn === 180) return turn180(img);
  const q = turnQuarter(img);
  return turn === 90 ? q : turn180(q);
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

/**
 * Mean length (weighted by length) of the runs of inked blocks across the page over that of the
 * runs down it: > 1 when text lines run across (a line's glyphs join; lines stay apart), < 1 when
 * they run down the page. Cheap (one pass over the pixels: 0.1–0.3 s a page on a loaded machine), so every page is measured.
 */
export function runAspect(img: Grey): number {
  const { width: w, height: h, data } = img;
  const [bw, bh] = [Math.floor(w / RUN_BLOCK), Math.floor(h / RUN_BLOCK)];
  const inked = new Uint8Array(bw * bh);
  // Every pixel: sampling every other row and column left blocks of thin strokes white and brought upright table pages down to 1.01.
  for (let y = 0; y < bh * RUN_BLOCK; y++) {
    const row = Math.floor(y / RUN_BLOCK) * bw;
    for (let x = 0; x < bw * RUN_BLOCK; x++) if (data[y * w + x]! < INK) inked[row + Math.floor(x / RUN_BLOCK)] = 1;
  }
  const weighted = (n: number, m: number, at: (i: number, j: number) => number): number => {
    let [s1, s2] = [0, 0];
    for (let i = 0; i < n; i++) {
      let run = 0;
      for (let j = 0; j <= m; j++) {
        if (j < m && at(i, j)) run++;
        else [s1, s2, run] = [s1 + run, s2 + run * run, 0];
      }
    }
    return s2 / Math.max(1, s1);
  };
  const across = weighted(bh, bw, (i, j) => inked[i * bw + j]!);
  const down = weighted(bw, bh, (i, j) => inked[j * bw + i]!);
  return down > 0 ? across / down : 1;
}

/** Han confidence of a reading: in all its words, in words of two or more Han taller than wide, and in those wider than tall. */
export interface BandScore {
  all: number;
  tall: number;
  wide: number;
}

/** Scores recognised words (`BandScore`). */
export function scoreWords(words: readonly OcrWord[]): BandScore {
  const s = { all: 0, tall: 0, wide: 0 };
  for (const w of words) {
    const n = w.text.match(HAN)?.length ?? 0;
    s.all += n * w.confidence;
    if (n >= 2 && w.y1 - w.y0 > w.x1 - w.x0) s.tall += n * w.confidence;
    else if (n >= 2) s.wide += n * w.confidence;
  }
  return s;
}

/** The page's densest band of text, shrunk for reading; null on a page without ink. */
function bandOf(page: Grey, share: number): Grey | null {
  const band = densestBand(page, Math.round(page.height * share));
  return band ? shrink(crop(page, { x1: 0, x2: page.width, y1: band.y1, y2: band.y2 }), BAND_SHRINK) : null;
}

const read = async (img: Grey): Promise<BandScore> => scoreWords(await recognizeText(img));

/** How a page was found: `turn` it is read at; `undecided` when no way read clearly as text; `sideways` when its lines run down the page. */
export interface Orientation {
  turn: Turn;
  undecided: boolean;
  sideways: boolean;
  scores: { upright: number; turned: number };
}

/** Text lines running down the page: its tall words carry the reading. */
const readsSideways = (s: BandScore): boolean => s.tall >= MIN_SCORE && s.tall >= TURN_FACTOR * s.wide;

/** Of a reading and its turned one, which is clearly the stronger ('a', 'b'), or neither. */
function clearer(a: number, b: number): 'a' | 'b' | null {
  if (a >= MIN_SCORE && a >= TURN_FACTOR * b) return 'a';
  if (b >= MIN_SCORE && b >= TURN_FACTOR * a) return 'b';
  return null;
}

/**
 * The quarter turn a page is read at, from its band's wide-word scores turned clockwise (`cw`) and
 * counter-clockwise (`ccw`): the way clearly stronger than the other, if it is also clearly
 * stronger than the band read as it lies (`upright.wide`) — long rulings no grid took (a table's
 * outer border, a spanned label column's edges) make runs down an upright page too.
 */
export function quarterTurn(upright: BandScore, cw: number, ccw: number): 90 | 270 | null {
  const way = clearer(cw, ccw);
  if (!way || clearer(Math.max(cw, ccw), upright.wide) !== 'a') return null;
  return way === 'a' ? 90 : 270;
}

/**
 * Which way `clean` (a straightened page, rulings erased) is to be turned to read upright, from its
 * densest band of text read as it lies and, when that is not clearly upright, turned.
 */
export async function pageOrientation(clean: Grey): Promise<Orientation> {
  const img = bandOf(clean, BAND_SHARE);
  if (!img) return { turn: 0, undecided: true, sideways: false, scores: { upright: 0, turned: 0 } };
  const upright = await read(img);
  if (runAspect(clean) < SIDEWAYS_ASPECT || readsSideways(upright)) {
    // The band across the lines that run down the page, turned a quarter each way (a share of the page's longer side, as on an upright portrait page).
    const q = turnQuarter(clean);
    const band = bandOf(q, (BAND_SHARE * Math.max(q.width, q.height)) / q.height);
    const cw = band ? (await read(band)).wide : 0;
    const ccw = band ? (await read(turn180(band))).wide : 0;
    const turn = quarterTurn(upright, cw, ccw);
    const scores = { upright: upright.all, turned: Math.max(cw, ccw) };
    if (turn) return { turn, undecided: false, sideways: true, scores };
    // Neither quarter turn reads: a near-blank page, or the run measure misled by a sparse one. Read as it lies or upside down.
  }
  if (upright.all >= SURE_UPRIGHT && !readsSideways(upright)) return { turn: 0, undecided: false, sideways: false, scores: { upright: upright.all, turned: 0 } };
  // Upside down, a page turned a quarter reads as vertical text again: only words wider than tall count.
  const flipped = await read(turn180(img));
  const turned = flipped.all - flipped.tall;
  const way = clearer(upright.all - upright.tall, turned);
  return { turn: way === 'b' ? 180 : 0, undecided: way === null, sideways: false, scores: { upright: upright.all, turned } };
}
