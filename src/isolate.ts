/**
 * @file `extract` out of process, for every format. Parsers run on the calling thread, and hostile
 * documents trap them: pdf.js in a loop inside a V8 builtin that neither a promise timeout nor
 * `Worker.terminate()` can stop, a page nested 100 000 levels deep, a 10 MB line, a .docx that
 * inflates to gigabytes. So `extract` sends the bytes to a long-lived helper process (the shared
 * job runner) that is killed when the document's budget (`timeoutMs`) runs out (E_TIMEOUT) or when
 * it reaches its heap limit (`maxHeapMb`, E_TOO_LARGE); the next document gets a fresh one.
 *
 * Small text and HTML inputs are the exception (`inlineBounded`): every stage is linear in the
 * input or has its own budget (the HTML parser keeps at most 512 open elements, lines at most
 * MAX_LINE_CELLS cells, tables at most MAX_TABLE_ROWS rows, spans MAX_SLOTS, the solver and the
 * stream search their combination and node budgets), so at up to INLINE_MAX_BYTES the work is
 * bounded, and measured (`scripts/bench-inline.mjs`: hostile shapes filled to the limit, each in a
 * fresh process): at most 4.4 s and 105 MiB peak RSS on the loaded 2-core machine, against ~0.3 s
 * for a 3 KB report. Such an input is extracted in this process when its budget is at least
 * INLINE_MIN_TIMEOUT_MS and INLINE_MIN_HEAP_MB (a promise timer still bounds its waits, and the
 * document's work budget its synchronous loops: the searches tick it and stop the document with
 * E_TIMEOUT once `timeoutMs` has passed, `_internal/work-budget.ts`): a helper
 * process costs a second Node start and a second load of every stage, which made a cold start
 * 5–6× `node -e 0` (in process: ~2.5×). Larger inputs, .docx (an archive can inflate to far more
 * than its size), PDF and smaller budgets go to the helper.
 *
 * A page on which pdf.js loops (it blocks the helper's thread) is skipped rather than costing the
 * whole document: the runner kills a helper that spends `stageStallMs` of CPU time in one page and reads the
 * document again without it (`_internal/stages.ts`); the page is named in a warning.
 *
 * Isolation is skipped where it cannot or need not be had: without the compiled child script
 * (running from the TypeScript sources: jest) and inside helper processes, which their parent
 * kills from outside (`setIsolated(true)`: the batch pool's workers, this module's own child).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JobRunner } from './_internal/job-runner.js';
import { stageStallMs } from './_internal/stages.js';
import { OCR_PAGE_BUDGET_MS } from './options-defaults.js';
import { XxgkError, type ErrorCode } from './errors.js';
import { sniffKind } from './load/sniff.js';
import type { ExtractTrace } from './extract.js';
import type { ResolvedOptions } from './options.js';
import type { Report } from './schema/report.js';

const CHILD_FILE = fileURLToPath(new URL('./isolate-worker.js', import.meta.url));

/** What the helper is sent. */
export interface IsolateJob {
  bytes: Uint8Array;
  opts: ResolvedOptions;
  /**
   * false: the reply leaves the trace out (`extract` drops it): the lines and table rows of every
   * stage cost as much to serialise, send and rebuild here as the report itself.
   */
  withTrace?: boolean;
}

/** What the helper answers. */
export type IsolateReply = { result: { report: Report; trace?: ExtractTrace } } | { error: { code: ErrorCode; message: string } };

/**
 * bytes. Text and HTML inputs up to this size are extracted in the calling process (see above):
 * most text dumps and article pages of real reports (3–60 KB) are below it.
 */
export const INLINE_MAX_BYTES = 64 * 1024;
/**
 * ms. The smallest budget the in-process path accepts: 4.5× the worst time measured at
 * INLINE_MAX_BYTES (4.4 s, on a loaded machine), so a budget this size cannot run out there.
 */
export const INLINE_MIN_TIMEOUT_MS = 20_000;
/** MiB. The smallest heap limit the in-process path accepts: over twice the worst peak RSS measured (105 MiB, heap included). */
export const INLINE_MIN_HEAP_MB = 256;

/**
 * True when `bytes` can be extracted in this process within its budget: text or HTML (as sniffed,
 * or as `format` says) of at most INLINE_MAX_BYTES, with a budget of at least
 * INLINE_MIN_TIMEOUT_MS and INLINE_MIN_HEAP_MB. An input the sniffer refuses is refused at once
 * either way (it is not read further).
 */
