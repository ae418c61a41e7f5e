/**
 * @file Numbers that run across a ruling. Cells without padding, a right-aligned column next to a
 * left-aligned one, put two cells' numbers edge to edge on either side of the ruling between them;
 * a re-print (Ghostscript, pdftocairo) writes the line as one text run and pdf.js gives one item
 * ('10' | '5' → '105'), which went whole to the cell holding its centre: 105 read in one cell, the
 * other empty. A number item that a column boundary of its grid crosses is cut at the character
 * boundary nearest to it (digits have equal advances; a ruling's width and the re-printer's widths
 * put the boundary up to half a character off: 05 | ∅ read as 5 at 0.98 where 0 | 5 was printed).
 * A boundary within half a character of the item's ends cuts nothing.
 */
import type { Grid } from './grid.js';
import type { PdfItem } from './pdf-lines.js';

/** Characters. A boundary must lie at least this far inside the item to cut it. */
const MIN_INSIDE = 0.5;

/** A number item: digits, with a decimal point or separators. */
const NUMBER = /^\d[\d.,]*$/;

/**
 * Cuts number items of `grid`'s rows where one of its column boundaries runs through them: a
 * boundary a cell of the item's row ends or starts at. A boundary some other row draws runs through
 * a cell spanning it undrawn — rows printed as boxes of their own, each as wide as its text
 * (LibreOffice's print of a page setting each row as a bordered paragraph: the box of '规章 16 3 7'
 * ended inside the next row's '14', cut '1' | '4', and the row read 1, 4 and 12 for 14, 12 and 3).
 */
export function cutAtColumns(items: readonly PdfItem[], grid: Grid): PdfItem[] {
  const edges = rowEdges(grid);
  const [top, bottom] = [grid.ys[0]!, grid.ys.at(-1)!];
  return items.flatMap((it) => {
    const cy = it.top + it.height / 2;
    if (!NUMBER.test(it.str) || it.str.length < 2 || cy < top || cy > bottom) return [it];
    const perChar = it.width / it.str.length;
    const cuts = new Set<number>();
    for (const x of edges[rowAt(grid.ys, cy)] ?? []) {
      const k = (x - it.x) / perChar;
      if (k >= MIN_INSIDE && k <= it.str.length - MIN_INSIDE) cuts.add(Math.min(it.str.length - 1, Math.max(1, Math.round(k))));
    }
    if (cuts.size === 0) return [it];
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), it.str.length];
    return bounds.slice(1).map((end, i) => ({ ...it, str: it.str.slice(bounds[i], end), x: it.x + bounds[i]! * perChar, width: (end - bounds[i]!) * perChar }));
  });
}

/** Per grid row, the inner column boundaries its cells start or end at. */
function rowEdges(grid: Grid): number[][] {
  const inner = new Set(grid.xs.slice(1, -1));
  const rows: Set<number>[] = grid.ys.slice(1).map(() => new Set<number>());
  for (const c of grid.cells) {
    for (let r = c.row; r < c.row + c.rowSpan && r < rows.length; r++) {
      const at = grid.xs[c.col];
      const end = grid.xs[c.col + c.colSpan];
      if (at !== undefined && inner.has(at)) rows[r]!.add(at);
      if (end !== undefined && inner.has(end)) rows[r]!.add(end);
    }
  }
  return rows.map((xs) => [...xs]);
}

/** The grid row whose band holds `y` (the last one for its bottom edge). */
function rowAt(ys: readonly number[], y: number): number {
  let [lo, hi] = [0, ys.length - 2];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (y >= ys[mid]!) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
