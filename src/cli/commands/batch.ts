/**
 * @file `xxgk batch INPUT... --out DIR`: extract every supported file; results.jsonl (one line
 * per document, appended as each finishes, so an interrupted run keeps every finished result),
 * results.csv (UTF-8 with BOM, a column per canonical field) and summary.json. Re-running skips
 * documents already in results.jsonl (by content hash) unless --force.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALL_KEYS, flattenData, safeExtract, type Report } from '../../index.js';
import { parse, UsageError, type Command, type Io } from '../command.js';

/** Extensions the library reads. */
const SUPPORTED = /\.(pdf|html?|txt|md|text)$/i;

/** One line of results.jsonl. */
export interface BatchRow {
  file: string;
  sha256: string;
  ok: boolean;
  ms: number;
  report?: Report;
  error?: { code: string; message: string };
}

/** Expands folders (recursively) into supported files, sorted. */
export async function listInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new UsageError(`${input}: no such file or folder`);
    if (info.isFile()) files.push(input);
    else {
      const entries = await readdir(input, { recursive: true });
      files.push(...entries.filter((e) => SUPPORTED.test(e)).map((e) => join(input, e)));
    }
  }
  return [...new Set(files)].sort();
}

async function previousRows(jsonl: string): Promise<Map<string, BatchRow>> {
  const text = await readFile(jsonl, 'utf8').catch(() => '');
  const rows = new Map<string, BatchRow>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const row = JSON.parse(line) as BatchRow;
      rows.set(row.sha256, row);
    } catch {
      // A line cut by a kill mid-write: that document is simply extracted again.
    }
  }
  return rows;
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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

/** Runs a batch; returns the rows of this run's files (done now or earlier). */
export async function runBatch(files: readonly string[], out: string, opts: { force: boolean; io: Io }): Promise<BatchRow[]> {
  await mkdir(out, { recursive: true });
  const jsonl = join(out, 'results.jsonl');
  if (opts.force) await rm(jsonl, { force: true });
  const done = await previousRows(jsonl);
  const rows: BatchRow[] = [];
  let i = 0;
  for (const file of files) {
    i++;
    const bytes = new Uint8Array(await readFile(file));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const prev = done.get(sha256);
    if (prev) {
      rows.push({ ...prev, file });
      continue;
    }
    const t0 = performance.now();
    const result = await safeExtract(bytes, { name: file.split('/').pop() ?? file });
    const row: BatchRow = result.success
      ? { file, sha256, ok: true, ms: Math.round(performance.now() - t0), report: result.report }
      : { file, sha256, ok: false, ms: Math.round(performance.now() - t0), error: result.error };
    await appendFile(jsonl, `${JSON.stringify(row)}\n`);
    rows.push(row);
    opts.io.stderr.write(`[${i}/${files.length}] ${row.ok ? 'ok' : `failed ${row.error?.code}`} ${file}\n`);
  }
  await writeFile(join(out, 'results.csv'), toCsv(rows));
  const summary = {
    total: rows.length,
    ok: rows.filter((r) => r.ok).length,
    failed: rows.filter((r) => !r.ok).length,
    files: rows.map((r) => ({ file: r.file, ok: r.ok, ms: r.ms, ...(r.error ? { error: r.error } : {}), ...(r.report ? { confidence: r.report.confidence } : {}) })),
  };
  await writeFile(join(out, 'summary.json'), `${JSON.stringify(summary, null, 1)}\n`);
  return rows;
}

const batch: Command = async (args, io) => {
  const { values, positionals } = parse(args, { out: { type: 'string' }, force: { type: 'boolean', default: false } });
  if (!values.out || positionals.length === 0) throw new UsageError('expected INPUT... and --out DIR');
  const rows = await runBatch(await listInputs(positionals), values.out, { force: values.force, io });
  const failed = rows.filter((r) => !r.ok).length;
  io.stderr.write(`${rows.length - failed}/${rows.length} extracted, ${failed} failed → ${values.out}\n`);
  return failed > 0 ? 1 : 0;
};

export default batch;
