/**
 * @file Table 三 and table 四 of a scan found by the shape of their ruled grids when neither a
 * section heading nor a header names them. On a faint page with the reverse side bleeding through,
 * OCR reads neither the headings nor the 6.5 pt labels ('三、收到和处理…' and '自然人' lost, rows
 * labelled '于年盐转政府信电…'), while the grids and their digits are read: read from the whole
 * document, no row could be placed by position, and every field of both tables came out missing.
 * The rulings still say which table is which: table 三 prints rows of seven value cells, table 四
 * one row of fifteen, and no other table of the report does. Only OCR'd ruled grids are looked at
 * (a text layer names its tables); the rows found are placed by their order (flag `position`,
 * capped below 0.9 by the score stage), and the identities check them.
 */
import type { Line } from '../model/document.js';

/** Table 三's value cells per row (自然人, five kinds of 法人或其他组织, 总计), and what a row may read beside them: a cell or two lost, an item number ('2') read as a value. */
const REQUEST_CELLS = { min: 5, max: 8 };
/** Rows of that width a table must print to be table 三 (table 三 has 23–25; a part split over pages at least a few). */
const MIN_REQUEST_ROWS = 4;
/** Table 四's value cells in its one row (复议 5, 诉讼 10), give or take one lost or split. */
const REVIEW_CELLS = { min: 14, max: 16 };

const NUMBER = /^[\d.,]+$/;

/** Number cells of a line. */
const numbers = (l: Line): number => l.cells.filter((c) => NUMBER.test(c.trim())).length;

/** The OCR'd ruled lines by table, in document order. */
function ocrTables(lines: readonly Line[]): Line[][] {
  const tables = new Map<number, Line[]>();
  for (const l of lines) {
    if (l.source.table === undefined || l.source.strategy !== 'ruled' || l.ocr === undefined) continue;
    const t = tables.get(l.source.table) ?? [];
    t.push(l);
    tables.set(l.source.table, t);
  }
  return [...tables.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
}

const widthRows = (table: readonly Line[], w: { min: number; max: number }): number =>
  table.filter((l) => numbers(l) >= w.min && numbers(l) <= w.max).length;

const isReview = (table: readonly Line[]): boolean => widthRows(table, REVIEW_CELLS) > 0;
const isRequests = (table: readonly Line[]): boolean => !isReview(table) && widthRows(table, REQUEST_CELLS) >= MIN_REQUEST_ROWS;

/**
 * Table 三 of a scan by its shape: the first run of consecutive OCR'd grids whose rows print
 * seven value cells (a table split over pages is several grids), or null.
 */
export function requestTableByShape(lines: readonly Line[]): Line[] | null {
  const tables = ocrTables(lines);
  const first = tables.findIndex(isRequests);
  if (first < 0) return null;
  const run = [tables[first]!];
  for (let i = first + 1; i < tables.length && isRequests(tables[i]!) && tables[i]![0]!.source.table === run[run.length - 1]![0]!.source.table! + 1; i++) run.push(tables[i]!);
  return run.flat();
}

/** Table 四 of a scan by its shape: the first OCR'd grid with a row of fifteen value cells, or null. */
export function reviewTableByShape(lines: readonly Line[]): Line[] | null {
  return ocrTables(lines).find(isReview) ?? null;
}
