/**
 * @file A page of table 三 printed column by column after a pile of its labels (plain `pdftotext`,
 * no `-layout`, of a Chromium print of a Word/WPS table: the page's row labels come first, then each
 * column's cells one per line, a column header word or a blank line between columns:
 * `一、本年新收… / … / 3.补正后申请内容仍 / 不明确 / 48 / 3 / … / 7 / 自然人 / 37 / 1 / …`).
 *
 * What is read: runs of lone values (or lines holding a whole column), each the same length k
 * (≥ {@link MIN_ROWS}), one right after another (between them only text or a gap), every value a
 * plain count, as many as the table has columns — or two or more of them followed right away by k
 * lines each holding the page's other columns row by row (`0 6` / `0 9` / …); the run's rows are the k template rows from the first row the labels before the first
 * run name to the last — both named (map/column-blocks namedText), k rows apart —, and every one of
 * them keeps its own identity (its total) read so. The rows are kept only where no identity of the
 * table breaks with the fields already read (map/column-blocks fillReadRows). The labels and the
 * values are tied by the pile's two ends only, so the values are placed by position: never ≥ 0.9.
 */
import type { TableRow } from '../tables/build-rows.js';
import type { TableFill } from './table-fill.js';
import { pushAll } from '../_internal/extremes.js';
import { count, fillReadRows, namedText, open, rowHolds } from './column-blocks.js';

/** Fewest rows a column run must hold (two equal-length runs of two lone values are too common by chance). */
export const MIN_ROWS = 3;

/** A run of lone values: rows [start, end) of `rows`, each one plain count. */
interface Run {
  start: number;
  end: number;
  values: number[];
}

/** A row holding one plain count and no label of its own. */
const lone = (r: TableRow): number | null => (r.label === '' && r.values.length === 1 ? count(r.values[0]!) : null);

/** Whether a row starts a new run: text above it (a header word, a label) or a gap in the lines. */
function breaksBefore(r: TableRow, prev: TableRow | undefined): boolean {
  if (!prev || r.pending !== '') return true;
  const a = prev.source.line, b = r.source.line;
  return a !== undefined && b !== undefined && b > a + 1;
}

/** A row printing a whole column: at least {@link MIN_ROWS} plain counts and nothing else but blank cells (a converter joined the column's lines). */
function columnRow(r: TableRow): number[] | null {
  const counts = r.values.filter((v) => v.kind !== 'blank').map(count);
  return counts.length >= MIN_ROWS && counts.every((v) => v !== null) ? (counts as number[]) : null;
}

/** The columns in printed order: runs of lone values, and rows holding a whole column (each one run of its own). */
function loneRuns(rows: readonly TableRow[]): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  rows.forEach((r, i) => {
    const column = columnRow(r);
    if (column) {
      runs.push({ start: i, end: i + 1, values: column });
      cur = null;
      return;
    }
    const v = lone(r);
    if (v === null) {
      cur = null;
      return;
    }
    if (!cur || breaksBefore(r, rows[i - 1])) {
      cur = { start: i, end: i + 1, values: [v] };
      runs.push(cur);
      return;
    }
    cur.end = i + 1;
    cur.values.push(v);
  });
  return runs;
}

/** The label texts printed before row `at`'s values back to the previous row with values (labelled rows without values, pending text, its own label), piece by piece. */
function pileBefore(rows: readonly TableRow[], at: number): string[] {
  let from = at;
  while (from > 0 && rows[from - 1]!.values.length === 0) from--;
  const texts: string[] = [];
  for (let i = from; i <= at; i++) {
    pushAll(texts, rows[i]!.pending.split(' '));
    pushAll(texts, rows[i]!.label.split(' '));
  }
  return texts.filter((t) => t !== '');
}

/** The k rows from `at`, each no label and exactly `n` plain counts (a page's last columns printed row by row), or null. */
function rowByRowRest(rows: readonly TableRow[], at: number, k: number, n: number): number[][] | null {
  const out: number[][] = [];
  for (let j = at; j < at + k; j++) {
    const r = rows[j];
    if (!r || r.label !== '' || (j > at && r.pending !== '')) return null;
    const counts = r.values.filter((v) => v.kind !== 'blank').map(count);
    if (counts.length !== n || counts.some((v) => v === null)) return null;
    out.push(counts as number[]);
  }
  return out;
}

/**
 * Template rows → values for each page printed column by column after its labels whose rows all
 * keep their totals.
 */
export function piledLabelColumnRows(fill: TableFill, rows: readonly TableRow[]): Map<number, number[]> {
  const { table, specs, identities } = fill;
  const width = specs[0]?.columns.length ?? 0;
  const out = new Map<number, number[]>();
  if (width < 2 || specs.some((s) => s.columns.length !== width)) return out;
  const runs = loneRuns(rows);
  for (let i = 0; i < runs.length; i++) {
    const k = runs[i]!.values.length;
    if (k < MIN_ROWS || k === width) continue;
    // The page's columns: `m` runs of k, one right after another (no other value row between), then — fewer than
    // the table's columns — its other columns row by row, k lines of the remaining counts right after them.
    let m = 1;
    while (m < width && i + m < runs.length && runs[i + m]!.values.length === k && runs[i + m]!.start === runs[i + m - 1]!.end) m++;
    const tail = m < width ? rowByRowRest(rows, runs[i + m - 1]!.end, k, width - m) : [];
    if (m < 2 || !tail) continue;
    const named = pileBefore(rows, runs[i]!.start).map((t) => namedText(t, specs)).filter((r): r is number => r !== null);
    if (named.length < 2) continue;
    const first = named[0]!, last = named.at(-1)!;
    if (last - first + 1 !== k || named.some((r, j) => j > 0 && r < named[j - 1]!)) continue;
    const page = runs.slice(i, i + m);
    const read = new Map<number, number[]>();
    for (let r = 0; r < k; r++) read.set(first + r, [...page.map((run) => run.values[r]!), ...(tail[r] ?? [])]);
    if (![...read].every(([r, v]) => rowHolds(table, specs[r]!, v, identities))) continue;
    for (const [r, v] of read) out.set(r, v);
    i += m - 1;
  }
  return out;
}

/** Fills the rows {@link piledLabelColumnRows} reads that the row reading left open (in place); returns the keys it changed. */
export function fillFromPiledLabelColumns(fill: TableFill, rows: readonly TableRow[]): string[] {
  const { table, specs, fields } = fill;
  if (!specs.some((s) => s.columns.some((c) => open(fields.get(`${table}.${s.key}.${c}`))))) return [];
  return fillReadRows(fill, piledLabelColumnRows(fill, rows), rows, 'columnPage', 'a page printed column by column after its labels');
}

