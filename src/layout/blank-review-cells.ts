/**
 * @file Table 四 of a `mutool draw -F txt` dump of a LibreOffice print with its zeros left blank: its 15
 * cells a line each, a blank cell a line of spaces, a blank cell right after a filled one two spaces ending
 * that cell's line ('15  ' / '3  ' / ' ' / '3'; layout/cut-cell-lines reads table 三 so). Read a line at a
 * time, the blank cells are empty lines like the ones parting mutool's blocks, and the 15 cells lose their
 * places. Here the one run of value lines holding exactly 15 cells so counted, after the table's header, is
 * written as one tab row (a blank cell empty). Only where the table shows three blank-cell lines or more.
 */
import { BLANK_AFTER, BLANK_LINE, MIN_BLANK_LINES, VALUE } from './cut-cell-lines.js';

const TABLE_START = /政府信息公开行政复议、?行政诉讼情况/;
const TABLE_END = /存在的主要问题|其他需要报告/;
/** Table 四's cells. */
const CELLS = 15;
/** Lines a table 四 region may hold. */
const MAX_REGION = 200;

const squeeze = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** The dump's lines with table 四's 15 cells, counted by mutool's blank cells, as one tab row (unchanged when not so). */
export function joinBlankReviewCells(lines: readonly string[]): readonly string[] {
  const start = lines.findIndex((l) => TABLE_START.test(l) && squeeze(l).length < 30);
  if (start < 0) return lines;
  let end = start + 1;
  while (end < lines.length && end - start < MAX_REGION && !(TABLE_END.test(lines[end]!) && squeeze(lines[end]!).length < 30)) end++;
  let blanks = 0;
  for (let i = start + 1; i < end; i++) if (BLANK_LINE.test(lines[i]!)) blanks++;
  if (blanks < MIN_BLANK_LINES) return lines;
  // Runs of value lines (empty lines inside a run part mutool's blocks, no cells), their cells counted.
  const runs: { from: number; to: number; cells: string[] }[] = [];
  let run: { from: number; to: number; cells: string[] } | null = null;
  for (let i = start + 1; i < end; i++) {
    const l = lines[i]!;
    const t = squeeze(l);
    if (BLANK_LINE.test(l) || VALUE.test(t)) {
      run ??= { from: i, to: i, cells: [] };
      run.cells.push(t);
      if (t !== '' && BLANK_AFTER.test(l)) run.cells.push('');
      run.to = i;
    } else if (l !== '') {
      if (run) runs.push(run);
      run = null;
    }
  }
  if (run) runs.push(run);
  const whole = runs.filter((r) => r.cells.length === CELLS);
  if (whole.length !== 1 || runs.some((r) => r !== whole[0] && r.cells.some((c) => c !== ''))) return lines;
  const { from, to, cells } = whole[0]!;
  return [...lines.slice(0, from), cells.join('\t'), ...lines.slice(to + 1)];
}
