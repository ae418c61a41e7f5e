#!/usr/bin/env node
/**
 * @file Where extract()'s time goes on PDFs, stage by stage: `npm run bench` prints it after the PDF
 * ratios; alone: `node scripts/bench-stages.mjs [--runs 5] [FILE.pdf ...]` (default: the sample and
 * corpus PDFs). Each document is extracted in this thread (as batch workers run it) with the stage
 * clock on (`_internal/stage-clock.ts`: the code marks the end of each stage), after one warm-up
 * run; per document the median CPU ms of each stage over the runs, summed over the documents, per
 * page and as a share of the whole. The text floor (`getTextContent` on every page, pdf.js set up as
 * the library runs it) is measured interleaved, in CPU time too; both under the helpers' V8 flags
 * (bench-flags.mjs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/index.js';
import { setIsolated } from '../dist/isolate.js';
import { startClock, stopClock } from '../dist/_internal/stage-clock.js';
import { cpuMs, med, settleCpuMs } from './bench-clock.mjs';
import { HELPER_FLAGS, underFlags, underHelperFlags } from './bench-flags.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The sample and shared-corpus PDFs `npm run bench` measures. */
export function benchPdfs() {
  const corpus = join(ROOT, '..', 'shared', 'corpus');
  return [
    ...(existsSync(corpus) ? readdirSync(corpus).map((d) => join(corpus, d, 'report.pdf')).filter(existsSync) : []),
    ...readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.pdf')).map((f) => join(ROOT, 'samples', f)),
  ];
}

/**
 * Stage table over `files`: `floor(bytes)` reads the text floor and resolves to the page count.
 * Returns `{ pages, floorMs, totalMs, stages: [{ stage, ms, msPerPage, share }] }` (CPU ms summed over the files).
 */
export async function stageBreakdown(files, floor, runs = 5) {
  setIsolated(true); // this process runs the stages (as a helper or batch worker does)
  const sums = new Map();
  let pages = 0;
  let floorMs = 0;
  let totalMs = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    await extract(new Uint8Array(bytes)).catch(() => null);
    let n = await floor(bytes);
    const perStage = new Map();
    const floors = [];
    const totals = [];
    for (let i = 0; i < runs; i++) {
      // Each run charged the work it leaves behind (settleCpuMs): back to back, the floor's garbage
      // (~0.2× the floor, collected on V8's threads after it returns) was charged to the extraction.
      const f0 = cpuMs();
      n = await floor(bytes);
      floors.push(cpuMs() - f0 + (await settleCpuMs(cpuMs)));
      const t0 = cpuMs();
      startClock();
      await extract(new Uint8Array(bytes)).catch(() => null);
      const laps = stopClock();
      totals.push(cpuMs() - t0 + (await settleCpuMs(cpuMs)));
      for (const [stage, ms] of laps) perStage.set(stage, [...(perStage.get(stage) ?? []), ms]);
    }
    pages += n;
    floorMs += med(floors);
    totalMs += med(totals);
    for (const [stage, xs] of perStage) sums.set(stage, (sums.get(stage) ?? 0) + med([...xs, ...Array(runs - xs.length).fill(0)]));
  }
  const staged = [...sums.values()].reduce((a, b) => a + b, 0);
  const stages = [...sums].map(([stage, ms]) => ({ stage, ms, msPerPage: ms / pages, share: ms / staged })).sort((a, b) => b.ms - a.ms);
  return { pages, floorMs, totalMs, stagedMs: staged, stages };
}

/** Prints the stage table. */
export function printStages(r) {
  console.log(`extract() by stage, in this thread (${underFlags() ? HELPER_FLAGS.join(' ') : "V8's default flags"}), CPU ms summed over the PDFs' ${r.pages} pages (medians per document); text floor ${(r.floorMs / r.pages).toFixed(1)} ms/page; whole extraction ${(r.totalMs / r.pages).toFixed(1)} ms/page = ${(r.totalMs / r.floorMs).toFixed(2)}× the floor`);
  console.table(r.stages.map((s) => ({ stage: s.stage, 'ms/page': s.msPerPage.toFixed(2), share: `${(s.share * 100).toFixed(1)}%`, '× floor': (s.ms / r.floorMs).toFixed(3) })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The floor and the extraction under the helpers' V8 flags, as the library's helpers run (bench-flags.mjs).
  underHelperFlags();
  const { numberArg } = await import('./cli-args.mjs');
  const { floor } = await import('./bench-floor.mjs');
  const files = process.argv.slice(2).filter((a) => a.endsWith('.pdf'));
  printStages(await stageBreakdown(files.length ? files : benchPdfs(), floor, numberArg('runs', 5)));
}
