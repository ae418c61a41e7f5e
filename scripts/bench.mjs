#!/usr/bin/env node
/**
 * @file `npm run bench`: the speed and memory figures, measured in one process and one run so the
 * ratios compare like with like (the machines are shared and noisy; absolute times move).
 *  0. Cold start of `xxgk extract` on a 3 KB text file (and --version, --help, an HTML page) as a
 *     ratio to `node -e 0` (scripts/bench-startup.mjs).
 *  1. PDF: per-page time of extract() vs the pdf.js text floor (getTextContent on the same pages, pdf.js set up as the library runs it, stock pdf.js for reference;
 *     warm; medians), as the library runs by default (helper process) and in a batch worker process
 *     as `xxgk batch` runs it (the pool's own worker, with its heap flags); text + operator lists on every page for reference; `pdftotext -layout` when
 *     installed; the same ratios in CPU time (this process and its helper, every thread, from /proc
 *     on Linux; each run charged the work it leaves behind, bench-clock.mjs settleCpuMs), which a
 *     loaded machine moves far less; a table of extract()'s CPU time by stage (in this thread:
 *     pdf.js text and operator lists, each page-cleaning stage, layout, mapping, solver, output;
 *     scripts/bench-stages.mjs); cold start of `xxgk extract` on a PDF and a text file.
 *  2. HTML: ms per MB on a 1 MB page (a report inside 1 MB of site chrome); text/HTML ms per document.
 *  3. Batch: throughput over a generated archive of ≥ 1000 documents with 1 and 2 workers, RSS after
 *     100 and after 1000 documents, peak RSS.
 *  4. OCR (when the optional OCR packages are installed; `--no-ocr` skips it): seconds per scanned
 *     page, the share of rendering vs recognition, recogniser start-up, peak RSS of a process doing
 *     only OCR (scripts/bench-ocr.mjs in a child process).
 * Prints a table and writes bench/results.json.
 *   node scripts/bench.mjs [--docs 1000] [--runs 10] [--pdf-only] [--no-ocr] [--against DIST]
 * `--against DIST` (A/B): another build's extract() (its own helper and batch worker) runs as two
 * more modes interleaved with this build's in the same runs, and the PDF section ends with the ratio
 * of ratios (this build's ratio to the floor / DIST's, per file, median and geometric mean) and the cold
 * start of both builds' `xxgk extract` interleaved; the HTML, batch and OCR sections are skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeArchive } from './bench-archive.mjs';
import { numberArg, stringArg } from './cli-args.mjs';
import { coldAB, printAgainst } from './bench-against.mjs';
import { coldStart, printColdStart } from './bench-startup.mjs';
import { extract } from '../dist/index.js';
import { setIsolated } from '../dist/isolate.js';
/** true: extract in the helper process (library default); false: in this thread, as batch workers run it. */
const setPdfIsolation = (child) => setIsolated(!child);
import { floor } from './bench-floor.mjs';
import { benchPdfs, printStages, stageBreakdown } from './bench-stages.mjs';
import { listInputs, runBatch } from '../dist/batch/index.js';
import { ExtractPool } from '../dist/batch/pool.js';
import { DEFAULT_MAX_HEAP_MB } from '../dist/options.js';
import { med, settleCpuMs, treeCpuMs } from './bench-clock.mjs';
import { HELPER_FLAGS, underHelperFlags } from './bench-flags.mjs';

// Every measure below runs in a process under the library's helper flags (bench-flags.mjs): the
// text floor and the stage table's in-thread extraction in this process, as the helper and the batch
// worker run theirs.
underHelperFlags();

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = numberArg('runs', 10);
const DOCS = numberArg('docs', 1000);
const mib = (bytes) => bytes / 2 ** 20;

/** Runs of the HTML measure (after as many warm-up runs). */
const HTML_RUNS = 30;

