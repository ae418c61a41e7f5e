/**
 * @file A text dump of an OCR text layer (`pdftotext -layout` of a searchable scan: tesseract's
 * GlyphLessFont words, breakit60 tess-pdf-ptt): the OCR writes each word it segmented as a run of its
 * own, so the dump puts one space between Chinese words and often between the characters of one
 * ('信 息 内 容    本 年 新 制作 数量', '2019 年 新 疆 生 产 建设 兵团'). Read as printed, no row label,
 * heading or title matches.
 *
 * Such a dump is told by its share of Han pairs one space apart: in a dump of printed text a space
 * between two Han characters is a cell gap or a letter-spaced heading (≤ 8 % of Han pairs over the
 * testers' dumps), in an OCR layer's dump most pairs are (65 %). There, a single space between two
 * CJK characters is closed up; the spaces taken out are written after the piece (before the gap of
 * two spaces or more that ends it), so every cell starts where it did and the column stages read
 * the same places. Its lines are OCR'd text: their values are flagged `ocr` (textToLines), below 0.9
 * unless identities through other read cells confirm them.
 */

/** A CJK character a single OCR space may stand between: Han, CJK and full-width punctuation and brackets. */
const CJK = '[\\p{Script=Han}\\u3001-\\u3011\\uff08\\uff09\\uff0c\\uff1a\\uff1b\\u300a\\u300b]';
const HAN_PAIR = /\p{Script=Han}(?=\p{Script=Han})/gu;
const HAN_SPACED = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;
const CLOSE = new RegExp(`(?<=${CJK}) (?=${CJK})|(?<=\\d) (?=[年月日])|(?<=[年月]) (?=\\d)`, 'gu');
/** A cell of OCR noise: Latin letters or symbols, no digit nor CJK ('ae', 'N', '='). */
const NOISE_CELL = /^[^\d\p{Script=Han}\u3000-\u303f\uff00-\uffef]+$/u;
/** Fewest cells of a noise line, and of its Latin or symbol cells. */
const NOISE_CELLS = 3;
const NOISE_MARKS = 2;
/** A table ruling the OCR read as a character: a row's cell border, not noise. */
const RULING_CELL = /^[|｜¦[\]]+$/;
/** Share of Han pairs one space apart from which a dump is an OCR layer's. */
const SPACED_SHARE = 0.3;
/** Fewest such pairs (a short note with a letter-spaced heading is not an OCR dump). */
const MIN_SPACED = 40;

/** A run of Han words one space apart ('本 机 关 坚 持 以 公开 为 常态'). */
const SPACED_RUN = /\p{Script=Han}+(?: \p{Script=Han}+)+/gu;
/** Share of a spaced run's words holding two Han characters or more from which the run is an OCR's word segmentation. */
const WORD_SHARE = 0.2;
/** Fewest such words. */
const MIN_WORDS = 20;

/**
 * True when the spaced Han runs of the lines are an OCR's words: a recogniser writes each word it segmented
 * ('公开', '政府', '信息') beside lone characters; a print's letter-spaced text (a turned page's dump) spaces
 * every character, its runs' words are single characters.
 */
export function isWordSegmented(lines: readonly string[]): boolean {
  let words = 0;
  let long = 0;
  for (const line of lines) {
    for (const run of line.match(SPACED_RUN) ?? []) {
      const parts = run.split(' ');
      words += parts.length;
      long += parts.filter((w) => w.length >= 2).length;
    }
  }
  return long >= MIN_WORDS && long >= WORD_SHARE * words;
}

/** True when the lines are a dump of an OCR text layer: most Han pairs one space apart. */
export function isOcrSpacedDump(lines: readonly string[]): boolean {
  let spaced = 0;
  let joined = 0;
  for (const line of lines) {
    if (!line.includes(' ')) {
      joined += line.match(HAN_PAIR)?.length ?? 0;
      continue;
    }
    spaced += line.match(HAN_SPACED)?.length ?? 0;
    joined += line.match(HAN_PAIR)?.length ?? 0;
  }
  return spaced >= MIN_SPACED && spaced >= SPACED_SHARE * (spaced + joined);
}

/** One line with the single spaces between CJK characters closed, each piece padded at its end (cell starts kept). */
export function closeOcrSpaces(line: string): string {
  if (!line.includes(' ')) return line;
  return line.replace(/[^ ]+(?: [^ ]+)*/g, (piece) => {
    const closed = piece.replace(CLOSE, '');
    return closed + ' '.repeat(piece.length - closed.length);
  });
}

/**
 * A line the OCR read from the paper between two printed lines (a wrapped title's gap: '盏   人   ae   N   ='):
 * no digit, NOISE_CELLS cells or more of one or two characters, NOISE_MARKS of them Latin letters or symbols
 * other than a ruling read as '|' (a table row of small counts '规章   |   2   6   5' is no noise). Left blank.
 */
export function isNoiseLine(line: string): boolean {
  if (/\d/.test(line)) return false;
  const cells = line.trim().split(/ {2,}/);
  return cells.length >= NOISE_CELLS && cells.every((c) => c.length <= 2) && cells.filter((c) => NOISE_CELL.test(c) && !RULING_CELL.test(c)).length >= NOISE_MARKS;
}

/**
 * A date the OCR wrote over two lines, its year alone above the rest ('2024' / '年 2 月 18 日': the year's word
 * box sits higher than the characters after it): joined back on the year's line, the next left blank.
 */
function joinSplitDates(lines: string[]): string[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\s*(?:19|20)\d\d\s*$/.test(lines[i]!) || !/^\s*年\s*\d{1,2}\s*月/.test(lines[i + 1]!)) continue;
    lines[i] = `${lines[i]!.trimEnd()}${lines[i + 1]!.trim()}`;
    lines[i + 1] = '';
  }
  return lines;
}

/** The lines with OCR spaces closed and noise lines left blank when the dump is an OCR layer's (`ocr` true), else as given. */
export function closeOcrSpacedHan(lines: string[]): { lines: string[]; ocr: boolean } {
  // Spacing alone does not tell an OCR layer from a print's letter-spaced text (a turned page's plain dump spaces every
  // character too: test/active-text-order): an OCR layer also shows the recogniser's junk lines between text lines,
  // or its word segmentation (words of two characters or more among lone ones; gen60 tess-pdf-ptt r22 has no junk line).
  if (!isOcrSpacedDump(lines) || !(lines.some(isNoiseLine) || isWordSegmented(lines))) return { lines, ocr: false };
  return { lines: joinSplitDates(lines.map((l) => (isNoiseLine(l) ? '' : closeOcrSpaces(l)))), ocr: true };
}
