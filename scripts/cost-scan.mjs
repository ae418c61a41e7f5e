#!/usr/bin/env node
/**
 * @file Pathological CPU costs over many inputs: `node scripts/cost-scan.mjs [--dist DIST] [--runs 2]
 * [--factor 4] [--top 15] [--stages] PATH …` (a PATH is a file, a directory walked recursively, or
 * a .tsv manifest whose first column is a path). Every input is extracted in this thread (as a batch
 * worker runs it: `setIsolated(true)`), in CPU time (`process.cpuUsage`, pdf.js and GC threads
 * included), after one warm-up pass over the first few inputs; a document whose first run is over
 * its unit's flag line is run `--runs` times more and its minimum kept (a loaded machine only adds
 * time). Cost per unit: ms per page for PDFs (`source.pages`), ms per KB for every other input.
 * Flagged: cost over `--factor` × the median of its unit (and over 40 ms/page or 40 ms/KB). With
 * `--all` the costliest `--top` inputs are listed, flagged (`!`) or not. With
 * `--stages` the listed ones are run once more with the stage clock on and their three costliest
 * stages printed (`_internal/stage-clock.ts`), which names the step to look into.
 * Seedless: it reads what it is given. Session 50 ran it over /tmp/fresh49/manifest.noocr.tsv,
 * /tmp/fresh48/in/docs, samples/ and `scripts/stress.mjs`'s outputs (docs/development.md).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { numberArg, stringArg } from './cli-args.mjs';
import { cpuMs, med } from './bench-clock.mjs';

const dist = resolve(stringArg('dist', 'dist'));
const { extract } = await import(pathToFileURL(join(dist, 'index.js')).href);
const { setIsolated } = await import(pathToFileURL(join(dist, 'isolate.js')).href);
const clock = await import(pathToFileURL(join(dist, '_internal/stage-clock.js')).href);
setIsolated(true);

const runs = numberArg('runs', 2);
const factor = numberArg('factor', 4);
const top = numberArg('top', 15);
const withStages = process.argv.includes('--stages');
const FLOOR_MS = 40;
const SKIP = /\.(json|md|png|jpe?g|tiff?|gz|zip|sh|py|mjs|tsv)$/i;

/** Every input under `p` (a file, a directory, or a manifest .tsv's first column). */
function inputs(p) {
  if (p.endsWith('.tsv')) return readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
  const st = statSync(p);
  if (st.isFile()) return [p];
  return readdirSync(p).sort().flatMap((f) => inputs(join(p, f))).filter((f) => !SKIP.test(f));
}

const valueArgs = new Set(['--dist', '--runs', '--factor', '--top']);
const paths = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !valueArgs.has(all[i - 1]));
const files = [...new Set(paths.flatMap(inputs))];

/** CPU ms of one extraction of `file` and its page count (0 when not a PDF or when it failed). */
async function once(file) {
  const t0 = cpuMs();
  const r = await extract(file).catch((e) => ({ error: e.code ?? String(e) }));
  return { ms: cpuMs() - t0, pages: r.source?.format === 'pdf' ? (r.source.pages ?? 0) : 0, error: r.error };
}

for (const f of files.slice(0, 4)) await once(f); // warm-up: JIT and the lazily loaded stages

const rows = [];
for (const file of files) {
  const kb = statSync(file).size / 1024;
  const r = await once(file);
  const pdf = /\.pdf$/i.test(file);
  rows.push({ file, kb, pdf, ...r, unit: pdf ? r.ms / Math.max(1, r.pages) : r.ms / Math.max(1, kb) });
}

const medOf = (pdf) => med(rows.filter((r) => r.pdf === pdf).map((r) => r.unit)) ?? 0;
const medians = { pdf: medOf(true), text: medOf(false) };
const line = (r) => Math.max(FLOOR_MS, factor * (r.pdf ? medians.pdf : medians.text));
for (const r of rows.filter((x) => x.unit > line(x))) {
  const more = [r.ms];
  for (let i = 0; i < runs; i++) more.push((await once(r.file)).ms);
  r.ms = Math.min(...more);
  r.unit = r.pdf ? r.ms / Math.max(1, r.pages) : r.ms / Math.max(1, r.kb);
}
const flagged = rows.filter((r) => r.unit > line(r)).sort((a, b) => b.unit - a.unit);
const shown = process.argv.includes('--all') ? [...rows].sort((a, b) => b.unit - a.unit).slice(0, top) : flagged.slice(0, top);
console.log(`${rows.length} inputs (${rows.filter((r) => r.pdf).length} PDF); median ${medians.pdf.toFixed(1)} ms/page (PDF), ${medians.text.toFixed(1)} ms/KB (other); flag line ${factor}× the median, at least ${FLOOR_MS}`);
console.log(`flagged ${flagged.length}:`);
for (const r of shown) {
  let stages = '';
  if (withStages) {
    clock.startClock();
    await once(r.file);
    const laps = [...clock.stopClock()].sort((a, b) => b[1] - a[1]).slice(0, 3);
    stages = '  ' + laps.map(([s, ms]) => `${s} ${ms.toFixed(0)}`).join(', ');
  }
  const unit = r.pdf ? `${r.unit.toFixed(0)} ms/page (${r.pages} p)` : `${r.unit.toFixed(0)} ms/KB (${r.kb.toFixed(1)} KB)`;
  console.log(`${flagged.includes(r) ? '!' : ' '} ${unit.padEnd(24)} ${r.ms.toFixed(0).padStart(6)} ms  ${r.file}${r.error ? ' ' + r.error : ''}${stages}`);
}
