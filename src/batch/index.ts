/**
 * @file Batch extraction of an archive: every supported file under the inputs, on a worker pool,
 * into `results.jsonl` (one line per document, appended as each finishes), `results.csv` (UTF-8
 * with BOM, a column per canonical field) and `summary.json` (per file ok/failed with its error
 * code, counts, timing, cross-year mismatches). Resumable: documents already in results.jsonl
 * (by content hash) are skipped unless `force`; a line cut by a kill is dropped on resume.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { createReadStream, existsSync } from 'node:fs';
import { appendFile, mkdir, open, readFile, rm, stat, truncate } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { writeFileAtomic, writingTo } from '../_internal/atomic-write.js';
import { DEFAULT_MAX_HEAP_MB, DEFAULT_TIMEOUT_MS } from '../options.js';
import { flattenData } from '../report-data.js';
import type { Report } from '../schema/report.js';
import { ALL_KEYS } from '../template/index.js';
import { crossYearChecks, crossYearFacts, type CrossYearFacts, type CrossYearResult } from './cross-year.js';
import { applyCorrections, type CorrectionSet } from '../corrections/index.js';
import { csvCell } from '../export/csv-cell.js';
import { writeBatchOutputs, type OutputOptions } from './outputs.js';
import { ExtractPool } from './pool.js';
import { Progress, type ProgressStream } from './progress.js';
export { printable } from './progress.js';

export { crossYearChecks, crossYearFacts, agencyKey, type CarryMismatch, type CrossYearFacts, type CrossYearMismatch, type CrossYearResult } from './cross-year.js';
export { agencyIdentity, AliasesError, parseAliases, readAliases } from './agency-name.js';
export { mergeBatches, MergeInputError } from './merge.js';
export { filesOfShard, parseShard, shardOf, type Shard } from './shard.js';
export type { OutputOptions } from './outputs.js';

export { listInputs, SUPPORTED } from './list-inputs.js';
export { writeFileAtomic } from '../_internal/atomic-write.js';

/** One line of results.jsonl. */
export interface BatchRow {
  file: string;
  sha256: string;
  ok: boolean;
  ms: number;
  report?: Report;
  error?: { code: string; message: string };
}

/**
 * What the batch keeps of each document while it runs: the summary's facts, not the report
 * (an archive of 100 000 reports must not be held in memory; the reports are in results.jsonl).
 */
export interface BatchRecord {
  file: string;
  sha256: string;
  ok: boolean;
  ms: number;
  error?: { code: string; message: string };
  confidence?: number;
  templateVersion?: string;
  crossYear?: CrossYearFacts;
  /** Fields set by a corrections file: the document is extracted again when corrections are given. */
  corrected?: number;
}

/** What the batch keeps of one row (exported for `merge`). */
export function recordOf(row: BatchRow): BatchRecord {
  const { report, ...rest } = row;
  if (!report) return rest;
  const corrected = Object.values(report.fields).filter((f) => f.flags.includes('corrected')).length;
  return { ...rest, confidence: report.confidence, templateVersion: report.meta.templateVersion, crossYear: crossYearFacts(row.file, report), ...(corrected ? { corrected } : {}) };
}

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

export interface BatchSummary {
  total: number;
  ok: number;
  failed: number;
  skipped: number;
  interrupted: boolean;
  workers: number;
  ms: number;
  errors: Record<string, number>;
  crossYear: CrossYearResult;
  /** With `corrections`: how many values were set, and the corrections that did not apply. */
  corrections?: { applied: number; rejected: { sha256: string; key: string; reason: string }[] };
  files: { file: string; ok: boolean; ms: number; error?: { code: string; message: string }; confidence?: number; templateVersion?: string }[];
}

