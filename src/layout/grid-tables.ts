/**
 * @file Text tables drawn with borders whose cells wrap over several lines: a text browser's dump
 * (w3m, lynx, links: `┌──┬──┐ │…│ ├──┼──┤`) or a pandoc grid table (`+---+---+ | … | +===+`). One
 * table row is every line between two border lines, and a cell's text is the pieces its column
 * holds on those lines ('│行政规范性文│' over '│件          │'). Each row becomes one line of cells,
 * its pieces joined per column, so the row is read as a tab-separated table's row would be.
 * A row whose lines do not all hold the same number of cells is left as printed. A table whose
 * border lines stop at a cell spanning rows is read as a canvas (layout/grid-spans): one line per
 * row of its finest grid, each cell with its column, a spanning cell in its first row.
 */
import { placedRowCells } from '../tables/table-to-grid.js';
import { joinPieces } from './cell-pieces.js';
import { spannedGrid } from './grid-spans.js';

/** A border line: corners, junctions and rules only ('├────┼────┤', '+====+====+'). */
const BORDER = /^[┌├└╔╠╚╟╞┏┣┗+][─━═┄┈╌\-=:┬┼┴╤╪╧╦╬╩╥╫╨┳╋┻+]*[┐┤┘╗╣╝╢╡┓┫┛+]$/;
/** A content line: text between vertical bars ('│规章 │0 │', '| 规章 | 0 |'). */
const CONTENT = /^[│┃║|].*[│┃║|]$/;
/** The vertical bars a content line's cells are split at. */
const BAR = /[│┃║|]/;
/** Fewest rule characters of a border line (a lone '+' or '|-|' is no border). */
const MIN_BORDER = 3;

const isBorder = (t: string): boolean => t.length >= MIN_BORDER && BORDER.test(t);

/** A bottom border ('└──┴──┘'). */
const BOTTOM = /^[└╚┗]/;
/** The characters a drawn row or border line starts with, and ends with (besides a grid table's '+'). */
export const LEFT_EDGES = '│┃║|┌├└╔╠╚╟╞┏┣┗';
export const RIGHT_EDGES = '│┃║|┐┤┘╗╣╝╢╡┓┫┛';
/** A line of a drawn table: a bar or junction at both ends. */
export const DRAWN = new RegExp(`^[${LEFT_EDGES}+].*[${RIGHT_EDGES}+]$`);
/** A border line that stops at a cell spanning rows: rule runs on a line that is no whole border ('│    ├────┼──┤'). */
const PARTIAL_BORDER = /[│┃║|].*(?:[─━═]{2}|-{3}|={3})|(?:[─━═]{2}|-{3}|={3}).*[│┃║|]/;

/** One row of a drawn table: its cells, and their grid columns when the table has cells spanning rows. */
export interface GridRow {
  cells: string[];
  cols?: number[];
}

/**
 * The drawn tables whose border lines stop at cells spanning rows, read by layout/grid-spans: their
 * rows by first line, every other line of them covered.
 */
function spannedRows(trimmed: readonly string[], rows: Map<number, GridRow>, covered: Set<number>): void {
  for (let i = 0; i < trimmed.length; i++) {
    if (!isBorder(trimmed[i]!)) continue;
    let j = i + 1;
    // (A bottom border ends the table: another may start on the next line.)
    while (j < trimmed.length && DRAWN.test(trimmed[j]!) && !BOTTOM.test(trimmed[j - 1]!)) j++;
    let end = j - 1;
    while (end > i && !isBorder(trimmed[end]!)) end--;
    const block = trimmed.slice(i, end + 1);
    const grid = end > i && block.some((t) => !isBorder(t) && PARTIAL_BORDER.test(t)) ? spannedGrid(block) : null;
    if (!grid) continue;
    grid.rows.forEach((row, r) => {
      const { cells, cols } = placedRowCells(row, grid.rows, r);
      if (cells.some((c) => c !== '')) rows.set(i + grid.starts[r]!, { cells, cols });
    });
    for (let k = i; k <= end; k++) if (!rows.has(k)) covered.add(k);
    i = end;
  }
}

/**
 * Grid rows of `raws`: for the first line of each row, the row's cells (pieces joined per column);
 * `covered` holds every other line of a grid (borders, a row's later lines), which are not read.
 */
export function gridRowCells(raws: readonly string[]): { rows: Map<number, GridRow>; covered: Set<number> } {
  const rows = new Map<number, GridRow>();
  const covered = new Set<number>();
  const trimmed = raws.map((r) => r.trim());
  spannedRows(trimmed, rows, covered);
  const spanned = new Set(covered);
  for (let i = 0; i < raws.length; i++) {
    if (spanned.has(i) || !isBorder(trimmed[i]!)) continue;
    // The content lines up to the next border line make one row.
    let j = i + 1;
    while (j < raws.length && CONTENT.test(trimmed[j]!)) j++;
    if (j === i + 1 || j >= raws.length || !isBorder(trimmed[j]!)) continue;
    const split = trimmed.slice(i + 1, j).map((t) => t.slice(1, -1).split(BAR));
    const width = split[0]!.length;
    covered.add(i);
    covered.add(j);
    if (split.some((cells) => cells.length !== width)) continue; // as printed
    rows.set(i + 1, { cells: Array.from({ length: width }, (_, c) => joinPieces(split.map((cells) => cells[c]!))) });
    for (let k = i + 2; k < j; k++) covered.add(k);
    i = j - 1;
  }
  return { rows, covered };
}
