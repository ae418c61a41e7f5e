/**
 * @file A helper process for work that must be stoppable from outside. A worker thread cannot be
 * stopped while V8 runs a native builtin (pdf.js can spin in `Array.prototype.indexOf` over a
 * sparse array of length 2³² on a broken font); a process can always be killed. Messages use the
 * structured-clone serialization, so Uint8Arrays and plain objects pass as they are.
 */
import type { fork as Fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { watchJob, type BudgetMessage, type StageMessage } from './stages.js';

export interface Child {
  /** The process id (undefined when the fork failed). */
  pid: number | undefined;
  send(message: unknown): void;
  /** SIGKILL: works whatever the child is doing. */
  kill(): void;
}

/**
 * Where V8's report of a process at its heap limit starts ('<--- Last few GCs --->', then the
 * GC log, the JS stack, 'FATAL ERROR: … JavaScript heap out of memory' and a native stack).
 */
const V8_OOM_DUMP = /\n?<--- Last few GCs --->|FATAL ERROR: .*heap out of memory/;

/**
 * Passes the child's stderr on to ours, up to V8's out-of-memory dump: a document over its memory
 * limit is reported as E_TOO_LARGE by the runner, and the dump (dozens of lines that look like a
 * crash of this program) is dropped. The pipe does not keep this process alive.
 */
function forwardStderr(stream: Readable | null): void {
  if (!stream) return;
  let muted = false;
  stream.on('data', (chunk: Buffer) => {
    if (muted) return;
    const text = chunk.toString();
    const at = text.search(V8_OOM_DUMP);
    if (at >= 0) muted = true;
    const kept = at >= 0 ? text.slice(0, at) : text;
    if (kept) process.stderr.write(kept);
  });
  (stream as Readable & { unref?: () => void }).unref?.();
}

/** MiB. The widest semi-space a helper gets (`--max-semi-space-size`; V8's default on 64-bit: 16). */
export const MAX_SEMI_SPACE_MB = 32;

/**
 * MiB of each young-generation semi-space of a helper with a heap limit of `maxHeapMb`: pdf.js
 * allocates short-lived objects at a high rate (operators, glyphs, text items), and at V8's default
 * the helper ran a scavenge every few MB. Twice as wide, extracting the samples and corpus PDFs
 * ran about 40% fewer collections (157 → 90) and 6–12% less CPU (medians on the loaded shared
 * machine). Capped at 1/16 of the heap limit, so a small limit still holds mostly old objects.
 */
export const youngSpaceMb = (maxHeapMb: number): number => Math.max(1, Math.min(MAX_SEMI_SPACE_MB, Math.floor(maxHeapMb / 16)));

/**
 * The V8 flags of a helper process with a heap limit of `maxHeapMb` (none without one). A heap limit
 * below 2 GiB makes V8 grow the heap slowly: pdf.js's helper then ran 3× as many full collections
 * as in a process without one (about a fifth more CPU per PDF). The growing factor of an unlimited
 * heap (4×) is restored; the limit itself is unchanged. The young generation is widened too
 * (`youngSpaceMb`). `npm run bench` runs its text floor under the same flags (a fair floor).
 */
export const helperExecArgv = (maxHeapMb: number | undefined): string[] =>
  maxHeapMb ? [`--max-old-space-size=${maxHeapMb}`, '--heap-growing-percent=300', `--max-semi-space-size=${youngSpaceMb(maxHeapMb)}`, `--interrupt-budget=${INTERRUPT_BUDGET}`] : [];

/**
 * V8's interrupt budget in a helper (`--interrupt-budget`, Node 20's default 67 584: the bytecode
 * a function runs between looks at whether to optimize it), 16× the default. A helper's optimized
 * code does not outlive a full collection (docs/development.md, 31st/32nd passes): TurboFan compiled
 * ~340 functions again per pass of the 11 bench PDFs (~0.6× the text floor's CPU, on other threads);
 * with this budget only the hotter ones are compiled (8×: perf40, 2026-12-04; 16×: perf44,
 * 2026-12-05, helper CPU per bench PDF interleaved with 8× and 32× builds: 16× the lowest).
 */
export const INTERRUPT_BUDGET = 16 * 67_584;

/**
 * `child_process.fork`, loaded at the first fork: the module brings ~40 of Node's internal modules
 * (net, dgram, streams), which a process that never forks (`xxgk extract` on a small text file,
 * which loads this module with the extraction stages) does not need.
 */
const loadFork = (): typeof Fork => (createRequire(import.meta.url)('node:child_process') as { fork: typeof Fork }).fork;

/**
 * Forks `file` (an ES module that talks over `process.send` / `process.on('message')`), with `args`.
 * The child does not keep the parent alive, and exits when the parent goes away.
 */
export function forkChild(file: string, handlers: { message: (m: unknown) => void; exit: (reason: string) => void }, opts: { maxHeapMb?: number; args?: readonly string[] } = {}): Child {
  const execArgv = helperExecArgv(opts.maxHeapMb);
  const child = loadFork()(file, [...(opts.args ?? [])], { serialization: 'advanced', execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let ended = false;
  forwardStderr(child.stderr);
  child.on('message', handlers.message);
  child.on('exit', (code, signal) => {
    if (ended) return;
    ended = true;
    handlers.exit(signal ? `killed by ${signal}` : `exited with code ${code}`);
  });
  child.on('error', (error) => {
    if (ended) return;
    ended = true;
    handlers.exit(error.message);
  });
  child.unref();
  child.channel?.unref();
  return {
    pid: child.pid,
    // The caller keeps itself alive while it waits (its budget timer does): the channel does not.
    send: (m) => child.send(m as never),
    kill: () => {
      ended = true;
      child.kill('SIGKILL');
    },
  };
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on Linux whatever the kernel's HZ). */
const USER_HZ = 100;

/**
 * CPU time (user + system, ms) the process `pid` has used, from /proc/<pid>/stat; undefined where
 * there is no /proc (not Linux) or the process is gone.
 */
export function cpuTimeMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // Fields after the command name (which may hold spaces, in parentheses): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / USER_HZ : undefined;
  } catch {
    return undefined;
  }
}

/**
 * In a forked child (see `job-runner.ts`): says it is ready once loaded, then answers each
 * `{ id, message, skip }` with `{ id, reply }`, reporting the watched stages it enters on the way
 * as `{ id, stage }` and the time it asks for beyond its budget as `{ id, extendMs }` (`stages.ts`;
 * `skip`: the stages that stalled in earlier runs of the job);
 * the child ends when the parent goes away.
 */
export function serveParent(handle: (message: unknown) => Promise<unknown>): void {
  process.on('disconnect', () => process.exit(0));
  process.on('message', (m) => {
    const { id, message, skip } = m as { id: number; message: unknown; skip?: { stage: string; ms: number }[] };
    // Sent at once (the IPC pipe is written synchronously when idle): a stage that then blocks the thread is still known to the parent.
    watchJob(
      {
        stage: (stage) => process.send?.({ id, stage } satisfies StageMessage as never),
        extend: (extendMs) => process.send?.({ id, extendMs } satisfies BudgetMessage as never),
      },
      skip,
    );
    void handle(message).then((reply) => {
      watchJob(null);
      process.send?.({ id, reply } as never);
    });
  });
  process.send?.({ ready: true } as never);
}
