/**
 * @file Table 三 rows printed without their 总计 cells, the 总计 column printed after them as a run
 * of its own (plain `pdftotext` / `-nopgbrk` of a Chromium print: each row's six applicant cells one
 * per line or as one line, row after row, then `总计` and the page's totals one per line:
 * `67 / 21 / 5 / 7 / 8 / 6 / 一、本年度新收… / 3 / 1 / … / 总计 / 114 / 5 / 1 / …`; a `<pre>` grid's
 * rows `120 23 6 6 8 8` / `2 2 0 0 0 0` / … then `171` / `4` / …).
 *
 * What is read: a run of n ≥ {@link MIN_ROWS} values t₀…tₙ₋₁ (text between them not allowed) and the 6·n
 * value tokens right before it (text between them ignored: labels printed between rows), cut into n
 * rows of six in order, each row's six summing to its total — a row printed '/' throughout stands
 * for a '/' total. Every n for which all n rows hold is tried; a run read by more than one n is
 * left alone (ambiguous). The search is bounded: runs start at value tokens, n ≤ the table's rows,
 * each try stops at its first failing row.
 *
 * Which template rows they are: the labels printed among the rows (a label names the row before
 * or after the gap it stands in; one first row must agree with every named label, and more than
 * one leaves the block alone), else — no label among them — the block starting with the table's
 * first value is its first row. The rows are kept only where no identity of the table breaks with
 * the fields already read (map/column-blocks fillReadRows), and are placed by position (< 0.9).
 *
 * Not read: rows printing fewer than six values (blank cells that print nothing): cutting the
 * stream into rows of k ≤ 6 and placing k values in six slots leaves nearly every such row open
 * (a blank-zero row's few non-zero values fit any of C(6, k) places by its total alone).
 */
import type { TableRow } from '../tables/build-rows.js';
import type { TableFill } from './table-fill.js';
import { pushAll } from '../_internal/extremes.js';
import { count, fillReadRows, namedText, open, rowHolds } from './column-blocks.js';

/** Fewest rows a block must hold (a couple of rows of zeros sum right by chance). */
export const MIN_ROWS = 3;
/** Shortest text taken for a row label (shorter: a column header word, '其他', '总计'). */
const MIN_LABEL = 4;
/** Applicant cells a row prints before its total. */
const CELLS = 6;

/** One value of the stream: a plain count, '/' (na) or anything else (null); `text` the label texts printed right before it. */
interface Cell {
  value: number | 'na' | null;
  text: string[];
}

function cellsOf(rows: readonly TableRow[]): Cell[] {
  const out: Cell[] = [];
  let text: string[] = [];
  for (const r of rows) {
    if (r.pending) pushAll(text, r.pending.split(' ').filter((t) => t !== ''));
    if (r.label) text.push(r.label);
    for (const v of r.values) {
      if (v.kind === 'blank') continue;
      out.push({ value: v.kind === 'na' ? 'na' : count(v), text });
      text = [];
    }
  }
  return out;
}

/** Whether cells [at, at + 6) sum to `total` (or are all '/' with a '/' total). */
function rowSums(cells: readonly Cell[], at: number, total: number | 'na' | null): boolean {
  if (total === null) return false;
  let sum = 0, na = 0;
  for (let j = at; j < at + CELLS; j++) {
    const v = cells[j]!.value;
    if (v === null) return false;
    if (v === 'na') na++;
    else sum += v;
  }
  return total === 'na' ? na === CELLS : na === 0 && sum === total;
}

/**
 * The first template row the labels printed among the block's rows agree with: each named label
 * votes for the first rows it allows; the one most labels allow, at least two and two thirds of
 * them (a label cut mid-line names another row by chance), and no other as many — else null;
 * 'none' when no label names a row.
 */
function firstByLabels(cells: readonly Cell[], start: number, n: number, specs: Parameters<typeof namedText>[1]): number | null | 'none' {
  const votes = new Map<number, number>();
  let labels = 0;
  for (let i = 0; i <= n; i++) {
    // Text before row i's first cell (i = n: before the totals) stands between rows i-1 and i: it names row i (a label before its values) or i-1 (after).
    for (let j = 0; j < (i < n ? CELLS : 1); j++) {
      for (const t of cells[start + i * CELLS + j]!.text) {
        // (A column header word names a row of the same name: '其他', '总计'.)
        const r = t.length >= MIN_LABEL ? namedText(t, specs) : null;
        if (r === null) continue;
        labels++;
        for (const c of j === 0 ? [r - i, r - i + 1] : [r - i]) if (c >= 0 && c + n <= specs.length) votes.set(c, (votes.get(c) ?? 0) + 1);
      }
    }
  }
  if (labels === 0) return 'none';
  let best: number | null = null, most = 0, tie = false;
  for (const [c, v] of votes) {
    if (v > most) [best, most, tie] = [c, v, false];
    else if (v === most) tie = true;
  }
  return best !== null && !tie && most >= 2 && most >= 2 * (labels - most) ? best : null;
}

/** Template rows → values (six cells and the total) of the blocks read. */
export function totalRunRows(fill: TableFill, rows: readonly TableRow[]): Map<number, number[]> {
  const { table, specs, identities } = fill;
  const out = new Map<number, number[]>();
  if (specs.length === 0 || specs.some((s) => s.columns.length !== CELLS + 1)) return out;
  const cells = cellsOf(rows);
  const firstValue = cells.findIndex((c) => c.value !== null);
  let done = 0; // cells before this are in a block read already
  for (let q = CELLS * MIN_ROWS; q < cells.length; q++) {
    if (q - CELLS * MIN_ROWS < done || cells[q]!.value === null) continue;
    // The totals run: no text inside it.
    let run = 1;
    while (q + run < cells.length && run < specs.length && cells[q + run]!.text.length === 0) run++;
    const found: number[] = [];
    for (let n = MIN_ROWS; n <= run && q - CELLS * n >= done; n++) {
      const start = q - CELLS * n;
      let holds = true;
      for (let i = n - 1; i >= 0 && holds; i--) holds = rowSums(cells, start + i * CELLS, cells[q + i]!.value);
      if (holds) found.push(n);
    }
    if (found.length !== 1) continue;
    const n = found[0]!, start = q - CELLS * n;
    const totals = cells.slice(q, q + n).map((c) => c.value);
    if (totals.filter((t) => typeof t === 'number' && t > 0).length < MIN_ROWS) continue;
    const named = firstByLabels(cells, start, n, specs);
    const first = named === 'none' ? (start === firstValue ? 0 : null) : named;
    if (first === null || first < 0 || first + n > specs.length) continue;
    const read = new Map<number, number[]>();
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      const t = totals[i]!;
      if (t === 'na') continue;
      const values = [...cells.slice(start + i * CELLS, start + (i + 1) * CELLS).map((c) => c.value as number), t as number];
      ok = rowHolds(table, specs[first + i]!, values, identities);
      read.set(first + i, values);
    }
    if (!ok) continue;
    for (const [r, v] of read) out.set(r, v);
    done = q + n;
    q = q + n - 1;
  }
  return out;
}

/** Fills the rows {@link totalRunRows} reads that the row reading left open (in place); returns the keys it changed. */
export function fillFromTotalRuns(fill: TableFill, rows: readonly TableRow[]): string[] {
  const { table, specs, fields } = fill;
  if (!specs.some((s) => s.columns.some((c) => open(fields.get(`${table}.${s.key}.${c}`))))) return [];
  return fillReadRows(fill, totalRunRows(fill, rows), rows, 'totalRun', 'rows of six cells followed by their 总计 column as a run');
}
