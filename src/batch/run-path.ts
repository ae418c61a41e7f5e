/**
 * @file One path of a batch run: read it, hash it, and either join the document already claimed for
 * its content (a copy under another path, or one done in an earlier run) or claim it, extract it on
 * the pool and append its line to results.jsonl.
 */
import { createHash } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { writingTo } from '../_internal/atomic-write.js';
import { XxgkError } from '../errors.js';
import { pathError } from '../load/path-errors.js';
import { DEFAULT_TIMEOUT_MS } from '../options.js';
import type { Report } from '../schema/report.js';
import type { PathOutcome } from './documents.js';
import type { ExtractPool } from './pool.js';
import type { Progress } from './progress.js';
import { recordOf, type BatchRecord, type BatchRow } from './records.js';
import type { BatchOptions } from './run.js';

/** What the paths of one run share. */
export interface RunState {
  readonly files: readonly string[];
  readonly opts: BatchOptions;
  readonly jsonl: string;
  readonly pool: ExtractPool;
  readonly progress: Progress | null;
  /** Records of an earlier run, by content hash. */
  readonly done: ReadonlyMap<string, BatchRecord>;
  /** The outcome of each listed path. */
  readonly paths: (PathOutcome | undefined)[];
  /** The record of each content of this run (extracted now or done earlier). */
  readonly records: Map<string, BatchRecord>;
  /** Contents claimed by a path of this run: their record once known. */
  readonly claimed: Map<string, Promise<BatchRecord>>;
  readonly correct: (report: Report) => Report;
  skipped: number;
  /** Of `skipped`: documents that failed in the earlier run (not retried without `retryFailed`). */
  skippedFailed: number;
  finished: number;
  /** The chain of appends to results.jsonl, in completion order. */
  writes: Promise<void>;
  outputFailed: boolean;
}

/**
 * True when a document done in an earlier run is taken as it is: not when corrections concern it,
 * nor when it failed and the run retries failures (`retryFailed`).
 */
function reuse(s: RunState, sha256: string, prev: BatchRecord): boolean {
  if (s.opts.retryFailed && !prev.ok) return false;
  return !s.opts.corrections?.has(sha256) && !(s.opts.corrections && prev.corrected);
}

/** Extracts a claimed document and appends its line; resolves its claim. */
async function extractPath(s: RunState, i: number, sha256: string, bytes: Uint8Array): Promise<void> {
  const file = s.files[i]!;
  let settle: (r: BatchRecord) => void = () => undefined;
  s.claimed.set(sha256, new Promise((resolve) => (settle = resolve)));
  const result = await s.pool.run({ id: i, name: file.split('/').pop() ?? file, bytes, timeoutMs: s.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, ...(s.opts.ocr ? { ocr: s.opts.ocr } : {}), ...(s.opts.decipher ? { decipher: true } : {}), ...(s.opts.encoding && s.opts.encoding !== 'auto' ? { encoding: s.opts.encoding } : {}) });
  const report = result.report && s.correct(result.report);
  const row: BatchRow = report
    ? { file, sha256, ok: true, ms: result.ms, report }
    : { file, sha256, ok: false, ms: result.ms, error: result.error ?? { code: 'E_INTERNAL', message: 'no result' } };
  s.records.set(sha256, recordOf(row));
  settle(s.records.get(sha256)!);
  // One line per append, appended in completion order by one chain: no interleaving.
  s.writes = s.writes.then(() => writingTo(s.jsonl, () => appendFile(s.jsonl, `${JSON.stringify(row)}\n`)));
  // An output that cannot be written (full disk) ends the run: no more documents are dispatched.
  await s.writes.catch((error: unknown) => {
    s.outputFailed = true;
    throw error;
  });
  s.progress?.tick(file, { ok: row.ok, code: row.error?.code });
  s.opts.onDocument?.(++s.finished, result.rss);
}

/** Handles the i-th listed path. */
export async function runPath(s: RunState, i: number): Promise<void> {
  const file = s.files[i]!;
  // A pipe, socket or device is refused before it is opened (opening a FIFO waits for a writer); a
  // path gone, a link loop or an unreadable file is recorded with the code `extract` gives it.
  const refused = await pathError(file);
  const read = refused ?? (await readFile(file).catch((error: Error) => error));
  if (read instanceof Error) {
    // Gone or unreadable since it was listed: recorded, not fatal to the batch.
    const error = read instanceof XxgkError ? { code: read.code, message: read.message } : { code: 'E_INPUT_NOT_FOUND' as const, message: `${file}: ${read.message}` };
    s.paths[i] = { unreadable: { file, sha256: '', ok: false, ms: 0, error } };
    s.progress?.tick(file, { ok: false, code: error.code });
    return;
  }
  const bytes = new Uint8Array(read);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  s.paths[i] = { sha256 };
  // The same bytes under another path of this run: one document, extracted once (`documents.ts`).
  // Checked and claimed with no await in between, so two copies read at once are extracted once.
  const same = s.claimed.get(sha256);
  if (same) return void s.progress?.tick(file, { ok: (await same).ok, skipped: 'duplicate' });
  // Done in an earlier run: not extracted again, unless corrections concern it (now or in its
  // earlier line): then it is extracted again and corrected afresh.
  const prev = s.done.get(sha256);
  if (prev && reuse(s, sha256, prev)) {
    s.claimed.set(sha256, Promise.resolve(prev));
    s.records.set(sha256, prev);
    s.skipped++;
    if (!prev.ok) s.skippedFailed++;
    return void s.progress?.tick(file, { ok: prev.ok, skipped: 'earlier' });
  }
  await extractPath(s, i, sha256, bytes);
}
