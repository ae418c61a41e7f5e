/**
 * @file One PDF page → positioned lines, by one of two table strategies:
 * - `ruled`: a grid drawn by rulings (`grid.ts`); every item goes to the cell that holds its
 *   centre (a number a column boundary runs through is cut there first), a cell's text is its items in reading order (a label wrapped over several lines, or
 *   stacked one character per line, is one cell), and each grid row becomes one line whose cells
 *   are the cells starting in that row — the same shape as an HTML `<tr>`. A header cell's last
 *   line drawn just below the grid at a page break is put back in its cell (`overhang.ts`).
 * - `whitespace`: items outside any grid are grouped by position (`pdf-lines.ts`).
 * Lines from both are merged top to bottom. Page furniture is removed afterwards across pages.
 */
import type { OcrCellInfo, SourceRef } from '../model/document.js';
import type { Grid, GridCell } from './grid.js';
import type { Box } from './white-text.js';
import { cellText, groupLines, itemsToLines, mergeWrappedLabels, type PdfItem } from './pdf-lines.js';
import { joinCellRuns } from './apart-numbers.js';
import { stackHeaderBands } from './header-band.js';
import { cutAtColumns } from './cross-rulings.js';
import { overhangs } from './overhang.js';
import { joinItemColumn } from './item-column.js';
import { joinWrappedNumbers } from './wrapped-numbers.js';
import { joinCentredPieces } from './centred-pieces.js';
import { joinCellWraps, wrappedCellMarks } from './wrapped-cell-pieces.js';

/** How a table's cells were found. */
export type TableStrategy = 'ruled' | 'whitespace';

/** A line on a page with its vertical extent; `free` lines are outside ruled tables. */
export interface PageLine {
  cells: string[];
  /** Grid column of each cell (ruled tables). */
  cols?: number[];
  /** Left and right edge of each cell (free lines; see free-columns.ts). */
  xs?: number[];
  ends?: number[];
  top: number;
  bottom: number;
  free: boolean;
  source: SourceRef;
  /** Read by OCR: one entry per cell (see `ocr/`). */
  ocr?: OcrCellInfo[];
  /** Cells whose number may be the touching numbers of several cells (set by free-columns.ts). */
  fused?: number[];
  /** A borderless table's column header read as whole cells (header-band.ts): free-columns.ts places rows under its leaves. */
  header?: boolean;
  /** Ruled rows: each cell's box across and its sides a page break left open (`cut-cells.ts`). */
  boxes?: Pick<GridCell, 'x1' | 'x2' | 'openAbove' | 'openBelow'>[];
  /** Cells whose number was joined from pieces a page break cut apart (`row-break.ts`). */
  joined?: number[];
  /** A free row beside pieces of numbers its narrow cells wrapped, not joined: any value may be a piece (`wrapped-numbers.ts`). */
  piecesBeside?: true;
  /** A row cut by a page break whose pieces could not be placed: its numbers are not trusted (`row-break.ts`). */
  doubt?: true;
  /** Cells of a ruled row lying beyond the page's visible box (`beyondPage`): values the page does not give. */
  unread?: number[];
  /** A free line whose text runs to the page's left or right edge (`atPageEdge`): perhaps cut there. */
  atEdge?: true;
  /** A picture the size of a cell is painted across the line (load-pdf, pdf/table-images `cellSizedPictures`): Line.opaqueCells. */
  opaqueCells?: true;
}

/** The page's visible box (pt, top-left origin: 0..width across, 0..height down; pdf.js's viewport is the crop box). */
export interface PageView {
  width: number;
  height: number;
  /**
   * Boxes of the strings the clip cut (glyphs outside it left out, `pdf/clipped-text.ts`): a table may run past the edge there
   * (`cutAtEdge`); a cell a number the clip hid wholly lies in is unread (`hiddenNumberCells`).
   */
  clipped?: readonly ClipBox[];
}

/** A string's box the clip cut: its text, and whether it was cut at the clip's edge or shown in part (`pdf/text-walk.ts` ClippedText). */
export type ClipBox = Box & { str?: string; cut?: boolean; shown?: string };

