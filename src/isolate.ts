/**
 * @file `extract` out of process, for every format. Parsers run on the calling thread, and hostile
 * documents trap them: pdf.js in a loop inside a V8 builtin that neither a promise timeout nor
 * `Worker.terminate()` can stop, a page nested 100 000 levels deep, a 10 MB line, a .docx that
 * inflates to gigabytes. So `extract` sends the bytes to a long-lived helper process (the shared
 * job runner) that is killed when the document's budget (`timeoutMs`) runs out (E_TIMEOUT) or when
 * it reaches its heap limit (`maxHeapMb`, E_TOO_LARGE); the next document gets a fresh one.
 *
 * Isolation is skipped where it cannot or need not be had: without the compiled child script
 * (running from the TypeScript sources: jest) and inside helper processes, which their parent
 * kills from outside (`setIsolated(true)`: the batch pool's workers, this module's own child).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JobRunner } from './_internal/job-runner.js';
import { XxgkError, type ErrorCode } from './errors.js';
import type { ExtractTrace } from './extract.js';
import type { ResolvedOptions } from './options.js';
import type { Report } from './schema/report.js';

const CHILD_FILE = fileURLToPath(new URL('./isolate-worker.js', import.meta.url));

/** What the helper is sent. */
export interface IsolateJob {
  bytes: Uint8Array;
  opts: ResolvedOptions;
}

/** What the helper answers. */
export type IsolateReply = { result: { report: Report; trace: ExtractTrace } } | { error: { code: ErrorCode; message: string } };

let isolated = false;
/** One runner (one helper process) per heap limit asked for. */
const runners = new Map<number, JobRunner<IsolateJob, IsolateReply>>();

/** Marks this process as a helper already stopped from outside: no helper of its own, no in-process timer. */
export function setIsolated(on: boolean): void {
  isolated = on;
}

/** How `extract` should run here: in a helper process, in this process under its parent's watch, or with an in-process timer. */
export function isolationMode(): 'child' | 'watched' | 'timer' {
  if (isolated) return 'watched';
  return existsSync(CHILD_FILE) ? 'child' : 'timer';
}

/** Extracts `bytes` in the helper process; the budget and the heap limit are enforced by killing it. */
export async function extractInChild(bytes: Uint8Array, opts: ResolvedOptions): Promise<{ report: Report; trace: ExtractTrace }> {
  let runner = runners.get(opts.maxHeapMb);
  if (!runner) runners.set(opts.maxHeapMb, (runner = new JobRunner({ file: CHILD_FILE, slots: 1, maxHeapMb: opts.maxHeapMb })));
  const o = await runner.run({ bytes, opts }, opts.timeoutMs);
  const name = opts.name ?? 'input';
  if (o.ok) {
    if ('result' in o.value) return o.value.result;
    throw new XxgkError(o.value.error.code, o.value.error.message);
  }
  if (o.kind === 'timeout') throw new XxgkError('E_TIMEOUT', `${name}: no result within ${opts.timeoutMs} ms (timeoutMs); the extraction was stopped`);
  if (o.kind === 'memory') throw new XxgkError('E_TOO_LARGE', `${name}: the extraction went over its memory limit of ${opts.maxHeapMb} MiB (maxHeapMb) and was stopped`);
  throw new XxgkError('E_INTERNAL', `${name}: the extraction process ${o.reason}`);
}
