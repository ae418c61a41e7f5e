/** @file PDF input: see issue 4 (pdf.js layout). */
import { XxgkError } from '../errors.js';
import type { LoadedDocument } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';

/** PDF bytes → document. */
export async function loadPdf(_bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, _opts: ResolvedOptions): Promise<LoadedDocument> {
  throw new XxgkError('E_UNSUPPORTED_KIND', `${base.name}: PDF reading is not built yet`);
}
