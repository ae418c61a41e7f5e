/**
 * @file One small job runner for work that must be stoppable from outside: `extract` (every
 * format) and the batch pool both run documents through it. Each slot is a forked helper process
 * (`child.ts`) that handles one job at a time; a job gets a wall-clock budget, and a child that
 * has not answered within it is killed (SIGKILL works whatever the child is doing, even inside a
 * V8 builtin that a worker thread's `terminate()` cannot stop) and replaced. A child that dies on
 * its own costs only its job: V8 aborts (SIGABRT) a process that reaches its heap limit, which is
 * reported as `memory`. The time spent is measured for every outcome, killed jobs included.
 */
import { forkChild, type Child } from './child.js';

/** How one job ended. `ms`: wall-clock time from dispatch to the answer or the kill. */
export type JobOutcome<R> =
  | { ok: true; value: R; ms: number }
  | { ok: false; kind: 'timeout' | 'memory' | 'exit'; reason: string; ms: number };

export interface JobRunnerOptions {
  /** The child script: an ES module calling `serveParent`. */
  file: string;
  /** Child processes working in parallel. */
  slots: number;
  /** MiB of V8 heap per child (`--max-old-space-size`). */
  maxHeapMb: number;
}

interface Pending<M, R> {
  message: M;
  timeoutMs: number;
  resolve: (o: JobOutcome<R>) => void;
}

/** ms. A child that has not loaded by then is taken as broken (and its start timer keeps waiting callers alive). */
const START_MS = 30_000;

interface Slot<M, R> {
  child: Child;
  ready: boolean;
  starting?: NodeJS.Timeout;
  job?: Pending<M, R> & { id: number; t0: number; timer: NodeJS.Timeout };
}

/** Runs jobs in child processes, each with a hard time budget. `run` never rejects. */
export class JobRunner<M, R> {
  private readonly slots: (Slot<M, R> | null)[];
  private readonly queue: Pending<M, R>[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly opts: JobRunnerOptions) {
    this.slots = Array.from({ length: Math.max(1, opts.slots) }, () => null);
  }

  /** Queues `message`; the budget starts when a ready child receives it (not while one starts). */
  run(message: M, timeoutMs: number): Promise<JobOutcome<R>> {
    if (this.closed) return Promise.resolve({ ok: false, kind: 'exit', reason: 'the runner is closed', ms: 0 });
    return new Promise((resolve) => {
      this.queue.push({ message, timeoutMs, resolve });
      this.dispatch();
    });
  }

  /** Kills every child; queued jobs end as `exit`. */
  close(): void {
    this.closed = true;
    for (const [i, slot] of this.slots.entries()) {
      if (!slot) continue;
      this.slots[i] = null;
      clearTimeout(slot.starting);
      slot.child.kill();
      if (slot.job) this.end(slot.job, { kind: 'exit', reason: 'the runner was closed' });
    }
    for (const p of this.queue.splice(0)) p.resolve({ ok: false, kind: 'exit', reason: 'the runner was closed', ms: 0 });
  }

  /** Gives queued jobs to idle ready children, starting children where a slot has none. */
  private dispatch(): void {
    for (let i = 0; i < this.slots.length && this.queue.length > 0 && !this.closed; i++) {
      const slot = (this.slots[i] ??= this.spawn(i));
      if (!slot.ready || slot.job) continue;
      const p = this.queue.shift()!;
      const id = this.nextId++;
      const timer = setTimeout(() => this.replace(i, slot, { kind: 'timeout', reason: `no result within ${p.timeoutMs} ms` }), p.timeoutMs);
      slot.job = { ...p, id, t0: performance.now(), timer };
      slot.child.send({ id, message: p.message });
    }
  }

  private spawn(i: number): Slot<M, R> {
    const slot = { ready: false } as Slot<M, R>;
    slot.child = forkChild(
      this.opts.file,
      {
        message: (m) => {
          const reply = m as { ready?: true; id?: number; reply?: R };
          if (reply.ready) {
            slot.ready = true;
            clearTimeout(slot.starting);
            return this.dispatch();
          }
          const job = slot.job;
          if (!job || job.id !== reply.id) return;
          slot.job = undefined;
          clearTimeout(job.timer);
          job.resolve({ ok: true, value: reply.reply as R, ms: Math.round(performance.now() - job.t0) });
          this.dispatch();
        },
        // V8 aborts a process that reaches its heap limit: SIGABRT is, in practice, out of memory.
        exit: (reason) =>
          this.replace(i, slot, reason.includes('SIGABRT') ? { kind: 'memory', reason: `${reason} (over its memory limit of ${this.opts.maxHeapMb} MiB)` } : { kind: 'exit', reason }),
      },
      { maxHeapMb: this.opts.maxHeapMb },
    );
    slot.starting = setTimeout(() => this.replace(i, slot, { kind: 'exit', reason: `did not start within ${START_MS} ms` }), START_MS);
    return slot;
  }

  /** Kills the slot's child, ends its job (if any) and lets a fresh child take the queue. */
  private replace(i: number, slot: Slot<M, R>, why: { kind: 'timeout' | 'memory' | 'exit'; reason: string }): void {
    if (this.slots[i] !== slot) return;
    this.slots[i] = null;
    clearTimeout(slot.starting);
    slot.child.kill();
    if (slot.job) this.end(slot.job, why);
    else if (!slot.ready) {
      // A child that dies before it is ready would die again: the next job fails instead of looping.
      const p = this.queue.shift();
      p?.resolve({ ok: false, ...why, reason: `${why.reason} (while starting)`, ms: 0 });
    }
    this.dispatch();
  }

  private end(job: NonNullable<Slot<M, R>['job']>, why: { kind: 'timeout' | 'memory' | 'exit'; reason: string }): void {
    clearTimeout(job.timer);
    job.resolve({ ok: false, ...why, ms: Math.round(performance.now() - job.t0) });
  }
}
