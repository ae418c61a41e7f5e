/**
 * @file A cell's ink, cropped tight inside its rulings: remnants of a ruling whitened, a ruling's
 * tall residue cleared, the box grown over faint strokes, a cell whose ink is short of the table's
 * glyphs cut again over its row's line of digits (`prepareRows`). Pure.
 */
import { clearRemnants, clearSpecks, clearTallStrokes, growBox } from './cell-clean.js';
import { onlyBoxes } from './box-glyph.js';
import { crop, INK, inkBox, stretch, type Box, type Grey } from './image.js';
import { maxOf, median } from '../_internal/extremes.js';
import { inkLines, isDash, wrappedUnitCut } from './cell-lines.js';

/** × glyph height. Ink wider than this is not one number (a label): no digit read is tried. */
const MAX_NUMBER_WIDTH = 8;
/** px. How far a glyph's box may grow over its faint strokes (at the OCR resolution). */
const GROW_PX = 10;

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
  /** Page row (px) of `tight`'s first row. */
  tightTop?: number;
  /** Pixels darker than `FAINT_CELL_LEVEL` outside the ink box (2 px around it), counted for flat ink only (`cell-lines.ts` isDash). */
  stray?: number;
  /** The ink is a dash mark ('—', '-'), not digits (`cell-lines.ts` isDash). */
  dash?: true;
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
  const base = glyphH ? clearTallStrokes(cleared, RESIDUE_HEIGHT * glyphH, Math.max(2, RESIDUE_WIDTH * glyphH)) : cleared;
  // Not on a page printed faint all over (its ruling level lighter than FAINT_CELL_LEVEL): there a
  // digit breaks into pieces at the faint level, and a piece off the tallest one's line was taken
  // for a speck (faint scans not tuned on lost fields: hongze-2023 faint + keystone 156 → 138).
  // A faint page whose contrast `faint.ts` stretched has a normal level and is cleared: on two
  // such scans cells read right 113 → 124 and 171 → 178 of 193 and 179 with the clearing.
  const cell = level > FAINT_CELL_LEVEL ? base : clearSpecks(base);
  const strong = inkBox(cell) ?? inkBox(cell, FAINT_CELL_PIXELS, FAINT_CELL_LEVEL);
  if (!strong) return 'blank';
  const oy = Math.max(0, Math.floor(box.y1));
  const start = band ? { ...strong, y1: Math.max(0, Math.min(strong.y1, band.top - oy)), y2: Math.min(cell.height, Math.max(strong.y2, band.bottom - oy)) } : strong;
  const ink = growBox(cell, start, GROW_PX);
  const inkH = Math.max(1, ink.y2 - ink.y1);
  const inkW = ink.x2 - ink.x1;
  const tight = stretch(crop(cell, { x1: ink.x1 - 2, y1: ink.y1 - 2, x2: ink.x2 + 2, y2: ink.y2 + 2 }));
  // A dash mark ('—' ~ 8 × its bar's height) is one glyph: left for `isDash` to judge.
  if (inkW > MAX_NUMBER_WIDTH * inkH && countGlyphs(tight, inkH, GLYPH_LEVEL) !== 1) return 'other';
  // Boxes for characters a font lacks ('□'): no digit, though the reader reads one '0' (box-glyph.ts).
  if (onlyBoxes(tight)) return 'other';
  const stray = inkW >= 2 * inkH ? strayPixels(cell, ink) : 0;
  return { tight, inkW, inkH, glyphs: countGlyphs(tight, inkH, GLYPH_LEVEL), top: oy + ink.y1, bottom: oy + ink.y2, tightTop: oy + Math.max(0, ink.y1 - 2), stray };
}

/** Pixels of `cell` darker than `FAINT_CELL_LEVEL` more than 2 px outside `box`. */
function strayPixels(cell: Grey, box: { x1: number; y1: number; x2: number; y2: number }): number {
  let n = 0;
  for (let y = 0; y < cell.height; y++) {
    const inRows = y >= box.y1 - 2 && y < box.y2 + 2;
    for (let x = 0; x < cell.width; x++) if (cell.data[y * cell.width + x]! < FAINT_CELL_LEVEL && !(inRows && x >= box.x1 - 2 && x < box.x2 + 2)) n++;
  }
  return n;
}

