/**
 * @file One small job runner for work that must be stoppable from outside: `extract` (every
 * format) and the batch pool both run documents through it. Each slot is a forked helper process
 * (`child.ts`) that handles one job at a time; a job gets a wall-clock budget, and a child that
 * has not answered within it is killed (SIGKILL works whatever the child is doing, even inside a
 * V8 builtin that a worker thread's `terminate()` cannot stop) and replaced. A child that dies on
 * its own costs only its job: V8 aborts (SIGABRT) a process that reaches its heap limit, which is
 * reported as `memory`. The time spent is measured for every outcome, killed jobs included.
 *
 * Watched stages (`stages.ts`): a child reports when it enters and leaves a stage spent in code
 * that can loop for ever (pdf.js on one page). A job given a `stallMs` whose child spends that
 * much CPU time in one stage (the limit may shrink with each stage skipped; wall-clock time where
 * /proc cannot tell: CPU time does not grow on a busy machine) is not lost whole: the child
 * is killed and the job runs again in a fresh one, with the stage on its skip list, within what
 * is left of the same budget (at most MAX_SKIPS times). The budget runs from the first dispatch,
 * restarts included.
 *
 * A child may ask for more time once it knows its job's cost (`extendBudget`: a page about to be
 * read by OCR): the job's budget grows by that much, for the rest of its runs.
 */
import { cpuTimeMs, forkChild, type Child } from './child.js';
import type { BudgetMessage, StageMessage } from './stages.js';

/**
 * How one job ended. `ms`: wall-clock time from the first dispatch to the answer or the kill.
 * `stage`: the watched stage the child was in when it was killed or died. `runs`: children the
 * job was run in (more than one when stages were skipped). `budgetMs`: the job's budget at its end,
 * with the time its child asked for (`extendBudget`).
 */
export type JobOutcome<R> =
  | { ok: true; value: R; ms: number; runs: number; budgetMs: number }
  | { ok: false; kind: 'timeout' | 'memory' | 'exit'; reason: string; ms: number; stage?: string; budgetMs?: number };

/** Stages one job may skip: each costs its stall limit and a fresh child. */
export const MAX_SKIPS = 8;

/** ms. How often the CPU time of a child in a watched stage is read (a quarter of smaller limits). */
const STALL_POLL_MS = 250;

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
  /** ms a child may stay in one watched stage before the stage is skipped, given the stages skipped so far (none: no watch). */
  stallMs?: (skipped: number) => number;
  resolve: (o: JobOutcome<R>) => void;
  /** Stages that stalled in earlier runs, with the limit they overran. */
  skip: { stage: string; ms: number }[];
  /** performance.now() of the first dispatch (set then). */
  t0?: number;
}

/**
 * ms. A child that has not loaded by then is taken as broken (and its start timer keeps waiting callers alive).
 * Loading pdf.js and the library takes about a second on an idle machine, but half a minute and more on
 * one running twenty-odd processes per core (a tester's batch failed its documents at 30 s): a hung start
 * is rare, and a slow one must not fail a document.
 */
const START_MS = 120_000;

interface Slot<M, R> {
  child: Child;
  ready: boolean;
  starting?: NodeJS.Timeout;
  job?: Pending<M, R> & { id: number; t0: number; timer: NodeJS.Timeout; stage?: string | null; stall?: NodeJS.Timeout };
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

  /**
   * Queues `message`; the budget starts when a ready child first receives it (not while one
   * starts). With `stallMs`, a watched stage the child stays in that long is skipped (see above).
   */
  run(message: M, timeoutMs: number, stallMs?: (skipped: number) => number): Promise<JobOutcome<R>> {
    if (this.closed) return Promise.resolve({ ok: false, kind: 'exit', reason: 'the runner is closed', ms: 0 });
    return new Promise((resolve) => {
      this.queue.push({ message, timeoutMs, stallMs, resolve, skip: [] });
      this.dispatch();
    });
  }

