/**
 * @file What a page's table grid (HTML, .docx, a ruled PDF) must also show before its header cells
 * are trusted to name table 三's columns (map/grid-columns). A file saved as data gives each header
 * cell in its column; a page may not (a corner cell left out shifts a header row against the rows,
 * a cell split or merged by the PDF reader). So a page's grid is read by column only when the
 * identities agree with the header: the column the header names 总计 is the one column every whole
 * row sums to, and no other column fits (a table of 'T 0 0 0 0 0 T' rows fits either end: two
 * assignments, nothing trusted). (A 序号 column is left out before: layout/sequence-column.)
 */
import type { Line, SourceRef } from '../model/document.js';
import type { Placement } from './table-rows.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';

/** The number in a cell of column `col` of a row, or null (no cell there, or no number). */
export function numberAt(l: Line, col: number): number | null {
  const i = l.cols!.indexOf(col);
  const v = i < 0 ? null : parseWholeValue(l.cells[i]!);
  return v?.kind === 'num' ? v.value : null;
}

/** The value columns at which every whole row (a number in each value column) sums the others, some row with a total other than 0. */
export function totalColumnsByValues(rows: readonly Line[], cols: readonly number[]): number[] {
  const whole = rows.map((l) => cols.map((c) => numberAt(l, c))).filter((v): v is number[] => v.every((x) => x !== null));
  return sumPlaces(whole, cols.length);
}

/** The positions (of `width`) at which every row's value is the sum of its other values, some row's not 0; none for no rows. */
export function sumPlaces(rows: readonly (readonly number[])[], width: number): number[] {
  const sum = (v: readonly number[], at: number): number => v.reduce((a, x, i) => (i === at ? a : a + x), 0);
  if (rows.length === 0) return [];
  return Array.from({ length: width }, (_, at) => at).filter((at) => rows.every((v) => Math.abs(sum(v, at) - v[at]!) < 1e-9) && rows.some((v) => v[at] !== 0));
}

/**
 * The row reading put each value of table 三 where the template order of the grid's value columns
 * puts it: a value read from grid column `cols[i]` sits in field column `templateLeaves[i]` — in a
 * continuation of the table on another page (a grid of its own, its label columns not spanned
 * alike) at `cols[i]` shifted by one offset for that whole grid, and in a row shifted left by its
 * label cells (an HTML row whose label cell spans one column too few — '（七）总计' under a rowspan
 * that stops a row early — ending before the grid's last column, or padded there with empty cells)
 * at one offset for that row, when the row prints exactly one number per value column, one after
 * another (the gap is in its label cells). A reading
 * that took a value from another column (a row-number column read as a value, a cell shifted) is
 * not moved by the header, nor one read from a line of text: the caller leaves it to the other readers.
 */
export function readByGridColumns(placements: ReadonlyMap<string, Placement>, cols: readonly number[], templateLeaves: readonly string[], lines: readonly Line[] = [], valueOf: (key: string) => number | null | undefined = () => undefined): boolean {
  const offsets = new Map<string, number>();
  const rowOffsets = new Map<string, number>();
  let probes = 0;
  for (const [key, p] of placements) {
    if (!key.startsWith('requests.')) continue;
    // A placement with no source at all is map/printed-order's probe row (the moves learnt before the solver).
    if (Object.keys(p.source).length === 0) {
      probes++;
      continue;
    }
    const col = p.source.column;
    const leaf = templateLeaves.indexOf(key.slice(key.lastIndexOf('.') + 1));
    const at = cols[leaf];
    if (p.source.table === undefined || at === undefined) return false;
    // A padded row read with its padding as a blank cell (no value's column kept): its numbers must have gone in order.
    if (col === undefined) {
      if (shiftedRowNumbers(lines, p.source, cols.length)?.[leaf] !== valueOf(key)) return false;
      continue;
    }
    const grid = `${p.source.page ?? ''}/${p.source.table}`;
    const row = `${grid}/${p.source.row ?? ''}`;
    if ((rowOffsets.get(row) ?? col - at) !== col - at) return false;
    rowOffsets.set(row, col - at);
    if ((offsets.get(grid) ?? col - at) === col - at) offsets.set(grid, col - at);
    else if (!shiftedRowNumbers(lines, p.source, cols.length)) return false;
  }
  // The grid the header stands over is read at its own columns.
  return offsets.size > 0 ? [...offsets.values()].includes(0) : probes > 0;
}

/**
 * The source's line is a row shifted left by its label cells (a short grid row, map: Line.short, or
 * one whose cells after its values are empty — a .docx converter pads the row to the grid's width):
 * it prints exactly `count` numbers one after another, no text after the first, nothing but empty
 * cells after the last. Its numbers in order, or null.
 */
function shiftedRowNumbers(lines: readonly Line[], source: SourceRef, count: number): number[] | null {
  const line = lines.find((l) => l.source.table === source.table && l.source.row === source.row && l.source.page === source.page);
  if (!line) return null;
  const values = line.cells.map((c) => parseWholeValue(c));
  const first = values.findIndex((v) => v?.kind === 'num');
  const end = first + count;
  const run = values.slice(first, end).flatMap((v) => (v?.kind === 'num' ? [v.value] : []));
  const whole = first >= 0 && run.length === count && line.cells.slice(end).every((c) => c.trim() === '') && (line.short === true || end < line.cells.length);
  return whole ? run : null;
}
