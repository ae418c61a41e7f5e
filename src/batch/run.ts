/**
 * @file runBatch: every file of the list on a worker pool, each document appended to results.jsonl
 * as it finishes; then results.csv, summary.json and the exports. Resumable: documents already in
 * results.jsonl (by content hash) are skipped unless `force`.
 */
import { availableParallelism } from 'node:os';
import { appendFile, rm } from 'node:fs/promises';
import { makeDir } from '../_internal/make-dir.js';
import { join } from 'node:path';
import { writeFileAtomic, writingTo } from '../_internal/atomic-write.js';
import { applyCorrections, type CorrectionSet } from '../corrections/index.js';
import { DEFAULT_MAX_HEAP_MB } from '../options.js';
import type { Report } from '../schema/report.js';
import { compactJsonl, previousRecords, rowsOfRun } from './jsonl.js';
import { writeBatchOutputs, type OutputOptions } from './outputs.js';
import { ExtractPool } from './pool.js';
import { Progress, type ProgressStream } from './progress.js';
import { nameDocuments, type PathOutcome } from './documents.js';
import type { BatchRecord } from './records.js';
import { runPath, type RunState } from './run-path.js';
import { countByExtension } from './list-inputs.js';
import { writeCsv } from './results-csv.js';
import { summarize, type BatchSummary } from './summary.js';
import { pushAll } from '../_internal/extremes.js';

/** Hidden entries named in summary.json (the count says how many there were). */
const HIDDEN_LISTED = 20;

export interface BatchOptions extends OutputOptions {
  out: string;
  /** Re-extract documents already in results.jsonl. */
  force?: boolean;
  /**
   * Re-extract the documents that failed in an earlier run (those read are kept): after a fix, a
   * larger `timeoutMs`, OCR or an `encoding`. Not the default: a resume after a kill would redo
   * every failure, time-outs (a whole budget each) included.
   */
  retryFailed?: boolean;
  /** Worker threads; 0 runs in this thread. @default cores, at most 8 */
  workers?: number;
  /** Budget per document, ms. */
  timeoutMs?: number;
  /**
   * OCR of PDF pages without text. Off by default in a batch: OCR takes ~20–40 s a page, far over
   * the default per-document budget; turn it on with a budget to match. @default 'off'
   */
  ocr?: 'auto' | 'off' | 'force';
  /** Undecodable PDF text layers solved as a cipher of glyph codes (`--decipher`, see ExtractOptions). @default false */
  decipher?: boolean;
  /** Text encoding of every text and HTML input (`--encoding`): skips detection. @default 'auto' */
  encoding?: string;
  /** V8 heap per worker, MiB. */
  maxHeapMb?: number;
  /** Progress output (stderr in the CLI); none when absent. */
  progress?: ProgressStream;
  /** Called after each document with the count done and the RSS (bytes) of the process that extracted it. */
  onDocument?: (done: number, rss: number | undefined) => void;
  /** Stops dispatching new documents when aborted (Ctrl-C); finished results are kept. */
  signal?: AbortSignal;
  /** Values set by people (`--corrections FILE`): applied to each report of those documents. */
  corrections?: CorrectionSet;
  /** Agency name aliases for the cross-year links (`--aliases FILE`, see `agency-name.ts`). */
  aliases?: ReadonlyMap<string, string>;
  /** Files the input folders held that are not of a kind read (`listInputs`): counted in summary.json. */
  notRead?: readonly string[];
  /** Hidden files and folders the input folders held (`listInputs`), not walked nor read: counted in summary.json. */
  hidden?: readonly string[];
}

/** Counts corrections applied and rejected over a run. */
function correctionsTracker(set: CorrectionSet | undefined): { correct: (r: Report) => Report; result: NonNullable<BatchSummary['corrections']> } {
  const result: NonNullable<BatchSummary['corrections']> = { applied: 0, rejected: [] };
  const correct = (report: Report): Report => {
    if (!set) return report;
    const r = applyCorrections(report, set);
    result.applied += r.applied.length;
    pushAll(result.rejected, r.rejected.map((x) => ({ sha256: x.correction.sha256, key: x.correction.key, reason: x.reason })));
    return r.report;
  };
  return { correct, result };
}

