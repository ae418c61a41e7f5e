/**
 * @file Table 三 printed transposed in plain text (the applicant kinds as rows, the outcomes across
 * the header), turned back the template's way through load/grid-transpose. Only where each row's
 * cells are certain: a run of separated lines without grid columns whose rows all hold the same
 * number of cells, the header either as many or one fewer (its corner cell left blank, the labels
 * over the value columns). A run with rows of other lengths (a blank or split cell: which column a
 * value is in is not known) is left as printed, and its values are then not placed. Space-aligned
 * text (cells placed by their positions, Line.starts) is left too: a label split at a space would
 * shift every header cell against its values, and the header is not aligned with the rows.
 */
import type { Line } from '../model/document.js';
import { turnedRequests } from './grid-transpose.js';
import { maxOf, pushAll } from '../_internal/extremes.js';

/** Line fields that say something about single cells: a run carrying one is not turned (its cells would move away from it). */
const CELL_FIELDS = ['unread', 'ocr', 'fused', 'starts', 'short', 'undoubled'] as const;

/** A run of text table rows as a grid of `width` columns, or null when a row's cells do not fill it (the first row, a header, may be one short: right-aligned). */
function runGrid(run: readonly Line[]): string[][] | null {
  if (run.some((l) => CELL_FIELDS.some((f) => l[f] !== undefined))) return null;
  const width = maxOf(run.map((l) => l.cells.length));
  const rows: string[][] = [];
  for (const [i, line] of run.entries()) {
    if (line.cells.length === width) rows.push([...line.cells]);
    else if (i === 0 && line.cells.length === width - 1) rows.push(['', ...line.cells]);
    else return null;
  }
  return rows;
}

/** The lines with each transposed table 三 in text turned back; the lines themselves otherwise. */
export function turnTextTables(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  let tables = 0;
  while (i < lines.length) {
    let end = i;
    while (end < lines.length && lines[end]!.separated && !lines[end]!.cols && lines[end]!.cells.length > 1) end++;
    if (end === i) {
      out.push(lines[i++]!);
      continue;
    }
    const run = lines.slice(i, end);
    const grid = runGrid(run);
    const turned = grid ? turnedRequests(grid) : null;
    const damaged = run.some((l) => l.damaged) ? { damaged: true } : {};
    // On a grid of its own (source.table: the tables' readers place a row's cells by their columns), numbered as the text's turned tables.
    const table = turned ? tables++ : tables;
    if (turned) for (const [r, row] of turned.entries()) out.push({ cells: row, cols: row.map((_, j) => j), separated: true, source: { ...run[0]!.source, table, row: r }, ...damaged });
    else pushAll(out, run);
    i = end;
  }
  return out;
}
