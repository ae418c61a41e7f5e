/**
 * @file Column bars of a preformatted table as a PDF printed them: a page laying its tables out in a
 * `<pre>` block with '|' between the columns, printed and dumped by `pdftotext` (`-layout`, its own
 * `-fixed N` pitch, `-raw`, a LibreOffice Word-97 print) or pdfminer — the bars come out as text at the
 * columns' edges, touching the numbers before them ('一、本年新收…数量  | １３８|   ３１|  ５| … | ２１２'),
 * no outer pipes on the value rows, the header's lines starting with bars. Split at two spaces, the
 * cells were '１３８|', '| （二）部分公开…情形|' and a wrapped label's line of bars a blank row.
 * A text holding such lines — three or more lines without outer pipes, each with three or more digits
 * right before a bar — and no pipe table (markdown-text.ts) is read in one of two ways:
 * - every row whole on its line (`wholeRows`: hardly a line of values alone): the bars part every cell,
 *   a blank one too ('| 25| 9| | | 3| 3| 40', where a proportional dump keeps one space for a blank
 *   cell and its place says nothing), so each line with a bar is closed with outer pipes and read as
 *   a pipe row (its label's wrapped lines joined by pipe-wrapped-rows.ts);
 * - rows pushed over lines (`-fixed 9`: an item that would start inside text already on its line goes
 *   onto the next, '| （三）不予公开| 1.属于国家秘密' / '|０| ０| ０| ０| ２| ０|' / '２'): the bars do
 *   not stand between a row's cells, so in a dump laid out by position (`barredRow`) every bar of a line
 *   without outer pipes is written as a space, the places of everything else kept, the columns left to
 *   the spaces between them (aligned-columns.ts) and the pushed cells joined back (pushed-cells.ts).
 * Any other text is left as printed.
 */
import { hasOuterPipes, hasPipeTables } from './markdown-text.js';

/** A digit right before a bar: a number ending at its column's edge (its unit printed after it: '30件|'). */
const DIGIT_BAR = /[0-9０-９]件?\|/g;
/** Fewest digit-bar ends a line must print to count as a barred row (a table row: three values or more). */
const MIN_ROW_BARS = 3;
/** Fewest such rows a text must hold. */
const MIN_ROWS = 3;
/** A line printing only values and bars (no label): a row's cells pushed off its line, or table 四's row of values. */
const VALUES_ONLY = /^[\s0-9０-９,，.．/／|\-—件]*[0-9０-９][\s0-9０-９,，.．/／|\-—件]*$/;
/** Lines of values alone a text of whole rows may hold beside its labelled rows: table 四's (a table a page apart: two). */
const WHOLE_VALUE_LINES = 2;
/** …and beyond that, fewer than one for every this many labelled rows. */
const LABELLED_PER_VALUE_LINE = 4;

const digitBars = (line: string): number => line.match(DIGIT_BAR)?.length ?? 0;

/**
 * A barred row laid out by position (two spaces or more somewhere: its indent or a column's padding).
 * A dump whose words are joined by single spaces (`pdftotext -bbox-layout` lines, a crawler's text)
 * keeps no places: there the bars are all that parts a blank cell from the next ('| 10| | 1| | | 1|
 * 12'), and written as spaces the blank cells would be lost.
 */
const barredRow = (line: string): boolean => !hasOuterPipes(line) && digitBars(line) >= MIN_ROW_BARS && line.includes('  ');

/**
 * Every barred row prints whole on its line: lines of values and bars alone (a row's cells pushed off
 * its line by `-fixed 9`) are no more than table 四's, while rows with a label and three values or
 * more ending at a bar are at least MIN_ROWS.
 */
function wholeRows(lines: readonly string[]): boolean {
  let labelled = 0;
  let valuesOnly = 0;
  for (const line of lines) {
    if (!line.includes('|')) continue;
    if (VALUES_ONLY.test(line)) valuesOnly++;
    else if (!hasOuterPipes(line) && digitBars(line) >= MIN_ROW_BARS) labelled++;
  }
  return labelled >= MIN_ROWS && valuesOnly <= Math.max(WHOLE_VALUE_LINES, labelled / LABELLED_PER_VALUE_LINE);
}

/**
 * A line with a bar closed with outer pipes. The table's lines print no outer pipes of their own: a
 * line starting with a bar (after its indent or not: `-raw` drops it) starts with a blank cell (a
 * label column a row spans), and one ending with a bar ends with a blank cell whose padding the
 * printer trimmed (a wrapped label's line: '|开   | | | | | | |' is as wide as its row).
 */
function closeBars(line: string): string {
  return line.includes('|') ? `|${line.trimEnd()} |` : line;
}

/** The pushed rows' way: three or more barred rows laid out by position. */
function barredByPosition(lines: readonly string[]): boolean {
  let rows = 0;
  for (const line of lines) if (barredRow(line) && ++rows >= MIN_ROWS) return true;
  return false;
}

/**
 * The text prints a preformatted table's column bars (read by dropColumnBars): its bars are cell
 * borders drawn on purpose, not rulings an OCR engine read as glyphs (load/ocr-like-text).
 */
export function hasColumnBars(lines: readonly string[]): boolean {
  return !hasPipeTables(lines) && (wholeRows(lines) || barredByPosition(lines));
}

/** The lines of a preformatted table's column bars read as the file comment says; the same array otherwise. */
export function dropColumnBars(lines: string[]): string[] {
  if (hasPipeTables(lines)) return lines;
  if (wholeRows(lines)) return lines.map(closeBars);
  if (!barredByPosition(lines)) return lines;
  return lines.map((line) => (line.includes('|') && !hasOuterPipes(line) ? line.replace(/\|/g, ' ') : line));
}
