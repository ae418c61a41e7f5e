/**
 * @file Input kind from the bytes (magic numbers first, the file extension only as a hint).
 */
import { XxgkError } from '../errors.js';
import type { DocumentKind } from '../model/document.js';

const PDF_MAGIC = '%PDF-';
/** bytes. PDF allows junk before the header; readers look this far. */
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Returns the kind, or throws E_UNSUPPORTED_KIND for formats we recognise but do not read. */
export function sniffKind(bytes: Uint8Array, name: string): DocumentKind {
  const head = Buffer.from(bytes.subarray(0, PDF_HEADER_WINDOW)).toString('latin1');
  if (head.includes(PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new XxgkError('E_UNSUPPORTED_KIND', `${name}: legacy Word .doc/.xls files are not supported; convert to .docx or PDF`);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Entry names are stored uncompressed: a Word document has word/… entries. A .docx cut short
    // may not have reached word/document.xml yet: it is a damaged .docx (E_DECODE), not another kind.
    if (Buffer.from(bytes).includes('word/') || /\.docx$/i.test(name)) return 'docx';
    throw new XxgkError('E_UNSUPPORTED_KIND', `${name}: ZIP files other than .docx (.xlsx, .pptx, archives) are not supported; convert to PDF or HTML`);
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) {
    throw new XxgkError('E_UNSUPPORTED_KIND', `${name}: image files need OCR, which this library does not do`);
  }
  const lower = name.toLowerCase();
  if (/\.pdf$/.test(lower)) return 'pdf';
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (/\.html?$/.test(lower) || /^<(!doctype html|html|head|body|meta|div|table|p[\s>])/.test(text)) return 'html';
  return 'text';
}
