/**
 * @file Table 三 printed wider than the page with the page's edge running through a column
 * (`withoutEdgeCutColumn`): the cut column and those past it are left out of the value lines, so
 * the table reads as the columns printed whole (map/clipped-total).
 */
import type { Line } from '../model/document.js';
import { bandWithoutTotal, groupWordHealed } from './clipped-total.js';

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

/** `l` without its last cell (the per-cell lists cut with it). */
function withoutLastCell(l: Line): Line {
  const n = l.cells.length - 1;
  const within = (xs: number[] | undefined): number[] | undefined => xs?.filter((i) => i < n);
  const out: Line = { ...l, cells: l.cells.slice(0, n) };
  if (l.cols) out.cols = l.cols.slice(0, n);
  if (l.starts) out.starts = l.starts.slice(0, n);
  if (l.ocr) out.ocr = l.ocr.slice(0, n);
  if (l.fused) out.fused = within(l.fused)!;
  if (l.unread) out.unread = within(l.unread)!;
  return out;
}