/** Each parsable line of a results.jsonl, read one at a time (damaged lines skipped). */
async function* jsonlRows(jsonl: string): AsyncGenerator<BatchRow> {
  if (!existsSync(jsonl)) return;
  for await (const line of createInterface({ input: createReadStream(jsonl, 'utf8'), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as BatchRow;
    } catch {
      // Not ours or damaged: that document is extracted again.
    }
  }
}

/** Records of an earlier run by content hash. A last line cut by a kill is removed from the file. */
async function previousRecords(jsonl: string): Promise<Map<string, BatchRecord>> {
  const size = existsSync(jsonl) ? (await stat(jsonl)).size : 0;
  if (size > 0) {
    // Only the tail can be cut: find the last newline and drop what follows it.
    const tail = await readTail(jsonl, size);
    if (tail.cut > 0) await truncate(jsonl, size - tail.cut);
  }
  const records = new Map<string, BatchRecord>();
  for await (const row of jsonlRows(jsonl)) records.set(row.sha256, recordOf(row));
  return records;
}

/** Bytes after the last newline of a file (a line cut mid-write). */
async function readTail(file: string, size: number): Promise<{ cut: number }> {
  const chunk = Math.min(size, 1 << 20);
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(chunk);
    await handle.read(buf, 0, chunk, size - chunk);
    const last = buf.lastIndexOf(0x0a);
    return { cut: last < 0 ? (size <= chunk ? size : 0) : chunk - last - 1 };
  } finally {
    await handle.close();
  }
}

/**
 * The rows of this run, read again from results.jsonl on each call: the last line per document,
 * named by its current path (`fileOf`, by content hash; all rows when absent). Two passes over the
 * file, holding only line numbers: an archive of 100 000 reports is never in memory.
 */
export function rowsOfRun(jsonl: string, fileOf?: ReadonlyMap<string, string>): () => AsyncIterable<BatchRow> {
  return async function* () {
    const last = new Map<string, number>();
    let i = 0;
    for await (const row of jsonlRows(jsonl)) last.set(row.sha256 || `#${i}`, i), i++;
    i = 0;
    for await (const row of jsonlRows(jsonl)) {
      const n = i++;
      if (last.get(row.sha256 || `#${n}`) !== n) continue;
      if (!fileOf) yield row;
      else if (fileOf.has(row.sha256)) yield { ...row, file: fileOf.get(row.sha256)! };
    }
  };
}

/** The rows of a results.jsonl (the last one per document), in file order. */
export async function readRows(jsonl: string): Promise<BatchRow[]> {
  const rows = new Map<string, BatchRow>();
  for await (const row of jsonlRows(jsonl)) rows.set(row.sha256, row);
  return [...rows.values()];
}


const CSV_HEAD = ['file', 'ok', 'error', 'templateVersion', 'title', 'agency', 'year', 'publishedAt', 'confidence', ...ALL_KEYS];

/** One results.csv line: one column per canonical key. */
function csvLine(r: BatchRow): string {
  const data = r.report ? flattenData(r.report.data) : new Map<string, unknown>();
  const m = r.report?.meta;
  return [r.file, r.ok, r.error?.code, m?.templateVersion, m?.title, m?.agency, m?.year, m?.publishedAt, r.report?.confidence, ...ALL_KEYS.map((k) => data.get(k))].map(csvCell).join(',');
}

/**
 * Writes results.csv from results.jsonl, one line at a time: one row per document of this run
 * (by content hash, named by its current path), in the order they finished.
 */
export async function writeCsv(jsonl: string, csv: string, fileOf: ReadonlyMap<string, string>): Promise<void> {
  await writeFileAtomic(csv, async (write) => {
    await write(`\uFEFF${CSV_HEAD.join(',')}\r\n`);
    for await (const row of rowsOfRun(jsonl, fileOf)()) await write(`${csvLine(row)}\r\n`);
  });
}

export function summarize(rows: readonly BatchRecord[], extra: Pick<BatchSummary, 'skipped' | 'interrupted' | 'workers' | 'ms'>, aliases?: ReadonlyMap<string, string>): BatchSummary {
  const errors: Record<string, number> = {};
  for (const r of rows) if (r.error) errors[r.error.code] = (errors[r.error.code] ?? 0) + 1;
  return {
    total: rows.length,
    ok: rows.filter((r) => r.ok).length,
    failed: rows.filter((r) => !r.ok).length,
    ...extra,
    errors,
    crossYear: crossYearChecks(rows.flatMap((r) => (r.crossYear ? [{ ...r.crossYear, file: r.file }] : [])), aliases),
    files: rows.map((r) => ({
      file: r.file,
      ok: r.ok,
      ms: r.ms,
      ...(r.error ? { error: r.error } : {}),
      ...(r.confidence !== undefined ? { confidence: r.confidence, templateVersion: r.templateVersion } : {}),
    })),
  };
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
