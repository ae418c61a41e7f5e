/**
 * @file The CLI's code-cached script runner (`cli/script-cache.ts`): a script runs as a CommonJS
 * module would, with or without a cache; a run without a usable cache (none, or one V8 rejects)
 * writes one at exit, and a run with an accepted cache leaves it alone; and the build's training run
 * left a cache V8 accepts next to the bundled CLI. Each run is a fresh process (the cache is written
 * at exit) of the built runner: npm test builds dist/ first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers/paths.js';

const RUNNER = pathToFileURL(join(ROOT, 'dist', 'cli', 'script-cache.js')).href;

/** Runs `path` through the built runner in a fresh process without flags (a cache is kept per set of flags: `cachePathFor`); its stdout. */
function run(path: string): string {
  const runner = join(dirname(path), 'run.mjs');
  writeFileSync(runner, `import { runCachedScript } from ${JSON.stringify(RUNNER)}; runCachedScript(${JSON.stringify(path)});`);
  const r = spawnSync(process.execPath, [runner], { encoding: 'utf8' });
  rmSync(runner);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('runCachedScript', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'xxgk-script-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('should run a script as a CommonJS module, write its cache once, and rewrite a cache V8 rejects', () => {
    const script = join(dir, 'cli-test.cjs');
    const cache = `${script}.cache`;
    writeFileSync(
      script,
      `"use strict";
const { join } = require('node:path');
const square = (n) => n * n;
__xxgkImport('node:path').then((p) => {
  process.stdout.write(JSON.stringify([square(7), __filename, join(__dirname, 'x'), this === module.exports, p.sep]));
});
`,
    );
    const expected = JSON.stringify([49, script, join(dir, 'x'), true, '/']);
    expect(existsSync(cache)).toBe(false);
    expect(run(script)).toBe(expected);
    const made = statSync(cache);
    expect(made.size).toBeGreaterThan(0);
    expect(run(script)).toBe(expected); // with the cache
    expect(statSync(cache).ino).toBe(made.ino); // accepted: not written again
    writeFileSync(cache, 'not a code cache');
    expect(run(script)).toBe(expected);
    expect(readFileSync(cache, 'utf8')).not.toBe('not a code cache'); // rejected: replaced
    expect(readdirSync(dir).sort()).toEqual(['cli-test.cjs', 'cli-test.cjs.cache']); // no temporary file left
    // One bit flipped inside the cache (V8 does not check every byte; one such flip aborted the process): not used, replaced.
    const good = readFileSync(cache);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 8]! ^= 1;
    writeFileSync(cache, flipped);
    expect(run(script)).toBe(expected);
    expect(readFileSync(cache).equals(flipped)).toBe(false);
  });
});

describe('the bundled CLI', () => {
  it('should come with a code cache V8 accepts (made by the build), left alone by a run', () => {
    const bundle = join(ROOT, 'dist', 'cli', 'bundle');
    const scripts = readdirSync(bundle).filter((f) => f.endsWith('.cjs'));
    expect(scripts).toHaveLength(1);
    const cache = join(bundle, `${scripts[0]}.cache`);
    const before = statSync(cache);
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'bin.js'), '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(statSync(cache).ino).toBe(before.ino);
  });

  it('should be ASCII (read as Latin-1, a one-byte string), its non-ASCII patterns escaped', () => {
    const bundle = join(ROOT, 'dist', 'cli', 'bundle');
    const script = readdirSync(bundle).find((f) => f.endsWith('.cjs'))!;
    const bytes = readFileSync(join(bundle, script));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(bytes.toString('latin1')).toContain('\\u4E00'); // the stages' patterns hold CJK characters, written as escapes
  });
});

describe('code caches per set of V8 flags', () => {
  it('should keep one cache file per set of flags (V8 rejects a cache made under other flags, heap sizes included)', async () => {
    const { cachePathFor } = (await import(RUNNER)) as { cachePathFor: (path: string, execArgv?: readonly string[]) => string };
    expect(cachePathFor('/x/s.cjs', [])).toBe('/x/s.cjs.cache');
    const helper = cachePathFor('/x/s.cjs', ['--max-old-space-size=1536', '--heap-growing-percent=300', '--max-semi-space-size=32']);
    expect(helper).toMatch(/^\/x\/s\.cjs\.[0-9a-f]{8}\.cache$/);
    expect(cachePathFor('/x/s.cjs', ['--max-old-space-size=800', '--heap-growing-percent=300', '--max-semi-space-size=32'])).not.toBe(helper);
    expect(cachePathFor('/x/s.cjs', ['--max-old-space-size=1536', '--heap-growing-percent=300', '--max-semi-space-size=32'])).toBe(helper);
  });
});

describe('the bundled helpers', () => {
  it('should run the isolating helper and the batch worker from one script holding pdf.js, with the cache the build made for their flags', async () => {
    const bundle = join(ROOT, 'dist', 'bundle');
    const scripts = readdirSync(bundle).filter((f) => f.endsWith('.cjs'));
    expect(scripts).toHaveLength(1);
    const code = readFileSync(join(bundle, scripts[0]!), 'latin1');
    expect(code).toContain('WorkerMessageHandler'); // pdf.js's worker side is inside
    expect(code).not.toMatch(/\bimport\(/);
    for (const shim of ['isolate-worker.js', join('batch', 'worker.js')]) expect(readFileSync(join(ROOT, 'dist', shim), 'utf8')).toContain(`bundle/${scripts[0]}`);
    const { cachePathFor } = (await import(RUNNER)) as { cachePathFor: (path: string, execArgv?: readonly string[]) => string };
    const { helperExecArgv } = (await import(pathToFileURL(join(ROOT, 'dist', '_internal', 'child.js')).href)) as { helperExecArgv: (mb: number) => string[] };
    expect(existsSync(cachePathFor(join(bundle, scripts[0]!), helperExecArgv(1536)))).toBe(true);
  });
});
