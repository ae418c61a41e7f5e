/**
 * @file Tables saved as data (CSV, JSON, a spreadsheet) → Line[]: each row one line of cells, one
 * cell per column, as an HTML `<table>` row is (load/html-table), so the tables take the same path.
 * A row with one filled cell (a title the scraper saved between tables) is a line of text. Cells a
 * file marks as holding no value (a spreadsheet's '#VALUE!') are given as `unread`.
 */
import { fixCompatibilityChars } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';
import { tabCell } from '../layout/text-to-lines.js';

/** One saved table: its rows of cell texts, and the [row, column] of cells that hold no value. */
export interface SavedGrid {
  rows: string[][];
  unread?: readonly (readonly [number, number])[];
}

/** Rows of one grid → lines; a row of empty cells gives none. `table` is the grid's index in the file. */
export function gridToLines(grid: SavedGrid, table: number): Line[] {
  const lines: Line[] = [];
  grid.rows.forEach((row, r) => {
    const cells = row.map((c) => tabCell(fixCompatibilityChars(c)).replace(/\s*[\r\n]+\s*/g, ''));
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    if (cells.length === 0) return;
    const unread = (grid.unread ?? []).filter(([ur, uc]) => ur === r && uc < cells.length).map(([, uc]) => uc);
    if (cells.filter((c) => c !== '').length === 1 && unread.length === 0 && cells[0] !== '') {
      lines.push({ cells: [cells[0]!], separated: false, source: { table, row: r } });
      return;
    }
    lines.push({ cells, cols: cells.map((_, j) => j), separated: true, source: { table, row: r }, ...(unread.length > 0 ? { unread } : {}) });
  });
  return lines;
}

/** Grids → lines, the tables numbered in file order. */
export function gridsToLines(grids: readonly SavedGrid[]): Line[] {
  return grids.flatMap((g, i) => gridToLines(g, i));
}

/** Splits a grid at its blank rows: tables saved one after the other in one CSV or one sheet. */
export function splitAtBlankRows(grid: SavedGrid): SavedGrid[] {
  type Building = { rows: string[][]; unread: [number, number][] };
  const out: Building[] = [];
  let cur: Building = { rows: [], unread: [] };
  const unreadAt = new Map<number, number[]>();
  for (const [r, c] of grid.unread ?? []) unreadAt.set(r, [...(unreadAt.get(r) ?? []), c]);
  grid.rows.forEach((row, r) => {
    const cols = unreadAt.get(r) ?? [];
    if (cols.length === 0 && row.every((c) => c.trim() === '')) {
      if (cur.rows.length > 0) out.push(cur), (cur = { rows: [], unread: [] });
      return;
    }
    for (const c of cols) cur.unread.push([cur.rows.length, c]);
    cur.rows.push(row);
  });
  if (cur.rows.length > 0) out.push(cur);
  return out.map((g) => (g.unread.length > 0 ? g : { rows: g.rows }));
}
