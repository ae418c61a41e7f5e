/**
 * @file The A/B part of `npm run bench -- --against DIST` (bench.mjs): the ratio of ratios over the
 * PDFs, and the cold start of both builds' `xxgk extract` on a PDF, interleaved.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { med } from './bench-clock.mjs';

/** Geometric mean of `xs`. */
const geo = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

/**
 * Prints, per PDF and over them, this build's ratio to the floor against DIST's (both measured in
 * the same runs, bench.mjs `--against`), and this / DIST: the ratio of ratios (< 1: this build is faster).
 */
export function printAgainst(results, dist) {
  const cols = [
    ['CPU default', 'cpuRatio'],
    ['CPU batch', 'inThreadCpuRatio'],
    ['wall default', 'ratio'],
    ['wall batch', 'inThreadRatio'],
  ];
  console.table(results.pdf.map((r) => Object.fromEntries([['file', r.file.split('/').slice(-2).join('/')], ...cols.map(([label, k]) => [`${label}: ${dist.split('/').slice(-3, -1).join('/')} → this`, `${r.against[k].toFixed(2)} → ${r[k].toFixed(2)}`])])));
  const summary = {};
  for (const [label, k] of cols) {
    const [a, b] = [med(results.pdf.map((r) => r.against[k])), med(results.pdf.map((r) => r[k]))];
    const per = results.pdf.map((r) => r[k] / r.against[k]);
    summary[label] = { against: a, this: b, ratioOfMedians: b / a, medianRatio: med(per), geoMeanRatio: geo(per) };
    console.log(`${label}: × the floor, median of the PDFs: ${dist} ${a.toFixed(2)} → this build ${b.toFixed(2)}; ratio of ratios (this / against): ${(b / a).toFixed(3)} of the medians, per PDF median ${med(per).toFixed(3)}, geometric mean ${geo(per).toFixed(3)}`);
  }
  results.against = { dist, summary };
}

/** ms to wait for every process of a cold start (the helper exits after its parent) to write its CPU. */
const WAIT_MS = 5000;

/**
 * Cold `xxgk extract FILE` through `cliA` and `cliB`, alternated, `runs` each: medians of wall ms and
 * of CPU ms of every process (the CLI and its helper, `process.cpuUsage()` at exit, written by a preload).
 */
export function coldAB(file, cliA, cliB, runs = 5) {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-cold-'));
  const pre = join(dir, 'cpu.cjs');
  writeFileSync(pre, "const fs = require('fs');\nprocess.on('exit', () => { const c = process.cpuUsage(); fs.appendFileSync(process.env.XXGK_BENCH_CPU_OUT, `${(c.user + c.system) / 1000}\\n`); });\n");
  const xs = { a: { wall: [], cpu: [] }, b: { wall: [], cpu: [] } };
  const once = (cli, into, i) => {
    const out = join(dir, `cpu-${i}`);
    const env = { ...process.env, XXGK_BENCH_CPU_OUT: out, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${pre}` };
    const t0 = performance.now();
    spawnSync(process.execPath, [cli, 'extract', file], { stdio: 'ignore', env });
    into.wall.push(performance.now() - t0);
    // The helper exits once its parent has gone: wait for its line.
    const lines = () => readFileSync(out, 'utf8').trim().split('\n');
    for (const t = Date.now(); lines().length < 2 && Date.now() - t < WAIT_MS; ) spawnSync('sleep', ['0.05']);
    into.cpu.push(lines().reduce((s, l) => s + Number(l), 0));
  };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? ['b', 'a'] : ['a', 'b'];
    for (const k of order) once(k === 'a' ? cliA : cliB, xs[k], `${i}${k}`);
  }
  rmSync(dir, { recursive: true, force: true });
  return { wall: med(xs.a.wall), cpu: med(xs.a.cpu), otherWall: med(xs.b.wall), otherCpu: med(xs.b.cpu) };
}
