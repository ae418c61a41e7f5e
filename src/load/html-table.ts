/**
 * @file An HTML `<table>` → Lines: one per `<tr>`, each cell with its column on the table's grid
 * (rowspan/colspan expanded, tables nested in cells left to their own walk).
 */
import { unshiftOverrunRows } from '../layout/overrun-rows.js';
import type * as cheerio from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { removeFormatChars } from '../layout/clean-lines.js';
import { fixCompatibilityChars } from '../layout/normalize-text.js';
import { lengthPx, parseDecls } from './css-values.js';
import type { Line } from '../model/document.js';
import { MAX_GRID_COLUMNS, placeCells, placedRowCells, spanOf, type PlacedCell, type SpanCell } from '../tables/table-to-grid.js';
import { turnedRequests } from './grid-transpose.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';
import { unpackRows } from '../layout/packed-cells.js';
import { REVIEW_CELLS } from '../layout/cell-lines.js';
import { maxOf } from '../_internal/extremes.js';
import { movedInClip, noLayoutDoubts, unsureLook, type LayoutDoubts } from './html-layout.js';

/** Elements whose text is struck out: a corrected old value printed beside the new one. */
const STRUCK_TAGS = new Set(['del', 's', 'strike']);
/** Inline style striking text through (Word's HTML export, CMS editors). */
const STRUCK_STYLE = /text-decoration(?:-line)?\s*:[^;]*line-through/i;

/**
 * True for an element whose text is shown but is not what the page states: struck out
 * (`<del>2200</del>2214`: 2200 is the old value; mammoth writes Word's strikethrough as `<s>`).
 * Whether text shows at all is decided once, before the walks, by the hidden-text pass
 * (html-hidden): the walks read every text it leaves.
 */
export function isStruck(el: Element): boolean {
  return STRUCK_TAGS.has(el.name) || STRUCK_STYLE.test(el.attribs['style'] ?? '');
}

/** Superscript and subscript elements (mammoth writes Word's vertAlign runs so). */
export const RAISED_TAGS = new Set(['sup', 'sub']);
/** Inline elements whose style may raise or lower their text off the line (a footnote marker set by style). */
const INLINE_TAGS = new Set(['span', 'font', 'a', 'b', 'i', 'em', 'strong', 'small', 'big', 'u', 'ins', 'code', 'tt', 'var', 'cite', 'q', 'label']);
/** A vertical-align that moves text off the baseline: super, sub, top, text-top, text-bottom, a length or percentage other than 0. */
const OFF_BASELINE = /^(?:super|sub|top|text-top|text-bottom|[-+]?\d*\.?\d+\s*(?:px|pt|em|ex|rem|%|cm|mm|in|pc)?)$/;
const ZERO_LENGTH = /^[-+]?(?:0+\.?0*|\.0+)\s*[a-z%]*$/;

/**
 * True for an element whose text is raised or lowered off the line, as a superscript is: `<sup>`,
 * `<sub>`, or an inline element styled so (`vertical-align: super` / sub / top / text-top / a
 * length, Word's `mso-text-raise`, `position: relative` moved up or down by `top` / `bottom`).
 * Its text is a marker beside the value (raisedText), never digits of it.
 */
export function isRaised(el: Element): boolean {
  if (RAISED_TAGS.has(el.name)) return true;
  const style = el.attribs['style'];
  if (!INLINE_TAGS.has(el.name) || !style) return false;
  const decls = parseDecls(style);
  const relative = decls.some((d) => d.prop === 'position' && d.value === 'relative');
  return decls.some((d) => {
    if (d.prop === 'vertical-align') return OFF_BASELINE.test(d.value) && !ZERO_LENGTH.test(d.value);
    if (d.prop === 'mso-text-raise') return !ZERO_LENGTH.test(d.value);
    return relative && (d.prop === 'top' || d.prop === 'bottom') && /\d/.test(d.value) && !ZERO_LENGTH.test(d.value);
  });
}

