/**
 * @file A text dump of a PDF whose fonts' character maps a converter broke (Ghostscript's pdfwrite
 * re-writing Chromium's CJK subsets: pdf/miscoded-glyphs.ts), written out by a text extractor
 * (pdftotext, pdfminer, a word-box script). Every full-width glyph of a multi-code range comes out
 * as a Latin letter: （ 'ÿ', ） 'Ā', 二 'Ð', 其 'w', full-width digits 'ÿĀā…' — and a full-width
 * space as '0', 、 as '1'. The text has no widths left to tell those glyphs from real characters, so
 * a number may carry digits that are spaces ('9　　' dumped '900', '　2853　' '028530': breakit57
 * ptt-layout-r72-a3/r07 at 0.85). The identities do not catch it where every cell of a row carries
 * the same padding. Such a text is recognised by its Latin letters glued to ideographs, which no
 * report's text has ('ÿ一Ā动|开', 'Ð1动|开政府信息情况'): warning `text_garbled`, and every
 * value of the report stays below 0.8 (extract.ts, score MISCODED_TEXT_CAP) — table 四's too.
 */
/** A Latin-1 or Latin Extended-A letter right before or after an ideograph. */
const LATIN_BY_HAN = /[\u00c0-\u017f](?=\p{Script=Han})|(?<=\p{Script=Han})[\u00c0-\u017f]/gu;
const HAN = /\p{Script=Han}/gu;
/**
 * Fewest such letters, and fewest per 1000 ideographs, for a text to read as a broken map's dump.
 * Dumps of Ghostscript re-prints hold 13–112 (16–106 per 1000: breakit52 ptt-raw-gs, breakit53
 * ptt-nodiag-gsrot, breakit56 ptt-plain-gsrot270, breakit57 ptt-layout-r72-a3, fb36 turn/*-muplain);
 * samples, corpus, incoming and every other dump of breakit52–57 hold none.
 */
const MIN_LETTERS = 8;
const MIN_PER_1000_HAN = 8;

/** True when `text` is the dump of a PDF whose character maps are broken. */
export function isMiscodedDump(text: string): boolean {
  let letters = 0;
  for (const _ of text.matchAll(LATIN_BY_HAN)) letters++;
  if (letters < MIN_LETTERS) return false;
  const han = text.match(HAN)?.length ?? 0;
  return (1000 * letters) / Math.max(han, 1) >= MIN_PER_1000_HAN;
}
