/**
 * @file The columns one part of a table 三 split column-wise across pages names (map/split-columns),
 * in their printed order, or the orders the text leaves open. A band whose lines keep every cell at
 * its grid column (tab text that keeps blank cells, a pipe, HTML or box-drawn table) is read by
 * position: each grid column's texts top-down, the columns left to right, so a 总计 spanning two
 * header rows stands where it is printed rather than first because its line is read first. A band
 * whose lines dropped their blank cells (a tab dump printing '总计' alone on the line above
 * '科研机构 其他 …') gives the order of the words on each line, not how the lines' words interleave:
 * every interleaving is a candidate, for the values to decide (`chooseOrder`).
 */
import type { Line } from '../model/document.js';
import { requestBandReadings } from './header-order.js';
import { positionalBand } from './positional-band.js';
import { REQUEST_GROUP, REQUEST_HEADER, REQUEST_LEAVES, SWAPPABLE_REQUEST } from './header-words.js';
import { sumsTo } from './total-column.js';
import { maxOf } from '../_internal/extremes.js';
import { tick } from '../_internal/work-budget.js';

/**
 * Most candidate orders of a split table's columns weighed against its values (the product of its
 * parts' candidates). Seven columns of one part named on lines that fix nothing have 5040; a band
 * that leaves more than this open is not joined.
 */
export const MAX_SPLIT_ORDERS = 720;

/** The band's lines stacked by grid column (a span's repeats, across or down, read once): one line of column texts; null unless every band line is on the value lines' grid. */
function stackedByPosition(band: readonly Line[], ref: Line): Line | null {
  const lines = band.filter((l) => l.cells.some((c) => c.trim() !== ''));
  const onGrid = (l: Line): boolean => l.separated && (l.cols && ref.cols ? true : !l.cols && !ref.cols && l.cells.length === ref.cells.length);
  if (lines.length === 0 || !lines.every(onGrid)) return null;
  const at = new Map<number, string[]>();
  for (const l of lines) {
    l.cells.forEach((c, k) => {
      const t = c.trim();
      if (t === '' || (k > 0 && l.cells[k - 1]!.trim() === t)) return;
      const p = l.cols?.[k] ?? k;
      const stack = at.get(p) ?? [];
      if (stack.at(-1) !== t) stack.push(t);
      at.set(p, stack);
    });
  }
  const cells = [...at].sort((a, b) => a[0] - b[0]).map(([, s]) => s.join(''));
  return { cells, source: lines[0]!.source, separated: true };
}

/** The readings of a band (map/header-order), with the leaf vocabulary of table 三. */
const readingsOf = (band: readonly Line[]): { leaves: string[]; joined: boolean }[] =>
  requestBandReadings(band, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES, true);

/**
 * The leaves a space-aligned band (`pdftotext -layout`) names read by position, its pieces ordered
 * by the column they start at, their wrapped pieces joined (map/positional-band); null when the band
 * is not laid out or its text so read does not name the leaves of one reading.
 */
function byPlace(band: readonly Line[]): string[] | null {
  const text = positionalBand(band);
  return text === null ? null : mostNamed(readingsOf([{ ...band[0]!, cells: [text], separated: false }]));
}

/** The longest reading, when every other reading names only columns of it. */
function mostNamed(read: readonly { leaves: string[] }[]): string[] | null {
  const most = read.reduce<string[] | null>((a, b) => (a === null || b.leaves.length > a.length ? b.leaves : a), null);
  return most && read.every((r) => r.leaves.every((k) => most.includes(k))) ? most : null;
}

/** `order` names the keys of `seen` in the order `seen` does. */
const keepsOrder = (order: readonly string[], seen: readonly string[]): boolean => seen.every((k, i) => i === 0 || order.indexOf(seen[i - 1]!) < order.indexOf(k));

/**
 * `keys` in every order that names each of `lines`' keys in the order its line does, in the order
 * the plain enumeration of all `keys.length`! orders lists them. The enumeration skips every prefix
 * that already puts a key first before a key its line names earlier (no order that starts so keeps
 * that line's order: 5040 orders of seven keys are not all built to keep a few); `keepsOrder` checks
 * each order it ends with, as it checked each of the plain enumeration's.
 */
