/**
 * @file Table 三's total column headed 合计 instead of 总计. Spec-wise it is the same column (some
 * reports print 合计), but the header readers (map/column-order, header-order, absent-columns,
 * clipped-total) know it as 总计: a header '合计 自然人 商业企业 …' was not read, so a total column
 * printed first was taken in the template's order. The header band's one 合计 cell is read as 总计
 * for those readers — only there: a row label '（七）合计' (a value line, after the band) is left
 * alone, and so is a band that prints 总计 itself (its 合计 is a subtotal column, 法人或其他组织 合计)
 * or 合计 twice (which one is the total the header does not say).
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';

/** The word some reports head the total column with. */
export const TOTAL_SYNONYM = '合计';
/** The template's word for it. */
const TOTAL = '总计';
/** Words a header cell of table 三 is made of (with the synonym and a subtotal's 小计). */
const HEADER_WORDS = ['法人或其他组织', '社会公益组织', '法律服务机构', '申请人情况', '商业企业', '科研机构', '自然人', '其他', '小计', '项目', TOTAL_SYNONYM];
/** Share of a cell that header words must make up for its 合计 to be a header (not a sentence naming a sum). */
const HEADER_SHARE = 0.6;

/**
 * True for a cell naming 合计 as a header word (mostly header words, no digit) — the cell as a whole, or one
 * of its pieces between spaces: a text dump's line is one cell holding the cells a line printed, and the
 * header's note printed beside them ('（本列数据的勾稽关系为…之 自然人 合计', PDFBox -sort) is no part of the 合计 cell.
 */
function totalSynonymCell(cell: string): boolean {
  if (/\d/.test(cell)) return false;
  return synonymHeader(cell) || cell.trim().split(/\s+/).some(synonymHeader);
}

function synonymHeader(cell: string): boolean {
  const norm = normalizeLabel(cell);
  if (!norm.includes(TOTAL_SYNONYM) || /\d/.test(norm)) return false;
  const rest = HEADER_WORDS.reduce((t, w) => t.split(w).join(''), norm);
  return norm.length - rest.length >= HEADER_SHARE * norm.length;
}

/**
 * `lines` with the header band's 合计 cell read as 总计, when the band (the lines before the first
 * line with a digit) has exactly one 合计 header cell and no 总计; else `lines` itself.
 */
export function totalWordAsPrinted(lines: readonly Line[] | null): readonly Line[] | null {
  if (!lines) return lines;
  const end = lines.findIndex((l) => /\d/.test(normalizeLabel(l.cells.join(''))));
  const band = lines.slice(0, end < 0 ? lines.length : end);
  if (band.some((l) => l.cells.some((c) => normalizeLabel(c).includes(TOTAL)))) return lines;
  const hits = band.flatMap((l, i) => l.cells.flatMap((c, j) => (totalSynonymCell(c) ? [[i, j, c.split(TOTAL_SYNONYM).length - 1] as const] : [])));
  if (hits.length !== 1 || hits[0]![2] !== 1) return lines;
  const [at, col] = hits[0]!;
  return lines.map((l, i) => (i !== at ? l : { ...l, cells: l.cells.map((c, j) => (j === col ? c.replace(TOTAL_SYNONYM, TOTAL) : c)) }));
}
