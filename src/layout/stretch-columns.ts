/**
 * @file Columns of a table laid out by a dump that places text in exact character cells but changes
 * its scale between stretches of lines (Ghostscript txtwrite: columns two cells apart, at 57 in one
 * stretch and 58 in the next), where the whole table gives aligned-columns.ts no anchors: each
 * stretch's numbers taking exactly as many places as the table has columns give its columns; never
 * from numbers one space apart.
 */
import { tick } from '../_internal/work-budget.js';
import { MIN_FULL_ROWS, position, type Edge, type Row } from './aligned-columns.js';
import type { Measure } from './wrapped-rows.js';

/** chars. A gap between two numbers of a row that pads a column (more than the one space that separates tokens). */
const PADDED_GAP = 2;
/** Share of a stretch's gaps between numbers that must be padded for its places to be read as columns. */
const PADDED_SHARE = 0.5;
/** Fewest columns a table read stretch by stretch has (table 三: 7, table 四: 15). */
const MIN_STRETCH_COLUMNS = 4;
/** Readings (measure, edge) a stretch of rows is tried under. */
const READINGS: readonly (readonly [Measure, Edge])[] = (['chars', 'width'] as const).flatMap((m) => (['right', 'left', 'centre'] as const).map((e) => [m, e] as const));

/**
 * Column of each number of the rows of one stretch, under the readings whose places the stretch's
 * numbers take exactly: `k` distinct places, each taken by MIN_FULL_ROWS numbers at least, two
 * cells apart at least; a row placed only where every such reading places it alike.
 */
function stretchPlaces(stretch: readonly Row[], k: number, out: Map<number, number[]>): void {
  // Numbers one space apart (PDFBox -sort, a dump joining cells by one space) say nothing about
  // columns: places shared by such rows are the labels' lengths coinciding.
  const gaps = stretch.flatMap((r) => r.nums.slice(1).map((n, i) => n.start.chars - r.nums[i]!.end.chars));
  if (gaps.filter((g) => g >= PADDED_GAP).length < PADDED_SHARE * gaps.length) return;
  const found: Map<number, number[]>[] = [];
  for (const [m, e] of READINGS) {
    const counts = new Map<number, number>();
    for (const r of stretch) for (const n of r.nums) counts.set(position(n, m, e), (counts.get(position(n, m, e)) ?? 0) + 1);
    const places = [...counts.keys()].sort((a, b) => a - b);
    if (places.length !== k || places.some((p, j) => counts.get(p)! < MIN_FULL_ROWS || (j > 0 && p - places[j - 1]! < 2))) continue;
    found.push(new Map(stretch.map((r) => [r.index, r.nums.map((n) => places.indexOf(position(n, m, e)))])));
  }
  for (const r of stretch) {
    const ps = found.map((f) => f.get(r.index)!.join());
    if (ps.length > 0 && ps.every((p) => p === ps[0])) out.set(r.index, found[0]!.get(r.index)!);
  }
}

/**
 * Stretches of rows whose numbers sit at no more than `k` places under some reading, gathered in
 * `order` (a new stretch where a row's numbers add places no reading has room for), and their rows placed.
 */
function stretchesPlaced(rows: readonly Row[], k: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let stretch: Row[] = [];
  let places = READINGS.map(() => new Set<number>());
  for (const r of rows) {
    tick();
    const grown = places.map((set, i) => new Set([...set, ...r.nums.map((n) => position(n, READINGS[i]![0], READINGS[i]![1]))]));
    if (stretch.length > 0 && grown.every((g) => g.size > k)) {
      stretchPlaces(stretch, k, out);
      stretch = [];
      places = READINGS.map((x) => new Set(r.nums.map((n) => position(n, x[0], x[1]))));
    } else places = grown;
    stretch.push(r);
  }
  if (stretch.length > 0) stretchPlaces(stretch, k, out);
  return out;
}

/**
 * Rows of a dump that places text by exact character cells (no rounding: Ghostscript txtwrite), whose
 * scale changes between stretches of lines (a column at 57 in one stretch, 58 in the next; columns
 * two cells apart): each stretch's numbers taking exactly `k` places give its columns. Stretches are
 * gathered top down and bottom up; a row is placed only where both place it alike (a row whose
 * places fit the stretch above as well as its own is not placed by either).
 */
export function exactBlockPlaces(rows: readonly Row[], k: number): Map<number, number[]> {
  // Few columns (a plain dump's stray 'label  0' lines) place too little to tell a stretch's columns from chance.
  if (k < MIN_STRETCH_COLUMNS) return new Map();
  const valued = rows.filter((r) => r.nums.length > 0);
  const down = stretchesPlaced(valued, k);
  const up = stretchesPlaced([...valued].reverse(), k);
  return new Map([...down].filter(([i, p]) => up.get(i)?.join() === p.join()));
}
