/**
 * @file The document's work budget in the calling process: a cooperative deadline. A small text or
 * HTML input is extracted in the caller's thread (`isolate.ts`), where no timer can stop a
 * synchronous loop, so the hot loops of every search call `tick()`: a decrement and a test, and
 * every CHECK_EVERY steps a look at the clock and at the document's step count. When the
 * document's time (`timeoutMs`) or its steps (MAX_DOCUMENT_STEPS) are spent, `tick` throws
 * E_TIMEOUT and the extraction fails: a search is never cut short by the clock into a result, so
 * no value's reading or confidence depends on how busy the machine is. (What a search may give up
 * on and still output — ambiguous or missing, never a guess — is its own step cap, counted in
 * steps: `solve/work.ts`, `MAX_SEGMENT_STEPS`, `MAX_ALIGN_NODES`, … Those stay deterministic.)
 * Once spent, every later `tick` throws again and the extraction's end turns whatever it was
 * about to return or throw into that E_TIMEOUT (`runBudgeted`), so a step that catches errors
 * cannot turn the stop into a result. Outside a budgeted extraction (`runBudgeted` not on the
 * async stack) `tick` only counts.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { XxgkError } from '../errors.js';
import { clearLastLap, lastLap } from './stage-clock.js';

/** Steps between two looks at the clock: a look (Date.now and a context lookup) costs ~100 steps' worth. */
export const CHECK_EVERY = 4096;
/**
 * Steps one document may take in all (every `tick` counts one, or the `n` given), in any mode: a
 * deterministic stop for an input that would run away, whatever the machine. The most a real
 * document took (the corpus, samples and the testers' PDFs, scripts/bench-budget.mjs) is far below it.
 */
export const MAX_DOCUMENT_STEPS = 2_000_000_000;

/** One document's budget. */
export interface WorkBudget {
  /** ms since the epoch (Date.now) after which the document is stopped; Infinity: no clock. */
  readonly deadline: number;
  /** The budget in ms, for the message. */
  readonly timeoutMs: number;
  /** Most steps. */
  readonly maxSteps: number;
  /** Steps counted so far (to the last look at the clock). */
  steps: number;
  /** Set when the budget ran out: the reason, quoted by every E_TIMEOUT it throws. */
  spent: string | null;
}

/**
 * The budgets of documents started while another budgeted extraction was running in this process
 * (concurrent in-thread extractions): each found through the async context. AsyncLocalStorage in
 * Node 20 installs promise hooks for the whole process at its first `run`, and every promise
 * created from then on (pdf.js makes thousands per document) pays them, so a document started
 * alone — a helper or batch worker's only document, or a caller's single extraction — does not
 * enter it: its budget is `solo`.
 */
const scope = new AsyncLocalStorage<WorkBudget>();
/** The budget of the document started when no other was running (found without the async context). */
let solo: WorkBudget | undefined;
/** Budgeted extractions running in this process. */
let running = 0;
let countdown = CHECK_EVERY;
/** Steps counted in this process, budgeted or not (tests and the bench read it). */
let totalSteps = 0;
let stepLimitOverride: number | null = null;

/** Counts `n` steps of the running document; throws E_TIMEOUT when its budget is spent (see the file comment). */
export function tick(n = 1): void {
  if ((countdown -= n) > 0) return;
  look();
}

/** The look every CHECK_EVERY steps. */
function look(): void {
  const done = CHECK_EVERY - countdown;
  countdown = CHECK_EVERY;
  totalSteps += done;
  const b = current();
  if (!b) return;
  b.steps += done;
  if (b.spent === null) {
    if (b.steps > b.maxSteps) b.spent = `its work budget of ${b.maxSteps} steps was spent`;
    else if (Date.now() > b.deadline) b.spent = `no result within its budget of ${b.timeoutMs} ms`;
    else return;
  }
  throw timeoutError(b);
}

function timeoutError(b: WorkBudget): XxgkError {
  const stage = lastLap();
  return new XxgkError('E_TIMEOUT', `document stopped in this process: ${b.spent}${stage ? ` (after the stage '${stage}')` : ''}`);
}

/** Steps counted in this process so far (every `tick`, to the last look). */
export function stepsCounted(): number {
  return totalSteps + (CHECK_EVERY - countdown);
}

/** Tests: documents started from now on may take at most `steps` steps (null: MAX_DOCUMENT_STEPS). */
export function setStepLimitForTests(steps: number | null): void {
  stepLimitOverride = steps;
}

/**
 * Runs `work` (one document's extraction) under a budget of `timeoutMs` (Infinity: steps only).
 * When the budget was spent — a `tick` threw, or the work ended past its deadline — the outcome is
 * E_TIMEOUT whatever `work` returned or threw.
 */
export async function runBudgeted<T>(timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const b: WorkBudget = { deadline: Date.now() + timeoutMs, timeoutMs, maxSteps: stepLimitOverride ?? MAX_DOCUMENT_STEPS, steps: 0, spent: null };
  let out: T;
  clearLastLap();
  const alone = running === 0;
  running++;
  if (alone) solo = b;
  try {
    out = await (alone ? work() : scope.run(b, work));
  } catch (error) {
    if (b.spent !== null) throw timeoutError(b);
    throw error;
  } finally {
    running--;
    if (alone) solo = undefined;
  }
  if (b.spent === null && Date.now() > b.deadline) b.spent = `no result within its budget of ${b.timeoutMs} ms`;
  if (b.spent !== null) throw timeoutError(b);
  return out;
}

/** The budget of the extraction running here, if any (the trace reports its steps). */
export function currentBudget(): WorkBudget | undefined {
  return current();
}

/** The running document's budget: its async context's when it has one (started beside another), else the lone document's. */
function current(): WorkBudget | undefined {
  return running === 0 ? undefined : (scope.getStore() ?? solo);
}
