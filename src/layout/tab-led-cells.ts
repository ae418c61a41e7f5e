/**
 * @file A crawler dump writing a tab after every table cell and a line break after every paragraph
 * (a hand-written Python `html.parser` crawler, breakit58 pyhtml-tab): of a Word page, whose cells each
 * hold a paragraph, every filled cell ends its line, so the cell's tab starts the next line, and an
 * empty cell (no paragraph) leaves only its tab there: '（一）予以公开' / '\t138件' / '\t\t\t6件' /
 * '\t132件' / '\t\t\t' is the row '（一）予以公开\t138件\t\t\t6件\t132件\t\t\t'. Read line by line, the
 * leading tabs are indentation (text-to-lines.ts) and the row's blank cells vanish: its values lose
 * their columns (breakit58 pyhtml-tab/r18: 158 of 200 fields ambiguous).
 *
 * When the text shows this shape — lines holding one field after two or more leading tabs (a cell
 * after empty ones: indentation is one tab), MIN_GAP_LINES of them — every line that starts with a
 * tab and holds at most one field is joined onto the line before it (not across an empty line, nor onto a
 * row a line of tabs only ended: a table 四 row starting with empty cells is a row of its own), which
 * gives the row as the crawler wrote it, one tab after each cell; the tab ending a row's last cell is
 * dropped (it parts no cells: kept, a row printing only its 总计 read it one column left, 0.85 wrong).
 * Other texts come back unchanged.
 */

/** A line of tabs, then at most one field: a cell's end (and empty cells' ends) before the next cell. */
const TAB_LED = /^\t+[^\t]*$/;
/** One field after two or more tabs: a filled cell after one or more empty ones. */
const AFTER_EMPTY = /^\t{2,}[^\t\s][^\t]*$/;
/**
 * Lines showing a filled cell after empty ones before the text is read as this dump (a report
 * printing its zeros blank has dozens; a one-cell-per-line dump indented by one tab, none).
 */
const MIN_GAP_LINES = 3;

/** The lines with each row of a tab-after-every-cell dump joined back onto one line (see the file comment); the same array when the text is not one. */
export function joinTabLedCells(lines: string[]): string[] {
  let gaps = 0;
  for (const l of lines) if (AFTER_EMPTY.test(l) && ++gaps >= MIN_GAP_LINES) break;
  if (gaps < MIN_GAP_LINES) return lines;
  const out: string[] = [];
  // A line of tabs only ends its row (the last cells' tabs, then the row's line break): a next row starting with an empty cell is its own.
  let open = false;
  for (const l of lines) {
    if (open && TAB_LED.test(l)) out[out.length - 1] += l;
    else out.push(l);
    open = l.trim() !== '';
  }
  // Each cell's tab ends it: the last one of a row is no empty cell after it.
  return out.map((l) => (/\S[^\t]*\t+$/.test(l) ? l.slice(0, -1) : l));
}

/**
 * The same dump with ' | ' written before every cell instead of a tab after it (a Python
 * `html.parser` crawler, breakit59 pycrawl-pipes: newline per p/div/tr/br, ' | ' at every td, no-break
 * spaces as spaces): a row is '| （一）予以公开 | 12 |   | 3 | 15' — a pipe before each cell, none
 * after the last, so a blank last cell leaves the row ending in a pipe. Of a Word page, whose cells
 * each hold a paragraph, a cell's text starts a line and the next cell's pipe ends it: '| ' / '2 | ' /
 * '二、上年结转… | ' / '1 |   |   |   | ' / '2'. Read as it stands (no closing pipe: no pipe-table
 * row), the pipes part no cells and the blank cells vanish, the row's values losing their columns.
 *
 * When the text shows this shape (no markdown delimiter row, MIN_OPEN_ROWS rows led by a pipe with
 * another pipe in them and none at their end, once joined), a line ending in a pipe is joined with
 * the next line when that line does not start with one (a row goes on: its next cell's paragraph; a
 * blank cell's paragraph is the space its no-break space printed, then the next pipe: '  | '),
 * and every row led by a pipe gets the closing pipe the crawler did not write, so that it reads as a
 * pipe-table row whose blank cells, the last one too, are cells. Other texts come back unchanged.
 */
/**
 * A row's start: the separator at the line's start (' | ', its space perhaps trimmed). A pipe after more
 * white space is a blank cell's paragraph (a no-break space, then the next cell's ' | '): the row goes on.
 */
const PIPE_LED = /^[ \t]?\|/;
const PIPE_END = /\|\s*$/;
/** A markdown delimiter row: the text is a markdown page, its rows closed (markdown-text.ts). */
const MD_DELIMITER_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** Open rows (led by a pipe, none at the end) before the text is read as a pipe-before-every-cell dump. */
const MIN_OPEN_ROWS = 5;

/**
 * Whether the lines as printed show the dump's own shape more often than closed rows ('|a|b|': a drawn
 * grid, html2text's tables, markdown without its delimiter row, whose continuation lines must not be
 * joined onto them): rows led by a pipe with another in them and none at their end, or (a Word page's
 * cells one a line) lines ending in a pipe not led by one ('2 | ').
 */
function openShape(lines: readonly string[]): boolean {
  let open = 0;
  let tails = 0;
  let closed = 0;
  for (const l of lines) {
    if (!l.includes('|')) continue;
    const led = PIPE_LED.test(l);
    const ends = PIPE_END.test(l);
    if (led && ends && /\|[^|]*\|[^|]*\|/.test(l)) closed++;
    else if (led && !ends && /\|.*\|/.test(l)) open++;
    else if (!led && ends && l.trim() !== '|') tails++;
  }
  return (open >= MIN_OPEN_ROWS && open > closed) || (tails >= MIN_OPEN_ROWS && tails > closed);
}

/** The rows of a pipe-before-every-cell dump joined onto their lines and closed (see above); the same array when the text is not one. */
export function closePipeLedCells(lines: string[]): string[] {
  let pipes = 0;
  for (const l of lines) if (l.includes('|') && ++pipes >= MIN_OPEN_ROWS) break;
  if (pipes < MIN_OPEN_ROWS) return lines;
  for (const l of lines) if (l.includes('|') && l.includes('-') && MD_DELIMITER_ROW.test(l)) return lines;
  if (!openShape(lines)) return lines;
  const joined: string[] = [];
  for (const l of lines) {
    const last = joined.length - 1;
    if (last >= 0 && l.trim() !== '' && !PIPE_LED.test(l) && PIPE_END.test(joined[last]!) && PIPE_LED.test(joined[last]!)) joined[last] += l;
    else joined.push(l);
  }
  let open = 0;
  for (const l of joined) if (PIPE_LED.test(l) && !PIPE_END.test(l) && /\|.*\|/.test(l)) open++;
  if (open < MIN_OPEN_ROWS) return lines;
  return joined.map((l) => (PIPE_LED.test(l) ? `${l.replace(/\s+$/, '')}${PIPE_END.test(l) ? ' ' : ''} |` : l));
}
