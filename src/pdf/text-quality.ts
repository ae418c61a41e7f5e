/**
 * @file Is a page's text layer readable? Fonts without a /ToUnicode map (or with a broken one)
 * give pdf.js glyph codes it can only guess at: the page is full of glyphs, but the characters are
 * Latin-1 letters, symbols and private-use code points ('!dû¡Ç2工#tC'), with a few ideographs
 * right by chance. Such a page needs OCR; reading it would give nothing (or, worse, digits that
 * are really other glyphs). See mozilla/pdf.js#12245, jsvine/pdfplumber#29.
 */

/**
 * Characters a Chinese report's text is made of: ideographs, ASCII, CJK and full-width
 * punctuation, general punctuation, circled numbers, box drawing. Anything else (Latin-1
 * supplement, Latin extended, letterlike and miscellaneous symbols, private use, controls) is what
 * undecodable glyph codes come out as.
 */
const READABLE = /[\p{Script=Han}\x20-\x7e\u2000-\u206f\u2150-\u218f\u2190-\u21ff\u2460-\u24ff\u2500-\u257f\u25a0-\u25ff\u3000-\u303f\uff00-\uffef\u00b7\u00d7\u00a0\u2e80-\u2fdf]/u;

/** Non-space characters a page needs before its text is judged (a page number alone is not). */
const MIN_CHARS = 30;
/**
 * Share of characters outside `READABLE` that makes a page's text undecodable. Real Chinese text
 * has next to none (a stray '°' or 'é' in a name); undecodable pages show well over half.
 */
const MAX_GARBAGE_SHARE = 0.25;

/** Counts a page's characters: all non-space ones and those outside the readable ranges. */
export function countGarbage(strs: readonly string[]): { chars: number; garbage: number } {
  let chars = 0;
  let garbage = 0;
  for (const s of strs) {
    for (const ch of s) {
      if (/\s/.test(ch)) continue;
      chars++;
      if (!READABLE.test(ch)) garbage++;
    }
  }
  return { chars, garbage };
}

/** True when a page's text is mostly what undecodable glyph codes come out as. */
export function isUndecodable(count: { chars: number; garbage: number }): boolean {
  return count.chars >= MIN_CHARS && count.garbage > MAX_GARBAGE_SHARE * count.chars;
}
