/**
 * @file `xxgk batch INPUT... --out DIR [--force] [--workers N] [--timeout MS]`: see `batch/`.
 * Ctrl-C (or SIGTERM) stops dispatching; finished results stay in results.jsonl and the summary
 * is written with `interrupted: true`. Exit 1 when a document failed or the run was interrupted.
 */
import { AliasesError, filesOfShard, listInputs, parseShard, printable, readAliases, runBatch } from '../../batch/index.js';
import { CorrectionsError, readCorrections } from '../../corrections/index.js';
import { UsageError, type Command } from '../command.js';

/** Options of `xxgk batch` (declared in commands/index.ts). */
interface BatchCliOptions {
  out?: string;
  force?: boolean;
  retryFailed?: boolean;
  workers?: number;
  timeout?: number;
  shard?: string;
  xlsx?: boolean;
  corrections?: string;
  aliases?: string;
  ocr: 'auto' | 'off' | 'force';
  decipher?: boolean;
  encoding: string;
}

const batch: Command<BatchCliOptions> = async ({ args: positionals, opts: values }, io) => {
  if (!values.out || positionals.length === 0) throw new UsageError('expected INPUT... and --out DIR');
  const { workers, timeout: timeoutMs } = values;
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard === null) throw new UsageError('--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/8)');
  const notRead: string[] = [];
  const hidden: string[] = [];
  const listed = await listInputs(positionals, notRead, hidden).catch((error: Error) => {
    throw new UsageError(error.message);
  });
  const files = shard ? filesOfShard(listed, shard) : listed;
  if (shard) io.stderr.write(`shard ${shard.index}/${shard.count}: ${files.length} of ${listed.length} files\n`);
  const corrections = values.corrections === undefined ? undefined : await readCorrections(values.corrections).catch((error: Error) => {
    throw error instanceof CorrectionsError ? new UsageError(error.message) : error;
  });
  const aliases = values.aliases === undefined ? undefined : await readAliases(values.aliases).catch((error: Error) => {
    throw error instanceof AliasesError ? new UsageError(error.message) : error;
  });
  const abort = new AbortController();
  const stop = (): void => {
    io.stderr.write('\nxxgk batch: stopping after the documents in progress…\n');
    abort.abort();
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
  try {
    const { summary } = await runBatch(files, {
      out: values.out,
      force: values.force ?? false,
      retryFailed: values.retryFailed ?? false,
      progress: io.stderr as NodeJS.WriteStream,
      signal: abort.signal,
      xlsx: values.xlsx ?? false,
      ...(corrections ? { corrections } : {}),
      ...(aliases ? { aliases } : {}),
      ...(workers !== undefined ? { workers } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ocr: values.ocr,
      ...(values.decipher ? { decipher: true } : {}),
      encoding: values.encoding,
      notRead,
      hidden,
    });
    const codes = Object.entries(summary.errors).map(([c, n]) => `${c}×${n}`).join(', ');
    io.stderr.write(`${summary.ok}/${summary.total} extracted${summary.skipped ? ` (${summary.skipped} done earlier)` : ''}, ${summary.failed} failed${codes ? ` (${codes})` : ''} in ${(summary.ms / 1000).toFixed(1)} s on ${runsOn(summary.workers)} → ${printable(values.out)}\n`);
    if (summary.notRead) io.stderr.write(`not read: ${summary.notRead.files} file${summary.notRead.files === 1 ? '' : 's'} of other kinds in the input folders (${Object.entries(summary.notRead.byExtension).slice(0, 6).map(([e, n]) => `${e}×${n}`).join(', ')}; summary.json notRead)\n`);
    if (summary.hidden) io.stderr.write(`skipped: ${summary.hidden.entries} hidden file${summary.hidden.entries === 1 ? '' : 's'} or folder${summary.hidden.entries === 1 ? '' : 's'} (a name starting with '.': ${summary.hidden.first.slice(0, 3).map((p) => printable(p)).join(', ')}${summary.hidden.entries > 3 ? ', …' : ''}; summary.json hidden) — name one as an input to read it\n`);
    if (summary.skippedFailed) io.stderr.write(`${summary.skippedFailed} document${summary.skippedFailed === 1 ? '' : 's'} failed in an earlier run and ${summary.skippedFailed === 1 ? 'was' : 'were'} not retried: --retry-failed retries them (--force re-extracts everything)\n`);
    if (summary.corrections) io.stderr.write(`corrections: ${summary.corrections.applied} values set${summary.corrections.rejected.length ? `, ${summary.corrections.rejected.length} not applied (see summary.json)` : ''}\n`);
    for (const r of summary.corrections?.rejected.slice(0, 10) ?? []) io.stderr.write(`  not applied: ${r.sha256.slice(0, 12)}… ${r.key}: ${r.reason}\n`);
    for (const c of summary.crossYear.carry ?? []) {
      io.stderr.write(printable(`cross-year (soft): ${c.agency} ${c.row}: in force ${c.previous.inForce} in ${c.previous.year} + ${c.current.issued} issued − ${c.current.repealed} repealed ≠ ${c.current.inForce} in force in ${c.current.year} (${c.current.file})`) + '\n');
    }
    for (const m of summary.crossYear.mismatches) {
      io.stderr.write(printable(`cross-year: ${m.agency} ${m.column}: carried forward ${m.previous.carriedForward} in ${m.previous.year} (${m.previous.file}) but carried over ${m.current.carriedOver} in ${m.current.year} (${m.current.file})`) + '\n');
    }
    return summary.failed > 0 || summary.interrupted ? 1 : 0;
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
  }
};

/** Where a batch ran, for its closing line: `1 worker`, `2 workers`, or `1 thread` (workers: 0, in process). */
export function runsOn(workers: number): string {
  return workers > 1 ? `${workers} workers` : workers === 1 ? '1 worker' : '1 thread';
}

export default batch;
