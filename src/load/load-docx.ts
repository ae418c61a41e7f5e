/**
 * @file .docx (reports published as Word attachments): simple fields unwrapped to their results
 * (docx-fields), then mammoth turns the document into HTML (tables with their merged cells), which
 * takes the HTML path; HTML chunks the document imports (`w:altChunk`) are read in their place
 * (docx-altchunk). Images in the document (tables pasted as pictures) are counted for the
 * `table_is_image` warning, never read. mammoth's messages about content it did not convert become
 * the warning `docx_content_skipped` (style messages, which lose no text, do not).
 */
import mammoth from 'mammoth';
import { XxgkError } from '../errors.js';
import type { LoadedDocument, Warning } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { unwrapSimpleFields } from './docx-fields.js';
import { insertAltChunks } from './docx-altchunk.js';
import { hiddenWarning, loadHtml } from './load-html.js';

/** Distinct mammoth messages quoted in the warning (the rest are counted). */
const MAX_QUOTED_MESSAGES = 3;
/**
 * mammoth messages that lose no text: a Word style it has no HTML mapping for (the paragraph is
 * converted, unstyled), a style the document names but does not define, a picture format browsers
 * do not show (pictures are never read).
 */
const HARMLESS = /^Unrecognised \w+ style: |style with ID .* was referenced but not defined|^Image of type .* is unlikely to display/;

function skippedWarning(all: readonly { type: string; message: string }[]): Warning[] {
  const messages = all.filter((m) => !HARMLESS.test(m.message));
  if (messages.length === 0) return [];
  const distinct = [...new Set(messages.map((m) => m.message))];
  const quoted = distinct.slice(0, MAX_QUOTED_MESSAGES).join('; ');
  const more = distinct.length > MAX_QUOTED_MESSAGES ? ` (+${distinct.length - MAX_QUOTED_MESSAGES} more)` : '';
  return [{ code: 'docx_content_skipped', message: `the .docx converter skipped content (${messages.length} messages): ${quoted}${more}` }];
}

export async function loadDocx(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): Promise<LoadedDocument> {
  const damaged = (cause: unknown): never => {
    throw new XxgkError('E_DECODE', `${base.name}: not a readable .docx (damaged or not a Word document)`, { cause });
  };
  const unwrapped = await unwrapSimpleFields(bytes, opts).catch(damaged);
  // Images are counted, never read: not inlined as base64 (tens of MiB of pictures would become the page).
  const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(unwrapped.bytes) }, { convertImage }).catch(damaged);
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${insertAltChunks(html, unwrapped.chunks)}</body></html>`;
  const doc = readPage(page, base, opts);
  const hidden = unwrapped.hidden.length > 0 ? [hiddenWarning(unwrapped.hidden)] : [];
  return { ...doc, kind: 'docx', warnings: [...hidden, ...doc.warnings, ...skippedWarning(messages)] };
}

/**
 * The HTML of the document through the HTML path. A .docx stores its text as Unicode: when that text
 * is not plausible Chinese, it was already mojibake when the document was written (text pasted in
 * the wrong encoding) — not an encoding to pass, so the HTML path's hint is replaced.
 */
function readPage(page: string, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): LoadedDocument {
  try {
    return loadHtml(new TextEncoder().encode(page), base, { ...opts, encoding: 'utf-8' });
  } catch (error) {
    if (!(error instanceof XxgkError) || error.code !== 'E_DECODE') throw error;
    throw new XxgkError('E_DECODE', `${base.name}: the .docx's text is not plausible Chinese: it was already garbled (mojibake) when the document was written; no encoding option can repair it`, { cause: error });
  }
}
