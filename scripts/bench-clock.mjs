/** @file What the bench scripts measure with: the median of a list, CPU time (user + system) in ms of this process and of it with its child processes, and the wait that lets a run's trailing work finish. */
import { readdirSync, readFileSync } from 'node:fs';

/** The median (upper middle of an even count) of `xs`. */
export const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU ms used by this process so far (every thread). */
export const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ). */
const USER_HZ = 100;

/**
 * CPU ms of every thread of process `pid`: /proc schedstat (nanoseconds) per thread, or the
 * process's /proc stat ticks (10 ms) where the kernel keeps no schedstat; 0 when it is gone.
 */
function processCpuMs(pid) {
  let ns = 0;
  let read = 0;
  try {
    for (const t of readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(readFileSync(`/proc/${pid}/task/${t}/schedstat`, 'utf8').split(' ')[0]);
        read++;
      } catch {
        // thread ended, or no schedstat
      }
    }
    if (read > 0) return ns / 1e6;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / USER_HZ;
  } catch {
    return 0; // process ended
  }
}

/** Child process ids of this process (Linux); [] elsewhere. */
function childPids() {
  try {
    return readdirSync('/proc/self/task').flatMap((t) => readFileSync(`/proc/self/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
  } catch {
    return [];
  }
}

/**
 * CPU ms of this process and its child processes (helpers, batch workers), every thread of each:
 * V8's background threads (concurrent marking and sweeping, parallel scavenges, optimizing
 * compiles) are a third of a PDF helper's CPU. Nanosecond counters on Linux (/proc schedstat; the
 * /proc stat ticks are 10 ms, a tenth of a small PDF); this process only elsewhere.
 */
export const treeCpuMs = () => cpuMs() + childPids().reduce((sum, pid) => sum + processCpuMs(pid), 0);

/** ms between two looks at the CPU counters while a run's trailing work finishes. */
const SETTLE_STEP_MS = 100;
/** CPU ms below which one step counts as quiet (the bench's own polling costs well under this). */
const SETTLE_QUIET_MS = 1;
/** ms. The longest wait for quiet. */
const SETTLE_MAX_MS = 2000;

/** Quiet steps in a row that end the wait (a loaded machine may leave a thread with work unscheduled for one step). */
const SETTLE_QUIET_STEPS = 2;

/**
 * Waits until this process and its children stop using CPU (SETTLE_QUIET_STEPS steps of
 * SETTLE_STEP_MS in a row each add under SETTLE_QUIET_MS, or SETTLE_MAX_MS passed) and returns the CPU ms they used meanwhile. A run that
 * returns leaves work behind — V8 sweeping and marking on background threads, the collection of
 * its garbage: 0.2× the text floor's own CPU after a floor run in this process, ~8 % of a helper's
 * after an extraction (2026-12-04) — which was charged to whichever run came next (the floor's
 * garbage to the default mode, the helper's to the batch worker); each run is now charged its own.
 */
export async function settleCpuMs(cpu = treeCpuMs) {
  const c0 = cpu();
  let last = c0;
  let quiet = 0;
  for (let waited = 0; waited < SETTLE_MAX_MS && quiet < SETTLE_QUIET_STEPS; waited += SETTLE_STEP_MS) {
    await new Promise((r) => setTimeout(r, SETTLE_STEP_MS));
    const now = cpu();
    quiet = now - last < SETTLE_QUIET_MS ? quiet + 1 : 0;
    last = now;
  }
  return last - c0;
}
