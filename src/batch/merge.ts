/**
 * @file `xxgk merge SHARD_DIR... --out DIR`: joins the outputs of shard runs (`batch --shard i/n`)
 * into one batch folder, as one run over all inputs would have written it: results.jsonl (one line
 * per document, sorted by file), results.csv, summary.json with the cross-year checks over every
 * shard's reports, and the exports (CSVs, codebook, review pages, optional xlsx). A document (a
 * content) in several shards is one document, named by the first of its paths in sort order.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { makeDir } from '../_internal/make-dir.js';
import { join, resolve } from 'node:path';
import { rowsOfRun } from './jsonl.js';
import { recordOf, type BatchRow } from './records.js';
import { writeCsv } from './results-csv.js';
import { summarize, type BatchSummary } from './summary.js';
import { writeBatchOutputs, type OutputOptions } from './outputs.js';
import { writeFileStreamed } from '../export/write.js';
import { maxOf } from '../_internal/extremes.js';

/** Why a merge cannot start (missing shard output, output folder among the inputs). */
export class MergeInputError extends Error {}

/** Merges shard output folders into `out`; returns the merged summary. */
export async function mergeBatches(dirs: readonly string[], out: string, opts: OutputOptions & { aliases?: ReadonlyMap<string, string> } = {}): Promise<BatchSummary> {
  if (dirs.length === 0) throw new MergeInputError('expected shard output folders');
  for (const d of dirs) {
    if (resolve(d) === resolve(out)) throw new MergeInputError(`${d}: the output folder cannot be one of the shards`);
    if (!existsSync(join(d, 'results.jsonl'))) throw new MergeInputError(`${d}: no results.jsonl (not a batch output folder)`);
  }
  await makeDir(out);
  // Each shard's last line per document; a document in two shards (same content, two paths) once,
  // named by the first of its paths in sort order, the others (and each shard's) its duplicates.
  const rows = new Map<string, BatchRow>();
  const others = new Map<string, Set<string>>();
  const also = (sha: string, file: string): void => void (others.get(sha) ?? others.set(sha, new Set()).get(sha)!).add(file);
  for (const d of dirs) {
    for await (const row of rowsOfRun(join(d, 'results.jsonl'))()) {
      const key = row.sha256 || `${d}:${row.file}`;
      const kept = rows.get(key);
      if (kept && kept.file !== row.file) also(key, kept.file < row.file ? row.file : kept.file);
      if (!kept || row.file <= kept.file) rows.set(key, row);
    }
  }
  const sorted = [...rows.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const jsonl = join(out, 'results.jsonl');
  await writeFileStreamed(jsonl, async (w) => {
    for (const row of sorted) await w.write(`${JSON.stringify(row)}\n`);
  });
  const shards = await Promise.all(dirs.map(async (d) => JSON.parse(await readFile(join(d, 'summary.json'), 'utf8').catch(() => '{}')) as Partial<BatchSummary>));
  for (const s of shards) for (const f of s.files ?? []) if (f.sha256) for (const p of [f.file, ...(f.duplicates ?? [])]) also(f.sha256, p);
  const fileOf = new Map(sorted.map((r) => [r.sha256, r.file]));
  await writeCsv(jsonl, join(out, 'results.csv'), fileOf);
  const records = sorted.map((r) => {
    const duplicates = [...(others.get(r.sha256) ?? [])].filter((f) => f !== r.file).sort();
    return { ...recordOf(r), ...(duplicates.length ? { duplicates } : {}) };
  });
  const summary = summarize(records, {
    skipped: 0,
    interrupted: shards.some((s) => s.interrupted === true),
    workers: maxOf(shards.map((s) => s.workers ?? 0), 0),
    ms: maxOf(shards.map((s) => s.ms ?? 0), 0),
  }, opts.aliases);
  await writeFileStreamed(join(out, 'summary.json'), (w) => w.write(`${JSON.stringify(summary, null, 1)}\n`));
  await writeBatchOutputs(out, rowsOfRun(jsonl), summary, opts);
  return summary;
}
