/**
 * @file Page furniture in PDFs: running headers and footers (a title, a date, a URL, '— 3 —',
 * '1/5') repeated in the top or bottom margin of the pages. Only free lines (outside ruled tables)
 * are candidates, and only in the margins, so a table row or a heading is never dropped. A running
 * header is printed in one style on every page: a line is repeated only where a line of the same
 * words and about the same height stands in another page's margin. A report's title whose first line
 * is its agency ('都匀市职业技术学校' / '2020年…年度报告', 22 pt at a LibreOffice page's top) and the
 * sign-off naming it (12 pt, at another page's top or bottom edge) are not one header: the title's
 * agency line had been dropped, the title read from its second line only, agency null.
 */
import { PAGE_FURNITURE } from '../layout/text-to-lines.js';
import type { PageLine } from './page-layout.js';

/** Share of the page height at the top and at the bottom that counts as margin. */
const MARGIN = 0.09;
/** Heights of two lines printed in one style differ by less than this ratio. */
const SAME_SIZE = 1.25;

/** A line's text with every number replaced, so '第 3 页' on page 3 and 4 compare equal. */
const shape = (l: PageLine): string => l.cells.join(' ').replace(/\d+/g, '#');

/**
 * Running headers and footers carry words (a title, a date, a URL). A line of numbers only is a
 * table row that happens to sit at the top or bottom of a page, and repeats in shape by nature.
 */
const hasWords = (l: PageLine): boolean => (l.cells.join('').match(/\p{L}/gu)?.length ?? 0) >= 2;

/** A margin line: its page and height. */
interface Seen {
  page: number;
  height: number;
}

/**
 * Whether one of the margin lines of a shape (sorted by height) on another page than `s` has about its height.
 * Walks out from `s`'s place in the sorted list until the heights differ by SAME_SIZE: linear in the pages.
 */
function repeatedAtSize(sorted: readonly Seen[], s: Seen): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.height < s.height) lo = mid + 1;
    else hi = mid;
  }
  const near = (o: Seen): boolean => maxRatio(o.height, s.height) <= SAME_SIZE;
  for (let k = lo; k < sorted.length && near(sorted[k]!); k++) if (sorted[k]!.page !== s.page) return true;
  for (let k = lo - 1; k >= 0 && near(sorted[k]!); k--) if (sorted[k]!.page !== s.page) return true;
  return false;
}

/** The larger of two heights over the smaller (1 for two zero heights). */
function maxRatio(a: number, b: number): number {
  const lo = a < b ? a : b;
  const hi = a < b ? b : a;
  return lo > 0 ? hi / lo : hi > 0 ? Infinity : 1;
}

/** Removes page furniture from the lines of all pages (`heights[i]` is page i+1's height). */
export function dropFurniture(pages: readonly PageLine[][], heights: readonly number[]): PageLine[][] {
  const inMargin = (l: PageLine, h: number): boolean => l.top < MARGIN * h || l.bottom > (1 - MARGIN) * h;
  const seen = new Map<string, Seen[]>();
  pages.forEach((lines, p) => {
    for (const l of lines) {
      if (!l.free || !inMargin(l, heights[p]!) || !hasWords(l)) continue;
      const list = seen.get(shape(l)) ?? [];
      list.push({ page: p, height: l.bottom - l.top });
      seen.set(shape(l), list);
    }
  });
  for (const list of seen.values()) list.sort((a, b) => a.height - b.height);
  return pages.map((lines, p) =>
    lines.filter((l) => {
      if (!l.free) return true;
      if (PAGE_FURNITURE.test(l.cells.join(' '))) return false;
      if (!inMargin(l, heights[p]!) || !hasWords(l)) return true;
      const list = seen.get(shape(l));
      return !(list && list.length >= 2 && repeatedAtSize(list, { page: p, height: l.bottom - l.top }));
    }),
  );
}
