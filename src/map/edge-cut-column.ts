/**
 * @file Table 三 printed wider than the page with the page's edge running through a column
 * (`withoutEdgeCutColumn`): the cut column and those past it are left out of the value lines, so
 * the table reads as the columns printed whole (map/clipped-total).
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { bandWithoutTotal, groupWordHealed, naturalPersonOnly } from './clipped-total.js';

/**
 * A number cell whose glyphs the page shows only in part, wrapped in U+FFFD by the PDF reader
 * ('�2�': '26' cut by the page's clip at its edge, pdf/clipped-text): a value the page does not give.
 */
const CUT_NUMBER = /^\uFFFD[\d.,]+\uFFFD$/;
/** Fewest value lines (table 三 prints 25 rows) ending with a cut number for a column cut at the page's edge (and at least half of them). */
const MIN_CUT_ROWS = 12;

/**
 * Table 三 printed wider than the page with the page's edge running through a column (LibreOffice
 * prints a wide layout table at the page width: '26' shows as '2' and half a '6', the PDF reader
 * keeps '�2�'; a '29' whose '9' lies wholly past the edge may come as a plain '2'): the value lines
 * all print the same count of numbers, the last one at the edge, and most of those last numbers
 * (MIN_CUT_ROWS or more) are cut ones, under a header that names no 总计. That column's values are
 * not given by the page, a plain one there included: the last cell of every value line is left out,
 * so the table reads as the columns printed whole (`clippedTotalColumns`: the header still names the
 * cut column's neighbours in order) and the cut column with those past it comes out missing. Null
 * when the table is not so (cut numbers in some rows only are values not trusted, read as before).
 */
export function withoutEdgeCutColumn(lines: readonly Line[] | null): Line[] | null {
  if (!lines) return null;
  const isNumber = (c: string): boolean => /^\s*\d[\d.,]*\s*$/.test(c) || CUT_NUMBER.test(c.trim());
  const valued = lines.filter((l) => l.cells.some(isNumber));
  const counts = new Set(valued.map((l) => l.cells.filter(isNumber).length));
  const cut = valued.filter((l) => CUT_NUMBER.test(l.cells.at(-1)!.trim()));
  if (counts.size !== 1 || !valued.every((l) => isNumber(l.cells.at(-1)!)) || cut.length < MIN_CUT_ROWS || 2 * cut.length < valued.length) return null;
  if (valued.some((l) => l.cells.slice(0, -1).some((c) => CUT_NUMBER.test(c.trim())))) return null;
  if (!bandWithoutTotal(groupWordHealed(lines))) return null;
  const set = new Set(valued);
  return lines.map((l) => (set.has(l) ? withoutLastCell(l) : l));
}

/**
 * Table 三 cut right after its 自然人 column (`naturalPersonOnly`: the header names 自然人 and nothing
 * past it): what is left of the columns cut off is not values — the numbers the page's edge shows in
 * part ('�4�', the first digit of 商业企业's 4,915) or as a line of its own at the page's edge (LibreOffice
 * writes a cell's text that starts on the page: '2' of 2455 past the edge), and the empty cell a ruled grid gives the cut
 * column (its rulings on the page, its numbers past the edge) when most value lines end with one, and
 * in a text dump any number after a row's first ('11,929 4': no header word names a second column; a
 * 自然人 cell left blank with such a number after it reads that number, which the column's identities
 * then do not confirm) — and is left out of the lines, so each row prints its 自然人 value alone (`clippedTotalColumns` then
 * reads that one column). Null when the table is not so or holds no such cell.
 */
export function withoutCutDebris(lines: readonly Line[] | null): Line[] | null {
  if (!lines || !naturalPersonOnly(groupWordHealed(lines))) return null;
  const isCut = (c: string): boolean => CUT_NUMBER.test(c.trim());
  const isNumber = (c: string): boolean => /^\s*\d[\d.,]*\s*$/.test(c);
  // A line of numbers only running to the page's edge: a cut column's number the PDF writes from its start on the page ('2' of 2455).
  const debris = (l: Line): boolean => l.atEdge === true && l.cells.every(isNumber);
  const uncut = lines.filter((l) => !debris(l)).map((l) => l.cells.flatMap((c, i) => (isCut(c) ? [i] : [])).reduceRight((out, i) => withoutCell(out, i), l));
  // A text dump's row with a number after its 自然人 value ('11,929 4': a cut column's first glyphs on the page) keeps its first.
  // (Only when few rows do — a cut column's value reaches back onto the page only where it is wide: a table printing its
  // columns under a header not read prints several numbers on every row, and is not read so.)
  const runs = uncut.filter(isNumberRun).length;
  const firstOnly = runs <= MAX_RUN_SHARE * uncut.filter((l) => l.cells.some(isNumber)).length ? uncut.map((l) => (isNumberRun(l) ? firstNumberOnly(l, isNumber) : l)) : uncut;
  const valued = firstOnly.filter((l) => l.cells.some(isNumber));
  const endsEmpty = (l: Line): boolean => l.cells.length >= 2 && l.cells.at(-1)!.trim() === '' && (isNumber(l.cells.at(-2)!) || l.cells.at(-2)!.trim() === '');
  const emptyColumn = valued.length > 0 && 2 * valued.filter(endsEmpty).length >= valued.length;
  const out = emptyColumn ? firstOnly.map((l) => (endsEmpty(l) ? withoutLastCell(l) : l)) : firstOnly;
  return out.length < lines.length || out.some((l, i) => l !== lines[i]) ? out : null;
}

