/**
 * @file Decoding a block of rows printed column by column whose repeated lines were collapsed by
 * an archiver: the block's h × w cells, read column after column, are the printed tokens with every
 * run of equal values printed once ('0' for a column of zeros, and a run may go on from the end of
 * one column into the start of the next). Which cells each token covers is unknown: the column
 * boundaries are not printed (a page of plain `pdftotext`), or are (a column header between the
 * columns: `columnStarts`). The cells in printed order take token indices that start at the first
 * token, end at the last and go up by 0 (the run goes on) or 1 (the next token) from cell to cell;
 * the identities lying inside the block (each row's total, a column's sum) must hold.
 *
 * Solved as a small constraint problem (map/run-domains): each cell's domain is the set of token
 * indices it may take, pruned by the chain and the identities until nothing changes; then the
 * search fixes the columns' first and last cells (where the columns begin: once they are known,
 * each column's runs are pinned by the rows' identities), then the cell with the fewest choices,
 * pruning again after each choice. Every reading is listed (at most MAX_BLOCK_READINGS); past that,
 * or past the search budget, the block gives its `summary`: a cell whose pruned domain holds one
 * value has that value in every reading (pruning only removes values no reading has), the others
 * are unknown — the stream does not say, so nothing is guessed. Given the tokens, a reading's
 * values fix the token of every cell (adjacent tokens differ, so the run-length code of the
 * stream is unique): readings are distinct as values.
 */
import { EPSILON, identityKeys, parsePart } from '../solve/propagate.js';
import type { Candidate, Cell } from '../solve/types.js';
import { spend, type Work } from '../solve/work.js';
import type { Identity } from '../template/index.js';
import { cellAt, copyDomains, freeDomains, problemOf, propagate, remove, valuesAt, type CellSum, type Domains, type Problem } from './run-domains.js';
import { tick } from '../_internal/work-budget.js';

export type { CellSum } from './run-domains.js';

/** What a block is: its shape, its printed tokens (column after column) and its identities. */
export interface RunBlock {
  h: number;
  w: number;
  tokens: readonly number[];
  sums: readonly CellSum[];
  /** Token index of each column's first cell, when a header printed between the columns says so (no run crosses it). */
  columnStarts?: readonly number[];
}

/** A reading: each row's values, and per cell whether its token covers other cells too (a run). */
export interface BlockReading {
  rows: number[][];
  repeated: boolean[][];
}

/** The decoded block: every reading, or (too many to list) what all readings agree on. */
export type BlockDecoding =
  | { kind: 'readings'; readings: BlockReading[] }
  | { kind: 'summary'; rows: (number | undefined)[][]; repeated: boolean[][] };

/** Most readings listed for one block; past it the block gives its summary (a partial list could make a wrong reading look unique). */
export const MAX_BLOCK_READINGS = 512;
/**
 * Most search nodes (one position's token chosen, then pruning) for one block; past it the block
 * gives its summary. A 10-row page of 44 tokens lists its 7 readings in some 150.
 */
export const MAX_BLOCK_NODES = 400;

/**
 * Most search nodes of all the blocks one stream alignment decodes (map/stream-align tries a block
 * at every row range and token it may start at; each decode costs up to MAX_BLOCK_NODES copies of
 * the domains). A plain `pdftotext` page through `uniq` made 3,864 decodes of 1.2 million nodes,
 * 23 s of CPU, for a table the alignment then did not read; past this budget the alignment gives up
 * (the rows are read otherwise). Counted in nodes, not time: the output does not depend on the load.
 */
export const MAX_DECODE_NODES = 150_000;

/** The identities lying inside a block whose cell `r · w + c` is `keys[r][c]`, as cell sums. */
export function blockSums(keys: readonly (readonly string[])[], identities: readonly Identity[]): CellSum[] {
  const w = keys[0]?.length ?? 0;
  const index = new Map<string, number>();
  keys.forEach((ks, r) => ks.forEach((k, c) => index.set(k, r * w + c)));
  return identities
    .filter((id) => identityKeys(id).every((k) => index.has(k)))
    .map((id) => ({
      cells: [index.get(id.total)!, ...id.parts.map((p) => index.get(parsePart(p).key)!)],
      signs: [-1, ...id.parts.map((p) => parsePart(p).sign)],
    }));
}

/**
 * A decoding as solver candidates over the block's cells (row by row): one per reading, or one
 * with the cells the readings do not agree on unknown. Cells of a run are flagged `collapsed`.
 */
export function blockCandidates(decoded: BlockDecoding): Candidate[] {
  const cells = (rows: readonly (readonly (number | undefined)[])[], repeated: readonly (readonly boolean[])[]): Cell[] =>
    rows.flatMap((row, r) => row.map((value, c): Cell => (value === undefined ? { value, flags: ['derived'] } : { value, flags: repeated[r]![c]! ? ['collapsed'] : [] })));
  if (decoded.kind === 'summary') return [{ cost: 0, cells: cells(decoded.rows, decoded.repeated) }];
  return decoded.readings.map((rd) => ({ cost: 0, cells: cells(rd.rows, rd.repeated) }));
}

