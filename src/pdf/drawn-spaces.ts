/**
 * @file Space glyphs the producer drew between numbers. pdf.js drops a drawn space and keeps only
 * the gap it leaves, which it cannot tell from a gap of its own making; in a font with a narrow
 * space (Noto Sans CJK 0.22 em, Times 0.25 em) one space between two cells' numbers ('10 5 16', a
 * row set as one line of text) is narrower than the gap that separates number cells
 * (`pdf-lines.ts`), and the row read as '10516'; a space narrower than pdf.js's own space
 * threshold (0.1 em) even fuses the numbers into one item. A number item that a drawn space ends
 * right before starts a cell of its own (`PdfItem.spaceBefore`), and a digit run is cut where a
 * drawn space ends inside it: nothing in a statistics table writes a space inside a number.
 */
import type { PdfItem } from './pdf-lines.js';
import type { DrawnSpace } from './text-walk.js';

/** × font size. A space must end this close to an item's left edge to be the gap before it. */
const EDGE_TOLERANCE = 0.15;
/**
 * × font size. For a number pdf.js gave in one run with text or numbers before it, cut at the space
 * it put there (`splitNumberRuns`, `spacedGap`), the space may end this far from the part: its place
 * is estimated from the run's width ('行政规范性文件 14 12 3': '12' placed 1.7 pt right of the space
 * drawn before it, which then went unseen — the narrow space (0.22 em) passed for letter spacing and
 * the row read 1412 at 0.95). A space drawn there is the space pdf.js cut at.
 */
const SPLIT_TOLERANCE = 0.5;
/** × character width. A space must end this close to a character boundary of a digit run to cut it there. */
const BOUNDARY_TOLERANCE = 0.3;
/** × item height. The space's baseline lies within the item's box, down to this far below its top. */
const BASELINE_BELOW = 1.2;

const onBaseline = (s: DrawnSpace, it: PdfItem): boolean => s.y >= it.top && s.y <= it.top + it.height * BASELINE_BELOW;

/** Cuts digit runs where a drawn space ends inside them, and marks number items that a drawn space ends right before. */
export function markDrawnSpaces(items: readonly PdfItem[], spaces: readonly DrawnSpace[]): PdfItem[] {
  if (spaces.length === 0) return [...items];
  return items.flatMap((it) => {
    if (!/^\d/.test(it.str)) return [it];
    const tolerance = (it.spacedGap !== undefined ? SPLIT_TOLERANCE : EDGE_TOLERANCE) * it.size;
    const near = spaces.filter((s) => onBaseline(s, it) && s.x < it.x + it.width && s.x + s.advance > it.x - tolerance);
    if (near.length === 0) return [it];
    const before = near.some((s) => s.x < it.x && Math.abs(s.x + s.advance - it.x) <= tolerance);
    const cuts = new Set<number>();
    if (/^\d{2,}$/.test(it.str)) {
      const perChar = it.width / it.str.length;
      for (const s of near) {
        const k = (s.x + s.advance - it.x) / perChar;
        const at = Math.round(k);
        if (at > 0 && at < it.str.length && Math.abs(k - at) <= BOUNDARY_TOLERANCE) cuts.add(at);
      }
    }
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), it.str.length];
    const perChar = it.width / it.str.length;
    return bounds.slice(1).map((end, i): PdfItem => {
      const part = cuts.size === 0 ? { ...it } : { ...it, str: it.str.slice(bounds[i], end), x: it.x + bounds[i]! * perChar, width: (end - bounds[i]!) * perChar };
      return i > 0 || before ? { ...part, spaceBefore: true } : part;
    });
  });
}
