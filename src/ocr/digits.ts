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
import { binarize, clearRemnants, clearTallStrokes, crop, growBox, INK, inkBox, stretch, upscalePad, type Box, type Grey } from './image.js';

/**
 * Digit confusions of 100 dpi grey scans that the recogniser read with no alternative (so the
 * identities could not choose): '7' read '2' (its stroke blurred into a curve), '2' read '7', the
 * closed shapes 0/6/8/9 and 3/8, 5/6. 6.5 pt print at 100 dpi adds: a faint '4' read '1' (its
 * thin diagonal and crossbar lost: '454' read '154'), '3' read '1', '5' and '2' read '3' ('5' read
 * '3', '25' read '35'), '5' read '4' ('3050' read '3040'). Keyed by the digit read: each is one
 * more reading, taken only when the identities reject the first (`map/row-candidates.ts`).
 */
const CONFUSIONS: Record<string, string> = { '0': '86', '1': '743', '2': '7', '3': '852', '4': '15', '5': '6', '6': '58', '7': '21', '8': '036', '9': '80' };
/** For a lone digit: a small '0' alone in its cell read '1' or '8'. */
const LONE_CONFUSIONS: Record<string, string> = { '1': '0', '8': '0' };

/** A cell's content as one number, with the other readings of its confusable digits. */
export interface NumberRead {
  text: string;
  alternatives: string[];
  confidence: number;
}

export type CellRead = NumberRead | 'blank' | 'other';

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
 * (adding the grey strip as a fourth vote: 716 right, 14 wrong).
 */
export const STRIP_VARIANTS: readonly StripVariant[] = [
  { pre: BINARY_LEVEL },
  { post: 200 },
  { post: 180, height: 70 },
];

/** One way of preparing a row's strip (see `STRIP_VARIANTS`). */
export interface StripVariant {
  pre?: number;
  post?: number;
  height?: number;
}
/** × glyph height. White between two cells in a strip: Tesseract sees separate words. */
const STRIP_GAP = 3;
/** × glyph height. Ink wider than this is not one number (a label): no digit read is tried. */
const MAX_NUMBER_WIDTH = 8;
/** × glyph height. Only ink narrower than this (≤ ~6 digits) gets the further single-cell reads. */
const RETRY_WIDTH = 4;
/** px. How far a glyph's box may grow over its faint strokes (at the OCR resolution). */
const GROW_PX = 10;
/** Largest upscale of a digit crop. */
const MAX_UPSCALE = 4;
/** px. White margin around a digit crop or strip (Tesseract needs background around the glyphs). */
const DIGIT_MARGIN = 20;
/** Most alternative readings kept for one cell. */
const MAX_ALTERNATIVES = 6;
/** Digit reads below this confidence are not trusted to be numbers (text forced into digits). */
const MIN_DIGIT_CONFIDENCE = 0.2;
/** A digit read that is a usable value (number, not-applicable mark). */
export const DIGIT_VALUE = /^(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?|[-—/]{1,3})$/;

/**
 * × ink height: the width of a digit ('1', '.' and ',' narrower), and the slack allowed. A crop
 * whose ink is wider than the digits read would fill lost a digit ('14' read '4': a faint '1') or
 * holds text (Han glyphs are square), whatever the digit pass says. A '1' followed by a digit takes
 * a whole digit's width: report digits are tabular, and the serif foot of a leading '1' reaches as
 * far left as the ink of any digit (the serif '3119' of a 6.5 pt table is 2.76 ink heights wide,
 * more than a narrow inner '1' allowed; '1288' 2.85, read so by every strip at 0.95, was refused
 * with a narrow leading '1'). Only a last '1' is narrow (its ink ends at its foot, mid-advance).
 */
const DIGIT_WIDTH = 0.6;
const NARROW_WIDTH = 0.45;
const WIDTH_SLACK = 0.5;

