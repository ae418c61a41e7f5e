#!/usr/bin/env node
/**
 * @file Old and new builds compared stage by stage on PDFs, in CPU time: `node scripts/bench-ab.mjs
 * OLD NEW [--runs 5] [FILE.pdf ...]` (OLD, NEW: build directories inside the worktree, e.g. a copy of
 * dist/ made before the change under .tmp/; default files: the bench PDFs, `bench-stages.mjs`). Each
 * PDF is extracted in-thread by both builds, interleaved, with the stage clock on; per document the
 * median CPU ms of each stage, summed over the documents.
 * Two builds loaded in one process do not run alike even when they are the same code (on 2 loaded
 * cores a stage differed by up to 20 %, and swapping the load order turned 0.79 into 1.32, 2026-12-02).
 * So the comparison runs twice, in two processes, OLD loaded first and then NEW loaded first, and
 * prints each run and the geometric mean of the two NEW/OLD ratios, which cancels an order bias (not
 * the load's noise: compare with stages the change did not touch).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpuMs, med } from './bench-clock.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One process: `dists` loaded in this order; prints a JSON line `{ total: [...], stages: { name: [...] } }` per build. */
async function child(dists, runs, files) {
  const builds = [];
  for (const d of dists) {
    const at = pathToFileURL(resolve(ROOT, d)).href;
    const { extract } = await import(`${at}/index.js`);
    (await import(`${at}/isolate.js`)).setIsolated(true);
    builds.push({ extract, clock: await import(`${at}/_internal/stage-clock.js`), total: 0, stages: {} });
  }
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const b of builds) await b.extract(new Uint8Array(bytes)).catch(() => null);
    const per = builds.map(() => ({ totals: [], stages: new Map() }));
    for (let r = 0; r < runs; r++) {
      for (let i = 0; i < builds.length; i++) {
        const k = r % 2 === 0 ? i : builds.length - 1 - i;
        const b = builds[k];
        const t0 = cpuMs();
        b.clock.startClock();
        await b.extract(new Uint8Array(bytes)).catch(() => null);
        const laps = b.clock.stopClock();
        per[k].totals.push(cpuMs() - t0);
        for (const [stage, ms] of laps) per[k].stages.set(stage, [...(per[k].stages.get(stage) ?? []), ms]);
      }
    }
    builds.forEach((b, i) => {
      b.total += med(per[i].totals);
      for (const [stage, xs] of per[i].stages) b.stages[stage] = (b.stages[stage] ?? 0) + med([...xs, ...Array(runs - xs.length).fill(0)]);
    });
  }
  console.log(JSON.stringify(builds.map(({ total, stages }) => ({ total, stages }))));
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  const [, a, b, runs, ...files] = args;
  await child([a, b], Number(runs), files);
} else {
  const { numberArg } = await import('./cli-args.mjs');
  const [oldDist, newDist] = args.filter((a) => !a.startsWith('--') && !a.endsWith('.pdf') && !/^\d+$/.test(a));
  if (!oldDist || !newDist) {
    console.error('usage: node scripts/bench-ab.mjs OLD NEW [--runs 5] [FILE.pdf ...]');
    process.exit(2);
  }
  const named = args.filter((a) => a.endsWith('.pdf'));
  const { benchPdfs } = await import('./bench-stages.mjs');
  const files = named.length ? named : benchPdfs();
  const runs = String(numberArg('runs', 5));
  const run = (first, second) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', first, second, runs, ...files], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').at(-1));
  const [o1, n1] = run(oldDist, newDist);
  const [n2, o2] = run(newDist, oldDist);
  const ratio = (n, o) => (o > 0 ? n / o : NaN);
  const both = (n1v, o1v, n2v, o2v) => Math.sqrt(ratio(n1v, o1v) * ratio(n2v, o2v));
  console.log(`CPU ms summed over ${files.length} PDFs (medians of ${runs}); OLD first: old → new, NEW first: old → new; new/old, geometric mean of both orders`);
  const line = (name, a, b, c, d) => console.log(`${name.padEnd(32)} ${a.toFixed(1).padStart(8)} → ${b.toFixed(1).padStart(8)} | ${c.toFixed(1).padStart(8)} → ${d.toFixed(1).padStart(8)}   ${both(b, a, d, c).toFixed(3)}`);
  line('whole extraction', o1.total, n1.total, o2.total, n2.total);
  for (const stage of Object.keys(o1.stages).sort((x, y) => o1.stages[y] - o1.stages[x])) {
    line(stage, o1.stages[stage], n1.stages[stage] ?? 0, o2.stages[stage] ?? 0, n2.stages[stage] ?? 0);
  }
}
