/**
 * @file A row a group label's rowspan ran over, as a converter flattened it. A page whose
 * `（五）不予处理` spans one row too many (rowspan=6 over its five items and a one-row
 * `（六）其他处理`: a CMS row template kept the span of the six-item form) is shown by a browser with
 * `（六）` one column right, under the items, and its values one column past the table's last. The
 * HTML path cuts such a span before the row (load/html-table clipOverrunSpans), but a converter
 * that writes the table as one cell per column (pandoc's Textile, MediaWiki, Org, reST, AsciiDoc
 * writers; markdown_strict's raw HTML) has already placed it: the row comes with an empty cell
 * before its label, the label one column right of every other `（N）` label of the table, and its
 * last value dropped (breakit56 pandoc-textile r23: '（六）其他处理 ∅ 6 5 0 0 0 --' under a 总计-first
 * header, read 0 at 0.98 where '—' was printed).
 *
 * Such a row is moved back one column (the empty cell before its label taken out) and its last
 * cell, which the converter dropped, is unread (`Line.unread`: derived from the identities, or
 * missing; never 0).
 */
import type { Line } from '../model/document.js';

/** A `（N）` group label (Chinese numeral in brackets) starting a cell. */
const PAREN_LABEL = /^\s*[（(][一二三四五六七八九十]+[）)]/;
/** Table 三 has at least its seven value columns and a label column: narrower tables are not it. */
const MIN_TABLE_CELLS = 8;
/** Other `（N）` labels that must stand in one column for a row's label one right of them to be shifted. */
const MIN_PLACED_LABELS = 2;

const firstFilled = (cells: readonly string[]): number => cells.findIndex((c) => c.trim() !== '');

/** The lines with each flattened overrun row moved back (see the file comment); the same array when there is none. */
export function unshiftOverrunRows(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; ) {
    const width = lines[i]!.cells.length;
    let j = i + 1;
    while (j < lines.length && lines[j]!.separated && lines[j]!.cells.length === width && sameTable(lines[i]!, lines[j]!)) j++;
    if (lines[i]!.separated && width >= MIN_TABLE_CELLS && j - i > MIN_PLACED_LABELS) {
      for (const k of shiftedRows(lines.slice(i, j))) {
        out ??= [...lines];
        out[i + k] = unshifted(lines[i + k]!);
      }
    }
    i = j;
  }
  return out ?? lines;
}

const sameTable = (a: Line, b: Line): boolean => a.source.table === b.source.table;

/** Indexes (in `rows`) of rows whose `（N）` label stands one column right of every other such label, an empty cell before and after it. */
function shiftedRows(rows: readonly Line[]): number[] {
  const at = rows.map((l) => {
    const f = firstFilled(l.cells);
    return f >= 0 && PAREN_LABEL.test(l.cells[f]!) ? f : -1;
  });
  const out: number[] = [];
  at.forEach((f, k) => {
    if (f < 1) return;
    const others = at.filter((g, m) => m !== k && g >= 0);
    if (others.length < MIN_PLACED_LABELS || others.some((g) => g !== f - 1)) return;
    const cells = rows[k]!.cells;
    // The label's colspan filler after it, and a value after that (the row is not a label alone).
    if (cells[f + 1]?.trim() !== '' || cells.slice(f + 2).every((c) => c.trim() === '')) return;
    out.push(k);
  });
  return out;
}

/** The row moved back one column: the empty cell before its label out, its last cell unread. */
function unshifted(l: Line): Line {
  const f = firstFilled(l.cells);
  const cells = [...l.cells.slice(0, f - 1), ...l.cells.slice(f), ''];
  const last = cells.length - 1;
  const unread = [...(l.unread ?? []).filter((j) => j < f - 1), ...(l.unread ?? []).filter((j) => j >= f).map((j) => j - 1), last];
  const { starts: _moved, ...rest } = l;
  return { ...rest, cells, unread };
}
