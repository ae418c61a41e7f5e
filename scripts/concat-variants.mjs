#!/usr/bin/env node
/**
 * @file Two reports in one document: pairs of the text and HTML samples pasted together (text: one
 * file after the other, with or without a blank line or a separator; HTML: the second page's body
 * after the first's), each read and compared with the FIRST report's golden — meta included. Counts
 * fields wrong at confidence ≥ 0.9 (must be 0), metas that differ and missing `multiple_reports`
 * warnings. Single samples must not get the warning (`--singles`). HTML pairs are information only:
 * the loader keeps one article of a page (see the report of this change).
 *   npm run build && node scripts/concat-variants.mjs [--pairs N] [--seed S]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareReport, extract } from '../dist/index.js';
import { rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (n, d) => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : d);
const r = rng(Number(opt('seed', '1')));
const samples = readdirSync(join(ROOT, 'samples'))
  .filter((f) => /\.(txt|html)$/.test(f) && existsSync(join(ROOT, 'golden', f.replace(/\.\w+$/, '.golden.json'))))
  .map((f) => ({ f, bytes: readFileSync(join(ROOT, 'samples', f)), golden: JSON.parse(readFileSync(join(ROOT, 'golden', f.replace(/\.\w+$/, '.golden.json')), 'utf8')) }))
  .filter((s) => s.bytes.toString('utf8').includes('一、总体情况'));
const SEPARATORS = ['\n', '\n\n', '\n\n——————————\n\n', '\f'];
let silent = 0, metaWrong = 0, unwarned = 0, n = 0, htmlBad = 0;
for (let k = 0; k < Number(opt('pairs', '20')); k++) {
  const a = samples[Math.floor(r() * samples.length)];
  const b = samples[Math.floor(r() * samples.length)];
  const html = a.f.endsWith('.html') && b.f.endsWith('.html');
  if (a.f.endsWith('.html') !== b.f.endsWith('.html')) continue;
  const sa = a.bytes.toString('utf8'), sb = b.bytes.toString('utf8');
  const text = html ? sa.replace(/<\/body>/i, `${sb.replace(/^[\s\S]*<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, '')}</body>`) : sa + SEPARATORS[Math.floor(r() * SEPARATORS.length)] + sb;
  const rep = await extract(new TextEncoder().encode(text), { name: `concat.${html ? 'html' : 'txt'}` }).catch((e) => e);
  n++;
  if (rep instanceof Error) { console.log(`FAIL ${a.f} + ${b.f}: ${rep.code} ${rep.message}`); continue; }
  const cmp = compareReport('concat', rep, a.golden);
  const meta = ['agency', 'year', 'publishedAt'].filter((m) => a.golden.meta[m] !== undefined && rep.meta[m] !== a.golden.meta[m]);
  const warned = rep.warnings.some((w) => w.code === 'multiple_reports');
  // HTML: the loader's article finder keeps ONE article of the page (the one with most text), so the
  // second report is often not in the lines at all: counted apart (htmlBad), not a failure of the split.
  const bad = cmp.silent || meta.length || !warned;
  if (html) htmlBad += bad ? 1 : 0;
  else { silent += cmp.silent; metaWrong += meta.length ? 1 : 0; unwarned += warned ? 0 : 1; }
  console.log(`${bad ? (html ? 'html' : 'BAD ') : 'ok  '} ${a.f} + ${b.f}: ${cmp.correct}/${cmp.total} silent ${cmp.silent}${meta.length ? ` meta ${meta.map((m) => `${m}=${rep.meta[m]} (want ${a.golden.meta[m]})`).join(' ')}` : ''}${warned ? '' : ' NO WARNING'}`);
}
let falseWarn = 0;
if (argv.includes('--singles')) {
  for (const s of samples) {
    const rep = await extract(s.bytes, { name: s.f }).catch(() => null);
    if (rep?.warnings.some((w) => w.code === 'multiple_reports')) { falseWarn++; console.log(`FALSE WARNING ${s.f}`); }
  }
}
console.log(`pairs ${n}: text: silent ${silent}, meta wrong ${metaWrong}, not warned ${unwarned}; html pairs not read as the first report: ${htmlBad}${argv.includes('--singles') ? `, singles warned ${falseWarn}/${samples.length}` : ''}`);
process.exit(silent || metaWrong || unwarned || falseWarn ? 1 : 0);