/**
 * A cell's ink height as evidence of the table's glyph height: none for a flat single glyph (a dash
 * mark: no digit is wider than high), the tallest line's for ink of several lines ('3' over '件', a
 * header '总' over '计'). A table printed with '—' zeros in most cells, or with many two-line cells,
 * had a dash's or two lines' height for its glyphs, and its one-line digits were cut again as short
 * (`cell-lines.ts`).
 */
function glyphEvidence(p: Prepared): number | null {
  if (p.glyphs <= 1 && p.inkW >= 2 * p.inkH) return null;
  const lines = inkLines(p.tight);
  return lines.length >= 2 ? maxOf(lines.map(([a, b]) => b - a)) : p.inkH;
}

/** A number with its unit wrapped under it ('3' over '件'): its first line's ink alone (`cell-lines.ts` wrappedUnitCut), or null. */
function wrappedUnit(img: Grey, box: Box, level: number, glyphH: number, p: Prepared): Prepared | null {
  const cut = wrappedUnitCut(p.tight, glyphH);
  if (cut === null) return null;
  const top = prepare(img, { ...box, y2: (p.tightTop ?? p.top - 2) + cut + 1 }, level, glyphH);
  return typeof top === 'object' && oneLine(top.inkH, glyphH) ? top : null;
}

/** The line of digits of a row (page px): the median top and bottom of its full-height cells' ink. */
function rowBand(row: readonly (Prepared | 'blank' | 'other')[], glyphH: number): { top: number; bottom: number } | undefined {
  const full = row.filter((p): p is Prepared => typeof p === 'object' && p.inkH >= SHORT_INK * glyphH && oneLine(p.inkH, glyphH));
  if (full.length === 0) return undefined;
  return { top: median(full.map((p) => p.top)), bottom: median(full.map((p) => p.bottom)) };
}

/**
 * Every cell's ink cropped, table-wide: a cell whose ink is far taller than the table's glyphs
 * holds a ruling's residue (cleared, re-cut); a cell whose ink is short of them is cut again over
 * its row's line of digits (`SHORT_INK`).
 */
export function prepareRows(img: Grey, rows: readonly (readonly Box[])[], level = INK): (Prepared | 'blank' | 'other')[][] {
  const prepared = rows.map((row) => row.map((b) => prepare(img, b, level)));
  const heights = prepared.flat().flatMap((p) => (typeof p === 'object' ? [glyphEvidence(p) ?? []].flat() : []));
  const glyphH = heights.length >= 3 ? median(heights) : 0;
  if (glyphH === 0) return prepared;
  prepared.forEach((row, r) => {
    const band = rowBand(row, glyphH);
    row.forEach((p, c) => {
      if (typeof p !== 'object') return;
      // Not on a page printed faint all over: there a digit's darkest stroke alone may be a bar.
      if (level <= FAINT_CELL_LEVEL && isDash({ ...p, stray: p.stray ?? 0 }, glyphH, band ?? { top: rows[r]![c]!.y1, bottom: rows[r]![c]!.y2 })) {
        row[c] = { ...p, dash: true };
        return;
      }
      if (p.inkH < SHORT_INK * glyphH) {
        // Only its darkest stroke passed the ink level: cut again over the row's line of digits.
        const again = band ? prepare(img, rows[r]![c]!, level, glyphH, band) : p;
        if (typeof again === 'object' && oneLine(again.inkH, glyphH)) row[c] = again;
        return;
      }
      if (p.inkH <= RESIDUE_HEIGHT * glyphH) return;
      const again = prepare(img, rows[r]![c]!, level, glyphH);
      row[c] = typeof again === 'object' && !oneLine(again.inkH, glyphH) ? (wrappedUnit(img, rows[r]![c]!, level, glyphH, again) ?? 'other') : again;
    });
  });
  return prepared;
}
