/**
 * @file How much text a document may decode to. `maxBytes` bounds the file, not what it becomes:
 * a 10 MB one-line .txt took 43 s and 1.4 GB through the later stages, and a page or a .docx can
 * unpack to far more text than a report has. Over a limit → E_TOO_LARGE naming it.
 */
import { XxgkError } from '../errors.js';
import type { Line } from '../model/document.js';

/**
 * chars of text (a text file after decoding, or the text read out of a page, a .docx or a PDF).
 * A report has 10 000–100 000; a 500-page PDF (`maxPages`) of dense text ~1.5 million.
 */
export const MAX_TEXT_CHARS = 2 * 1024 * 1024;
/** chars of an HTML page after decoding, markup included (pages of site chrome reach a few MiB). */
export const MAX_HTML_CHARS = 32 * 1024 * 1024;

/** Throws E_TOO_LARGE when `text` (of the given kind) is longer than its limit. */
export function checkDecodedSize(length: number, what: 'text' | 'HTML', name: string): void {
  const limit = what === 'text' ? MAX_TEXT_CHARS : MAX_HTML_CHARS;
  if (length > limit) {
    throw new XxgkError('E_TOO_LARGE', `${name}: ${length} characters of ${what} after decoding, more than the limit of ${limit} (${what === 'text' ? 'MAX_TEXT_CHARS' : 'MAX_HTML_CHARS'})`);
  }
}

/** Throws E_TOO_LARGE when the lines read out of a document hold more text than MAX_TEXT_CHARS. */
export function checkLinesSize(lines: readonly Line[], name: string): void {
  let n = 0;
  for (const line of lines) for (const cell of line.cells) n += cell.length;
  checkDecodedSize(n, 'text', name);
}
