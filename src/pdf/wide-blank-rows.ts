/**
 * @file Rows of a wide borderless table (表三) printed with every cell empty (zeros left blank).
 *
 * Without rulings such a row prints its label only. Where the table's columns are known (placeWide:
 * rows that printed every column agree on where each column is) a label line between the rows,
 * all of it left of the first value column, is a row whose cells are empty — when its label starts
 * a leaf row: a numbered sub-row ('2.没有现成信息需要另行制作'), or a row numbered '（二）' / '四、'
 * not followed by its sub-rows (a group label '（三）不予公开' is followed by '1.属于国家秘密',
 * '三、本年度办理结果' by '（一）予以公开': they stay labels). Wrapped label fragments are no rows: they start with no item number. The empty
 * cells are read as blank (0, flag `blank`), confirmed by the identities.
 *
 * The table's last row printed so (table 三's '四、结转下年度继续办理', nothing carried over) has no row below it: a label line
 * after the last row with numbers is such a row only when numbered in Chinese ('四、': a row of the table's own
 * numbering, not a note's '1.'), naming 结转 (table 三's last row: a section heading cut short, '四、政府信息公开行政复议',
 * fits left of the columns too) and no section heading (`wideBlankTail`; sparse50: fresh49 k1 Chromium / pdftohtml -xml
 * prints lost the row, 7 fields missing, which the identities would have confirmed 0).
 */
import type { Span, XLine } from './free-columns.js';

/** A numbered sub-row's label: '2.', '3、' (not a decimal '1.5'). */
const SUB_ITEM = /^\s*\d{1,2}\s*[.、．](?!\d)/;
/** A row's label numbered in Chinese: '（二）', '(七)', '四、'. */
const ITEM = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])/;
/** The first sub-row of a group: '1.', an item-number cell '1', or '（一）' (under '三、本年度办理结果'). */
const FIRST_SUB = /^\s*(?:1\s*(?:[.、．](?!\d)|$)|[（(]一[)）])/;

const hasPositions = (l: XLine): boolean => l.xs !== undefined && l.ends !== undefined && l.xs.length === l.cells.length && l.ends.length === l.cells.length;
const numeric = (c: string): boolean => /^[-\u2212]?[\d,.]+$/.test(c);

/** The line as a row of empty cells under `cols`, or null when it is no blank row (see the file header); `next`: the next line with label text. */
export function wideBlankRow<L extends XLine>(line: L, next: XLine | undefined, cols: readonly Span[], slack: number): L | null {
  if (!hasPositions(line) || line.cols !== undefined || line.cells.length === 0 || line.cells.some(numeric)) return null;
  if (line.ends!.some((e) => e > cols[0]!.x - slack)) return null;
  const label = line.cells.at(-1)!;
  const leaf = SUB_ITEM.test(label) || (ITEM.test(label) && !(next?.cells.some((c) => FIRST_SUB.test(c)) ?? false));
  if (!leaf) return null;
  return {
    ...line,
    cells: [...line.cells, ...cols.map(() => '')],
    xs: [...line.xs!, ...cols.map((c) => c.x)],
    ends: [...line.ends!, ...cols.map((c) => c.end)],
    cols: [...line.cells.map(() => 0), ...cols.map((_, j) => j + 1)],
  };
}

/** Table 三's last row ('四、结转下年度继续办理', both templates): the one row a table ends with after its other rows. */
const LAST_ROW = /结转/;

/** The line as the table's last row printed with every cell empty (see the file header), or null. */
export function wideBlankTail<L extends XLine>(line: L, next: XLine | undefined, cols: readonly Span[], slack: number, heading: (text: string) => boolean): L | null {
  const label = line.cells.at(-1) ?? '';
  if (!ITEM.test(label) || SUB_ITEM.test(label) || !LAST_ROW.test(label) || heading(line.cells.join(''))) return null;
  return wideBlankRow(line, next, cols, slack);
}
