/**
 * @file `xxgk batch INPUT... --out DIR [--force] [--workers N] [--timeout MS]`: see `batch/`.
 * Ctrl-C (or SIGTERM) stops dispatching; finished results stay in results.jsonl and the summary
 * is written with `interrupted: true`. Exit 1 when a document failed or the run was interrupted.
 */
import { listInputs, runBatch } from '../../batch/index.js';
import { parse, UsageError, type Command } from '../command.js';

const batch: Command = async (args, io) => {
  const { values, positionals } = parse(args, {
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    workers: { type: 'string' },
    timeout: { type: 'string' },
    ocr: { type: 'string', default: 'off' },
  });
  if (!values.out || positionals.length === 0) throw new UsageError('expected INPUT... and --out DIR');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) throw new UsageError('--workers must be an integer ≥ 0');
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) throw new UsageError('--timeout must be a positive integer (ms)');
  if (!['auto', 'off', 'force'].includes(values.ocr)) throw new UsageError('--ocr must be auto, off or force');
  const files = await listInputs(positionals).catch((error: Error) => {
    throw new UsageError(error.message);
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
      force: values.force,
      progress: io.stderr as NodeJS.WriteStream,
      signal: abort.signal,
      ...(workers !== undefined ? { workers } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ocr: values.ocr as 'off',
    });
    const codes = Object.entries(summary.errors).map(([c, n]) => `${c}×${n}`).join(', ');
    io.stderr.write(`${summary.ok}/${summary.total} extracted${summary.skipped ? ` (${summary.skipped} done earlier)` : ''}, ${summary.failed} failed${codes ? ` (${codes})` : ''} in ${(summary.ms / 1000).toFixed(1)} s on ${summary.workers || 1} ${summary.workers ? 'workers' : 'thread'} → ${values.out}\n`);
    for (const m of summary.crossYear.mismatches) {
      io.stderr.write(`cross-year: ${m.agency} ${m.column}: carried forward ${m.previous.carriedForward} in ${m.previous.year} (${m.previous.file}) but carried over ${m.current.carriedOver} in ${m.current.year} (${m.current.file})\n`);
    }
    return summary.failed > 0 || summary.interrupted ? 1 : 0;
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
  }
};

export default batch;
