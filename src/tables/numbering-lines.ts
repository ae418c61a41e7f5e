/**
 * @file Lines that print only a sub-row's item number ('1.', '3、'). Plain `pdftotext` (no -layout)
 * prints the numbering cell of table 三's sub-rows ('3.' | '危及“三安全一稳定”') as a text block of
 * its own: a line '3.' right before its label, or a pile of them ('1.' / '2.' / '（三）不予' / '公开' /
 * '5.' / '6.' …) among the labels. Read as a value, each shifts every row of the value stream after
 * it. A line is such a numbering line when it holds nothing but one item number 1–8 with its mark,
 * is no grid cell, and the region shows it prints numbering so: some run of such lines is followed
 * by label text (a line that starts with text, not with a number) — a value printed with a full
 * stop after it is not followed by a label's text.
 */
import type { Line } from '../model/document.js';

/** One item number and its mark, nothing else: '3.', '3．', '3、'. */
const NUMBERING_ONLY = /^\s*[1-8]\s*[.．、]\s*$/;

/** A line of one cell holding an item number only. */
function numberingOnly(line: Line): boolean {
  if (line.cols !== undefined) return false;
  const cells = line.cells.filter((c) => c.trim() !== '');
  return cells.length === 1 && NUMBERING_ONLY.test(cells[0]!);
}

/** A line starting with text (a label), not with a number or a mark. */
function startsWithText(line: Line): boolean {
  const first = line.cells.find((c) => c.trim() !== '')?.trim() ?? '';
  return /^[\p{Script=Han}（(“"]/u.test(first);
}

/**
 * The lines of `lines` that print only an item number: when some run of such lines is followed by
 * label text (the dump prints the numbering cells apart), every such line of the region is one (a
 * number printed among a row's values, '0' / '3.' / '0': the numbering cell of a row whose label
 * came earlier); none when no run is.
 */
export function numberingLines(lines: readonly Line[]): Set<Line> {
  const all: Line[] = [];
  let confirmed = false;
  let run = 0;
  for (const line of lines) {
    if (numberingOnly(line)) {
      all.push(line);
      run++;
      continue;
    }
    if (run > 0 && startsWithText(line)) confirmed = true;
    run = 0;
  }
  return confirmed ? new Set(all) : new Set();
}
