/**
 * @file How far a converter's text run reaches, character by character, when the converter gives only
 * the run's place and font (pdftohtml -xml / -s / -c, mutool -F html): an ideograph (and a Kangxi
 * radical '⼀', a full-width digit '２', CJK punctuation) is one em wide, another character about half
 * an em, a space what is left of the run's width. A run is cut into words at its spaces by these
 * advances — not by an equal share of its width per character: a cell padded with spaces ('   ５',
 * '（⼀）予以公开' followed by 26 spaces) had its words put too far left and measured too small (a
 * word's em is its width over its length), and rows of such cells merged.
 */
import { pushAll } from '../_internal/extremes.js';
import { splitNumberRuns, type PdfItem } from '../pdf/pdf-lines.js';

/** Characters one em wide (CJK, Kangxi radicals, Hangul, full-width forms). */
export const WIDE_CHAR = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** × font size: the advance of a narrow (non-CJK) character, and of a space when the run's width does not say. */
export const NARROW_ADVANCE = 0.5;
export const SPACE_ADVANCE = 0.25;
/** × font size: widest a space is taken to be (a run wider than its characters and spaces at this is stretched evenly). */
const MAX_SPACE = 1;

const advance = (ch: string): number => (WIDE_CHAR.test(ch) ? 1 : NARROW_ADVANCE);

/** Estimated width of a text set at `size`: CJK characters one em, others half, spaces a quarter. */
export function widthOf(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /\s/.test(ch) ? SPACE_ADVANCE : advance(ch);
  return em * size;
}

/** A word of a run: its text, its offset from the run's left and its width (the run's units). */
export interface RunWord {
  str: string;
  at: number;
  width: number;
}

/**
 * A run of `width` set at font size `size` (same units) → its words (cut at white space), each placed
 * by the characters' advances; the spaces take the width the characters leave (between none and
 * MAX_SPACE em each), and what is left beyond that is shared by every character in proportion.
 */
export function runWords(run: string, width: number, size: number): RunWord[] {
  const chars = [...run];
  const spaces = chars.filter((c) => /\s/.test(c)).length;
  const inked = chars.reduce((n, c) => n + (/\s/.test(c) ? 0 : advance(c)), 0) * size;
  const space = spaces > 0 ? Math.min(MAX_SPACE * size, Math.max(0, (width - inked) / spaces)) : 0;
  const natural = inked + spaces * space;
  const scale = natural > 0 ? width / natural : 1;
  const words: RunWord[] = [];
  let x = 0;
  let word: RunWord | null = null;
  for (const c of chars) {
    const w = (/\s/.test(c) ? space : advance(c) * size) * scale;
    if (/\s/.test(c)) word = null;
    else if (word) (word.str += c), (word.width += w);
    else words.push((word = { str: c, at: x, width: w }));
    x += w;
  }
  return words;
}

/** × font size: a stretch of white space in a run at least this wide parts it into two items (the layout's cell gap, pdf/pdf-lines CELL_GAP). */
const ITEM_GAP = 1.2;

/** A run's box as the converter gives it (pt, top-left origin). */
export interface RunBox {
  x: number;
  top: number;
  /** The run's width, or null when the converter does not say (its characters' advances then: `widthOf`). */
  width: number | null;
  height: number;
}

/**
 * A converter's positioned run (a pdf2xml `<text>`, a positioned `<p>`) set at `size` → text items as
 * the PDF path's are: a run with its inner spaces ('| １２|', '1.属于 国家秘密'), one em tall about the
 * middle of its box, cut only where its spaces stand a cell gap wide (a `<pre>` line's padding) and,
 * as the PDF path cuts pdf.js's runs, between two numbers (`splitNumberRuns`); an item after white
 * space is `spaced`. Cut at every space instead, a cell's words were joined with no space between
 * them ('|１２|', '1.属于国家秘密'), and a run's leading space was lost ('|' + ' ２２' read '|２２', where
 * the PDF path reads '| ２２': the stages after it part such a cell at its spaces).
 */
export function runItems(run: string, box: RunBox, size: number): PdfItem[] {
  const words = runWords(run, box.width ?? widthOf(run, size), size);
  const items: PdfItem[] = [];
  const middle = box.top + box.height / 2;
  let piece: RunWord[] = [];
  const flush = (): void => {
    if (piece.length === 0) return;
    const [first, last] = [piece[0]!, piece[piece.length - 1]!];
    const str = piece.map((w) => w.str).join(' ');
    // (After white space: the run's leading space, or a gap in it.)
    const parts = splitNumberRuns({ str, x: box.x + first.at, top: middle - size / 2, width: last.at + last.width - first.at, height: size, size });
    if (first.at > 0) parts[0] = { ...parts[0]!, spaced: true };
    pushAll(items, parts);
    piece = [];
  };
  for (const w of words) {
    const prev = piece[piece.length - 1];
    if (prev && w.at - (prev.at + prev.width) >= ITEM_GAP * size) flush();
    piece.push(w);
  }
  flush();
  return items;
}
