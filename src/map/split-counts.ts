/**
 * @file Table 三 split column-wise (map/split-columns) whose header bands the text does not name
 * (a vertical header printed one character per line, a band merged into the rows): the parts are
 * told by their rows alone. Every value line of the first part prints `a` values, every one of the
 * second `b`, a + b the template's seven columns, both parts as many rows, their labels alike row by
 * row (the second part's labels printed again, wrapped differently, or not at all). The rows are
 * then joined by position, the second part's values appended to the first's row, when the template
 * order's 总计 is the sum of the other six on most rows (the identities confirm the join). The
 * parts' header lines are left out: the joined table's column order is the template's, which no
 * printed header confirms (`orderAssumed`: every value capped below 0.9). Rows missing in one part
 * (other row counts), labels that differ or totals that do not add up: left as printed (the second
 * part then stays a copy nothing tells apart, ambiguous).
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';
import { REQUEST_LEAVES } from './header-words.js';
import { isFurniture, valueCount, withValueCells, type SplitJoin } from './split-columns.js';
import { minOf } from '../_internal/extremes.js';

/** Share of rows whose 总计 must be the sum of their other six values for the join to stand. */
const SUMS_SHARE = 0.75;
/** Share of a row's label characters the other part's label must share (labels wrap differently between parts). */
const LABEL_SHARE = 0.5;
/** Fewest rows a part prints before its rows are joined by position. */
const MIN_ROWS = 6;

/** A label's last cell ending in a value fused to it ('…其他情形）1'): the line with the digits as a cell of their own; null otherwise. */
function unfused(l: Line): Line | null {
  const k = l.cells.length - 1 - valueCount(l);
  const m = k >= 0 ? /^(.*[^\d.．、,，\s])(\d{1,6})$/.exec(l.cells[k]!.trim()) : null;
  if (!m || l.cols) return null;
  return { ...l, cells: [...l.cells.slice(0, k), m[1]!, m[2]!, ...l.cells.slice(k + 1)] };
}

/**
 * Whether a value line prints `w` values: exactly, or one more when it prints nothing else and the
 * first is an item number whose label words wrapped onto a line of their own ('5 0 0 0 0' under
 * '要求行政机关确认或重新出具已获').
 */
function prints(l: Line, w: number): boolean {
  const n = valueCount(l);
  return n === w || (n === w + 1 && n === l.cells.length && /^\d$/.test(l.cells[0]!.trim()));
}

/** The label characters of a value line. */
const labelChars = (l: Line): Set<string> => new Set(normalizeLabel(l.cells.slice(0, l.cells.length - valueCount(l)).join('')).replace(/[\d.．、（）()“”"\s]/g, ''));

/** Whether two rows' labels are alike: either prints none but an item number (its words wrapped onto a line of their own), or the second shares most characters of the shorter. */
function alike(a: Line, b: Line): boolean {
  const x = labelChars(a);
  const y = labelChars(b);
  if (x.size === 0 || y.size === 0) return true;
  const common = [...y].filter((c) => x.has(c)).length;
  return common >= LABEL_SHARE * Math.min(x.size, y.size);
}

/** The numbers of a row's last `n` cells (null for a blank or a mark). */
function numbers(l: Line, n: number): (number | null)[] {
  return l.cells.slice(l.cells.length - n).map((c) => {
    const t = parseWholeValue(c.trim());
    return t?.kind === 'num' ? t.value : null;
  });
}

/** A line with `values` appended (grid columns continued after its last). */
function appended(l: Line, values: readonly string[]): Line {
  const last = l.cols?.at(-1) ?? 0;
  return { ...l, cells: [...l.cells, ...values], ...(l.cols ? { cols: [...l.cols, ...values.map((_, i) => last + 1 + i)] } : {}) };
}

/** Table 三's section lines with two column-split parts, told by their value counts, joined into one table; null otherwise. */
export function joinSplitByCounts(input: readonly Line[] | null): SplitJoin | null {
  if (!input) return null;
  // (A reading-order dump's values split off its one-cell lines: map/split-columns.)
  const lines = withValueCells(input);
  let at = lines.map((l, i) => ({ l, i })).filter(({ l }) => valueCount(l) > 0 && !isFurniture(l));
  // A lone number before the first row printing several (a value of the table above, spilled by a reading-order dump): no row.
  if (at.length % 2 === 1 && at.length > 1 && valueCount(at[0]!.l) === 1 && at[0]!.l.cells.length === 1 && valueCount(at[1]!.l) > 1) at = at.slice(1);
  const width = REQUEST_LEAVES.length;
  if (at.length < 2 * MIN_ROWS || at.length % 2 !== 0) return null;
  const half = at.length / 2;
  const first = at.slice(0, half);
  const a = minOf(first.map(({ l }) => valueCount(l)));
  const b = width - a;
  if (a < 2 || b < 2 || !first.every(({ l }) => prints(l, a))) return null;
  const second = at.slice(half).map(({ l }) => (prints(l, b) ? l : valueCount(l) === b - 1 ? unfused(l) : null));
  if (second.some((l) => l === null || !prints(l, b))) return null;
  const rows = second as Line[];
  if (!first.every(({ l }, k) => alike(l, rows[k]!))) return null;
  // 总计 (the template's last column) the sum of the other six: on most rows printing every value.
  const values = first.map(({ l }, k) => [...numbers(l, a), ...numbers(rows[k]!, b)]);
  const full = values.filter((v): v is number[] => v.every((x) => x !== null));
  const sums = full.filter((v) => v.slice(0, -1).reduce((s, x) => s + x, 0) === v.at(-1)).length;
  if (full.length < MIN_ROWS || sums < SUMS_SHARE * full.length) return null;
  const joined = new Map(first.map(({ l }, k) => [l, appended(l, rows[k]!.cells.slice(rows[k]!.cells.length - b))]));
  const start = first[0]!.i;
  const end = first.at(-1)!.i + 1;
  const after = at.at(-1)!.i + 1;
  const out = [...lines.slice(0, start), ...lines.slice(start, end).map((l) => joined.get(l) ?? l), ...lines.slice(after)];
  return { lines: out, byOrder: rows.every((l) => labelChars(l).size === 0), orderAssumed: true, parts: 2, unnamed: true };
}
