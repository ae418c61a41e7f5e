/** @file `xxgk demo` (npm start): batch the bundled samples, compare with golden/, print a summary. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatComparison, formatTotals } from '../../index.js';
import type { Command } from '../command.js';
import { listInputs, runBatch } from './batch.js';
import { compareAll } from './compare.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const demo: Command = async (_args, io) => {
  const out = join(ROOT, 'out', 'samples');
  const rows = await runBatch(await listInputs([join(ROOT, 'samples')]), out, { force: true, io });
  const comparisons = await compareAll(join(out, 'results.jsonl'), join(ROOT, 'golden'), io.stderr);
  for (const c of comparisons) io.stdout.write(`${formatComparison(c, 5)}\n`);
  io.stdout.write(`\n${formatTotals(comparisons)}\n`);
  const failed = rows.filter((r) => !r.ok);
  for (const r of failed) io.stdout.write(`failed (expected for bad-input samples): ${r.file}: ${r.error?.code}\n`);
  io.stdout.write(`\noutputs: ${out}/results.jsonl, results.csv, summary.json\n`);
  return comparisons.every((c) => c.correct === c.total) ? 0 : 1;
};

export default demo;
