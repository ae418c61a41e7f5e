/**
 * @file Table 三 in a dump of text boxes (pdfminer.six `pdf2txt`: its layout analysis groups the page
 * into boxes — a column's values, a block of labels, header fragments — and prints them in an order
 * driven by the boxes' places): the values come as runs of one column's cells top to bottom, or of
 * one row's cells left to right ('125 46 5'), interleaved in an order the dump does not print. What
 * it keeps is the page's order within each column and within each row: a cell is printed after the
 * cell above it and after the cell left of it (boxes further down or right come later; pages in
 * order). Every reading of the value stream as such an order — each value the next cell of a column
 * whose cell to the left is already placed — that keeps every identity of the table is searched for;
 * the fields are filled from those readings (solver: where they differ, ambiguous). Nothing is read
 * when the stream does not hold exactly the grid's cells, when no reading keeps the identities, or
 * when the readings are too many to search within the budget.
 */
import type { Group } from '../solve/types.js';
import { EPSILON } from '../solve/propagate.js';
import type { TableRow } from '../tables/build-rows.js';
import type { TableFill } from './table-fill.js';
import { blockSums, type CellSum } from './run-decode.js';
import { fillFromGroup, streamValues } from './table-stream.js';

/** Search steps (a cell tried) before the search gives up and reads nothing. */
export const MAX_BOX_NODES = 300_000;
/** Distinct readings kept; more and nothing is read. */
export const MAX_BOX_READINGS = 32;

/** The last search's effort (for measuring). */
export const boxStats = { nodes: 0, overflow: false, readings: 0 };

/** Stable 32-bit hashes of (cell, value), so that a partial grid hashes alike whatever order placed it. */
function cellHash(cell: number, value: number, salt: number): number {
  let x = (Math.imul(cell + 1, 0x9e3779b1) ^ Math.imul(Math.round(value * 100) + 7, 0x85ebca6b) ^ salt) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Every grid (h rows × w columns, row by row) whose cells, filled in the order of `tokens` so that
 * each cell comes after the one above it and the one left of it, keep every sum of `sums`; null when
 * there is none, they are more than `MAX_BOX_READINGS`, or the search ran out of its budget.
 */
export function decodeBoxOrder(h: number, w: number, tokens: readonly number[], sums: readonly CellSum[]): number[][] | null {
  const n = h * w;
  if (h < 2 || w < 2 || tokens.length !== n || sums.length === 0) return null;
  const sumsOf: number[][] = Array.from({ length: n }, () => []);
  sums.forEach((s, i) => s.cells.forEach((c) => sumsOf[c]!.push(i)));
  const heights = new Array<number>(w).fill(0);
  const grid = new Array<number>(n).fill(NaN);
  const filled = new Array<number>(sums.length).fill(0);
  const seen = new Set<string>();
  const readings = new Map<string, number[]>();
  let nodes = 0;
  let overflow = false;
  let h1 = 0;
  let h2 = 0;
  const holds = (cell: number): boolean =>
    sumsOf[cell]!.every((i) => {
      const s = sums[i]!;
      if (filled[i] !== s.cells.length) return true;
      return Math.abs(s.cells.reduce((a, c, j) => a + s.signs[j]! * grid[c]!, 0)) < EPSILON;
    });
  const search = (t: number): void => {
    if (overflow) return;
    if (t === n) {
      readings.set(grid.join(','), [...grid]);
      if (readings.size > MAX_BOX_READINGS) overflow = true;
      return;
    }
    const key = `${heights.join(',')}|${h1}|${h2}`;
    if (seen.has(key)) return;
    seen.add(key);
    const v = tokens[t]!;
    for (let c = 0; c < w && !overflow; c++) {
      const r = heights[c]!;
      if (r >= h || (c > 0 && heights[c - 1]! <= r)) continue;
      if (++nodes > MAX_BOX_NODES) {
        overflow = true;
        return;
      }
      const cell = r * w + c;
      grid[cell] = v;
      heights[c] = r + 1;
      for (const i of sumsOf[cell]!) filled[i]!++;
      const a = cellHash(cell, v, 0x1234567);
      const b = cellHash(cell, v, 0x7654321);
      h1 ^= a;
      h2 ^= b;
      if (holds(cell)) search(t + 1);
      h1 ^= a;
      h2 ^= b;
      for (const i of sumsOf[cell]!) filled[i]!--;
      heights[c] = r;
      grid[cell] = NaN;
    }
  };
  search(0);
  boxStats.nodes = nodes;
  boxStats.overflow = overflow;
  boxStats.readings = readings.size;
  if (overflow || readings.size === 0) return null;
  return [...readings.values()];
}

/**
 * Fills what the row reading left unresolved in table `fill.table` from the readings of its value
 * stream in box order (see the file comment; in place, placed by position, see fillFromGroup).
 * Returns the keys it changed.
 */
export function fillFromBoxOrder(fill: TableFill, rows: readonly TableRow[]): string[] {
  const { table, specs, identities, fields, placements } = fill;
  const w = specs[0]?.columns.length ?? 0;
  if (specs.length < 2 || specs.some((s) => s.columns.length !== w)) return [];
  const keys = specs.map((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  const flat = keys.flat();
  const unresolved = (k: string): boolean => {
    const f = fields.get(k);
    return !f || f.value === null || f.flags.includes('ambiguous');
  };
  if (!flat.some(unresolved)) return [];
  const stream = streamValues(rows);
  if (process.env.BOXDBG) console.error('box stream', stream?.length, flat.length, stream?.map((s) => s.value).join(' '));
  if (!stream || stream.length !== flat.length) return [];
  const readings = decodeBoxOrder(specs.length, w, stream.map((s) => s.value), blockSums(keys, identities));
  if (process.env.BOXDBG) console.error('box readings', readings?.length);
  if (!readings) return [];
  const group: Group = {
    id: `${table}.boxOrder`,
    keys: flat,
    candidates: readings.map((g) => ({ cost: 0, cells: g.map((value) => ({ value, flags: [] })) })),
  };
  return fillFromGroup(group, identities, fields, placements, { ...stream[0]!.source, text: `box order: ${stream.length} values read column and row runs in page order` });
}
