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

/** Cuts number items of `grid`'s rows where one of its column boundaries runs through them. */
export function cutAtColumns(items: readonly PdfItem[], grid: Grid): PdfItem[] {
  const inner = grid.xs.slice(1, -1);
  const [top, bottom] = [grid.ys[0]!, grid.ys.at(-1)!];
  return items.flatMap((it) => {
    const cy = it.top + it.height / 2;
    if (!NUMBER.test(it.str) || it.str.length < 2 || cy < top || cy > bottom) return [it];
    const perChar = it.width / it.str.length;
    const cuts = new Set<number>();
    for (const x of inner) {
      const k = (x - it.x) / perChar;
      if (k >= MIN_INSIDE && k <= it.str.length - MIN_INSIDE) cuts.add(Math.min(it.str.length - 1, Math.max(1, Math.round(k))));
    }
    if (cuts.size === 0) return [it];
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), it.str.length];
    return bounds.slice(1).map((end, i) => ({ ...it, str: it.str.slice(bounds[i], end), x: it.x + bounds[i]! * perChar, width: (end - bounds[i]!) * perChar }));
  });
}
