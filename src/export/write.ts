/**
 * @file Streaming file writers for the exports: each file is written to `NAME.tmp` and renamed
 * when complete, so a reader never sees half a file and a failed run leaves the previous one.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** A file being written line by line with back-pressure. */
export interface LineWriter {
  write(text: string): Promise<void>;
  /** Finishes the file and moves it into place. */
  close(): Promise<void>;
  /** Removes the partial file. */
  abort(): Promise<void>;
}

export function openWriter(path: string): LineWriter {
  const tmp = `${path}.tmp`;
  const out = createWriteStream(tmp);
  let failed: Error | undefined;
  out.on('error', (error) => (failed = error));
  return {
    write: (text) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        if (out.write(text)) return resolve();
        const onError = (error: Error): void => (out.off('drain', onDrain), reject(error));
        const onDrain = (): void => (out.off('error', onError), resolve());
        out.once('drain', onDrain).once('error', onError);
      }),
    close: async () => {
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ?? failed ? reject(error ?? failed) : resolve())));
      await rename(tmp, path);
    },
    abort: async () => {
      out.destroy();
      await rm(tmp, { force: true });
    },
  };
}

/** Runs `fill` on a writer for `path`; the file appears only when `fill` succeeds. */
export async function writeFileStreamed(path: string, fill: (w: LineWriter) => Promise<void>): Promise<void> {
  const w = openWriter(path);
  try {
    await fill(w);
    await w.close();
  } catch (error) {
    await w.abort();
    throw error;
  }
}
