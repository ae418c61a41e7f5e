/**
 * @file A dash one or two spaces before a number in one cell ('－ 3', '2476 - 1 4884'; tables/tokenize-cell
 * marks it `sign`) is either a mark in a cell of its own and the next cell's number, or that number's minus
 * sign: 2019 本年增/减 (the rows' `signed` columns) may be negative. The row's count of cells decides: each
 * way of reading its pairs (as two cells, or as one negative value) is kept when the row then prints exactly
 * its cells with every negative value in a signed column. One way kept: the row reads so (a signed column
 * with exactly one cell left for the pair). Several, or none (a row short or long of cells either way): the
 * ways are read side by side at one cost, and the fields they read otherwise come out ambiguous.
 */
import type { ValueToken } from '../tables/tokenize-cell.js';
import { MAX_REPAIR } from './repair-limit.js';

/** Most pairs of a row whose ways are listed (2^4 readings); a row with more is read with its marks as cells. */
const MAX_SIGN_PAIRS = 4;

/** Indices of the `sign` marks of `values` standing right before a number of no sign of its own. */
function pairsOf(values: readonly ValueToken[]): number[] {
  return values.flatMap((t, i) => {
    const next = values[i + 1];
    return t.kind === 'na' && t.sign === true && next?.kind === 'num' && next.value >= 0 ? [i] : [];
  });
}

/** `values` with the pairs at `join` read as one negative value each, and where each joined value now stands. */
function joined(values: readonly ValueToken[], join: readonly number[]): { values: ValueToken[]; at: number[] } {
  const out: ValueToken[] = [];
  const at: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const t = values[i]!;
    const next = values[i + 1];
    if (join.includes(i) && next?.kind === 'num') {
      at.push(out.length);
      out.push({ ...next, value: -next.value });
      i++;
    } else out.push(t);
  }
  return { values: out, at };
}

/** True when the row prints exactly its k cells (counting its empty cells, or not) with each value at `at` in a signed column. */
function fits(values: readonly ValueToken[], at: readonly number[], k: number, signed: readonly boolean[]): boolean {
  const filled = values.flatMap((t, i) => (t.kind === 'blank' ? [] : [i]));
  if (filled.length === k && at.every((i) => signed[filled.indexOf(i)] === true)) return true;
  return values.length === k && at.every((i) => signed[i] === true);
}

/** True when the row, short of cells, could print each value at `at` in a signed column with its missing cells (empty cells a dump dropped) anywhere. */
function fitsShort(values: readonly ValueToken[], at: readonly number[], k: number, signed: readonly boolean[]): boolean {
  const filled = values.flatMap((t, i) => (t.kind === 'blank' ? [] : [i]));
  const missing = k - filled.length;
  if (missing <= 0 || missing > MAX_REPAIR) return false;
  return at.every((i) => {
    const p = filled.indexOf(i);
    return signed.some((s, c) => s && c >= p && c <= p + missing);
  });
}

/** How a row's sign pairs read: the ways kept (one: decided), and the ways a dump dropping empty cells would also allow (`rivals`: the cells they read otherwise are in doubt). */
export interface SignedWays {
  ways: ValueToken[][];
  rivals: ValueToken[][];
}

/**
 * The ways to read a row's sign pairs (see the file comment), each as the row's values; null when the row
 * has no pair or no signed column (its marks stay cells, as tokenized). `cellsKept`: the row prints its
 * empty cells (a grid, tab-split cells), so no cell can be missing and a way fitting exactly has no rival.
 */
export function signedVariants(values: readonly ValueToken[], k: number, signed: readonly boolean[], cellsKept = false): SignedWays | null {
  if (!signed.includes(true)) return null;
  const pairs = pairsOf(values);
  if (pairs.length === 0 || pairs.length > MAX_SIGN_PAIRS) return null;
  const all = Array.from({ length: 2 ** pairs.length }, (_, m) => joined(values, pairs.filter((_p, b) => (m >> b) & 1)));
  const kept = all.filter((w) => fits(w.values, w.at, k, signed));
  // Neither way prints the row's cells: every mark a cell, or one pair joined where its value can stand in a signed column (the repairs of each are read side by side).
  if (kept.length === 0) return { ways: all.filter((w) => w.at.length === 0 || (w.at.length === 1 && fitsShort(w.values, w.at, k, signed))).map((w) => w.values), rivals: [] };
  // One way prints the row's cells; another prints fewer, its negative value in a signed column, where a dump dropped an empty cell ('5 — 3': 5, —, 3, or 5, −3 and a blank 0).
  const rivals = kept.length === 1 && !cellsKept ? all.filter((w) => w !== kept[0] && fitsShort(w.values, w.at, k, signed)) : [];
  return { ways: kept.map((w) => w.values), rivals: rivals.map((w) => w.values) };
}