/** The widest ink a reading can account for, in px, for glyphs `inkH` px high. */
export function maxInkWidth(text: string, inkH: number): number {
  let w = WIDTH_SLACK;
  [...text].forEach((ch, i) => {
    const tabularOne = ch === '1' && i < text.length - 1;
    w += /[1.,\-/]/.test(ch) && !tabularOne ? NARROW_WIDTH : DIGIT_WIDTH;
  });
  return w * inkH;
}

/**
 * × ink height: the least advance of a digit followed by another (report digits are tabular, ~0.6
 * of their height apart), and the least ink of a last digit ('1' narrower). The legacy classifier
 * reads the faint strokes of one glyph as several ('111' for a faint '61' of ink 24 px wide, 23
 * high), the LSTM adds a digit now and then ('7468' for a '746' 42 px wide, 22 high): a reading
 * of more digits than the ink is wide for is refused.
 */
const MIN_ADVANCE = 0.55;
const MIN_LAST = 0.3;
const MIN_LAST_ONE = 0.15;
const MIN_SEPARATOR = 0.15;

/** The narrowest ink, in px, that can hold `text` in glyphs `inkH` px high (see `MIN_ADVANCE`). */
export function minInkWidth(text: string, inkH: number): number {
  const chars = [...text];
  const last = chars.pop() ?? '';
  const w = chars.reduce((s, ch) => s + (/\d/.test(ch) ? MIN_ADVANCE : MIN_SEPARATOR), 0) + (last === '1' ? MIN_LAST_ONE : /\d/.test(last) ? MIN_LAST : MIN_SEPARATOR);
  return w * inkH;
}

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

/** A cell's ink, cropped tight (faint strokes included), with its size in source px. */
export interface Prepared {
  tight: Grey;
  inkW: number;
  inkH: number;
  /** Glyphs told apart by white columns between them (touching glyphs count as one). */
  glyphs: number;
  /** The ink's top and bottom in the page image (px). */
  top: number;
  bottom: number;
}

/**
 * Grey level (of the contrast-stretched crop) below which a column holds a glyph's stroke: faint
 * strokes count (at 100 dpi the thin top of a '0' is light grey: at the ink level it splits in two).
 */
const GLYPH_LEVEL = 200;
/** × glyph height. A run of inked columns narrower than this is a speck, not a glyph. */
const MIN_GLYPH_WIDTH = 0.08;

/**
 * Glyphs separated by white columns in a crop: a lower bound on its characters (blurred digits
 * may touch, never split). A read with fewer characters lost one ('1138' read '138').
 */
function countGlyphs(img: Grey, inkH: number, level: number): number {
  let n = 0;
  let run = 0;
  for (let x = 0; x <= img.width; x++) {
    let dark = false;
    for (let y = 0; x < img.width && y < img.height && !dark; y++) dark = img.data[y * img.width + x]! < level;
    if (dark) run++;
    else {
      if (run >= Math.max(1, MIN_GLYPH_WIDTH * inkH)) n++;
      run = 0;
    }
  }
  return n;
}

/**
 * × the median ink height of a grid's cells: ink taller than this holds a stroke no digit makes (a
 * ruling's residue), cleared when it is at most `RESIDUE_WIDTH` wide. Set wide: the cells of a
 * table print one size, and a two-line cell is text ('other') either way.
 */
const RESIDUE_HEIGHT = 1.6;
/** × the median ink height: the widest stroke taken as a ruling's residue (a ruling is 1–2 px at 100 dpi). */
const RESIDUE_WIDTH = 0.3;

/**
 * Whether ink `inkH` px high can be one line of the table's digits (median ink height `glyphH`).
 * Taller ink, once a ruling's residue is cleared, is two or more lines: a header cell printed
 * '结果' over '维持' is as high as it is wide, so the width check let '4' and '154' through, and
 * the review table's header read as numbers lost its columns.
 */
export function oneLine(inkH: number, glyphH: number): boolean {
  return inkH <= RESIDUE_HEIGHT * glyphH;
}

