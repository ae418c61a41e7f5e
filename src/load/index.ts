/**
 * @file Stage 1, load: input (path or bytes) → LoadedDocument, dispatched on the sniffed kind.
 */
import { dropRemarkColumns } from '../layout/remark-columns.js';
import { dropSequenceColumns } from '../layout/sequence-column.js';
import { dropItemMarks, joinItemCells, joinLoneItemLines } from '../layout/item-cells.js';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { XxgkError } from '../errors.js';
import type { DocumentKind, Line, LoadedDocument } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { cleanLines, removeFormatChars } from '../layout/clean-lines.js';
import { loadText } from './load-text.js';
import { missingPathError, notAFileError } from './path-errors.js';
import { checkForcedCsv, kindWarning, sniffKind } from './sniff.js';
import { capLineCells, checkLinesSize } from './text-limits.js';

/** What `extract` accepts: a file path, or the file's bytes. */
export type ExtractInput = string | Uint8Array;

/** The input's bytes and name: a path is read (refused when missing or over `maxBytes`). */
/** Throws E_INVALID_OPTIONS for an input that is neither a path nor bytes (a JavaScript caller's `extract(null)`). */
export function checkInput(input: unknown): asserts input is ExtractInput {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    const what = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    throw new XxgkError('E_INVALID_OPTIONS', `the input must be a file path (string) or the file's bytes (Uint8Array or Buffer), not ${what}`);
  }
}

export async function readInput(input: ExtractInput, opts: ResolvedOptions): Promise<{ bytes: Uint8Array; name: string }> {
  if (typeof input !== 'string') return { bytes: input, name: opts.name ?? 'input' };
  const info = await stat(input).catch(async (cause: unknown) => {
    throw await missingPathError(input, cause);
  });
  // A folder or a pipe is there, but is no document: said so, with what reads it.
  if (!info.isFile()) throw notAFileError(input, info.isDirectory());
  if (info.size > opts.maxBytes) {
    throw new XxgkError('E_TOO_LARGE', `${input}: ${info.size} bytes is more than the limit of ${opts.maxBytes}`);
  }
  return { bytes: new Uint8Array(await readFile(input)), name: opts.name ?? basename(input) };
}

/** Reads, sniffs and loads one document (lines with bytes that did not decode marked `damaged`); refuses one whose text is over MAX_TEXT_CHARS; lines cut to MAX_LINE_CELLS cells; its lines cleaned the same way whatever the kind (see layout/clean-lines). */
export async function load(input: ExtractInput, opts: ResolvedOptions): Promise<LoadedDocument> {
  const doc = await loadKind(input, opts);
  checkLinesSize(doc.lines, doc.name);
  // A remarks column (备注) is no column of the template's: left out by its header (layout/remark-columns);
  // so is a sequence-number column (序号) counting a table's rows 1 … N (layout/sequence-column); an item
  // number in a cell of its own is joined to its label (layout/item-cells), in a text dump also from the line before it,
  // and dropped where a text dump printed it in the value stream, its labels elsewhere.
  const cells = joinItemCells(dropSequenceColumns(dropRemarkColumns(cleanLines(capLineCells(doc.lines)))));
  const lines = doc.kind === 'text' ? dropItemMarks(joinLoneItemLines(cells)) : cells;
  const generated = doc.warnings.some((w) => w.code === 'generated_content');
  const repaired = doc.warnings.filter((w) => w.code === 'encoding_repaired' || w.code === 'text_mojibake_repaired');
  const damaged = generated || repaired.length > 0 ? markDamaged(lines, !generated && repaired.every((w) => UTF8_REPAIRED.test(w.message))) : lines;
  return { ...doc, lines: damaged, ...(doc.metaTitle !== undefined ? { metaTitle: removeFormatChars(doc.metaTitle) } : {}) };
}

/** load-text repairedWarning's words for bytes that are not UTF-8 (the text decoded as UTF-8). */
const UTF8_REPAIRED = /not valid UTF-8/;
/** U+FFFD beside a digit or a number's separator, or a cell of nothing else: where a digit may have been. */
const NEAR_DIGITS = /[\d.,，．]\ufffd|\ufffd[\d.,，．]|^[\s\ufffd]*\ufffd[\s\ufffd]*$/;

/**
 * Lines with U+FFFD from bytes that did not decode, or CSS-generated content not evaluated: `damaged` (their digits are in doubt).
 * `utf8`: the text was decoded as UTF-8, where every ASCII byte — digit, space, separator, line break — decodes as itself
 * whatever bytes stand beside it: a U+FFFD between ideographs and a space (Debian html2text's cells cut inside a label's
 * characters, '（一）予以公开� 0 0 0') lost no digit, and only a line holding one beside a digit or a separator, or a cell
 * of nothing else (a one-digit cell whose byte was damaged), is in doubt (crawl48).
 */
function markDamaged(lines: Line[], utf8 = false): Line[] {
  return lines.map((l) => (l.cells.some((c) => c.includes('\ufffd') && (!utf8 || NEAR_DIGITS.test(c))) ? { ...l, damaged: true } : l));
}

async function loadKind(input: ExtractInput, opts: ResolvedOptions): Promise<LoadedDocument> {
  const { bytes, name } = await readInput(input, opts);
  if (bytes.length === 0) throw new XxgkError('E_EMPTY', `${name}: the file is empty`);
  if (bytes.length > opts.maxBytes) {
    throw new XxgkError('E_TOO_LARGE', `${name}: ${bytes.length} bytes is more than the limit of ${opts.maxBytes}`);
  }
  if (opts.format === 'csv') checkForcedCsv(bytes, name);
  const kind: DocumentKind = opts.format === 'auto' ? sniffKind(bytes, name) : opts.format;
  const base = { name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  const mismatch = opts.format === 'auto' ? kindWarning(kind, name) : null;
  const doc = await loadAs(kind, bytes, base, opts);
  return mismatch ? { ...doc, warnings: [mismatch, ...doc.warnings] } : doc;
}

async function loadAs(kind: DocumentKind, bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): Promise<LoadedDocument> {
  switch (kind) {
    case 'text':
      return loadText(bytes, base, opts);
    case 'html': {
      const { loadHtml } = await import('./load-html.js');
      return loadHtml(bytes, base, opts);
    }
    case 'docx': {
      // What the archive unpacks to is checked before mammoth inflates it (zlib is loaded for .docx only).
      const { checkDocxArchive } = await import('./docx-archive.js');
      checkDocxArchive(bytes, base.name);
      const { loadDocx } = await import('./load-docx.js');
      return loadDocx(bytes, base, opts);
    }
    case 'csv': {
      const { loadCsv } = await import('./load-csv.js');
      return loadCsv(bytes, base, opts);
    }
    case 'json': {
      const { loadJson } = await import('./load-json.js');
      return loadJson(bytes, base, opts);
    }
    case 'xlsx': {
      const { checkDocxArchive } = await import('./docx-archive.js');
      checkDocxArchive(bytes, base.name, '.xlsx');
      const { loadXlsx } = await import('./load-xlsx.js');
      return loadXlsx(bytes, base, opts);
    }
    case 'pdf': {
      const { loadPdfInThread } = await import('./load-pdf.js');
      return loadPdfInThread(bytes, base, opts);
    }
  }
}
