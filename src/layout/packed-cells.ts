/**
 * @file Several table rows packed into one row, one line of each cell per row: a converter that
 * merged a table's rows (marker-style markdown `1.a<br>2.b | 0<br>3`, an HTML or Word cell with
 * `<br>` or paragraphs). When the label cells and at least MIN_VALUE_CELLS value cells hold the same
 * number of lines, each one a whole value, the row is those rows; a cell of one line (a group label
 * such as '（三）不予公开') stays in the first. A label cell with more lines than the value cells is
 * one whose labels wrapped ('2.其他法律行' / '政法规禁止公开'): its lines are joined into as many
 * labels as the value cells hold lines when exactly that many of them start a numbered item ('1.',
 * '2、', '（三）'), numbered one after another, the first line among them. Anything else is left as
 * printed: a value cell of one line beside packed ones could belong to any of the rows, and a
 * wrapped label cell that is not numbered so does not say where its labels break.
 */

/** A line of a packed value cell: a number, a not-applicable mark, or nothing (a blank cell). */
const VALUE = /^(?:[-\u2212]?\d[\d,]*(?:\.\d+)?|[/／—–-])?$/;
/** Value cells that must be packed alike before a row is taken apart. */
const MIN_VALUE_CELLS = 2;
/** The start of a numbered item of a label: '1.', '2、', '3．', '（三）', '(4)'; group 1 an Arabic item number. */
const ITEM_START = /^(?:(\d+)\s*[.、．]|[（(](?:[一二三四五六七八九十]+|(\d+))[）)])/;

const isValue = (piece: string): boolean => VALUE.test(piece.trim());

/** A wrapped label cell's lines joined into `k` labels, each from a line starting a numbered item; null unless exactly `k` do (the first among them), numbered one after another. */
function joinWrapped(lines: readonly string[], k: number): string[] | null {
  const starts = lines.map((l) => ITEM_START.exec(l.trim()));
  if (!starts[0] || starts.filter(Boolean).length !== k) return null;
  const numbers = starts.flatMap((m) => (m ? [m[1] ?? m[2]] : [])).map((n) => (n === undefined ? null : Number(n)));
  if (numbers.some((n, i) => i > 0 && (n === null) !== (numbers[i - 1] === null))) return null;
  if (numbers[0] !== null && numbers.some((n, i) => n !== numbers[0]! + i)) return null;
  const out: string[] = [];
  lines.forEach((l, i) => (starts[i] ? out.push(l.trim()) : (out[out.length - 1] += l.trim())));
  return out;
}

/** The rows packed in one row, each cell given as its lines; null when the row is not packed so. */
export function unpackRows(pieces: readonly (readonly string[])[]): string[][] | null {
  const valueCells = pieces.filter((p) => p.length > 1 && p.every(isValue));
  const k = valueCells[0]?.length ?? 0;
  if (k < 2 || valueCells.length < MIN_VALUE_CELLS) return null;
  const cells = pieces.map((p) => (p.length > k && !p.every(isValue) ? (joinWrapped(p, k) ?? p) : p));
  const multi = cells.filter((p) => p.length > 1);
  if (multi.some((p) => p.length !== k) || multi.length === valueCells.length) return null;
  if (cells.some((p) => p.length === 1 && p[0]!.trim() !== '' && isValue(p[0]!))) return null;
  return Array.from({ length: k }, (_, r) => cells.map((p) => (p.length === 1 ? (r === 0 ? p[0]!.trim() : '') : p[r]!.trim())));
}