/** Median ms of `runs` calls after `runs` warm-up calls. */
async function median(fn, runs = HTML_RUNS) {
  const xs = [];
  for (let i = 0; i < 2 * runs; i++) {
    const t0 = performance.now();
    await fn();
    if (i >= runs) xs.push(performance.now() - t0);
  }
  return xs.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function time(fn, runs = RUNS) {
  await fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - t0) / runs;
}

// 0. Cold start of the CLI, as a ratio to `node -e 0` (bench-startup.mjs).
const startup = process.argv.includes('--against') ? null : coldStart();
if (startup) printColdStart(startup);

// 1. PDF
const corpus = join(ROOT, '..', 'shared', 'corpus');
const pdfs = benchPdfs();
const results = { date: new Date().toISOString(), node: process.version, coldStart: startup, pdf: [], html: null, text: null, batch: null };
/** Median ms of `runs` calls after one warm-up call. */
async function medianOf(fn, runs = RUNS) {
  await fn();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return xs.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
// CPU ms of this process and its helper processes, every thread (bench-clock.mjs: /proc schedstat on
// Linux; elsewhere this process only). On a shared, loaded machine wall time mostly measures the
// neighbours; CPU time far less.
const cpuNow = treeCpuMs;
/** Median CPU ms of `runs` calls after one warm-up call. */
async function medianCpu(fn, runs = RUNS) {
  await fn();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuNow();
    await fn();
    xs.push(cpuNow() - c0);
  }
  return med(xs);
}
// Batch workers as `xxgk batch` runs them: the pool's child process (its heap flags, its IPC, the
// report structured-cloned back), one document at a time. Its CPU time is read from /proc.
const pool = new ExtractPool({ workers: 1, maxHeapMb: DEFAULT_MAX_HEAP_MB });
let taskId = 0;
const inWorker = (p) => async (bytes) => {
  const r = await p.run({ id: taskId++, name: 'bench.pdf', bytes: new Uint8Array(bytes), timeoutMs: 60_000 });
  if (r.error) throw new Error(`batch worker: ${r.error.code} ${r.error.message}`);
};
const inBatchWorker = inWorker(pool);
// --against DIST: the other build's extract (its own helper: isolate.js is per build) and batch pool.
const AGAINST = stringArg('against', null)?.replace(/^(?!\/)/, `${process.cwd()}/`).replace(/\/?$/, '/');
const other = AGAINST && (await loadBuild(AGAINST));
/** DIST's extract() in its helper, its batch pool, its CLI. */
async function loadBuild(dist) {
  const url = (f) => pathToFileURL(join(dist, f)).href;
  (await import(url('isolate.js'))).setIsolated(false);
  const otherPool = new (await import(url('batch/pool.js'))).ExtractPool({ workers: 1, maxHeapMb: DEFAULT_MAX_HEAP_MB });
  return { extract: (await import(url('index.js'))).extract, pool: otherPool, inThread: inWorker(otherPool), cli: join(dist, 'cli', 'bin.js') };
}
for (const file of pdfs) {
  const bytes = readFileSync(file);
  let pages = 0;
  // For reference: text and operator lists, stock pdf.js.
  const floorOpsMs = await medianOf(() => floor(bytes, { withOps: true }));
  const stockMs = await medianOf(() => floor(bytes, { stock: true }));
  setPdfIsolation(true);
  // The floor, extract() as the library runs it and in a batch worker, interleaved run by run in a
  // rotating order, wall and CPU time of the same runs. Timed in blocks one after the other, the
  // default mode came out 1.89× the floor and the batch worker 1.53 (2026-12-03) for the same CPU
  // time, and the same wall time when interleaved: a block carried what the one before it left
  // running (this process collecting the stock floor's garbage on one of the two cores) and the
  // neighbours of its own minutes.
  const run = { floor: async () => (pages = await floor(bytes)), helper: () => extract(new Uint8Array(bytes)), inThread: () => inBatchWorker(bytes) };
  if (other) Object.assign(run, { otherHelper: () => other.extract(new Uint8Array(bytes)), otherInThread: () => other.inThread(bytes) });
  const keys = Object.keys(run);
  for (const key of keys) await run[key]();
  const wall = Object.fromEntries(keys.map((k) => [k, []]));
  const cpu = Object.fromEntries(keys.map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const key of [...keys.slice(i % keys.length), ...keys.slice(0, i % keys.length)]) {
      const c0 = cpuNow();
      const t0 = performance.now();
      await run[key]();
      wall[key].push(performance.now() - t0);
      // With the work the run left behind (settleCpuMs), not charged to the next run.
      const c1 = cpuNow();
      cpu[key].push(c1 - c0 + (await settleCpuMs(cpuNow)));
    }
  }
  const [textFloor, extractMs, inThreadMs] = [med(wall.floor), med(wall.helper), med(wall.inThread)];
  let pdftotextMs = null;
  try {
    const t0 = performance.now();
    for (let i = 0; i < RUNS; i++) execFileSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    pdftotextMs = (performance.now() - t0) / RUNS;
  } catch {
    pdftotextMs = null; // not installed
  }
  const ab = other && { cpuRatio: med(cpu.otherHelper) / med(cpu.floor), inThreadCpuRatio: med(cpu.otherInThread) / med(cpu.floor), ratio: med(wall.otherHelper) / textFloor, inThreadRatio: med(wall.otherInThread) / textFloor };
  results.pdf.push({ against: ab, file: file.replace(ROOT, '.').replace(corpus, 'corpus'), pages, floorMsPerPage: textFloor / pages, floorWithOpsMsPerPage: floorOpsMs / pages, stockFloorMsPerPage: stockMs / pages, extractMsPerPage: extractMs / pages, ratio: extractMs / textFloor, inThreadRatio: inThreadMs / textFloor, cpuRatio: med(cpu.helper) / med(cpu.floor), inThreadCpuRatio: med(cpu.inThread) / med(cpu.floor), floorCpuMsPerPage: med(cpu.floor) / pages, extractMsPerDoc: extractMs, pdftotextMsPerDoc: pdftotextMs });
}
console.table(results.pdf.map((r) => ({ file: r.file.split('/').slice(-2).join('/'), pages: r.pages, 'text floor ms/page': r.floorMsPerPage.toFixed(1), 'stock pdf.js text ms/page': r.stockFloorMsPerPage.toFixed(1), 'text+ops ms/page': r.floorWithOpsMsPerPage.toFixed(1), 'extract ms/page': r.extractMsPerPage.toFixed(1), 'ratio (default)': r.ratio.toFixed(2), 'ratio (batch worker)': r.inThreadRatio.toFixed(2), 'CPU ratio (default)': r.cpuRatio.toFixed(2), 'CPU ratio (batch)': r.inThreadCpuRatio.toFixed(2), 'pdftotext ms/doc': r.pdftotextMsPerDoc?.toFixed(0) ?? '—' })));
await pool.close();
console.log(`PDF text floor: getTextContent on every page, pdf.js set up as the library sets it up (PDFJS_PARAMS, FONT_FACE_PARAMS, its TextPort worker, withFastInflate), in this process under the helpers' V8 flags (${HELPER_FLAGS.join(' ')}); text+ops and stock pdf.js for reference`);
console.log(`PDF: extract / pdf.js text floor: library default median ${med(results.pdf.map((r) => r.ratio)).toFixed(2)} (max ${Math.max(...results.pdf.map((r) => r.ratio)).toFixed(2)}), in a batch worker median ${med(results.pdf.map((r) => r.inThreadRatio)).toFixed(2)}; in CPU time (this process + helper): default ${med(results.pdf.map((r) => r.cpuRatio)).toFixed(2)}, batch ${med(results.pdf.map((r) => r.inThreadCpuRatio)).toFixed(2)}`);
if (other) {
  await other.pool.close();
  printAgainst(results, AGAINST);
  results.coldStartExtract = coldAB(join(ROOT, 'samples', 'pdf-libreoffice-word.pdf'), join(ROOT, 'dist', 'cli', 'bin.js'), other.cli);
  console.log(`cold start of xxgk extract on a 4-page PDF, interleaved (median of 5, CPU of the CLI and its helper): this build ${results.coldStartExtract.cpu.toFixed(0)} ms, ${AGAINST} ${results.coldStartExtract.otherCpu.toFixed(0)} ms (ratio ${(results.coldStartExtract.cpu / results.coldStartExtract.otherCpu).toFixed(2)}); wall ${results.coldStartExtract.wall.toFixed(0)} / ${results.coldStartExtract.otherWall.toFixed(0)} ms`);
  writeResults();
  process.exit(0);
}
// Where the time over the floor goes, stage by stage, in this thread (bench-stages.mjs).
results.pdfStages = await stageBreakdown(pdfs, floor, Math.min(RUNS, 5));
printStages(results.pdfStages);
setPdfIsolation(true);
// Cold start: a fresh `xxgk extract` on one sample PDF (process start, module loading, pdf.js, helper).
const cli = join(ROOT, 'dist', 'cli', 'bin.js');
const coldPdf = join(ROOT, 'samples', 'pdf-libreoffice-word.pdf');
const coldTxt = join(ROOT, 'samples', 'quirk-tab.txt');
const cold = (f) => {
  const xs = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, [cli, 'extract', f], { stdio: ['ignore', 'ignore', 'ignore'] });
    xs.push(performance.now() - t0);
  }
  return med(xs);
};
results.coldStartExtract = { pdfMs: cold(coldPdf), textMs: cold(coldTxt) };
console.log(`cold start of xxgk extract (median of 5): PDF ${results.coldStartExtract.pdfMs.toFixed(0)} ms, text ${results.coldStartExtract.textMs.toFixed(0)} ms`);

