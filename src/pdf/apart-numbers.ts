/**
 * @file Two numbers in one table cell that the page shows apart: '109' and '27' drawn as two runs
 * with a gap wider than a digit between them are two numbers, not 10927 ('6763' and '.91': not
 * 6763.91). The cell's text keeps a space between them, which the row readings do not take as one number (the cell is not trusted
 * as a value). A thousands-group space ('1 234') is at most a digit wide and stays joined, as do
 * glyphs a producer places one by one (pdftocairo) and a number's own letter-spacing, whose gaps
 * are narrower.
 */
import type { PdfItem } from './pdf-lines.js';

/** × font size. A digit's advance when a run does not measure one (half-width digits are 0.5 em). */
const DIGIT_EM = 0.5;
/** × a digit's advance. A gap wider than this between two numbers parts them (a thousands space is one digit wide at most). */
const APART = 1.1;

/** The advance of one digit of `it` (its width over its length when it is all digits), else DIGIT_EM. */
function digitAdvance(it: PdfItem): number {
  const s = it.str.trim();
  return /^\d+$/.test(s) && it.width > 0 ? it.width / s.length : DIGIT_EM * it.size;
}

/**
 * What goes between two runs `a` and `b` (left to right) of one line of a cell: ' ' when `a` ends
 * and `b` starts with a digit and the gap between them is wider than APART digits, else ''.
 */
export function runSeparator(a: PdfItem, b: PdfItem): string {
  if (!/[\d.．]$/.test(a.str.trimEnd()) || !/^[\d.．]/.test(b.str.trimStart()) || !/\d/.test(a.str) || !/\d/.test(b.str)) return '';
  const gap = b.spacedGap ?? b.x - (a.x + a.width);
  return gap > APART * Math.max(digitAdvance(a), digitAdvance(b)) ? ' ' : '';
}

/**
 * The runs of one cell's lines (left to right each) as the cell's text: the text cleaned by `clean`
 * (pdf-lines cellText) in parts, at each gap where numbers are shown apart (runSeparator), the parts
 * joined by a space (so that the cleaning's joins of a spaced decimal point do not join them again).
 */
export function joinCellRuns(rows: readonly (readonly PdfItem[])[], clean: (raw: string) => string): string {
  const parts: string[] = [''];
  for (const row of rows) {
    row.forEach((it, i) => {
      if (i > 0 && runSeparator(row[i - 1]!, it)) parts.push('');
      parts[parts.length - 1] += it.str;
    });
  }
  return parts.map(clean).filter(Boolean).join(' ');
}
