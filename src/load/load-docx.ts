/**
 * @file .docx (reports published as Word attachments): mammoth turns the document into HTML (tables
 * with their merged cells), which then takes the HTML path. Images in the document (tables pasted
 * as pictures) are counted for the `table_is_image` warning, never read.
 */
import mammoth from 'mammoth';
import { XxgkError } from '../errors.js';
import type { LoadedDocument } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { loadHtml } from './load-html.js';

export async function loadDocx(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): Promise<LoadedDocument> {
  // Images are counted, never read: not inlined as base64 (tens of MiB of pictures would become the page).
  const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage }).catch((cause: unknown) => {
    throw new XxgkError('E_DECODE', `${base.name}: not a readable .docx (damaged or not a Word document)`, { cause });
  });
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
  const doc = loadHtml(new TextEncoder().encode(page), base, { ...opts, encoding: 'utf-8' });
  return { ...doc, kind: 'docx' };
}
