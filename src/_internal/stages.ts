/**
 * @file Watched stages: the parts of a job spent inside third-party code that can loop for ever on
 * hostile input (pdf.js reading one page of a broken PDF: a Type1 font whose Subrs index is near
 * 2³² spins it inside a V8 builtin, blocking the thread, so no timer of the helper process can
 * fire). The helper says when it enters and leaves such a stage; the job runner in the parent
 * kills a helper stuck in one stage for longer than `stageStallMs` and runs the job again in a
 * fresh helper, with that stage on the job's skip list (`job-runner.ts`). The code that marks a
 * stage asks `skipped(stage)` first and, when it is, does without (a PDF page: left out, named in a
 * warning). Outside a helper process (jest, `workers: 0`) marking is a no-op and nothing is skipped.
 */

/** What the child sends its parent, besides answers: `stage` null when it leaves a watched stage. */
export interface StageMessage {
  id: number;
  stage: string | null;
}

let sink: ((stage: string | null) => void) | null = null;
let skip: ReadonlyMap<string, number> = new Map();

/** Called by `serveParent` around each job: where to report stages, and the stages to skip (with the stall limit that skipped them). */
export function watchJob(report: ((stage: string | null) => void) | null, skips: readonly { stage: string; ms: number }[] = []): void {
  sink = report;
  skip = new Map(skips.map((s) => [s.stage, s.ms]));
}

/** Enters a watched stage (`null`: leaves it). `stage` names it for people: 'page 3'. */
export function enterStage(stage: string | null): void {
  sink?.(stage);
}

/** When `stage` stalled in an earlier run of this job: the stall limit it overran (ms), else undefined. */
export function skippedStage(stage: string): number | undefined {
  return skip.get(stage);
}

/**
 * ms. No stage is abandoned sooner: 2.5× the slowest page pdf.js read (text + operators) over
 * the samples and the shared corpus, 4.0 s (a first page, loading fonts and CMaps), measured on
 * the shared 2-core machine at a load of 15; the median page took 0.1–0.6 s.
 */
export const MIN_STAGE_STALL_MS = 10_000;

/**
 * ms. The limit once a stage of the job has stalled: a document pdf.js looped on once usually
 * loops again on its other pages (a broken font they share), and at the first limit each would
 * cost the budget. 5× the slowest page after the first one measured as above (0.8 s), and as
 * long as the slowest first page.
 */
export const REPEAT_STAGE_STALL_MS = 4_000;

/**
 * A first stage may take up to this share of the document's budget: a bigger budget (a slow
 * machine) waits longer, and what is left after a stall pays for a fresh helper and the rest.
 */
export const STAGE_STALL_SHARE = 1 / 4;

/** ms a job with budget `timeoutMs` may stay in one watched stage, once `skipped` stages have stalled. */
export function stageStallMs(timeoutMs: number, skipped: number): number {
  return skipped === 0 ? Math.max(MIN_STAGE_STALL_MS, Math.round(timeoutMs * STAGE_STALL_SHARE)) : REPEAT_STAGE_STALL_MS;
}
