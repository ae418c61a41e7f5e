/**
 * @file Text input (plain, pdftotext, markdown, OCR, crawler dumps) → LoadedDocument.
 */
import { countEmptyCellBoxes } from './empty-cell-boxes.js';
import { unitsBeforeCounts } from '../layout/unit-lines.js';
import { readSpaceBlankCells } from '../layout/space-blank-cells.js';
import { XxgkError } from '../errors.js';
import { removeFormatChars } from '../layout/clean-lines.js';
import { blankTextCellPadding } from '../layout/cell-padding.js';
import { restoreCommaDigit } from '../layout/comma-digit.js';
import { stripLineNumbers } from '../layout/line-numbers.js';
import { textToLines } from '../layout/text-to-lines.js';
import { joinDocxParagraphRows, pageFedFullCounts } from '../layout/docx2txt-rows.js';
import { markupWordPages } from './word-box-markup.js';
import { positionedItemLines, tsvWordPages } from './word-boxes.js';
import { readBarredLines } from './barred-lines.js';
import { asciiDigits, mapped as asciiDigitChars } from '../layout/wide-digits.js';
import { unmirrorLines } from '../layout/mirrored-runs.js';
import { readHtmlRemnants } from '../layout/html-remnants.js';
import { divGridSpans } from './div-grids-in-text.js';
import { readOverwrittenCells } from '../layout/overwritten-cells.js';
import { joinLoneRuns } from '../layout/lone-runs.js';
import { joinNodeLines } from '../layout/node-lines.js';
import { readLightMarkup } from '../layout/light-markup.js';
import { readPipeJoinedNodes } from '../layout/pipe-joined-nodes.js';
import { readPandocAttributes } from '../layout/pandoc-attributes.js';
import { turnTextTables } from './text-transpose.js';
import { readTextColumns } from '../layout/two-column-text.js';
import type { Line, LoadedDocument, Warning } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { cjkShare, commonHanziShare, decodeText, MAX_REPAIRED_UTF8_SHARE, MIN_COMMON_SHARE, MIN_IDEOGRAPHS, MIN_PLAUSIBLE_CJK, nonAsciiBytes, type Decoded } from './decode.js';
import { looksLikeOcr, markOcrLines } from './ocr-like-text.js';
import { isMiscodedDump } from './miscoded-text.js';
import { HTML_START } from './sniff.js';
import { unwrapLayoutHtmlTables } from './layout-html-tables.js';
import { checkDecodedSize } from './text-limits.js';
import { checkTextReportChars } from '../_internal/report-features.js';
import { splitTwoUpPages } from '../layout/two-up-pages.js';
import { readsAsBlockDump } from './paragraph-blocks.js';

/** Below this share of CJK among non-ASCII characters the decoded text is taken as mojibake (decode.ts, which also undoes a doubly encoded text by it). */
export const MIN_CJK_SHARE = MIN_PLAUSIBLE_CJK;
/** Share of control characters above which the "text" is binary. */
const MAX_CONTROL_SHARE = 0.02;
/**
 * Largest share of the non-ASCII bytes that may be undecodable (each read as U+FFFD, warned
 * `encoding_repaired`): a few stray or cut bytes are damage to read around; more is the wrong
 * encoding or binary data. Same bound as UTF-8 repair (see decode.ts).
 */
const MAX_INVALID_SHARE = MAX_REPAIRED_UTF8_SHARE;

function controlShare(text: string): number {
  const sample = text.slice(0, 20000);
  if (sample.length === 0) return 0;
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return controls / sample.length;
}

/** The warning for text decoded with invalid bytes replaced by U+FFFD: how many, and the first line with one. */
export function repairedWarning(encoding: string, invalid: number, text: string): Warning {
  const at = text.indexOf('\ufffd');
  const line = at < 0 ? 0 : text.slice(0, at).split('\n').length;
  const what = /^utf-?8$/i.test(encoding) ? `${invalid} byte${invalid === 1 ? '' : 's'} not valid UTF-8` : `${invalid} byte sequence${invalid === 1 ? '' : 's'} not valid ${encoding}`;
  return { code: 'encoding_repaired', message: `${what} (a stray byte or a cut character), read as '\ufffd'${line > 0 ? `, first on line ${line}` : ''}; values next to one are not trusted` };
}

