/** @file The text of a line: its non-empty cells joined by a space; as meta/ reads it, without lightweight markup ('= 标题', '*南湖市…* +': layout/unmarked-line). */
import { unmarkedLine } from '../layout/unmarked-line.js';
import type { Line } from '../model/document.js';

/** '' for a missing line. */
export function lineText(line: Line | undefined): string {
  return line ? line.cells.filter((c) => c !== '').join(' ').trim() : '';
}

/** The line's text without the markup a lightweight-markup dump prints around a title, a name or a date ('' for a missing line). */
export function metaText(line: Line | undefined): string {
  return unmarkedLine(lineText(line)).trim();
}