/** The font size an element sets for its text, in px: a style font-size, `<font size>`, `<small>`; null when it sets none (or one not read). */
function fontSizeOf(el: Element): number | null | 'small' {
  const decl = parseDecls(el.attribs['style'] ?? '').filter((d) => d.prop === 'font-size').at(-1);
  if (decl) {
    const px = lengthPx(decl.value);
    if (px !== null) return px;
    return /small/.test(decl.value) ? 'small' : null;
  }
  if (el.name === 'font' && el.attribs['size'] !== undefined) {
    const n = Number(el.attribs['size']);
    return Number.isFinite(n) ? FONT_SIZE_PX[Math.min(7, Math.max(1, Math.round(n)))] ?? null : null;
  }
  return el.name === 'small' ? 'small' : null;
}
/** `<font size=1…7>` in px, as browsers render them. */
const FONT_SIZE_PX: Record<number, number> = { 1: 10, 2: 13, 3: 16, 4: 18, 5: 24, 6: 32, 7: 48 };
/** A run at most this size (px; 8.5pt) set against one of unknown size is small print (a marker), not body text. */
const SMALL_RUN_PX = 11.4;

/**
 * Two runs of one number set in different font sizes ('168' then a 7pt '3'): the smaller may be a
 * marker printed small, or digits of the value; the page does not say. Sizes both known and more
 * than 1 px apart, or one small (≤ 8.5pt, `<small>`) against one not set.
 */
function sizesDiffer(a: number | null | 'small', b: number | null | 'small'): boolean {
  if (a === b) return false;
  const small = (s: number | null | 'small'): boolean => s === 'small' || (typeof s === 'number' && s <= SMALL_RUN_PX);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) > 1;
  if (a === null || b === null) return small(a) || small(b);
  return true;
}
/**
 * A footnote marker: '1', '12', '*', '注', '①', 'a', '[1]', '(2)'. Four characters at most: a
 * superscript in a report's table or sentence is a marker, never digits of the value.
 */