/**
 * The warning for a text decoded back from a double encoding (decode.ts undoubleUtf8): which, and the
 * characters lost (U+FFFD: their lines' values not trusted, load/index markDamaged).
 */
function undoubledWarning(u: NonNullable<Decoded['undoubled']>, text: string): Warning {
  const at = text.indexOf('\ufffd');
  const line = at < 0 ? 0 : text.slice(0, at).split('\n').length;
  const lost = u.lost === 0 ? 'no character lost' : `${u.lost} character${u.lost === 1 ? '' : 's'} cut inside and lost, read as '\ufffd' (first on line ${line}): values next to one are not trusted`;
  return { code: 'text_mojibake_repaired', message: `the text is UTF-8 read as ${u.via === 'cp1252' ? 'cp1252' : 'Latin-1'} and written out as UTF-8 again (mojibake: '首页' as 'é¦–é¡µ'; Debian's html2text without -utf8 writes so): decoded back, ${lost}; \`html2text -utf8\` writes the page's text whole` };
}

/**
 * Advice for a text that looks doubly encoded (most of its non-ASCII characters Latin-1 letters and
 * C1 controls: 'é¦', 'å\u0085¬') but did not decode back to plausible Chinese: no encoding option
 * can read it; the tool that wrote it can, given UTF-8 output. Null for other mojibake.
 */
function doubledHint(text: string): string | null {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length && latin + other < 20_000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0xff) latin++;
    else if (c > 0xff) other++;
  }
  if (latin < 4 * other || latin < 12) return null;
  return `: it reads as UTF-8 written out a second time as Latin-1 or cp1252 characters (mojibake, '首页' as 'é¦–é¡µ') and does not decode back, so no --encoding can read it; write the text again from the page with UTF-8 output (\`html2text -utf8\` for Debian's html2text, which writes this without -utf8)`;
}

/** Decodes and checks that the text is plausible Chinese text before splitting it into lines. */
export function decodeChecked(bytes: Uint8Array, name: string, opts: ResolvedOptions): { text: string; warnings: Warning[] } {
  const decoded = decodeText(bytes, opts.encoding);
  const { encoding, invalid } = decoded;
  // Format characters (U+200B–U+200D, U+2060, U+FEFF, soft hyphen …) go before anything reads the text:
  // in a column-aligned dump (w3m, pdftotext -layout) each one shifts the rest of its line by a column,
  // so the header's words no longer stand over their values, and one inside a label or a number splits it.
  const text = removeFormatChars(decoded.text);
  if (controlShare(text) > MAX_CONTROL_SHARE || invalid > MAX_INVALID_SHARE * nonAsciiBytes(bytes)) {
    const given = opts.encoding !== 'auto' && invalid > 0 ? `: ${invalid} bytes are not valid ${encoding}, the encoding given` : ` (decoded as ${encoding}${invalid > 0 ? `, ${invalid} bytes invalid` : ''})`;
    throw new XxgkError('E_DECODE', `${name}: the file is binary or in an unknown encoding${given}`);
  }
  if (text.trim() === '') throw new XxgkError('E_EMPTY', `${name}: the document has no text`);
  const warnings: Warning[] = [];
  if (opts.encoding === 'auto' && encoding !== 'utf-8' && encoding !== 'ascii') {
    warnings.push({ code: 'encoding_detected', message: `decoded as ${encoding}` });
  }
  if (decoded.undoubled) warnings.push(undoubledWarning(decoded.undoubled, text));
  else if (invalid > 0) warnings.push(repairedWarning(encoding, invalid, text));
  if (/[\u0080-\uffff]/.test(text) && cjkShare(text) < MIN_CJK_SHARE) {
    const hint = opts.encoding === 'auto' ? '; pass --encoding' : ', the encoding given';
    throw new XxgkError('E_DECODE', `${name}: decoded text (${encoding}) is not plausible Chinese${doubledHint(text) ?? hint}`);
  }
  const common = commonHanziShare(text);
  if (common.ideographs >= MIN_IDEOGRAPHS && common.share < MIN_COMMON_SHARE) {
    throw new XxgkError('E_DECODE', `${name}: binary data or gibberish: decoded as ${encoding}, only ${Math.round(common.share * 100)}% of its ideographs are common hanzi`);
  }
  return { text, warnings };
}

