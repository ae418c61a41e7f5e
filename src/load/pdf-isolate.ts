/**
 * @file PDF loading in an isolated helper process. pdf.js parses on the calling thread in Node,
 * and some broken PDFs send it into a loop inside a V8 builtin that neither a promise timeout nor
 * `Worker.terminate()` can stop (seen: `Array.prototype.indexOf` over a sparse array of length 2³²).
 * So `loadPdf` hands the bytes to a long-lived child process and, when the budget runs out, kills
 * it (E_TIMEOUT); the documents queued behind it go to a fresh child. The child runs
 * `loadPdfInThread`.
 *
 * Isolation is skipped where it cannot or need not be had: without the compiled child script
 * (running from the TypeScript sources) and inside the batch pool's children, which the pool
 * itself kills from outside (`setPdfIsolation(false)`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { forkChild, type Child } from '../_internal/child.js';
import { XxgkError, type ErrorCode } from '../errors.js';
import type { LoadedDocument } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { loadPdfInThread } from './load-pdf.js';

const CHILD_FILE = fileURLToPath(new URL('./pdf-isolate-worker.js', import.meta.url));

type Base = Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>;

/** What the child posts back. */
export type IsolateReply = { id: number; doc: LoadedDocument } | { id: number; error: { code: ErrorCode; message: string } };

interface Job {
  bytes: Uint8Array;
  base: Base;
  opts: ResolvedOptions;
  resolve: (d: LoadedDocument) => void;
  reject: (e: unknown) => void;
}

let enabled = true;
let child: Child | null = null;
let nextId = 0;
const jobs = new Map<number, Job>();

/** Turns isolation off for this process (the batch pool's children are already killed from outside). */
export function setPdfIsolation(on: boolean): void {
  enabled = on;
}

function post(c: Child, id: number, job: Job): void {
  c.send({ id, bytes: job.bytes, base: job.base, opts: job.opts });
}

function spawn(): Child {
  const c: Child = forkChild(CHILD_FILE, {
    message: (m) => {
      const reply = m as IsolateReply;
      const job = jobs.get(reply.id);
      if (!job) return;
      jobs.delete(reply.id);
      if ('doc' in reply) job.resolve(reply.doc);
      else job.reject(new XxgkError(reply.error.code, reply.error.message));
    },
    exit: (reason) => {
      if (child === c) child = null;
      for (const job of jobs.values()) job.reject(new XxgkError('E_INTERNAL', `PDF process ${reason}`));
      jobs.clear();
    },
  });
  return c;
}

/** Kills the child busy with an overrunning document; its queued documents go to a fresh child. */
function stop(c: Child): void {
  if (child === c) child = null;
  c.kill();
  if (jobs.size === 0) return;
  child = spawn();
  for (const [id, job] of jobs) post(child, id, job);
}

/** PDF bytes → document, in the helper process when available, with a hard time budget. */
export async function loadPdf(bytes: Uint8Array, base: Base, opts: ResolvedOptions): Promise<LoadedDocument> {
  if (!enabled || !existsSync(CHILD_FILE)) return loadPdfInThread(bytes, base, opts);
  const c = (child ??= spawn());
  const id = nextId++;
  return new Promise<LoadedDocument>((resolve, reject) => {
    const timer = setTimeout(() => {
      jobs.delete(id);
      reject(new XxgkError('E_TIMEOUT', `${base.name}: no result within ${opts.timeoutMs} ms; the PDF parser was stopped`));
      stop(child ?? c);
    }, opts.timeoutMs);
    const settle =
      <T>(fn: (v: T) => void) =>
      (v: T): void => {
        clearTimeout(timer);
        fn(v);
      };
    const job: Job = { bytes, base, opts, resolve: settle(resolve), reject: settle(reject) };
    jobs.set(id, job);
    post(c, id, job);
  });
}
