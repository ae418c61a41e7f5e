/**
 * @file Table 三 printed in two column parts (its first columns, then a （续表） of its last ones,
 * each part printing every row's label) read from a dump that kept no layout (plain `pdftotext`,
 * its CRLF/BOM copies): each part's values lines name their rows by their labels, so a row named by
 * one values line in each part is its first part's cells then its second part's cells — when every
 * such row splits its columns at one place and its own identity (its total) then holds.
 *
 * The other readers of a stream do not know the parts: the label flow (map/label-flow) takes a
 * second part's lines as the rest of the rows above, and small totals hold by chance (breakit47
 * bomcrlf k08 read 危及“三安全一稳定” as `3 0 0 0` + the 国家秘密 row's `1 0 4`). Rows read here come
 * first, so such a reading contradicts them and is dropped. A row named once, three times, or
 * whose parts do not add up to its width is left to the others. Placed by position: below 0.9.
 */
import type { TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';
import { count, fillReadRows, namedRow, open, rowHolds } from './column-blocks.js';
import type { TableFill } from './table-fill.js';

/** Fewest rows named once in each part for the table to be taken as printed in two parts (a wrapped label names one row twice). */
export const MIN_TWO_PART_ROWS = 3;

/**
 * Rows named by exactly two values lines whose values join into the row (template row → values):
 * the first line's count is the same for all of them (the first part's width) and each row's total holds.
 */
export function twoPartRows(table: string, rows: readonly TableRow[], specs: readonly RowSpec[], holds: (r: number, values: number[]) => boolean): Map<number, number[]> {
  const named = new Map<number, (number | null)[][]>();
  for (const row of rows) {
    if (row.values.length === 0) continue;
    const r = namedRow(row, specs);
    if (r === null) continue;
    named.set(r, [...(named.get(r) ?? []), row.values.map(count)]);
  }
  const pairs = [...named].filter(([, lines]) => lines.length === 2);
  if (pairs.length < MIN_TWO_PART_ROWS) return new Map();
  const widths = new Map<number, number>();
  for (const [, [a]] of pairs) widths.set(a!.length, (widths.get(a!.length) ?? 0) + 1);
  const first = [...widths].sort((x, y) => y[1] - x[1])[0]![0];
  const out = new Map<number, number[]>();
  for (const [r, [a, b]] of pairs) {
    const values = [...a!, ...b!];
    if (a!.length !== first || first === 0 || b!.length === 0 || values.length !== specs[r]!.columns.length) continue;
    if (values.some((v) => v === null) || !holds(r, values as number[])) continue;
    out.set(r, values as number[]);
  }
  return out.size >= MIN_TWO_PART_ROWS ? out : new Map();
}

/**
 * Fills the rows of `fill` the row reading left open from {@link twoPartRows} of its printed `rows`
 * (in place); returns the keys it changed.
 */
export function fillFromTwoParts(fill: TableFill, rows: readonly TableRow[]): string[] {
  const { table, specs, identities, fields } = fill;
  const keys = specs.map((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  if (!keys.flat().some((k) => open(fields.get(k)))) return [];
  const read = twoPartRows(table, rows, specs, (r, values) => rowHolds(table, specs[r]!, values, identities));
  return fillReadRows(fill, read, rows, 'parts', 'the first part\'s cells and the second part\'s, each named by its label');
}