/**
 * The grid's cells (by index) a string holding digits lies in (its box's middle) that the clip hid
 * wholly: the printer wrote the number, the page does not show it (a table column cut at a clip —
 * Chromium's box edge, LibreOffice's page edge — its header on the page, its numbers past the clip,
 * pdf/clipped-text drops them as `hidden_text_dropped` '… outside the clip'). Such a cell read empty
 * is not a blank 0: unread. Found through the grid's slots (`itemsByCell`), not cell by box.
 */
function hiddenNumberCells(grid: Grid, view: PageView | undefined): Set<number> {
  const out = new Set<number>();
  const boxes: PdfItem[] = [];
  for (const b of view?.clipped ?? []) {
    if (b.cut || b.shown !== undefined || b.str === undefined || !/\d/.test(b.str)) continue;
    boxes.push({ str: b.str, x: b.x0, width: Math.max(0, b.x1 - b.x0), top: b.y0, height: Math.max(0, b.y1 - b.y0), size: Math.max(0, b.y1 - b.y0) });
  }
  if (boxes.length === 0) return out;
  itemsByCell(grid, boxes).forEach((held, k) => { if (held.length > 0) out.add(k); });
  return out;
}

/**
 * A grid cell whose middle lies beyond the page's visible box: the page was cut out of a wider one
 * (`mutool poster`: each half of a sheet its own page, a wide table's labels on one page and its
 * numbers on the next; a crop box clipping the right of a table) and the drawing kept the whole
 * table's rulings, so the grid runs on past the edge while the text there is clipped away. Such a
 * cell prints nothing on this page because the page does not show it, not because it is empty: its
 * value is unread, never a blank 0. Across only: a row cut off above or below (`mutool poster -y 2`)
 * is read whole on the page that shows it, and a label cell spanning rows there may start in it here.
 */
const beyondPage = (c: Pick<GridCell, 'x1' | 'x2'>, view: PageView): boolean => {
  const cx = (c.x1 + c.x2) / 2;
  return cx < 0 || cx > view.width;
};

/** pt. A grid side this close to the page's edge ends there (rulings clipped by the page, anti-aliasing). */
const PAGE_EDGE_SLACK = 1.5;

/**
 * A cell in the outer column of a grid whose side is the page's edge, and a string the clip cut lies
 * in its rows and reaches that edge: the table ran on past the page and was cut there (LibreOffice
 * Writer/Web prints a layout table wider than the paper and clips it at the paper's edge: table 三's
 * label columns on the page, a sliver of its 自然人 column at the edge — its rulings drawn up to the
 * edge —, the number drawn past the edge and clipped: '15' wholly, '141' as '14'). What such a cell
 * shows is not its value: empty, it is not a blank 0; a number there lost its digits. Both are unread.
 * A row of the cut column no clipped string crosses is read as printed (its numbers whole on the
 * page: a 自然人 column the edge leaves whole), and so is a table at the edge of a page whose clip cut
 * nothing (Chromium at margin 0 runs a wide table to the edge with its text whole).
 */
function cutAtEdge(c: Pick<GridCell, 'x1' | 'x2' | 'y1' | 'y2'>, grid: Grid, view: PageView): boolean {
  const right = c.x2 === grid.xs.at(-1) && c.x2 >= view.width - PAGE_EDGE_SLACK;
  const left = c.x1 === grid.xs[0] && c.x1 <= PAGE_EDGE_SLACK;
  if (!right && !left) return false;
  return (view.clipped ?? []).some((b) => b.y1 > c.y1 && b.y0 < c.y2 && ((right && b.x1 >= view.width - PAGE_EDGE_SLACK && b.x0 >= c.x1 - PAGE_EDGE_SLACK) || (left && b.x0 <= PAGE_EDGE_SLACK && b.x1 <= c.x2 + PAGE_EDGE_SLACK)));
}

const VALUE_CELL = /^\s*\d[\d.,]*\s*件?\s*$/;
const NA_MARK = /^\s*[/／\-—－]\s*$/;