/**
 * × the table's median glyph height: a cell whose ink is lower than this is cut again over its
 * row's line of digits (`band`). Small grey print at 100 dpi is ink only in its darkest stroke: the
 * base of a '2' is all that passes the ink level, its faint diagonal stops the growth over faint
 * strokes, and the 5 px bar read '-' (or was refused: ink wider than a '2' that low).
 */
const SHORT_INK = 0.75;

/**
 * A cell with no pixel darker than the ink level may still hold a digit: on a light scan the small
 * print of whole table rows is grey (a 6.5 pt '5' or '6' of a 100 dpi scan, darkest pixel 151–152
 * on 252 paper, was taken for a blank cell: its row came out a value short, '6' read as 0). Such a
 * cell holds ink when at least `FAINT_CELL_PIXELS` pixels are darker than `FAINT_CELL_LEVEL`: a
 * digit's stroke (a '1' is ~3 × 20 px at the OCR resolution), not a speck of scan noise (one
 * 100 dpi pixel is 3 × 3 here).
 */
const FAINT_CELL_LEVEL = 190;
const FAINT_CELL_PIXELS = 30;

/**
 * A cell's ink, cropped tight. `band` (page px): the row's line of digits, taken whole from top to
 * bottom whatever the ink level found in it (a cell whose own ink is short).
 */
function prepare(img: Grey, box: Box, level: number, glyphH?: number, band?: { top: number; bottom: number }): Prepared | 'blank' | 'other' {
  const cleared = clearRemnants(crop(img, box), level);
  const cell = glyphH ? clearTallStrokes(cleared, RESIDUE_HEIGHT * glyphH, Math.max(2, RESIDUE_WIDTH * glyphH)) : cleared;
  const strong = inkBox(cell) ?? inkBox(cell, FAINT_CELL_PIXELS, FAINT_CELL_LEVEL);
  if (!strong) return 'blank';
  const oy = Math.max(0, Math.floor(box.y1));
  const start = band ? { ...strong, y1: Math.max(0, Math.min(strong.y1, band.top - oy)), y2: Math.min(cell.height, Math.max(strong.y2, band.bottom - oy)) } : strong;
  const ink = growBox(cell, start, GROW_PX);
  const inkH = Math.max(1, ink.y2 - ink.y1);
  const inkW = ink.x2 - ink.x1;
  if (inkW > MAX_NUMBER_WIDTH * inkH) return 'other';
  const tight = stretch(crop(cell, { x1: ink.x1 - 2, y1: ink.y1 - 2, x2: ink.x2 + 2, y2: ink.y2 + 2 }));
  return { tight, inkW, inkH, glyphs: countGlyphs(tight, inkH, GLYPH_LEVEL), top: oy + ink.y1, bottom: oy + ink.y2 };
}

/** The line of digits of a row (page px): the median top and bottom of its full-height cells' ink. */
function rowBand(row: readonly (Prepared | 'blank' | 'other')[], glyphH: number): { top: number; bottom: number } | undefined {
  const full = row.filter((p): p is Prepared => typeof p === 'object' && p.inkH >= SHORT_INK * glyphH && oneLine(p.inkH, glyphH));
  if (full.length === 0) return undefined;
  return { top: median(full.map((p) => p.top)), bottom: median(full.map((p) => p.bottom)) };
}

/** A reading that is a plausible number for this ink, or null. */
function accept(read: OcrLine, p: Prepared): NumberRead | null {
  // Ink much wider than the digits read: digits were dropped ('31' read '3').
  // Fewer characters than separate glyphs: one was dropped, whatever the width says.
  // Ink narrower than the digits read need: one was added ('7468' for '746').
  if (!DIGIT_VALUE.test(read.text) || read.confidence < MIN_DIGIT_CONFIDENCE || p.inkW > maxInkWidth(read.text, p.inkH) || p.inkW < minInkWidth(read.text, p.inkH) || read.text.length < p.glyphs) return null;
  return { text: read.text, confidence: read.confidence, alternatives: readingAlternatives(read.text, read.alternatives) };
}

