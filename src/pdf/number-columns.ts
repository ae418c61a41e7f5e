/**
 * Left edges of number columns on a page: x positions where bare numbers start on several lines.
 *
 * A narrow label column (LibreOffice / Word prints of a table whose labels wrap two characters a
 * line) ends its first label line less than a cell gap before the first value, and producers that
 * draw a whole row in one text object give that value no object edge: '1.本机' 0.94 em before '0'
 * was joined into the label, the row lost its first value and every value after it sat one column
 * left. Such tables left-align their values, so the first value column starts at one x on every
 * row; a number starting exactly there, after text, starts a cell (`pdf-lines.ts` splitLine).
 */
import type { PdfItem } from './pdf-lines.js';

/** pt. Starts this close are one column edge (the same cell padding on every row). */
export const COLUMN_EDGE_SLACK = 0.6;
/** Lines with a number starting at an x before it counts as a column edge: a table's rows, not a coincidence of prose. */
export const MIN_COLUMN_LINES = 3;

/**
 * A zero printed as the letter O, an item of its own (breakit56 lo-prtf r28: a report typed with the
 * letter for some zeros): it starts a number column as a bare number does, and after label text it
 * starts a cell on a column edge (`pdf-lines.ts` splitLine) — joined to the label ('3.危及O“三'), the
 * row lost its first value and every value moved a column. Read as an OCR'd 0 (tables/tokenize-cell,
 * flag `ocr`: below 0.9 unless identities through other cells confirm it).
 */
export const ZERO_LETTER = /^O$/;

/** A number alone ('0', '1,074', '3.50'). */
export const isBareNumber = (s: string): boolean => /^\d+(?:[.,]\d+)*$/.test(s);

/** The x positions where a bare number starts on at least `MIN_COLUMN_LINES` of `rows` (lines of items). */
export function numberColumnStarts(rows: readonly (readonly PdfItem[])[]): number[] {
  const starts: { x: number; line: number }[] = [];
  rows.forEach((row, line) => {
    for (const it of row) if (isBareNumber(it.str.trim()) || ZERO_LETTER.test(it.str.trim())) starts.push({ x: it.x, line });
  });
  starts.sort((a, b) => a.x - b.x);
  const edges: number[] = [];
  let i = 0;
  while (i < starts.length) {
    let j = i;
    while (j + 1 < starts.length && starts[j + 1]!.x - starts[i]!.x <= COLUMN_EDGE_SLACK) j++;
    const group = starts.slice(i, j + 1);
    if (new Set(group.map((s) => s.line)).size >= MIN_COLUMN_LINES) edges.push(group.reduce((s, g) => s + g.x, 0) / group.length);
    i = j + 1;
  }
  return edges;
}

/** True when `x` lies on one of `edges`. */
export const onColumnEdge = (x: number, edges: readonly number[]): boolean => edges.some((e) => Math.abs(e - x) <= COLUMN_EDGE_SLACK);
