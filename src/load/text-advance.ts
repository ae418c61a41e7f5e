/**
 * @file How far a converter's text run reaches, character by character, when the converter gives only
 * the run's place and font (pdftohtml -xml / -s / -c, mutool -F html): an ideograph (and a Kangxi
 * radical '⼀', a full-width digit '２', CJK punctuation) is one em wide, another character about half
 * an em, a space what is left of the run's width. A run is cut into words at its spaces by these
 * advances — not by an equal share of its width per character: a cell padded with spaces ('   ５',
 * '（⼀）予以公开' followed by 26 spaces) had its words put too far left and measured too small (a
 * word's em is its width over its length), and rows of such cells merged.
 */
import { maxOf, minOf, pushAll } from '../_internal/extremes.js';
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
 * `mono`: the advance of every narrow character and space of a monospaced font (`monoAdvance`); its
 * wide characters then take what is left of the run's width.
 */
export function runWords(run: string, width: number, size: number, mono: number | null = null): RunWord[] {
  const chars = [...run];
  const isSpace = (c: string): boolean => /\s/.test(c);
  let adv: (c: string) => number;
  if (mono !== null && mono > 0) {
    const wide = chars.filter((c) => !isSpace(c) && WIDE_CHAR.test(c)).length;
    const narrowWidth = (chars.length - wide) * mono;
    const wideAdv = wide > 0 && width > narrowWidth ? (width - narrowWidth) / wide : size;
    const natural = narrowWidth + wide * wideAdv;
    const scale = natural > 0 ? width / natural : 1;
    adv = (c) => (!isSpace(c) && WIDE_CHAR.test(c) ? wideAdv : mono) * scale;
  } else {
    const spaces = chars.filter(isSpace).length;
    const inked = chars.reduce((n, c) => n + (isSpace(c) ? 0 : advance(c)), 0) * size;
    const space = spaces > 0 ? Math.min(MAX_SPACE * size, Math.max(0, (width - inked) / spaces)) : 0;
    const natural = inked + spaces * space;
    const scale = natural > 0 ? width / natural : 1;
    adv = (c) => (isSpace(c) ? space : advance(c) * size) * scale;
  }
  const words: RunWord[] = [];
  let x = 0;
  let word: RunWord | null = null;
  for (const c of chars) {
    const w = adv(c);
    if (isSpace(c)) word = null;
    else if (word) (word.str += c), (word.width += w);
    else words.push((word = { str: c, at: x, width: w }));
    x += w;
  }
  return words;
}

/** Least characters of a run measured for `monoAdvance` (a converter's widths are whole pixels: shorter runs round too much). */
const MONO_MIN_CHARS = 10;
/** Least such runs, and how far apart their spaces' shares must lie, for a font to be judged. */
const MONO_MIN_RUNS = 3;
const MONO_SPACE_SPREAD = 0.2;
/** Most spread of their widths per character (max / min − 1) in a monospaced font. */
const MONO_TOLERANCE = 0.04;

/**
 * The runs a converter set in one font (text and width) → the advance of each character and space when
 * the font is monospaced, else null. A `<pre>` table's rows are runs of digits padded with spaces in a
 * monospaced font: there a space is as wide as a digit, where the proportional advances (a digit half
 * an em, spaces what is left) put a number after a long padding several points left of its place (a
 * row's first column read left of where the PDF path reads it, and a label alone on its line — a row
 * whose zeros print blank — taken as reaching into it). Judged by runs of narrow characters only, each
 * with spaces: in a monospaced font their width per character is one, however many of their
 * characters are spaces; in a proportional one it falls as the spaces' share grows.
 */
export function monoAdvance(runs: readonly { run: string; width: number }[]): number | null {
  const per: number[] = [];
  let [lo, hi] = [Infinity, -Infinity];
  for (const { run, width } of runs) {
    const chars = [...run];
    if (chars.length < MONO_MIN_CHARS || !(width > 0) || chars.some((c) => WIDE_CHAR.test(c))) continue;
    const spaces = chars.filter((c) => /\s/.test(c)).length;
    if (spaces === 0 || spaces === chars.length) continue;
    per.push(width / chars.length);
    lo = Math.min(lo, spaces / chars.length);
    hi = Math.max(hi, spaces / chars.length);
  }
  if (per.length < MONO_MIN_RUNS || hi - lo < MONO_SPACE_SPREAD) return null;
  const [min, max] = [minOf(per), maxOf(per)];
  if (max / min - 1 > MONO_TOLERANCE) return null;
  const sorted = [...per].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * A word that is a number in full-width digits ('３', '４６６５．２３'). Two such words of a run are two
 * cells' (pdftohtml sets neighbour cells '３ ３' as one run): the run is cut between them here, at their
 * own advances, as `splitNumberRuns` cuts ASCII numbers ('3 3') — it reads ASCII digits only, and a
 * full-width pair stayed one cell '3 3' (dev gen60 1009000 pdftohtml-xml r27: every row's last two cells).
 */
const WIDE_NUMBER = /^[\uff10-\uff19][\uff10-\uff19\uff0c\uff0e]*$/;

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
export function runItems(run: string, box: RunBox, size: number, mono: number | null = null): PdfItem[] {
  const words = runWords(run, box.width ?? widthOf(run, size), size, box.width === null ? null : mono);
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
    if (items.length === 0) parts[0] = { ...parts[0]!, runStart: true };
    pushAll(items, parts);
    piece = [];
  };
  for (const w of words) {
    const prev = piece[piece.length - 1];
    if (prev && (w.at - (prev.at + prev.width) >= ITEM_GAP * size || (WIDE_NUMBER.test(prev.str) && WIDE_NUMBER.test(w.str)))) flush();
    piece.push(w);
  }
  flush();
  return items;
}
