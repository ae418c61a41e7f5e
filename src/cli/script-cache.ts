/**
 * @file Runs the bundled CLI (one CommonJS script, `scripts/bundle-cli.mjs`) with V8's code cache:
 * the bytecode of the functions a run compiled, kept in a file next to the script and handed back
 * to V8 on the next start, so a cold `xxgk extract` neither parses the script nor compiles the
 * functions the extraction runs (Node 20 has no compile cache for ES modules or `require`:
 * `module.enableCompileCache` is Node ≥ 22.1). The cache is only ever a head start: V8 checks it
 * against its own version, its flags and the script's length and rejects it on any mismatch
 * (`cachedDataRejected`) — its bytes are checked here, against the digest written with them —, and the script is then compiled from its source as without a cache. The
 * script's file name carries a hash of its content, so a cache never outlives the script it was made
 * for. When there is no cache or V8 rejected it, the run writes one at exit (to a temporary file
 * renamed into place, so concurrent runs never read half a file; a directory that cannot be written
 * is left alone): the build makes the first one with a training run, and a Node of another version
 * makes its own on first use.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/**
 * The parameters a CommonJS module's code sees (as Node's own module wrapper), and `__xxgkImport`:
 * what the script calls for `import()` (the bundle is built so), since a script's own `import()`
 * needs a flag in Node 20 (`importModuleDynamically` as a function) or prints an experimental
 * warning (`vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER`).
 */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname, __xxgkImport) {';

/** `import()` for the script: packages and absolute URLs load as from this module (dist/cli/, next to the bundle). */
const importForScript = (specifier: string): Promise<unknown> => import(specifier);

/** bytes. The cache file starts with the SHA-256 of the code cache after it. */
const DIGEST = 32;

const digestOf = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/**
 * The code cache made for `path` (undefined when there is none, it cannot be read, or its bytes are
 * not the ones written: V8 does not check every byte of a cache, and a flipped bit in it aborted the
 * process — so the file carries the cache's digest, checked here).
 */
function readCache(path: string): Buffer | undefined {
  try {
    const file = readFileSync(path);
    const data = file.subarray(DIGEST);
    return file.length > DIGEST && digestOf(data).equals(file.subarray(0, DIGEST)) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `script`'s code cache (what this run compiled) to `path` after its digest, atomically; best effort. */
function writeCache(script: vm.Script, path: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    writeFileSync(temp, Buffer.concat([digestOf(data), data]));
    renameSync(temp, path);
  } catch {
    rmSync(temp, { force: true }); // a read-only install: the next run compiles again
  }
}

/**
 * Runs the CommonJS script at `path` as `require` would (its own `require`, `module`, `__filename`,
 * `__dirname`, and `__xxgkImport` for `import()`), compiled with the code cache at `${path}.cache`
 * when V8 accepts it. Without a usable cache, one is written at exit.
 */
export function runCachedScript(path: string): void {
  const cachePath = `${path}.cache`;
  const cachedData = readCache(cachePath);
  const source = readFileSync(path, 'utf8');
  const script = new vm.Script(`${WRAPPER_HEAD}${source}\n})`, { filename: path, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) process.once('exit', () => writeCache(script, cachePath));
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(path), module, path, dirname(path), importForScript);
}
