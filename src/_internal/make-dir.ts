/**
 * @file `mkdir -p` that cannot loop. Node 20's `mkdir(…, { recursive: true })` never returns for a
 * path under a folder where mkdir answers ENOENT although the parent exists (`/proc/x`: it retries
 * the parent forever). Here the missing folders are found by walking up once, then made top-down
 * one at a time, so such a path fails with the system's error.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException).code;

/** Creates `dir` and its missing parents; an existing folder is fine, an existing file is ENOTDIR. */
export async function makeDir(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; ) {
    const found = await stat(at).catch((e: unknown) => {
      if (codeOf(e) !== 'ENOENT') throw e;
      return null;
    });
    if (found && !found.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), { code: 'ENOTDIR', path: at });
    if (found) break;
    missing.push(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const d of missing.reverse()) {
    await mkdir(d).catch((e: unknown) => {
      if (codeOf(e) !== 'EEXIST') throw e;
    });
  }
}
