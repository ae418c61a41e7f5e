/**
 * @file A pool of helper processes for the batch. Each child extracts one document at a time,
 * with a per-document budget enforced from outside: a child that has not answered within the
 * budget (+ grace) is killed and replaced, and the document is recorded as E_TIMEOUT; a child that
 * dies (out of memory, a crash in a dependency) costs only its document. Processes, not threads:
 * a thread spinning inside a V8 builtin cannot be stopped (see `load/pdf-isolate.ts`), and each
 * child has its own heap limit. Without a compiled child script (running from TypeScript sources)
 * or with `workers: 0`, tasks run in this process.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { forkChild, type Child } from '../_internal/child.js';
import { extractOne, type Task, type TaskResult } from './extract-one.js';

export interface PoolOptions {
  workers: number;
  /** MiB of V8 heap per child; a document that needs more fails alone. */
  maxHeapMb: number;
  /** ms added to a document's budget before its silent child is killed. @default 5000 */
  graceMs?: number;
  /** The child script (tests give one that hangs or crashes on cue). @default ./worker.js */
  workerFile?: string;
}

/** ms. Added to the document budget before a silent child is killed. */
const GRACE_MS = 5_000;

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

interface Slot {
  child: Child;
  pending?: { task: Task; resolve: (r: TaskResult) => void; timer: NodeJS.Timeout };
}

/** Runs tasks in child processes. `run` resolves with the task's result, never rejects. */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { task: Task; resolve: (r: TaskResult) => void }[] = [];
  private closed = false;
  private readonly file: string;
  private readonly grace: number;

  constructor(private readonly opts: PoolOptions) {
    this.file = opts.workerFile ?? WORKER_FILE;
    this.grace = opts.graceMs ?? GRACE_MS;
    const children = existsSync(this.file) ? opts.workers : 0;
    for (let i = 0; i < children; i++) this.slots.push(this.spawn());
  }

  /** Child processes in use (0: in this process). */
  get size(): number {
    return this.slots.length;
  }

  private spawn(): Slot {
    const slot = {} as Slot;
    slot.child = forkChild(
      this.file,
      {
        message: (result) => this.settle(slot, result as TaskResult),
        // V8 aborts a process that reaches its heap limit: SIGABRT is, in practice, out of memory.
        exit: (reason) =>
          reason.includes('SIGABRT')
            ? this.fail(slot, 'E_TOO_LARGE', `worker process ${reason} (over its memory limit of ${this.opts.maxHeapMb} MiB)`)
            : this.fail(slot, 'E_INTERNAL', `worker process ${reason}`),
      },
      { maxHeapMb: this.opts.maxHeapMb },
    );
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

  /** Ends the slot's task (if any) with an error and replaces its child, busy or idle. */
  private fail(slot: Slot, code: string, message: string): void {
    const index = this.slots.indexOf(slot);
    if (this.closed || index < 0) return;
    const p = slot.pending;
    slot.pending = undefined;
    slot.child.kill();
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
    slot.child.send(job.task);
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
    for (const s of this.slots) s.child.kill();
  }
}