/**
 * The rows whose last cell lies past a clip at the grid's right side (`Grid.openRight`: no ruling
 * draws that side, the left one is drawn): the last column prints no number in any row that prints
 * one elsewhere. Chromium prints a layout table wider than its box cut at the box's edge — the last
 * column's rulings and its header word up to the edge, its numbers (right-aligned or centred past the
 * edge) culled — so the column's empty cells are cells the page does not show, not blank zeros
 * (breakit61 chrome-a4: a zeros-blank table 三's 其他 read 0 at 0.85 where 15 is printed). The empty
 * last cells of the rows printing a number elsewhere are unread (a row of blanks only keeps its cells:
 * map/clipped-total `edgeBlankColumn` takes the column as cut); none when a row prints a number there.
 */
function pastOpenSide(grid: Grid, byRow: readonly (readonly (GridCell & { text: string })[])[], view?: PageView): Set<number> {
  const rows = new Set<number>();
  // A grid ruled up to the page's right edge is cut there too (LibreOffice prints a ruled table wider than a Letter page at
  // its width: the 其他 column's rulings and header on the page, its numbers not written — breakit62 lo-letter-docx r03).
  const atEdge = view !== undefined && grid.xs.at(-1)! >= view.width - PAGE_EDGE_SLACK;
  if (!grid.openRight && !atEdge) return rows;
  const right = grid.xs.at(-1)!;
  for (let row = 0; row < byRow.length; row++) {
    const cells = byRow[row]!;
    const last = cells.at(-1);
    if (!last || last.x2 !== right || !cells.slice(0, -1).some((c) => VALUE_CELL.test(c.text))) continue;
    // A mark printed across a not-applicable row ('/') is short and centred: the edge may leave it whole.
    if (NA_MARK.test(last.text)) continue;
    // A number in a cell spanning columns up to that side lies nearer the page (centred): it says nothing of the last column's.
    if (last.text.trim() !== '') {
      if (last.colSpan > 1) continue;
      return new Set();
    }
    rows.add(row);
  }
  return rows;
}

/**
 * Text a cut-off cell may hold and still be read as unread: numbers, not-applicable marks, a unit
 * ('18件' of 187件), U+FFFD of glyphs the clip cut — no words (a header cell's '自' of 自然人 stays text).
 */
const NUMBER_PIECE = /^[\d\s.,，%\-—－/\ufffd件个次项]*$/;

/** A ruled grid with the text found in each cell (for the trace). */
export interface GridTrace {
  table: number;
  strategy: TableStrategy;
  ys: number[];
  xs: number[];
  cells: (GridCell & { text: string })[];
}

const inside = (it: PdfItem, c: { x1: number; y1: number; x2: number; y2: number }): boolean => {
  const cx = it.x + it.width / 2;
  const cy = it.top + it.height / 2;
  return cx >= c.x1 && cx <= c.x2 && cy >= c.y1 && cy <= c.y2;
};

/** The slots [k, k + 1] of ascending `bounds` that hold `v` (two when it lies on a boundary). */
function slotsOf(bounds: readonly number[], v: number): number[] {
  const out: number[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) if (v >= bounds[k]! && v <= bounds[k + 1]!) out.push(k);
  return out;
}

const ascending = (xs: readonly number[]): boolean => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

/** True when the grid's boundaries ascend and every cell's box is the edges of its slots (as `buildGrids` makes them). */
function onSlots(grid: Grid): boolean {
  const { xs, ys } = grid;
  return ascending(xs) && ascending(ys) && grid.cells.every((c) => c.x1 === xs[c.col] && c.x2 === xs[c.col + c.colSpan] && c.y1 === ys[c.row] && c.y2 === ys[c.row + c.rowSpan]);
}

/**
 * Every cell's items (those whose centre lies in the cell's box, edges included), in the order
 * given. A cell's box runs from its first slot's edges to its last's, so an item is in the cells
 * that cover a slot holding its centre: found through the slots, not by testing every cell.
 */
