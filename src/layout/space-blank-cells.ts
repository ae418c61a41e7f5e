/**
 * @file Blank table cells printed as a lone no-break space in a dump that parts cells by one space.
 * A Word or WPS page writes '&nbsp;' into every empty cell; printed (LibreOffice, Chromium) the
 * space is a glyph, and PDFBox ExtractText (with and without -sort) and pypdf `extract_text` write it
 * out as U+00A0 between the row's other cells, each one space apart (pypdf glues the first onto the
 * label):
 *
 *     1.属于国家秘密 \u00a0 7 \u00a0 1 \u00a0 \u00a0 8
 *     秘密\u00a0 7 \u00a0 1 \u00a0 \u00a0 8
 *
 * Read as text, every white space is one gap, so the blanks were gone and a zeros-blank table's row
 * '7 1 8' had many placings (ambiguous). The no-break spaces tell where the blanks are: a line ending
 * in a row of the template's width (table 三: 7 cells, table 四: 15) of numbers and lone no-break
 * spaces, one or more of them, is written as a tab row — its label, then its cells, a blank one empty.
 * A row of another width (a table cut at the page's edge, a row PDFBox -sort broke over lines) stays
 * as printed: which of its columns the cells are is not told by them. Only in a text holding
 * MIN_ROWS such rows (a dumper writing them), so a stray no-break space elsewhere changes nothing.
 */

import { spaceGlyphRows, splitAt } from './space-glyph-cells.js';

/** A cell of such a row: a number (maybe with its unit 件, maybe wrapped: WRAPPED_UNIT) or a blank printed as no-break spaces. */
const CELL = /^(?:[-\u2212]?\d[\d,]*(?:\.\d+)?件?|\d*件\d+|\u00a0+)$/;
/** A label glued onto the row's first cell (pypdf): its text ending in a character no number has, then the cell. */
const GLUED = /^(.*?[^\d\s\u00a0,.])(\u00a0+|\d[\d,]*(?:\.\d+)?件?|\d*件\d+)$/;
/**
 * A number whose cell wrapped it with its unit, its last digits set after the 件 (PDFBox -sort of a
 * LibreOffice print with narrow cells: '169件' as '16件9', '18件' as '1件8', '6件' as '件6'): the digits
 * are the number, 件 its unit. A row holding one is read so even with no blank cell printed.
 */
const WRAPPED_UNIT = /^(\d*)件(\d+)$/;
/** Row widths of the template's tables whose rows are read so: 三 (six applicant columns and 总计), 四 (three groups of five). */
const ROW_WIDTHS: ReadonlySet<number> = new Set([7, 15]);
/** Rows of a text needed before any line is read so. */
const MIN_ROWS = 3;

/**
 * Widths of table 三 cut at the page's right edge before its last columns (a landscape table printed on portrait
 * paper: '734 \u00a0 12 \u00a0 247 36' under a header ending at 其他, 总计 past the edge; box44, gen61 r15): its rows
 * are its first columns, left to right, 总计 found by the identities. Read so only where no row of the whole width is read
 * (MIN_ROWS six cells wide, none seven). Not five: with 其他 past the edge too a row of blanks read so left its cells
 * ambiguous where they had been read as printed (gen61 1034000 -sort r15).
 */
const CUT_WIDTHS: ReadonlySet<number> = new Set([6]);

/** The line's label and cells when it ends in such a row, else null. */
function blankCellRow(line: string, widths: ReadonlySet<number> = ROW_WIDTHS): { label: string; cells: string[] } | null {
  if (!line.includes('\u00a0') && !line.includes('件')) return null;
  // A count's unit printed one space after it ('4 件 5 件 \u00a0 …': a cell too narrow for '4件' on one run) is its cell's.
  const tokens = line.replace(/ +$/, '').replace(/(\d) 件(?= |$)/g, '$1件').split(' ');
  let at = tokens.length;
  while (at > 0 && CELL.test(tokens[at - 1]!)) at--;
  const { label, cells } = splitAt(tokens, at, GLUED);
  if (!widths.has(cells.length) || !cells.some((c) => c.startsWith('\u00a0') || WRAPPED_UNIT.test(c))) return null;
  return { label: label.trim(), cells: cells.map((c) => (c.startsWith('\u00a0') ? '' : c.replace(WRAPPED_UNIT, '$1$2件'))) };
}

/** The lines with each row of blank cells printed as no-break spaces written as a tab row (label, then its cells). */
export function readSpaceBlankCells(lines: readonly string[]): readonly string[] {
  let rows = lines.map((l) => blankCellRow(l));
  if (!rows.some((r) => r?.cells.length === 7)) {
    const cut = lines.map((l) => blankCellRow(l, CUT_WIDTHS));
    const width = [...CUT_WIDTHS].find((w) => cut.filter((r) => r?.cells.length === w).length >= MIN_ROWS);
    if (width !== undefined) rows = rows.map((r, i) => r ?? (cut[i]?.cells.length === width ? cut[i]! : null));
  }
  if (rows.filter((r) => r !== null).length < MIN_ROWS) {
    // …or as space glyphs (Chromium's print in a CJK font: layout/space-glyph-cells).
    const glyphs = spaceGlyphRows(lines);
    if (!glyphs) return lines;
    rows = glyphs;
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    const row = rows[i];
    if (!row) return void out.push(line);
    // A row with no label on its line (PDFBox writes a wrapped label's lines above its cells): a tab row led by an empty
    // label reads its first tabs as indentation (text-to-lines) and its cells one column left (gen61 r15: 92 of
    // 国家秘密 read as legalService, 0.7). The text line just above, the label's last line, is its label.
    // Table 三's rows only: a table 四 row has no label (its groups' header lines are above it: breaker45 g61 -sort r17).
    const above = row.label === '' && row.cells.length < 15 && i > 0 && rows[i - 1] === null ? lines[i - 1]!.trim() : '';
    if (above !== '' && !/\d$/.test(above) && out.at(-1) === lines[i - 1]) out.pop();
    out.push([above !== '' && !/\d$/.test(above) ? above : row.label, ...row.cells].join('\t'));
  });
  return out;
}
