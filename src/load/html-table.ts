/**
 * @file An HTML `<table>` → Lines: one per `<tr>`, each cell with its column on the table's grid
 * (rowspan/colspan expanded, tables nested in cells left to their own walk).
 */
import type * as cheerio from 'cheerio/slim';
import type { Element } from 'domhandler';
import { removeFormatChars } from '../layout/clean-lines.js';
import { fixCompatibilityChars } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';
import { placeCells, spanOf, type SpanCell } from '../tables/table-to-grid.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';

/** Inline styles that hide an element (and Word's hidden text). */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i;

/**
 * True for an element the browser does not show: `hidden`, or hidden by its inline style. Its text
 * is not read (Word keeps hidden field codes so; some sites slip hidden digits between visible ones).
 */
export function isHidden(el: Element): boolean {
  return el.attribs['hidden'] !== undefined || HIDDEN_STYLE.test(el.attribs['style'] ?? '');
}

/** A cell's text: `<br>` and paragraph breaks as spaces, white space (nbsp, ideographic) collapsed, hidden parts left out. */
function cellText($: cheerio.CheerioAPI, el: Element): string {
  const $el = $(el).clone();
  $el.find('[style], [hidden]').filter((_, e) => isHidden(e)).remove();
  $el.find('br').replaceWith(' ');
  $el.find('p, div').each((_, p) => {
    $(p).prepend(' ');
  });
  // Format characters first: U+FEFF counts as \s and would split '1\ufeff2' into two numbers.
  return fixCompatibilityChars(removeFormatChars($el.text())).replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** A layout table: one of its own cells holds another table (old CMS pages wrap the article so). */
export function isLayoutTable($: cheerio.CheerioAPI, el: Element): boolean {
  return $(el).find('table').toArray().some((inner) => $(inner).parent().closest('table').get(0) === el);
}

/** The rows of a table shown on the page, without those of tables nested in it. */
function ownRows($: cheerio.CheerioAPI, table: Element): Element[] {
  return $(table).find('tr').toArray().filter((tr) => $(tr).closest('table').get(0) === table && !isHidden(tr));
}

/**
 * A table → one Line per `<tr>`, each cell with its column on the expanded grid. A rowspan label
 * stays in its first row, as in printed text; a value cell spanning columns is repeated over them
 * when it is '/' or empty (one '/' across a row means every cell is not applicable), but a number
 * spanning columns is kept once: which column it belongs to is not known.
 */
export function tableLines($: cheerio.CheerioAPI, table: Element, index: number): Line[] {
  const trs = ownRows($, table);
  const printed: SpanCell[][] = trs.map((tr) =>
    $(tr).children('td, th').toArray().filter((td) => !isHidden(td)).map((td) => ({
      text: cellText($, td),
      rowSpan: spanOf(td.attribs['rowspan'], trs.length),
      colSpan: spanOf(td.attribs['colspan'], 1),
    })),
  );
  const lines: Line[] = [];
  const grid = placeCells(printed);
  grid.rows.forEach((row, r) => {
    const cells: string[] = [];
    const cols: number[] = [];
    for (const cell of row) {
      const value = cell.colSpan > 1 ? parseWholeValue(cell.text) : null;
      const repeat = value && value.kind !== 'num' && cells.some((c) => c !== '') ? cell.colSpan : 1;
      for (let j = 0; j < repeat; j++) {
        cells.push(cell.text);
        cols.push(cell.col + j);
      }
    }
    const end = Math.max(0, ...row.map((c) => c.col + c.colSpan));
    if (cells.some((c) => c !== '')) lines.push({ cells, cols, separated: true, source: { table: index, row: r }, ...(end < grid.cols ? { short: true } : {}) });
  });
  return lines;
}
