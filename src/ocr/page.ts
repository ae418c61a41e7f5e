/**
 * @file One page image → the PDF path's positioned text items and grids, so the layout, grid,
 * whitespace and row stages that read text-layer PDFs read scans too:
 * render → straighten (skew from the sharpest projection) → rulings (long dark runs) → grids
 * (`pdf/grid.ts`, the builder of the PDF path) → rulings erased → a page pass of Chinese
 * recognition (prose, headings, labels) → every numeric cell re-read on its own, cropped inside
 * its rulings, upscaled with a white margin, digits only, single line. A page pass alone turns a
 * ruled grid into `oo|ololol` noise; a crop that keeps a ruling reads it as '1'.
 */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { buildGrids, type Grid } from '../pdf/grid.js';
import type { PdfItem } from '../pdf/pdf-lines.js';
import { recognizeDigits, recognizeText, type OcrLine, type OcrWord } from './engine.js';
import { clearRemnants, crop, erase, estimateSkew, growBox, inkBox, rotate, shrink, stretch, upscalePad, type Box, type Grey } from './image.js';
import { OCR_DPI, renderPage } from './render.js';
import { findRulings } from './rulings.js';

/** A ruled cell read by OCR: other readings of its number, or inked but unreadable as a number. */
export interface OcrCell {
  alternatives?: string[];
  unread?: true;
  /** The cell holds ink: if no text comes out of it, it is unread, never an empty (0) cell. */
  inked?: true;
}

/** What OCR read on one page, in page pt (top-left origin) like the text-layer items. */
export interface OcrPage {
  items: PdfItem[];
  grids: Grid[];
  /** What OCR knows about grid cells beyond their text, by `grid:row:col` (grid = index in `grids`). */
  cells: Map<string, OcrCell>;
  /** Skew corrected, degrees. */
  skew: number;
  /** ms spent rendering vs recognising (for the bench). */
  timing: { renderMs: number; recogniseMs: number };
}

/** px. Crops start this far inside a cell's rulings (the erased line and its anti-aliasing). */
const CELL_INSET = 3;
/**
 * Digit reads tried in turn until one gives a plausible number: Tesseract page segmentation mode
 * (13 raw line, 8 single word) and the glyph height (px) the crop is scaled to. On a 100 dpi grey
 * scan PSM 13 at 48 px read 134/149 cells right, 9 empty; the others catch some of the empty ones.
 */
const DIGIT_ATTEMPTS = [
  { psm: '13', height: 48 },
  { psm: '8', height: 40 },
  { psm: '13', height: 64 },
] as const;
/** dpi. The Chinese page pass (prose, headings, labels) reads the page scaled down to this. */
const TEXT_DPI = 200;
/** × glyph height. Ink wider than this is not one number (a label): no digit read is tried. */
const MAX_NUMBER_WIDTH = 8;
/** × glyph height. Only ink narrower than this (≤ ~6 digits) gets the further digit reads. */
const RETRY_WIDTH = 4;
/** px. How far a glyph's box may grow over its faint strokes (at the OCR resolution). */
const GROW_PX = 10;
/** Largest upscale of a digit crop. */
const MAX_UPSCALE = 4;
/** px. White margin around a digit crop (Tesseract needs background around the glyphs). */
const DIGIT_MARGIN = 20;
/** Share of a grid column's inked cells that must read as numbers for it to be a value column. */
const VALUE_COLUMN_SHARE = 0.5;
/** Most alternative readings kept for one cell. */
const MAX_ALTERNATIVES = 6;
/** Page-pass words below this confidence that hold no Han nor digit are scan noise. */
const NOISE_CONFIDENCE = 0.5;

