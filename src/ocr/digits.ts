/**
 * @file Numbers read from cell crops. Each cell's ink is cropped inside its rulings (remnants of a
 * ruling whitened, faint strokes kept), and the cells of one table row are put side by side in one
 * strip, wide white gaps between them, read as one line of digits: the LSTM reads a digit in a
 * line far better than alone (on a 100 dpi grey scan a lone '0' read as '1' at 4%, the same '0'
 * in its row's strip as '0' at 90%), and one call per row replaces several per cell. A cell the
 * strip does not read as a plausible number is read again on its own, in the modes of
 * `CELL_ATTEMPTS` in turn. Per-symbol alternatives of confusable digits are kept as readings.
 * Each row is read in several preprocessings (`STRIP_VARIANTS`); the readings vote, and the ones
 * outvoted stay as the cell's first alternatives, so the identities decide between them. A cell of
 * a number column that no LSTM read gives a number is read by the legacy classifier
 * (`LEGACY_ATTEMPTS`), taken only when its reads agree.
 */
import { recognizeDigitLine, recognizeDigits, type OcrLine } from './engine.js';
import { binarize, INK, smooth, stretch, upscalePad, type Box, type Grey } from './image.js';
import { prepareRows, type Prepared } from './cell-ink.js';
import { accept, minInkWidth } from './ink-width.js';
import { endsInUnit, unitCut } from './unit-suffix.js';
import { agree, vote, type CellRead, type NumberRead } from './reads.js';
import { maxOf, median, minOf } from '../_internal/extremes.js';

/**
 * Single-cell reads tried in turn for a cell neither of its row's strips read: Tesseract page
 * segmentation mode (7 line, 13 raw line, 8 word), the glyph height (px) the crop is scaled to, and
 * whether the crop is binarized first (`BINARY_LEVEL`). On a 100 dpi grey scan PSM 13 at 48 px
 * read 134/149 cells right alone; PSM 7 reads some lone '0's that PSM 13 calls '1' at 4%. On
 * 6.5 pt print at 100 dpi (huaian-2024) the binarized crop read '3119', '3001', '9' and '10'
 * (confidence 0.8–0.95) where every grey read gave nothing, '2001' or '0'.
 */
const CELL_ATTEMPTS: readonly CellAttempt[] = [
  { psm: '7', height: 48, binary: false },
  { psm: '13', height: 48, binary: false },
  { psm: '13', height: 64, binary: true },
  { psm: '7', height: 48, binary: true },
  { psm: '8', height: 40, binary: false },
  { psm: '13', height: 64, binary: false },
];

/** Single-cell reads tried on the digits of a cell printed with its unit (`unitCut`). */
const UNIT_ATTEMPTS = 4;

/** One single-cell read (see `CELL_ATTEMPTS`). */
interface CellAttempt {
  psm: '7' | '8' | '13';
  height: number;
  binary: boolean;
  legacy?: boolean;
}

/**
 * Last, for the cells no LSTM read gave a plausible number: Tesseract's legacy shape classifier,
 * in each of these reads. On 6.5 pt print of 100 dpi grey scans (~7 px high in the scan) the LSTM
 * read lone '0's and '6's as nothing and '769', '1362' as letters ('TH', 'Lind' without the
 * whitelist), where the legacy classifier read '0', '6', '769', '1302'. It errs alone more than
 * the LSTM ('111' for a faint '61', '131', '31'), and its errors vary with the preprocessing while
 * its right readings mostly repeat: a reading is taken only when `LEGACY_AGREE` of these give it
 * (`agree`), the others staying as alternatives.
 */
