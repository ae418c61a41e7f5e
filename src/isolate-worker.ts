/** @file The helper process of `isolate.ts`: extracts the documents it is sent, one at a time. */
import { serveParent } from './_internal/child.js';
import { toXxgkError } from './errors.js';
import { extractInProcess } from './extract.js';
import { PRELOAD_PDF, setIsolated, type IsolateJob, type IsolateReply } from './isolate.js';

setIsolated(true);
serveParent(async (m) => {
  const { bytes, opts, withTrace } = m as IsolateJob;
  try {
    const result = await extractInProcess(bytes, opts);
    return { result: withTrace === false ? { report: result.report } : result } satisfies IsolateReply;
  } catch (error) {
    return { error: toXxgkError(error).toJSON() } satisfies IsolateReply;
  }
});
// Started for a PDF: pdf.js loads while the first document is on its way (its job awaits the same loading).
if (process.argv.includes(PRELOAD_PDF)) void import('./load/load-pdf.js').then((m) => m.preloadPdf()).catch(() => undefined);