/**
 * A reading's other readings, one symbol changed in each: the recogniser's per-symbol choices
 * first, then the confusions it does not offer (`CONFUSIONS`, `LONE_CONFUSIONS`); at most
 * `MAX_ALTERNATIVES`, each a plausible number.
 */
export function readingAlternatives(text: string, perSymbol: readonly (readonly string[])[]): string[] {
  const out = new Set<string>();
  const swap = (i: number, a: string): void => {
    if (out.size < MAX_ALTERNATIVES && a !== text[i]) out.add(text.slice(0, i) + a + text.slice(i + 1));
  };
  perSymbol.forEach((alts, i) => alts.forEach((a) => swap(i, a)));
  [...text].forEach((ch, i) => [...(CONFUSIONS[ch] ?? ''), ...(text.length === 1 ? (LONE_CONFUSIONS[ch] ?? '') : '')].forEach((a) => swap(i, a)));
  return [...out].filter((a) => DIGIT_VALUE.test(a));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A cell's crop prepared for one strip variant, upscaled by `factor`. */
function variantImage(c: Prepared, v: StripVariant, factor: number): Grey {
  const up = upscalePad(v.pre === undefined ? c.tight : binarize(c.tight, v.pre), factor, 0);
  return v.post === undefined ? up : binarize(up, v.post);
}

/** One row's cells side by side, scaled alike, in one strip; the x span of each cell in it. */
function strip(cells: Prepared[], v: StripVariant): { img: Grey; spans: [number, number][]; gap: number } {
  const factor = Math.max(1, Math.min(MAX_UPSCALE, Math.round((v.height ?? STRIP_HEIGHT) / median(cells.map((c) => c.inkH)))));
  const ups = cells.map((c) => variantImage(c, v, factor));
  const gap = Math.round(STRIP_GAP * median(ups.map((u) => u.height)));
  const width = ups.reduce((s, u) => s + u.width, 0) + gap * (ups.length - 1) + 2 * DIGIT_MARGIN;
  const inner = Math.max(...ups.map((u) => u.height));
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
    return { text: mine.map((w) => w.text).join(''), confidence: Math.min(...mine.map((w) => w.confidence)), alternatives: mine.flatMap((w) => w.alternatives) };
  });
}

/**
 * The readings of one cell (one per strip variant that gave a plausible number) as one: the text
 * with the highest summed confidence first; the texts it outvoted as its first alternatives (the
 * identities choose among them), most votes first; then every per-symbol alternative.
 */
export function vote(reads: readonly (NumberRead | null)[]): NumberRead | null {
  const got = reads.filter((r): r is NumberRead => r !== null);
  if (got.length === 0) return null;
  const score = new Map<string, number>();
  for (const r of got) score.set(r.text, (score.get(r.text) ?? 0) + r.confidence);
  // Ties go to the earlier variant (a stable order: `STRIP_VARIANTS`).
  const texts = [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)!);
  const text = texts[0]!;
  const mine = got.filter((r) => r.text === text);
  const alternatives = [...new Set([...texts.slice(1), ...mine.flatMap((r) => r.alternatives), ...got.flatMap((r) => r.alternatives)])].filter((t) => t !== text).slice(0, MAX_ALTERNATIVES);
  return { text, confidence: Math.max(...mine.map((r) => r.confidence)), alternatives };
}

/**
 * The reading that at least `min` of `reads` give (the most, ties to the earlier), with the other
 * readings as its first alternatives, then every per-symbol alternative; null when no text has
 * `min`. Its confidence is the lowest of its own readings.
 */
export function agree(reads: readonly (NumberRead | null)[], min: number): NumberRead | null {
  const got = reads.filter((r): r is NumberRead => r !== null);
  const count = new Map<string, number>();
  for (const r of got) count.set(r.text, (count.get(r.text) ?? 0) + 1);
  const texts = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
  const text = texts[0];
  if (text === undefined || count.get(text)! < min) return null;
  const mine = got.filter((r) => r.text === text);
  const alternatives = [...new Set([...texts.slice(1), ...got.flatMap((r) => r.alternatives)])].filter((t) => t !== text).slice(0, MAX_ALTERNATIVES);
  return { text, confidence: Math.min(...mine.map((r) => r.confidence)), alternatives };
}