export function inlineBounded(bytes: Uint8Array, opts: ResolvedOptions): boolean {
  if (bytes.length > INLINE_MAX_BYTES || opts.timeoutMs < INLINE_MIN_TIMEOUT_MS || opts.maxHeapMb < INLINE_MIN_HEAP_MB) return false;
  let kind: string;
  try {
    kind = opts.format === 'auto' ? sniffKind(bytes, opts.name ?? 'input') : opts.format;
  } catch {
    return true;
  }
  return kind === 'text' || kind === 'html' || kind === 'csv' || kind === 'json';
}

let isolated = false;
/** One runner (one helper process) per heap limit asked for. */
const runners = new Map<number, JobRunner<IsolateJob, IsolateReply>>();

/** Marks this process as a helper already stopped from outside: no helper of its own, no in-process timer. */
export function setIsolated(on: boolean): void {
  isolated = on;
}

/** How `extract` should run here: in a helper process, in this process under its parent's watch, or with an in-process timer. */
export function isolationMode(): 'child' | 'watched' | 'timer' {
  if (isolated) return 'watched';
  return existsSync(CHILD_FILE) ? 'child' : 'timer';
}

/** The helper for a heap limit, made on first use. */
function runnerFor(maxHeapMb: number): JobRunner<IsolateJob, IsolateReply> {
  let runner = runners.get(maxHeapMb);
  if (!runner) runners.set(maxHeapMb, (runner = new JobRunner({ file: CHILD_FILE, slots: 1, maxHeapMb })));
  return runner;
}

/**
 * Starts the helper for `maxHeapMb` now, for an input that will go to it (the CLI, before it loads
 * its command): the helper's Node start and module loading then overlap the caller's instead of
 * following them. The next `extract` with that heap limit uses it; unused, it ends with this process.
 * `pdf`: the input is a PDF, so the helper loads pdf.js while it waits for it (`PRELOAD_PDF`).
 */
export function prestartHelper(maxHeapMb: number, pdf = false): void {
  if (isolationMode() === 'child') runnerFor(maxHeapMb).warm(pdf ? [PRELOAD_PDF] : []);
}

/**
 * The helper's argument that makes it load pdf.js (its two modules and the draw-code probe,
 * `load-pdf.ts` `preloadPdf`) as soon as it is ready, before its first document arrives: a helper
 * started early for a PDF (`prestartHelper`) otherwise waits idle for the caller and then loads
 * them in the document's time. The same loading, only earlier.
 */
export const PRELOAD_PDF = '--preload-pdf';

/** '60000 ms (timeoutMs)', or with pages read by OCR '300000 ms (timeoutMs 60000 + 2 pages read by OCR)'. */
export function budgetWords(timeoutMs: number, budgetMs = timeoutMs): string {
  const ocrPages = Math.round((budgetMs - timeoutMs) / OCR_PAGE_BUDGET_MS);
  return ocrPages > 0 ? `${budgetMs} ms (timeoutMs ${timeoutMs} + ${ocrPages} page${ocrPages > 1 ? 's' : ''} read by OCR)` : `${timeoutMs} ms (timeoutMs)`;
}

/** ' (in: pdf.js reading page 2)': where a killed helper was, when it was in a watched stage. */
export const stoppedIn = (stage: string | undefined): string => (stage ? ` (in: ${stage})` : '');

/**
 * Extracts `bytes` in the helper process; the budget and the heap limit are enforced by killing it.
 * `withTrace` false: no trace comes back (see IsolateJob).
 */
export async function extractInChild(bytes: Uint8Array, opts: ResolvedOptions, withTrace = true): Promise<{ report: Report; trace?: ExtractTrace }> {
  const o = await runnerFor(opts.maxHeapMb).run({ bytes, opts, withTrace }, opts.timeoutMs, stageStallMs);
  const name = opts.name ?? 'input';
  if (o.ok) {
    if ('result' in o.value) return o.value.result;
    throw new XxgkError(o.value.error.code, o.value.error.message);
  }
  if (o.kind === 'timeout') throw new XxgkError('E_TIMEOUT', `${name}: no result within ${budgetWords(opts.timeoutMs, o.budgetMs)}; the extraction was stopped${stoppedIn(o.stage)}`);
  if (o.kind === 'memory') throw new XxgkError('E_TOO_LARGE', `${name}: the extraction went over its memory limit of ${opts.maxHeapMb} MiB (maxHeapMb) and was stopped`);
  throw new XxgkError('E_INTERNAL', `${name}: the extraction process ${o.reason}`);
}
