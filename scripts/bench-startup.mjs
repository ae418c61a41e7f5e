#!/usr/bin/env node
/**
 * @file Cold start of the CLI as a ratio to `node -e 0` (part of `npm run bench`; alone:
 * `node scripts/bench-startup.mjs [--runs 15]`). Each case is a fresh process; the cases run
 * interleaved (so a burst of load on the shared machine hits all of them) and the median is
 * taken. Target: extracting a 3 KB text file ≤ 3× `node -e 0`.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'dist', 'cli', 'bin.js');

/** What is started: [label, node arguments]. */
const CASES = [
  ['node -e 0', ['-e', '0']],
  ['xxgk --version', [BIN, '--version']],
  ['xxgk extract --help', [BIN, 'extract', '--help']],
  ['xxgk extract 3 KB .txt', [BIN, 'extract', join(ROOT, 'samples', 'quirk-2019.txt')]],
  ['xxgk extract 31 KB .html', [BIN, 'extract', join(ROOT, 'samples', 'html-cms-utf8.html')]],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall ms per case and its ratio to `node -e 0`. */
export function coldStart(runs = 15) {
  const times = CASES.map(() => []);
  for (let i = 0; i < runs; i++) {
    CASES.forEach(([label, args], c) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      times[c].push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`${label}: exit ${r.status}: ${r.stderr}`);
    });
  }
  const base = median(times[0]);
  return CASES.map(([label], c) => ({ case: label, medianMs: median(times[c]), ratio: median(times[c]) / base }));
}

/** Prints the table and the verdict on the text-file target. */
export function printColdStart(rows) {
  console.table(rows.map((r) => ({ case: r.case, 'median ms': r.medianMs.toFixed(0), 'ratio to node -e 0': r.ratio.toFixed(2) })));
  const text = rows.find((r) => r.case.includes('.txt'));
  console.log(`cold start: extract of a 3 KB text file ${text.ratio.toFixed(2)}× node -e 0 (target ≤ 3×)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printColdStart(coldStart(numberArg('runs', 15)));
