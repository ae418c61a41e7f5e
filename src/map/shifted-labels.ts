/**
 * @file Labels attached one row off, as PDF-to-markdown converters do with wrapped label cells:
 * 'down' — a value row without a label, then labelled rows each carrying the label of the row
 * above, then the last label alone on a row of empty cells; 'up' — the mirror image. Sums cannot
 * tell: the sub-rows of one total add up whichever way they are permuted. What tells is the count:
 * read as printed, the label-less row finds no free template row (it is left out) while a label
 * names a row of empty cells. Then the labels are moved back by one over the stretch; the rows
 * keep `shifted` and their values stay below 0.9 (score/: shiftDoubt). Where the label-less row
 * does find a free template row (a row whose label was lost beside a real blank row), the rows are
 * read as printed, still below 0.9. The label on the row of empty cells must name a template row:
 * that is the label the shift left over. Text that names none (a note or heading above the table,
 * a label garbled by OCR) proves nothing, and a stray label-less number near it (an OCR speck) is
 * left out rather than shifting every label between them.
 */
import type { TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';
import { MIN_LABEL_SCORE, rowMatches, type MappedRow } from './join-fragments.js';

/** Most printed rows between a label-less value row and a labelled row of empty cells for them to be read as one shifted stretch. */
export const MAX_SHIFT_SPAN = 8;

/**
 * A value row without a label. Not an OCR'd one: OCR reads a ruled grid row by row (by the grid's
 * row index), so its labels cannot sit one row off; a label-less OCR'd number is an item number
 * split off its label ('3.危及…' read '3' + '危及…'), and shifting every label from it to a
 * column header that happened to name a row ('…其他') moved table 三 of a scan up one row.
 */
const isBare = (r: TableRow): boolean => r.label === '' && r.pending === '' && r.values.some((v) => v.kind === 'num') && !r.values.some((v) => v.kind === 'num' && v.ocr !== undefined);

const isLabelledBlank = (r: TableRow): boolean => r.label !== '' && r.blankCells > 0 && r.values.every((v) => v.kind === 'blank');
const isLabelledValues = (r: TableRow): boolean => r.label !== '' && r.pending === '' && r.values.some((v) => v.kind === 'num');

/**
 * Rows (indexes into `rows`) whose labels may be attached one row off: a value row without a label
 * and, within MAX_SHIFT_SPAN rows, a labelled row of empty cells — one label too many on one side,
 * one too few on the other. Every row from the one to the other may carry its neighbour's label.
 */
export function shiftedStretches(rows: readonly TableRow[]): Set<number> {
  const out = new Set<number>();
  const blanks = rows.flatMap((r, i) => (isLabelledBlank(r) ? [i] : []));
  rows.forEach((r, d) => {
    if (!isBare(r)) return;
    const b = blanks.filter((i) => Math.abs(i - d) <= MAX_SHIFT_SPAN).sort((x, y) => Math.abs(x - d) - Math.abs(y - d))[0];
    if (b === undefined) return;
    for (let i = Math.min(b, d); i <= Math.max(b, d); i++) out.add(i);
  });
  return out;
}

/** True when the row's own label (not the text above it) names some template row. */
const namesRow = (r: TableRow, specs: readonly RowSpec[]): boolean => rowMatches({ label: r.label, pending: '' }, specs).own.some((m) => m.score >= MIN_LABEL_SCORE);

/** Cells of the template row the row's own label names best, or null when it names none. */
function namedWidth(r: TableRow, specs: readonly RowSpec[]): number | null {
  let best = MIN_LABEL_SCORE;
  let width: number | null = null;
  rowMatches({ label: r.label, pending: '' }, specs).own.forEach((m, i) => {
    if (m.score < best) return;
    best = m.score;
    width = specs[i]!.columns.length;
  });
  return width;
}

/**
 * A label-less value row (and the label-less rows above it) carrying on the labelled row above:
 * a row broken over lines, not a row whose label slid. Told in a table printing its blank cells
 * (tab, grid, no-break-space cells: layout/space-blank-cells), where a whole row has all its
 * cells, by the labelled row holding fewer cells than the template row it names. PDFBox -sort
 * writes a 总计 whose numbers wrapped inside their narrow cells as '（七）总计 13 2' / '5 9 1 4 2 1' /
 * '0 181' under rows of '\u00a0' cells; taking '5 9 1 4 2 1' for a label-less row moved the
 * labels of （五）'s rows up by one over the blank row 4.无正当理由… (gen61 986000 r05, 0.7).
 */
function continuesRowAbove(rows: readonly TableRow[], d: number, specs: readonly RowSpec[]): boolean {
  let a = d - 1;
  while (a >= 0 && isBare(rows[a]!)) a--;
  const above = rows[a];
  if (!above || !isLabelledValues(above)) return false;
  const width = namedWidth(above, specs);
  return width !== null && above.values.length < width;
}

/**
 * True when rows `a`..`b` (either order) are rows of one drawn grid, or all lines of text: a label is shifted only within
 * what one writer laid out. A `<table>`'s row holds its label in its own cell, so a label-less line outside that table (a
 * `<p>` of numbers after a wholly blank table 三) never takes a grid row's label — it had read the stray numbers as
 * 结转下年度继续办理's row at 0.85.
 */
function oneSource(rows: readonly TableRow[], a: number, b: number): boolean {
  const table = rows[a]!.source.table;
  for (let i = Math.min(a, b); i <= Math.max(a, b); i++) if (rows[i]!.source.table !== table) return false;
  return true;
}

/**
 * Undoes one-row label shifts: for a label-less value row left out by the alignment (`placed`
 * holds the rows it placed) with a labelled row of empty cells within MAX_SHIFT_SPAN, whose label
 * names a template row, and only labelled value rows between them, all of one source (`oneSource`), each label moves one
 * row toward the label-less row and the row of empty cells goes; not from a row that carries on the row above
 * (continuesRowAbove). Null when there is nothing to undo.
 */
export function unshiftLabels(rows: readonly MappedRow[], placed: ReadonlySet<TableRow>, specs: readonly RowSpec[]): (MappedRow & { shifted?: boolean })[] | null {
  const blanksPrinted = rows.some((r) => r.values.some((v) => v.kind === 'blank'));
  for (const [d, r] of rows.entries()) {
    if (!isBare(r) || placed.has(r) || (blanksPrinted && continuesRowAbove(rows, d, specs))) continue;
    for (const dir of [1, -1]) {
      let b = d + dir;
      while (rows[b] && isLabelledValues(rows[b]!) && Math.abs(b - d) < MAX_SHIFT_SPAN) b += dir;
      if (!rows[b] || !isLabelledBlank(rows[b]!) || !namesRow(rows[b]!, specs) || !oneSource(rows, d, b)) continue;
      const out: (MappedRow & { shifted?: boolean })[] = [...rows];
      // Each row from d toward b takes the label of its neighbour on b's side; the blank label row goes.
      for (let i = d; i !== b; i += dir) out[i] = { ...rows[i]!, label: rows[i + dir]!.label, joined: true, shifted: true };
      out.splice(b, 1);
      return out;
    }
  }
  return null;
}
