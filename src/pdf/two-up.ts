/**
 * @file A landscape sheet that holds two report pages side by side (2-up printing, a booklet
 * spread, two scanned pages on one A3) split into its two halves, left then right. Laid out as
 * one page, each line of the left page is joined to the line of the right page at the same height
 * and the lines of both are read top to bottom interleaved: the tables' rows and the sections of
 * two pages mix (a statistics table read in pieces, `fields_mostly_missing`).
 *
 * A sheet is split at a gutter: a vertical band near the middle of the sheet that no text item and
 * no ruling crosses, with page-like content on each side — text spread over a good part of the
 * sheet's height, and lines of prose (a table's number columns beside its labels are not a page).
 * A report's last page may end high on its half (two short sections and the signature): a half
 * with lines of prose whose text starts at the top of the sheet with the other half's, the other
 * half a page, is a page too. Two columns of prose are read column by column as well, which is
 * their reading order too.
 *
 * The right half's items and rulings are moved left by half the sheet's width, onto its page's own
 * x: a table that goes on from the right page of one sheet to the left page of the next keeps its
 * columns at the same x (`free-columns.ts` places a continued table's rows by its header page's
 * number columns).
 *
 * A portrait page laid out in two text columns (CSS `column-count: 2`: breakit57 cr-legal/r09, the
 * lines of both columns merged and table 三 unread) is the same geometry inside one page: when it is
 * no 4-up sheet, it is split at a narrower gutter when the two sides read as two columns of one
 * page: two pages (as above), of the same width (a column box's text fills it), and neither side a
 * column of numbers. A borderless table on a page of its own has a gutter too, between its label
 * column and its number columns (a Chromium B5 print: breaker37 cases/apb/apb1-crbl.pdf), and its
 * header cells read as prose; but its numbers' side is mostly lines of numbers only and narrower
 * than its labels' side.
 */
import { groupLines, type PdfItem } from './pdf-lines.js';
import { countNumberCells } from './table-page.js';
import type { Rulings, Segment } from './rulings.js';
import { splitFourUp } from './four-up.js';
import { maxOf, minOf } from '../_internal/extremes.js';
import { gapsBetween, type Gap } from '../layout/gutter.js';

/** × sheet width. The gutter's centre lies this close to the middle. */
const GUTTER_CENTRE = 0.15;
/** × sheet width. The narrowest gutter between two page images (2-up margins are 30–80 pt on ~840). */
const MIN_GUTTER = 0.03;
/**
 * × page width. The narrowest gutter between a portrait page's two text columns: a CSS column gap of
 * 3 mm leaves 13 pt between the columns' text on a 612 pt page, Chromium's default 1em 12–22 pt
 * (scripts/twoup-variants --kind columns).
 */
const MIN_COLUMN_GUTTER = 0.015;
/**
 * × the wider side's text width. Two text columns are equally wide boxes and a column's text fills
 * its box (a wrapped line, a table at 100 %): their text widths differ by less than this (breakit57
 * cr-legal/r09: 254 and 256–261 pt). A table's labels beside its numbers differ more (apb1-crbl: 224 and 182).
 */
const SAME_COLUMN_WIDTH = 0.1;
/**
 * Share of a side's lines that may hold numbers only (a table row's values beside its label on the
 * other side): a column of text holds a table's rows with their labels (r09: ≤ 3 of 25–35 lines);
 * a borderless table's number columns are mostly such lines (apb1-crbl: 6 of 9, 19 of 22).
 */
const MAX_NUMBER_LINES = 0.25;
/** × sheet height. Each half's text spans at least this much of the sheet's height. */
const MIN_SPAN = 0.4;
/** Each half holds at least this many lines of prose. */
const MIN_PROSE_LINES = 2;
/** Han characters a line needs to be prose. */
const PROSE_CHARS = 10;
/** × sheet height. A short half's text starts this close to the other half's top (both pages start at the top margin). */
const SAME_TOP = 0.05;

export interface SheetHalf {
  items: PdfItem[];
  rulings: Rulings | null;
}

/** The widest band of x no interval covers, its centre within GUTTER_CENTRE of the middle; [from, to] or null (layout/gutter.ts gapsBetween). */
export function widestGap(spans: readonly [number, number][], width: number): [number, number] | null {
  let best: Gap | null = null;
  for (const g of gapsBetween(spans)) {
    if (Math.abs((g.from + g.to) / 2 - width / 2) <= GUTTER_CENTRE * width && (!best || g.to - g.from > best.to - best.from)) best = g;
  }
  return best ? [best.from, best.to] : null;
}

const proseLines = (items: readonly PdfItem[]): number => groupLines(items).filter((line) => (line.map((it) => it.str).join('').match(/\p{Script=Han}/gu) ?? []).length >= PROSE_CHARS).length;
const topOf = (items: readonly PdfItem[]): number => minOf(items.map((it) => it.top));

