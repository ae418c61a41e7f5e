/**
 * @file Table cells whose text is garbled glyphs. A font whose character map a converter broke
 * (Ghostscript's pdfwrite re-writing Chromium's Type 3 subsets: full-width digits '０１２' read
 * 'ÿĀā', replaced by U+FFFD in pdf/miscoded-glyphs) leaves a value cell holding only U+FFFD. Such a
 * cell printed something the text layer does not say: it is unread (derived from the identities,
 * or missing), never an empty cell read as a blank 0. The same layer places its glyphs by wrong
 * advances (a cell's glyph can slide into the label cell beside it: '8.属于行政查询�项 �' and an
 * empty cell after it), so in a line holding such a cell the empty value cells are unread too,
 * and the line's numbers are not trusted (`damaged`).
 */
import { UNKNOWN_CHAR } from '../_internal/unknown-char-distance.js';

/**
 * Glyphs a broken map gives a Chinese report's digits where pdf/miscoded-glyphs did not replace them
 * (gs /screen re-distilled at 72 dpi, breakit60 gs-screen72: '行政许可| ăĄĂĈ' for ４５３９): 'ÿ' and Latin
 * Extended-A letters, which no report prints in a value cell. Read as unknown glyphs.
 */
const MISMAPPED = '\\u00ff\\u0100-\\u017f';
/** A cell of unknown glyphs only (white space between them). */
const GARBLED_CELL = new RegExp(`^[\\s${UNKNOWN_CHAR}${MISMAPPED}]*[${UNKNOWN_CHAR}${MISMAPPED}][\\s${UNKNOWN_CHAR}${MISMAPPED}]*$`);
/** A label cell ending in an unknown glyph set apart by white space: a value's glyph slid into it. */
const SLID_GLYPH = new RegExp(`\\s${UNKNOWN_CHAR}+\\s*$`);

/**
 * The cells of a line that hold a value the text layer does not give: garbled cells after the
 * line's first cell, and, when there is one (or the label cell ends in a garbled glyph set apart),
 * the empty cells after the first cell as well. Empty when the line has no garbled cell.
 */
export function garbledCells(cells: readonly string[]): number[] {
  const first = cells.findIndex((c) => c.trim() !== '');
  if (first < 0) return [];
  const garbled = cells.flatMap((c, i) => (i > first && GARBLED_CELL.test(c) ? [i] : []));
  const slid = SLID_GLYPH.test(cells[first]!) && !GARBLED_CELL.test(cells[first]!);
  if (garbled.length === 0 && !slid) return [];
  // A line with no number and no garbled cell beside a slid glyph is running text, not a row.
  if (garbled.length === 0 && !cells.some((c, i) => i > first && /\d/.test(c))) return [];
  return cells.flatMap((c, i) => (i > first && (GARBLED_CELL.test(c) || c.trim() === '') ? [i] : []));
}
