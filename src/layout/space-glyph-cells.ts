/**
 * @file Blank table cells printed as a space glyph in a dump that parts cells by one space. A Word or
 * WPS page writes '&nbsp;' into every empty cell; printed by Chromium in a CJK font (宋体's fallback)
 * the glyph maps to U+0020, not U+00A0 (layout/space-blank-cells reads those), and PDFBox ExtractText
 * and pypdf `extract_text` write it as a plain space. Both part two cells by one space, but none beside
 * a space already written: a blank cell between two numbers is two spaces, two blanks three, blanks
 * opening a line one space each, and after a row's last number its trailing blanks one more than
 * their count (the parting space, then one per glyph):
 *
 *     （一）予以公开 27  1 1   29          27 · 1 1 · · 29
 *      2   1 1 4                          (label above)  · 2 · · 1 1 4
 *
 * So a line split at single spaces, its last piece dropped when it ends in a space, gives every cell,
 * a blank one empty. pypdf may glue the label's last line onto the first cell, a blank one too
 * ('⽌公开 2   1 1 4': the label, its glyph, no parting space): a row one cell short with a label
 * printed is read with its first cell blank (GLUED_BLANK) where the table's other rows are whole.
 * A `pdftotext -layout` dump pads its cells with runs of spaces, so few of its rows split to exactly
 * the template's width: the lines are read so only when MIN_ROWS rows do and nearly all rows showing
 * a blank do (MIN_SHARE), else left as printed.
 */

/** A number cell (maybe with its unit 件). */
const NUMBER = /^[-\u2212]?\d[\d,]*(?:\.\d+)?件?$/;
/** A label glued onto the row's first number (pypdf): its text ending in a character no number has, then the number. */
const GLUED = /^(.*?[^\d\s\u00a0,.])([-\u2212]?\d[\d,]*(?:\.\d+)?件?)$/;
/** Row widths read so: table 三 (six applicant columns and 总计), table 四 (three groups of five). */
const WIDTHS: ReadonlySet<number> = new Set([7, 15]);
/** Width of a row whose blank first cell pypdf glued to its label (table 三 only: table 四's row has no label). */
const GLUED_BLANK = 7;
/** Rows of the template's width needed before any line is read so. */
const MIN_ROWS = 3;
/** Share of the lines showing a blank between or before numbers that split to the template's width. */
const MIN_SHARE = 0.8;

export interface SpacedRow {
  label: string;
  cells: string[];
}

/** The line's label and cells split at single spaces (blank cells empty), or null when it shows no blank cell. */
function spacedCells(line: string): (SpacedRow & { glued: boolean }) | null {
  const tokens = line.split(' ');
  if (tokens.length < 2) return null;
  if (line.endsWith(' ')) tokens.pop();
  let at = tokens.length;
  while (at > 0 && (tokens[at - 1] === '' || NUMBER.test(tokens[at - 1]!))) at--;
  const { label, cells, glued } = splitAt(tokens, at, GLUED);
  if (!cells.includes('')) return null;
  return { label: label.trim(), cells, glued };
}

/**
 * A row's tokens cut at `at` into its label and cells; a label's last token that ends in a value
 * (`glued`'s two groups: '家秘密0件') gives that value to the cells.
 */
export function splitAt(tokens: readonly string[], at: number, glued: RegExp): { label: string; cells: string[]; glued: boolean } {
  const cells = tokens.slice(at);
  const hit = at > 0 ? glued.exec(tokens[at - 1]!) : null;
  if (!hit) return { label: tokens.slice(0, at).join(' '), cells, glued: false };
  cells.unshift(hit[2]!);
  return { label: [...tokens.slice(0, at - 1), hit[1]!].join(' '), cells, glued: true };
}

/** The row a line holds at the template's width (a glued blank first cell restored where `gluedBlank`), else null. */
function widthRow(row: (SpacedRow & { glued: boolean }) | null, gluedBlank: boolean): SpacedRow | null {
  if (!row) return null;
  if (WIDTHS.has(row.cells.length)) return row;
  if (gluedBlank && row.cells.length === GLUED_BLANK - 1 && row.label !== '' && !row.glued) {
    const blankFirst = ['', ...row.cells];
    if (keepsTotal(blankFirst)) return { label: row.label, cells: blankFirst };
    const runs = touchingSplits(row.cells).filter(keepsTotal);
    return { label: row.label, cells: runs.length === 1 ? runs[0]! : blankFirst };
  }
  return null;
}

/** A number cell's count (its unit and grouping commas dropped); an empty cell 0; NaN for a decimal or a sign. */
const count = (c: string): number => (c === '' ? 0 : /^\d[\d,]*件?$/.test(c) ? Number(c.replace(/[,件]/g, '')) : NaN);

/** True when a table 三 row's last cell (总计) is the sum of its others. */
function keepsTotal(cells: readonly string[]): boolean {
  const n = cells.map(count);
  return n.every(Number.isFinite) && n.slice(0, -1).reduce((s, v) => s + v, 0) === n.at(-1);
}

/**
 * A row one cell short read with each plain run of two digits or more cut in two (pieces not led
 * by 0): pypdf of a Chromium print writes two touching cells as one run ('本年新收… 25 3   3 233'
 * for 25 3 · · 3 2 33, its 其他 and 总计 together), which a row whose blank first cell was glued to
 * its label cannot be told from by its spaces. Read with the blank first, every such row was one
 * column right of its cells, and the identities between the rows, each shifted alike, held by
 * coincidence (hang46: six table 三 values wrong at 0.98). The row's own total tells them apart:
 * the blank first where it keeps the total, else the one cut that does.
 */
function touchingSplits(cells: readonly string[]): string[][] {
  const out: string[][] = [];
  cells.forEach((c, i) => {
    if (!/^\d{2,}$/.test(c)) return;
    for (let at = 1; at < c.length; at++) {
      const head = c.slice(0, at);
      const tail = c.slice(at);
      if (tail.length > 1 && tail[0] === '0') continue;
      if (head.length > 1 && head[0] === '0') continue;
      out.push([...cells.slice(0, i), head, tail, ...cells.slice(i + 1)]);
    }
  });
  return out;
}

/**
 * Each line's row of cells when the text is such a dump (MIN_ROWS rows of the template's width, MIN_SHARE of
 * the lines showing a blank cell), else null. A row wholly blank counts only once the text is one.
 */
export function spaceGlyphRows(lines: readonly string[]): (SpacedRow | null)[] | null {
  const spaced = lines.map((l) => (l.includes(' ') ? spacedCells(l) : null));
  const valued = spaced.filter((r) => r !== null && r.cells.some((c) => c !== ''));
  const whole = valued.filter((r) => WIDTHS.has(r!.cells.length)).length;
  if (whole < MIN_ROWS) return null;
  const rows = spaced.map((r) => widthRow(r, true));
  const read = valued.filter((r) => widthRow(r, true) !== null).length;
  return read >= MIN_SHARE * valued.length ? rows : null;
}
