/**
 * @file The one list of file names the product takes for documents: what `extract` reads by a name's
 * extension (its kind is still sniffed from the bytes, the name only a hint), what a batch picks up
 * in folders, and what both recognise without reading. `batch` (batch/list-inputs), the sniffer
 * (load/sniff: an HTML page by name) and the golden reader (golden/read: a source's stem, through SUPPORTED) all use it,
 * so a kind `extract` reads is never one a batch passes over (a batch had said "not read (.xml×12)"
 * of pdftohtml -xml dumps `extract` read).
 */

/** Extensions of HTML pages (a page saved by a browser or a CMS: .xhtml opens with `<?xml …?>`, not `<html>`). */
export const HTML_EXTENSIONS = ['html', 'htm', 'xhtml', 'shtml'] as const;

/** Extensions of documents read whatever their content looks like at first (a PDF, a page, a text dump, Office files). */
export const READ_EXTENSIONS = ['pdf', ...HTML_EXTENSIONS, 'txt', 'text', 'md', 'markdown', 'docx', 'xlsx'] as const;

/**
 * Extensions a batch reads only when the file's head is a document holding a report (`sniffsAsReport`
 * in load/sniff): `.xml` holds pdftohtml -xml and mutool stext dumps — and sitemaps and settings —,
 * and a file without an extension may be a downloaded report ('report', 'content?id=12') or anything.
 */
export const SNIFFED_EXTENSIONS = ['xml', ''] as const;

/**
 * Documents of kinds recognised but not read (legacy Word/Excel/WPS, other Office ZIPs, OFD, photos
 * of pages): a batch records them as failed with E_UNSUPPORTED_KIND instead of passing over them in silence.
 */
export const RECOGNISED_EXTENSIONS = ['doc', 'xls', 'pptx', 'wps', 'et', 'ofd', 'jpg', 'jpeg', 'png'] as const;

/** Tables read when named as an input, never picked up from folders (folders of reports hold goldens, metadata and a batch's own outputs as .json and .csv). */
export const NAMED_ONLY_EXTENSIONS = ['csv', 'tsv', 'json'] as const;

const anyOf = (exts: readonly string[]): RegExp => new RegExp(`\\.(?:${exts.join('|')})$`, 'i');

/** A name a batch lists by its extension: read, or recognised and failed as E_UNSUPPORTED_KIND. */
export const SUPPORTED = anyOf([...READ_EXTENSIONS, ...RECOGNISED_EXTENSIONS]);
/** A name of an HTML page. */
export const HTML_NAME = anyOf(HTML_EXTENSIONS);

/** The lower-cased extension of a file name ('' for none; a leading dot, as in '.profile', is no extension). */
export function extensionOf(name: string): string {
  return /[^./\\]\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** True when a batch reads a file so named only if its head sniffs as a report (SNIFFED_EXTENSIONS). */
export const sniffedByContent = (name: string): boolean => (SNIFFED_EXTENSIONS as readonly string[]).includes(extensionOf(name));
