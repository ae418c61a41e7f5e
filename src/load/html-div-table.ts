/**
 * @file Tables built of `<div>`s (or any elements) instead of `<table>`: a box the page lays out as a
 * table (`display:table`, rows `display:table-row`, cells `display:table-cell`), a grid
 * (`display:grid` with `grid-template-columns`: its items fill the columns row by row, a
 * `grid-column: span N` taking N), a list of flex or grid rows, or — with no CSS saying so — an
 * element whose children repeat one structure (same tag and class, each holding cells) with numbers in
 * their cells. Each row becomes one Line of cells, as a browser's `innerText` gives it (a tab between
 * cells): CSS tables have no colspan or rowspan, so a header the template spans over several columns
 * is a run of cells that do not line up with the value cells, and the rows are mapped as a text
 * dump's rows are (by label, and by counting values against the template's columns), not by a grid.
 */
import { Element as DomElement, type AnyNode, type Element } from 'domhandler';
import type { Line } from '../model/document.js';
import { cellRead } from './html-table.js';
import type { LayoutDoubts } from './html-layout.js';
import { pushAll } from '../_internal/extremes.js';
import { REVIEW_CELLS } from '../layout/cell-lines.js';

/** The CSS of the elements laid out as table parts, grids, flex boxes (html-layout LayoutDoubts.boxes). */
export type Boxes = ReadonlyMap<AnyNode, ReadonlyMap<string, string>>;

/** A structure repeated by at least this many children is a list of rows (two could be a pair of blocks). */
const MIN_REPEATED_ROWS = 3;
/** Rows with at least this many cells holding a plain number make a repeated structure a table (a news list holds dates, not counts). */
const MIN_NUMBER_ROWS = 2;
/** A row of the template has at most 18 cells (table 四's 15 values, three label columns): more children are lines of a page, not cells. */
const MAX_ROW_CELLS = 30;
/** Cells of a plain number a row needs to count for MIN_NUMBER_ROWS. */
const MIN_NUMBER_CELLS = 2;

const isElement = (node: AnyNode): node is Element => 'attribs' in node;
const displayOf = (el: Element, boxes: Boxes): string => boxes.get(el)?.get('display') ?? '';

/** The element children of `el`, those `display:contents` replaced by their own children (they make no box). */
function boxChildren(el: Element, boxes: Boxes): Element[] {
  const out: Element[] = [];
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (displayOf(c, boxes) === 'contents') pushAll(out, boxChildren(c, boxes));
    else out.push(c);
  }
  return out;
}

/** True when `el` has text of its own beside its children (a row with a loose label is not a row of cells). */
function ownText(el: Element): boolean {
  return el.children.some((c) => c.type === 'text' && (c as unknown as { data: string }).data.trim() !== '');
}

/** The number of columns a `grid-template-columns` value lays out (`repeat(4, 1fr)`, `2fr 1fr 1fr`), null when not countable (auto-fill, subgrid, named areas only). */
export function gridColumnCount(template: string | undefined): number | null {
  if (!template || /auto-fill|auto-fit|subgrid|masonry/.test(template)) return null;
  let n = 0;
  const rest = template.replace(/repeat\(\s*(\d+)\s*,([^()]*(?:\([^()]*\)[^()]*)*)\)/g, (_, k: string, inner: string) => {
    n += Number(k) * tracks(inner);
    return ' ';
  });
  n += tracks(rest);
  return n >= 1 ? n : null;
}

/** Track sizes in a list of them (`[name]` line names left out, `minmax(…)` one track). */
function tracks(list: string): number {
  return list.replace(/\[[^\]]*\]/g, ' ').replace(/\([^()]*\)/g, '()').trim().split(/\s+/).filter(Boolean).length;
}

/** Columns a grid item takes: `span N`, `a / b` lines, `a / span N`; 1 otherwise. */
export function gridSpan(css: ReadonlyMap<string, string> | undefined): number {
  const v = css?.get('grid-column') ?? (css?.get('grid-area')?.split('/').length === 4 ? css.get('grid-area')!.split('/').filter((_, i) => i % 2 === 1).join('/') : undefined);
  const end = v?.split('/')[1]?.trim() ?? css?.get('grid-column-end')?.trim();
  const start = v?.split('/')[0]?.trim() ?? css?.get('grid-column-start')?.trim();
  const span = (s: string | undefined): number | null => (s && /^span\s+\d+$/.test(s) ? Number(s.split(/\s+/)[1]) : null);
  const fromEnd = span(end) ?? span(start);
  if (fromEnd !== null) return Math.max(1, fromEnd);
  if (start && end && /^-?\d+$/.test(start) && /^\d+$/.test(end) && Number(start) > 0) return Math.max(1, Number(end) - Number(start));
  return 1;
}

