#!/usr/bin/env node
/**
 * @file Where a batch's time goes, in CPU time (which a loaded machine moves less than wall time):
 * `node scripts/bench-batch.mjs [--docs 400] [--workers 1,2]` (after `npm run build`;
 * `XXGK_DIST=DIR`: another build, a directory with node_modules beside it). The archive is
 * `npm run bench`'s (the samples copied with a serial appended, one document in 16 a PDF). Per run:
 * wall time and docs/s, and per document the CPU of this (coordinating) process while documents
 * are extracted ("run") and after the last one (results.csv, the CSV exports and the review
 * pages: "finish", serial whatever the workers), and of the worker processes (reaped children,
 * /proc/self/stat), and the workers' largest RSS over the first and the last 100 documents.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeArchive } from './bench-archive.mjs';
import { numberArg, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = pathToFileURL(resolve(ROOT, process.env.XXGK_DIST ?? 'dist')).href;
const { listInputs, runBatch } = await import(`${DIST}/batch/index.js`);
const DOCS = numberArg('docs', 400);
const WORKERS = stringArg('workers', '1,2').split(',').map(Number);

const dir = mkdtempSync(join(tmpdir(), 'xxgk-bench-batch-'));
const files = await listInputs([makeArchive(ROOT, dir, DOCS)]);

/** ms of CPU used by this process's reaped children. */
function childrenCpuMs() {
  const stat = readFileSync('/proc/self/stat', 'latin1');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) * 10;
}
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const mib = (b) => (b ?? 0) / 2 ** 20;

const rows = [];
try {
  for (const workers of WORKERS) {
    const rss = { first: 0, last: 0 };
    let lastAt = { wall: 0, cpu: 0 };
    const c0 = cpuMs();
    const k0 = childrenCpuMs();
    const t0 = performance.now();
    await runBatch(files, {
      out: join(dir, `out-${workers}`),
      force: true,
      workers,
      onDocument: (done, bytes) => {
        if (done <= 100) rss.first = Math.max(rss.first, mib(bytes));
        if (done > files.length - 100) rss.last = Math.max(rss.last, mib(bytes));
        lastAt = { wall: performance.now(), cpu: cpuMs() };
      },
    });
    const wall = performance.now() - t0;
    const c1 = cpuMs();
    await new Promise((r) => setTimeout(r, 500)); // the killed workers reaped
    const perDoc = (ms) => (ms / files.length).toFixed(1);
    rows.push({
      workers,
      documents: files.length,
      seconds: (wall / 1000).toFixed(1),
      'docs/s': ((files.length / wall) * 1000).toFixed(1),
      'finish s': ((t0 + wall - lastAt.wall) / 1000).toFixed(1),
      'coordinator CPU ms/doc (run)': perDoc(lastAt.cpu - c0),
      'coordinator CPU ms/doc (finish)': perDoc(c1 - lastAt.cpu),
      'workers CPU ms/doc': perDoc(childrenCpuMs() - k0),
      'worker RSS first/last 100 (MiB)': `${rss.first.toFixed(0)} / ${rss.last.toFixed(0)}`,
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.table(rows);
