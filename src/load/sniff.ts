/**
 * @file Input kind from the bytes (magic numbers first, the file extension only as a hint).
 */
import { XxgkError } from '../errors.js';
import type { DocumentKind, Warning } from '../model/document.js';
import { hasLightMarkup } from '../layout/light-markup.js';
import { hasReportChar } from '../_internal/report-features.js';
import { decodeText } from './decode.js';
import { HTML_NAME } from './file-kinds.js';

const PDF_MAGIC = '%PDF-';
/** bytes. PDF allows junk before the header; readers look this far. */
const PDF_HEADER_WINDOW = 1024;

/** Share of control bytes (not tab, line breaks, form feed or ESC) above which the head is binary: text has none. */
const MAX_TEXT_CONTROL_SHARE = 0.01;
/** bytes. How much of a file named .pdf is looked at to tell text from a damaged PDF. */
const TEXT_HEAD = 4096;
/** PDF syntax in a head without the header (a PDF whose start is cut off): still a PDF, damaged. */
const PDF_SYNTAX = /\b\d+\s+\d+\s+obj\b|\bendobj\b|\bstream\r?\n|\/Type\s*\/|\bxref\b|\btrailer\b/;

/** Legacy Office and WPS formats (binary, not read), by extension. */
const LEGACY_KINDS: Record<string, string> = {
  doc: 'Word 97–2003',
  dot: 'Word 97–2003 template',
  xls: 'Excel 97–2003',
  ppt: 'PowerPoint 97–2003',
  wps: 'WPS Writer',
  et: 'WPS Spreadsheets',
  dps: 'WPS Presentation',
};
const LEGACY_NAME = new RegExp(`\\.(${Object.keys(LEGACY_KINDS).join('|')})$`);

/** The first 4 KiB read as text: a UTF-16 BOM, or (almost) no control bytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const head = bytes.subarray(0, TEXT_HEAD);
  let controls = 0;
  for (const b of head) if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) controls++;
  return controls <= MAX_TEXT_CONTROL_SHARE * head.length;
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** The bytes are a JSON document (UTF-8): a scraper's save of the tables, whatever its name. */
function parsesAsJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder().decode(bytes));
    return true;
  } catch {
    return false;
  }
}

