/**
 * @file Empty cells a layout-analysing dumper wrote as text boxes of their own. A Word page writes '&nbsp;' into every
 * empty table cell ('<td><p class="MsoNormal">&nbsp;</p></td>'); LibreOffice (and Chromium) print that glyph, and
 * pdfminer's `pdf2txt` (default, `-A`, `-L 0.3`) makes each such cell a text box of its own: a line holding a no-break
 * space alone (or a space alone, where the font maps the glyph so), a blank line after it. The line is no text — every stage reads it as blank — but it is a cell printed
 * empty, which a dump that drops blank cells otherwise cannot show: a wholly blank table 三 prints its labels and 175
 * such lines (map/blank-table `blankByEmptyBoxes`).
 */

/**
 * A line holding no-break spaces alone, or one space alone (a trailing carriage return aside): an empty cell's text box.
 * The glyph's character map decides which: a print whose font maps it to U+0020 gives a lone space (LibreOffice prints
 * of print-mix's Word pages; `mutool -F txt` writes such a cell's line likewise). No dumper writes a line of one space
 * otherwise (fresh53–55's 18 tools).
 */
const EMPTY_CELL_BOX = /^(?:\u00a0+| )\r?$/;

/** Lines of `text` that are an empty cell's text box (`EMPTY_CELL_BOX`); 0 when none. */
export function countEmptyCellBoxes(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (EMPTY_CELL_BOX.test(line)) n++;
  return n;
}
