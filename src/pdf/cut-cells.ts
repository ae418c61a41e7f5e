/**
 * @file Header cells a page break cut in two. Chromium breaks a table inside a header row whose
 * cells wrap: '自然' ends the page in its cell, '人' starts the next page in the same column, and
 * neither side of the break is ruled (the cell is open below on the first page, open above on the
 * next). Read page by page the header names no '自然人' and the columns' order stays unread. The
 * piece on the next page is put back at the end of its cell: when the first page ends with the
 * table (nothing below its last ruled row but a page number), the next page starts with it, both
 * cells are digit-free header text, open at the break, and span the same columns (same left and
 * right edges).
 */
import type { PageLine } from './page-layout.js';

/** pt. The two pieces' cells have these same edges across (rulings snapped, anti-aliasing). */
const EDGE_SLACK = 2;

/**
 * A digit, ASCII or full-width: a cell holding one is no header text ('０', '１４４７' of a table printing
 * full-width digits are values; `\d` alone took them for header words and moved a row's values across the
 * page break into the row above: fb36 narrow n7-cr, 1447 read as 0 at 0.9).
 */
const DIGIT = /[0-9０-９]/;

/** A short text with a digit ('- 3 -', '第3页'): page furniture in the margin. */
const isPageNumber = (l: PageLine): boolean => l.free && DIGIT.test(l.cells.join('')) && l.cells.join('').trim().length <= 8;

/** The page's lines without page numbers, or null when it has none. */
const content = (lines: readonly PageLine[]): PageLine[] => lines.filter((l) => !isPageNumber(l) && l.cells.some((c) => c.trim() !== ''));

/**
 * The last line of page `p` and the first of the next page (page numbers and empty lines left out),
 * when both are rows of ruled tables and the next page's is its table's first row; null otherwise.
 * `before`: page `p`'s lines so kept.
 */
export function acrossBreak(pages: readonly PageLine[][], p: number): { before: PageLine[]; last: PageLine; first: PageLine } | null {
  const before = content(pages[p]!);
  const after = content(pages[p + 1]!);
  if (!before.length || !after.length) return null;
  // (reduce, not a search for the extreme value: a damaged file may give NaN positions)
  const last = before.reduce((a, b) => (b.bottom > a.bottom ? b : a));
  const first = after.reduce((a, b) => (b.top < a.top ? b : a));
  if (last.free || first.free || first.source.row !== 0 || !last.boxes || !first.boxes) return null;
  return { before, last, first };
}

/** Joins the cut header cells across each page break (see the file comment); the pages' lines are changed in place. */
export function joinCutCells(pages: PageLine[][]): PageLine[][] {
  for (let p = 0; p + 1 < pages.length; p++) {
    const pair = acrossBreak(pages, p);
    if (!pair) continue;
    const { before, last, first } = pair;
    const table = before.filter((l) => !l.free && l.source.table === last.source.table && l.boxes);
    first.cells.forEach((text, j) => {
      const box = first.boxes![j]!;
      if (text.trim() === '' || DIGIT.test(text) || !box.openAbove) return;
      for (const l of table) {
        const k = l.boxes!.findIndex((b) => b.openBelow && Math.abs(b.x1 - box.x1) <= EDGE_SLACK && Math.abs(b.x2 - box.x2) <= EDGE_SLACK);
        if (k < 0 || l.cells[k]!.trim() === '' || DIGIT.test(l.cells[k]!)) continue;
        l.cells[k] = l.cells[k]! + text;
        first.cells[j] = '';
        return;
      }
    });
    if (first.cells.every((c) => c.trim() === '')) pages[p + 1] = pages[p + 1]!.filter((l) => l !== first);
  }
  return pages;
}