  /**
   * Starts a child in every empty slot now instead of at the first job, so its start overlaps the
   * caller's own (the CLI forks the helper before loading its command). A warmed child that no job
   * reaches does not keep this process alive. `args`: the children's arguments (what they may load
   * while they wait); a child started later (a replacement) gets none.
   */
  warm(args: readonly string[] = []): void {
    if (this.closed) return;
    for (let i = 0; i < this.slots.length; i++) {
      if (this.slots[i]) continue;
      const slot = (this.slots[i] = this.spawn(i, args));
      slot.starting?.unref();
    }
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
      // A job waits for this child: its start timer keeps the process alive (unref'd by `warm`).
      slot.starting?.ref();
      if (!slot.ready || slot.job) continue;
      const p = this.queue.shift()!;
      const id = this.nextId++;
      const t0 = p.t0 ?? performance.now();
      const left = Math.max(0, p.timeoutMs - (performance.now() - t0));
      const timer = this.deadline(i, slot, p.timeoutMs, left);
      slot.job = { ...p, id, t0, timer };
      slot.child.send({ id, message: p.message, skip: p.skip });
    }
  }

  /** The timer that stops the slot's job when its budget (`timeoutMs`) is spent, `left` ms from now. */
  private deadline(i: number, slot: Slot<M, R>, timeoutMs: number, left: number): NodeJS.Timeout {
    return setTimeout(() => this.replace(i, slot, { kind: 'timeout', reason: `no result within ${timeoutMs} ms` }), left);
  }

  /** The child asked for more time: the job's budget grows by `extendMs`, and its deadline with it. */
  private onExtend(i: number, slot: Slot<M, R>, m: BudgetMessage): void {
    const job = slot.job;
    if (!job || job.id !== m.id || !(m.extendMs > 0)) return;
    clearTimeout(job.timer);
    job.timeoutMs += m.extendMs;
    job.timer = this.deadline(i, slot, job.timeoutMs, Math.max(0, job.timeoutMs - (performance.now() - job.t0)));
  }

  /** A child entered (or left, `null`) a watched stage: the stall watch restarts (or stops). */
  private onStage(i: number, slot: Slot<M, R>, m: StageMessage): void {
    const job = slot.job;
    if (!job || job.id !== m.id) return;
    clearInterval(job.stall);
    job.stage = m.stage;
    const { stage } = m;
    if (stage === null || job.stallMs === undefined) return;
    const ms = job.stallMs(job.skip.length);
    const cpu0 = cpuTimeMs(slot.child.pid);
    const wall0 = performance.now();
    job.stall = setInterval(() => {
      const cpu = cpu0 === undefined ? undefined : cpuTimeMs(slot.child.pid);
      const used = cpu0 !== undefined && cpu !== undefined ? cpu - cpu0 : performance.now() - wall0;
      if (used >= ms) this.stalled(i, slot, stage, ms);
    }, Math.min(STALL_POLL_MS, Math.max(10, ms / 4)));
  }

  /** The child has been in `stage` for the job's stall limit: killed, and the job queued again (first) to skip it. */
  private stalled(i: number, slot: Slot<M, R>, stage: string, ms: number): void {
    const job = slot.job;
    if (this.slots[i] !== slot || !job) return;
    if (job.skip.length >= MAX_SKIPS) return clearInterval(job.stall);
    slot.job = undefined;
    clearTimeout(job.timer);
    clearInterval(job.stall);
    this.queue.unshift({ message: job.message, timeoutMs: job.timeoutMs, stallMs: job.stallMs, resolve: job.resolve, skip: [...job.skip, { stage, ms }], t0: job.t0 });
    this.replace(i, slot, { kind: 'exit', reason: `stalled in ${stage}` });
  }

  private spawn(i: number, args: readonly string[] = []): Slot<M, R> {
    const slot = { ready: false } as Slot<M, R>;
    slot.child = forkChild(
      this.opts.file,
      {
        message: (m) => {
          const reply = m as { ready?: true; id?: number; reply?: R; stage?: string | null; extendMs?: number };
          if (reply.stage !== undefined) return this.onStage(i, slot, reply as StageMessage);
          if (reply.extendMs !== undefined) return this.onExtend(i, slot, reply as BudgetMessage);
          if (reply.ready) {
            slot.ready = true;
            clearTimeout(slot.starting);
            return this.dispatch();
          }
          const job = slot.job;
          if (!job || job.id !== reply.id) return;
          slot.job = undefined;
          clearTimeout(job.timer);
          clearInterval(job.stall);
          // A result that arrives after the budget (the timer not yet run: this process was busy) is over the budget all the same.
          const ms = performance.now() - job.t0;
          if (ms > job.timeoutMs) job.resolve({ ok: false, kind: 'timeout', reason: `no result within ${job.timeoutMs} ms`, ms: Math.round(ms), budgetMs: job.timeoutMs });
          else job.resolve({ ok: true, value: reply.reply as R, ms: Math.round(ms), runs: job.skip.length + 1, budgetMs: job.timeoutMs });
          this.dispatch();
        },
        // V8 aborts a process that reaches its heap limit: SIGABRT is, in practice, out of memory.
        exit: (reason) =>
          this.replace(i, slot, reason.includes('SIGABRT') ? { kind: 'memory', reason: `${reason} (over its memory limit of ${this.opts.maxHeapMb} MiB)` } : { kind: 'exit', reason }),
      },
      { maxHeapMb: this.opts.maxHeapMb, args },
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
    clearInterval(job.stall);
    // A timer may fire a millisecond before the loop's clock shows its delay passed: a job stopped for
    // its time budget took at least the budget.
    const ms = Math.round(performance.now() - job.t0);
    job.resolve({
      ok: false,
      ...why,
      ms: why.kind === 'timeout' ? Math.max(ms, job.timeoutMs) : ms,
      ...(job.stage ? { stage: job.stage } : {}),
      ...(why.kind === 'timeout' ? { budgetMs: job.timeoutMs } : {}),
    });
  }
}
