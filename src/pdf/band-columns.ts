/**
 * @file Which number column a piece of a borderless table's header band heads (header-band.ts).
 * Without rulings a column is where its numbers' ink is; a header piece over that ink heads it. A
 * piece over no column's ink lies in the gap between two columns, and the gap does not say which
 * of the two it heads: a left-aligned header over right-aligned numbers ('自然人' at its cell's left
 * edge, '222' at the right) sits in the gap before its numbers, a right-aligned header over
 * left-aligned numbers in the gap after them, and a short one ('其他') is nearer the wrong column's
 * numbers. Cells are aligned alike along a header line, so the band is read under one hypothesis for
 * all such pieces — nearest column, column to the right, column to the left — and a hypothesis is
 * taken only when the cells it makes are consistent (bandConflicts): one leaf per column, no two
 * cells side by side in one column, the pieces of a wrapped cell over each other.
 */

/** A touching run of items on one band line (one cell's text on that line). */
export interface Run {
  str: string;
  x: number;
  end: number;
  top: number;
  bottom: number;
  size: number;
}

/** The number columns: centres of one complete row, and the ink of every complete row (pt). */
export interface BandColumns {
  centres: number[];
  ink: { x: number; end: number }[];
  /** Right edge of the rows' label cells (pt), when the rows print labels: header text left of it is the label column's. */
  labelEnd?: number;
}

/** Where a piece over no column's ink goes: the nearest centre, or the column on that side of its gap. */
export type GapSide = 'nearest' | 'left' | 'right';

/** The hypotheses tried, in order: the first is the reading kept when none is consistent. */
export const GAP_SIDES: readonly GapSide[] = ['nearest', 'right', 'left'];

/** × a column's share of the row. A run this much wider than its column heads several (see columnOfRun). */
const WIDE_RUN = 1.4;

/** The index of the nearest centre to `mid`. */
function nearest(mid: number, centres: readonly number[]): number {
  let best = 0;
  centres.forEach((c, j) => {
    if (Math.abs(c - mid) < Math.abs(centres[best]! - mid)) best = j;
  });
  return best;
}

/** Columns whose numbers' ink the run overlaps (by more than a touch). */
function inkUnder(r: Run, cols: BandColumns): number[] {
  return cols.ink.flatMap((s, j) => (Math.min(s.end, r.end) - Math.max(s.x, r.x) > 0 ? [j] : []));
}

/**
 * Column of a run: -1 label area, -2 over two or more columns (a group header), else the column
 * index. `side` places a run over no column's ink (see the file comment); 'nearest' is the column
 * whose centre is nearest the run's.
 */
export function columnOfRun(r: Run, cols: BandColumns, side: GapSide = 'nearest'): number {
  const { centres } = cols;
  const covered = centres.filter((c) => c >= r.x && c <= r.end).length;
  if (covered >= 2) return -2;
  const mid = (r.x + r.end) / 2;
  const step = centres.length > 1 ? centres[1]! - centres[0]! : r.size * 2;
  const ink = inkUnder(r, cols);
  if (side !== 'nearest' && covered === 0 && ink.length === 0) {
    const after = cols.ink.findIndex((s) => s.x >= r.end);
    // Before the first column by more than a column's pitch: the label column's text ('项目').
    if (after === 0 && r.x < cols.ink[0]!.x - step) return -1;
    if (after < 0) return centres.length - 1;
    return side === 'right' ? after : after - 1;
  }
  // Left of the first column's share (half a pitch before its centre, and before the rows' labels'
  // right edge when they end short of it: '构' under '法律服务机' is left of a pitch there but right of every label).
  const labelEnd = cols.labelEnd !== undefined && cols.labelEnd < centres[0]! ? cols.labelEnd : Infinity;
  if (mid < Math.min(centres[0]! - step / 2, labelEnd) && covered === 0) return -1;
  const best = side !== 'nearest' && ink.length === 1 ? ink[0]! : nearest(mid, centres);
  // Well wider than its column's share of the row (half-way to each neighbour's centre): a cell's
  // text stays inside its cell, so the run heads several columns (复议后起诉 over five result columns
  // narrower than the word, printed close above one of them). The margin: right-aligned numbers of
  // different widths move the centres, so a leaf may fill its share ('法律服务' over '0' | '1299').
  // The first column's share reaches left to the rows' labels: its cell starts where the label
  // column ends (a wide first column, '法律服务机' over right-aligned numbers beside narrow 其他 and
  // 总计, is not a group header because its neighbours are narrow).
  const half = (j: number): number => Math.abs(centres[j]! - centres[best]!) / 2;
  const labelSide = best === 0 && cols.labelEnd !== undefined && cols.labelEnd < centres[0]! ? centres[0]! - cols.labelEnd : 0;
  const share = (best > 0 ? half(best - 1) : Math.max(labelSide, half(best + 1 < centres.length ? best + 1 : best))) + (best + 1 < centres.length ? half(best + 1) : half(best > 0 ? best - 1 : best));
  if (covered === 1 && share > 0 && r.end - r.x > WIDE_RUN * share) return -2;
  return best;
}

/** A header cell: stacked runs, and the column they head (columnOfRun). */
export interface BandCell {
  runs: Run[];
  col: number;
}

const overlapX = (a: { x: number; end: number }, b: { x: number; end: number }): boolean => Math.min(a.end, b.end) > Math.max(a.x, b.x);
const overlapY = (a: Run, b: Run): boolean => Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

/**
 * How inconsistent the cells of one reading are: columns (of `n`) with no cell, pairs of cells of
 * one column side by side (on one line), and pieces stacked into one cell that do not lie over each
 * other (a wrapped cell's lines share its width). 0: every column headed once, as a person reads it.
 */
export function bandConflicts(cells: readonly BandCell[], n: number): number {
  const own = cells.filter((c) => c.col >= 0);
  let conflicts = 0;
  for (let j = 0; j < n; j++) if (!own.some((c) => c.col === j)) conflicts++;
  own.forEach((a, i) => {
    for (const b of own.slice(i + 1)) if (a.col === b.col && a.runs.some((ra) => b.runs.some((rb) => overlapY(ra, rb)))) conflicts++;
    a.runs.forEach((r, k) => {
      if (k > 0 && !overlapX(a.runs[k - 1]!, r)) conflicts++;
    });
  });
  return conflicts;
}