const MARKER = /^[\s\dA-Za-z*†‡#注①-⑳()（）[\]【】]{1,4}$/;

/**
 * What a `<sup>`/`<sub>` with text `inner` adds to the text before it: nothing when it is a marker
 * right after a number (`2214<sup>1</sup>` is 2214 with footnote 1, not 22141), else its text as a
 * token apart (never glued to the digits around it).
 */
export function raisedText(before: string, inner: string): string {
  const t = inner.trim();
  if (t === '') return '';
  if (/\d\s*$/.test(before) && MARKER.test(t)) return ' ';
  return ` ${t} `;
}

/**
 * A link to a place on the page (`href="#fn1"`) right after a number, holding a footnote marker: a
 * marker no count is written with (`[1]`, `*`, `注`, `①`) is the note's marker as a superscript is
 * (`151<a href="#fn1">[1]</a>` is 151; raisedText) — `note`; digits alone (`1725<a href="#fn1">1</a>`)
 * are shown on the line as digits of the number (17251) and may be a note's number as well (1725)
 * — `digits`, which the reader keeps and does not trust. A link to elsewhere, or holding more than a
 * marker, is text (null).
 */
export function noteLink(el: Element, before: string, inner: () => string): 'note' | 'digits' | null {
  if (el.name !== 'a' || !/^#./.test(el.attribs['href']?.trim() ?? '') || !/\d\s*$/.test(before)) return null;
  const t = inner().trim();
  if (!MARKER.test(t)) return null;
  return /^\d+$/.test(t) ? 'digits' : 'note';
}

/** A raised element's own text (struck parts left out), for raisedText. */
function innerText(el: Element): string {
  return cellRead(el).text;
}

/**
 * The nodes under `root` in document order, without descending into those `enter` refuses (they are
 * visited, their children are not). An explicit stack, and plain DOM walking: cheerio's `find` (css-
 * select) took 57 s on a table cell holding a 512-deep chain beside 60 000 empty paragraphs (a
 * fuzzer mutant), the same walk here a few milliseconds.
 */
function* descendants(root: Element, enter: (node: AnyNode) => boolean): Generator<AnyNode> {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (enter(node) && 'children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

const isElement = (node: AnyNode): node is Element => 'attribs' in node;
const named = (node: AnyNode, name: string): node is Element => isElement(node) && node.name === name;

/**
 * A cell's text: `<br>` and paragraph breaks as spaces, white space (nbsp, ideographic) collapsed,
 * struck parts left out (the text of every text node under the cell, as cheerio's `text()` gives it).
 */
function cellText(el: Element): string {
  return cellRead(el).text;
}

/** How the layout (html-layout) bears on a cell's digits: laid out apart or clipped (`doubt`), or beside a cover (`covered`). */
interface CellLayout {
  doubt: boolean;
  covered: boolean;
}

/**
 * A cell's text (cellText), whether a number in it was joined from runs set in different font
 * sizes (`mixedSizes`: '168' + a small '3' read 1683, or a marker: its digits are in doubt), and
 * whether layout the reader does not compute may hide its digits (`layout`): its digits under
 * different looks, in a clip they may not fit, faint or under a rule not evaluated (html-layout
 * unsureLook), or a cover box in it.
 */
export function cellRead(el: Element, doubts: LayoutDoubts = noLayoutDoubts()): { text: string; pieces: string[]; mixedSizes: boolean; layout: CellLayout; opaque: boolean } {
  let text = '';
  let opaque = doubts.unshown.has(el);
  let mixedSizes = false;
  const looks = new Set<string>();
  let [clipped, covered] = [doubts.clipped.has(el), false];
  /** Font size of the run that wrote the text's last character. */
  let lastSize: number | null | 'small' = null;
  const sizes = new Map<AnyNode, number | null | 'small'>();
  const sizeOf = (node: AnyNode): number | null | 'small' => sizes.get(node) ?? (node.parent && node.parent !== el ? sizes.get(node.parent) ?? null : null);
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      const size = sizeOf(node);
      if (/\d$/.test(text) && /^\d/.test(data) && sizesDiffer(lastSize, size)) mixedSizes = true;
      if (/\d/.test(data)) {
        const look = doubts.looks.get(node) ?? '';
        looks.add(look);
        clipped ||= movedInClip(look) || unsureLook(look);
      }
      text += data;
      if (data !== '') lastSize = size;
    }
    if (node.type === 'comment' || !('children' in node)) continue;
    if (isElement(node)) {
      if (isStruck(node)) continue;
      clipped ||= doubts.clipped.has(node);
      covered ||= doubts.covers.has(node);
      opaque ||= doubts.unshown.has(node) || SHOWN_NOT_TEXT.has(node.name);
      const link = noteLink(node, text, () => innerText(node));
      if (isRaised(node) || link === 'note') {
        text += raisedText(text, innerText(node));
        continue;
      }
      clipped ||= link === 'digits';
      const own = fontSizeOf(node);
      sizes.set(node, own ?? sizeOf(node));
      if (node.name === 'br') {
        text += '\n';
        continue;
      }
      if (node.name === 'p' || node.name === 'div') text += '\n';
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  // Format characters first: U+FEFF counts as \s and would split '1\ufeff2' into two numbers.
  const clean = (t: string): string => fixCompatibilityChars(removeFormatChars(t)).replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  // The cell's lines (at <br> and paragraph breaks), the first and last empty ones left out: rows packed in one cell (layout/packed-cells).
  const lines = text.split('\n').map(clean);
  while (lines.length > 1 && lines[0] === '') lines.shift();
  while (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const digits = /\d/.test(text);
  return { text: clean(text), pieces: lines, mixedSizes, layout: { doubt: digits && (looks.size > 1 || clipped), covered }, opaque };
}

/** Elements that show something a cell's text does not give: a picture, a drawing, a form field, an embedded object. */
const SHOWN_NOT_TEXT = new Set(['img', 'svg', 'canvas', 'object', 'embed', 'iframe', 'picture', 'video', 'input', 'select', 'textarea', 'math', 'image']);

/** A dash shown for a number: Excel's accounting format prints 0 so. */
const DASH = /^[-－—–‐‑]$/;

/**
 * A cell's text, or '0' for a cell Excel saved as a web page holding the number 0 shown as a dash:
 * its accounting format prints zero '-', and `x:num="0"` carries the cell's value (a dash typed as
 * text has no `x:num`).
 */
function excelZero(td: Element, text: string): string {
  const num = td.attribs['x:num'];
  return num !== undefined && Number(num.trim()) === 0 && num.trim() !== '' && DASH.test(text.trim()) ? '0' : text;
}

/** Line breaks in a `<pre>` that is a block of text. */
const PRE_BLOCK_BREAKS = 3;

/** A `<pre>` of several lines: a block of text (a table typed into it), not a cell's value kept as typed. */
function isTextBlock(pre: Element): boolean {
  let breaks = 0;
  for (const node of descendants(pre, () => true)) {
    if (node.type === 'text') breaks += (node as unknown as { data: string }).data.split('\n').length - 1;
    if (breaks >= PRE_BLOCK_BREAKS) return true;
  }
  return false;
}

/** An element's inline style drawing it as a CSS table (`display:table`, not a row or cell of one). */
const CSS_TABLE = /(?:^|;)\s*display\s*:\s*(?:inline-)?table\s*(?:;|!|$)/i;
/** An element's inline style drawing it as a flex row. */
const CSS_FLEX = /(?:^|;)\s*display\s*:\s*flex\b/i;
/** Flex rows in a cell for them to be a table of flex rows (a cell may centre its own content with one). */
const MIN_FLEX_ROWS = 3;

/**
 * A layout table: one of its own cells holds another table, a `<pre>` text block or a table drawn
 * with CSS (a `display:table` block, or MIN_FLEX_ROWS flex rows) — old CMS pages wrap the article so;
 * a side note beside a table typed in a `<pre>` or built of divs (breakit60 layout2). Inline styles only.
 */
export function isLayoutTable(_$: cheerio.CheerioAPI, el: Element): boolean {
  // The outermost table under `el` on any path has `el` as its nearest table above it.
  let flexRows = 0;
  for (const node of descendants(el, (n) => !named(n, 'table'))) {
    if (!isElement(node)) continue;
    if (node.name === 'table' || (node.name === 'pre' && isTextBlock(node))) return true;
    const style = node.attribs.style;
    if (style && (CSS_TABLE.test(style) || (CSS_FLEX.test(style) && ++flexRows >= MIN_FLEX_ROWS))) return true;
  }
  return false;
}

/** The row group a row sits in (its nearest thead/tbody/tfoot below `table`), or null for a row of the table itself. */
function rowGroup(tr: Element, table: Element): Element | null {
  for (let p = tr.parent; p && p !== table; p = p.parent) if (isElement(p) && ['thead', 'tbody', 'tfoot'].includes(p.name)) return p;
  return null;
}

/**
 * The rows of a table in the order the page shows them (those the page does not show are gone),
 * without those of tables nested in it. A browser draws the first `<thead>` on top and the first
 * `<tfoot>` at the bottom wherever the markup puts them (CSS 2.1 §17.2: table-header-group and
 * table-footer-group; later ones are row groups in place): a `<tfoot>` written before `<tbody>`, as
 * HTML 4 required, holds the last rows (总计, 结转下年度).
 */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const node of descendants(table, (n) => !named(n, 'table'))) if (named(node, 'tr')) rows.push(node);
  const groups = rows.map((tr) => rowGroup(tr, table));
  const head = groups.find((g) => g?.name === 'thead');
  const foot = groups.find((g) => g?.name === 'tfoot');
  const place = (i: number): number => (groups[i] === head && head ? 0 : groups[i] === foot && foot ? 2 : 1);
  return rows.map((tr, i) => ({ tr, at: place(i), i })).sort((a, b) => a.at - b.at || a.i - b.i).map((r) => r.tr);
}

/**
 * A table → one Line per `<tr>`, each cell with its column on the expanded grid (spans as
 * tables/table-to-grid `placedRowCells` gives them: a rowspan label in its first row).
 */
export function tableLines($: cheerio.CheerioAPI, table: Element, index: number, doubts: LayoutDoubts = noLayoutDoubts()): Line[] {
  const trs = ownRows(table);
  /** Rows with a number joined from runs of different font sizes, or laid out so that a digit may not show: their digits are in doubt (Line.damaged). */
  const mixedRows = new Set<number>();
  /** A cover box in a cell may be drawn over any cell of the table (its offsets are not computed): every row is in doubt. */
  let covered = false;
  /** Rows with a cell showing what its text does not give (cellRead `opaque`): Line.opaqueCells. */
  const opaqueRows = new Set<number>();
  const printed: SpanCell[][] = trs.map((tr, r) =>
    $(tr).children('td, th').toArray().map((td) => {
      const read = cellRead(td, doubts);
      if (read.mixedSizes || read.layout.doubt) mixedRows.add(r);
      if (read.layout.doubt || read.layout.covered) doubts.doubted.push(read.text);
      covered ||= read.layout.covered;
      if (read.opaque) opaqueRows.add(r);
      return { text: excelZero(td, read.text), ...(read.pieces.length > 1 ? { pieces: read.pieces } : {}), rowSpan: spanOf(td.attribs['rowspan'], trs.length), colSpan: spanOf(td.attribs['colspan'], 1) };
    }),
  );
  const lines: Line[] = [];
  const caption = captionLine(table, index);
  if (caption && !caption.bottom) lines.push(caption.line);
  const placed = placeCells(clipOverrunSpans(printed));
  const grid = withoutEmptyEdge(placed);
  const turned = turnedTable(grid.rows, grid.cols);
  if (turned) {
    // A table 三 printed transposed, turned back (load/grid-transpose): its rows are the grid's columns, each cell in its own column.
    turned.forEach((cells, r) => {
      while (cells.length > 0 && cells.at(-1) === '') cells.pop();
      if (cells.some((c) => c !== '')) lines.push({ cells, cols: cells.map((_, j) => j), separated: true, source: { table: index, row: r }, ...(mixedRows.size > 0 || covered ? { damaged: true } : {}), ...(opaqueRows.size > 0 ? { opaqueCells: true as const } : {}) });
    });
  }
  (turned ? [] : grid.rows).forEach((row, r) => {
    const { cells, cols } = placedRowCells(row, grid.rows, r);
    const end = maxOf(row.map((c) => c.col + c.colSpan), 0);
    // A row ending in an empty cell short of the grid's printed width (before its empty edge columns
    // were dropped): the rows around it print that empty cell at the edge, so this one lost a cell.
    const lastPlaced = placed.rows[r]!.at(-1);
    const edgeShort = grid.cols < placed.cols && lastPlaced !== undefined && lastPlaced.text === '' && lastPlaced.col + lastPlaced.colSpan < placed.cols;
    // A row that ends early with no value in it (a CMS leaves out a row's trailing empty cells): its
    // cells are the first columns, so nothing moved and the columns after it are empty. With a
    // value in it, the gap could be anywhere before the value: its cells' columns are in doubt (short).
    const valueless = end < grid.cols && row.every((c) => (parseWholeValue(c.text)?.kind ?? 'blank') === 'blank');
    if (valueless && cells.some((c) => c !== '')) for (let j = end; j < Math.min(grid.cols, MAX_GRID_COLUMNS); j++) (cells.push(''), cols.push(j));
    const line = { separated: true, source: { table: index, row: r }, ...((end < grid.cols || edgeShort) && !valueless ? { short: true } : {}), ...(mixedRows.has(r) || covered ? { damaged: true } : {}), ...(opaqueRows.has(r) ? { opaqueCells: true as const } : {}) };
    // Rows packed in one row, a line of each cell per row (layout/packed-cells): those rows.
    const packed = row.some((c) => c.pieces) && row.every((c) => c.colSpan === 1) ? unpackRows(row.map((c) => c.pieces ?? [c.text])) : null;
    if (packed) for (const unpacked of packed) lines.push({ cells: unpacked, cols, ...line });
    else if (cells.some((c) => c !== '')) lines.push({ cells, cols, ...line });
    // Table 四 printed with every cell blank (a report leaving its zeros empty): a grid of its 15 columns whose row prints 15
    // empty cells. Kept as a row of blank cells (Line.blankCells), as a pypdf dump's line of spaces is: map/review-stream
    // reads it 0 `blank` below 0.8 when no row of the table prints a number — one rule for the table in every format. (Not a
    // row whose cells show pictures or digits left out as hidden: opaqueCells.)
    else if (grid.cols === REVIEW_CELLS && cells.length === REVIEW_CELLS && row.length === REVIEW_CELLS && !opaqueRows.has(r)) lines.push({ cells, cols, ...line, blankCells: true });
  });
  if (caption?.bottom) lines.push(caption.line);
  // A table written with no merged cell (a converter's one cell per column: pandoc's Textile and markdown_strict raw HTML)
  // keeps a row a group label's rowspan ran over one column right: moved back (layout/overrun-rows).
  return printed.some((row) => row.some((c) => c.rowSpan > 1 || c.colSpan > 1)) ? lines : unshiftOverrunRows(lines);
}

/** A row label's enumerator: `（五）` or `三、` (its kind and its numeral). */
const ENUMERATOR = [/^\s*[（(]([一二三四五六七八九十]+)[）)]/, /^\s*([一二三四五六七八九十]+)、/];

function enumeratorKind(text: string): number {
  return ENUMERATOR.findIndex((re) => re.test(text));
}

/**
 * Rowspans cut where a later row of their span starts with a label of the same kind: `（五）不予处理`
 * rowspan=6 over its five items and the next row `（六）其他处理` printed as one row (a CMS row
 * template kept the span of the six-item form). A browser places `（六）` one column right, under
 * the items, and its values one column past the table's last; LibreOffice's re-export then pads
 * every other row with an empty cell there, so each row read one cell longer than its columns
 * (breakit55 lo-html r11: 130 blank cells ambiguous). A `（六）` row is never inside `（五）`: the span
 * ends before it, and the row takes the columns its label's colspan says.
 */
function clipOverrunSpans(rows: SpanCell[][]): SpanCell[][] {
  return rows.map((cells, r) =>
    cells.map((cell) => {
      const kind = cell.rowSpan > 1 ? enumeratorKind(cell.text) : -1;
      if (kind < 0) return cell;
      for (let i = r + 1; i < Math.min(rows.length, r + cell.rowSpan); i++) {
        const first = rows[i]![0];
        if (first && enumeratorKind(first.text) === kind) return { ...cell, rowSpan: i - r };
      }
      return cell;
    }),
  );
}

/**
 * The grid without its columns past the last one any cell with text covers: a column no row prints
 * anything in, header or body (LibreOffice's HTML re-export of a page adds one empty cell to every
 * row, its own border; breakit55 lo-html). Such a column holds no value and no heading, but left in
 * place it made each row one cell longer than its columns, so a report that leaves its zeros blank
 * read every blank cell ambiguous (which blank was the extra one). A column whose heading prints
 * stays, however blank its values.
 */
function withoutEmptyEdge(grid: { rows: PlacedCell[][]; cols: number }): { rows: PlacedCell[][]; cols: number } {
  const filled = (c: PlacedCell): boolean => c.text !== '' || (c.pieces ?? []).some((p) => p !== '');
  const width = maxOf(grid.rows.flatMap((row) => row.filter(filled).map((c) => c.col + c.colSpan)), 0);
  if (width === 0 || width >= grid.cols) return grid;
  const rows = grid.rows.map((row) => row.filter((c) => c.col < width).map((c) => (c.col + c.colSpan > width ? { ...c, colSpan: width - c.col } : c)));
  return { rows, cols: width };
}

/**
 * The placed rows as a grid of texts (each cell at its column, spanned places empty) turned back when
 * they are a transposed table 三 (load/grid-transpose); null otherwise, and for rows packed in one
 * row (their unpacking is the row walk's).
 */
function turnedTable(rows: readonly PlacedCell[][], width: number): string[][] | null {
  if (width > MAX_GRID_COLUMNS || rows.some((row) => row.some((c) => c.pieces))) return null;
  // Each row as long as its last cell (the empty places after it read as nothing): linear in the cells, not rows × grid width.
  const texts = rows.map((row, r) => {
    const { cells, cols } = placedRowCells(row, rows, r);
    const out = Array<string>(maxOf(cols, -1) + 1).fill('');
    cells.forEach((c, i) => (out[cols[i]!] = c));
    return out;
  });
  return turnedRequests(texts, width);
}

/** `<caption style="caption-side: bottom">` (or the old `align="bottom"`): drawn under the table. */
const BOTTOM_SIDE = /caption-side\s*:\s*bottom/i;

/**
 * The table's `<caption>` as a line of the table (its `table` index, no row), where the page draws
 * it: above the rows, or under them. It titles this table whatever its side (map/earlier-copy reads
 * the captions of a table printed twice).
 */
function captionLine(table: Element, index: number): { line: Line; bottom: boolean } | null {
  const el = table.children.find((c): c is Element => named(c, 'caption'));
  const text = el ? cellText(el) : '';
  if (!el || text === '') return null;
  const bottom = BOTTOM_SIDE.test(el.attribs['style'] ?? '') || (el.attribs['align'] ?? '').toLowerCase() === 'bottom';
  return { line: { cells: [text], cols: [0], separated: true, source: { table: index } }, bottom };
}
