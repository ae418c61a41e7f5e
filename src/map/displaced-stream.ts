/**
 * @file Whole-table alignment of a value stream in which a few values were printed out of place:
 * plain `pdftotext` reads a row's first value with its (wrapped) label line, before the end of the
 * row above ('…行政机关 12 3 0' / '0' / '0 0 0 15' for two rows), prints the first values of the
 * last rows after the labels of the table ('（七）总计' / '10' / '0'), or a row's last value after
 * the last row. The stream is read row by row in template order, with two more moves:
 *  - a row takes its cells from one token fewer, the missing cell being the one its row identity
 *    (the row total) determines: it owes that value (a debt); or from two fewer, owing a 0 and the
 *    cell the identity then determines (most cells of a report are 0, and so are most displaced);
 *  - a token is set aside (between rows or inside a row's run): it is a credit of its value.
 * Each debt costs one; a credit is free (it must pay a debt); MAX_OPEN bounds how many are open at
 * once. Zeros are not free: moved among a row's zeros they change no value, but moved across a row
 * they make many readings that only the column identities at the table's end tell apart.
 * A credit pays a debt of the same value, before or after it; a reading must end with every debt
 * paid and every credit used, so it uses every token exactly once, and it must keep every
 * identity of the table. Readings with the fewest displaced values are kept (the cost of a
 * reading); when those disagree the solver leaves the fields ambiguous. Only rows whose identity
 * determines a missing cell can owe one. The values are placed by position (never ≥ 0.9).
 */
import { propagate, identityKeys } from '../solve/propagate.js';
import type { CellValue } from '../solve/types.js';
import type { Identity, RowSpec } from '../template/index.js';
import { groupedBlocks, MAX_GROUP_ROWS } from './column-groups.js';

/** Most values a reading may displace: each is a guess the identities must confirm, and the search grows with them. */
export const MAX_DISPLACED = 3;
/** Most debts and credits open at once (the displaced values seen are a row or two away from their row). */
const MAX_OPEN = 2;
/**
 * Most distinct readings of the rows from one search state on (only the column identities at the
 * end tell them apart); past it the table is not read so. Two displaced values in the last rows
 * (a row's first value after its row, a 0 of the next row moved to its end) give some 300
 * readings of those rows (mostly zeros moved among zero cells), which the column identities settle:
 * at 256 a 2021 table with its (六)其他 first value after the row and a 0 of 结转下年度 after the row's
 * total was not read (plain pdftotext of an A4 Chromium print). 1024 is a few ms more per table.
 */
export const MAX_READINGS = 1024;
/** Fewest rows for the alignment (a short table gains nothing over its labels). */
const MIN_ROWS = 4;

/** One reading of the table: each row's values in template column order. */
type Reading = number[][];

/** Open debts (negative: a value owed) and credits (a value set aside), as a sorted list of signed tags. */
type Open = readonly string[];

const tag = (kind: 'd' | 'c', v: number): string => `${kind}${v}`;

/** `open` with a debt or credit of `v` added: it cancels an open item of the other kind and value. */
function settle(open: Open, kind: 'd' | 'c', v: number): Open | null {
  const other = tag(kind === 'd' ? 'c' : 'd', v);
  const at = open.indexOf(other);
  if (at >= 0) return open.filter((_, i) => i !== at);
  if (open.length >= MAX_OPEN) return null;
  return [...open, tag(kind, v)].sort();
}

/** Readings of a table and the count of values each displaced (their cost). */
export interface DisplacedReadings {
  readings: Reading[];
  cost: number;
}

/**
 * Readings of `values` as the rows `specs` (all, in order) with the fewest displaced values (at
 * most MAX_DISPLACED) that keep the identities; null when there is none or too many. `anchors[r]`
 * are values printed on row r's own label line, its first cells, taken out of the stream.
 */
