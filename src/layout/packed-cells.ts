/**
 * @file Several table rows packed into one row, one line of each cell per row: a converter that
 * merged a table's rows (marker-style markdown `1.a<br>2.b | 0<br>3`, an HTML or Word cell with
 * `<br>` or paragraphs). When the label cells and at least MIN_VALUE_CELLS value cells hold the same
 * number of lines, each one a whole value, the row is those rows; a cell of one line (a group label
 * such as '（三）不予公开') stays in the first. Anything else is left as printed: a value cell of one
 * line beside packed ones could belong to any of the rows.
 */

/** A line of a packed value cell: a number, a not-applicable mark, or nothing (a blank cell). */
const VALUE = /^(?:[-\u2212]?\d[\d,]*(?:\.\d+)?|[/／—–-])?$/;
/** Value cells that must be packed alike before a row is taken apart. */
const MIN_VALUE_CELLS = 2;

const isValue = (piece: string): boolean => VALUE.test(piece.trim());

/** The rows packed in one row, each cell given as its lines; null when the row is not packed so. */
export function unpackRows(pieces: readonly (readonly string[])[]): string[][] | null {
  const multi = pieces.filter((p) => p.length > 1);
  const k = multi[0]?.length ?? 0;
  if (k < 2 || multi.some((p) => p.length !== k)) return null;
  const values = multi.filter((p) => p.every(isValue)).length;
  if (values < MIN_VALUE_CELLS || values === multi.length) return null;
  if (pieces.some((p) => p.length === 1 && p[0]!.trim() !== '' && isValue(p[0]!))) return null;
  return Array.from({ length: k }, (_, r) => pieces.map((p) => (p.length === 1 ? (r === 0 ? p[0]!.trim() : '') : p[r]!.trim())));
}
