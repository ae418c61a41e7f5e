#!/usr/bin/env node
/**
 * @file A report's tables as a scraper saved them (CSV, JSON, .xlsx: scripts/scrape-render.mjs).
 * Measures the fields each file prints: right (≥ 0.9), low (right but < 0.9, or missing), wrong at
 * ≥ 0.9 (must be 0; a field the file no longer determines may be missing or low, never wrong at ≥ 0.9).
 * A file that fails with an error counts all its fields low.
 *
 *   npm run build && nice node scripts/scrape-variants.mjs [--seeds 1..60] [--show] [--hidden]
 * `--hidden`: .xlsx files keep another year's values in hidden rows and a hidden column (scrape-render).
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scrape } from './scrape-render.mjs';
import { seedRange } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const [from, to] = seedRange('1..60');
const tally = {};
for (let seed = from; seed <= to; seed++) {
  const s = await scrape(seed, { hidden: process.argv.includes('--hidden') });
  const t = (tally[s.v.format] ??= { files: 0, failed: 0, right: 0, low: 0, lowUndetermined: 0, wrong: 0, wrongLow: 0 });
  t.files++;
  let rep = null, error = '';
  try { rep = await extract(s.bytes, { name: s.name }); } catch (e) { error = e.code ?? e.message; t.failed++; }
  const got = rep ? flattenData(rep.data) : new Map();
  let ok = 0, l = 0, w = 0;
  const bad = [];
  for (const k of s.keys) {
    const conf = rep?.fields[k]?.confidence ?? 0;
    if (got.get(k) === s.truth(k) && conf >= 0.9) ok++;
    else if (got.get(k) === s.truth(k) || got.get(k) == null) (l++, s.undetermined.has(k) && t.lowUndetermined++);
    else if (conf >= 0.9) { w++; bad.push(`${k}=${got.get(k)} (truth ${s.truth(k)})`); }
    else t.wrongLow++;
  }
  t.right += ok; t.low += l; t.wrong += w;
  if (w || process.argv.includes('--show')) console.log(`seed ${seed} ${JSON.stringify(s.v)}: right ${ok} low ${l} WRONG ${w}${error ? ` error ${error}` : ''} ${bad.slice(0, 3).join('; ')}`);
}
let all = { right: 0, low: 0, wrong: 0 };
for (const [k, t] of Object.entries(tally)) {
  console.log(`seeds ${from}..${to} ${k}: ${t.files} files (${t.failed} failed): right ${t.right}, low ${t.low} (${t.lowUndetermined} of them not determined by the file), wrong at >= 0.9 ${t.wrong}, wrong below 0.9 ${t.wrongLow}`);
  for (const x of Object.keys(all)) all[x] += t[x];
}
console.log(`all: right ${all.right}, low ${all.low}, wrong at >= 0.9 ${all.wrong}`);
process.exit(all.wrong ? 1 : 0);