const LEGACY_ATTEMPTS: readonly CellAttempt[] = [
  { psm: '13', height: 48, binary: true, legacy: true },
  { psm: '8', height: 48, binary: true, legacy: true },
  { psm: '7', height: 48, binary: true, legacy: true },
  { psm: '13', height: 48, binary: false, legacy: true },
  { psm: '8', height: 48, binary: false, legacy: true },
  { psm: '7', height: 48, binary: false, legacy: true },
];
/** Legacy readings that must give the same text for it to be taken (`LEGACY_ATTEMPTS`). */
const LEGACY_AGREE = 3;
/**
 * Grey level of a contrast-stretched crop (0 darkest … 255 paper) below which the binarized reads
 * take a pixel as ink: near the paper, so the faint strokes of small grey print count whole.
 */
const BINARY_LEVEL = 180;
/** px. Glyph height a row's strip is scaled to (Tesseract reads digits ~30–60 px high best). */
const STRIP_HEIGHT = 50;

/**
 * How each row is read: the strip of its cells, prepared in each of these ways, is one recognition
 * each. `pre`: binarized at this level before the upscale (blocky strokes, thick: faint print
 * survives); `post`: upscaled grey (smooth contours) and then binarized; `height`: the glyph height
 * the strip is scaled to. The readings of a cell vote (`vote`). Measured on 100 dpi grey scans of
 * real reports (cells right of 762, 6.5 pt print in most of them, by one reading alone: grey 589,
 * pre 180 604, post 200 624, post 180 at 70 px 605); the grey + pre-180 pair read 699 with the
 * single-cell retries, these three voting 720, and the wrong first readings fell from 16 to 7
 * (adding the grey strip as a fourth vote: 716 right, 14 wrong). A fourth, smoothed grey strip
 * (`blur`: a 100 dpi scan rendered at 300 dpi draws each scan pixel as a 3 × 3 block; smoothed by
 * one pixel the stair-stepped contours of 6.5 pt digits read as digits) read lone '0's, '61', '53',
 * '1288' that the three others dropped: cells right on five 100 dpi grey scans (four tuned on:
 * huaian-2024 plain ×2, huaian-2024 keystone, hongze-2024 faint; pdf-2019-libreoffice)
 * 163 → 168, 165 → 165, 138 → 140, 179 → 179, 174 → 175; wrong first readings 30 → 26.
 */
export const STRIP_VARIANTS: readonly StripVariant[] = [
  { pre: BINARY_LEVEL },
  { post: 200 },
  { post: 180, height: 70 },
  { blur: 1 },
];

/** One way of preparing a row's strip (see `STRIP_VARIANTS`). */
export interface StripVariant {
  /** px: the crop smoothed first (`smooth`), contrast stretched again. */
  blur?: number;
  pre?: number;
  post?: number;
  height?: number;
}
/** × glyph height. White between two cells in a strip: Tesseract sees separate words. */
const STRIP_GAP = 3;
/** × glyph height. Only ink narrower than this (≤ ~6 digits) gets the further single-cell reads. */
const RETRY_WIDTH = 4;
/** Largest upscale of a digit crop. */
const MAX_UPSCALE = 4;
/** px. White margin around a digit crop or strip (Tesseract needs background around the glyphs). */
const DIGIT_MARGIN = 20;

/** Confidence of a dash mark read by its shape (one flat bar alone in the cell). */
const DASH_CONFIDENCE = 0.9;

/** Other cells read as numbers that a value column needs under or over a cell (`numberColumn`). */
const MIN_COLUMN_NUMBERS = 2;

/**
 * Whether the cell `box` lies in a column of numbers: of the other cells whose centre falls within
 * its left and right (`boxes`, with their `reads`), at least `MIN_COLUMN_NUMBERS` read as numbers
 * and no fewer than those holding ink that did not. A label or header cell (short Han text) is
 * never read by the legacy classifier, which forces any ink into digits.
 */
export function numberColumn(box: Box, boxes: readonly Box[], reads: readonly CellRead[]): boolean {
  let numbers = 0;
  let others = 0;
  boxes.forEach((b, i) => {
    const cx = (b.x1 + b.x2) / 2;
    if (b === box || cx < box.x1 || cx > box.x2) return;
    const r = reads[i];
    if (typeof r === 'object') numbers++;
    else if (r === 'other') others++;
  });
  return numbers >= MIN_COLUMN_NUMBERS && numbers >= others;
}

