/**
 * @file Text normalisation rules, one named function each. Matching works on `normalizeLabel`;
 * output text keeps the document's own characters except for `fixCompatibilityChars`.
 */

import { unifyRadicals } from '../_internal/radicals.js';

/** A character `fixCompatibilityChars` may change (the radicals `unifyRadicals` maps are among them; the rare dashes and slashes of RARE_MARKS). */
const COMPATIBILITY_CHAR = /[\u2e80-\u2fdf\uf900-\ufaff\u2012\u2015\ufe58\u2e3a\u2e3b\u2215\u2044]/;

/**
 * Dashes and slashes a cell may print for not applicable that the mark rules do not list (tables/tokenize-cell
 * NA_SIGN_SOURCE and the layout rules after it): the figure dash U+2012, the horizontal bar U+2015 ('――', a Chinese
 * IME's dash), the small em dash U+FE58, the two- and three-em dashes U+2E3A/U+2E3B — all read as '—' — and the
 * division and fraction slashes U+2215/U+2044, read as '/'. Session 46: such a fee cell was read as no cell
 * (missing) where '—' is notApplicable; box-drawing lines (U+2500…) are table borders and stay.
 */
const RARE_MARKS = /[\u2012\u2015\ufe58\u2e3a\u2e3b\u2215\u2044]/g;
const markOf = (ch: string): string => (ch === '\u2215' || ch === '\u2044' ? '/' : '—');

/**
 * Kangxi radicals (U+2F00–U+2FDF), CJK radicals supplement and compatibility ideographs that
 * Chromium-printed PDFs and some CMSs emit instead of the unified ideographs: radicals through
 * Unicode's EquivalentUnifiedIdeograph table (NFKC misses the supplement), the rest by NFKC.
 */
export function fixCompatibilityChars(text: string): string {
  // Most texts have none: one scan (the radicals' and this replace would scan them twice).
  if (!COMPATIBILITY_CHAR.test(text)) return text;
  return unifyRadicals(text).replace(RARE_MARKS, markOf).replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (ch) => ch.normalize('NFKC'));
}

/** A character `toHalfWidth` changes. */
const WIDE_OR_SPACE = /[\uff01-\uff5e\ufe63\u3000\u00a0\u2002-\u200b\u202f\u205f]/;

/**
 * Full-width digits, letters and ASCII punctuation (U+FF01–U+FF5E) → ASCII; U+3000 → space; the
 * small hyphen-minus U+FE63 '﹣' (a minus sign in some 2019 reports' 增/减 columns) → '-' as NFKC does.
 */
export function toHalfWidth(text: string): string {
  // Most texts have none of these: one scan instead of three replaces.
  if (!WIDE_OR_SPACE.test(text)) return text;
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\ufe63/g, '-')
    .replace(/[\u3000\u00a0\u2002-\u200b\u202f\u205f]/g, ' ');
}

/**
 * Numbering in front of labels and headings: 一、 （一） (一) ( 七 ) 1. 1、 1． ① … (spaces inside the
 * brackets too); also with U+FFFD for the brackets or the 、 ('\ufffd六\ufffd', '一\ufffd': a dump of
 * miscoded glyphs, layout/miscoded-chars.ts), which reads as the numbering it stands in.
 */
const NUMBERING = /(?:[一二三四五六七八九十]+\s*[、.．\ufffd]|[（(\ufffd]\s*[一二三四五六七八九十\d]+\s*[)）\ufffd]|\d{1,2}\s*[.、．](?!\d)|[①-⑳])/g;

/** Everything that is not a CJK ideograph, letter, digit or unknown character (U+FFFD). */
const NON_WORD = /[^\p{Script=Han}\p{L}\d\ufffd]/gu;
/**
 * Unknown characters (U+FFFD, a glyph whose character map is wrong: pdf/miscoded-glyphs.ts) at the
 * end: most are punctuation (a closing bracket, ：). Elsewhere one is as often an ideograph ('��结转'
 * for 上年结转): kept, and label matching takes it as any one character or none
 * (_internal/unknown-char-distance.ts).
 */
const UNKNOWN_AT_END = /\ufffd+$/;

const normalizeUncached = (text: string): string =>
  toHalfWidth(fixCompatibilityChars(text)).replace(NUMBERING, '').replace(NON_WORD, '').replace(UNKNOWN_AT_END, '');

/**
 * `normalizeLabel` results by text. The stages normalize the same cells, labels and heading
 * prefixes many times over (in a profile of PDF extraction the five regular expressions were ~2%
 * of the time); the function is pure, so a memo changes nothing but the time. Only short texts
 * (labels, cells, heading prefixes: at most MEMO_MAX_CHARS chars) are kept, and the memo is emptied when it holds
 * MEMO_MAX_ENTRIES, so a long or hostile document cannot grow it without bound.
 */
const MEMO_MAX_CHARS = 200;
const MEMO_MAX_ENTRIES = 20_000;
const memo = new Map<string, string>();

/** Collapses runs of white space to one space and trims. */
export function squashSpaces(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, ' ').trim();
}

/**
 * The form labels and headings are compared in: compatibility chars fixed, half-width, numbering,
 * punctuation and spaces removed. '(三) 不予公开 1. 属于国家秘密' → '不予公开属于国家秘密'.
 */
export function normalizeLabel(text: string): string {
  if (text.length > MEMO_MAX_CHARS) return normalizeUncached(text);
  let norm = memo.get(text);
  if (norm === undefined) {
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(text, (norm = normalizeUncached(text)));
  }
  return norm;
}
