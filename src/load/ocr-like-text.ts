/**
 * @file A text dump that is OCR output (tesseract's text of a scanned or printed page, handed to us
 * as text): its numbers are an OCR engine's readings ('12' read '2'), not a text layer's, so they get
 * the trust rule of the product's own OCR (score/index.ts: ≥ 0.9 only when identities through other
 * read cells confirm them) instead of the text rule.
 *
 * OCR-likeness is measured by the marks OCR leaves that no text extractor prints: short Latin letter
 * runs on lines with digits (table borders and smudges read as 'll6', 'lo', 'Be', 'ns'; an acronym in
 * capitals, 'APP', 'OA', is not counted, nor URLs, file names, paths and queries ('B/S', 'id=12'), nor
 * a code statement's or an English phrase's words) and stray '|' (a ruling read as a glyph) on lines that are not a
 * '|'-drawn table row (nor a preformatted table's column bars), nor a prose separator between two phrases ('网址：… | 邮箱：…'),
 * nor a CMS page's navigation line before or after the report ('首页 | 政务公开 | 政府信息公开年报'). Counted per 1000 ideographs: tesseract dumps of
 * reports (psm 4/6/11, 4dumps) score 8–360, every dump of a PDF's text layer, HTML or tab text we have
 * (breakit25/29/31, samples, corpus: 700+) at most 1.0.
 */
import type { Line } from '../model/document.js';
import { hasColumnBars } from '../layout/column-bars.js';

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
/**
 * A word whose Latin letters are joined to another letter or digit by a path, query or file-name
 * character ('B/S', 'GB/T', '/api/v1?id=12&y=2024', 'report_v2', 'readme.txt'): written on purpose.
 * Tesseract's dumps of reports (breakit29 tess_*) hold no such word; its junk stands between spaces,
 * digits and '|'.
 */
const LATIN_JOINED = /[A-Za-z0-9][/=&?_][A-Za-z]|[A-Za-z][/=&?_][A-Za-z0-9]|[A-Za-z0-9]\.[A-Za-z]{2,4}(?![A-Za-z])|^[vV]\d+\.\d/;
/** A stretch of ASCII other than '|' (pipes part OCR's cells) on one line. */
const PIPELESS_ASCII = /[\x20-\x7b\x7d\x7e]+/g;
/**
 * Fewest distinct letters (case folded) of a stretch of three or more Latin words that reads as
 * English. OCR's junk read from rulings repeats a few letters ('oolol as ala', 'Lo orzlolaloe
 * lasloloelsls lse': ≤ 8 in tesseract's dumps of reports, breakit29 tess_*); 'The page is updated
 * every 7 days at' has 14.
 */
const ENGLISH_LETTERS = 12;
/** Three or more Latin words spanning ENGLISH_LETTERS distinct letters. Linear: two scans of the stretch. */
function isEnglish(stretch: string): boolean {
  let words = 0;
  for (const _ of stretch.matchAll(/[A-Za-z]{2,}/g)) if (++words >= 3) break;
  return words >= 3 && new Set(stretch.toLowerCase().replace(/[^a-z]/g, '')).size >= ENGLISH_LETTERS;
}
const LATIN_RUN = /(?<![A-Za-z])[A-Za-z]{1,4}(?![A-Za-z])/g;
/** A stretch of ASCII (no ideograph between) on one line. */
const ASCII_STRETCH = /[\x20-\x7e]+/g;
/** A code statement: an ASCII stretch holding ';', '=' and a bracket ('for (i = 0; i < n; i++) { … }'). */
const isCode = (stretch: string): boolean => stretch.includes(';') && stretch.includes('=') && /[(){}[\]]/.test(stretch);
/** Fewest non-space characters of each phrase beside a prose separator ' | ' (OCR's header cells are 1–3 ideographs). */
const SEPARATED_PHRASE_MIN = 5;

/** A phrase beside a prose separator: 5+ non-space characters holding a letter (a cell of bare numbers is no phrase). */
function isPhrase(segment: string): boolean {
  const t = segment.replace(/\s+/g, '');
  return t.length >= SEPARATED_PHRASE_MIN && /[\p{Script=Han}A-Za-z]/u.test(t);
}

/**
 * Pipes OCR would leave on a line: every '|' but a prose separator — one space on each side, between
 * two phrases ('平台地址：https://… | 邮箱：… | 电话：0551-…'). Linear: one split of the line.
 */
function strayPipes(s: string): number {
  const segments = s.split('|');
  let marks = 0;
  for (let i = 0; i + 1 < segments.length; i++) {
    const [a, b] = [segments[i]!, segments[i + 1]!];
    const separator = /\S\s$/.test(a) && /^\s\S/.test(b) && isPhrase(a) && isPhrase(b);
    if (!separator) marks++;
  }
  return marks;
}

