#!/usr/bin/env node
/**
 * @file Rows a CMS ends early: the HTML samples with, in each row whose value cells are all zero or
 * empty (chosen with probability `p` per row), the zeros emptied (a blank cell is 0, TEMPLATE.md) and
 * the row's trailing empty `<td>`s left out, as CMS editors save them; in half the files every zero is
 * printed empty first. The values do not change, so
 * the sample's golden is the truth: fields must read as from the sample, none wrong at ≥ 0.9.
 * Rows with a value and empty cells after it are left out too when `--partial` is given: their
 * missing cells could be anywhere before the value, so they may come out low, never wrong at ≥ 0.9.
 *
 *   npm run build && nice node scripts/html-trailing-variants.mjs [--seeds 1..30] [--partial] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compareReport, extract } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const argv = process.argv.slice(2);
const at = argv.indexOf('--seeds');
const [from, to] = (at >= 0 ? argv[at + 1] : '1..30').split('..').map(Number);
const partial = argv.includes('--partial');
const SAMPLES = ['html-cms-utf8.html', 'html-2019-cms.html', 'html-combined-word.html', 'html-crawled-split.html', 'html-layout-table.html'];

const TD = /<t[dh]\b[^>]*>[\s\S]*?<\/t[dh]>/gi;
const textOf = (td) => td.replace(/<[^>]+>/g, '').replace(/&nbsp;|\u00a0|\s/g, '');
const zeroOrEmpty = (td) => /^0?$/.test(textOf(td)) && !/colspan|rowspan/i.test(td.slice(0, td.indexOf('>')));

/** One row, its trailing zero/empty cells left out when the rule allows. */
function endEarly(tr, r, p) {
  const cells = tr.match(TD) ?? [];
  if (cells.length < 3 || r() >= p) return tr;
  let cut = cells.length;
  while (cut > 0 && zeroOrEmpty(cells[cut - 1])) cut--;
  const hasValue = cells.slice(0, cut).some((c) => /^\d[\d,.]*$/.test(textOf(c)));
  if (cut === cells.length || (hasValue && !partial)) return tr;
  const tail = tr.lastIndexOf(cells[cut]);
  return `${tr.slice(0, tail)}</tr>`;
}

let right = 0, total = 0, silent = 0, base = 0;
const baseOf = {};
for (let seed = from; seed <= to; seed++) {
  const r = rng(seed * 613 + 5);
  const sample = SAMPLES[Math.floor(r() * SAMPLES.length)];
  const p = [0.3, 0.6, 1][Math.floor(r() * 3)];
  // Half the files print every zero empty, as many CMS tables do (so only the identities confirm a blank).
  const blanks = r() < 0.5;
  const html = readFileSync(join(ROOT, 'samples', sample), 'utf8');
  const printed = blanks ? html.replace(TD, (td) => (textOf(td) === '0' ? td.replace(/>(\s*)0(\s*)</, '>$1$2<') : td)) : html;
  const variant = printed.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi, (tr) => endEarly(tr, r, p));
  const golden = JSON.parse(readFileSync(join(ROOT, 'golden', sample.replace('.html', '.golden.json')), 'utf8'));
  const cmp0 = (baseOf[sample] ??= compareReport(sample, await extract(new TextEncoder().encode(html), { name: sample }), golden));
  const cmp = compareReport(sample, await extract(new TextEncoder().encode(variant), { name: `trailing-${seed}.html` }), golden);
  right += cmp.correct; total += cmp.total; silent += cmp.silent; base += cmp0.correct;
  if (cmp.silent || argv.includes('--show')) console.log(`seed ${seed} ${sample} p=${p}${blanks ? ' blank zeros' : ''}: ${cmp.correct}/${cmp.total} (sample itself ${cmp0.correct}), wrong at >= 0.9 ${cmp.silent}`);
}
console.log(`seeds ${from}..${to}${partial ? ' (partial rows too)' : ''}: right ${right}/${total} (the samples themselves: ${base}), wrong at >= 0.9 ${silent}`);
process.exit(silent ? 1 : 0);
