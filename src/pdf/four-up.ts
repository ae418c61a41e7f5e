/**
 * @file A portrait sheet that holds up to four report pages in two rows of two (4-up printing:
 * `gs -sNupControl=2x2`, pdfjam `--nup 2x2`, a printer's "4 pages per sheet"), split into its
 * pages in the order they are imposed: top left, top right, bottom left, bottom right. Laid out as
 * one page, the lines of the pages beside each other are joined and the tables of two pages mix.
 *
 * A sheet is split when its text is set small (each page is scaled by about one half: body text
 * under MAX_NUP_SIZE pt, which no report prints as its body), a vertical gutter near the middle
 * crosses the whole sheet, and each column has a horizontal gutter near its middle (or holds text
 * in its upper half only: the last sheet of an odd count); three or more of the four places hold
 * text, and the first reads as a page (prose lines).
 */
import type { PdfItem } from './pdf-lines.js';
import type { Rulings, Segment } from './rulings.js';
import { pageLike, widestGap, type SheetHalf } from './two-up.js';
import { maxOf, median } from '../_internal/extremes.js';

/** pt. Median text size above which a sheet's text is a page's own (4-up of 10.5–12 pt text is 5–6 pt). */
const MAX_NUP_SIZE = 7;
/** × the sheet's side. The narrowest gutter between two page images. */
const MIN_GUTTER = 0.03;
/** Places of the four that must hold text (a 3-page report fills three). */
const MIN_PAGES = 3;

const midX = (s: Segment): number => (s.x1 + s.x2) / 2;
const midY = (s: Segment): number => (s.y1 + s.y2) / 2;

/** Where a column of the sheet divides into its upper and lower page (y), or null when nothing does. */
function rowCut(items: readonly PdfItem[], vertical: readonly Segment[], height: number): number | null {
  if (items.length === 0) return height / 2;
  const spans: [number, number][] = [...items.map((it) => [it.top, it.top + it.height] as [number, number]), ...vertical.map((s) => [Math.min(s.y1, s.y2), Math.max(s.y1, s.y2)] as [number, number])];
  // A column with text in its upper half only: an empty place after the last page.
  if (maxOf(spans.map((s) => s[1])) < height / 2) return height / 2;
  const gap = widestGap(spans, height);
  return gap && gap[1] - gap[0] >= MIN_GUTTER * height ? (gap[0] + gap[1]) / 2 : null;
}

/** The part of `rulings` whose segments' middles `keep` holds. */
const partOf = (rulings: Rulings | null, keep: (x: number, y: number) => boolean): Rulings | null =>
  rulings ? { horizontal: rulings.horizontal.filter((s) => keep(midX(s), midY(s))), vertical: rulings.vertical.filter((s) => keep(midX(s), midY(s))) } : null;

/** The sheet's pages (up to four, empty places left out) when it is printed 4-up, else null. `width` × `height`: the sheet as displayed. */
export function splitFourUp(items: readonly PdfItem[], rulings: Rulings | null, width: number, height: number): SheetHalf[] | null {
  const shown = items.filter((it) => it.str.trim() !== '');
  if (width >= height || shown.length === 0 || median(shown.map((it) => it.size)) > MAX_NUP_SIZE) return null;
  const xSpans: [number, number][] = [...shown.map((it) => [it.x, it.x + it.width] as [number, number]), ...(rulings ? rulings.horizontal.map((s) => [s.x1, s.x2] as [number, number]) : [])];
  const gap = widestGap(xSpans, width);
  if (!gap || gap[1] - gap[0] < MIN_GUTTER * width) return null;
  const cut = (gap[0] + gap[1]) / 2;
  const inLeft = (x: number): boolean => x < cut;
  const cuts: number[] = [];
  for (const left of [true, false]) {
    const column = shown.filter((it) => inLeft(it.x + it.width / 2) === left);
    const y = rowCut(column, rulings ? rulings.vertical.filter((s) => inLeft(midX(s)) === left) : [], height);
    if (y === null) return null;
    cuts.push(y);
  }
  const places = [0, 1, 2, 3].map((k) => {
    const left = k % 2 === 0;
    const upper = k < 2;
    const y = cuts[left ? 0 : 1]!;
    const keep = (x: number, yy: number): boolean => inLeft(x) === left && yy < y === upper;
    return { items: items.filter((it) => keep(it.x + it.width / 2, it.top + it.height / 2)), rulings: partOf(rulings, keep) };
  });
  const filled = places.filter((p) => p.items.some((it) => it.str.trim() !== ''));
  if (filled.length < MIN_PAGES || !pageLike(places[0]!.items, height / 2)) return null;
  return filled;
}
