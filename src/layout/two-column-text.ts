/**
 * @file A `pdftotext -layout` dump of a page printed in two text columns (CSS `column-count: 2`)
 * read column by column. The dump joins each line of the left column to the line of the right
 * column at the same height, a gutter of spaces between them at the same character column on
 * every line: read line by line, the sections and the tables' rows of both columns mix (breakit58
 * ptt-fixed3-letter: tables unread). Each page (between page feeds) is laid out as text items —
 * a run of words parted by single spaces is an item, x its first character column — and split
 * where a PDF page in two text columns is split (`pdf/two-up.ts` columnCut: a gutter near the
 * middle, both sides pages, as wide as each other, neither a column of numbers); the left
 * column's lines are written first, a page feed, then the right column's, cut at the same
 * character column so each column keeps its own alignment. A plain -layout dump's two columns are
 * split before this, by `two-up-pages.ts` (same gutter finder, `gutter.ts`; widths not compared).
 */
import { columnCut } from '../pdf/two-up.js';
import type { PdfItem } from '../pdf/pdf-lines.js';
import { countNumberCells } from '../pdf/table-page.js';
import { maxOf, minOf } from '../_internal/extremes.js';

/**
 * × the wider side's text width. A dump gives a CJK character one character column whatever its
 * printed width (`-fixed 3`: about 4), so a column's text width in characters is only roughly its
 * box's: two columns of one page differ by up to 0.15 (breakit58 ptt-fixed3-letter: 82/71, 88/104
 * counted wide), where the PDF rule allows 0.1. A borderless table's number columns are still
 * turned down as mostly lines of numbers only.
 */
const TEXT_SAME_WIDTH = 0.2;
/** A run of text on a dumped line: words parted by single spaces. */
const RUN = /\S+(?: \S+)*/g;
/** Counted two character columns in a width (East Asian wide). */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

const wideLength = (s: string): number => [...s].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);

/** A page's runs as text items on a grid of character columns (x) and lines (top). */
function pageItems(lines: readonly string[]): PdfItem[] {
  const items: PdfItem[] = [];
  lines.forEach((line, top) => {
    for (const m of line.matchAll(RUN)) items.push({ str: m[0], x: m.index!, top, width: wideLength(m[0]), height: 1, size: 1 });
  });
  return items;
}

/**
 * A line whose runs next to the cut, one on each side, are both numbers: a table row goes on across
 * the gutter (table 四's fifteen values on a wide page: breakit56 ptt-fixed2-tabloid, a gap between
 * its 行政复议 and 行政诉讼 columns). Two text columns put such numbers side by side only by chance.
 */
function rowAcross(items: readonly PdfItem[], cut: number): boolean {
  const byLine = new Map<number, PdfItem[]>();
  for (const it of items) byLine.set(it.top, [...(byLine.get(it.top) ?? []), it]);
  return [...byLine.values()].some((line) => {
    const before = line.filter((it) => it.x < cut).at(-1);
    const after = line.find((it) => it.x >= cut);
    return before !== undefined && after !== undefined && countNumberCells([before.str, after.str]) === 2;
  });
}

/** Lines each side of a continued page's cut holds text on, at least. */
const MIN_SIDE_LINES = 5;
/**
 * Share of a side's lines that may hold numbers only on a continued page (as `pdf/two-up.ts`'s
 * MAX_NUMBER_LINES): a column of table rows prints each row's label with its numbers.
 */
const MAX_NUMBER_LINES = 0.25;

/** Cut at a gutter's character column: no run crosses it (columnCut's gutter). */
function splitAt(lines: readonly string[], at: number): string {
  const left = lines.map((l) => l.slice(0, at).trimEnd());
  const right = lines.map((l) => l.slice(at).trimEnd());
  return `${left.join('\n')}\n\f${right.join('\n')}`;
}

/** Character column of the cut between a page's two text columns, or null. */
function pageCut(lines: readonly string[], items: readonly PdfItem[]): number | null {
  if (items.length === 0) return null;
  // The page's width in character columns: its text's right edge plus a right margin as wide as the left one.
  const width = maxOf(items.map((it) => it.x + it.width)) + minOf(items.map((it) => it.x));
  const cut = columnCut(items, null, width, lines.length, true, TEXT_SAME_WIDTH);
  return cut === null || rowAcross(items, cut) ? null : Math.ceil(cut);
}

/**
 * A page of the same dump with no prose (table 三's rows going on in both columns: no page-like
 * side for columnCut) is cut at a column another page was cut at when no run crosses it, each side
 * holds text on MIN_SIDE_LINES lines and neither is mostly lines of numbers only (a table's number
 * columns beside its labels). Numbers next to the cut on both sides are no sign of a row going on
 * across here: two tables' rows side by side print them (breakit58 ptt-fixed3-letter/r18: 6 lines).
 */
function continuedCut(items: readonly PdfItem[], at: number): boolean {
  if (items.some((it) => it.x < at && it.x + it.str.length > at)) return false;
  const sideOk = (left: boolean): boolean => {
    const lines = new Map<number, string[]>();
    for (const it of items) if (it.x < at === left) lines.set(it.top, [...(lines.get(it.top) ?? []), it.str]);
    const numbers = [...lines.values()].filter((cells) => countNumberCells(cells) === cells.length).length;
    return lines.size >= MIN_SIDE_LINES && numbers <= MAX_NUMBER_LINES * lines.size;
  };
  return sideOk(true) && sideOk(false);
}

const layoutPage = (page: string): boolean => !page.includes('\t') && / {3,}\S/.test(page);

/** A page-fed layout dump with each page in two text columns written column by column; other text as it is. */
export function readTextColumns(text: string): string {
  if (!text.includes('\f')) return text;
  const pages = text.split('\f').map((page) => {
    const lines = page.split('\n');
    const items = layoutPage(page) ? pageItems(lines) : [];
    return { page, lines, items, at: pageCut(lines, items) };
  });
  const cuts = pages.flatMap((p) => (p.at === null ? [] : [p.at]));
  if (cuts.length === 0) return text;
  return pages
    .map((p) => {
      const at = p.at ?? cuts.find((c) => p.items.length > 0 && continuedCut(p.items, c));
      return at === null || at === undefined ? p.page : splitAt(p.lines, at);
    })
    .join('\f');
}