/** Rows a grid item takes: `grid-row: span N` (or `a / span N`, `a / b` lines); 1 otherwise. */
export function gridRowSpan(css: ReadonlyMap<string, string> | undefined): number {
  const v = css?.get('grid-row');
  if (!v) return 1;
  const [start, end] = v.split('/').map((x) => x.trim());
  const span = (x: string | undefined): number | null => (x && /^span\s+\d+$/.test(x) ? Number(x.split(/\s+/)[1]) : null);
  const n = span(end) ?? span(start);
  if (n !== null) return Math.max(1, n);
  return start && end && /^\d+$/.test(start) && /^\d+$/.test(end) ? Math.max(1, Number(end) - Number(start)) : 1;
}

/** One row of a div table: its cell elements. */
export interface DivRow {
  cells: Element[];
}

/** A div table's rows; `gridded` when they were placed by a CSS grid, whose spans the page gives (a `<table>`'s colspan and rowspan). */
export interface DivTable {
  rows: DivRow[];
  gridded: boolean;
}

/** The rows of a `display:table`: its rows through row groups, loose cells one anonymous row. */
function cssTableRows(el: Element, boxes: Boxes): DivRow[] {
  const rows: DivRow[] = [];
  let loose: Element[] = [];
  const close = (): void => {
    if (loose.length > 0) rows.push({ cells: loose });
    loose = [];
  };
  for (const c of boxChildren(el, boxes)) {
    const d = displayOf(c, boxes);
    if (/^table-(row|header|footer)-group$/.test(d)) {
      close();
      pushAll(rows, cssTableRows(c, boxes));
    } else if (d === 'table-row') {
      close();
      rows.push({ cells: boxChildren(c, boxes) });
    } else if (d === 'table-caption') {
      close();
      rows.push({ cells: [c] });
    } else loose.push(c);
  }
  close();
  return rows;
}

/**
 * The rows of a grid of `columns` columns: its items placed row by row by the grid's auto-placement
 * (each takes its column span; the places a row span holds in later rows are skipped). An item is in
 * the row it starts in.
 */
function gridRows(items: readonly Element[], columns: number, boxes: Boxes): DivRow[] {
  const rows: DivRow[] = [];
  /** Places held by row spans from above, per row: columns taken. */
  const held: Set<number>[] = [];
  let r = 0;
  let col = 0;
  const free = (at: number, span: number): boolean => [...Array(span).keys()].every((j) => !held[r]?.has(at + j));
  for (const item of items) {
    const span = Math.min(columns, gridSpan(boxes.get(item)));
    const down = gridRowSpan(boxes.get(item));
    for (;;) {
      if (col + span > columns) (r++, (col = 0));
      else if (!free(col, span)) col++;
      else break;
    }
    (rows[r] ??= { cells: [] }).cells.push(item);
    for (let i = 1; i < down; i++) for (let j = 0; j < span; j++) (held[r + i] ??= new Set()).add(col + j);
    col += span;
  }
  return rows.filter((row) => row !== undefined);
}

/** True for an element laid out as a row of cells: a table row, a flex row, a grid of its own. */
function isCssRow(el: Element, boxes: Boxes): boolean {
  const css = boxes.get(el);
  const d = css?.get('display') ?? '';
  if (d === 'table-row') return true;
  if (/^(inline-)?flex$/.test(d)) return !/column/.test(`${css?.get('flex-direction') ?? ''} ${css?.get('flex-flow') ?? ''}`);
  return /^(inline-)?grid$/.test(d);
}

/** A row's cells: a grid row's items (its spans lost to the Line as a table's are), a flex or table row's children. */
function rowCells(el: Element, boxes: Boxes): Element[] {
  return boxChildren(el, boxes);
}

/** The cells of a repeated structure's row are leaves: no cell holds rows of its own. */
function leafCells(row: Element): boolean {
  const cells = row.children.filter(isElement);
  return cells.length > 0 && cells.every((c) => c.children.filter(isElement).filter((g) => g.children.some(isElement)).length === 0);
}

/** A signature of an element for telling repeated rows: its tag and class. */
const signature = (el: Element): string => `${el.name}.${(el.attribs['class'] ?? '').trim()}`;

/** A cell's text holds one plain count. */
const NUMBER_CELL = /^\s*\d+\s*$/;
const textOf = (node: AnyNode): string => (node.type === 'text' ? (node as unknown as { data: string }).data : isElement(node) ? node.children.map(textOf).join('') : '');

/** A line of a PDF converted to positioned HTML (`<p style="top:…;left:…">` of glyph runs: load/positioned-html), not a row of cells. */
const placed = (el: Element): boolean => /(?:^|;)\s*(?:top|left|position)\s*:/i.test(el.attribs['style'] ?? '');

