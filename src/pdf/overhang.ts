/**
 * @file A header cell cut by a page break whose last wrapped line is drawn past the grid's bottom.
 * Chromium breaks a table inside its header row: the rulings of a cell that continues on the next
 * page end at the page's last ruling, but the cell's text is laid out whole, so a wrapped header
 * word's last line ('自然' / '人') hangs just below the grid with no ruling around it. Read alone it is
 * a line of its own between the header rows of two pages, and the header ('自然人') cannot be read
 * whole. Such a piece is put back in the cell above it: a digit-free text right under a grid whose
 * last row is digit-free (a header row, not a data row), within one bottom cell's width, less than
 * half its own height below the grid, with the pieces stacked under it in the same cell (a word
 * wrapped one character per line: '自' in the grid, '然' / '人' below), and nothing but a page
 * number further down the page (the break follows them).
 */
import type { Grid } from './grid.js';
import type { PdfItem } from './pdf-lines.js';
import { minOf } from '../_internal/extremes.js';

/** Share of the piece's own height it may lie below the grid's bottom (a wrapped line's leading is smaller). */
const MAX_GAP_SHARE = 0.5;
/** pt. Slack on a bottom cell's sides (anti-aliased rulings, glyph side bearings). */
const SIDE_SLACK = 1;

/** A short text with a digit ('- 3 -', '第3页'): page furniture in the margin, below the break. */
const isPageNumber = (it: PdfItem): boolean => /\d/.test(it.str) && it.str.trim().length <= 8;

/** The index of the bottom-row cell of `grid` that holds all of `it` across, or -1. */
function bottomCell(grid: Grid, it: PdfItem): number {
  const rows = grid.ys.length - 1;
  return grid.cells.findIndex((c) => c.row + c.rowSpan === rows && it.x >= c.x1 - SIDE_SLACK && it.x + it.width <= c.x2 + SIDE_SLACK);
}

/** Share of a piece's own height the next wrapped line of the same cell may start below it (leading up to 1.8). */
const MAX_STACK_GAP_SHARE = 0.8;

/** `it` starts just below `above` (the next wrapped line of a cell) and within the same cell. */
const stacksUnder = (it: PdfItem, above: PdfItem): boolean =>
  it.top >= above.top + above.height / 2 && it.top - (above.top + above.height) <= MAX_STACK_GAP_SHARE * it.height;

/**
 * The overhanging pieces of `grid` among `others` (items outside its box), each with the index of the
 * cell it belongs to; none unless `cellTexts` (the grid's cells' texts so far) leave its bottom row digit-free.
 * A cell wrapped over several lines past the bottom ('自' in the grid, '然' / '人' below it) hangs
 * as a stack: each further piece starts within a line's leading under a piece of the same cell.
 * Nothing but a page number may follow the pieces on the page (the break follows them).
 */
export function overhangs(grid: Grid, others: readonly PdfItem[], cellTexts: readonly string[]): { item: PdfItem; cell: number }[] {
  const rows = grid.ys.length - 1;
  const bottom = grid.ys.at(-1)!;
  if (grid.cells.some((c, k) => c.row + c.rowSpan === rows && /\d/.test(cellTexts[k]!))) return [];
  const pieces = others.filter((it) => !/\d/.test(it.str) && it.str.trim() !== '');
  const out: { item: PdfItem; cell: number }[] = [];
  for (const it of pieces) {
    if (it.top < bottom - it.height / 2 || it.top - bottom > MAX_GAP_SHARE * it.height) continue;
    const cell = bottomCell(grid, it);
    if (cell >= 0) out.push({ item: it, cell });
  }
  for (let k = 0; k < out.length; k++) {
    for (const it of pieces) {
      if (out.some((h) => h.item === it) || !stacksUnder(it, out[k]!.item) || bottomCell(grid, it) !== out[k]!.cell) continue;
      out.push({ item: it, cell: out[k]!.cell });
    }
  }
  if (out.length === 0) return [];
  // Text that follows the pieces on the page (further down than their first line): no break there.
  const firstBottom = minOf(out.map((h) => h.item.top + h.item.height));
  const follows = others.some((it) => !isPageNumber(it) && !out.some((h) => h.item === it) && it.top + it.height >= firstBottom + it.height / 2);
  return follows ? [] : out;
}
