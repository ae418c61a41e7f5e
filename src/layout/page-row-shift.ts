/**
 * @file A short row of one page of a space-aligned table placed on the anchors of the page's one
 * full row. `pdftotext -layout` lays out each page on its own: a table split over pages has its
 * columns at other character positions on each page, and a page may hold a single row printing every
 * column (一、本年新收 on the first, （七）总计 on the last). Its places are the page's column anchors
 * when another page of the table prints as many numbers on a full row of its own (the column count is
 * confirmed; layout/aligned-columns). pdftotext then rounds each line's x coordinates on its own and
 * pushes a line's text right or left by a cell or two where its label holds characters it counts
 * narrower or wider than they print ('“三安全一稳定”': quotes one column in the dump, an em on the
 * page): every number of such a line is off its anchor by the same amount. A row is placed when
 * exactly one left-to-right assignment of its numbers to columns puts every number within
 * ALIGN_TOLERANCE of its anchor moved by one shift of at most MAX_ROW_SHIFT cells, the same for all of
 * them; a row of one number is not shifted (nothing pins the shift: a row's 总计 does, as every row
 * printing a value prints its total too). The identities then check the columns so read.
 */

import { tick } from '../_internal/work-budget.js';

/** A column's anchor: the span of its numbers' places in the rows that give it. */
export interface ShiftAnchor {
  lo: number;
  hi: number;
}

/**
 * character cells. How far one line's numbers may sit, all alike, from their page's anchors: the
 * dumps measured (Chromium A4/Letter/custom prints, -layout, GBK or UTF-8) push a line by up to two
 * cells (two curly quotes in its label; a numbers-only line of a wrapped label starts at the margin's
 * rounding). Less than half the narrowest gap between two columns the anchors allow (2·TOLERANCE + 2).
 */
export const MAX_ROW_SHIFT = 2;

/**
 * The columns of a row's numbers (`places`: each number's place under the anchors' measure and
 * edge) on `anchors` moved by one common shift of at most `shift` (a row of one number: none), each
 * within `tolerance` of its anchor so moved, or null when no assignment or more than one fits. Depth-first
 * over columns left to right; each number has at most two fitting columns (anchors apart), so this stays small.
 */
export function shiftedPlaces(places: readonly number[], anchors: readonly ShiftAnchor[], tolerance: number, shift: number): number[] | null {
  const reach = places.length >= 2 ? shift + tolerance : tolerance;
  // Offset of place p from anchor a (0 inside its span).
  const off = (p: number, a: ShiftAnchor): number => (p < a.lo ? p - a.lo : p > a.hi ? p - a.hi : 0);
  let found: number[] | null = null;
  let count = 0;
  const at: number[] = [];
  const offs: number[] = [];
  const walk = (i: number, from: number): void => {
    tick();
    if (count > 1) return;
    if (i === places.length) {
      count++;
      found = [...at];
      return;
    }
    for (let j = from; j <= anchors.length - (places.length - i); j++) {
      const d = off(places[i]!, anchors[j]!);
      if (Math.abs(d) > reach) continue;
      // One shift for the whole line: every offset within 2·tolerance of every other.
      if (offs.some((o) => Math.abs(o - d) > 2 * tolerance)) continue;
      at.push(j);
      offs.push(d);
      walk(i + 1, j + 1);
      at.pop();
      offs.pop();
    }
  };
  walk(0, 0);
  return count === 1 ? found : null;
}