/** Rows of an element whose children repeat one structure holding numbers (no CSS says it is a table). */
function repeatedRows(el: Element): DivRow[] | null {
  const kids = el.children.filter(isElement);
  if (kids.length < MIN_REPEATED_ROWS || ownText(el)) return null;
  const sig = signature(kids[0]!);
  if (!kids.every((k) => signature(k) === sig && !ownText(k) && !placed(k) && leafCells(k))) return null;
  const rows = kids.map((k) => ({ cells: k.children.filter(isElement) }));
  if (rows.some((r) => r.cells.length > MAX_ROW_CELLS || r.cells.some(placed))) return null;
  const numbered = rows.filter((r) => r.cells.filter((c) => NUMBER_CELL.test(textOf(c))).length >= MIN_NUMBER_CELLS).length;
  return numbered >= MIN_NUMBER_ROWS ? rows : null;
}

/**
 * The rows of `el` when it is a table built of other elements (file header), null otherwise.
 * A plain `<table>` is not asked (html-table reads it with its spans).
 */
export function divTableRows(el: Element, boxes: Boxes): DivTable | null {
  const css = boxes.get(el);
  const d = css?.get('display') ?? '';
  let rows: DivRow[] | null = null;
  let gridded = false;
  if (/^(inline-)?table$/.test(d)) rows = cssTableRows(el, boxes);
  else if (/^(inline-)?grid$/.test(d)) {
    const items = boxChildren(el, boxes);
    const columns = gridColumnCount(css?.get('grid-template-columns') ?? css?.get('grid-template')?.split('/')[1]);
    if (items.length > 0 && items.filter((i) => isCssRow(i, boxes)).length === items.length) rows = items.map((i) => ({ cells: rowCells(i, boxes) }));
    else if (columns !== null && columns >= 2) {
      rows = gridRows(items, columns, boxes);
      gridded = true;
    }
  }
  if (!rows) {
    const items = boxChildren(el, boxes);
    const wide = items.filter((i) => isCssRow(i, boxes) && rowCells(i, boxes).length >= 2);
    if (wide.length >= 2 && items.every((i) => isCssRow(i, boxes))) rows = items.map((i) => ({ cells: rowCells(i, boxes) }));
  }
  rows ??= repeatedRows(el);
  if (!rows || rows.length < 2 || !rows.some((r) => r.cells.length >= 2) || rows.some((r) => r.cells.length > MAX_ROW_CELLS)) return null;
  return { rows, gridded };
}

/**
 * A grid's rows as a `<table>` element (each item wrapped in a `<td>` with the item's spans), for
 * html-table to read as it reads a table: the grid places its items on columns as a table's spans do.
 */
export function gridAsTable(rows: readonly DivRow[], boxes: Boxes): Element {
  const table = new DomElement('table', {});
  for (const row of rows) {
    const tr = new DomElement('tr', {});
    for (const cell of row.cells) {
      const css = boxes.get(cell);
      const attrs: Record<string, string> = {};
      if (gridSpan(css) > 1) attrs['colspan'] = String(gridSpan(css));
      if (gridRowSpan(css) > 1) attrs['rowspan'] = String(gridRowSpan(css));
      const td = new DomElement('td', attrs, [cell]);
      cell.parent = td;
      td.parent = tr;
      tr.children.push(td);
    }
    tr.parent = table;
    table.children.push(tr);
  }
  return table;
}

/**
 * A div table's rows → Lines (`first`: the 1-based line number of the first): each cell's text as a
 * `<td>`'s is read, no grid columns (the page gives no spans). A row with a number joined from runs
 * of different sizes, or laid out so a digit may not show, is damaged as a `<table>` row is.
 */
export function divTableLines(rows: readonly DivRow[], first: number, doubts: LayoutDoubts): Line[] {
  const lines: Line[] = [];
  for (const row of rows) {
    const reads = row.cells.map((c) => cellRead(c, doubts));
    for (const r of reads) if (r.layout.doubt || r.layout.covered) doubts.doubted.push(r.text);
    const damaged = reads.some((r) => r.mixedSizes || r.layout.doubt || r.layout.covered);
    const opaque = reads.some((r) => r.opaque);
    const cells = reads.map((r) => r.text);
    if (cells.every((c) => c === '')) {
      // Table 四's row printed with its 15 cells blank: a row of blank cells, as a `<table>`'s is (html-table tableLines).
      if (cells.length === REVIEW_CELLS && !opaque) lines.push({ cells, separated: true, blankCells: true, elementCells: true, source: { line: first + lines.length } });
      continue;
    }
    lines.push({ cells, separated: cells.length > 1, elementCells: true, source: { line: first + lines.length }, ...(damaged ? { damaged: true } : {}), ...(opaque ? { opaqueCells: true as const } : {}) });
  }
  return lines;
}
