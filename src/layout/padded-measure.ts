/**
 * @file Which measure a space-aligned dump pads its lines by: characters (`pdftotext -layout`, which
 * turns each word's x coordinate into a character cell, an ideograph one cell however wide it prints)
 * or display columns (w3m, lynx, a converter padding cells to a width, an ideograph two columns).
 * The rows of a table say it when their labels hold different numbers of wide characters: under the
 * dump's measure the numbers of one column sit at one place on every row, under the other each row's
 * numbers move by its label's count of wide characters and one column's numbers scatter over several
 * places. The measure whose numbers fall in fewer places (under the edge — right, left, centre —
 * giving the fewest) is the dump's; as many places under both, the rows do not tell.
 *
 * Header placement (header-columns.ts, header-spans.ts) reads a table under each measure; a row
 * short of values (a small office printing its zeros blank: '行政规范性文件   12           28' under
 * '本年制发件数 本年废止件数 现行有效件数') fits the header's words under the measure the dump did
 * not pad by one column over (12 read as 本年废止件数 at 0.95): placement is read under the dump's
 * measure only when the rows tell it (or, where a table's rows do not, the document's tables do, or
 * the dump is a PDF's: pages parted by form feeds).
 */
import type { Measure } from './wrapped-rows.js';
import { position, type Edge, type Row } from './aligned-columns.js';
import { minOf } from '../_internal/extremes.js';

/** Cells. Numbers whose places lie this close to a place's first number are one place (pdftotext rounds each line on its own). */
const PLACE_TOLERANCE = 1;
/**
 * Places fewer under one measure than the other, in a table or summed over a document's tables, for
 * it to tell the measure: one place is chance (two rows of a narrow page's table 二, cells 1–3 spaces apart, aligned under neither).
 */
const MIN_MARGIN = 2;

const EDGES: readonly Edge[] = ['right', 'left', 'centre'];

/** Places the numbers of `rows` fall in under measure `m` and edge `e` (each place within PLACE_TOLERANCE of its first number). */
function placeCount(rows: readonly Row[], m: Measure, e: Edge): number {
  const ps = rows.flatMap((r) => r.nums.map((n) => position(n, m, e))).sort((a, b) => a - b);
  let count = 0;
  let from = -Infinity;
  for (const p of ps) {
    if (p - from > PLACE_TOLERANCE) {
      count++;
      from = p;
    }
  }
  return count;
}

/** What a table's rows say of the measure: `margin` (measureMargin) and how many rows print numbers. */
export interface MeasureEvidence {
  margin: number;
  rows: number;
}

/**
 * How many fewer places a table's numbers fall in under characters than under display columns (each
 * under its best edge): > 0 the rows line up by characters, < 0 by display columns, 0 they do not tell
 * (every label as wide in both, or one row).
 */
export function measureMargin(rows: readonly Row[]): MeasureEvidence {
  const valued = rows.filter((r) => r.nums.length > 0);
  if (valued.length < 2) return { margin: 0, rows: valued.length };
  const best = (m: Measure): number => minOf(EDGES.map((e) => placeCount(valued, m, e)));
  return { margin: best('width') - best('chars'), rows: valued.length };
}

/** Rows printing numbers a table needs for its own margin to count (two rows' four numbers line up by chance under either measure). */
const MIN_EVIDENCE_ROWS = 3;

/**
 * The measures a table's header may be read under: the one its own rows line up by (`own`, by
 * MIN_MARGIN places or more over MIN_EVIDENCE_ROWS rows or more), else the one the document's tables
 * line up by (`all`: their margins summed, by MIN_MARGIN or more, one table of MIN_EVIDENCE_ROWS rows
 * or more among them lining up so), else — in a PDF's text dump (`paged`: form feeds; pdftotext, mutool
 * and Ghostscript put each character in the cell of its x) whose tables do not line up by display
 * columns — characters, else both.
 */
export function paddedMeasures(own: MeasureEvidence, all: readonly MeasureEvidence[], paged = false): Measure[] {
  const sum = all.reduce((a, e) => a + e.margin, 0);
  const strong = (by: number): boolean => all.some((e) => e.rows >= MIN_EVIDENCE_ROWS && Math.sign(e.margin) === Math.sign(by));
  // No table tells it: a PDF's text dump (pages parted by form feeds) places each character in the cell of its x — characters, where its rows do not say otherwise.
  const prior = paged && sum >= 0 ? 1 : 0;
  const by = Math.abs(own.margin) >= MIN_MARGIN && own.rows >= MIN_EVIDENCE_ROWS ? own.margin : Math.abs(sum) >= MIN_MARGIN && strong(sum) ? sum : prior;
  return by > 0 ? ['chars'] : by < 0 ? ['width'] : ['chars', 'width'];
}