function itemsByCell(grid: Grid, items: readonly PdfItem[]): PdfItem[][] {
  if (!onSlots(grid)) return grid.cells.map((c) => items.filter((it) => inside(it, c)));
  const held: PdfItem[][] = grid.cells.map(() => []);
  const bySlot = new Map<number, number[]>();
  const cols = grid.xs.length;
  grid.cells.forEach((c, k) => {
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let col = c.col; col < c.col + c.colSpan; col++) {
        const key = r * cols + col;
        bySlot.set(key, [...(bySlot.get(key) ?? []), k]);
      }
    }
  });
  for (const it of items) {
    const found = new Set<number>();
    for (const r of slotsOf(grid.ys, it.top + it.height / 2)) for (const col of slotsOf(grid.xs, it.x + it.width / 2)) for (const k of bySlot.get(r * cols + col) ?? []) found.add(k);
    for (const k of found) held[k]!.push(it);
  }
  return held;
}

/** × the line's height (about one ideograph): text starting or ending this near the page's side reaches its edge. */
const EDGE_CHARS = 1;

/**
 * A free line whose text starts or ends within about a character of the page's left or right side:
 * no printer sets text into the paper's edge, so the line runs on past it — a page cut out of a wider
 * one (`mutool poster`, a crop box) shows a piece of it ('府2025年政府信息公开…', '…神农镇人民'). Names
 * read from such a line may be cut (score/meta).
 */
function atPageEdge(l: { xs: number[]; ends?: number[]; top: number; bottom: number }, view: PageView): boolean {
  const reach = EDGE_CHARS * (l.bottom - l.top);
  const end = l.ends?.at(-1);
  return l.xs[0]! < reach || (end !== undefined && end > view.width - reach);
}

/**
 * Cells holding a multi-digit integer written with a leading zero ('01', '00'): no count is printed
 * so, and in a ruled grid it is a neighbour's digit placed in the cell (a page scaled down, a digit's
 * centre over the column ruling: '0' and '1' of two cells read as '01'). Marked `fused`, the row
 * readings split it and never take it whole.
 */
function zeroLedCells(texts: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) if (/^0\d+$/.test(texts[i]!.trim())) out.push(i);
  return out;
}

/** Lines top to bottom (a module-level comparator: a closure's optimized code dies at each full GC). */
const byTop = (a: PageLine, b: PageLine): number => a.top - b.top;

/**
 * A cell's items in reading order: visual lines top to bottom, joined without separators, but for
 * numbers shown apart (apart-numbers: a gap wider than a digit, or a space the producer drew between
 * them, `spaceBefore`, drawn-spaces.ts): '109 27' is two numbers in one cell, never 10927.
 */
function textOf(items: readonly PdfItem[]): string {
  return joinCellRuns(groupLines(items), cellText);
}

/**
 * Lays out one page. `firstTable` numbers this page's grids after those of earlier pages, so
 * `source.table` is unique in the document.
 */
