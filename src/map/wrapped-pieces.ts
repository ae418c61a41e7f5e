/**
 * @file Table 三's header band dumped with no positions (pdfplumber `extract_text`, pypdfium2
 * `get_text_range`, plain pdftotext) from a page whose narrow columns wrap their headers:
 * '社会公益 法律服务' / '申请人情况 自然人 商业企业 科研机构 其他 总计' / '组织 机构'. The upper and
 * lower pieces of the wrapped words stand on lines of their own, so the band joined in reading
 * order names 社会公益组织 and 法律服务机构 first — an order the page does not print. A line of
 * pieces only says nothing about where its columns stand among the words named whole on another
 * line (a page printing 社会公益组织 first is dumped just the same), so such a band neither
 * contradicts nor confirms the template: when every line names its words (whole, or pieces) in the
 * template's order and the pieces complete exactly the words no line names whole, the values are
 * read in the template's order and nothing is moved (column-order.ts: `columns_unread`, capped).
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { headerBand } from './header-order.js';
import { positionalBand } from './positional-band.js';
import { REQUEST_HEADER } from './header-words.js';

/** Table 三's leaf words in template order (总计 last). */
const LEAF_WORDS = REQUEST_HEADER.filter((w) => w[1] !== null).map((w) => w[0]);

/**
 * A token that is a proper part of some leaf word (a piece of a wrapped header cell): its head, its
 * tail, or a middle line of a cell wrapped over three ('社会' / '公益' / '组织': PDFBox -sort of a
 * LibreOffice print, the cells centred in the header row so their lines interleave).
 */
const isPiece = (t: string): boolean => !LEAF_WORDS.includes(t) && LEAF_WORDS.some((w) => w.length > t.length && w.includes(t));

/** Lines of the band as their leaf tokens: whole words and pieces, in printed order (other text dropped). */
function bandTokens(lines: readonly Line[]): string[][] {
  const band = headerBand(lines);
  const end = band.findIndex((t) => /^[\s\d.,-]*\d[\s\d.,-]*$/.test(t));
  return (end < 0 ? band : band.slice(0, end)).map((t) =>
    t
      .split(/\s+/)
      .map((r) => normalizeLabel(r).replace(/\d/g, ''))
      .filter((r) => LEAF_WORDS.includes(r) || isPiece(r)),
  );
}

/**
 * The band (dumped with no positions) names no column order other than the template's: each word at
 * most once whole, some words only in pieces on lines of their own rank, and one assignment of the
 * pieces (each line's pieces to distinct missing words, top to bottom) completes exactly the missing
 * words, with every line's words — whole or pieces — in template order.
 */
export function wrappedPiecesInOrder(lines: readonly Line[]): boolean {
  if (positionalBand(lines) !== null) return false;
  const tokens = bandTokens(lines);
  const whole = tokens.flat().filter((t) => LEAF_WORDS.includes(t));
  if (new Set(whole).size !== whole.length) return false;
  const missing = LEAF_WORDS.filter((w) => !whole.includes(w));
  // Pieces of two or more words side by side on one line: a row of wrapped cells ('社会公益 法律服务'). A
  // band of one cell a line (a dump in position order, column by column) places its pieces: not this case.
  if (!missing.length || !tokens.some((l) => l.filter(isPiece).length >= 2)) return false;
  const rank = (w: string): number => LEAF_WORDS.indexOf(w);
  const built = new Map(missing.map((w) => [w, '']));
  // Line `li`, token `ti`; `prev`: the rank of the word the line's last token belongs to.
  const walk = (li: number, ti: number, prev: number): boolean => {
    if (li === tokens.length) return missing.every((w) => built.get(w) === w);
    const line = tokens[li]!;
    if (ti === line.length) return walk(li + 1, 0, -1);
    const t = line[ti]!;
    if (LEAF_WORDS.includes(t)) return rank(t) > prev && walk(li, ti + 1, rank(t));
    return missing.some((w) => {
      const before = built.get(w)!;
      // A word gets one piece per line: a second piece on the same line is another column's.
      if (rank(w) <= prev || !w.startsWith(before + t)) return false;
      built.set(w, before + t);
      const ok = walk(li, ti + 1, rank(w));
      built.set(w, before);
      return ok;
    });
  };
  return walk(0, 0, -1);
}
