#!/usr/bin/env node
/**
 * @file Crawler damage on text dumps of the bundled samples: the text samples, and w3m / lynx dumps of
 * the HTML samples and pdftotext (-layout and plain) dumps of the PDF samples (made once, cached in
 * --cache). Per seed one dump is damaged (seeded):
 *   joined     an archiver dropped newlines: runs of k = 2–6 consecutive lines joined with '', ' '
 *              or '\t' (each line boundary starts or continues a run with probability 0.2–0.6);
 *   fullwidth  a random share (30–100 %) of its digits, and of ',' '.' '|', written full-width (０-９ ，．｜);
 *   blocks     every line break but one in 2–5 lost: blocks of 2–5 consecutive lines joined by a space (each trimmed);
 *   both       joined and fullwidth.
 * The text does not change otherwise, so each sample's golden is the truth; fields the undamaged dump
 * itself does not read right are not counted (the damage is measured, not the dump tool). Each
 * variant is extracted with every --dist given (default ./dist) and the fields counted: right,
 * right at ≥ 0.9, WRONG at ≥ 0.9 (must be 0).
 *
 *   npm run build && nice node scripts/joined-variants.mjs [--seeds 1..40] [--kind joined|blocks|fullwidth|both]
 *     [--dist DIR[,DIR2]] [--cache DIR] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9 (with the first dist).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringArg } from './cli-args.mjs';
import { rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const at = argv.indexOf('--seeds');
const [from, to] = (at >= 0 ? argv[at + 1] : '1..40').split('..').map(Number);
const KIND = stringArg('kind', null);
const DISTS = stringArg('dist', join(ROOT, 'dist')).split(',').map((d) => resolve(d));
const CACHE = stringArg('cache', '/tmp/xxgk-joined-dumps');
const SHOW = argv.includes('--show');

const TEXT = ['quirk-2019.txt', 'quirk-blank-na.txt', 'quirk-combined-six.txt', 'quirk-layout-spaces.txt', 'quirk-tab.txt', 'quirk-markdown-shattered.txt', 'xyear-2023.txt'];
const HTML = ['html-cms-utf8.html', 'html-2019-cms.html', 'html-combined-word.html', 'html-layout-table.html'];
const PDF = ['pdf-2019-chromium.pdf', 'pdf-libreoffice-word.pdf', 'pdf-chromium-web.pdf', 'pdf-2019-libreoffice.pdf'];

/** The dumps: [sample, tool, text]. */
function dumps() {
  mkdirSync(CACHE, { recursive: true });
  const out = [];
  const cached = (name, make) => {
    const p = join(CACHE, name);
    if (!existsSync(p)) writeFileSync(p, make());
    return readFileSync(p, 'utf8');
  };
  const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] });
  for (const s of TEXT) if (existsSync(join(ROOT, 'samples', s))) out.push([s, 'text', readFileSync(join(ROOT, 'samples', s), 'utf8')]);
  for (const s of HTML) {
    const f = join(ROOT, 'samples', s);
    if (!existsSync(f)) continue;
    out.push([s, 'w3m', cached(`${s}.w3m.txt`, () => run('w3m', ['-dump', '-cols', '200', '-O', 'UTF-8', '-T', 'text/html', f]))]);
    out.push([s, 'lynx', cached(`${s}.lynx.txt`, () => run('lynx', ['-dump', '-nolist', '-width=200', '-display_charset=utf-8', f]))]);
  }
  for (const s of PDF) {
    const f = join(ROOT, 'samples', s);
    if (!existsSync(f)) continue;
    out.push([s, 'pt-layout', cached(`${s}.layout.txt`, () => run('pdftotext', ['-layout', '-enc', 'UTF-8', f, '-']))]);
    out.push([s, 'pt-plain', cached(`${s}.plain.txt`, () => run('pdftotext', ['-enc', 'UTF-8', f, '-']))]);
  }
  return out;
}

const FW = { ',': '，', '.': '．', '|': '｜' };
const wide = (ch) => (/\d/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : FW[ch] ?? ch);

