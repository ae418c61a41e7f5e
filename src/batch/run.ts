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

/**
 * Runs a batch over `files`; returns what it kept of each document (done now or earlier) and the
 * summary written. The reports themselves are in results.jsonl (`readRows`).
 */
export async function runBatch(files: readonly string[], opts: BatchOptions): Promise<{ rows: BatchRecord[]; summary: BatchSummary }> {
  const t0 = performance.now();
  const jsonl = join(opts.out, 'results.jsonl');
  const done = await writingTo(opts.out, async () => {
    await mkdir(opts.out, { recursive: true });
    if (opts.force) await rm(jsonl, { force: true });
    const previous = await previousRecords(jsonl);
    // A run with nothing to do (a shard that drew no file) still leaves its results.jsonl, so that
    // `merge` and other readers find every shard's output.
    await appendFile(jsonl, '');
    return previous;
  });
  const pool = new ExtractPool({ workers: opts.workers ?? Math.min(availableParallelism(), 8), maxHeapMb: opts.maxHeapMb ?? DEFAULT_MAX_HEAP_MB });
  const progress = opts.progress ? new Progress(opts.progress, files.length) : null;
  const rows: (BatchRecord | undefined)[] = new Array(files.length);
  const fileOf = new Map<string, string>();
  const sameContent = new Map<string, Promise<BatchRecord>>();
  let skipped = 0;
  const corrections: NonNullable<BatchSummary['corrections']> = { applied: 0, rejected: [] };
  const correct = (report: Report): Report => {
    const r = applyCorrections(report, opts.corrections!);
    corrections.applied += r.applied.length;
    corrections.rejected.push(...r.rejected.map((x) => ({ sha256: x.correction.sha256, key: x.correction.key, reason: x.reason })));
    return r.report;
  };
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
        rows[i] = { file, sha256: '', ok: false, ms: 0, error: { code: 'E_INPUT_NOT_FOUND', message: `${file}: ${read.message}` } };
        progress?.tick(file, { ok: false, code: 'E_INPUT_NOT_FOUND' });
        continue;
      }
      const bytes = new Uint8Array(read);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      fileOf.set(sha256, file);
      // Done in an earlier run, or the same bytes under another path in this one: not extracted again.
      const prev = done.get(sha256) ?? (await sameContent.get(sha256));
      // A document with corrections (now or in its earlier line) is extracted again and corrected afresh.
      if (prev && !opts.corrections?.has(sha256) && !(opts.corrections && prev.corrected)) {
        rows[i] = { ...prev, file };
        skipped++;
        progress?.tick(file, { ok: prev.ok, skipped: true });
        continue;
      }
      let settle: (r: BatchRecord) => void = () => undefined;
      sameContent.set(sha256, new Promise((resolve) => (settle = resolve)));
      const result = await pool.run({ id: i, name: file.split('/').pop() ?? file, bytes, timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, ...(opts.ocr ? { ocr: opts.ocr } : {}) });
      const report = result.report && opts.corrections ? correct(result.report) : result.report;
      const row: BatchRow = report
        ? { file, sha256, ok: true, ms: result.ms, report }
        : { file, sha256, ok: false, ms: result.ms, error: result.error ?? { code: 'E_INTERNAL', message: 'no result' } };
      rows[i] = recordOf(row);
      settle(rows[i]!);
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
  const all = rows.filter((r): r is BatchRecord => r !== undefined);
  await writeCsv(jsonl, join(opts.out, 'results.csv'), fileOf);
  const summary = summarize(all, { skipped, interrupted: Boolean(opts.signal?.aborted), workers: pool.size, ms: Math.round(performance.now() - t0) }, opts.aliases);
  if (opts.corrections) {
    const seen = new Set(all.map((r) => r.sha256));
    for (const [sha256, list] of opts.corrections) if (!seen.has(sha256)) corrections.rejected.push(...list.map((c) => ({ sha256, key: c.key, reason: 'no document of this batch has this sha256' })));
    summary.corrections = corrections;
  }
  await writeFileAtomic(join(opts.out, 'summary.json'), `${JSON.stringify(summary, null, 1)}\n`);
  await writeBatchOutputs(opts.out, rowsOfRun(jsonl, fileOf), summary, opts);
  return { rows: all, summary };
}
