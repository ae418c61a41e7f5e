/**
 * @file Text tables drawn with borders whose cells span rows: a label cell over several rows
 * ('（三）不予公开' beside its eight sub-rows, '三、本年度办理结果' beside the whole result block),
 * drawn by a text browser (w3m, lynx) or pandoc with border lines that stop at the spanning cell
 * ('│          ├──────┼──…'). The drawing is read as a canvas: the column lines are where border
 * lines have junctions, the row lines are the lines that rule some column, and each cell is a
 * rectangle of the fine grid no line cuts. The cells are then placed like an HTML table's
 * (tables/table-to-grid): each fine row one Line, a spanning cell in its first row, with columns.
 *
 * Positions are display columns; whether the dump counted the box characters (East Asian
 * "ambiguous" width) as one column or two, or counted characters, is taken from which measure
 * gives every line of the table the same width. A drawing that is not a clean grid of rectangles
 * is left to layout/grid-tables.
 */
import type { PlacedCell } from '../tables/table-to-grid.js';
import { WIDE } from './aligned-columns.js';
import { joinPieces } from './cell-pieces.js';

/** Vertical bars of content lines. */
const VERT = '│┃║|';
/** Corners and junctions of border lines (ASCII '+' for pandoc). */
const JUNCTION = '┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╟╫╢╞╪╡╤╧╥╨┏┳┓┣╋┫┗┻┛+';
/** Horizontal rule characters. */
const RULE = '─━═-=:┄┈╌';
/**
 * East Asian "ambiguous" width characters (box drawing, curly quotes, ①, ○…): one column or two,
 * depending on the locale the dump was made in. https://www.unicode.org/reports/tr11/
 */
const AMBIGUOUS = /[\u00a7\u00a8\u00b0\u00b1\u00b7\u00d7\u00f7\u2010\u2013-\u2016\u2018\u2019\u201c\u201d\u2020-\u2022\u2025-\u2027\u2030\u2032\u2033\u203b\u2103\u2116\u2160-\u216b\u2170-\u2179\u2190-\u2199\u2460-\u24ff\u2500-\u257f\u2580-\u25ff\u2605\u2606]/;

/** A line of the drawing as (display position, character) pairs. */
type Placed = { at: number; ch: string }[];

/** The line measured one way: characters, or display columns with ambiguous-width characters 1 or 2 wide. */
function measure(line: string, amb: 0 | 1 | 2): Placed {
  const out: Placed = [];
  let at = 0;
  for (const ch of line) {
    out.push({ at, ch });
    at += amb === 0 ? 1 : WIDE.test(ch) ? 2 : AMBIGUOUS.test(ch) ? amb : 1;
  }
  return out;
}

const widthOf = (p: Placed): number => (p.length === 0 ? 0 : p.at(-1)!.at + 1);

/** The lines measured the first way that gives every line the same width, or null. */
function measured(lines: readonly string[]): Placed[] | null {
  for (const amb of [1, 2, 0] as const) {
    const placed = lines.map((l) => measure(l, amb));
    // (The last character's start + 1: a wide last character is a bar, never wide.)
    if (placed.every((p) => widthOf(p) === widthOf(placed[0]!))) return placed;
  }
  return null;
}

/** The characters of a line at display positions [from, to). */
const slice = (p: Placed, from: number, to: number): string =>
  p
    .filter((c) => c.at >= from && c.at < to)
    .map((c) => c.ch)
    .join('');

/** Whether the line rules the column between x0 and x1 (every character there a rule character). */
function rules(p: Placed, x0: number, x1: number): boolean {
  const inner = slice(p, x0 + 1, x1);
  return inner.length > 0 && [...inner].every((ch) => RULE.includes(ch));
}

/** The character at a display position ('' when a wide character covers it or the line is short). */
const charAt = (p: Placed, x: number): string => p.find((c) => c.at === x)?.ch ?? '';

/** A line holding rule runs: a (full or partial) border line. */
const ruled = (line: string): boolean => /[─━═]{2}|-{3}|={3}/.test(line);

