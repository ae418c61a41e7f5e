#!/usr/bin/env node
/**
 * @file Which functions V8 compiles again after a full collection: `node scripts/bench-recompiles.mjs
 * [--dist DIST] [--top N]`. In a child under the helpers' V8 flags plus `--single-threaded-gc
 * --expose-gc --print-opt-source`: two passes of the bench PDFs through `extract`, a forced full GC,
 * then one more pass whose optimizing (TurboFan) compiles are counted by file, and our anonymous
 * functions listed by line. A function made per call (an arrow passed to `map`, a helper declared
 * inside a function) loses its optimized code at the first full GC after its last instance died
 * and shows up here; a module-level one keeps it (docs/development.md, 32nd pass).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HELPER_FLAGS } from './bench-flags.mjs';
import { numberArg, stringArg } from './cli-args.mjs';

const args = process.argv.slice(2);
if (args[0] === '--child') {
  const dist = new URL(`file://${args[1]}/`);
  const { extract } = await import(new URL('index.js', dist).href);
  (await import(new URL('isolate.js', dist).href)).setIsolated(true);
  const docs = args.slice(2).map((f) => readFileSync(f));
  for (let i = 0; i < 2; i++) for (const b of docs) await extract(new Uint8Array(b)).catch(() => null);
  globalThis.gc();
  console.log('@@counted');
  for (const b of docs) await extract(new Uint8Array(b)).catch(() => null);
  await new Promise((r) => setTimeout(r, 3000));
} else {
  const { benchPdfs } = await import('./bench-stages.mjs');
  const dist = stringArg('dist', 'dist').replace(/^(?!\/)/, `${process.cwd()}/`).replace(/\/$/, '');
  const flags = [...HELPER_FLAGS, '--single-threaded-gc', '--expose-gc', '--print-opt-source'];
  const proc = spawn(process.execPath, [...flags, fileURLToPath(import.meta.url), '--child', dist, ...benchPdfs()], { stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  proc.stdout.setEncoding('utf8').on('data', (d) => (text += d));
  await new Promise((done) => proc.on('close', done));
  const byFile = new Map();
  const anonymous = [];
  let counted = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('@@counted')) counted = true;
    // A compile's own header (inlined functions' have an id ≥ 0 after the comma).
    const m = counted && /^--- FUNCTION SOURCE \(([^()\s]*)\) id\{\d+,-1\} start\{(\d+)\}/.exec(line);
    if (!m) continue;
    const at = m[1].lastIndexOf(':');
    const [url, name] = [m[1].slice(0, at), m[1].slice(at + 1)];
    const file = url.startsWith(`file://${dist}/`) ? url.slice(dist.length + 8) : url.replace(/.*node_modules\//, '');
    byFile.set(file, (byFile.get(file) ?? 0) + 1);
    if (!name && url.startsWith(`file://${dist}/`)) anonymous.push(`${file}:${readFileSync(fileURLToPath(url), 'utf8').slice(0, Number(m[2])).split('\n').length}`);
  }
  const total = [...byFile.values()].reduce((a, b) => a + b, 0);
  console.log(`${total} TurboFan compiles in a pass of the bench PDFs after a forced full GC (${dist}); by file:`);
  for (const [f, n] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, numberArg('top', 30))) console.log(`${String(n).padStart(5)} ${f}`);
  console.log(`our anonymous functions (${anonymous.length}): ${anonymous.sort().join(' ')}`);
}