const HAN = /\p{Script=Han}/u;
/** A page-pass reading that may be a number (digits and what a page pass makes of them). */
const NUMBERISH = /^[\doOlI|.,，。\-—–/\\'"‘’:;!()（）]+$/;
/** A digit read that is a usable value (number, not-applicable mark). */
const DIGIT_VALUE = /^(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?|[-—/]{1,3})$/;

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** A cell's content as one number: its crop's ink, upscaled, margin added, digits only. */
interface NumberRead {
  text: string;
  alternatives: string[];
}

/**
 * × ink height: the width of a digit ('1', '.' and ',' narrower), and the slack allowed. A crop
 * whose ink is wider than the digits read would fill lost a digit ('14' read '4': a faint '1') or
 * holds text (Han glyphs are square), whatever the digit pass says.
 */
const DIGIT_WIDTH = 0.6;
const NARROW_WIDTH = 0.45;
const WIDTH_SLACK = 0.5;

/** The widest ink a reading can account for, in px, for glyphs `inkH` px high. */
function maxInkWidth(text: string, inkH: number): number {
  let w = WIDTH_SLACK;
  for (const ch of text) w += /[1.,\-/]/.test(ch) ? NARROW_WIDTH : DIGIT_WIDTH;
  return w * inkH;
}
/** Digit reads below this confidence are not trusted to be numbers (text forced into digits). */
const MIN_DIGIT_CONFIDENCE = 0.2;

/** Reads a crop as one number: 'blank' without ink, 'other' when it does not read as a number. */
async function readNumber(img: Grey, box: Box): Promise<NumberRead | 'blank' | 'other'> {
  const cell = clearRemnants(crop(img, box));
  const strong = inkBox(cell);
  if (!strong) return 'blank';
  const ink = growBox(cell, strong, GROW_PX);
  const tight = crop(cell, { x1: ink.x1 - 2, y1: ink.y1 - 2, x2: ink.x2 + 2, y2: ink.y2 + 2 });
  const inkH = Math.max(1, ink.y2 - ink.y1);
  let line: OcrLine | undefined;
  const inkW = ink.x2 - ink.x1;
  if (inkW > MAX_NUMBER_WIDTH * inkH) return 'other';
  for (const [i, attempt] of DIGIT_ATTEMPTS.entries()) {
    if (i > 0 && inkW > RETRY_WIDTH * inkH) break;
    const factor = Math.max(1, Math.min(MAX_UPSCALE, Math.round(attempt.height / inkH)));
    const read = await recognizeDigits(stretch(upscalePad(tight, factor, DIGIT_MARGIN)), attempt.psm);
    // Ink much wider than the digits read: digits were dropped ('31' read '3').
    if (!DIGIT_VALUE.test(read.text) || read.confidence < MIN_DIGIT_CONFIDENCE || ink.x2 - ink.x1 > maxInkWidth(read.text, inkH)) continue;
    line = read;
    break;
  }
  if (!line) return 'other';
  const alternatives = new Set<string>();
  line.alternatives.forEach((alts, i) => {
    for (const a of alts) if (alternatives.size < MAX_ALTERNATIVES) alternatives.add(line.text.slice(0, i) + a + line.text.slice(i + 1));
  });
  return { text: line.text, alternatives: [...alternatives].filter((a) => DIGIT_VALUE.test(a)) };
}

const centreIn = (w: OcrWord, b: Box): boolean => {
  const cx = (w.x0 + w.x1) / 2;
  const cy = (w.y0 + w.y1) / 2;
  return cx >= b.x1 && cx <= b.x2 && cy >= b.y1 && cy <= b.y2;
};

/** OCRs one page. */
export async function ocrPage(page: PDFPageProxy, dpi = OCR_DPI): Promise<OcrPage> {
  let t = process.hrtime.bigint();
  const rendered = await renderPage(page, dpi);
  const skew = estimateSkew(rendered);
  const img = rotate(rendered, skew);
  const { rulings, boxes } = findRulings(img, dpi);
  const grids = buildGrids(rulings);
  const clean = erase(img, boxes);
  const renderMs = ms(t);
  t = process.hrtime.bigint();
  const px = (pt: number): number => (pt * dpi) / 72;
  const pt = (p: number): number => (p * 72) / dpi;
  const gridBoxes = grids.map((gr) => ({ x1: px(gr.xs[0]!), y1: px(gr.ys[0]!), x2: px(gr.xs.at(-1)!), y2: px(gr.ys.at(-1)!) }));
  const cells = new Map<string, OcrCell>();
  const numbers: { box: Box; text: string }[] = [];
  const blanked: Box[] = [];
  for (const [g, grid] of grids.entries()) {
    const reads = [];
    for (const c of grid.cells) {
      const box = { x1: px(c.x1) + CELL_INSET, y1: px(c.y1) + CELL_INSET, x2: px(c.x2) - CELL_INSET, y2: px(c.y2) - CELL_INSET };
      if (box.x2 - box.x1 < 4 || box.y2 - box.y1 < 4) continue;
      reads.push({ c, box, read: await readNumber(clean, box) });
    }
    // A value column: most of its inked cells read as numbers. There, a cell that does not read
    // as one is a number the scan does not give (unread), never label text.
    const valueCols = new Set<number>();
    for (const col of new Set(reads.map((r) => r.c.col))) {
      const inked = reads.filter((r) => r.c.col === col && r.read !== 'blank');
      if (inked.filter((r) => typeof r.read === 'object').length >= VALUE_COLUMN_SHARE * inked.length && inked.length > 0) valueCols.add(col);
    }
    // A row of numbers: most of its inked value-column cells read as numbers (not a header row
    // where one glyph happened to read as '1').
    const numberRows = new Set<number>();
    for (const row of new Set(reads.map((r) => r.c.row))) {
      const inked = reads.filter((r) => r.c.row === row && valueCols.has(r.c.col) && r.read !== 'blank');
      const nums = inked.flatMap((r) => (typeof r.read === 'object' ? [r.read.text] : []));
      if (nums.length > 0 && (nums.length >= VALUE_COLUMN_SHARE * inked.length || nums.some((t) => t.length >= 2))) numberRows.add(row);
    }
    for (const { c, box, read } of reads) {
      const key = `${g}:${c.row}:${c.col}`;
      if (typeof read === 'object' && numberRows.has(c.row)) {
        numbers.push({ box, text: read.text });
        blanked.push(box);
        cells.set(key, read.alternatives.length > 0 ? { alternatives: read.alternatives } : {});
      } else if (read === 'other' && valueCols.has(c.col) && c.colSpan === 1 && numberRows.has(c.row)) {
        blanked.push(box);
        cells.set(key, { unread: true });
      } else if (read !== 'blank') cells.set(key, { inked: true });
    }
  }
  // Prose, headings, labels and borderless tables: one page pass with the numbers blanked out.
  // At TEXT_DPI: Chinese at 10.5 pt is still ~30 px high, and the pass takes half the time.
  const k = dpi / TEXT_DPI;
  const textImage = shrink(erase(clean, blanked), k);
  let words = inkBox(textImage, 50) ? (await recognizeText(textImage)).map((w) => ({ ...w, x0: w.x0 * k, x1: w.x1 * k, y0: w.y0 * k, y1: w.y1 * k })) : [];
  words = words.filter((w) => w.text.trim() !== '' && (HAN.test(w.text) || /\d/.test(w.text) || w.confidence >= NOISE_CONFIDENCE));
  words = words.filter((w) => !blanked.some((b) => centreIn(w, b)));
  // Numbers outside ruled grids (borderless tables): each re-read from its own box.
  const inGrid = (w: OcrWord): boolean => gridBoxes.some((b) => centreIn(w, b));
  for (const w of [...words]) {
    if (!NUMBERISH.test(w.text) || !/\d|[oOlI]/.test(w.text) || inGrid(w)) continue;
    const h = w.y1 - w.y0;
    const box = { x1: w.x0 - h * 0.3, y1: w.y0 - h * 0.2, x2: w.x1 + h * 0.3, y2: w.y1 + h * 0.2 };
    const read = await readNumber(clean, box);
    if (typeof read !== 'object') continue;
    words = words.filter((x) => x !== w);
    numbers.push({ box: { x1: w.x0, y1: w.y0, x2: w.x1, y2: w.y1 }, text: read.text });
  }
  const items: PdfItem[] = [
    ...words.map((w) => ({ str: w.text, x: pt(w.x0), top: pt(w.y0), width: pt(w.x1 - w.x0), height: pt(w.y1 - w.y0), size: pt(w.y1 - w.y0) })),
    ...numbers.map((n) => ({ str: n.text, x: pt(n.box.x1), top: pt(n.box.y1), width: pt(n.box.x2 - n.box.x1), height: pt(n.box.y2 - n.box.y1), size: Math.min(12, pt(n.box.y2 - n.box.y1)) })),
  ];
  return { items, grids, cells, skew, timing: { renderMs, recogniseMs: ms(t) } };
}
