/**
 * @file runBatch: every file of the list on a worker pool, each document appended to results.jsonl
 * as it finishes; then results.csv, summary.json and the exports. Resumable: documents already in
 * results.jsonl (by content hash) are skipped unless `force`.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic, writingTo } from '../_internal/atomic-write.js';
import { applyCorrections, type CorrectionSet } from '../corrections/index.js';
import { DEFAULT_MAX_HEAP_MB, DEFAULT_TIMEOUT_MS } from '../options.js';
import type { Report } from '../schema/report.js';
import { previousRecords, rowsOfRun } from './jsonl.js';
import { writeBatchOutputs, type OutputOptions } from './outputs.js';
import { ExtractPool } from './pool.js';
import { Progress, type ProgressStream } from './progress.js';
import { nameDocuments, type PathOutcome } from './documents.js';
import { recordOf, type BatchRecord, type BatchRow } from './records.js';
import { writeCsv } from './results-csv.js';
import { summarize, type BatchSummary } from './summary.js';

export interface BatchOptions extends OutputOptions {
  out: string;
  /** Re-extract documents already in results.jsonl. */
  force?: boolean;
  /** Worker threads; 0 runs in this thread. @default cores, at most 8 */
  workers?: number;
  /** Budget per document, ms. */
  timeoutMs?: number;
  /**
   * OCR of PDF pages without text. Off by default in a batch: OCR takes ~20–40 s a page, far over
   * the default per-document budget; turn it on with a budget to match. @default 'off'
   */
  ocr?: 'auto' | 'off' | 'force';
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
}

/** Counts corrections applied and rejected over a run. */
function correctionsTracker(set: CorrectionSet | undefined): { correct: (r: Report) => Report; result: NonNullable<BatchSummary['corrections']> } {
  const result: NonNullable<BatchSummary['corrections']> = { applied: 0, rejected: [] };
  const correct = (report: Report): Report => {
    if (!set) return report;
    const r = applyCorrections(report, set);
    result.applied += r.applied.length;
    result.rejected.push(...r.rejected.map((x) => ({ sha256: x.correction.sha256, key: x.correction.key, reason: x.reason })));
    return r.report;
  };
  return { correct, result };
}

/** Opens results.jsonl for this run: emptied with `force`, a cut last line dropped; returns the earlier records. */
async function openJsonl(out: string, jsonl: string, force: boolean | undefined): Promise<Map<string, BatchRecord>> {
  return writingTo(out, async () => {
    await mkdir(out, { recursive: true });
    if (force) await rm(jsonl, { force: true });
    const previous = await previousRecords(jsonl);
    // A run with nothing to do (a shard that drew no file) still leaves its results.jsonl, so that
    // `merge` and other readers find every shard's output.
    await appendFile(jsonl, '');
    return previous;
  });
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
  const progress = opts.progress ? new Progress(opts.progress, files.length) : null;
  const paths: (PathOutcome | undefined)[] = new Array(files.length);
  const records = new Map<string, BatchRecord>();
  const claimed = new Map<string, Promise<BatchRecord>>();
  const corrections = correctionsTracker(opts.corrections);
  let skipped = 0;
  let finished = 0;
  let writes = Promise.resolve();
  let next = 0;
  let outputFailed = false;
  const worker = async (): Promise<void> => {
    while (next < files.length && !opts.signal?.aborted && !outputFailed) {
      const i = next++;
      const file = files[i]!;
      const read = await readFile(file).catch((error: Error) => error);
      if (read instanceof Error) {
        // Gone or unreadable since it was listed: recorded, not fatal to the batch.
        paths[i] = { unreadable: { file, sha256: '', ok: false, ms: 0, error: { code: 'E_INPUT_NOT_FOUND', message: `${file}: ${read.message}` } } };
        progress?.tick(file, { ok: false, code: 'E_INPUT_NOT_FOUND' });
        continue;
      }
      const bytes = new Uint8Array(read);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      paths[i] = { sha256 };
      // The same bytes under another path of this run: one document, extracted once (`documents.ts`).
      // Checked and claimed with no await in between, so two copies read at once are extracted once.
      const same = claimed.get(sha256);
      if (same) {
        progress?.tick(file, { ok: (await same).ok, skipped: 'duplicate' });
        continue;
      }
      // Done in an earlier run: not extracted again, unless it has corrections (now or in its earlier
      // line): then it is extracted again and corrected afresh.
      const prev = done.get(sha256);
      if (prev && !opts.corrections?.has(sha256) && !(opts.corrections && prev.corrected)) {
        claimed.set(sha256, Promise.resolve(prev));
        records.set(sha256, prev);
        skipped++;
        progress?.tick(file, { ok: prev.ok, skipped: 'earlier' });
        continue;
      }
      let settle: (r: BatchRecord) => void = () => undefined;
      claimed.set(sha256, new Promise((resolve) => (settle = resolve)));
      const result = await pool.run({ id: i, name: file.split('/').pop() ?? file, bytes, timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, ...(opts.ocr ? { ocr: opts.ocr } : {}) });
      const report = result.report && corrections.correct(result.report);
      const row: BatchRow = report
        ? { file, sha256, ok: true, ms: result.ms, report }
        : { file, sha256, ok: false, ms: result.ms, error: result.error ?? { code: 'E_INTERNAL', message: 'no result' } };
      records.set(sha256, recordOf(row));
      settle(records.get(sha256)!);
      // One line per append, appended in completion order by one chain: no interleaving.
      writes = writes.then(() => writingTo(jsonl, () => appendFile(jsonl, `${JSON.stringify(row)}\n`)));
      // An output that cannot be written (full disk) ends the run: no more documents are dispatched.
      await writes.catch((error: unknown) => {
        outputFailed = true;
        throw error;
      });
      progress?.tick(file, { ok: row.ok, code: row.error?.code });
      opts.onDocument?.(++finished, result.rss);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, pool.size) }, worker));
  } finally {
    await pool.close();
    progress?.finish();
  }
  const named = nameDocuments(files, paths, records);
  await writeCsv(jsonl, join(opts.out, 'results.csv'), named.fileOf);
  const summary = summarize(named.records, { skipped, interrupted: Boolean(opts.signal?.aborted), workers: pool.size, ms: Math.round(performance.now() - t0) }, opts.aliases);
  if (opts.corrections) {
    const seen = new Set(named.records.map((r) => r.sha256));
    const result = corrections.result;
    for (const [sha256, list] of opts.corrections) if (!seen.has(sha256)) result.rejected.push(...list.map((c) => ({ sha256, key: c.key, reason: 'no document of this batch has this sha256' })));
    summary.corrections = result;
  }
  await writeFileAtomic(join(opts.out, 'summary.json'), `${JSON.stringify(summary, null, 1)}\n`);
  await writeBatchOutputs(opts.out, rowsOfRun(jsonl, named.fileOf), summary, opts);
  return { rows: named.records, summary };
}
