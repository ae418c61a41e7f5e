/**
 * @file A `<pre>` block → the lines of its text, as a text file's (text-to-lines). A table typed into a
 * `<pre>` with a bar between its columns but none at the line's ends ('规章          |   10|    4|    4',
 * '     内容     |') is closed with outer bars first, so that the text pipeline reads it as the pipe
 * table it is (pipe-wrapped-rows: a label wrapped onto continuation lines joined to its row, not a
 * blank row). Only when every barred line of the block is open at both ends; lines without a bar
 * (captions, blank lines) stay as printed.
 */
import { textToLines } from '../layout/text-to-lines.js';
import type { Line } from '../model/document.js';

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

/** The Lines of a `<pre>` block's text. */
export function preLines(text: string): Line[] {
  return textToLines(closeInnerBars(text));
}
