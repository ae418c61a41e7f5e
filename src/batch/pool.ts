/**
 * @file A pool of worker threads for the batch. Each worker extracts one document at a time, with a
 * per-document budget enforced from outside: a worker that has not answered within the budget
 * (+ grace) is terminated and replaced, and the document is recorded as E_TIMEOUT; a worker that
 * dies (out of memory, a crash in a dependency) costs only its document. Without a compiled worker
 * file (running from TypeScript sources) or with `workers: 0`, tasks run in this thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractOne, type Task, type TaskResult } from './extract-one.js';

export interface PoolOptions {
  workers: number;
  /** MiB of V8 heap per worker; a document that needs more fails alone. */
  maxHeapMb: number;
  /** ms added to a document's budget before its silent worker is stopped. @default 5000 */
  graceMs?: number;
  /** The worker script (tests give one that hangs or crashes on cue). @default ./worker.js */
  workerFile?: string;
}

/** ms. Added to the document budget before a silent worker is killed. */
const GRACE_MS = 5_000;

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

interface Slot {
  worker: Worker;
  pending?: { task: Task; resolve: (r: TaskResult) => void; timer: NodeJS.Timeout };
}

/** Runs tasks on worker threads. `run` resolves with the task's result, never rejects. */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { task: Task; resolve: (r: TaskResult) => void }[] = [];
  private closed = false;

  private readonly file: string;
  private readonly grace: number;

  constructor(private readonly opts: PoolOptions) {
    this.file = opts.workerFile ?? WORKER_FILE;
    this.grace = opts.graceMs ?? GRACE_MS;
    const threads = existsSync(this.file) ? opts.workers : 0;
    for (let i = 0; i < threads; i++) this.slots.push(this.spawn());
  }

  /** Worker threads in use (0: in this thread). */
  get size(): number {
    return this.slots.length;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.file, { resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb } }) };
    slot.worker.on('message', (result: TaskResult) => this.settle(slot, result));
    slot.worker.on('error', (error: Error) => this.fail(slot, /memory/i.test(error.message) ? 'E_TOO_LARGE' : 'E_INTERNAL', `worker died: ${error.message}`));
    slot.worker.on('exit', () => this.fail(slot, 'E_INTERNAL', 'worker exited'));
    slot.worker.unref();
    return slot;
  }

  private settle(slot: Slot, result: TaskResult): void {
    const p = slot.pending;
    if (!p) return;
    clearTimeout(p.timer);
    slot.pending = undefined;
    p.resolve(result);
    this.next(slot);
  }

  /** Ends the slot's task (if any) with an error and replaces its worker, busy or idle. */
  private fail(slot: Slot, code: string, message: string): void {
    const index = this.slots.indexOf(slot);
    if (this.closed || index < 0) return;
    const p = slot.pending;
    slot.pending = undefined;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const fresh = this.spawn();
    this.slots[index] = fresh;
    if (p) {
      clearTimeout(p.timer);
      p.resolve({ id: p.task.id, ms: 0, error: { code, message: `${p.task.name}: ${message}` } });
    }
    this.next(fresh);
  }

  private next(slot: Slot): void {
    const job = this.queue.shift();
    if (!job) return;
    const limit = job.task.timeoutMs + this.grace;
    const timer = setTimeout(() => this.fail(slot, 'E_TIMEOUT', `no result within ${limit} ms; worker stopped`), limit);
    slot.pending = { ...job, timer };
    slot.worker.postMessage(job.task, [job.task.bytes.buffer as ArrayBuffer]);
  }

  run(task: Task): Promise<TaskResult> {
    if (this.slots.length === 0) return extractOne(task);
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      const idle = this.slots.find((s) => !s.pending);
      if (idle) this.next(idle);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
