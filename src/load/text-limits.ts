/**
 * @file How much text a document may decode to. `maxBytes` bounds the file, not what it becomes:
 * a 10 MB one-line .txt took 43 s and 1.4 GB through the later stages, and a page or a .docx can
 * unpack to far more text than a report has. Over a limit → E_TOO_LARGE naming it.
 */
import { XxgkError } from '../errors.js';
import type { Line } from '../model/document.js';

/**
 * chars of text (a text file after decoding, or the text read out of a page, a .docx or a PDF).
 * A report has 10 000–100 000; a 500-page PDF (`maxPages`) of dense text ~1.5 million. An archive's
 * 10 MB dump is 3.5–4.6 million in UTF-8 (Chinese 3 bytes a character, digits and line breaks 1)
 * and up to ~5.5 million in GBK. Measured (scripts/bench-dump.mjs --cpu, in one thread, on a
 * 2-core machine at load ~19): 10 MiB UTF-8 dumps of a report in 10 MiB of prose (3.8 M chars)
 * 1.4 s CPU / 141 MiB peak RSS, a pdftotext report repeated (4.5 M) 4.4 s / 324 MiB, table 三
 * repeated in its section (4.6 M, every row through the stream moves) 13.8 s / 409 MiB: the worst
 * at this limit ~18 s, inside the default 60 s and 1536 MiB heap.
 */
export const MAX_TEXT_CHARS = 6 * 1024 * 1024;
/** chars of an HTML page after decoding, markup included (pages of site chrome reach a few MiB). */
export const MAX_HTML_CHARS = 32 * 1024 * 1024;

/** Throws E_TOO_LARGE when `text` (of the given kind) is longer than its limit. */
export function checkDecodedSize(length: number, what: 'text' | 'HTML', name: string): void {
  const limit = what === 'text' ? MAX_TEXT_CHARS : MAX_HTML_CHARS;
  if (length > limit) {
    throw new XxgkError('E_TOO_LARGE', `${name}: ${length} characters of ${what} after decoding, more than the limit of ${limit} (${what === 'text' ? 'MAX_TEXT_CHARS' : 'MAX_HTML_CHARS'})`);
  }
}

/**
 * cells per line. A printed table row has at most ~10 cells, and a report's three tables written
 * on one line (a crawler dump, a whole .txt on one line) ~300–600; the later stages cost tens of
 * microseconds per cell (each cell may start a row whose label is matched against every template
 * row), so a line of 370 000 tab cells (937 000 characters) took 29 s. Cells past this are
 * dropped (the line's first cells are kept) and the document is read from what is left.
 */
export const MAX_LINE_CELLS = 1000;

/** The lines with at most MAX_LINE_CELLS cells each (the same array when none is longer). */
export function capLineCells(lines: Line[]): Line[] {
  if (lines.every((l) => l.cells.length <= MAX_LINE_CELLS)) return lines;
  return lines.map((l) => {
    if (l.cells.length <= MAX_LINE_CELLS) return l;
    const cut: Line = { ...l, cells: l.cells.slice(0, MAX_LINE_CELLS) };
    if (l.cols) cut.cols = l.cols.slice(0, MAX_LINE_CELLS);
    if (l.ocr) cut.ocr = l.ocr.slice(0, MAX_LINE_CELLS);
    return cut;
  });
}

/** Throws E_TOO_LARGE when the lines read out of a document hold more text than MAX_TEXT_CHARS. */
export function checkLinesSize(lines: readonly Line[], name: string): void {
  let n = 0;
  for (const line of lines) for (const cell of line.cells) n += cell.length;
  checkDecodedSize(n, 'text', name);
}