/**
 * An HTML table inside text: a PDF-to-markdown converter (MinerU, marker) writes a table with
 * merged cells as `<table>…</table>` between its markdown lines.
 */
const HTML_TABLE = /<table\b[^>]*>[\s\S]*?<\/table\s*>/gi;
/** A cell inside such a table: the text holds a table, not a word 'table' in angle brackets. */
const HTML_CELL = /<t[dh]\b/i;

/**
 * An ampersand that starts no character reference. The text around a converter's HTML tables is the
 * converter's markup (Markdown, Textile), which writes a character as a reference where the character
 * itself would be markup — pandoc's Textile writes a cell's leading minus '&#45;3' — and renders it as
 * that character: such a reference is read, any other '&' is text.
 */
const BARE_AMPERSAND = /&(?!(?:[a-z][a-z0-9]{1,30}|#\d{1,7}|#x[0-9a-f]{1,6});)/gi;
const escapeHtml = (s: string): string => s.replace(BARE_AMPERSAND, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A tag left in the text around such tables (a wrapper div's, a span's): markup, its numbers no values. */
const RAW_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;

/**
 * Text holding HTML tables → the same as an HTML page: the text around the tables in `<pre>` (read
 * line by line as text is; tags left there dropped), the tables as they are (read row by row, merged
 * cells on their grid); tables of divs (div-grids-in-text.ts) alike. Null when the text holds no HTML table.
 */
export function textWithTablesAsHtml(text: string): string | null {
  const tables = [...text.matchAll(HTML_TABLE)].filter((m) => HTML_CELL.test(m[0])).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const grids = divGridSpans(text).filter((g) => !tables.some((t) => g.start < t.end && t.start < g.end));
  if (tables.length === 0 && grids.length === 0) return null;
  const spans = grids.length === 0 ? tables : [...tables, ...grids].sort((a, b) => a.start - b.start);
  const around = (s: string): string => (grids.length === 0 ? s : s.replace(RAW_TAG, ''));
  let at = 0;
  let html = '<html><body>';
  for (const t of spans) {
    html += `<pre>${escapeHtml(around(text.slice(at, t.start)))}</pre>${text.slice(t.start, t.end)}`;
    at = t.end;
  }
  return `${html}<pre>${escapeHtml(around(text.slice(at)))}</pre></body></html>`;
}

/** A page feed: `pdftotext` (plain, -raw, -layout) ends every page with one; crawlers and converters of HTML write none. */
const PAGE_FEED = /\f/;
/** The reading by a PDF dumper's boxes kept (load-text: a page-fed dump of full tables read both ways). */
const BOX_READING_WARNING: Warning = {
  code: 'text_boxes',
  message: "the text is a PDF dump writing every cell a paragraph with page feeds (pdfminer's pdf2txt, plain pdftotext): read by its text boxes, whose values hold more of the table's identities than its paragraphs read as table rows",
};

/** lines. A page saved with a counter before each line is numbered on as few lines as its markup has breaks (a CMS fragment: 8). */
const MIN_NUMBERED_PAGE_LINES = 2;

/**
 * An HTML page or fragment saved as text with a counter before every line (`cat -n page.html`, a
 * view-source copy with its line numbers): the markup with the counter cut off, else null. The
 * markup after the numbers shows the counter, so fewer lines than text needs show it (line-numbers).
 */
function numberedPage(text: string): string | null {
  const lines = text.split(/\r\n|\r|\n/);
  const stripped = stripLineNumbers(lines, MIN_NUMBERED_PAGE_LINES);
  if (stripped === lines) return null;
  const page = stripped.join('\n');
  return HTML_START.test(page.replace(/^\uFEFF/, '').trimStart().toLowerCase()) ? page : null;
}

/**
 * A block-ordered dump's lines, each with its text block (Line.block: the next one after a line skipped or blank) and, where
 * the dump has page feeds, its page (Line.feedPage: the feeds on its line and before it; a feed starts the line after a page).
 */
function inBlocks(read: readonly Line[], text: string): Line[] {
  let block = 0;
  let last: number | undefined;
  const feeds: number[] = [];
  if (PAGE_FEED.test(text)) text.split(/\r\n|\r|\n/).forEach((raw, i) => feeds.push((feeds[i - 1] ?? 0) + (raw.match(/\f/g)?.length ?? 0)));
  return read.map((l): Line => {
    const at = l.source.line;
    if (at !== undefined && last !== undefined && at > last + 1) block++;
    if (at !== undefined) last = at;
    const page = at !== undefined ? feeds[at - 1] : undefined;
    return { ...l, blockOrdered: true, block, ...(page !== undefined ? { feedPage: page } : {}) };
  });
}

/**
 * Text bytes → document; text holding HTML tables is read as the page it is (textWithTablesAsHtml),
 * and so is a page saved with a counter before every line (numberedPage).
 */
export async function loadText(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): Promise<LoadedDocument> {
  const decoded = decodeChecked(bytes, base.name, opts);
  const warnings = decoded.warnings;
  // Full-width digits read as ASCII ones by every stage where the drawing allows (wide-digits.ts).
  // …a crawler's '<br />' and '&nbsp;' read as the page shows them (html-remnants.ts), lines pdftotext wrote mirrored turned back (mirrored-runs.ts), and the rows of a table Debian's html2text overwrote with its own values read back (overwritten-cells.ts).
  // …and a layout table a wiki or Textile dump left as HTML around the article taken apart (layout-html-tables.ts).
  // …and the spans and attribute blocks pandoc's Markdown writers keep from a Word page read as their text (pandoc-attributes.ts).
  // …and two pages a -layout dump wrote side by side (a 2-up sheet) read one after the other (two-up-pages.ts).
  checkDecodedSize(decoded.text.length, 'text', base.name);
  // Word boxes (pdftotext -tsv, Tesseract TSV): laid out by position, as a PDF's text items (word-boxes.ts).
  // …and the same boxes saved as markup (pdftotext -bbox, mutool stext, pdftohtml -xml: word-box-markup.ts).
  // Read from the text as decoded: the dump normalisations below are a drawn text's (a full-width digit made
  // ASCII before its run was placed is a narrow glyph in a box one em wide: its word no longer measured its font, rows merged).
  // Their digits read as ASCII once placed (as asciiDigits reads a dump's), one character for one.
  const wordPages = (tsvWordPages(decoded.text) ?? markupWordPages(decoded.text))?.map((p) => ({ ...p, items: p.items.map((it) => ({ ...it, str: asciiDigitChars(it.str) })) }));
  const text = wordPages ? decoded.text : unwrapLayoutHtmlTables(readOverwrittenCells(asciiDigits(unmirrorLines(readHtmlRemnants(readPandocAttributes(splitTwoUpPages(decoded.text)))))));
  checkDecodedSize(text.length, 'text', base.name);
  checkTextReportChars(text, base.name);
  // A dump of a PDF whose character maps were broken: its digits may be other glyphs' (miscoded-text.ts).
  const miscoded = isMiscodedDump(text);
  const garbled: Warning[] = miscoded ? [{ code: 'text_garbled', message: `${base.name}: the text is a dump of a PDF whose fonts' character maps are broken (Latin letters among ideographs: '（一）' dumped 'ÿ一Ā'): a full-width space may read '0' and '、' '1', so its values stay below 0.8 (every value capped: extract.ts)` }] : [];
  if (wordPages) return { ...base, kind: 'text', lines: readBarredLines(positionedItemLines(wordPages)), warnings: [...warnings, ...garbled] };
  const page = numberedPage(text);
  const html = page ?? textWithTablesAsHtml(text);
  if (html !== null) {
    const { htmlDocument } = await import('./load-html.js');
    return { ...htmlDocument(html, warnings, base), kind: 'text' };
  }
  // Wiki markup (MediaWiki, AsciiDoc, Textile, Jira, DokuWiki) read as the page it renders to: its tables as '|' rows (light-markup.ts).
  // …and a page's text nodes a crawler joined by '|' (get_text('|')) read as joined by spaces (pipe-joined-nodes.ts).
  // …and a layout dump's pages printed in two text columns read column by column (two-column-text.ts).
  // …and a tag strip's rows whose values ran together on a line under their label joined to it (lone-runs.ts).
  // …and a tag strip writing one text node a line: a table 三 row's lone numbers joined onto its label's line (node-lines.ts).
  const page2 = readLightMarkup(readPipeJoinedNodes(readTextColumns(joinNodeLines(joinLoneRuns(text)))));
  // …and blank cells a PDF dumper wrote as lone no-break spaces in rows parted by one space made tab rows (space-blank-cells.ts).
  // …and a wrapped '件' glued before a count of a space-aligned row ('件0 0件 …') written as a space (unit-lines.ts unitsBeforeCounts).
  const prepared = restoreCommaDigit(blankTextCellPadding(unitsBeforeCounts(readSpaceBlankCells(page2.split('\n'))).join('\n')));
  // A PDF's text dump (page feeds between pages, or none but a block dump's paragraphs: paragraph-blocks.ts): its paragraphs are text blocks in the dumper's order (Line.blockOrdered).
  const blocks = PAGE_FEED.test(page2) || readsAsBlockDump(page2);
  const linesOf = (boxes: boolean): Line[] => {
    const read = turnTextTables(textToLines(prepared, boxes));
    return blocks ? inBlocks(read, prepared) : read;
  };
  const lines = linesOf(false);
  // A page-fed dump of full tables in docx2txt's rhythm (a paragraph a cell, a blank line after each: plain pdftotext of a
  // Chromium print, or pdfminer's pdf2txt -L 0.3 writing a box a line) is read both as paragraph rows and as the dumper's
  // boxes; extract keeps the reading holding more identities (layout/docx2txt-rows pageFedFullCounts; score/readings
  // identitiesOutweigh), the boxes left unread where the paragraph rows hold every identity.
  const raw = prepared.split('\n');
  const alternative = pageFedFullCounts(raw) && joinDocxParagraphRows(raw) !== raw ? { alternative: { lines: linesOf(true), warning: BOX_READING_WARNING, boxes: true as const } } : {};
  // OCR output handed over as text: its values get the OCR trust rule (load/ocr-like-text).
  // Empty cells pdfminer wrote as text boxes of a no-break space alone, counted (load/empty-cell-boxes: map/blank-table blankByEmptyBoxes).
  const boxes = countEmptyCellBoxes(text);
  const emptyCells = boxes > 0 ? { emptyCellBoxes: boxes } : {};
  if (!looksLikeOcr(page2)) return { ...base, kind: 'text', lines, warnings: [...warnings, ...garbled], ...alternative, ...emptyCells };
  const ocr: Warning = { code: 'ocr_text', message: `${base.name}: the text reads as OCR output (stray letters among numbers, table rulings read as '|'): its values are flagged ocr` };
  return { ...base, kind: 'text', lines: markOcrLines(lines), warnings: [...warnings, ...garbled, ocr] };
}
