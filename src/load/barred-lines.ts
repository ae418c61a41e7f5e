/**
 * @file A converter's positioned text of a preformatted table drawn with column bars ('|' between the
 * columns of a `<pre>` block, printed and converted: mutool -F html, pdftohtml -s / -xml, stext, word
 * boxes), read as the text it prints. The converter sets each line of the `<pre>` block as one run, so a
 * row's values and their bars are one cell ('16,150.0| 7,152.0| 321.0| …'): no stage after layout parts a
 * cell at its bars, the rows were read with one value cell each and table 三 went unread (gen60 dev 1035000
 * mutool-html r20, a `<pre>` table with bars: 19 of 200 right). A text dump of the same lines is read by
 * its bars (layout/column-bars.ts: each barred row a pipe row, its wrapped label lines joined): the laid-out
 * lines are written out as such a dump — cells two spaces apart, as a layout dump parts them — and read so.
 */
import { hasColumnBars } from '../layout/column-bars.js';
import { textToLines } from '../layout/text-to-lines.js';
import type { Line } from '../model/document.js';

/** Between two cells of a laid-out line written as text: a cell gap, as `pdftotext -layout` writes one. */
const CELL_GAP_TEXT = '  ';

/** Laid-out lines → the same lines read as a text dump when they print a table's column bars (hasColumnBars), else as they are. */
export function readBarredLines(lines: Line[]): Line[] {
  const text = lines.map((l) => l.cells.join(CELL_GAP_TEXT));
  return hasColumnBars(text) ? textToLines(text.join('\n')) : lines;
}
