/**
 * @file Page furniture in PDFs: running headers and footers (a title, a date, a URL, '— 3 —',
 * '1/5') repeated in the top or bottom margin of the pages. Only free lines (outside ruled tables)
 * are candidates, and only in the margins, so a table row or a heading is never dropped.
 */
import { PAGE_FURNITURE } from '../layout/text-to-lines.js';
import type { PageLine } from './page-layout.js';

/** Share of the page height at the top and at the bottom that counts as margin. */
const MARGIN = 0.09;

/** A line's text with every number replaced, so '第 3 页' on page 3 and 4 compare equal. */
const shape = (l: PageLine): string => l.cells.join(' ').replace(/\d+/g, '#');

/**
 * Running headers and footers carry words (a title, a date, a URL). A line of numbers only is a
 * table row that happens to sit at the top or bottom of a page, and repeats in shape by nature.
 */
const hasWords = (l: PageLine): boolean => (l.cells.join('').match(/\p{L}/gu)?.length ?? 0) >= 2;

/** Removes page furniture from the lines of all pages (`heights[i]` is page i+1's height). */
export function dropFurniture(pages: readonly PageLine[][], heights: readonly number[]): PageLine[][] {
  const inMargin = (l: PageLine, h: number): boolean => l.top < MARGIN * h || l.bottom > (1 - MARGIN) * h;
  const seen = new Map<string, Set<number>>();
  pages.forEach((lines, p) => {
    for (const l of lines) {
      if (!l.free || !inMargin(l, heights[p]!) || !hasWords(l)) continue;
      const pagesWith = seen.get(shape(l)) ?? new Set<number>();
      pagesWith.add(p);
      seen.set(shape(l), pagesWith);
    }
  });
  return pages.map((lines, p) =>
    lines.filter((l) => {
      if (!l.free) return true;
      if (PAGE_FURNITURE.test(l.cells.join(' '))) return false;
      return !(inMargin(l, heights[p]!) && hasWords(l) && (seen.get(shape(l))?.size ?? 0) >= 2);
    }),
  );
}