export function alignDisplacedStream(
  table: string,
  values: readonly number[],
  specs: readonly RowSpec[],
  identities: readonly Identity[],
  anchors: readonly (readonly number[] | undefined)[] = [],
): DisplacedReadings | null {
  const n = specs.length;
  const total = specs.reduce((s, x) => s + x.columns.length, 0) - anchors.reduce((s, a) => s + (a?.length ?? 0), 0);
  if (n < MIN_ROWS || values.length !== total) return null;
  const keys = specs.map((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  const local = keys.map((ks) => identities.filter((id) => identityKeys(id).every((k) => ks.includes(k))));
  const allKeys = keys.flat();
  const tableIds = identities.filter((id) => identityKeys(id).every((k) => allKeys.includes(k)));

  /** The row's cells with cell `miss` (or none) left out filled by its identities; null when they do not hold. */
  const rowOf = (r: number, cells: readonly number[], miss: number): number[] | null => {
    const map = new Map<string, CellValue>();
    let j = 0;
    keys[r]!.forEach((k, i) => (i === miss ? undefined : map.set(k, cells[j++]!)));
    const { violations } = propagate(map, local[r]!);
    if (violations > 0) return null;
    // + 0: a cell derived as 0 by subtraction is -0, which no printed value is.
    const row = keys[r]!.map((k) => { const v = map.get(k); return typeof v === 'number' ? v + 0 : v; });
    return row.every((v): v is number => typeof v === 'number') ? row : null;
  };

  /** Token values from each stream position on, to tell whether a debt can still be paid. */
  const ahead: Set<number>[] = [];
  for (let i = values.length; i >= 0; i--) ahead[i] = new Set(i < values.length ? [values[i]!, ...ahead[i + 1]!] : []);
  /** A debt of `v` taken at token `p` can be paid: by an open credit, or by a token still to come. */
  const payable = (open: Open, v: number, p: number): boolean => open.includes(tag('c', v)) || ahead[Math.min(p, values.length)]!.has(v);

  for (let budget = 0; budget <= MAX_DISPLACED; budget++) {
    const memo = new Map<string, Reading[] | null>();
    /** Readings of rows r.. from token p with `open` items and `left` displacements to spend. */
    const from = (r: number, p: number, open: Open, left: number): Reading[] | null => {
      const id = `${r}|${p}|${open.join(',')}|${left}`;
      if (memo.has(id)) return memo.get(id)!;
      const out = new Map<string, Reading>();
      let overflow = false;
      const add = (head: number[] | number[][] | null, rest: Reading[] | null): void => {
        if (rest === null) overflow = true;
        else for (const tail of rest) {
          const rd = head === null ? tail : typeof head[0] === 'number' ? [head as number[], ...tail] : [...(head as number[][]), ...tail];
          out.set(rd.map((x) => x.join(',')).join(';'), rd);
        }
        if (out.size > MAX_READINGS) overflow = true;
      };
      if (r === n) {
        if (p === values.length && open.length === 0) out.set('', []);
        // Tokens after the last row pay debts.
        else if (p < values.length) {
          const o = settle(open, 'c', values[p]!);
          if (o && o.length < open.length) add(null, from(r, p + 1, o, left));
        }
      } else {
        const head = anchors[r] ?? [];
        const k = head.length;
        const w = keys[r]!.length - k;
        const run = values.slice(p, p + w + 1);
        // The row as printed.
        if (run.length >= w) {
          const row = rowOf(r, [...head, ...run.slice(0, w)], -1);
          if (row) add(row, from(r + 1, p + w, open, left));
        }
        // A cell owed (or paid from a credit): w − 1 tokens, the missing cell given by the identity.
        if (left > 0 && w > 0 && local[r]!.length > 0 && run.length >= w - 1) {
          for (let miss = k; miss < k + w && !overflow; miss++) {
            const row = rowOf(r, [...head, ...run.slice(0, w - 1)], miss);
            const o = row && payable(open, row[miss]!, p + w - 1) && settle(open, 'd', row[miss]!);
            if (row && o) add(row, from(r + 1, p + w - 1, o, left - 1));
          }
        }
        // Two cells owed: a 0 (most cells of a report are; the identity cannot give two) and the one the identity gives.
        if (left > 1 && w > 1 && local[r]!.length > 0 && run.length >= w - 2) {
          for (let zero = k; zero < k + w && !overflow; zero++) {
            const cells = [...head, ...run.slice(0, w - 2)];
            for (let miss = k; miss < k + w && !overflow; miss++) {
              if (miss === zero) continue;
              const withZero = [...cells];
              withZero.splice(zero - (miss < zero ? 1 : 0), 0, 0);
              const row = rowOf(r, withZero, miss);
              const o = row && payable(open, 0, p + w - 2) && settle(open, 'd', 0);
              const o2 = o && payable(o, row![miss]!, p + w - 2) && settle(o, 'd', row![miss]!);
              if (row && o2) add(row, from(r + 1, p + w - 2, o2, left - 2));
            }
          }
        }
        // A token set aside inside the row's run (a credit, free: it must pay a debt), the row read from the others.
        if (run.length === w + 1) {
          for (let skip = 1; skip < w && !overflow; skip++) {
            const o = settle(open, 'c', run[skip]!);
            const row = o && rowOf(r, [...head, ...run.slice(0, skip), ...run.slice(skip + 1)], -1);
            if (row && o) add(row, from(r + 1, p + w + 1, o, left));
          }
        }
        // Rows r..b printed in two column groups (map/column-groups): one displacement for the block.
        for (let b = r + 2; left > 0 && !overflow && b <= Math.min(n, r + MAX_GROUP_ROWS); b++) {
          if (keys[b - 1]!.length !== keys[r]!.length || anchors.slice(r, b).some((x) => x !== undefined)) break;
          const blocks = groupedBlocks(values, p, b - r, keys[r]!.length, (rr, row) => rowOf(r + rr, row, -1) !== null);
          for (const rows of blocks) if (!overflow) add(rows, from(b, p + (b - r) * keys[r]!.length, open, left - 1));
        }
        // A token set aside before the row.
        if (p < values.length && !overflow) {
          const o = settle(open, 'c', values[p]!);
          if (o) add(null, from(r, p + 1, o, left));
        }
      }
      const res = overflow ? null : [...out.values()];
      memo.set(id, res);
      return res;
    };
    const readings = from(0, 0, [], budget);
    if (readings === null) return null;
    const kept = readings.filter((rd) => {
      const flat = rd.flat();
      const map = new Map<string, CellValue>(allKeys.map((k, i) => [k, flat[i]]));
      return propagate(map, tableIds).violations === 0;
    });
    if (kept.length > 0) return { readings: kept, cost: budget };
  }
  return null;
}