/**
 * Table 三's ruled grid cut at the page's edge under a band naming its printed columns (`bandWithoutTotal`),
 * re-printed by Ghostscript: each cut cell's number that starts on the page comes as a line of its own at
 * the edge, off the grid ('6' of the 科研机构 cell past the edge, after every row) — no row: left out (it
 * would read as a row of one value and the table's rows as of no one width). Null when there is none.
 */
export function withoutEdgeDebris(lines: readonly Line[] | null): Line[] | null {
  if (!lines || !lines.some((l) => l.source.table !== undefined) || !bandWithoutTotal(groupWordHealed(lines))) return null;
  const debris = (l: Line): boolean => l.atEdge === true && l.source.table === undefined && l.cells.every((c) => /^\s*\d[\d.,]*\s*$/.test(c));
  return lines.some(debris) ? lines.filter((l) => !debris(l)) : null;
}

/**
 * Table 三's ruled grid cut off the page after its 其他 column (no 总计 in the header band) with an
 * empty cell in a label column: a row whose two label cells the grid read as one, its text in the
 * first and the second column empty (LibreOffice's print: a short ruling between '三、本年度办理' and
 * '（一）予以公开' in the row a page break ends), prints one cell more than the columns under the
 * header, and read as a row of seven values its empty label cell was taken for 自然人's blank zero
 * and every value moved a column (0 at 0.85 where 4 is printed). The empty cells of the grid's rows
 * in columns left of the one its header cell 自然人 starts (the same page's table) are left out. Null when the grid does not say so or no such cell is printed.
 */
export function withoutLabelBlanks(lines: readonly Line[] | null): Line[] | null {
  if (!lines || !bandWithoutTotal(groupWordHealed(lines))) return null;
  const head = lines.find((l) => l.cols?.length === l.cells.length && l.source.table !== undefined && l.cells.some((c) => normalizeLabel(c) === '自然人'));
  if (!head) return null;
  const first = head.cols![head.cells.findIndex((c) => normalizeLabel(c) === '自然人')]!;
  const table = head.source.table;
  if (first <= 0) return null;
  const labelBlanks = (l: Line): number[] => (l.cols && l.source.table === table && l.cells.some((c) => /\d/.test(c)) ? l.cells.flatMap((c, i) => (i > 0 && c.trim() === '' && l.cols![i]! < first ? [i] : [])) : []);
  if (!lines.some((l) => labelBlanks(l).length > 0)) return null;
  return lines.map((l) => labelBlanks(l).reduceRight((out, i) => withoutCell(out, i), l));
}

/** Most value lines of a table cut after 自然人 that may print a number after the first (the cut column's first glyphs). */
const MAX_RUN_SHARE = 1 / 3;

/** Numbers after the first on a line: several number cells, or a cell of numbers apart ('11,929 4'). */
const NUMBERS_APART = /^\s*\d[\d.,]*(?:\s+\d[\d.,]*)+\s*$/;
const isNumberRun = (l: Line): boolean => l.cells.some((c) => NUMBERS_APART.test(c)) || l.cells.filter((c) => /^\s*\d[\d.,]*\s*$/.test(c)).length > 1;

/** `l` with only its first number: a cell of numbers apart cut to its first, the number cells after the first left out. */
function firstNumberOnly(l: Line, isNumber: (c: string) => boolean): Line {
  const first = l.cells.findIndex((c) => isNumber(c) || NUMBERS_APART.test(c));
  const cut: Line = { ...l, cells: l.cells.map((c, i) => (i === first && NUMBERS_APART.test(c) ? c.trim().split(/\s+/)[0]! : c)) };
  const after = l.cells.flatMap((c, i) => (i > first && isNumber(c) ? [i] : []));
  return after.reduceRight((out, i) => withoutCell(out, i), cut);
}

/** `l` without its last cell (the per-cell lists cut with it). */
function withoutLastCell(l: Line): Line {
  return withoutCell(l, l.cells.length - 1);
}

/** `l` without its cell `n` (the per-cell lists cut with it, the indices after it moved down). */
function withoutCell(l: Line, n: number): Line {
  const drop = <T>(xs: readonly T[]): T[] => xs.filter((_, i) => i !== n);
  const within = (xs: number[] | undefined): number[] | undefined => xs?.filter((i) => i !== n).map((i) => (i > n ? i - 1 : i));
  const out: Line = { ...l, cells: drop(l.cells) };
  if (l.cols) out.cols = drop(l.cols);
  if (l.starts) out.starts = drop(l.starts);
  if (l.ocr) out.ocr = drop(l.ocr);
  if (l.fused) out.fused = within(l.fused)!;
  if (l.unread) out.unread = within(l.unread)!;
  if (l.joined) out.joined = within(l.joined)!;
  return out;
}
