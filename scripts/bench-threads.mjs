#!/usr/bin/env node
/**
 * @file Where a PDF extraction's CPU goes by thread, next to the text floor's: `node
 * scripts/bench-threads.mjs [--runs 5] [--v8 "--single-threaded-gc"] [--dists dist,/tmp/snapN/dist]
 * [--names N] [FILE.pdf ...]` (default: the bench PDFs; `--dists`: each build's `extract` as a mode
 * of its own in the same child, A/B in one run; `--names N`: the N functions compiled most a pass). Passes over the files, the floor (`bench-floor.mjs`) and an in-thread extraction
 * alternated (the order swapped each pass, after one warm-up pass of each), in a child process under
 * the helpers' V8 flags (plus `--v8`'s) with `--trace-opt --trace-gc`; per pass, each charged the
 * work it leaves behind (bench-clock.mjs settleCpuMs): CPU of the main thread and of every other
 * thread (V8's: concurrent and parallel GC, optimizing compiles), from /proc schedstat (Linux), the
 * optimizing (TurboFan) compiles finished and the full collections (Mark-Compact) during it.
 * Medians over the passes, per page, and as multiples of the floor's whole CPU. With
 * `--v8 --single-threaded-gc` the GC runs on the main thread, so the other threads' CPU is the
 * optimizing compiles (2026-12-04: extraction ~650 ms a pass of the 11 bench PDFs against the
 * floor's ~130–250: TurboFan compiling the same functions again after every document's garbage is
 * collected, docs/development.md).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { med, settleCpuMs } from './bench-clock.mjs';
import { HELPER_FLAGS } from './bench-flags.mjs';
import { numberArg, stringArg } from './cli-args.mjs';

/** CPU ms of this process's threads: the main thread's and the rest's (/proc schedstat). */
function threadsMs() {
  let main = 0;
  let other = 0;
  for (const t of readdirSync('/proc/self/task')) {
    try {
      const ms = Number(readFileSync(`/proc/self/task/${t}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
      if (t === String(process.pid)) main += ms;
      else other += ms;
    } catch {
      // thread ended
    }
  }
  return { main, other };
}

/**
 * The extraction modes: `--dists A,B` (each dist's `extract`, A/B in one process, passes
 * interleaved), else `XXGK_DIST` or `dist`, named `extract`.
 */
function distModes() {
  const dists = process.env.XXGK_DISTS?.split(',').filter(Boolean);
  if (!dists?.length) return [['extract', process.env.XXGK_DIST ?? 'dist']];
  return dists.map((d) => [`extract ${d}`.replace(/\s/g, '_'), d]);
}

/** The child: passes over `files`, a line `@pass MODE MAIN OTHER` after each (V8's trace lines in between). */
async function child(runs, files) {
  const { floor } = await import('./bench-floor.mjs');
  const docs = files.map((f) => readFileSync(f));
  const modes = { floor: async (b) => floor(b) };
  for (const [mode, dir] of distModes()) {
    const dist = new URL(`file://${dir.replace(/^(?!\/)/, `${process.cwd()}/`).replace(/\/?$/, '/')}`);
    const { extract } = await import(new URL('index.js', dist).href);
    (await import(new URL('isolate.js', dist).href)).setIsolated(true);
    modes[mode] = async (b) => extract(new Uint8Array(b)).catch(() => null);
  }
  const both = Object.keys(modes);
  for (let i = 0; i <= runs; i++) {
    // Rotated each pass: every mode runs first, middle and last in turn.
    for (const mode of both.map((_, j) => both[(i + j) % both.length])) {
      console.log(`@start ${mode}`);
      const t0 = threadsMs();
      for (const b of docs) await modes[mode](b);
      await settleCpuMs(() => {
        const t = threadsMs();
        return t.main + t.other;
      });
      const t1 = threadsMs();
      // The first pass of each is the warm-up.
      console.log(`@pass ${i === 0 ? 'warm' : mode} ${t1.main - t0.main} ${t1.other - t0.other}`);
    }
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  await child(Number(args[1]), args.slice(2));
} else {
  const { benchPdfs } = await import('./bench-stages.mjs');
  const named = args.filter((a) => a.endsWith('.pdf'));
  const files = named.length ? named : benchPdfs();
  const runs = numberArg('runs', 5);
  const extra = (stringArg('v8', '') ?? '').split(/\s+/).filter(Boolean);
  const flags = [...HELPER_FLAGS, ...extra, '--trace-opt', '--trace-gc'];
  const dists = stringArg('dists', '');
  const env = dists ? { ...process.env, XXGK_DISTS: dists } : process.env;
  const proc = spawn(process.execPath, [...flags, fileURLToPath(import.meta.url), '--child', String(runs), ...files], { stdio: ['ignore', 'pipe', 'inherit'], env });
  let text = '';
  proc.stdout.setEncoding('utf8').on('data', (d) => (text += d));
  await new Promise((done) => proc.on('close', done));
  const passes = {};
  // Per mode, each compiled function's count over the measured passes (`--names N` prints the top N).
  const names = {};
  let started = '';
  let compiled = [];
  let fullGcs = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('@start')) [started, compiled, fullGcs] = [line.slice(7), [], 0];
    else if (line.includes('completed compiling')) compiled.push(/<JSFunction (\S*)/.exec(line)?.[1] || '(anonymous)');
    else if (line.includes('Mark-Compact')) fullGcs++;
    else if (line.startsWith('@pass')) {
      const [, mode, main, other] = line.split(' ');
      if (mode === 'warm') continue;
      (passes[mode] ??= []).push({ main: Number(main), other: Number(other), compiles: compiled.length, fullGcs });
      const counts = (names[started] ??= new Map());
      for (const n of compiled) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  const pages = await (async () => {
    const { floor } = await import('./bench-floor.mjs');
    let n = 0;
    for (const f of files) n += await floor(readFileSync(f));
    return n;
  })();
  const floorMs = med(passes.floor.map((p) => p.main + p.other));
  console.log(`${files.length} PDFs, ${pages} pages; ${runs} passes each after a warm-up, alternated; flags ${flags.join(' ')}; CPU ms per page (median of the passes), × the floor's whole`);
  console.table(Object.entries(passes).map(([mode, ps]) => {
    const m = (k) => med(ps.map((p) => p[k]));
    const whole = med(ps.map((p) => p.main + p.other));
    return { mode: mode.slice(-28), 'main thread': (m('main') / pages).toFixed(1), 'other threads': (m('other') / pages).toFixed(1), whole: (whole / pages).toFixed(1), '× floor': (whole / floorMs).toFixed(2), 'main × floor': (m('main') / floorMs).toFixed(2), 'other × floor': (m('other') / floorMs).toFixed(2), 'TurboFan compiles': m('compiles'), 'Mark-Compacts': m('fullGcs') };
  }));
  const top = numberArg('names', 0);
  for (const [mode, counts] of Object.entries(names)) {
    if (!top) break;
    const list = [...counts].sort((a, b) => b[1] - a[1]).slice(0, top);
    console.log(`${mode}: compiles per pass by function (top ${top}): ${list.map(([n, c]) => `${n} ${(c / runs).toFixed(1)}`).join(', ')}`);
  }
}
