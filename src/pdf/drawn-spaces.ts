/**
 * @file Space glyphs the producer drew between numbers. pdf.js drops a drawn space and keeps only
 * the gap it leaves, which it cannot tell from a gap of its own making; in a font with a narrow
 * space (Noto Sans CJK 0.22 em, Times 0.25 em) one space between two cells' numbers ('10 5 16',
 * a row set as one line of text) is narrower than the gap that separates number cells
 * (`pdf-lines.ts`), and the row read as '10516'. A number item that a drawn space ends right
 * before starts a cell of its own (`PdfItem.spaceBefore`): nothing in a statistics table writes a
 * space inside a number.
 */
import type { PdfItem } from './pdf-lines.js';
import type { DrawnSpace } from './text-walk.js';

/** × font size. A space must end this close to an item's left edge to be the gap before it. */
const EDGE_TOLERANCE = 0.15;
/** × item height. The space's baseline lies within the item's box, down to this far below its top. */
const BASELINE_BELOW = 1.2;

/** Marks number items (starting with a digit) that a drawn space on their baseline ends right before. */
export function markDrawnSpaces(items: readonly PdfItem[], spaces: readonly DrawnSpace[]): PdfItem[] {
  if (spaces.length === 0) return [...items];
  return items.map((it) => {
    if (!/^\d/.test(it.str)) return it;
    const before = spaces.some((s) => s.y >= it.top && s.y <= it.top + it.height * BASELINE_BELOW && s.x < it.x && Math.abs(s.x + s.advance - it.x) <= EDGE_TOLERANCE * it.size);
    return before ? { ...it, spaceBefore: true } : it;
  });
}
