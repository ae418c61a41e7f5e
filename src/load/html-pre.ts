/**
 * @file A `<pre>` block → the lines of its text, as a text file's (text-to-lines). A table typed into a
 * `<pre>` with a bar between its columns but none at the line's ends ('规章          |   10|    4|    4',
 * '     内容     |') is closed with outer bars first, so that the text pipeline reads it as the pipe
 * table it is (pipe-wrapped-rows: a label wrapped onto continuation lines joined to its row, not a
 * blank row). Only when every barred line of the block is open at both ends; lines without a bar
 * (captions, blank lines) stay as printed.
 *
 * A browser draws a `<pre>` in a monospace font, a full-width digit two cells wide, and the page pads
 * its columns to match ('　自然人　　４３  ３２'). The text pipeline reads full-width digits as ASCII
 * ones, one character for one, which would move every number after them on the line off its column
 * (a row printing blank zeros is placed by where its numbers sit: aligned-columns). A number of
 * full-width characters standing as a cell of its own is read as its ASCII digits right-aligned in
 * the cells it was drawn in (its right edge, where the columns' numbers line up, kept).
 *
 * A number too wide for its barred cell wraps inside it ('政府集中采购| 19| 444' over '            |   | 7.0'
 * over '            |   |   4'): a line with an empty first cell whose every other non-empty cell is a
 * piece of a number, under a line with as many cells and a number in each of those, continues those
 * numbers (4447.04); it is joined to them, not read as a row.
 */
import { textToLines } from '../layout/text-to-lines.js';
import type { Line } from '../model/document.js';
import { displayWidth } from '../layout/aligned-columns.js';

/** Lines of a block with a bar between cells before it is read as a barred table. */
const MIN_BARRED = 3;

/** A markdown delimiter or rule line ('---|---', '|:--|'). */
const DELIMITER = /^[\s|:=+-]*-[\s|:=+-]*$/;

/** The text with its barred lines closed by outer bars, or as given when it is not such a table. */
export function closeInnerBars(text: string): string {
  const lines = text.split('\n');
  const barred = lines.filter((l) => l.includes('|'));
  if (barred.length < MIN_BARRED) return text;
  // Open at the left: no barred line starts with a bar at its first column (an indented one starts
  // with an empty cell: '              | 件数| 件数'); at the right, at least one ends with a cell.
  if (barred.some((l) => l.startsWith('|') || DELIMITER.test(l))) return text;
  if (barred.every((l) => /\|\s*$/.test(l))) return text;
  return lines.map((l) => (l.includes('|') ? `|${l}|` : l)).join('\n');
}

/** A number of full-width digits (with full-width or ASCII points and commas) standing as a cell: between spaces, bars or the line's ends. */
const WIDE_NUMBER = /(?<=^|[\s|\u3000])[\uff10-\uff19](?:[\uff10-\uff19\uff0c\uff0e,.]*[\uff10-\uff19])?(?=$|[\s|\u3000])/gm;

/** The text with each full-width number as ASCII digits padded to its drawn width on the left. */
export function narrowWideNumbers(text: string): string {
  return text.replace(WIDE_NUMBER, (n) => {
    const ascii = n.normalize('NFKC');
    return ' '.repeat(displayWidth(n) - ascii.length) + ascii;
  });
}

/** A piece of a number wrapped in its cell. */
const NUMBER_PIECE = /^[\d.,]+$/;
/** A number (or the start of one wrapped in its cell). */
const NUMBER_START = /^\d[\d.,]*$/;

/** The barred lines whose pieces continue the numbers of the line above them joined to it (see the file comment). */
export function joinWrappedNumbers(text: string): string {
  const out: string[] = [];
  let above: string[] | null = null;
  for (const line of text.split('\n')) {
    const cells = line.includes('|') ? line.split('|') : null;
    const pieces = cells && above && cells.length === above.length && cells[0]!.trim() === '' ? cells.map((c) => c.trim()) : null;
    const continues =
      pieces !== null &&
      pieces.some((p) => p !== '') &&
      pieces.every((p, j) => p === '' || (j > 0 && NUMBER_PIECE.test(p) && NUMBER_START.test(above![j]!.trim())));
    if (continues && above) {
      above = above.map((c, j) => (pieces[j] ? padTo(c.trim() + pieces[j], displayWidth(c)) : c));
      out[out.length - 1] = above.join('|');
      continue;
    }
    out.push(line);
    above = cells;
  }
  return out.join('\n');
}

/** A cell's text right-aligned in `width` display columns (as wide as it is when longer). */
const padTo = (text: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** The Lines of a `<pre>` block's text. */
export function preLines(text: string): Line[] {
  return textToLines(closeInnerBars(joinWrappedNumbers(narrowWideNumbers(text))));
}