/** Returns the kind, or throws E_UNSUPPORTED_KIND for formats we recognise but do not read. */
export function sniffKind(bytes: Uint8Array, name: string): DocumentKind {
  const head = Buffer.from(bytes.subarray(0, PDF_HEADER_WINDOW)).toString('latin1');
  if (head.startsWith(PDF_MAGIC)) return 'pdf';
  // A ZIP first: one that stores a PDF uncompressed has '%PDF-' in its first KiB (a report PDF zipped
  // and named .docx was a corrupt PDF).
  const zip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  if (!zip && head.includes(PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new XxgkError('E_UNSUPPORTED_KIND', `${name}: legacy Word .doc/.xls files are not supported; convert to .docx or PDF`);
  }
  if (zip) {
    // Entry names are stored uncompressed: a Word document has word/… entries. A .docx cut short
    // may not have reached word/document.xml yet: it is a damaged .docx (E_DECODE), not another kind.
    if (Buffer.from(bytes).includes('word/') || /\.docx$/i.test(name)) return 'docx';
    if (Buffer.from(bytes).includes('xl/') || /\.xlsx$/i.test(name)) return 'xlsx';
    throw new XxgkError('E_UNSUPPORTED_KIND', `${name}: ZIP files other than .docx and .xlsx (.pptx, archives) are not supported; convert to PDF or HTML`);
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) {
    throw new XxgkError('E_UNSUPPORTED_KIND', `${name}: image files are not read: put the scanned pages in a PDF, which is read with OCR (see --ocr)`);
  }
  const lower = name.toLowerCase();
  // Named as a legacy Office or WPS file but no text (an HTML page or text saved as .doc is read as
  // what it is) and no kind read: a damaged or non-OLE legacy file, not bytes of an unknown encoding.
  const legacy = LEGACY_NAME.exec(lower);
  if (legacy && !looksLikeText(bytes)) {
    throw new XxgkError('E_UNSUPPORTED_KIND', `${name}: named .${legacy[1]} (${LEGACY_KINDS[legacy[1]!]}), a format that is not read, and its bytes are no text, HTML, PDF or .docx (a damaged file?): convert it to .docx or PDF`);
  }
  // Named .pdf without the header: a PDF (damaged) unless the bytes are text (a page or a text dump
  // saved under a .pdf name), which is read as what it is (warning from kindWarning).
  if (/\.pdf$/.test(lower) && (!looksLikeText(bytes) || PDF_SYNTAX.test(Buffer.from(bytes.subarray(0, TEXT_HEAD)).toString('latin1')))) return 'pdf';
  // Named .docx without the ZIP header and not text: a damaged .docx (E_DECODE from the .docx
  // reader, which says so), not bytes of an unknown text encoding.
  if (/\.docx$/.test(lower) && !looksLikeText(bytes)) return 'docx';
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (/\.(?:csv|tsv)$/.test(lower)) return 'csv';
  if (/\.json$/.test(lower) || (/^[[{]/.test(text) && !/\.(?:txt|html?|md)$/.test(lower) && parsesAsJson(bytes))) return 'json';
  if (HTML_NAME.test(lower)) return 'html';
  // Markdown may hold raw HTML blocks ('<div class="nav">…</div>' over a pandoc gfm dump): read as
  // HTML only when it is a whole page, never because its first block is a fragment.
  if (/\.(?:md|markdown)$/.test(lower)) return PAGE_START.test(text) ? 'html' : 'text';
  if (!HTML_START.test(text)) return 'text';
  // A wiki or Textile dump whose first block is raw HTML pandoc could not write in the markup ('<div
  // class="title">', a layout '<table>'): its headings are markup lines ('h3(#…). 一、总体情况',
  // '=== 一、总体情况 ==='), which an HTML reading runs together — text, unless it is a whole page.
  return !PAGE_START.test(text) && hasLightMarkup(Buffer.from(bytes.subarray(0, MARKUP_HEAD)).toString('latin1')) ? 'text' : 'html';
}

/** bytes. How much of a text starting with an HTML fragment is looked at for wiki markup. */
const MARKUP_HEAD = 64 * 1024;

/** How a whole HTML page starts (lower-cased, leading space trimmed), as against a fragment. */
const PAGE_START = /^<(!doctype html|html|head|body)[\s>]/;

/** How an HTML page or fragment starts (lower-cased, leading space trimmed). */
export const HTML_START = /^<(!doctype html|html|head|body|meta|div|table|p[\s>])/;

/** The warning for a file read as another kind than its name says: a text or HTML file named .pdf. */
export function kindWarning(kind: DocumentKind, name: string): Warning | null {
  if (!/\.pdf$/i.test(name) || kind === 'pdf') return null;
  return { code: 'format_from_content', message: `named .pdf, but the file has no %PDF- header and is ${kind === 'html' ? 'an HTML page' : 'text'}: read as ${kind}` };
}

/**
 * What the bytes are by their content alone, when it is a kind that is no table of cells: a PDF, a
 * ZIP (.docx, .xlsx), an HTML page, JSON. Null for anything else (CSV, TSV, plain text).
 */
function contentKindName(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PDF_HEADER_WINDOW)).toString('latin1');
  if (head.includes(PDF_MAGIC)) return 'a PDF';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'a ZIP archive (.docx, .xlsx)';
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (HTML_START.test(text)) return 'an HTML page';
  if (/^[[{]/.test(text) && parsesAsJson(bytes)) return 'JSON';
  return null;
}

/**
 * Throws E_DECODE when `format: 'csv'` is forced on a file whose content is another kind (an HTML
 * page split at commas is no table: a near-empty report, exit 0, said nothing). The other forced
 * formats refuse such bytes in their own readers (PDF: E_PDF_CORRUPT; .docx, .xlsx, JSON: E_DECODE).
 */
export function checkForcedCsv(bytes: Uint8Array, name: string): void {
  const other = contentKindName(bytes);
  if (other) throw new XxgkError('E_DECODE', `${name}: not CSV: the format was forced to csv, but the file is ${other}; read it as what it is (format auto, the default)`);
}

/** bytes. How much of a file a batch looks at to tell a report saved without a telling extension (sniffsAsReport). */
export const REPORT_SNIFF_HEAD = 64 * 1024;

/**
 * True when the head of a file a batch found under a name that does not say its kind (`.xml`, no
 * extension: load/file-kinds SNIFFED_EXTENSIONS) is a document with a report in it: a PDF, a .docx or
 * .xlsx, or text (a page, a dump, pdftohtml -xml) holding a character of the report's headings,
 * labels or title (_internal/report-features) — the test `extract` itself makes first. A sitemap, a
 * settings file, a licence or a binary blob is not, and is counted as not read.
 */
export function sniffsAsReport(head: Uint8Array): boolean {
  const latin = Buffer.from(head.subarray(0, PDF_HEADER_WINDOW)).toString('latin1');
  if (latin.includes(PDF_MAGIC)) return true;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return Buffer.from(head).includes('word/') || Buffer.from(head).includes('xl/');
  if (!looksLikeText(head)) return false;
  // Decoded as extract decodes it (UTF-8, UTF-16, GB18030 …); the head may end inside a character.
  return hasReportChar(decodeText(head).text.normalize('NFKC'));
}
