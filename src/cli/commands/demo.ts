/** @file `xxgk demo` (npm start): batch the bundled samples, compare with golden/, write the review page, print a summary. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparisonMatches, formatComparison, formatTotals } from '../../index.js';
import { existsSync } from 'node:fs';
import { UsageError, type Command } from '../command.js';
import { listInputs, runBatch } from '../../batch/index.js';
import { compareAll } from './compare.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const demo: Command = async (_input, io) => {
  const missing = ['samples', 'golden'].filter((d) => !existsSync(join(ROOT, d)));
  if (missing.length > 0) {
    throw new UsageError(
      `the demo runs on the samples/ and golden/ folders of a source checkout of xxgk-report, which the installed package does not ship (${missing.join(', ')} not found under ${ROOT}). ` +
        'Clone the repository and run `npm install && npm start` there; or try `xxgk extract FILE --pretty` and `xxgk batch DIR --out OUT` on your own reports.',
    );
  }
  const out = join(ROOT, 'out', 'samples');
  const { rows: records, summary } = await runBatch(await listInputs([join(ROOT, 'samples')]), { out, force: true, progress: io.stderr as NodeJS.WriteStream });
  const { comparisons, failed: notScored } = await compareAll(join(out, 'results.jsonl'), join(ROOT, 'golden'), io.stderr);
  for (const c of comparisons) io.stdout.write(`${formatComparison(c, 5)}\n`);
  io.stdout.write(`\n${formatTotals(comparisons, notScored)}\n`);
  const failed = records.filter((r) => !r.ok);
  for (const r of failed) io.stdout.write(`failed (expected for bad-input samples): ${r.file}: ${r.error?.code}\n`);
  for (const m of summary.crossYear.mismatches) {
    io.stdout.write(`cross-year mismatch: ${m.agency} ${m.column}: ${m.previous.year} carried forward ${m.previous.carriedForward}, ${m.current.year} carried over ${m.current.carriedOver}\n`);
  }
  io.stdout.write(`\noutputs in ${out}:\n  results.jsonl  one report per line\n  results.csv    one row per report (UTF-8 with BOM)\n  summary.json   per-file status, error codes, cross-year checks\n  fields.csv     one row per report × field: location in the form, value, status, confidence, flags, candidates, source\n  results-2021.csv, results-2019.csv, codebook.csv   one row per report, Chinese headers\n  review/index.html   open in a browser: reports that need a look first, one page per report\n`);
  // Exit 0 exactly when every sample with a golden printed ✔ (fields and meta), as `compare` does.
  return notScored === 0 && comparisons.every(comparisonMatches) ? 0 : 1;
};

export default demo;
