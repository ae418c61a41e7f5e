/**
 * @file Rows whose value columns were cut into text blocks (plain `pdftotext`, no `-layout`, of a
 * narrow page: A5, a 140 mm page, B5 with narrow margins). Each text line of such a table is a run
 * of adjacent cells of ONE row in column order: the line that carries a row's label carries the
 * row's first cells (`危及“三安全一 20 0 0 0`), and its other cells follow as lines of values only
 * (`0` / `0` / `20`) — when pdftotext read that row's blocks together. It does not always: a row's
 * last cells may come after the next rows' labels, a lone column of a row after the rest of the
 * page, so the whole table is not read from this (a search over every order the columns may come in
 * keeps too many rows open at once to finish; see README, "Not read").
 *
 * What is read: a line whose label names one template row (score ≥ {@link LABEL_SCORE}, no other row
 * within {@link LABEL_MARGIN}) and that holds fewer values than the row has cells, taken with the
 * value tokens of the lines right after it (lines without a label of their own) up to the row's
 * width, ending where text starts again (more values right after them: a pile of labels whose rows
 * follow row by row, `确认或重新出具 0` / `0` / `0 15 68 0 83` / `165 0` …, the values of another row) —
 * only when the row's own identity (its total) then holds, and the row is kept only if no
 * identity of the table breaks with the fields already read (map/anchored-runs keptByIdentities).
 * The identity may hold by chance (a row of zeros followed by zeros of other rows), so the values
 * are placed by position: never ≥ 0.9.
 */
import type { SourceRef } from '../model/document.js';
import { EPSILON, identityKeys, parsePart } from '../solve/propagate.js';
import type { Group, SolvedField } from '../solve/types.js';
import type { TableRow } from '../tables/build-rows.js';
import type { Identity, RowSpec } from '../template/index.js';
import { keptByIdentities } from './anchored-runs.js';
import { rowMatches } from './join-fragments.js';
import type { TableFill } from './table-fill.js';
import { fillFromGroups } from './table-stream.js';
import { maxOf } from '../_internal/extremes.js';

/** Lowest label score for a line's label to name its row. */
export const LABEL_SCORE = 0.6;
/** A second row scoring within this of the best leaves the line unnamed. */
export const LABEL_MARGIN = 0.1;

/** A plain count: digits, or digits in thousands groups ('1,318', '22,355'). */
const PLAIN_COUNT = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/u;

/** A plain count token's value, or null. */
export function count(v: TableRow['values'][number]): number | null {
  return v.kind === 'num' && !v.fusable && PLAIN_COUNT.test(v.raw) ? v.value : null;
}

/**
 * The one template row a line names, or null: by its own label, else (a line of values only) by the
 * label text on the lines just before it (`二、上年结转政府信息公开申请数量` / `2`).
 */
export function namedRow(row: TableRow, specs: readonly RowSpec[]): number | null {
  return namedText(labelText(row), specs);
}

/** The label text of a values line: its own label, else the last line of the text before it (pending text joins lines with a space: header words come first). */
export const labelText = (row: TableRow): string => row.label || row.pending.split(' ').at(-1)!;

/** The one template row a label text names (score ≥ {@link LABEL_SCORE}, no other within {@link LABEL_MARGIN}), or null. */
export function namedText(text: string, specs: readonly RowSpec[]): number | null {
  if (!text) return null;
  const own = rowMatches({ label: text, pending: '' }, specs).own.map((m) => m.score);
  const best = maxOf(own);
  if (best < LABEL_SCORE) return null;
  const near = own.flatMap((s, r) => (s >= best - LABEL_MARGIN ? [r] : []));
  return near.length === 1 ? near[0]! : null;
}

/**
 * Rows read as a labelled line's first cells plus the value lines right after it: template row →
 * its values, for rows whose own identities hold. A row named by two lines is left out.
 */
export function blockRows(table: string, rows: readonly TableRow[], specs: readonly RowSpec[], identities: readonly Identity[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const twice = new Set<number>();
  let last: number | null = null;
  rows.forEach((row, i) => {
    const r = namedRow(row, specs);
    // The wrapped tail of the label before (`法规禁止公开` after `其他法律行政 896 73 0 0`) names that row again.
    const tail = !row.label && r === last;
    if (r !== null) last = r;
    if (r === null || tail) return;
    const width = specs[r]!.columns.length;
    const values = row.values.map(count);
    if (values.length === 0 || values.length >= width || values.some((v) => v === null)) return;
    let j = i + 1;
    for (; j < rows.length && values.length < width; j++) {
      const next = rows[j]!;
      if (next.label) break;
      for (const v of next.values) values.push(count(v));
    }
    if (values.length !== width || values.some((v) => v === null)) return;
    // The row's value lines end where text starts again (a label, its wrapped tail) or the table ends:
    // more values right after them are a pile of rows printed after their labels, not this row's block.
    const after = rows[j];
    if (after && !after.label && !after.pending) return;
    if (!rowHolds(table, specs[r]!, values as number[], identities)) return;
    if (out.has(r)) twice.add(r);
    out.set(r, values as number[]);
  });
  for (const r of twice) out.delete(r);
  return out;
}

/** Whether a row's own identities (those lying inside it: its total) hold; false when it has none. */
export function rowHolds(table: string, spec: RowSpec, values: readonly number[], identities: readonly Identity[]): boolean {
  const keys = spec.columns.map((c) => `${table}.${spec.key}.${c}`);
  const own = identities.filter((id) => identityKeys(id).every((k) => keys.includes(k)));
  return own.length > 0 && own.every((id) => {
    const sum = id.parts.reduce((s, p) => s + parsePart(p).sign * values[keys.indexOf(parsePart(p).key)]!, 0);
    return Math.abs(sum - values[keys.indexOf(id.total)]!) < EPSILON;
  });
}

/** A field the rows left without a value (missing or ambiguous). */
export const open = (f: SolvedField | undefined): boolean => !f || f.value === null || f.flags.includes('ambiguous');

/**
 * Fills the rows of `read` (template row → values) that the row reading left open and that break no
 * identity of the table (in place), placed by position; `name` labels the groups and `how` the
 * source. Returns the keys it changed.
 */
export function fillReadRows(fill: TableFill, read: ReadonlyMap<number, readonly number[]>, rows: readonly TableRow[], name: string, how: string): string[] {
  const { table, specs, identities, fields, placements } = fill;
  const groups: Group[] = [];
  for (const [r, values] of read) {
    const keys = specs[r]!.columns.map((c) => `${table}.${specs[r]!.key}.${c}`);
    if (!keys.some((k) => open(fields.get(k)))) continue;
    groups.push({ id: `${table}.${name}.${r}`, keys, candidates: [{ cost: 0, cells: values.map((value) => ({ value, flags: [] })) }] });
  }
  const kept = keptByIdentities(groups, identities, fields);
  if (kept.length === 0) return [];
  const first = rows.find((r) => r.values.length > 0)!;
  const source: SourceRef = { ...first.source, text: `table stream: ${kept.length} rows read as ${how}` };
  return fillFromGroups(kept, identities, fields, placements, source);
}

/**
 * Fills the rows the row reading left unresolved from {@link blockRows} (in place); returns the
 * keys it changed.
 */
export function fillFromColumnBlocks(fill: TableFill, rows: readonly TableRow[]): string[] {
  const { table, specs, identities, fields } = fill;
  const keys = specs.map((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  if (!keys.flat().some((k) => open(fields.get(k)))) return [];
  return fillReadRows(fill, blockRows(table, rows, specs, identities), rows, 'block', "a label's first cells and the value lines after it");
}