if (process.argv.includes('--pdf-only')) process.exit(0);

// 2. HTML and text
const page = readFileSync(join(ROOT, 'samples', 'html-cms-utf8.html'), 'utf8');
const chrome = '<li><a href="/col/col1/index.html">政务公开栏目导航</a><span>2025-01-20</span></li>\n';
const big = Buffer.from(page.replace('<body>', `<body><ul class="nav">${chrome.repeat(Math.ceil((2 ** 20 - page.length) / Buffer.byteLength(chrome)))}</ul>`));
// Median of many runs after a warm-up: the first calls run before the JIT has optimized the
// tokenizer, and single runs on these shared machines swing by 2×. The floor is htmlparser2
// tokenizing the same page without doing anything (the least any DOM-based reader pays).
const { Parser } = await import('htmlparser2');
const bigText = big.toString('utf8');
const bigMs = await median(() => extract(new Uint8Array(big)));
const tokenizeMs = await median(() => new Parser({}, { decodeEntities: true }).end(bigText));
// The same page without a known CMS container: the article is found by one pass over the whole page.
const unknown = Buffer.from(bigText.replace('class="TRS_Editor"', 'class="main-text"'));
const unknownMs = await median(() => extract(new Uint8Array(unknown)));
results.html = { bytes: big.length, ms: bigMs, msPerMiB: bigMs / mib(big.length), tokenizeMs, ratioToTokenize: bigMs / tokenizeMs, noKnownContainerMs: unknownMs };
const texts = readdirSync(join(ROOT, 'samples')).filter((f) => /\.(txt|html)$/.test(f)).map((f) => readFileSync(join(ROOT, 'samples', f)));
const textMs = await time(async () => {
  for (const b of texts) await extract(new Uint8Array(b)).catch(() => null);
});
results.text = { documents: texts.length, msPerDocument: textMs / texts.length };
const { benchDump } = await import('./bench-dump.mjs');
results.dump = await benchDump(extract);
console.log(`HTML: a ${mib(big.length).toFixed(2)} MiB page with chrome in ${bigMs.toFixed(0)} ms (median of ${HTML_RUNS}; only tokenizing it: ${tokenizeMs.toFixed(0)} ms, ratio ${results.html.ratioToTokenize.toFixed(2)}; without a known article container ${unknownMs.toFixed(0)} ms); text/HTML samples ${results.text.msPerDocument.toFixed(1)} ms per document`);

