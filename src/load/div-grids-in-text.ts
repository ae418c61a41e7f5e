/**
 * @file Tables built of `<div>`s left as raw HTML in a text dump: pandoc's Markdown and MediaWiki
 * writers keep a page's `<div style="display:table-cell;border:1px solid #999">` lines as they are
 * (breakit60 pandoc-gfm / pandoc-mediawiki of div-grid pages), the cells' text between them. Read line
 * by line, the markup's numbers ('1px', '#999', '2px 3px') sat beside the labels and were read as their
 * values (licensing, punishment, coercion, fees '1' at 0.85). Such a grid is read as the HTML it is
 * (load-text's textWithTablesAsHtml: the div table reader, html-div-table.ts), as a `<table>` in text is.
 */

/** A div's opening or closing tag. */
const DIV_TAG = /<(\/?)div\b([^<>]*)>/gi;
/** A box laid out as a table or a grid (not one of its rows or cells). */
const GRID_BOX = /display\s*:\s*(?:inline-)?(?:table|grid)\s*(?:[;"']|$)/i;
/** A row laid out as a flex box: its parent is a list of rows. */
const FLEX_ROW = /display\s*:\s*flex\b/i;
/** A row or cell of a CSS table: the grid holds cells. */
const CELL_BOX = /display\s*:\s*table-(?:row|cell)\b/i;

interface Open {
  start: number;
  grid: boolean;
  flexRows: number;
  cells: boolean;
}

/** Where each outermost div grid of `text` starts and ends (offsets, end exclusive), in order; none when its divs do not nest as written. */
export function divGridSpans(text: string): Array<{ start: number; end: number }> {
  if (!/<div\b/i.test(text) || !/display\s*:/i.test(text)) return [];
  const stack: Open[] = [];
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(DIV_TAG)) {
    if (m[1] === '') {
      const attrs = m[2] ?? '';
      const parent = stack[stack.length - 1];
      if (parent && FLEX_ROW.test(attrs)) parent.flexRows++;
      if (parent && CELL_BOX.test(attrs)) parent.cells = true;
      stack.push({ start: m.index!, grid: GRID_BOX.test(attrs), flexRows: 0, cells: false });
      continue;
    }
    const open = stack.pop();
    if (!open) return [];
    const parent = stack[stack.length - 1];
    if (parent && open.cells) parent.cells = true;
    if (!((open.grid && open.cells) || open.flexRows >= 2)) continue;
    const end = m.index! + m[0].length;
    // An outer grid closing after inner ones takes their place (a layout table around a table).
    while (spans.length > 0 && spans[spans.length - 1]!.start > open.start) spans.pop();
    spans.push({ start: open.start, end });
  }
  return stack.length === 0 ? spans : [];
}