/** A cell's crop prepared for one strip variant, upscaled by `factor`. */
function variantImage(c: Prepared, v: StripVariant, factor: number): Grey {
  const src = v.blur ? stretch(smooth(c.tight, v.blur)) : c.tight;
  const up = upscalePad(v.pre === undefined ? src : binarize(src, v.pre), factor, 0);
  return v.post === undefined ? up : binarize(up, v.post);
}

/** One row's cells side by side, scaled alike, in one strip; the x span of each cell in it. */
function strip(cells: Prepared[], v: StripVariant): { img: Grey; spans: [number, number][]; gap: number } {
  const factor = Math.max(1, Math.min(MAX_UPSCALE, Math.round((v.height ?? STRIP_HEIGHT) / median(cells.map((c) => c.inkH)))));
  const ups = cells.map((c) => variantImage(c, v, factor));
  const gap = Math.round(STRIP_GAP * median(ups.map((u) => u.height)));
  const width = ups.reduce((s, u) => s + u.width, 0) + gap * (ups.length - 1) + 2 * DIGIT_MARGIN;
  const inner = maxOf(ups.map((u) => u.height));
  const height = inner + 2 * DIGIT_MARGIN;
  const data = new Uint8Array(width * height).fill(255);
  const spans: [number, number][] = [];
  let x = DIGIT_MARGIN;
  for (const u of ups) {
    const y0 = DIGIT_MARGIN + Math.round((inner - u.height) / 2);
    for (let y = 0; y < u.height; y++) data.set(u.data.subarray(y * u.width, (y + 1) * u.width), (y0 + y) * width + x);
    spans.push([x, x + u.width]);
    x += u.width + gap;
  }
  return { img: { width, height, data }, spans, gap };
}

/** Reads one strip: per cell, the words whose centre falls in its span, joined; null when none. */
async function readStrip(cells: Prepared[], v: StripVariant): Promise<(OcrLine | null)[]> {
  const { img, spans, gap } = strip(cells, v);
  const words = await recognizeDigitLine(img);
  return spans.map(([a, b]) => {
    const mine = words.filter((w) => (w.x0 + w.x1) / 2 >= a - gap / 2 && (w.x0 + w.x1) / 2 < b + gap / 2).sort((p, q) => p.x0 - q.x0);
    if (mine.length === 0) return null;
    return { text: mine.map((w) => w.text).join(''), confidence: minOf(mine.map((w) => w.confidence)), alternatives: mine.flatMap((w) => w.alternatives) };
  });
}


/**
 * Reads rows of cell boxes (each row's boxes in reading order) as numbers: 'blank' without ink,
 * 'other' when the ink does not read as a number. `level`: the page's ruling level (remnants).
 */
export async function readNumbers(img: Grey, rows: readonly (readonly Box[])[], level = INK, variants: readonly StripVariant[] = STRIP_VARIANTS): Promise<CellRead[][]> {
  return readPrepared(prepareRows(img, rows, level), rows, variants);
}

/** One cell read alone in one attempt's mode: upscaled to the attempt's height, binarized if it says so. */
async function readCell(p: Prepared, attempt: CellAttempt): Promise<NumberRead | null> {
  const factor = Math.max(1, Math.min(MAX_UPSCALE, Math.round(attempt.height / p.inkH)));
  const img = attempt.binary ? binarize(p.tight, BINARY_LEVEL) : p.tight;
  return accept(await recognizeDigits(upscalePad(img, factor, DIGIT_MARGIN), attempt.psm), p);
}

