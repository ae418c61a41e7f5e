/**
 * @file Output files written whole or not at all, and one coded error for output that cannot be
 * written. A file is written to `<path>.partial` and renamed over `path` when complete, so a full
 * disk or a kill mid-write leaves the previous version (or nothing), never a truncated file; the
 * partial file is removed on failure. Every failure is `E_OUTPUT` naming the path and the cause
 * (ENOSPC, EACCES, EROFS, ENOTDIR, …). Batch outputs (CSV, summary, and others) all go through here.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { XxgkError } from '../errors.js';

/** E_OUTPUT for `path`, with the system's reason. */
export function outputError(path: string, cause: unknown): XxgkError {
  if (cause instanceof XxgkError) return cause;
  const e = cause as NodeJS.ErrnoException;
  const why = e instanceof Error ? `${e.message}${e.code === 'ENOSPC' ? ' (disk full)' : ''}` : String(cause);
  return new XxgkError('E_OUTPUT', `${path}: cannot write: ${why}`, { cause });
}

/** Runs an output step, turning any failure into E_OUTPUT for `path`. */
export async function writingTo<T>(path: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (cause) {
    throw outputError(path, cause);
  }
}

/**
 * Writes `path` atomically from chunks: `produce` calls `write` for each (awaiting it respects
 * back-pressure). The file appears complete under its name, or not at all.
 */
export async function writeFileAtomic(path: string, produce: string | ((write: (chunk: string) => Promise<void>) => Promise<void>)): Promise<void> {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  let failed: Error | null = null;
  out.on('error', (e) => (failed ??= e));
  const write = (chunk: string): Promise<void> =>
    new Promise((resolve, reject) => {
      if (failed) return reject(failed);
      if (out.write(chunk)) return resolve();
      const done = (): void => {
        out.off('drain', done).off('error', done);
        return failed ? reject(failed) : resolve();
      };
      out.once('drain', done).once('error', done);
    });
  try {
    await (typeof produce === 'string' ? write(produce) : produce(write));
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e || failed ? reject(e ?? failed) : resolve())));
    await rename(partial, path);
  } catch (cause) {
    out.destroy();
    await rm(partial, { force: true }).catch(() => undefined);
    throw outputError(path, cause);
  }
}
