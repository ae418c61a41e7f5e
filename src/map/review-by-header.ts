/**
 * @file Table 四 (and table 三) found by its header when no section heading names it: a table saved without the
 * page around it (a scraper's CSV, JSON or spreadsheet; an HTML table without its heading). Only a
 * table the input delimits (lines with `source.table`: a `<table>`, a grid saved as data) is taken:
 * from its header row naming both 行政复议 and 行政诉讼 to the table's end. In running text the rows
 * after such a line could be anything, so text input is not searched.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';

/** Header rows looked at together: table 四's header has up to three (行政复议 | 行政诉讼, the two litigation groups, the results). */
const HEADER_ROWS = 3;

const inTable = (line: Line | undefined, table: number): boolean => line !== undefined && line.separated && line.source.table === table;

/** The top row of a table 四 header: it and the rows just below it in the same table name both kinds of case. */
function isReviewHeader(lines: readonly Line[], i: number): boolean {
  const table = lines[i]!.source.table;
  if (table === undefined || !inTable(lines[i], table) || lines[i]!.cells.length < 2) return false;
  const band = lines.slice(i, i + HEADER_ROWS).filter((l) => inTable(l, table));
  const text = normalizeLabel(band.map((l) => l.cells.join('')).join(''));
  return normalizeLabel(lines[i]!.cells.join('')).match(/行政复议|行政诉讼/) !== null && text.includes('行政复议') && text.includes('行政诉讼');
}

/** The lines of table 四 from its header row to its table's end, or null when no delimited table has such a header. */
export function reviewTableByHeader(lines: readonly Line[]): Line[] | null {
  const at = lines.findIndex((_, i) => isReviewHeader(lines, i));
  if (at < 0) return null;
  const table = lines[at]!.source.table;
  let end = at + 1;
  while (end < lines.length && lines[end]!.source.table === table) end++;
  return lines.slice(at, end);
}

/** A table 三 header row: it names 自然人 and 总计 (the leaf row of a grid saved as data names them with the sub-columns). */
const isRequestHeader = (l: Line): boolean => {
  const text = normalizeLabel(l.cells.join(''));
  return text.includes('自然人') && text.includes('总计');
};

/**
 * The lines of the delimited table holding table 三 — a header row naming 自然人 and 总计 and a row
 * labelled 本年新收, else the table printing that row — when no section heading names it (a grid saved as CSV, JSON or a spreadsheet):
 * the whole table, so its header band is read like a section's (a permuted header followed or
 * capped, never read in the template's order unseen). Null when no delimited table has both.
 */
export function requestTableByHeader(lines: readonly Line[]): Line[] | null {
  const delimited = (l: Line): boolean => l.source.table !== undefined && l.separated;
  const firstRow = (l: Line): boolean => normalizeLabel(l.cells.join('')).includes('本年新收');
  const header = lines.find((l) => delimited(l) && isRequestHeader(l));
  const withRows = header && lines.some((l) => l.source.table === header.source.table && firstRow(l)) ? header : undefined;
  // A header that names no 总计 (lost, or named like another column) is still table 三's when its table prints the 本年新收 row:
  // read from the whole document instead, its columns would be taken in the template's order unchecked.
  const table = (withRows ?? lines.find((l) => delimited(l) && firstRow(l)))?.source.table;
  if (table === undefined) return null;
  const at = lines.findIndex((l) => l.source.table === table);
  // A PDF's grid is one table a page: a table 三 running over pages (a narrow page, A5) is its pages' grids one after another.
  const pages = pageContinued(lines, at);
  return pages ?? lines.filter((l) => l.source.table === table);
}

/** A line no part of table 三 after its first row prints: another copy's first row, table 四's header words. */
const OTHER_TABLE = /本年新收|行政复议|行政诉讼/;

/** The end (exclusive) of the run of lines from `at` in `at`'s table. */
function tableEnd(lines: readonly Line[], at: number): number {
  let end = at;
  while (end < lines.length && lines[end]!.source.table === lines[at]!.source.table) end++;
  return end;
}

/**
 * Table 三 printed over several pages of a PDF, each page's part a grid of its own: the part at `at`, the part just before it
 * when that one holds its header only (the header band at the foot of a page, the rows on the next), and the parts after it —
 * each a delimited table starting on the next page right where the one before ends (nothing printed between but the page
 * break), holding no other 本年新收 row (a second copy of the table) and no table 四 header word. Null when there is no part on another page.
 */
function pageContinued(lines: readonly Line[], at: number): Line[] | null {
  const part = (i: number): boolean => lines[i] !== undefined && lines[i]!.separated && lines[i]!.source.table !== undefined && lines[i]!.source.page !== undefined;
  if (!part(at)) return null;
  let start = at;
  const before = lines[at - 1];
  if (part(at - 1) && before!.source.page! < lines[at]!.source.page!) {
    let s = at - 1;
    while (s > 0 && lines[s - 1]!.source.table === before!.source.table) s--;
    const band = lines.slice(s, at);
    if (band.some(isRequestHeader) && band.every((l) => l.cells.every((c) => !/\d/.test(c)))) start = s;
  }
  let end = tableEnd(lines, at);
  while (part(end) && lines[end]!.source.page! > lines[end - 1]!.source.page!) {
    const next = tableEnd(lines, end);
    if (lines.slice(end, next).some((l) => OTHER_TABLE.test(normalizeLabel(l.cells.join(''))))) break;
    end = next;
  }
  return start === at && end === tableEnd(lines, at) ? null : lines.slice(start, end);
}
