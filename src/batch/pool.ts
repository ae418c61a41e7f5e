/**
 * @file The batch's pool of helper processes: the shared job runner (`_internal/job-runner.ts`)
 * with the batch worker script. Each document gets its budget enforced from outside: a child that
 * has not answered within it is killed and replaced, and the document is recorded as E_TIMEOUT
 * (with the time it was given), as is a document whose answer arrives within the grace but whose work
 * took longer than its budget; a child that dies costs only its document (E_TOO_LARGE when it
 * hit its heap limit, else E_INTERNAL); a PDF page on which pdf.js loops is skipped, not the whole
 * document (`_internal/stages.ts`). Without a compiled child script (running from TypeScript
 * sources) or with `workers: 0`, tasks run in this process.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JobRunner } from '../_internal/job-runner.js';
import { stageStallMs } from '../_internal/stages.js';
import { budgetWords, stoppedIn } from '../isolate.js';
import { extractOne, type Task, type TaskResult } from './extract-one.js';

export interface PoolOptions {
  workers: number;
  /** MiB of V8 heap per child; a document that needs more fails alone (E_TOO_LARGE). */
  maxHeapMb: number;
  /** ms added to a document's budget before its silent child is killed (for the answer to travel). @default 500 */
  graceMs?: number;
  /** The child script (tests give one that hangs or crashes on cue). @default ./worker.js */
  workerFile?: string;
  /** ms of CPU time a worker may spend in one watched stage (a PDF page in pdf.js) before the stage is skipped. @default stageStallMs */
  stallMs?: number;
}

/** ms. Added to the document budget before a silent child is killed: the answer's trip back. */
const GRACE_MS = 500;

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

const CODES = { timeout: 'E_TIMEOUT', memory: 'E_TOO_LARGE', exit: 'E_INTERNAL' } as const;

/** Runs tasks in child processes. `run` resolves with the task's result, never rejects. */
export class ExtractPool {
  private readonly runner: JobRunner<Task, TaskResult> | null;
  private readonly grace: number;
  private readonly stallMs: number | undefined;
  /** Child processes in use (0: in this process). */
  readonly size: number;

  constructor(opts: PoolOptions) {
    const file = opts.workerFile ?? WORKER_FILE;
    this.size = existsSync(file) ? opts.workers : 0;
    this.grace = opts.graceMs ?? GRACE_MS;
    this.stallMs = opts.stallMs;
    this.runner = this.size > 0 ? new JobRunner({ file, slots: this.size, maxHeapMb: opts.maxHeapMb }) : null;
  }

  async run(task: Task): Promise<TaskResult> {
    if (!this.runner) return extractOne(task);
    const o = await this.runner.run(task, task.timeoutMs + this.grace, (skipped) => this.stallMs ?? stageStallMs(skipped));
    if (o.ok) {
      // A document read again after a stalled stage took the time of every run.
      const ms = o.runs > 1 ? o.ms : o.value.ms;
      // The runner waits the grace beyond the budget for the answer's trip only: a document whose
      // work took longer than its budget (with the time asked for OCR) is over it, as in extract.
      const budgetMs = o.budgetMs - this.grace;
      if (ms <= budgetMs) return o.runs > 1 ? { ...o.value, ms } : o.value;
      return { id: task.id, ms, error: { code: CODES.timeout, message: `${task.name}: no result within ${budgetWords(task.timeoutMs, budgetMs)}` } };
    }
    const what = o.kind === 'timeout' ? `${o.reason}; worker stopped${stoppedIn(o.stage)}` : `worker process ${o.reason}${stoppedIn(o.stage)}`;
    return { id: task.id, ms: o.ms, error: { code: CODES[o.kind], message: `${task.name}: ${what}` } };
  }

  async close(): Promise<void> {
    this.runner?.close();
  }
}