/** Opens results.jsonl for this run: emptied with `force`, a cut last line dropped; returns the earlier records. */
async function openJsonl(out: string, jsonl: string, force: boolean | undefined): Promise<Map<string, BatchRecord>> {
  return writingTo(out, async () => {
    await makeDir(out);
    if (force) await rm(jsonl, { force: true });
    const previous = await previousRecords(jsonl);
    // A run with nothing to do (a shard that drew no file) still leaves its results.jsonl, so that
    // `merge` and other readers find every shard's output.
    await appendFile(jsonl, '');
    return previous;
  });
}

/** Writes results.csv, summary.json and the exports of a finished run; returns its documents and summary. */
async function finishRun(s: RunState, t0: number, corrections: NonNullable<BatchSummary['corrections']>): Promise<{ rows: BatchRecord[]; summary: BatchSummary }> {
  const { opts, jsonl } = s;
  const named = nameDocuments(s.files, s.paths, s.records);
  // A document extracted again (--retry-failed, corrections) has its earlier line too: one line per document, as in results.csv.
  await compactJsonl(jsonl);
  await writeCsv(jsonl, join(opts.out, 'results.csv'), named.fileOf);
  const summary = summarize(named.records, { skipped: s.skipped, ...(s.skippedFailed ? { skippedFailed: s.skippedFailed } : {}), interrupted: Boolean(opts.signal?.aborted), workers: s.pool.size, ms: Math.round(performance.now() - t0) }, opts.aliases);
  if (opts.corrections) {
    const seen = new Set(named.records.map((r) => r.sha256));
    for (const [sha256, list] of opts.corrections) if (!seen.has(sha256)) pushAll(corrections.rejected, list.map((c) => ({ sha256, key: c.key, reason: 'no document of this batch has this sha256' })));
    summary.corrections = corrections;
  }
  if (opts.notRead?.length) summary.notRead = { files: opts.notRead.length, byExtension: countByExtension(opts.notRead) };
  if (opts.hidden?.length) summary.hidden = { entries: opts.hidden.length, first: [...opts.hidden].sort().slice(0, HIDDEN_LISTED) };
  await writeFileAtomic(join(opts.out, 'summary.json'), `${JSON.stringify(summary, null, 1)}\n`);
  await writeBatchOutputs(opts.out, rowsOfRun(jsonl, named.fileOf), summary, opts);
  return { rows: named.records, summary };
}

/**
 * Runs a batch over `files`; returns what it kept of each document (done now or earlier, one
 * record per content: see `documents.ts`) and the summary written. The reports themselves are in
 * results.jsonl (`readRows`).
 */
export async function runBatch(files: readonly string[], opts: BatchOptions): Promise<{ rows: BatchRecord[]; summary: BatchSummary }> {
  const t0 = performance.now();
  const jsonl = join(opts.out, 'results.jsonl');
  const done = await openJsonl(opts.out, jsonl, opts.force);
  const pool = new ExtractPool({ workers: opts.workers ?? Math.min(availableParallelism(), 8), maxHeapMb: opts.maxHeapMb ?? DEFAULT_MAX_HEAP_MB });
  const corrections = correctionsTracker(opts.corrections);
  const state: RunState = {
    files, opts, jsonl, pool, done,
    progress: opts.progress ? new Progress(opts.progress, files.length) : null,
    paths: new Array<PathOutcome | undefined>(files.length),
    records: new Map(),
    claimed: new Map(),
    correct: corrections.correct,
    skipped: 0,
    skippedFailed: 0,
    finished: 0,
    writes: Promise.resolve(),
    outputFailed: false,
  };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length && !opts.signal?.aborted && !state.outputFailed) await runPath(state, next++);
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, pool.size) }, worker));
  } finally {
    await pool.close();
    state.progress?.finish();
  }
  return finishRun(state, t0, corrections.result);
}
