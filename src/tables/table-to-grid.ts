/**
 * @file An HTML table's rows of cells with rowspan/colspan → the cells placed on the expanded grid
 * (the HTML table model: each cell takes the first column its row has free; a rowspan reserves its
 * columns in the rows below), and a placed row → the cells of its Line. Pure, no DOM.
 */
import { parseWholeValue } from './tokenize-cell.js';

/** A cell as printed in its `<tr>`. */
export interface SpanCell {
  text: string;
  /** The cell's lines, when it has several (rows packed in one cell: layout/packed-cells). */
  pieces?: string[];
  rowSpan: number;
  colSpan: number;
}

/** A cell with its place on the expanded grid (0-based row and column of its top-left slot). */
export interface PlacedCell extends SpanCell {
  row: number;
  col: number;
}

/** The HTML limit on colspan (larger values are treated as 1000 by browsers). */
const MAX_COLSPAN = 1000;
/** The HTML limit on rowspan (larger values are treated as 65534 by browsers). */
const MAX_ROWSPAN = 65534;
/**
 * Columns of the expanded grid that spans may reserve. A report table has at most ~30; past this
 * column no span is expanded (a cell takes one column, in its row's order, and reserves nothing
 * below): a hostile row of 1000-wide colspans otherwise made a grid 500 000 columns wide, and every
 * later row's cells were placed past it by a scan of it (a 57 KB page blocked for minutes). Their
 * text is kept, in order.
 */
export const MAX_GRID_COLUMNS = 1000;
/**
 * Grid slots a table may reserve. A report table has a few hundred; past this (a hostile page of
 * rowspan=0 colspan=1000 cells) spans are ignored, so placement stays linear in the cells.
 */
const MAX_SLOTS = 1_000_000;

/**
 * A span attribute's value: missing, negative or garbage is 1, and 0 is `zero` (rowspan=0 runs to
 * the last row; colspan=0 is 1). Spans too large for the table are clamped when placed.
 */
export function spanOf(raw: string | undefined, zero: number): number {
  const n = Number.parseInt(raw ?? '', 10);
  if (Number.isNaN(n) || n < 0) return 1;
  return n === 0 ? zero : n;
}

/**
 * Places every cell of every row; returns the rows of placed cells and the grid's column count.
 * As the HTML table model does, each row has a cursor that only moves right (a cell takes the first
 * free column at or after the end of the cell before it), so placement costs the cells plus the
 * slots reserved (spans end at MAX_GRID_COLUMNS, MAX_SLOTS in all), not cells × width.
 */
export function placeCells(rows: readonly (readonly SpanCell[])[]): { rows: PlacedCell[][]; cols: number } {
  /** Columns taken in each row by rowspans from above (and by the row's own cells). */
  const taken: Set<number>[] = rows.map(() => new Set<number>());
  let cols = 0;
  let slots = 0;
  const placed = rows.map((cells, r) => {
    const out: PlacedCell[] = [];
    let col = 0;
    for (const cell of cells) {
      while (taken[r]!.has(col)) col++;
      let rowSpan = Math.max(1, Math.min(cell.rowSpan, MAX_ROWSPAN, rows.length - r));
      let colSpan = Math.max(1, Math.min(cell.colSpan, MAX_COLSPAN, MAX_GRID_COLUMNS - col));
      slots += rowSpan * colSpan;
      if (slots > MAX_SLOTS || col >= MAX_GRID_COLUMNS) [rowSpan, colSpan] = [1, 1];
      for (let i = r; i < r + rowSpan; i++) for (let j = col; j < col + colSpan; j++) taken[i]!.add(j);
      cols = Math.max(cols, col + colSpan);
      out.push({ text: cell.text, ...(cell.pieces ? { pieces: cell.pieces } : {}), rowSpan, colSpan, row: r, col });
      col += colSpan;
    }
    return out;
  });
  return { rows: placed, cols };
}

/**
 * True when `cell` spans the same columns as the cell starting at its column in the nearest row
 * above that has a cell starting there (a header '本年增/减' merged over two columns, the 2019
 * template's 行政事业性收费 and 政府集中采购 rows): the span is one column of the table, not several.
 */
export function spansOneColumn(cell: PlacedCell, rows: readonly (readonly PlacedCell[])[], r: number): boolean {
  for (let i = r - 1; i >= 0; i--) {
    const over = rows[i]!.find((c) => c.col === cell.col);
    if (over) return over.colSpan === cell.colSpan;
  }
  return false;
}

/**
 * A row of placed cells → its Line's cells, each with its grid column. A rowspan label stays in
 * its first row, as in printed text; a value cell spanning columns is repeated over them when it
 * is '/' or empty (one '/' across a row means every cell is not applicable), but a number spanning
 * columns is kept once: which column it belongs to is not known. A '0' is the exception: whichever
 * column it belongs to, the others it covers print nothing, and an empty cell reads 0; they are
 * given as empty cells (0, flag blank, below 0.9 unless identities reaching other rows confirm
 * them), so a '0' merged over a non-zero cell is caught or stays low. A '/' after a value of its row,
 * spanning exactly the columns a cell above it spans ({@link spansOneColumn}: the 2019 template's
 * '本年增/减' merged over two columns), is one cell: kept once, so it does not add a value to its row
 * (`行政事业性收费 7 / /` made the real 7 ambiguous). Used for HTML tables
 * (load/html-table) and text tables drawn with spanning cells (layout/grid-spans); `rows` is the table's rows and `r` this row's index in them.
 */
export function placedRowCells(row: readonly PlacedCell[], rows: readonly (readonly PlacedCell[])[] = [], r = 0): { cells: string[]; cols: number[] } {
  const cells: string[] = [];
  const cols: number[] = [];
  for (const cell of row) {
    const value = cell.colSpan > 1 ? parseWholeValue(cell.text) : null;
    const afterValue = cells.some((c) => c !== '' && parseWholeValue(c)?.kind === 'num');
    const oneCell = value?.kind === 'na' && afterValue && spansOneColumn(cell, rows, r);
    const repeat = value && !oneCell && (value.kind !== 'num' || value.value === 0) && cells.some((c) => c !== '') ? cell.colSpan : 1;
    for (let j = 0; j < repeat; j++) {
      cells.push(j > 0 && value?.kind === 'num' ? '' : cell.text);
      cols.push(cell.col + j);
    }
  }
  return { cells, cols };
}
