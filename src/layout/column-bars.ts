/**
 * @file Column bars of a preformatted table as a PDF printed them: a page laying its tables out in a
 * `<pre>` block with '|' between the columns, printed and dumped by `pdftotext -layout` (its own
 * `-fixed N` pitch, or a LibreOffice Word-97 print) — the bars come out as text at the columns'
 * edges, touching the numbers before them ('一、本年新收…数量  | １３８|   ３１|  ５| … | ２１２'),
 * no outer pipes on the value rows, the header's lines starting with bars. Split at two spaces, the
 * cells were '１３８|', '| （二）部分公开…情形|' and a wrapped label's line of bars a blank row.
 * In a text holding such lines — three or more lines without outer pipes, each with three or more
 * digits right before a bar and laid out by position (`barredRow`) — and no pipe table (markdown-text.ts), every bar of a line without outer
 * pipes is written as a space: the places of everything else kept, the columns left to the spaces
 * between them (aligned-columns.ts). Any other text is left as printed.
 */
import { hasOuterPipes, hasPipeTables } from './markdown-text.js';

/** A digit right before a bar: a number ending at its column's edge. */
const DIGIT_BAR = /[0-9０-９]\|/g;
/** Fewest digit-bar ends a line must print to count as a barred row (a table row: three values or more). */
const MIN_ROW_BARS = 3;
/** Fewest such rows a text must hold. */
const MIN_ROWS = 3;

/**
 * A barred row laid out by position (two spaces or more somewhere: its indent or a column's padding).
 * A dump whose words are joined by single spaces (`pdftotext -bbox-layout` lines, a crawler's text)
 * keeps no places: there the bars are all that parts a blank cell from the next ('| 10| | 1| | | 1|
 * 12'), and written as spaces the blank cells would be lost.
 */
const barredRow = (line: string): boolean => !hasOuterPipes(line) && (line.match(DIGIT_BAR)?.length ?? 0) >= MIN_ROW_BARS && line.includes('  ');

/** The lines with a preformatted table's column bars written as spaces (see the file comment); the same array otherwise. */
export function dropColumnBars(lines: string[]): string[] {
  let rows = 0;
  for (const line of lines) if (barredRow(line) && ++rows >= MIN_ROWS) break;
  if (rows < MIN_ROWS || hasPipeTables(lines)) return lines;
  return lines.map((line) => (line.includes('|') && !hasOuterPipes(line) ? line.replace(/\|/g, ' ') : line));
}
