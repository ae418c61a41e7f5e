/**
 * @file Table 四 found by its header when no section heading names it: a table saved without the
 * page around it (a scraper's CSV, JSON or spreadsheet; an HTML table without its heading). Only a
 * table the input delimits (lines with `source.table`: a `<table>`, a grid saved as data) is taken:
 * from its header row naming both 行政复议 and 行政诉讼 to the table's end. In running text the rows
 * after such a line could be anything, so text input is not searched.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';

/** A table 四 header row: one row of separate cells naming both kinds of case. */
function isReviewHeader(line: Line): boolean {
  if (!line.separated || line.cells.length < 2 || line.source.table === undefined) return false;
  const text = normalizeLabel(line.cells.join(''));
  return text.includes('行政复议') && text.includes('行政诉讼');
}

/** The lines of table 四 from its header row to its table's end, or null when no delimited table has such a header. */
export function reviewTableByHeader(lines: readonly Line[]): Line[] | null {
  const at = lines.findIndex(isReviewHeader);
  if (at < 0) return null;
  const table = lines[at]!.source.table;
  let end = at + 1;
  while (end < lines.length && lines[end]!.source.table === table) end++;
  return lines.slice(at, end);
}
