/**
 * @file Where an extraction's time goes, stage by stage (`npm run bench`'s stage table). The code
 * marks the end of each stage with `lap(name)`: the CPU time since the previous lap is added to that
 * stage. Off unless `startClock` was called in this thread (a lap is then one test of a null), so
 * extractions outside the bench pay nothing. CPU time of the whole process (`process.cpuUsage`:
 * pdf.js's in-thread worker and the GC threads included), which a loaded machine moves far less
 * than wall time. Work on another thread of the process is charged to whatever lap ends next: with
 * pdf.js on a thread of its own (removed 2026-12-03) its parse of the next page came out as the
 * 'struck, tiny text' stage (0.19× the floor; in one thread that stage is 0.003×).
 */

let laps: Map<string, number> | null = null;
let last = 0;
/** The stage the last lap ended (named in an E_TIMEOUT: `work-budget.ts`). */
let ended: string | null = null;

/** Forgets the stage the last lap ended (a new document starts). */
export function clearLastLap(): void {
  ended = null;
}

/** The stage the last `lap` ended, timed or not. */
export function lastLap(): string | null {
  return ended;
}

/** ms of CPU time this process has used. */
function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** Starts timing stages (laps from now on are counted). */
export function startClock(): void {
  laps = new Map();
  last = cpuMs();
}

/** Ends the stage `stage`: the CPU time since the previous lap (or `startClock`) is added to it. */
export function lap(stage: string): void {
  ended = stage;
  if (!laps) return;
  const now = cpuMs();
  laps.set(stage, (laps.get(stage) ?? 0) + now - last);
  last = now;
}

/** Stops timing: ms of CPU time per stage, in the order the stages first ended. */
export function stopClock(): Map<string, number> {
  const done = laps ?? new Map<string, number>();
  laps = null;
  return done;
}
