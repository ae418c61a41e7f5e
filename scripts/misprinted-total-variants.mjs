#!/usr/bin/env node
/**
 * @file Reports that print a wrong total, dumped as text, read by two builds side by side: the
 * reports of scripts/converter-text-variants.mjs (its flags pass through: `--as lo-pdftotext` or
 * `lo-pdftotext-raw`, `--v2019`, `--wrong-totals N`), each field of tables 二, 三 and 四 scored
 * against the printed values (TEMPLATE.md: a wrong printed total is the value). Per build: right
 * (any confidence), right at ≥ 0.9, missing or ambiguous (null), wrong below 0.9, WRONG at ≥ 0.9
 * (must be 0); table 三 apart. Exit 1 on any wrong at ≥ 0.9 of the first build.
 *
 *   npm run build && nice node scripts/misprinted-total-variants.mjs --as lo-pdftotext --v2019 --wrong-totals 1 --seeds 101..130 [--base /path/to/other/dist] [--show]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdirSync } from 'node:fs';
import { build, plan, toDocx } from './converter-text-variants.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dists = [['this', process.env.XXGK_DIST ?? join(ROOT, 'dist')], ...(stringArg('base') ? [['base', stringArg('base')]] : [])];
const libs = await Promise.all(dists.map(async ([name, d]) => [name, await import(pathToFileURL(join(d, 'index.js')).href)]));
const [from, to] = seedRange('1..20');
mkdirSync(join(ROOT, '.tmp', 'converter-text'), { recursive: true });
// One LibreOffice run for every page (a start of soffice costs seconds).
toDocx(Array.from({ length: to - from + 1 }, (_, k) => plan(from + k)));

const fresh = () => ({ right: 0, high: 0, missing: 0, wrongLow: 0, wrong: 0, n: 0 });
const tally = Object.fromEntries(libs.map(([name]) => [name, { all: fresh(), requests: fresh() }]));
let wrongFirst = 0;
for (let seed = from; seed <= to; seed++) {
  const v = build(seed);
  const line = [];
  for (const [name, lib] of libs) {
    const rep = await lib.extract(v.bytes, { name: v.name });
    const got = lib.flattenData(rep.data);
    const one = fresh();
    for (const [k, truth] of lib.flattenData({ activeDisclosure: v.data.activeDisclosure, requests: v.data.requests, reviewLitigation: v.data.reviewLitigation })) {
      const conf = rep.fields[k]?.confidence ?? 0;
      const value = got.get(k);
      const verdict = value === truth ? 'right' : value == null ? 'missing' : conf >= 0.9 ? 'wrong' : 'wrongLow';
      for (const t of k.startsWith('requests.') ? [tally[name].all, tally[name].requests, one] : [tally[name].all, one]) {
        t.n++;
        t[verdict]++;
        if (verdict === 'right' && conf >= 0.9) t.high++;
      }
      if (verdict === 'wrong') {
        console.log(`  ${name} seed ${seed} ${k}: ${value} (truth ${truth}) at ${conf} [${rep.fields[k]?.flags.join(',')}]`);
        if (name === 'this') wrongFirst++;
      }
    }
    line.push(`${name} right ${one.right}/${one.n} (≥.9 ${one.high}) missing ${one.missing} wrongLow ${one.wrongLow} WRONG ${one.wrong}`);
  }
  if (process.argv.includes('--show')) console.log(`seed ${seed} ${v.converter} ${v.style}${v.blankZeros ? ' blank' : ''} ${v.version} ${v.wrong.join(' ')}: ${line.join(' | ')}`);
}
const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
for (const [name] of libs) {
  for (const part of ['all', 'requests']) {
    const t = tally[name][part];
    console.log(`${name.padEnd(5)} ${part.padEnd(8)} seeds ${from}..${to}: right ${t.right}/${t.n} (${pct(t.right, t.n)}), right ≥ 0.9 ${t.high}, missing ${t.missing}, wrong below 0.9 ${t.wrongLow}, WRONG ≥ 0.9 ${t.wrong}`);
  }
}
process.exit(wrongFirst ? 1 : 0);