/** The fine grid: column lines (positions) and row lines (line indices of the block). */
interface Fine {
  xs: number[];
  ys: number[];
}

/** Column lines: the junctions of the border lines; row lines: lines ruling any column. */
function fineGrid(placed: readonly Placed[], lines: readonly string[]): Fine | null {
  const xs = new Set<number>();
  placed.forEach((p, i) => {
    if (ruled(lines[i]!)) for (const c of p) if (JUNCTION.includes(c.ch)) xs.add(c.at);
  });
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length < 2) return null;
  const ys = placed.flatMap((p, i) => (sorted.slice(1).some((x1, c) => rules(p, sorted[c]!, x1)) ? [i] : []));
  if (ys[0] !== 0 || ys.at(-1) !== placed.length - 1) return null;
  return { xs: sorted, ys };
}

/** Union–find over the fine cells. */
function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

/**
 * The fine cells merged into the printed cells: across a column line no line of the row draws, and
 * down across a row line that does not rule the column. Null when a line is drawn on some lines of
 * a row and not others, or a merged cell is no rectangle.
 */
function mergeCells(placed: readonly Placed[], { xs, ys }: Fine): { r0: number; r1: number; c0: number; c1: number }[] | null {
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const join = (a: number, b: number): void => void (parent[find(parent, a)] = find(parent, b));
  for (let r = 0; r < nr; r++) {
    const inner = placed.slice(ys[r]! + 1, ys[r + 1]!);
    for (let c = 0; c < nc; c++) {
      // A row of no line (two border lines in a row: w3m draws a rowspan running past the table's last row as empty rows) parts its cells.
      if (c + 1 < nc && inner.length > 0) {
        const bars = inner.filter((p) => VERT.includes(charAt(p, xs[c + 1]!)) && charAt(p, xs[c + 1]!) !== '').length;
        if (bars > 0 && bars < inner.length) return null;
        if (bars === 0) join(r * nc + c, r * nc + c + 1);
      }
      if (r + 1 < nr && !rules(placed[ys[r + 1]!]!, xs[c]!, xs[c + 1]!)) join(r * nc + c, (r + 1) * nc + c);
    }
  }
  const boxes = new Map<number, { r0: number; r1: number; c0: number; c1: number; n: number }>();
  for (let i = 0; i < nr * nc; i++) {
    const [r, c] = [Math.floor(i / nc), i % nc];
    const b = boxes.get(find(parent, i)) ?? { r0: r, r1: r, c0: c, c1: c, n: 0 };
    boxes.set(find(parent, i), { r0: Math.min(b.r0, r), r1: Math.max(b.r1, r), c0: Math.min(b.c0, c), c1: Math.max(b.c1, c), n: b.n + 1 });
  }
  const cells = [...boxes.values()];
  if (cells.some((b) => b.n !== (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1))) return null;
  return cells;
}

/**
 * A drawn table (its lines, top border to bottom border) → its rows of placed cells, the block
 * line (0-based) each row starts on, and the column count; null when it is not a clean grid.
 */
export function spannedGrid(lines: readonly string[]): { rows: PlacedCell[][]; starts: number[]; cols: number } | null {
  const placed = measured(lines);
  const fine = placed && fineGrid(placed, lines);
  const cells = fine && mergeCells(placed, fine);
  if (!cells) return null;
  const { xs, ys } = fine;
  const rows: PlacedCell[][] = ys.slice(1).map(() => []);
  for (const b of cells.sort((a, b) => a.c0 - b.c0)) {
    const pieces = placed.slice(ys[b.r0]! + 1, ys[b.r1 + 1]!).map((p) => slice(p, xs[b.c0]! + 1, xs[b.c1 + 1]!));
    rows[b.r0]!.push({ text: joinPieces(pieces), rowSpan: b.r1 - b.r0 + 1, colSpan: b.c1 - b.c0 + 1, row: b.r0, col: b.c0 });
  }
  return { rows, starts: ys.slice(0, -1).map((y) => y + 1), cols: xs.length - 1 };
}
