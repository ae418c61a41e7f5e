/**
 * @file Text dumps of PDFs whose character maps are wrong. Ghostscript's txtwrite (and pdftotext) of
 * a Chromium-printed PDF re-written by Ghostscript reads many one-em glyphs as half-width or Latin
 * characters (pdf/miscoded-glyphs.ts): （ 'ÿ', ） 'Ā', 其 'w', 务 'ó', 报 'ç', 三 'O', 公 '|', and
 * 、 '1' or 。 '2' — a digit between the ideographs of a label ('一1本年新收', '补正1行政机关'), which
 * the tokenizer would read as a value. The widths that tell the PDF path which glyphs are wrong are
 * not in the text; what is: Latin-1 and Latin Extended letters glued to ideographs, which Chinese
 * text does not print. In a dump that shows them, the characters such a glyph becomes are read as
 * U+FFFD where they touch an ideograph (never a digit, a letter a label could match, or a value;
 * label matching treats it as any one character). One character for one, so positions hold.
 */

/** The character that stands for a glyph whose character is unknown. */
const UNKNOWN = '\ufffd';
/** An ideograph, CJK punctuation, a full-width form or an unknown glyph: text a miscoded glyph sits in. */
const WORD = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e\ufffd]/u;
/** Latin-1 and Latin Extended letters (and ÿ-like signs, DEL and the C1 controls '牡\x7f江市', '本\x80度') a miscoded glyph reads as; real symbols (·, ×, °, ±, ¥, §) excluded. */
const LATIN_EXT = /[\u007f-\u009f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u00a1-\u00a4\u00a6\u00a8-\u00af\u00b2-\u00b6\u00b8-\u00bf]/u;
/** ASCII letters and signs a miscoded glyph reads as ('O' for 三, '~' for 为, '<' '=' for quotes, '|' for 公). */
const ASCII_SIGN = /[A-Za-z~<=>|^_{}`\\]/;
/** Measure words after a count in prose ('规章9件'): a digit before one is the count, not a miscoded 、. */
const MEASURE = /[件条个项次人家年月日号万元%％]/;
/** Latin letters glued to ideographs a dump needs to be read as miscoded (one may be a real name). */
const MIN_EVIDENCE = 3;
/** Longest run of ASCII signs read as miscoded glyphs between two ideographs ('<O安': “三). */
const MAX_SIGN_RUN = 2;

const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c);

/** Latin Extended letters glued to an ideograph: the signature of miscoded glyphs. */
function evidence(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length && n < MIN_EVIDENCE; i++) {
    if (LATIN_EXT.test(text[i]!) && (isWord(text[i - 1]) || isWord(text[i + 1]))) n++;
  }
  return n;
}

/** One pass over a line: Latin Extended letters next to text, short ASCII sign runs and lone digits inside text, read as unknown. */
function unknownOnce(line: string): string {
  const c = [...line];
  const out = [...c];
  for (let i = 0; i < c.length; i++) {
    const prev = c[i - 1];
    if (LATIN_EXT.test(c[i]!)) {
      if (isWord(prev) || isWord(c[i + 1]) || LATIN_EXT.test(prev ?? '') || LATIN_EXT.test(c[i + 1] ?? '')) out[i] = UNKNOWN;
      continue;
    }
    let end = i;
    const sign = ASCII_SIGN.test(c[i]!);
    const digit = /\d/.test(c[i]!);
    if (!sign && !digit) continue;
    while (end < c.length && (sign ? ASCII_SIGN.test(c[end]!) : /\d/.test(c[end]!))) end++;
    const next = c[end];
    const inside = isWord(prev) && isWord(next);
    // A lone digit between ideographs is a miscoded 、 or 。, unless a measure word makes it a count.
    const take = sign ? (end - i === 1 && (isWord(prev) || isWord(next))) || (end - i <= MAX_SIGN_RUN && inside) : end - i === 1 && inside && !MEASURE.test(next!);
    if (take) for (let k = i; k < end; k++) out[k] = UNKNOWN;
    i = end - 1;
  }
  return out.join('');
}

/**
 * The dump with miscoded glyphs read as U+FFFD, when it shows them (MIN_EVIDENCE Latin Extended
 * letters glued to ideographs); otherwise unchanged. Repeated while a pass reads more ('ÿOĀ': the
 * brackets first, then the 'O' between them).
 */
export function unknownMiscoded(text: string): string {
  if (evidence(text) < MIN_EVIDENCE) return text;
  return text
    .split('\n')
    .map((line) => {
      let out = line;
      for (let before = ''; out !== before; ) {
        before = out;
        out = unknownOnce(out);
      }
      return out;
    })
    .join('\n');
}
