/**
 * @file Batch extraction of an archive: every supported file under the inputs, on a worker pool,
 * into `results.jsonl` (one line per document, appended as each finishes), `results.csv` (UTF-8
 * with BOM, a column per canonical field) and `summary.json` (per file ok/failed with its error
 * code, counts, timing, cross-year mismatches). Resumable: documents already in results.jsonl
 * (by content hash) are skipped unless `force`; a line cut by a kill is dropped on resume.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { appendFile, mkdir, open, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { DEFAULT_TIMEOUT_MS } from '../options.js';
import { flattenData } from '../report-data.js';
import type { Report } from '../schema/report.js';
import { ALL_KEYS } from '../template/index.js';
import { crossYearChecks, crossYearFacts, type CrossYearFacts, type CrossYearResult } from './cross-year.js';
import { ExtractPool } from './pool.js';
import { Progress, type ProgressStream } from './progress.js';

export { crossYearChecks, crossYearFacts, agencyKey, type CrossYearFacts, type CrossYearMismatch, type CrossYearResult } from './cross-year.js';

/** Extensions the library reads. */
export const SUPPORTED = /\.(pdf|html?|txt|md|text|docx)$/i;

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
}

function recordOf(row: BatchRow): BatchRecord {
  const { report, ...rest } = row;
  if (!report) return rest;
  return { ...rest, confidence: report.confidence, templateVersion: report.meta.templateVersion, crossYear: crossYearFacts(row.file, report) };
}

export interface BatchOptions {
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
  files: { file: string; ok: boolean; ms: number; error?: { code: string; message: string }; confidence?: number; templateVersion?: string }[];
}

/** Expands folders (recursively) into supported files, sorted. Throws for a missing input. */
export async function listInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new Error(`${input}: no such file or folder`);
    if (info.isFile()) files.push(input);
    else {
      const entries = await readdir(input, { recursive: true });
      files.push(...entries.filter((e) => SUPPORTED.test(e) && !/(^|\/)README\.md$/i.test(e)).map((e) => join(input, e)));
    }
  }
  return [...new Set(files)].sort();
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

/** The rows of a results.jsonl (the last one per document), in file order. */
export async function readRows(jsonl: string): Promise<BatchRow[]> {
  const rows = new Map<string, BatchRow>();
  for await (const row of jsonlRows(jsonl)) rows.set(row.sha256, row);
  return [...rows.values()];
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
async function writeCsv(jsonl: string, csv: string, fileOf: ReadonlyMap<string, string>): Promise<void> {
  const out = createWriteStream(csv);
  const write = (s: string): Promise<void> => new Promise((resolve, reject) => (out.write(s) ? resolve() : out.once('drain', resolve).once('error', reject)));
  await write(`\uFEFF${CSV_HEAD.join(',')}\r\n`);
  const seen = new Set<string>();
  for await (const row of jsonlRows(jsonl)) {
    const file = fileOf.get(row.sha256);
    if (file === undefined || seen.has(row.sha256)) continue;
    seen.add(row.sha256);
    await write(`${csvLine({ ...row, file })}\r\n`);
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function summarize(rows: readonly BatchRecord[], extra: Pick<BatchSummary, 'skipped' | 'interrupted' | 'workers' | 'ms'>): BatchSummary {
  const errors: Record<string, number> = {};
  for (const r of rows) if (r.error) errors[r.error.code] = (errors[r.error.code] ?? 0) + 1;
  return {
    total: rows.length,
    ok: rows.filter((r) => r.ok).length,
    failed: rows.filter((r) => !r.ok).length,
    ...extra,
    errors,
    crossYear: crossYearChecks(rows.flatMap((r) => (r.crossYear ? [{ ...r.crossYear, file: r.file }] : []))),
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
  await mkdir(opts.out, { recursive: true });
  const jsonl = join(opts.out, 'results.jsonl');
  if (opts.force) await rm(jsonl, { force: true });
  const done = await previousRecords(jsonl);
  const pool = new ExtractPool({ workers: opts.workers ?? Math.min(availableParallelism(), 8), maxHeapMb: opts.maxHeapMb ?? 2048 });
  const progress = opts.progress ? new Progress(opts.progress, files.length) : null;
  const rows: (BatchRecord | undefined)[] = new Array(files.length);
  const fileOf = new Map<string, string>();
  let skipped = 0;
  let finished = 0;
  let writes = Promise.resolve();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length && !opts.signal?.aborted) {
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
      const prev = done.get(sha256);
      if (prev) {
        rows[i] = { ...prev, file };
        skipped++;
        progress?.tick(file, { ok: prev.ok, skipped: true });
        continue;
      }
      const result = await pool.run({ id: i, name: file.split('/').pop() ?? file, bytes, timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, ...(opts.ocr ? { ocr: opts.ocr } : {}) });
      const row: BatchRow = result.report
        ? { file, sha256, ok: true, ms: result.ms, report: result.report }
        : { file, sha256, ok: false, ms: result.ms, error: result.error ?? { code: 'E_INTERNAL', message: 'no result' } };
      rows[i] = recordOf(row);
      // One line per append, appended in completion order by one chain: no interleaving.
      writes = writes.then(() => appendFile(jsonl, `${JSON.stringify(row)}\n`));
      await writes;
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
  const summary = summarize(all, { skipped, interrupted: Boolean(opts.signal?.aborted), workers: pool.size, ms: Math.round(performance.now() - t0) });
  await writeFile(join(opts.out, 'summary.json'), `${JSON.stringify(summary, null, 1)}\n`);
  return { rows: all, summary };
}
