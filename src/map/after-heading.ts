/**
 * @file A table 二 row whose label and values have a small table's heading between them. Plain
 * `pdftotext` of a 2019 table 二 split over pages (a `（续表）` caption, the header repeated) prints
 * rows' values away from their labels: a label, the next small table's heading and column header
 * (and maybe its first label), then values. Both readings occur: '第二十条第（五）项 其他对外管理服务事项
 * 第二十条第（六）项 信息内容 … 行政处罚' / '3431' … (行政处罚's values: 其他对外管理服务事项's were printed
 * above its label), and '行政事业性收费 第二十条第（九）项 信息 内容 政府集中采购 目数量' / '1' / '-3' (行政事业性收费's
 * values). Read as one row's, either was taken at 0.88 (`unconfirmed`) and one of them wrong. Nothing
 * printed tells the readings apart, so the values of a row read after such text are marked
 * `orderOpen` (≤ 0.75, src/score ORDER_OPEN_CAP) with a `rows_unread` warning. (Splitting the text at
 * the heading, values to the last label, only moved the wrong values to the other row.)
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';
import type { TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';
import type { Placement } from './table-rows.js';
import { SMALL_TABLE_HEADING as HEADING } from '../template/active.js';

/** The last such heading in a text (built once, not per row). */
const LAST_HEADING = new RegExp(`${HEADING.source}(?!.*${HEADING.source})`, 'u');

/** True when `text` names a template row (one of its labels in it). */
const namesRow = (text: string, specs: readonly RowSpec[]): boolean => {
  const norm = normalizeLabel(text);
  return norm !== '' && specs.some((s) => s.labels.some((l) => norm.includes(normalizeLabel(l))));
};

/** The row's text before its values: a row label, then a small table's heading (and maybe that small table's row label). */
function labelThenHeading(r: TableRow, specs: readonly RowSpec[]): boolean {
  const text = `${r.pending} ${r.label}`;
  const at = text.search(LAST_HEADING);
  return at > 0 && namesRow(text.slice(0, at), specs);
}

/**
 * Marks (in place) `orderOpen` on the placements under `prefix` of rows read by label from a line whose
 * text before the values is a row's label then a small table's heading. `settled`: rows a small table's block
 * placed (map/active-small-tables: the block's value count determines them), left alone. Returns the row keys marked.
 */
export function capAfterHeading(prefix: string, rows: readonly TableRow[], placements: ReadonlyMap<string, Placement>, specs: readonly RowSpec[], settled: ReadonlySet<string> = new Set()): string[] {
  const marked = new Set<string>();
  for (const [k, p] of placements) {
    if (!k.startsWith(prefix) || p.by !== 'label' || p.source.line === undefined || settled.has(k.slice(0, k.lastIndexOf('.')))) continue;
    const row = rows.find((r) => r.source.line === p.source.line);
    if (!row || row.values.length === 0 || !labelThenHeading(row, specs)) continue;
    p.orderOpen = true;
    marked.add(k.slice(0, k.lastIndexOf('.')));
  }
  return [...marked];
}

/**
 * Marks (in place) `orderOpen` on the placements under `prefix` of rows read by label from a line printing values only
 * (no label of its own: the label on a line above, `r.label === ''`), in a text dump whose table rows all name a line
 * (`rows`: the table's rows; the caller checks the dump keeps no cell positions). Such a dump writes a row's value before
 * or after its label — a word processor's print centres a cell vertically, so plain pdftotext writes '行政处罚' / '40' /
 * '行政强制' for 行政强制's 40 beside an empty 行政处罚 — so a value on a line of its own between two labels may be either's,
 * and table 二 has no identity to tell (fixb52: 40 at 0.88 for 行政处罚, golden 0). A value on its label's own line
 * ('行政处罚 390') is not marked, nor one whose order the dump fixes: only where the next line is another row's label that
 * prints nothing after it (read value-after-label, that row is empty; read value-before-label, the value is its) — a dump
 * writing each label with its value after it ('行政许可' / '120' / '行政处罚' / '35', the last value before a heading) fits
 * one order only. `lines`: the table's section; `specs`: its template rows. `settled`: rows a small table's block placed
 * (its value count determines them), left alone.
 * Returns the row keys marked.
 */
export function capValuesApart(prefix: string, rows: readonly TableRow[], placements: ReadonlyMap<string, Placement>, lines: readonly Line[], specs: readonly RowSpec[], settled: ReadonlySet<string> = new Set()): string[] {
  const marked = new Set<string>();
  for (const [k, p] of placements) {
    const key = k.slice(0, k.lastIndexOf('.'));
    if (!k.startsWith(prefix) || p.by !== 'label' || p.unprinted || p.orderOpen || p.source.line === undefined || settled.has(key)) continue;
    const row = rows.find((r) => r.source.line === p.source.line);
    if (!row || row.label !== '' || row.values.length === 0 || !nextLabelEmpty(lines, p.source.line, specs)) continue;
    Object.assign(p, { orderUnconfirmed: true, orderOpen: true });
    marked.add(key);
  }
  return [...marked];
}

/** A line of numbers only (a values-only line of a dump). */
const VALUES_ONLY = /^[\s\d.,，]+$/;

/**
 * True when the line after the values-only line `at` (by source line, empty lines skipped) is a row label of `specs`
 * printing nothing on it, and the line after that label is no values-only line: the value fits both orders — its own
 * label's above, or that label's below.
 */
function nextLabelEmpty(lines: readonly Line[], at: number, specs: readonly RowSpec[]): boolean {
  const text = (l: Line): string => l.cells.join(' ').trim();
  const after = lines.filter((l) => l.source.line !== undefined && l.source.line > at && text(l) !== '');
  const label = after[0];
  if (!label || /\d/.test(text(label))) return false;
  const name = normalizeLabel(text(label));
  if (!specs.some((sp) => sp.labels.some((l) => normalizeLabel(l) === name))) return false;
  return !(after[1] && VALUES_ONLY.test(text(after[1])));
}
