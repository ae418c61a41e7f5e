/**
 * @file Rows of a table drawn with `|` between cells and no rules between rows (a text browser's or
 * converter's dump of an HTML table): a label cell too narrow for its text wraps over the next lines,
 * whose value cells are empty — '|三、本年|（一）予以公 |    4|…' / '|度办理结|开          |     |…'. The
 * lines from one that starts a row of its own to the next are one row when they wrap (wrapped-rows.ts:
 * each label cell's pieces stacked under it, each but the last filling it) and only one of them prints
 * values: the row's label is each label column's pieces joined, its cells those of the values line.
 * Lines that do not wrap so are left as printed.
 */
import { hasOuterPipes } from './markdown-text.js';
import { wrappedRows, type LabelLine, type LabelPiece, type Measure } from './wrapped-rows.js';
import { displayWidth } from './aligned-columns.js';
import { minOf } from '../_internal/extremes.js';

/** A value cell: a printed number, a dash for none, or a blank. */
const VALUE = /^(?:[-\u2212]?\d[\d,]*(?:\.\d+)?|[-—–－/／]?)$/;
/** A number. */
const NUMBER = /^[-\u2212]?\d[\d,]*(?:\.\d+)?$/;

/** A cell of a pipe line: its text (trimmed) and where its content space starts on the line. */
interface PipeCell {
  text: string;
  start: Record<Measure, number>;
}

const measured = (s: string): Record<Measure, number> => ({ chars: s.length, width: displayWidth(s) });

/** The cells of a pipe line with their places (between its outer pipes). */
function pipeCells(raw: string): PipeCell[] {
  const out: PipeCell[] = [];
  const bars = [...raw.matchAll(/\|/g)].map((m) => m.index!);
  for (let i = 0; i + 1 < bars.length; i++) {
    const inner = raw.slice(bars[i]! + 1, bars[i + 1]!);
    out.push({ text: inner.trim(), start: measured(raw.slice(0, bars[i]! + 1)) });
  }
  return out;
}

/** The first cell from which a line prints only values (numbers, dashes, blanks) to its end, with at least one number. */
function valuesFrom(cells: readonly PipeCell[]): number {
  let at = valueRunFrom(cells);
  while (at < cells.length && !NUMBER.test(cells[at]!.text)) at++;
  return at;
}

/** The first cell of the line's last run of value cells (numbers, dashes, blanks): right after its label. */
function valueRunFrom(cells: readonly PipeCell[]): number {
  let at = cells.length;
  while (at > 0 && VALUE.test(cells[at - 1]!.text)) at--;
  return at;
}

/**
 * The rows of one stretch of pipe lines (`lines`: line index and raw text) whose labels wrap, as
 * line index → [label, value cells…], and [] for the lines joined into them.
 */
function joinStretch(lines: readonly { index: number; raw: string }[], out: Map<number, string[]>): void {
  const cells = lines.map((l) => pipeCells(l.raw));
  const firsts = cells.map(valuesFrom);
  const valueStarts = cells.flatMap((c, i) => (firsts[i]! < c.length ? [c[firsts[i]!]!.start.width] : []));
  if (valueStarts.length === 0) return;
  // Value columns lie right of every label column: a cell starting at or after the first value column is a value cell.
  const valueAt = minOf(valueStarts);
  const labelLines: LabelLine[] = lines.map((l, i) => {
    const labels = cells[i]!.filter((c) => c.start.width < valueAt && c.text !== '');
    const pieces: LabelPiece[] = labels.map((c) => ({ text: c.text, start: c.start, width: measured(c.text) }));
    return { index: l.index, pieces, hasNumbers: cells[i]!.some((c) => c.start.width >= valueAt && NUMBER.test(c.text)) };
  });
  const byIndex = new Map(lines.map((l, i) => [l.index, i]));
  const valueCells = (x: number): PipeCell[] => cells[byIndex.get(x)!]!.filter((c) => c.start.width >= valueAt);
  for (const w of wrappedRows(labelLines, true)) {
    const valued = w.indices.filter((x) => labelLines[byIndex.get(x)!]!.hasNumbers);
    // The values beside a piece of the label (not a values line under a pile of labels: which label is not said).
    if (valued.length !== 1 || labelLines[byIndex.get(valued[0]!)!]!.pieces.length === 0) continue;
    // The wrap's other lines draw the values line's cell boundaries, their value cells empty (not a header line of another table).
    const starts = new Set(valueCells(valued[0]!).map((c) => c.start.width));
    const drawn = (x: number): boolean => valueCells(x).length > 0 && valueCells(x).every((c) => c.text === '' && starts.has(c.start.width));
    if (!w.indices.every((x) => x === valued[0] || drawn(x))) continue;
    // The row's value cells: those right of the label columns, and the blank cells between its label and them (a
    // stretch a blank line ends — pdfminer — may print no number in the first value column: '| 3.危及…|    |  8|').
    const row = cells[byIndex.get(valued[0]!)!]!;
    const from = Math.min(valueRunFrom(row), row.findIndex((c) => c.start.width >= valueAt));
    for (const x of w.indices) out.set(x, x === valued[0] ? [w.label, ...row.slice(from).map((c) => c.text)] : []);
  }
}

/**
 * The wrapped rows of the `|`-drawn tables in `raws` (a text's lines): line index → the row's cells
 * (its label joined, then its value cells), and [] for a line joined into a row on another line.
 * `skip` says which lines are page furniture (left out of a table, not ending it).
 */
export function pipeWrappedRows(raws: readonly string[], skip: (index: number) => boolean): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let stretch: { index: number; raw: string }[] = [];
  const close = (): void => {
    if (stretch.length > 1) joinStretch(stretch, out);
    stretch = [];
  };
  raws.forEach((raw, index) => {
    if (skip(index)) return;
    if (hasOuterPipes(raw) && !raw.includes('\t')) stretch.push({ index, raw: raw.trimEnd() });
    else close();
  });
  close();
  return out;
}
