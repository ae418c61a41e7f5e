/**
 * @file Struck-out numbers: a corrected old value left on the page with a line drawn through it
 * ('2200' struck, then '2214'). Read with its neighbour the cell says 22002214 — a confident wrong
 * value where no sum checks it (table 二). A number run crossed through its middle by a horizontal
 * stroke about as long as the run is not text of the page, and is dropped.
 */
import type { PdfItem } from './pdf-lines.js';
import type { Rulings } from './rulings.js';

/** Share of the run's height (from its top) between which a strike passes: strikes sit at the x-height middle; underlines and borders lie outside. */
const STRIKE_BAND: readonly [number, number] = [0.3, 0.85];
/** Share of the run's width the stroke must cover. */
const STRIKE_COVER = 0.8;
/** × font size. The stroke may overhang the run by at most this much on each side: a table border is much longer. */
const STRIKE_OVERHANG = 0.5;

/** Is the number run `it` struck through by one of the horizontal strokes? */
function struck(it: PdfItem, horizontal: Rulings['horizontal']): boolean {
  const [lo, hi] = [it.top + STRIKE_BAND[0] * it.height, it.top + STRIKE_BAND[1] * it.height];
  return horizontal.some((s) => {
    if (s.y1 < lo || s.y1 > hi) return false;
    if (s.x1 < it.x - STRIKE_OVERHANG * it.size || s.x2 > it.x + it.width + STRIKE_OVERHANG * it.size) return false;
    const cover = Math.min(s.x2, it.x + it.width) - Math.max(s.x1, it.x);
    return cover >= STRIKE_COVER * it.width;
  });
}

/** The items without the number runs struck through. */
export function dropStruckNumbers(items: readonly PdfItem[], rulings: Rulings | null): PdfItem[] {
  if (!rulings || rulings.horizontal.length === 0) return [...items];
  return items.filter((it) => !/^[\d,.]+$/.test(it.str.trim()) || !struck(it, rulings.horizontal));
}
