/**
 * @file A header cell cut by a page break whose last wrapped line is drawn past the grid's bottom.
 * Chromium breaks a table inside its header row: the rulings of a cell that continues on the next
 * page end at the page's last ruling, but the cell's text is laid out whole, so a wrapped header
 * word's last line ('自然' / '人') hangs just below the grid with no ruling around it. Read alone it is
 * a line of its own between the header rows of two pages, and the header ('自然人') cannot be read
 * whole. Such a piece is put back in the cell above it: a digit-free text right under a grid whose
 * last row is digit-free (a header row, not a data row), within one bottom cell's width, less than
 * half its own height below the grid, and the lowest text on the page but a page number (the break
 * follows it).
 */
import type { Grid } from './grid.js';
import type { PdfItem } from './pdf-lines.js';
import { maxOf } from '../_internal/extremes.js';

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

/**
 * The overhanging pieces of `grid` among `others` (items outside its box), each with the index of the
 * cell it belongs to; none unless `cellTexts` (the grid's cells' texts so far) leave its bottom row digit-free.
 */
export function overhangs(grid: Grid, others: readonly PdfItem[], cellTexts: readonly string[]): { item: PdfItem; cell: number }[] {
  const rows = grid.ys.length - 1;
  const bottom = grid.ys.at(-1)!;
  if (grid.cells.some((c, k) => c.row + c.rowSpan === rows && /\d/.test(cellTexts[k]!))) return [];
  const lowest = maxOf(others.filter((it) => !isPageNumber(it)).map((it) => it.top + it.height));
  const out: { item: PdfItem; cell: number }[] = [];
  for (const it of others) {
    if (/\d/.test(it.str) || it.str.trim() === '') continue;
    if (it.top < bottom - it.height / 2 || it.top - bottom > MAX_GAP_SHARE * it.height) continue;
    if (it.top + it.height < lowest - it.height / 2) continue; // text follows it on the page: no break
    const cell = bottomCell(grid, it);
    if (cell >= 0) out.push({ item: it, cell });
  }
  return out;
}
