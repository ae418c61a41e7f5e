/** @file The helper process of `isolate.ts`: extracts the documents it is sent, one at a time. */
import { serveParent } from './_internal/child.js';
import { toXxgkError } from './errors.js';
import { extractInProcess } from './extract.js';
import { setIsolated, type IsolateJob, type IsolateReply } from './isolate.js';
import type { ExtractTrace } from './extract.js';

/** What `extractDetailed` returns as its trace when `trace` was not asked for. */
const NO_TRACE: ExtractTrace = { lines: [], sections: [], tables: { rows: {}, solve: { groups: 0, combinations: 0, evaluated: 0, survivors: 0, violations: 0, exhausted: false } } };

setIsolated(true);
serveParent(async (m) => {
  const { bytes, opts } = m as IsolateJob;
  try {
    const result = await extractInProcess(bytes, opts);
    // The trace (every line, row and reading) is sent back only when asked for: on a 10 MiB dump
    // copying it to the parent cost twice the extraction itself.
    return { result: opts.trace ? result : { report: result.report, trace: NO_TRACE } } satisfies IsolateReply;
  } catch (error) {
    return { error: toXxgkError(error).toJSON() } satisfies IsolateReply;
  }
});