function joined(text, r) {
  const lines = text.split('\n');
  const p = 0.2 + 0.4 * r();
  const out = [];
  let run = 0;
  for (const line of lines) {
    if (out.length && run < 6 && r() < p) {
      out[out.length - 1] += ['', ' ', '\t'][Math.floor(r() * 3)] + line;
      run++;
    } else {
      out.push(line);
      run = 1;
    }
  }
  return out.join('\n');
}

/** Every line break but one in 2–5 lost: consecutive blocks of 2–5 lines joined by a space, each line trimmed (a crawler's text field). */
function blocks(text, r) {
  const lines = text.split('\n');
  const out = [];
  for (let k = 0; k < lines.length; ) {
    const n = 2 + Math.floor(r() * 4);
    out.push(lines.slice(k, k + n).map((l) => l.trim()).join(' '));
    k += n;
  }
  return out.join('\n');
}

function fullwidth(text, r) {
  const share = 0.3 + 0.7 * r();
  return [...text].map((ch) => (/[\d,.|]/.test(ch) && r() < share ? wide(ch) : ch)).join('');
}

const libs = await Promise.all(DISTS.map((d) => import(pathToFileURL(join(d, 'index.js')).href)));
const all = dumps();
const kinds = KIND ? [KIND] : ['joined', 'fullwidth', 'both'];
const tot = DISTS.map(() => ({ right: 0, hi: 0, wrongHi: 0 }));
let counted = 0;
const baseCache = new Map();
for (let seed = from; seed <= to; seed++) {
  const r = rng(seed * 7919 + 11);
  const [sample, tool, text] = all[Math.floor(r() * all.length)];
  const kind = kinds[Math.floor(r() * kinds.length)];
  const damaged = kind === 'joined' ? joined(text, r) : kind === 'blocks' ? blocks(text, r) : kind === 'fullwidth' ? fullwidth(text, r) : fullwidth(joined(text, r), r);
  const golden = JSON.parse(readFileSync(join(ROOT, 'golden', sample.replace(/\.\w+$/, '.golden.json')), 'utf8'));
  // Fields the undamaged dump reads right (with the first dist): the ones counted.
  const key = `${sample}/${tool}`;
  if (!baseCache.has(key)) {
    const rep = await libs[0].extract(new TextEncoder().encode(text), { name: `${tool}.txt` });
    baseCache.set(key, new Set(libs[0].compareReport(sample, rep, golden).fields.filter((f) => f.ok).map((f) => f.key)));
  }
  const base = baseCache.get(key);
  counted += base.size;
  const line = [];
  for (let d = 0; d < libs.length; d++) {
    let fields = [];
    try {
      const rep = await libs[d].extract(new TextEncoder().encode(damaged), { name: `${kind}-${seed}.txt` });
      fields = libs[d].compareReport(sample, rep, golden).fields.filter((f) => base.has(f.key));
    } catch (e) {
      line.push(`error ${e.code ?? e.message}`);
    }
    const right = fields.filter((f) => f.ok).length;
    const hi = fields.filter((f) => f.ok && f.confidence >= 0.9).length;
    const wrongHi = fields.filter((f) => !f.ok && f.actual !== null && f.actual !== undefined && f.confidence >= 0.9);
    tot[d].right += right; tot[d].hi += hi; tot[d].wrongHi += wrongHi.length;
    line.push(`${right}/${base.size} (≥0.9 ${hi}, WRONG≥0.9 ${wrongHi.length})`);
    for (const w of wrongHi) console.log(`  seed ${seed} dist ${d} WRONG ${w.key}: ${w.actual} (expected ${w.expected}) at ${w.confidence}`);
  }
  if (SHOW) console.log(`seed ${seed} ${kind} ${sample} ${tool}: ${line.join(' | ')}`);
}
DISTS.forEach((d, i) => {
  const t = tot[i];
  console.log(`${d}: seeds ${from}..${to}${KIND ? ` ${KIND}` : ''}: right ${t.right}/${counted} (${((100 * t.right) / Math.max(1, counted)).toFixed(1)}%), ≥0.9 ${t.hi} (${((100 * t.hi) / Math.max(1, counted)).toFixed(1)}%), WRONG ≥0.9 ${t.wrongHi}`);
});
process.exit(tot[0].wrongHi ? 1 : 0);
