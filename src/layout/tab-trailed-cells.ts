/**
 * @file A crawler dump writing a tab BEFORE every table cell and a line break at every paragraph
 * (breakit60 crawl-tabs: newline per p/div/tr/br, a tab at every td). Of a Word-like page, whose
 * cells each hold a paragraph, a row is '\t' (its first cell's tab, then the paragraph's break) /
 * '（一）予以公开\t' / '0\t' / '2\t' / … / '2': each cell's text starts a line and the next cell's
 * tab ends it; a blank cell printing a no-break space leaves ' \t'. Read line by line, every value
 * is a row of its own and the label's row reads as printed blank (breakit60 r07: 65 fields at 0.85).
 *
 * When the text shows this shape — MIN_VALUE_RUNS runs of RUN_LINES or more consecutive lines each
 * one number and a tab after it — a line ending in a tab is joined with the next line (not with an
 * empty one), and a line that is its row's first tab only is dropped into the row it starts: the row
 * as the crawler wrote it, its blank cells cells. Other texts come back unchanged.
 */

/** One number (perhaps with '件'), then the next cell's tab: a value cell of this dump. */
const VALUE_THEN_TAB = /^[ \u00a0]*[-\u2212]?\d[\d,]*(?:\.\d+)?\s*件?[ \u00a0]*\t$/;
/** Consecutive value lines making one row's run (a table 三 row has 7 or 8 values). */
const RUN_LINES = 3;
/** Runs of value lines before the text is read as this dump (a table has a dozen rows). */
const MIN_VALUE_RUNS = 3;

function valueRuns(lines: readonly string[]): number {
  let runs = 0;
  let run = 0;
  for (const l of lines) {
    if (VALUE_THEN_TAB.test(l)) {
      if (++run === RUN_LINES && ++runs >= MIN_VALUE_RUNS) return runs;
    } else run = 0;
  }
  return runs;
}

/** The rows of a tab-before-every-cell dump joined back onto one line each (see the file comment); the same array when the text is not one. */
export function joinTabTrailedCells(lines: string[]): string[] {
  if (valueRuns(lines) < MIN_VALUE_RUNS) return lines;
  const out: string[] = [];
  let open = false;
  for (const l of lines) {
    const last = out.length - 1;
    if (open && l !== '') out[last] = out[last] === '\t' ? l : out[last] + l;
    else out.push(l);
    open = out[out.length - 1]!.endsWith('\t');
  }
  return out;
}