/** A half that reads as a page: text over MIN_SPAN of the height and lines of prose. */
export function pageLike(items: readonly PdfItem[], height: number): boolean {
  if (items.length === 0) return false;
  const bottom = maxOf(items.map((it) => it.top + it.height));
  if (bottom - topOf(items) < MIN_SPAN * height) return false;
  return proseLines(items) >= MIN_PROSE_LINES;
}

/** Two halves that read as two pages: both page-like, or one page-like and the other a short page (lines of prose) starting at the same top. */
function twoPages(left: readonly PdfItem[], right: readonly PdfItem[], height: number): boolean {
  const [l, r] = [pageLike(left, height), pageLike(right, height)];
  if (l && r) return true;
  if (!l && !r) return false;
  const short = l ? right : left;
  return short.length > 0 && proseLines(short) >= MIN_PROSE_LINES && Math.abs(topOf(short) - topOf(l ? left : right)) <= SAME_TOP * height;
}

const side = (s: Segment, cut: number): boolean => (s.x1 + s.x2) / 2 < cut;
const movedSegment = (s: Segment, dx: number): Segment => ({ ...s, x1: s.x1 - dx, x2: s.x2 - dx });

/**
 * The sheet's two halves (left, right) when it holds two pages side by side, else null; a portrait
 * sheet holding four pages in two rows (`four-up.ts`): its pages. `width`,
 * `height`: the sheet as displayed (pt). Items and rulings keep their sheet coordinates.
 */
export function splitTwoUp(items: readonly PdfItem[], rulings: Rulings | null, width: number, height: number): SheetHalf[] | null {
  if (width <= height) return splitFourUp(items, rulings, width, height) ?? splitColumns(items, rulings, width, height, true);
  return splitColumns(items, rulings, width, height, false);
}

/** Width of the text of `items` (blank items left out). */
function extent(items: readonly PdfItem[]): number {
  const shown = items.filter((it) => it.str.trim() !== '');
  return maxOf(shown.map((it) => it.x + it.width)) - minOf(shown.map((it) => it.x));
}
/** Share of the lines of `items` that print numbers only (a table's values beside labels on the other side). */
function numberLines(items: readonly PdfItem[]): number {
  const lines = groupLines(items.filter((it) => it.str.trim() !== ''));
  return lines.length === 0 ? 0 : lines.filter((line) => countNumberCells(line.map((it) => it.str)) === line.length).length / lines.length;
}

/** The two sides of a portrait page read as its two text columns: as wide as each other (within `sameWidth`), neither a column of numbers. */
function textColumns(left: readonly PdfItem[], right: readonly PdfItem[], sameWidth: number): boolean {
  const [l, r] = [extent(left), extent(right)];
  if (Math.abs(l - r) > sameWidth * Math.max(l, r)) return false;
  return numberLines(left) <= MAX_NUMBER_LINES && numberLines(right) <= MAX_NUMBER_LINES;
}

/**
 * x of the cut between a page's two sides (the middle of its gutter) when they read as two pages
 * (`columns`: as a portrait page's two text columns, as wide as each other within `sameWidth`), else null.
 */
export function columnCut(items: readonly PdfItem[], rulings: Rulings | null, width: number, height: number, columns: boolean, sameWidth = SAME_COLUMN_WIDTH): number | null {
  if (items.length === 0) return null;
  const spans: [number, number][] = [
    ...items.filter((it) => it.str.trim() !== '').map((it) => [it.x, it.x + it.width] as [number, number]),
    ...(rulings ? rulings.horizontal.map((s) => [s.x1, s.x2] as [number, number]) : []),
  ];
  const gap = widestGap(spans, width);
  if (!gap || gap[1] - gap[0] < (columns ? MIN_COLUMN_GUTTER : MIN_GUTTER) * width) return null;
  const cut = (gap[0] + gap[1]) / 2;
  const left = items.filter((it) => it.x + it.width / 2 < cut);
  const right = items.filter((it) => it.x + it.width / 2 >= cut);
  return twoPages(left, right, height) && (!columns || textColumns(left, right, sameWidth)) ? cut : null;
}

/** The sheet's two halves split at its gutter, or null; `columns`: a portrait page's two text columns. */
function splitColumns(items: readonly PdfItem[], rulings: Rulings | null, width: number, height: number, columns: boolean): SheetHalf[] | null {
  const cut = columnCut(items, rulings, width, height, columns);
  if (cut === null) return null;
  const left = items.filter((it) => it.x + it.width / 2 < cut);
  const right = items.filter((it) => it.x + it.width / 2 >= cut);
  const shift = width / 2;
  const part = (l: boolean): Rulings | null => {
    if (!rulings) return null;
    const dx = l ? 0 : shift;
    return { horizontal: rulings.horizontal.filter((s) => side(s, cut) === l).map((s) => movedSegment(s, dx)), vertical: rulings.vertical.filter((s) => side(s, cut) === l).map((s) => movedSegment(s, dx)) };
  };
  return [
    { items: left, rulings: part(true) },
    { items: right.map((it) => ({ ...it, x: it.x - shift })), rulings: part(false) },
  ];
}
