/**
 * @file A text dump that is OCR output (tesseract's text of a scanned or printed page, handed to us
 * as text): its numbers are an OCR engine's readings ('12' read '2'), not a text layer's, so they get
 * the trust rule of the product's own OCR (score/index.ts: ≥ 0.9 only when identities through other
 * read cells confirm them) instead of the text rule.
 *
 * OCR-likeness is measured by the marks OCR leaves that no text extractor prints: short Latin letter
 * runs on lines with digits (table borders and smudges read as 'll6', 'lo', 'Be', 'ns'; an acronym in
 * capitals, 'APP', 'OA', is not counted, nor URLs and file names) and stray '|' (a ruling read as a
 * glyph) on lines that are not a '|'-drawn table row. Counted per 1000 ideographs: tesseract dumps of
 * reports (psm 4/6/11, 4dumps) score 8–360, every dump of a PDF's text layer, HTML or tab text we have
 * (breakit25/29/31, samples, corpus: 700+) at most 1.0.
 */
import type { Line } from '../model/document.js';

/** Marks per 1000 ideographs from which a text reads as OCR output (text dumps ≤ 1.0; OCR ≥ 8). */
export const OCR_MARKS_PER_1000_HAN = 5;
/** Fewest marks for a text to read as OCR output (a short text with one stray letter is not). */
export const MIN_OCR_MARKS = 4;

const HAN = /\p{Script=Han}/gu;
/**
 * A word (a run without white space) that is a URL, an e-mail address or a file name: Latin letters a
 * text prints on purpose. Tested word by word: an unanchored `\S+@\S+` over the line rescans a long
 * run-on line from every position (quadratic: a 40 000-character line took 4 s).
 */
const LATIN_ON_PURPOSE = /(?:https?:\/\/|www\.)|@|\.(?:pdf|docx?|html?|xlsx?|wps)(?![a-z])/i;
const LATIN_RUN = /(?<![A-Za-z])[A-Za-z]{1,4}(?![A-Za-z])/g;

/** OCR marks on one line: short Latin runs (not capital acronyms) on a line with digits, stray pipes. */
function marksOf(line: string): number {
  const s = line.trim();
  let marks = 0;
  const plain = s
    .split(/\s+/)
    .filter((w) => !LATIN_ON_PURPOSE.test(w))
    .join(' ');
  if (/\d/.test(plain)) for (const [w] of plain.matchAll(LATIN_RUN)) if (w.length === 1 || w !== w.toUpperCase()) marks++;
  // A '|'-drawn table row starts and ends with '|'; a '|' elsewhere is a ruling OCR read as a glyph.
  if (s.includes('|') && !(s.startsWith('|') && s.endsWith('|'))) marks += s.split('|').length - 1;
  return marks;
}

/**
 * A rule row of a table drawn with pipes on purpose: a markdown separator ('---|:---:|---', outer pipes
 * or not) or an ASCII grid border ('+----+----+'). OCR reads a ruling as '|' or '—', never as such a row.
 */
const DRAWN_TABLE_RULE = /^[ \t]*[|+]?[ \t]*:?-{3,}:?[ \t]*(?:[|+][ \t]*:?-{3,}:?[ \t]*)+[|+]?[ \t]*$/m;

/** OCR marks per 1000 ideographs of `text`, and the marks counted. */
export function ocrLikeness(text: string): { perThousandHan: number; marks: number } {
  let marks = 0;
  // Escaped pipes ('\\|': a markdown converter escaping a table's borders) are pipes.
  const plain = text.replaceAll('\\|', '|');
  // A text that draws its tables with pipes (DRAWN_TABLE_RULE): its pipes are cell borders, not marks.
  const pipesDrawn = DRAWN_TABLE_RULE.test(plain);
  for (const line of plain.split(/\r\n|\r|\n/)) marks += marksOf(pipesDrawn ? line.replaceAll('|', ' ') : line);
  const han = text.match(HAN)?.length ?? 0;
  return { perThousandHan: han === 0 ? 0 : (1000 * marks) / han, marks };
}

/** True when `text` reads as OCR output (ocrLikeness over both bounds). */
export function looksLikeOcr(text: string): boolean {
  const { perThousandHan, marks } = ocrLikeness(text);
  return marks >= MIN_OCR_MARKS && perThousandHan >= OCR_MARKS_PER_1000_HAN;
}

/** `lines` with every cell marked OCR'd (as a PDF's OCR text layer is: load-pdf `ocr_text_layer`). */
export function markOcrLines(lines: readonly Line[]): Line[] {
  return lines.map((l) => (l.ocr ? l : { ...l, ocr: l.cells.map(() => ({})) }));
}