/**
 * The readings of `block`, or their summary; null when no reading keeps the identities, the
 * shapes do not fit (more tokens than cells), or the budget ran out before any reading was found.
 */
export function decodeRunBlock(block: RunBlock, work?: Work): BlockDecoding | null {
  const { h, w, tokens } = block;
  const n = h * w;
  const m = tokens.length;
  if (h < 1 || w < 1 || m === 0 || m > n) return null;
  const p = problemOf(h, w, tokens, block.sums);
  const root = freeDomains(n, m);
  if (block.columnStarts && !pinColumns(root, block.columnStarts, h, w)) return null;
  if (!propagate(root, p, root.count.keys())) return null;
  const readings = new Map<string, BlockReading>();
  let nodes = 0;
  let overflow = false;
  const search = (d: Domains): void => {
    const q = branchAt(d, h);
    if (q < 0) {
      const rd = readingOf(d, p);
      if (sumsHold(rd.rows, block.sums)) readings.set(rd.rows.map((r) => r.join(',')).join(';'), rd);
      if (readings.size > MAX_BLOCK_READINGS) overflow = true;
      return;
    }
    for (let j = d.lo[q]!; j <= d.hi[q]! && !overflow; j++) {
      if (!d.bits[q * m + j]) continue;
      tick();
      if (++nodes > MAX_BLOCK_NODES || (work && !spend(work))) {
        overflow = true;
        return;
      }
      const next = copyDomains(d);
      for (let x = next.lo[q]!; x <= next.hi[q]!; x++) if (x !== j) remove(next, q, x);
      if (propagate(next, p, [q])) search(next);
    }
  };
  search(root);
  if (!overflow) return readings.size > 0 ? { kind: 'readings', readings: [...readings.values()] } : null;
  // Too many to list: what every reading agrees on, once some reading is known to exist.
  return readings.size > 0 ? summaryOf(root, p) : null;
}

/** A header between two columns: the column's cells take only its own tokens, its first cell the first of them, its last the last. */
function pinColumns(d: Domains, columnStarts: readonly number[], h: number, w: number): boolean {
  const m = d.m;
  if (columnStarts.length !== w || columnStarts[0] !== 0) return false;
  for (let c = 0; c < w; c++) {
    const first = columnStarts[c]!;
    const last = (columnStarts[c + 1] ?? m) - 1;
    if (last < first) return false;
    for (let r = 0; r < h; r++) {
      const q = c * h + r;
      for (let j = 0; j < m; j++) if (j < first || j > last || (r === 0 && j !== first) || (r === h - 1 && j !== last)) remove(d, q, j);
      if (d.count[q] === 0) return false;
    }
  }
  return true;
}

/**
 * The position to branch on: a column's first or last cell while some is open, else the position
 * with the fewest tokens left among those with several; −1 when every position has one.
 */
function branchAt(d: Domains, h: number): number {
  let best = -1;
  let bestEdge = false;
  for (let q = 0; q < d.count.length; q++) {
    if (d.count[q]! < 2) continue;
    const edge = q % h === 0 || q % h === h - 1;
    if (best < 0 || (edge && !bestEdge) || (edge === bestEdge && d.count[q]! < d.count[best]!)) {
      best = q;
      bestEdge = edge;
    }
  }
  return best;
}

/** The reading of domains that each hold one token. */
function readingOf(d: Domains, p: Problem): BlockReading {
  const { h, w, tokens } = p;
  const at = Array.from(d.lo);
  const rows = Array.from({ length: h }, () => new Array<number>(w).fill(0));
  const repeated = Array.from({ length: h }, () => new Array<boolean>(w).fill(false));
  at.forEach((j, q) => {
    const cell = cellAt(q, h, w);
    rows[Math.floor(cell / w)]![cell % w] = tokens[j]!;
    repeated[Math.floor(cell / w)]![cell % w] = at[q - 1] === j || at[q + 1] === j;
  });
  return { rows, repeated };
}

/** True when every identity of the block holds in `rows`. */
function sumsHold(rows: readonly number[][], sums: readonly CellSum[]): boolean {
  const flat = rows.flat();
  return sums.every((s) => Math.abs(s.cells.reduce((a, c, i) => a + s.signs[i]! * flat[c]!, 0)) < EPSILON);
}

/** What the pruned domains fix: a cell whose tokens all have one value; a run unless the cell's token is surely its own. */
function summaryOf(d: Domains, p: Problem): BlockDecoding {
  const { h, w, tokens } = p;
  const { m, bits, count, lo } = d;
  const rows = Array.from({ length: h }, () => new Array<number | undefined>(w).fill(undefined));
  const repeated = Array.from({ length: h }, () => new Array<boolean>(w).fill(true));
  for (let q = 0; q < h * w; q++) {
    const vals = valuesAt(d, q, tokens);
    const cell = cellAt(q, h, w);
    if (vals.length === 1) rows[Math.floor(cell / w)]![cell % w] = vals[0];
    const j = lo[q]!;
    const alone = count[q] === 1 && (q === 0 || !bits[(q - 1) * m + j]) && (q === h * w - 1 || !bits[(q + 1) * m + j]);
    if (alone) repeated[Math.floor(cell / w)]![cell % w] = false;
  }
  return { kind: 'summary', rows, repeated };
}
