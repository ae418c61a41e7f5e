/** @file The child process of `pdf-isolate.ts`: loads the PDFs it is sent, one message each. */
import { serveParent } from '../_internal/child.js';
import { toXxgkError } from '../errors.js';
import type { ResolvedOptions } from '../options.js';
import { loadPdfInThread } from './load-pdf.js';
import type { IsolateReply } from './pdf-isolate.js';

serveParent(async (m) => {
  const msg = m as { id: number; bytes: Uint8Array; base: { name: string; sha256: string; bytes: number }; opts: ResolvedOptions };
  try {
    return { id: msg.id, doc: await loadPdfInThread(msg.bytes, msg.base, msg.opts) } satisfies IsolateReply;
  } catch (error) {
    return { id: msg.id, error: toXxgkError(error).toJSON() } satisfies IsolateReply;
  }
});