export function layoutPage(items: readonly PdfItem[], grids: readonly Grid[], page: number, firstTable: number, view?: PageView): { lines: PageLine[]; grids: GridTrace[] } {
  const lines: PageLine[] = [];
  const traces: GridTrace[] = [];
  let rest = [...items];
  for (let g = 0; g < grids.length; g++) {
    const grid = grids[g]!;
    const table = firstTable + g;
    const box = { x1: grid.xs[0]!, y1: grid.ys[0]!, x2: grid.xs.at(-1)!, y2: grid.ys.at(-1)! };
    const mine: PdfItem[] = [];
    const others: PdfItem[] = [];
    for (const it of cutAtColumns(rest, grid)) (inside(it, box) ? mine : others).push(it);
    if (mine.length === 0) continue; // a frame or a decoration, not a table
    const held = itemsByCell(grid, mine);
    const texts = held.map(textOf);
    const hanging = overhangs(grid, others, texts);
    for (const h of hanging) held[h.cell]!.push(h.item);
    const hung = new Set<PdfItem>();
    for (const h of hanging) hung.add(h.item);
    rest = [];
    for (const it of others) if (!hung.has(it)) rest.push(it);
    // A cell's text is read again only when an overhanging item joined it.
    const grown = new Set(hanging.map((h) => h.cell));
    const cells: (GridCell & { text: string })[] = [];
    for (let k = 0; k < grid.cells.length; k++) cells.push({ ...grid.cells[k]!, text: grown.has(k) ? textOf(held[k]!) : texts[k]! });
    traces.push({ table, strategy: 'ruled', ys: grid.ys, xs: grid.xs, cells });
    // The cells starting in each row, in the grid's order (one pass, not one per row).
    const byRow: (typeof cells)[] = Array.from({ length: Math.max(0, grid.ys.length - 1) }, () => []);
    for (const c of cells) byRow[c.row]?.push(c);
    // Header rows (above the first row with a number cell) keep their empty cut cells: an unread cell
    // would make a header line a row of values. A grid with no number cell at all (every value cut) has none.
    const firstValueRow = view?.clipped ? Math.max(0, byRow.findIndex((r) => r.some((c) => /\d/.test(c.text) && NUMBER_PIECE.test(c.text)))) : 0;
    const pastOpen = pastOpenSide(grid, byRow, view);
    const hidden = hiddenNumberCells(grid, view);
    const hiddenIn = new Set<GridCell>();
    for (const k of hidden) hiddenIn.add(cells[k]!);
    // A drawn row whose every cell is empty is kept once a row above it printed text: a table's row printed blank (table 四's
    // one row of counts, labelless) shows its cells empty as an HTML `<tr>` of empty `<td>`s does (map/blank-table).
    let printed = false;
    for (let row = 0; row < grid.ys.length - 1; row++) {
      const starting = byRow[row]!;
      if (!starting.some((c) => c.text !== '')) {
        if (!printed || starting.length === 0) continue;
      } else printed = true;
      const fused = zeroLedCells(starting.map((c) => c.text));
      const unread: number[] = [];
      for (let i = 0; view && i < starting.length; i++) {
        const c = starting[i]!;
        if ((c.text.trim() === '' && (beyondPage(c, view) || (row >= firstValueRow && hiddenIn.has(c)))) || (row >= firstValueRow && NUMBER_PIECE.test(c.text) && cutAtEdge(c, grid, view))) unread.push(i);
      }
      if (pastOpen.has(row) && !unread.includes(starting.length - 1)) unread.push(starting.length - 1);
      lines.push({
        cells: starting.map((c) => c.text),
        ...(fused.length > 0 ? { fused } : {}),
        ...(unread.length > 0 ? { unread } : {}),
        cols: starting.map((c) => c.col),
        boxes: starting.map((c) => ({ x1: c.x1, x2: c.x2, ...(c.openAbove ? { openAbove: c.openAbove } : {}), ...(c.openBelow ? { openBelow: c.openBelow } : {}) })),
        top: grid.ys[row]!,
        bottom: grid.ys[row + 1]!,
        free: false,
        source: { page, table, row, strategy: 'ruled' },
      });
    }
  }
  // Numbers a narrow cell wrapped onto its next line joined into their row, or the row marked (wrapped-numbers.ts);
  // counts whose '件' a centred cell wrapped under them joined into their row first (centred-pieces.ts).
  // and numbers a centred cell wrapped over two lines joined into one item first (wrapped-cell-pieces.ts).
  const wraps = joinCellWraps(rest);
  for (const l of joinWrappedNumbers(mergeWrappedLabels(joinCentredPieces(stackHeaderBands(joinItemColumn(itemsToLines(wraps.items)), wraps.items))))) {
    const marks = wrappedCellMarks(l, wraps);
    const joined = l.joined ?? marks.joined;
    lines.push({ cells: l.cells, xs: l.xs, ...(l.ends ? { ends: l.ends } : {}), ...(l.header ? { header: true } : {}), ...(joined ? { joined } : {}), ...(l.piecesBeside || marks.piecesBeside ? { piecesBeside: true as const } : {}), ...(view && atPageEdge(l, view) ? { atEdge: true as const } : {}), top: l.top, bottom: l.bottom, free: true, source: l.cells.length > 1 ? { page, strategy: 'whitespace' } : { page } });
  }
  lines.sort(byTop);
  return { lines, grids: traces };
}
