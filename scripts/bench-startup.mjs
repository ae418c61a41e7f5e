#!/usr/bin/env node
/**
 * @file Cold start of the CLI as a ratio to `node -e 0` (part of `npm run bench`; alone:
 * `node scripts/bench-startup.mjs [--runs 15] [--base DIST]`). Each case is a fresh process; the
 * cases run interleaved (so a burst of load on the shared machine hits all of them) and the median
 * is taken. Target: extracting a 3 KB text file ≤ 3× `node -e 0`.
 * Besides wall time, each case's main-thread CPU time (Linux: /proc/self/task/PID/schedstat, read
 * at exit by a preload): what a loaded machine moves far less than wall time, and what wall time
 * comes down to on a quiet one (plus waits). `--base DIST` runs the same cases on another build
 * (e.g. main's dist/), interleaved with this one's: old and new measured back to back, same load.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What is started: [label, arguments after the CLI script, or null for `node -e 0`]. */
const CASES = [
  ['node -e 0', null],
  ['xxgk --version', ['--version']],
  ['xxgk extract --help', ['extract', '--help']],
  ['xxgk extract 3 KB .txt', ['extract', join(ROOT, 'samples', 'quirk-2019.txt')]],
  ['xxgk extract 31 KB .html', ['extract', join(ROOT, 'samples', 'html-cms-utf8.html')]],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A preload that writes the main thread's CPU ms to `file` at exit (Linux only). */
function cpuPreload(dir) {
  const file = join(dir, 'main-thread-cpu.cjs');
  writeFileSync(
    file,
    `const fs = require('fs');
process.on('exit', () => {
  try {
    const ns = Number(fs.readFileSync('/proc/self/task/' + process.pid + '/schedstat', 'utf8').split(' ')[0]);
    fs.appendFileSync(process.env.XXGK_BENCH_CPU_FILE, (ns / 1e6).toFixed(2) + '\\n');
  } catch {}
});
`,
  );
  return file;
}

/**
 * Median wall ms per case, its ratio to `node -e 0`, and the median main-thread CPU ms (null where
 * /proc does not tell). `dists`: the builds to start, by label (this checkout's dist/ by default).
 */
export function coldStart(runs = 15, dists = { '': join(ROOT, 'dist') }) {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-startup-'));
  const preload = existsSync('/proc/self/task') ? cpuPreload(dir) : null;
  const cpuFile = join(dir, 'cpu.txt');
  const rows = [];
  for (const [build, dist] of Object.entries(dists)) {
    for (const [label, args] of CASES) {
      if (args === null && rows.some((r) => r.args === null)) continue;
      rows.push({ case: args === null ? label : `${build ? `${build}: ` : ''}${label}`, args: args && [join(dist, 'cli', 'bin.js'), ...args], wall: [], cpu: [] });
    }
  }
  try {
    for (let i = 0; i < runs; i++) {
      for (const row of rows) {
        const args = row.args ?? ['-e', '0'];
        writeFileSync(cpuFile, '');
        const t0 = performance.now();
        const r = spawnSync(process.execPath, [...(preload ? ['-r', preload] : []), ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, XXGK_BENCH_CPU_FILE: cpuFile } });
        row.wall.push(performance.now() - t0);
        if (r.status !== 0) throw new Error(`${row.case}: exit ${r.status}: ${r.stderr}`);
        const cpu = Number.parseFloat(readFileSync(cpuFile, 'utf8'));
        if (Number.isFinite(cpu)) row.cpu.push(cpu);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const base = median(rows[0].wall);
  const baseCpu = rows[0].cpu.length ? median(rows[0].cpu) : null;
  return rows.map((r) => {
    const cpu = r.cpu.length === runs ? median(r.cpu) : null;
    return { case: r.case, medianMs: median(r.wall), ratio: median(r.wall) / base, mainThreadCpuMs: cpu, cpuRatio: cpu !== null && baseCpu ? cpu / baseCpu : null };
  });
}

/** Prints the table and the verdict on the text-file target. */
export function printColdStart(rows) {
  console.table(rows.map((r) => ({ case: r.case, 'median ms': r.medianMs.toFixed(0), 'ratio to node -e 0': r.ratio.toFixed(2), 'main-thread CPU ms': r.mainThreadCpuMs?.toFixed(0) ?? '—', 'CPU ratio': r.cpuRatio?.toFixed(2) ?? '—' })));
  for (const text of rows.filter((r) => r.case.includes('.txt'))) {
    console.log(`cold start: ${text.case.replace(/xxgk extract 3 KB \.txt$/, 'extract of a 3 KB text file')} ${text.ratio.toFixed(2)}× node -e 0 (target ≤ 3×)${text.cpuRatio !== null ? `; main-thread CPU ${text.cpuRatio.toFixed(2)}×` : ''}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--base');
  const dists = i > 0 ? { base: resolve(process.argv[i + 1]), this: join(ROOT, 'dist') } : undefined;
  printColdStart(coldStart(numberArg('runs', 15), dists));
}