/**
 * Every cell's ink cropped, table-wide: a cell whose ink is far taller than the table's glyphs
 * holds a ruling's residue (cleared, re-cut); a cell whose ink is short of them is cut again over
 * its row's line of digits (`SHORT_INK`).
 */
export function prepareRows(img: Grey, rows: readonly (readonly Box[])[], level = INK): (Prepared | 'blank' | 'other')[][] {
  const prepared = rows.map((row) => row.map((b) => prepare(img, b, level)));
  const heights = prepared.flat().flatMap((p) => (typeof p === 'object' ? [p.inkH] : []));
  const glyphH = heights.length >= 3 ? median(heights) : 0;
  if (glyphH === 0) return prepared;
  prepared.forEach((row, r) => {
    const band = rowBand(row, glyphH);
    row.forEach((p, c) => {
      if (typeof p !== 'object') return;
      if (p.inkH < SHORT_INK * glyphH) {
        // Only its darkest stroke passed the ink level: cut again over the row's line of digits.
        const again = band ? prepare(img, rows[r]![c]!, level, glyphH, band) : p;
        if (typeof again === 'object' && oneLine(again.inkH, glyphH)) row[c] = again;
        return;
      }
      if (p.inkH <= RESIDUE_HEIGHT * glyphH) return;
      const again = prepare(img, rows[r]![c]!, level, glyphH);
      row[c] = typeof again === 'object' && !oneLine(again.inkH, glyphH) ? 'other' : again;
    });
  });
  return prepared;
}

/**
 * Reads rows of cell boxes (each row's boxes in reading order) as numbers: 'blank' without ink,
 * 'other' when the ink does not read as a number. `level`: the page's ruling level (remnants).
 */
export async function readNumbers(img: Grey, rows: readonly (readonly Box[])[], level = INK, variants: readonly StripVariant[] = STRIP_VARIANTS): Promise<CellRead[][]> {
  const prepared = prepareRows(img, rows, level);
  const out: CellRead[][] = prepared.map((row) => row.map((p) => (typeof p === 'object' ? 'other' : p)));
  const pending: { r: number; c: number; p: Prepared }[] = [];
  for (const [r, row] of prepared.entries()) {
    const cells = row.flatMap((p, c) => (typeof p === 'object' ? [{ c, p }] : []));
    if (cells.length === 0) continue;
    const reads: (OcrLine | null)[][] = [];
    for (const v of variants) reads.push(await readStrip(cells.map((x) => x.p), v));
    cells.forEach(({ c, p }, i) => {
      const ok = vote(reads.map((rs) => (rs[i] ? accept(rs[i]!, p) : null)));
      if (ok) out[r]![c] = ok;
      else pending.push({ r, c, p });
    });
  }
  // Attempt by attempt (not cell by cell): the recogniser's mode changes once per attempt.
  for (const [i, attempt] of CELL_ATTEMPTS.entries()) {
    for (const { r, c, p } of pending) {
      if (out[r]![c] !== 'other' || (i > 0 && p.inkW > RETRY_WIDTH * p.inkH)) continue;
      const factor = Math.max(1, Math.min(MAX_UPSCALE, Math.round(attempt.height / p.inkH)));
      const img = attempt.binary ? binarize(p.tight, BINARY_LEVEL) : p.tight;
      const ok = accept(await recognizeDigits(upscalePad(img, factor, DIGIT_MARGIN), attempt.psm), p);
      if (ok) out[r]![c] = ok;
    }
  }
  const boxes = rows.flat();
  const reads = out.flat();
  const left = pending.filter(({ r, c, p }) => out[r]![c] === 'other' && p.inkW <= RETRY_WIDTH * p.inkH && numberColumn(rows[r]![c]!, boxes, reads));
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
