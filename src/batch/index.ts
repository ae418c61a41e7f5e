/**
 * @file Batch extraction of an archive: every supported file under the inputs, on a worker pool,
 * into `results.jsonl` (one line per document, appended as each finishes), `results.csv` (UTF-8
 * with BOM, a column per canonical field) and `summary.json` (per file ok/failed with its error
 * code, counts, timing, cross-year mismatches). Resumable: documents already in results.jsonl
 * (by content hash) are skipped unless `force`; a line cut by a kill is dropped on resume.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { appendFile, mkdir, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_TIMEOUT_MS } from '../options.js';
import { flattenData } from '../report-data.js';
import type { Report } from '../schema/report.js';
import { ALL_KEYS } from '../template/index.js';
import { crossYearChecks, type CrossYearResult } from './cross-year.js';
import { ExtractPool } from './pool.js';
import { Progress, type ProgressStream } from './progress.js';

export { crossYearChecks, agencyKey, type CrossYearMismatch, type CrossYearResult } from './cross-year.js';

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

export interface BatchOptions {
  out: string;
  /** Re-extract documents already in results.jsonl. */
  force?: boolean;
  /** Worker threads; 0 runs in this thread. @default cores, at most 8 */
  workers?: number;
  /** Budget per document, ms. */
  timeoutMs?: number;
  /** V8 heap per worker, MiB. */
  maxHeapMb?: number;
  /** Progress output (stderr in the CLI); none when absent. */
  progress?: ProgressStream;
  /** Called after each document with the count done (the bench samples RSS here). */
  onDocument?: (done: number) => void;
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

/** Rows of an earlier run by content hash. A last line cut by a kill is removed from the file. */
async function previousRows(jsonl: string): Promise<Map<string, BatchRow>> {
  const text = await readFile(jsonl, 'utf8').catch(() => '');
  const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
  if (complete.length !== text.length) await truncate(jsonl, Buffer.byteLength(complete));
  const rows = new Map<string, BatchRow>();
  for (const line of complete.split('\n')) {
    if (!line.trim()) continue;
    try {
      const row = JSON.parse(line) as BatchRow;
      rows.set(row.sha256, row);
    } catch {
      // Not ours or damaged: that document is extracted again.
    }
  }
  return rows;
}

/** The rows of a results.jsonl, in file order (damaged lines skipped). */
export async function readRows(jsonl: string): Promise<BatchRow[]> {
  return [...(await previousRows(jsonl)).values()];
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** results.csv: one row per document, one column per canonical key. */
export function toCsv(rows: readonly BatchRow[]): string {
  const head = ['file', 'ok', 'error', 'templateVersion', 'title', 'agency', 'year', 'publishedAt', 'confidence', ...ALL_KEYS];
  const lines = rows.map((r) => {
    const data = r.report ? flattenData(r.report.data) : new Map<string, unknown>();
    const m = r.report?.meta;
    return [r.file, r.ok, r.error?.code, m?.templateVersion, m?.title, m?.agency, m?.year, m?.publishedAt, r.report?.confidence, ...ALL_KEYS.map((k) => data.get(k))]
      .map(csvCell)
      .join(',');
  });
  return `\uFEFF${[head.join(','), ...lines].join('\r\n')}\r\n`;
}

function summarize(rows: readonly BatchRow[], extra: Pick<BatchSummary, 'skipped' | 'interrupted' | 'workers' | 'ms'>): BatchSummary {
  const errors: Record<string, number> = {};
  for (const r of rows) if (r.error) errors[r.error.code] = (errors[r.error.code] ?? 0) + 1;
  return {
    total: rows.length,
    ok: rows.filter((r) => r.ok).length,
    failed: rows.filter((r) => !r.ok).length,
    ...extra,
    errors,
    crossYear: crossYearChecks(rows.flatMap((r) => (r.report ? [{ file: r.file, report: r.report }] : []))),
    files: rows.map((r) => ({
      file: r.file,
      ok: r.ok,
      ms: r.ms,
      ...(r.error ? { error: r.error } : {}),
      ...(r.report ? { confidence: r.report.confidence, templateVersion: r.report.meta.templateVersion } : {}),
    })),
  };
}

/** Runs a batch over `files`; returns the rows (done now or earlier) and the summary written. */
export async function runBatch(files: readonly string[], opts: BatchOptions): Promise<{ rows: BatchRow[]; summary: BatchSummary }> {
  const t0 = performance.now();
  await mkdir(opts.out, { recursive: true });
  const jsonl = join(opts.out, 'results.jsonl');
  if (opts.force) await rm(jsonl, { force: true });
  const done = await previousRows(jsonl);
  const pool = new ExtractPool({ workers: opts.workers ?? Math.min(availableParallelism(), 8), maxHeapMb: opts.maxHeapMb ?? 2048 });
  const progress = opts.progress ? new Progress(opts.progress, files.length) : null;
  const rows: (BatchRow | undefined)[] = new Array(files.length);
  let skipped = 0;
  let finished = 0;
  let writes = Promise.resolve();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length && !opts.signal?.aborted) {
      const i = next++;
      const file = files[i]!;
      const bytes = new Uint8Array(await readFile(file));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const prev = done.get(sha256);
      if (prev) {
        rows[i] = { ...prev, file };
        skipped++;
        progress?.tick(file, { ok: prev.ok, skipped: true });
        continue;
      }
      const result = await pool.run({ id: i, name: file.split('/').pop() ?? file, bytes, timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS });
      const row: BatchRow = result.report
        ? { file, sha256, ok: true, ms: result.ms, report: result.report }
        : { file, sha256, ok: false, ms: result.ms, error: result.error ?? { code: 'E_INTERNAL', message: 'no result' } };
      rows[i] = row;
      // One line per append, appended in completion order by one chain: no interleaving.
      writes = writes.then(() => appendFile(jsonl, `${JSON.stringify(row)}\n`));
      await writes;
      progress?.tick(file, { ok: row.ok, code: row.error?.code });
      opts.onDocument?.(++finished);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, pool.size) }, worker));
  } finally {
    await pool.close();
    progress?.finish();
  }
  const all = rows.filter((r): r is BatchRow => r !== undefined);
  await writeFile(join(opts.out, 'results.csv'), toCsv(all));
  const summary = summarize(all, { skipped, interrupted: Boolean(opts.signal?.aborted), workers: pool.size, ms: Math.round(performance.now() - t0) });
  await writeFile(join(opts.out, 'summary.json'), `${JSON.stringify(summary, null, 1)}\n`);
  return { rows: all, summary };
}
