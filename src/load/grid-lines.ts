/**
 * @file Tables saved as data (CSV, JSON, a spreadsheet) → Line[]: each row one line of cells, one
 * cell per column, as an HTML `<table>` row is (load/html-table), so the tables take the same path.
 * A row with one filled cell (a title the scraper saved between tables) is a line of text. A cell
 * the file marks as holding no value (a spreadsheet's '#VALUE!') is saved as UNREAD_CELL and given
 * as `unread` (Line.unread). Headers flattened by a data tool and row-number columns are undone
 * first (grid-header), and a table 三 saved transposed is turned back (grid-transpose).
 */
import { fixCompatibilityChars } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';
import { tabCell } from '../layout/text-to-lines.js';
import { dropRowNumbers, unflattenHeaders } from './grid-header.js';
import { untransposeRequests } from './grid-transpose.js';

/** A saved table: rows of cell texts. */
export interface SavedGrid {
  rows: string[][];
}

/** The text of a cell that holds no value (an error cell): a private-use character no file prints. */
export const UNREAD_CELL = '\uf8ff';

/** Rows of one grid → lines; a row of empty cells gives none. `table` is the grid's index in the file. */
export function gridToLines(grid: SavedGrid, table: number): Line[] {
  const lines: Line[] = [];
  untransposeRequests(unflattenHeaders(dropRowNumbers(grid.rows))).forEach((row, r) => {
    const cells = row.map((c) => tabCell(fixCompatibilityChars(c)).replace(/\s*[\r\n]+\s*/g, ''));
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    if (cells.length === 0) return;
    const unread = cells.flatMap((c, j) => (c === UNREAD_CELL ? [j] : []));
    if (unread.length === 0 && cells[0] !== '' && cells.every((c, j) => j === 0 || c === '')) {
      lines.push({ cells: [cells[0]!], separated: false, source: { table, row: r } });
      return;
    }
    lines.push({ cells: cells.map((c) => (c === UNREAD_CELL ? '' : c)), cols: cells.map((_, j) => j), separated: true, saved: true, source: { table, row: r }, ...(unread.length > 0 ? { unread } : {}) });
  });
  return lines;
}

/** Grids → lines, the tables numbered in file order. */
export function gridsToLines(grids: readonly SavedGrid[]): Line[] {
  return grids.flatMap((g, i) => gridToLines(g, i));
}

/** Splits a grid at its blank rows: tables saved one after the other in one CSV or one sheet. */
export function splitAtBlankRows(grid: SavedGrid): SavedGrid[] {
  const out: SavedGrid[] = [{ rows: [] }];
  for (const row of grid.rows) {
    if (row.every((c) => c.trim() === '')) {
      if (out.at(-1)!.rows.length > 0) out.push({ rows: [] });
    } else out.at(-1)!.rows.push(row);
  }
  return out.filter((g) => g.rows.length > 0);
}
