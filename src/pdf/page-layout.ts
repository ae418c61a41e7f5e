/**
 * @file One PDF page → positioned lines, by one of two table strategies:
 * - `ruled`: a grid drawn by rulings (`grid.ts`); every item goes to the cell that holds its
 *   centre, a cell's text is its items in reading order (a label wrapped over several lines, or
 *   stacked one character per line, is one cell), and each grid row becomes one line whose cells
 *   are the cells starting in that row — the same shape as an HTML `<tr>`.
 * - `whitespace`: items outside any grid are grouped by position (`pdf-lines.ts`).
 * Lines from both are merged top to bottom. Page furniture is removed afterwards across pages.
 */
import type { OcrCellInfo, SourceRef } from '../model/document.js';
import type { Grid, GridCell } from './grid.js';
import { cellText, groupLines, itemsToLines, mergeWrappedLabels, type PdfItem } from './pdf-lines.js';

/** How a table's cells were found. */
export type TableStrategy = 'ruled' | 'whitespace';

/** A line on a page with its vertical extent; `free` lines are outside ruled tables. */
export interface PageLine {
  cells: string[];
  /** Grid column of each cell (ruled tables). */
  cols?: number[];
  /** Left and right edge of each cell (free lines; see free-columns.ts). */
  xs?: number[];
  ends?: number[];
  top: number;
  bottom: number;
  free: boolean;
  source: SourceRef;
  /** Read by OCR: one entry per cell (see `ocr/`). */
  ocr?: OcrCellInfo[];
}

/** A ruled grid with the text found in each cell (for the trace). */
export interface GridTrace {
  table: number;
  strategy: TableStrategy;
  ys: number[];
  xs: number[];
  cells: (GridCell & { text: string })[];
}

const inside = (it: PdfItem, c: { x1: number; y1: number; x2: number; y2: number }): boolean => {
  const cx = it.x + it.width / 2;
  const cy = it.top + it.height / 2;
  return cx >= c.x1 && cx <= c.x2 && cy >= c.y1 && cy <= c.y2;
};

/** A cell's items in reading order: visual lines top to bottom, joined without separators. */
function textOf(items: readonly PdfItem[]): string {
  return cellText(groupLines(items).map((row) => row.map((it) => it.str).join('')).join(''));
}

/**
 * Lays out one page. `firstTable` numbers this page's grids after those of earlier pages, so
 * `source.table` is unique in the document.
 */
export function layoutPage(items: readonly PdfItem[], grids: readonly Grid[], page: number, firstTable: number): { lines: PageLine[]; grids: GridTrace[] } {
  const lines: PageLine[] = [];
  const traces: GridTrace[] = [];
  let rest = [...items];
  grids.forEach((grid, g) => {
    const table = firstTable + g;
    const box = { x1: grid.xs[0]!, y1: grid.ys[0]!, x2: grid.xs.at(-1)!, y2: grid.ys.at(-1)! };
    const mine = rest.filter((it) => inside(it, box));
    if (mine.length === 0) return; // a frame or a decoration, not a table
    rest = rest.filter((it) => !inside(it, box));
    const cells = grid.cells.map((c) => ({ ...c, text: textOf(mine.filter((it) => inside(it, c))) }));
    traces.push({ table, strategy: 'ruled', ys: grid.ys, xs: grid.xs, cells });
    for (let row = 0; row < grid.ys.length - 1; row++) {
      const starting = cells.filter((c) => c.row === row);
      if (!starting.some((c) => c.text !== '')) continue;
      lines.push({
        cells: starting.map((c) => c.text),
        cols: starting.map((c) => c.col),
        top: grid.ys[row]!,
        bottom: grid.ys[row + 1]!,
        free: false,
        source: { page, table, row, strategy: 'ruled' },
      });
    }
  });
  for (const l of mergeWrappedLabels(itemsToLines(rest))) {
    lines.push({ cells: l.cells, xs: l.xs, ...(l.ends ? { ends: l.ends } : {}), top: l.top, bottom: l.bottom, free: true, source: l.cells.length > 1 ? { page, strategy: 'whitespace' } : { page } });
  }
  lines.sort((a, b) => a.top - b.top);
  return { lines, grids: traces };
}