/** OCR marks on one line: short Latin runs (not capital acronyms) on a line with digits, stray pipes. */
function marksOf(line: string): number {
  // A code statement's identifiers and operators ('a[i] | 0') and an English phrase's words are written on purpose.
  const s = line.trim().replace(ASCII_STRETCH, (a) => (isCode(a) ? ' ' : a));
  let marks = 0;
  const plain = s
    .replace(PIPELESS_ASCII, (a) => (isEnglish(a) ? ' ' : a))
    .split(/\s+/)
    .filter((w) => !LATIN_ON_PURPOSE.test(w) && !LATIN_JOINED.test(w))
    .join(' ');
  if (/\d/.test(plain)) for (const [w] of plain.matchAll(LATIN_RUN)) if (w.length === 1 || w !== w.toUpperCase()) marks++;
  // A '|'-drawn table row starts and ends with '|'; a '|' elsewhere is a ruling OCR read as a glyph.
  if (s.includes('|') && !(s.startsWith('|') && s.endsWith('|'))) marks += strayPipes(s);
  return marks;
}

/**
 * A rule row of a table drawn with pipes on purpose: a markdown separator ('---|:---:|---', outer pipes
 * or not) or an ASCII grid border ('+----+----+'). OCR reads a ruling as '|' or '—', never as such a row.
 */
const DRAWN_TABLE_RULE = /^[ \t]*[|+]?[ \t]*:?-{3,}:?[ \t]*(?:[|+][ \t]*:?-{3,}:?[ \t]*)+[|+]?[ \t]*$/m;
/**
 * The top border html2text draws over a table: a line of underscores, its first row under it starting
 * with '|' (or joined after it by a crawler that lost the line break); its rows end wherever their
 * last cell does, and its cells are padded with '_'.
 */
const HTML2TEXT_TABLE_TOP = /(?:^|[ \t])_{20,}[ \t]*(?:\r?\n[ \t]*|[ \t])\|/m;

/**
 * One item of a site's navigation bar, breadcrumb or footer links ('首页', '政务公开', '当前位置：首页',
 * '政府信息公开年报', 'English', a year '2024年'): a word of 2–16 letters, no digit but a year's.
 */
const NAV_ITEM = /^(?:[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z：:·]{1,15}|\d{4}年度?)$/u;
/** A '|' between items (full-width '｜' too), however many spaces a -layout dump put around it. */
const NAV_BAR = /\s*[|｜]\s*/;
/** The line of section 一's heading, and of section 六's: a page's chrome (navigation, breadcrumb, footer links) stands before the one and after the other. */
const FIRST_SECTION = /总体情况/;
const LAST_SECTION = /其他需要报告/;

/**
 * A site's navigation line a print of a CMS page starts or ends with ('首页 | 政务公开 | 政府信息公开年报 |
 * 互动交流', '网站地图 | 联系我们 | 网站声明', wrapped or with outer bars): words and '|' only. Its bars
 * are the page's, not rulings OCR read as glyphs. Only taken outside the report's sections (`chrome`):
 * OCR's reading of a table 四 header is the same shape ('维持 | 纠正 | 结果 | 审结 | 计', tesseract of
 * scans/scan-chromium-web-200dpi.pdf), inside them.
 */
function isNavLine(line: string): boolean {
  if (!/[|｜]/.test(line)) return false;
  const items = line.trim().split(NAV_BAR).filter((w) => w !== '');
  return items.length > 0 && items.every((w) => NAV_ITEM.test(w.replace(/\s+/g, '')));
}

/** Indices of the lines before section 一's heading and after section 六's (the page's chrome), none when the text names neither. */
function chromeLines(lines: readonly string[]): (i: number) => boolean {
  const first = lines.findIndex((l) => FIRST_SECTION.test(l));
  let last = lines.length - 1;
  while (last >= 0 && !LAST_SECTION.test(lines[last]!)) last--;
  return (i) => (first >= 0 && i < first) || (last >= 0 && i > last);
}

/** OCR marks per 1000 ideographs of `text`, and the marks counted. */
export function ocrLikeness(text: string): { perThousandHan: number; marks: number } {
  let marks = 0;
  // Escaped pipes ('\\|': a markdown converter escaping a table's borders) are pipes.
  const plain = text.replaceAll('\\|', '|');
  // A text that draws its tables with pipes (DRAWN_TABLE_RULE): its pipes are cell borders, not marks.
  // …and so are a preformatted table's column bars a PDF dump printed (layout/column-bars).
  const lines = plain.split(/\r\n|\r|\n/);
  const pipesDrawn = DRAWN_TABLE_RULE.test(plain) || HTML2TEXT_TABLE_TOP.test(plain) || hasColumnBars(lines);
  // …and so are a page's navigation lines before and after the report (isNavLine).
  const chrome = chromeLines(lines);
  for (const [i, line] of lines.entries()) marks += marksOf(pipesDrawn || (chrome(i) && isNavLine(line)) ? line.replaceAll('|', ' ') : line);
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
  return lines.map((l) => (l.ocr ? l : { ...l, ocr: l.cells.map(() => ({ foreign: true })) }));
}
