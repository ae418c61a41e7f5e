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
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/**
 * The parameters a CommonJS module's code sees (as Node's own module wrapper), and `__xxgkImport`:
 * what the script calls for `import()` (the bundle is built so), since a script's own `import()`
 * needs a flag in Node 20 (`importModuleDynamically` as a function) or prints an experimental
 * warning (`vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER`); and `__xxgkRequire`: `require` again,
 * under a name the bundled modules never bind (their `import.meta.url` is rewritten to use it:
 * a module's own `const require = createRequire(…)` is renamed by the bundler and would shadow it).
 */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname, __xxgkImport, __xxgkRequire) {';

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
 * Where the code cache of the script at `path` is kept for this process's flags: V8 accepts a cache
 * only under the flags it was made with (heap sizes included), and the helpers run with heap flags
 * (`_internal/child.ts` `helperExecArgv`, which vary with `maxHeapMb`) that the CLI does not: one
 * file per set of flags, so processes started with other flags do not reject and rewrite each
 * other's cache at every start. A process without flags uses `${path}.cache`. (V8 flags given in
 * NODE_OPTIONS are not told apart: such a cache is rejected and rewritten, as before.)
 */
export function cachePathFor(path: string, execArgv: readonly string[] = process.execArgv): string {
  return execArgv.length === 0 ? `${path}.cache` : `${path}.${createHash('sha256').update(execArgv.join('\n')).digest('hex').slice(0, 8)}.cache`;
}

/**
 * The script's source. The build writes ASCII (`scripts/bundle-cli.mjs` `asciiOnly`), read as
 * Latin-1 into a one-byte string (~1 ms for 4 MB); UTF-8 decoding into a two-byte string took
 * 60–75 ms of CPU for the helpers' script. Any other script is read as UTF-8.
 */
function readSource(path: string): string {
  const bytes = readFileSync(path);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * Runs the CommonJS script at `path` as `require` would (its own `require`, `module`, `__filename`,
 * `__dirname`, and `__xxgkImport` for `import()`), compiled with the code cache at `cachePathFor(path)`
 * when V8 accepts it. Without a usable cache, one is written at exit. Returns the script's exports.
 */
export function runCachedScript(path: string): unknown {
  const cachePath = cachePathFor(path);
  const cachedData = readCache(cachePath);
  const source = readSource(path);
  const script = new vm.Script(`${WRAPPER_HEAD}${source}\n})`, { filename: path, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) process.once('exit', () => writeCache(script, cachePath));
  const module = { exports: {} };
  const require = createRequire(path);
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, path, dirname(path), importForScript, require);
  return module.exports;
}
