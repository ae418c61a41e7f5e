/**
 * @file Numbers that count pages or point at another part of the document: a page counter ('— 3 —',
 * '- 12 -', '第 3 页 共 5 页', '共5页', '3/5', 'Page 3 of 5') or a reference ('表2', '附件1', '注：1', a
 * number right after a template reference '第二十条第（六）项 2'). Never a cell's value: a line that is
 * only a counter is page furniture (text-furniture.ts PAGE_FURNITURE, pdf/furniture.ts), and one glued
 * to a row's line — a page footer a converter joined to the label line where the page broke — is label
 * text, not the row's value (tables/tokenize-cell.ts pageMarkSpans). The one place these forms are written.
 */

/** '第 3 页', '第3页 共5页', '第 3 页，共 5 页': a Chinese page counter. */
const PAGE_OF = String.raw`第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?`;
/** 'Page 3', 'page 3 of 5', 'P. 3'. */
const PAGE_EN = String.raw`page\s*\d+(?:\s*of\s*\d+)?`;
/** '3/5': page 3 of 5. */
const FRACTION = String.raw`\d+\s*\/\s*\d+`;

/** '— 3 —', '- 12 -', '第 3 页 共 5 页', '3/5', 'Page 3': a whole line of page furniture, never table content. */
export const PAGE_FURNITURE = new RegExp(String.raw`^\s*(?:[—–\-－]+\s*\d+\s*[—–\-－]+|${PAGE_OF}|${FRACTION}|${PAGE_EN})\s*$`, 'i');

/** A page counter inside a line (a running footer beside a title or URL): '2/5', 'Page 2 of 5', '第 2 页'. */
export const PAGE_COUNTER = String.raw`(?:${FRACTION}|${PAGE_EN}|${PAGE_OF})`;

/**
 * Page counters and references inside a cell's text (half-width already), matched where they stand
 * apart from other digits:
 *  - a number between two runs of the same dash or dot, spaced alike ('-7-', '- 7 -', '— 8 —', '—— 8 ——',
 *    '· 8 ·'; not '-3 -', a negative value and a dash cell), with text or the cell's edge on both sides: among
 *    values ('禁止公开 － 5 － 5 0 0 10', '5259 - 2 -') it may as well be a value between two dash cells;
 *  - '第 N 页' (with '共 M 页'), '共 N 页', 'N 页' after '/', 'Page N (of M)';
 *  - '表N', '附表N', '附件N', '图N' (not after a word: '代表 3'), '注:N' / '注N' (a table, an annex, a figure, a note by number);
 *  - the number right after a reference to the regulations' article and item ('第二十条第(六)项 2').
 */
const MARKS = new RegExp(
  [
    String.raw`(?<=(?:^|[^\d\s.—–\-‐−·•])\s*)(?<!\S)(([—–\-‐−·•])\2*)(\s*)\d{1,4}\3\1(?=\s*(?:$|[^\d\s.—–\-‐−·•]))`,
    String.raw`${PAGE_OF}`,
    String.raw`共\s*\d+\s*页`,
    String.raw`(?<![\d.])${PAGE_EN}(?![\d.])`,
    String.raw`(?:附表|附件|(?<!\p{Script=Han})[表图])\s?\d{1,2}(?![\d.])`,
    String.raw`注(?:\s*[:：]\s*)?\d{1,2}(?![\d.])`,
    String.raw`第[一二三四五六七八九十百零〇\d]+条(?:\s*第?\s*\(?\s*[一二三四五六七八九十\d]+\s*\)?\s*[项款])+\s*\d{1,4}(?![\d.])`,
  ].join('|'),
  'giu',
);

/** Where the page counters and references of `s` stand ([start, end) each), in order; none in most cells. */
export function pageMarkSpans(s: string): [number, number][] {
  if (!/[—–\-‐−·•页表图件注条]|page/i.test(s)) return [];
  return [...s.matchAll(MARKS)].map((m) => [m.index!, m.index! + m[0].length]);
}