export function orderedPermutations(keys: readonly string[], lines: readonly (readonly string[])[]): string[][] {
  const before = new Map<string, string[]>(); // key → the keys of `keys` its lines name just before it
  for (const seen of lines) seen.forEach((k, i) => i > 0 && keys.includes(seen[i - 1]!) && before.set(k, [...(before.get(k) ?? []), seen[i - 1]!]));
  const out: string[][] = [];
  const prefix: string[] = [];
  const visit = (rest: readonly string[]): void => {
    tick();
    if (rest.length === 0) {
      if (lines.every((seen) => keepsOrder(prefix, seen))) out.push([...prefix]);
      return;
    }
    rest.forEach((k, i) => {
      // A key placed for the first time goes before every key not placed yet (indexOf finds the first).
      if (!prefix.includes(k) && (before.get(k) ?? []).some((p) => !prefix.includes(p))) return;
      prefix.push(k);
      visit([...rest.slice(0, i), ...rest.slice(i + 1)]);
      prefix.pop();
    });
  };
  visit(keys);
  return out;
}

/**
 * The orders a part's band (its lines from the first naming a column to the first value line) may
 * name its columns in, `ref` its first value line: one when the band is on the grid or a line names
 * them all; every interleaving of its lines' words otherwise; null when the band names no columns,
 * readings name different columns, or the lines contradict each other.
 */
export function partOrders(band: readonly Line[], ref: Line): string[][] | null {
  const read = readingsOf(band);
  const most = mostNamed(read);
  const lines = read.filter((r) => !r.joined).map((r) => r.leaves);
  const placed = byPlace(band);
  // Column words wrapped over the band's lines in narrow cells ('自然' / '人', '商业企' / '业'): no line
  // names them whole, the band read by position does (map/positional-band).
  if (placed && (!most || (placed.length > most.length && most.every((k) => placed.includes(k)))) && lines.every((seen) => keepsOrder(placed, seen))) return [placed];
  if (!most) return null;
  const orders = orderedPermutations(most, lines);
  const grid = stackedByPosition(band, ref);
  const byPosition = grid ? mostNamed(readingsOf([grid])) : null;
  if (byPosition && byPosition.length === most.length && orders.some((o) => o.every((k, i) => k === byPosition[i]))) return [byPosition];
  return orders.length > 0 ? orders : null;
}

/** The joined table's order read from its parts' candidates and its rows' values; `assumed` when the values leave it open. */
export interface ChosenOrder { order: string[]; assumed: boolean }

/** Every order of the parts' candidates put side by side; null when there are more than MAX_SPLIT_ORDERS. */
export function joinedOrders(parts: readonly string[][][]): string[][] | null {
  if (parts.reduce((n, p) => n * p.length, 1) > MAX_SPLIT_ORDERS) return null;
  return parts.reduce<string[][]>((acc, p) => acc.flatMap((a) => p.map((o) => [...a, ...o])), [[]]);
}

/** The rows that give a value read in `a` and in `b` different columns (a value changes between the two readings). */
const readsDifferently = (a: readonly string[], b: readonly string[], rows: readonly number[][]): boolean =>
  rows.some((v) => a.some((k, i) => v[i] !== v[b.indexOf(k)]));

/**
 * Of the joined orders, the one whose 总计 the rows' sums place most often (`rows`: each row's
 * values in printed order, rows not all numbers left out). Ties go to the template's order among
 * them; when a tied order reads any value differently (the sub-columns of two lines, which no sum
 * tells apart, or a row 'T 0 0 0 0 0 T' that sums either way), the order is `assumed`.
 */
export function chooseOrder(orders: readonly string[][], rows: readonly number[][]): ChosenOrder {
  if (orders.length === 1) return { order: orders[0]!, assumed: false };
  const fits = orders.map((o) => rows.filter((v) => sumsTo(v, o.indexOf('total'))).length);
  const best = maxOf(fits);
  const tied = orders.filter((_, i) => fits[i] === best);
  const template = tied.find((o) => o.every((k, i) => i === 0 || REQUEST_LEAVES.indexOf(o[i - 1]!) < REQUEST_LEAVES.indexOf(k)));
  const order = template ?? tied[0]!;
  return { order, assumed: tied.some((o) => readsDifferently(o, order, rows)) };
}