/** `readNumbers` on cells already prepared (`prepareRows`); `rows` their boxes (value columns). */
export async function readPrepared(prepared: readonly (readonly (Prepared | 'blank' | 'other')[])[], rows: readonly (readonly Box[])[], variants: readonly StripVariant[] = STRIP_VARIANTS): Promise<CellRead[][]> {
  // A dash mark is the cell's not-applicable mark, read by its shape (`cell-lines.ts` isDash): the
  // whitelist has no '—', and an em dash read '-' is wider than a '-' may be (`accept`).
  const out: CellRead[][] = prepared.map((row) => row.map((p) => (typeof p !== 'object' ? p : p.dash ? { text: '—', confidence: DASH_CONFIDENCE, alternatives: [] } : 'other')));
  const pending: { r: number; c: number; p: Prepared; unit: boolean }[] = [];
  for (const [r, row] of prepared.entries()) {
    // A cell that ends in a unit ('376件') is read in the strip without it: read whole, the unit
    // read as digits too ('件' as '17': 37617, accepted by the ink width) or the cell as nothing.
    // A cell ending in a unit that cannot be cut off (a digit touching it) is not read whole (`endsInUnit`).
    const cells = row.flatMap((p, c) => {
      if (typeof p !== 'object' || p.dash) return [];
      const cut = unitCut(p);
      return cut || !endsInUnit(p) ? [{ c, p, read: cut ?? p }] : [];
    });
    if (cells.length === 0) continue;
    const reads: (OcrLine | null)[][] = [];
    for (const v of variants) reads.push(await readStrip(cells.map((x) => x.read), v));
    cells.forEach(({ c, p, read }, i) => {
      const ok = vote(reads.map((rs) => (rs[i] ? accept(rs[i]!, read) : null)));
      if (ok) out[r]![c] = ok;
      else pending.push({ r, c, p, unit: endsInUnit(p) });
    });
  }
  // Attempt by attempt (not cell by cell): the recogniser's mode changes once per attempt.
  for (const [i, attempt] of CELL_ATTEMPTS.entries()) {
    for (const { r, c, p, unit } of pending) {
      if (out[r]![c] !== 'other' || unit || (i > 0 && p.inkW > RETRY_WIDTH * p.inkH)) continue;
      const ok = await readCell(p, attempt);
      if (ok) out[r]![c] = ok;
    }
  }
  // A number printed with its unit ('3件', '12.5万元'): its digits read alone (unit-suffix.ts).
  for (const { r, c, p } of pending) {
    const cut = out[r]![c] === 'other' ? unitCut(p) : null;
    for (const attempt of cut ? CELL_ATTEMPTS.slice(0, UNIT_ATTEMPTS) : []) {
      const ok = await readCell(cut!, attempt);
      if (ok && !/^[-—/]+$/.test(ok.text)) {
        out[r]![c] = ok;
        break;
      }
    }
  }
  const boxes = rows.flat();
  const reads = out.flat();
  const left = pending.filter(({ r, c, p, unit }) => out[r]![c] === 'other' && !unit && p.inkW <= RETRY_WIDTH * p.inkH && numberColumn(rows[r]![c]!, boxes, reads));
  const legacy: (NumberRead | null)[][] = left.map(() => []);
  for (const attempt of LEGACY_ATTEMPTS) {
    for (const [k, { p }] of left.entries()) {
      const factor = Math.max(1, Math.min(MAX_UPSCALE, Math.round(attempt.height / p.inkH)));
      const img = attempt.binary ? binarize(p.tight, BINARY_LEVEL) : p.tight;
      const read = accept(await recognizeDigits(upscalePad(img, factor, DIGIT_MARGIN), attempt.psm, true), p);
      legacy[k]!.push(read && p.inkW >= minInkWidth(read.text, p.inkH) ? read : null);
    }
  }
  left.forEach(({ r, c }, k) => {
    const ok = agree(legacy[k]!, LEGACY_AGREE);
    if (ok) out[r]![c] = ok;
  });
  return out;
}

/** Reads one box as a number (a number outside ruled grids). */
export async function readNumber(img: Grey, box: Box, level = INK): Promise<CellRead> {
  return (await readNumbers(img, [[box]], level))[0]![0]!;
}