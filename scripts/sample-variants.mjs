/**
 * @file The loop shared by generators that turn a bundled sample into a variant whose values do not
 * change (so the sample's golden is the truth): for each seed, make the variant, extract it and the
 * sample itself, compare both with the golden, print the totals, and exit 1 when a field is wrong at
 * confidence ≥ 0.9. Used by cms-json-, html-trailing-, line-number- and remark-column-variants.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seedRange as seedArgs } from './cli-args.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compareReport, extract } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);

/** The command line's words, and its `--seeds A..B` range (`fallback` when not given). */
export function seedRange(fallback) {
  const [from, to] = seedArgs(fallback);
  return { argv: process.argv.slice(2), from, to };
}

/** A bundled sample's text. */
export const sampleText = (sample) => readFileSync(join(ROOT, 'samples', sample), 'utf8');

/**
 * Runs seeds `from..to`: `variant(seed)` gives `{ sample, name, bytes, label }` (the variant's bytes,
 * the file name it is extracted under, and how it is described in the output). `title` heads the
 * totals line. Exits the process: 1 when any field is wrong at confidence ≥ 0.9.
 */
export async function runSampleVariants({ from, to, argv, title = '', variant }) {
  let right = 0, total = 0, silent = 0, base = 0;
  const baseOf = {};
  for (let seed = from; seed <= to; seed++) {
    const { sample, name, bytes, label } = variant(seed);
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', sample.replace(/\.\w+$/, '.golden.json')), 'utf8'));
    const cmp0 = (baseOf[sample] ??= compareReport(sample, await extract(readFileSync(join(ROOT, 'samples', sample)), { name: sample }), golden));
    // A variant the product cannot read scores nothing (its error code is printed).
    const cmp = await extract(bytes, { name }).then((rep) => compareReport(sample, rep, golden), (e) => ({ correct: 0, total: cmp0.total, silent: 0, error: e.code }));
    right += cmp.correct; total += cmp.total; silent += cmp.silent; base += cmp0.correct;
    if (cmp.silent || argv.includes('--show')) console.log(`seed ${seed} ${label}: ${cmp.correct}/${cmp.total} (sample itself ${cmp0.correct})${cmp.error ? ` ${cmp.error}` : ''}, wrong at >= 0.9 ${cmp.silent}`);
  }
  console.log(`seeds ${from}..${to}${title}: right ${right}/${total} (the samples themselves: ${base}), wrong at >= 0.9 ${silent}`);
  process.exit(silent ? 1 : 0);
}
