/** @file The text of a line: its non-empty cells joined by a space. */
import type { Line } from '../model/document.js';

/** '' for a missing line. */
export function lineText(line: Line | undefined): string {
  return line ? line.cells.filter((c) => c !== '').join(' ').trim() : '';
}
