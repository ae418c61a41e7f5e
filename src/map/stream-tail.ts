/**
 * @file Table 三's last cells printed after the next section's heading. Plain `pdftotext` of a
 * page that ends table 三 with its last rows printed column by column ('0 / 36 / 0' the 自然人
 * cells of （六）3.其他, （七）总计 and 四、结转…, then the 商业企业 cells …) may read the heading
 * '四、政府信息公开行政复议、行政诉讼情况' in the middle of those columns: the section found for table 三
 * then stops short, and the columns after the heading open the section of table 四, before its
 * header ('… 2 / 9 / 0 / 四、政府信息公开… / 0 / 10 / 1 / 2 / 78 / 2 / 行政复议 …'). Those values are
 * table 三's when they are exactly the cells its stream lacks and table 四 prints its own cells
 * after its header: they are read as the end of table 三's value stream (map/table-stream and the
 * readers after it), where its identities place them.
 */
import type { Line } from '../model/document.js';
import { buildRows } from '../tables/build-rows.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';

/** A line made of numbers only (no label text, no header word). */
function numbersOf(line: Line): number | null {
  const words = line.cells.flatMap((c) => c.trim().split(/\s+/)).filter((w) => w !== '');
  if (words.length === 0) return 0;
  return words.every((w) => parseWholeValue(w)?.kind === 'num') ? words.length : null;
}

/** Values the rows built from `lines` hold (the table's stream as its readers see it). */
function streamValues(lines: readonly Line[]): number {
  return buildRows(lines).reduce((n, r) => n + r.values.length, 0);
}

/**
 * How many lines of bare numbers open the section after table 三 (`nextLines`) and complete table 三's value stream
 * exactly (`cells`: rows × columns of the template, less the values `requestLines` hold); 0 when they do not.
 */
export function tailLinesCompleting(requestLines: readonly Line[] | null, nextLines: readonly Line[] | null, cells: number): number {
  if (!requestLines || !nextLines) return 0;
  let taken = 0;
  let end = 0;
  for (; end < nextLines.length; end++) {
    const n = numbersOf(nextLines[end]!);
    if (n === null) break;
    taken += n;
  }
  if (taken === 0 || end === nextLines.length) return 0;
  return streamValues(requestLines) + taken === cells ? end : 0;
}

/**
 * The lines of bare numbers that open the section after table 三 and complete table 三's value
 * stream (`tailLinesCompleting`), or [] when they do not: the rest of that section must still print at least
 * `nextCells` values (table 四 whole without them), so no cell of table 四 is taken.
 */
export function streamTailAfterHeading(requestLines: readonly Line[] | null, nextLines: readonly Line[] | null, cells: number, nextCells: number): Line[] {
  const end = tailLinesCompleting(requestLines, nextLines, cells);
  if (end === 0 || streamValues(nextLines!.slice(end)) < nextCells) return [];
  return nextLines!.slice(0, end);
}
