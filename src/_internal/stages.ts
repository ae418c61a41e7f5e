/**
 * @file Watched stages: the parts of a job spent inside third-party code that can loop for ever on
 * hostile input (pdf.js reading one page of a broken PDF: a Type1 font whose Subrs index is near
 * 2³² spins it inside a V8 builtin, blocking the thread, so no timer of the helper process can
 * fire). The helper says when it enters and leaves such a stage; the job runner in the parent
 * kills a helper that spends more than `stageStallMs` of CPU time in one stage and runs the job again in a
 * fresh helper, with that stage on the job's skip list (`job-runner.ts`). The code that marks a
 * stage asks `skipped(stage)` first and, when it is, does without (a PDF page: left out, named in a
 * warning). Outside a helper process (jest, `workers: 0`) marking is a no-op and nothing is skipped.
 */

/** What the child sends its parent, besides answers: `stage` null when it leaves a watched stage. */
export interface StageMessage {
  id: number;
  stage: string | null;
}

/** What the child sends its parent when its job needs more time than the budget it was given (`extendBudget`). */
export interface BudgetMessage {
  id: number;
  extendMs: number;
}

/** Where a job's stages and budget requests go (`serveParent`). */
export interface JobWatch {
  stage: (stage: string | null) => void;
  extend: (ms: number) => void;
}

let sink: JobWatch | null = null;
let skip: ReadonlyMap<string, number> = new Map();

/** Called by `serveParent` around each job: where to report stages and budget requests, and the stages to skip (with the stall limit that skipped them). */
export function watchJob(report: JobWatch | null, skips: readonly { stage: string; ms: number }[] = []): void {
  sink = report;
  skip = new Map(skips.map((s) => [s.stage, s.ms]));
}

/**
 * Adds `ms` to the running job's time budget: work whose cost is known only once the document is
 * open (a page about to be read by OCR, seconds where a text page takes milliseconds). Outside a
 * helper process (jest, `workers: 0`) nothing watches the job and nothing changes.
 */
export function extendBudget(ms: number): void {
  sink?.extend(ms);
}

/** Enters a watched stage (`null`: leaves it). `stage` names it for people: 'page 3'. */
export function enterStage(stage: string | null): void {
  sink?.stage(stage);
}

/** When `stage` stalled in an earlier run of this job: the stall limit it overran (ms), else undefined. */
export function skippedStage(stage: string): number | undefined {
  return skip.get(stage);
}

/**
 * ms of CPU time a helper may spend in its first watched stage of a job (the runner reads it from
 * /proc, so a busy machine does not make a slow page look like a loop): 5× the most pdf.js took
 * on one page (text + operators) over the samples and the shared corpus, 0.97 s (a first page,
 * loading fonts and CMaps; the median page 0.07 s), measured on the shared 2-core machine.
 */
export const STAGE_STALL_MS = 5_000;

/**
 * ms of CPU time once a stage of the job has stalled: a document pdf.js looped on once usually
 * loops again on its other pages (a broken font they share), and at the first limit each would
 * cost the budget. 3× the most a page after the first one took, measured as above (0.58 s).
 */
export const REPEAT_STAGE_STALL_MS = 2_000;

/** ms of CPU time a job may spend in one watched stage, once `skipped` of its stages have stalled. */
export function stageStallMs(skipped: number): number {
  return skipped === 0 ? STAGE_STALL_MS : REPEAT_STAGE_STALL_MS;
}
