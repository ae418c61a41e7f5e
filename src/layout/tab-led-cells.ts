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