// 3. Batch over a generated archive: the samples copied with a serial appended (distinct hashes).
const dir = mkdtempSync(join(tmpdir(), 'xxgk-bench-'));
const files = await listInputs([makeArchive(ROOT, dir, DOCS)]);
const batch = {};
for (const workers of [1, 2]) {
  // RSS of the extracting processes: the largest reported by any child over the first 100
  // documents, and over the last 100.
  const rss = { first: 0, last: 0 };
  const t0 = performance.now();
  const { summary } = await runBatch(files, {
    out: join(dir, `out-${workers}`),
    force: true,
    workers,
    onDocument: (done, bytes) => {
      if (done <= 100) rss.first = Math.max(rss.first, mib(bytes ?? 0));
      if (done > files.length - 100) rss.last = Math.max(rss.last, mib(bytes ?? 0));
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  batch[workers] = { documents: files.length, ok: summary.ok, failed: summary.failed, seconds, docsPerSecond: files.length / seconds, rssAfter100MiB: rss.first, rssAtEndMiB: rss.last };
}
rmSync(dir, { recursive: true, force: true });
results.batch = { byWorkers: batch, speedup2vs1: batch[2].docsPerSecond / batch[1].docsPerSecond, coordinatorPeakRssMiB: process.resourceUsage().maxRSS / 1024 };
console.table(Object.entries(batch).map(([w, b]) => ({ workers: Number(w), documents: b.documents, failed: b.failed, seconds: b.seconds.toFixed(1), 'docs/s': b.docsPerSecond.toFixed(1), 'worker RSS, first 100 (MiB)': b.rssAfter100MiB.toFixed(0), 'worker RSS, last 100 (MiB)': b.rssAtEndMiB.toFixed(0), 'RSS growth': `${(((b.rssAtEndMiB - b.rssAfter100MiB) / b.rssAfter100MiB) * 100).toFixed(0)}%` })));
console.log(`batch: 2 workers / 1 worker throughput ${results.batch.speedup2vs1.toFixed(2)}×; peak RSS of this (coordinating) process ${results.batch.coordinatorPeakRssMiB.toFixed(0)} MiB`);
// 4. OCR, in a process of its own (its peak RSS is OCR's alone).
if (!process.argv.includes('--no-ocr')) {
  const ocr = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'scripts', 'bench-ocr.mjs')], { encoding: 'utf8', maxBuffer: 1 << 24 }));
  results.ocr = ocr;
  if (!ocr.available) console.log('OCR: optional packages not installed, skipped');
  else {
    console.log(`OCR (${ocr.file}, ${ocr.pages.length} pages): ${ocr.secondsPerPage.toFixed(1)} s per page — rendering/deskew/rulings ${(ocr.renderShare * 100).toFixed(0)}%, recognition ${(ocr.recogniseShare * 100).toFixed(0)}%; recogniser start-up ${(ocr.startupMs / 1000).toFixed(1)} s; peak RSS ${ocr.peakRssMiB.toFixed(0)} MiB`);
    console.table(ocr.pages.map((p) => ({ page: p.page, seconds: (p.ms / 1000).toFixed(1), 'render s': (p.renderMs / 1000).toFixed(1), 'recognise s': (p.recogniseMs / 1000).toFixed(1), items: p.items, grids: p.grids })));
  }
}
writeResults();
function writeResults() {
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
  console.log('written: bench/results.json');
}
