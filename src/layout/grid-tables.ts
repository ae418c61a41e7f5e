/**
 * @file Text tables drawn with borders whose cells wrap over several lines: a text browser's dump
 * (w3m, lynx, links: `┌──┬──┐ │…│ ├──┼──┤`) or a pandoc grid table (`+---+---+ | … | +===+`). One
 * table row is every line between two border lines, and a cell's text is the pieces its column
 * holds on those lines ('│行政规范性文│' over '│件          │'). Each row becomes one line of cells,
 * its pieces joined per column, so the row is read as a tab-separated table's row would be.
 * A row whose lines do not all hold the same number of cells is left as printed.
 */
import { tabCell } from './tab-cell.js';

/** A border line: corners, junctions and rules only ('├────┼────┤', '+====+====+'). */
const BORDER = /^[┌├└╔╠╚╟╞┏┣┗+][─━═┄┈╌\-=:┬┼┴╤╪╧╦╬╩╥╫╨┳╋┻+]*[┐┤┘╗╣╝╢╡┓┫┛+]$/;
/** A content line: text between vertical bars ('│规章 │0 │', '| 规章 | 0 |'). */
const CONTENT = /^[│┃║|].*[│┃║|]$/;
/** The vertical bars a content line's cells are split at. */
const BAR = /[│┃║|]/;
/** Fewest rule characters of a border line (a lone '+' or '|-|' is no border). */
const MIN_BORDER = 3;

const isBorder = (t: string): boolean => t.length >= MIN_BORDER && BORDER.test(t);

/** A CJK character or full-width punctuation: pieces of a wrapped cell meet without a space there. */
const CJK_EDGE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** A piece of a cell that is digits only: it continues a number only when the piece above filled its cell. */
const DIGITS = /^\d+$/;

/**
 * The pieces of one cell, top to bottom (as printed, padding kept), joined: no space beside CJK, a
 * space between other words. Digits continue the digits above only when those filled their cell's
 * width (a number wrapped in a narrow column); digits under padded digits are another number
 * (several rows packed in one cell), kept apart.
 */
function joinPieces(raw: readonly string[]): string {
  let out = '';
  let wrapped = true;
  let prevRaw = '';
  for (const r of raw) {
    const p = r.trim();
    if (p === '') continue;
    if (out !== '' && DIGITS.test(p) && /\d$/.test(out)) {
      const filled = prevRaw.trim().length === prevRaw.length;
      wrapped &&= filled;
      out = filled ? out + p : `${out} ${p}`;
    } else out = out === '' || CJK_EDGE.test(out.at(-1)!) || CJK_EDGE.test(p[0]!) ? out + p : `${out} ${p}`;
    prevRaw = r;
  }
  return wrapped ? tabCell(out) : out;
}

/**
 * Grid rows of `raws`: for the first line of each row, the row's cells (pieces joined per column);
 * `covered` holds every other line of a grid (borders, a row's later lines), which are not read.
 */
export function gridRowCells(raws: readonly string[]): { rows: Map<number, string[]>; covered: Set<number> } {
  const rows = new Map<number, string[]>();
  const covered = new Set<number>();
  const trimmed = raws.map((r) => r.trim());
  for (let i = 0; i < raws.length; i++) {
    if (!isBorder(trimmed[i]!)) continue;
    // The content lines up to the next border line make one row.
    let j = i + 1;
    while (j < raws.length && CONTENT.test(trimmed[j]!)) j++;
    if (j === i + 1 || j >= raws.length || !isBorder(trimmed[j]!)) continue;
    const split = trimmed.slice(i + 1, j).map((t) => t.slice(1, -1).split(BAR));
    const width = split[0]!.length;
    covered.add(i);
    covered.add(j);
    if (split.some((cells) => cells.length !== width)) continue; // as printed
    rows.set(i + 1, Array.from({ length: width }, (_, c) => joinPieces(split.map((cells) => cells[c]!))));
    for (let k = i + 2; k < j; k++) covered.add(k);
    i = j - 1;
  }
  return { rows, covered };
}
