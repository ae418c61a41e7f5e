#!/usr/bin/env node
/**
 * @file 'apb': tables printed after the prose as 附表1–3 (appendix-variants.mjs's pages), borderless, by
 * Chromium, with the measure word '件' after a share of table 三/四's counts (issue 15/17: "a count's unit
 * or line wrap moves its cell"). Per seed: the share of cells with '件' (0.3, 0.6, all), how a zero prints
 * ('0', blank, '0件', '0 件' with a space inside), counts sometimes printed '2 件', and a paper whose cells
 * are narrow enough to wrap '件' under its number now and then (A4, A5 at 11pt, Letter at 14pt, B5 at 15pt,
 * 150 mm wide). Read as the PDF and as its `pdftotext -layout` and plain dumps. Two steps, so several
 * builds read the same files:
 *
 *   node scripts/apb-variants.mjs make DIR [--seeds 100..120]
 *   node scripts/apb-variants.mjs score DIR [--dist dist] [--seeds A..B] [--verbose]
 *
 * Scores tables 二/三/四 per dump and paper: right (value right at ≥ 0.9), low (right below 0.9 or
 * missing), wrong at ≥ 0.9 (must be 0), wrong at 0.8–0.9, wrong below 0.8. Exit 1 on a wrong ≥ 0.9.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { page, plan } from './appendix-variants.mjs';
import { chromiumPdf } from './print-pdf.mjs';
import { flatTruth, rng, verdict } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const [mode, dir] = process.argv.slice(2);
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const BORDERLESS = 'td{border:none !important} table{border:none}';
const PAPERS = {
  a4: '',
  a5: '@page{size:A5;margin:10mm} td{font-size:11pt}',
  let14: '@page{size:Letter;margin:15mm} td{font-size:14pt}',
  b5big: '@page{size:B5;margin:12mm} td{font-size:15pt}',
  narrow: '@page{size:150mm 240mm;margin:12mm 9mm}',
};
const DUMPS = {
  pdf: { name: 'report.pdf', read: (f) => readFileSync(f) },
  layout: { name: 'report.txt', read: (f) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', f, '-']) },
  plain: { name: 'report.txt', read: (f) => execFileSync('pdftotext', ['-enc', 'UTF-8', f, '-']) },
};

/** Seed `seed`'s variant: appendix-variants' plan with '件' on table 三/四's cells, and its paper. */
export function variant(seed) {
  const p = plan(seed);
  const r = rng(seed * 4243 + 11);
  const share = pick(r, [0.3, 0.6, 1]);
  const zero = pick(r, ['0', '', '0件', '0 件']);
  const gap = r() < 0.25 ? ' ' : '';
  const paper = pick(r, Object.keys(PAPERS));
  const cell = (c) => (c === '0' ? (zero === '0' || zero === '' ? zero : r() < share ? zero : '0') : /^\d+$/.test(c) && r() < share ? `${c}${gap}件` : c);
  p.cells = (t) => {
    for (const row of t.requests) if (row.kind === 'data') row.cells = row.cells.map((c, j) => (j ? cell(c) : c));
    for (const row of t.reviewLitigation) if (row.kind === 'data') row.cells = row.cells.map(cell);
  };
  const html = page(p).replace('</head>', `<style>${BORDERLESS} ${PAPERS[paper]}</style></head>`);
  const truth = Object.fromEntries(flatTruth({ activeDisclosure: p.data.activeDisclosure, requests: p.data.requests, reviewLitigation: p.data.reviewLitigation }));
  return { html, truth, look: `${p.stem.split('/').pop()} ${paper} share ${share} zero '${zero}'${gap ? ' spaced' : ''}` };
}

function make() {
  const [from, to] = seedRange('100..120');
  mkdirSync(dir, { recursive: true });
  for (let seed = from; seed <= to; seed++) {
    const base = join(dir, `apb-${seed}`);
    if (existsSync(`${base}.pdf`)) continue;
    const v = variant(seed);
    try {
      chromiumPdf(v.html, `${base}.pdf`);
    } catch (e) {
      console.log(`apb-${seed}: not printed (${e.code ?? e.message})`);
      continue;
    }
    writeFileSync(`${base}.json`, JSON.stringify({ truth: v.truth, look: v.look }));
    console.log(`apb-${seed}: ${v.look}`);
  }
}

async function score() {
  const lib = await import(pathToFileURL(join(resolve(stringArg('dist', process.env.XXGK_DIST ?? 'dist')), 'index.js')).href);
  const [from, to] = seedRange('100..120');
  const dumps = stringArg('dumps', Object.keys(DUMPS).join(',')).split(',');
  const verbose = process.argv.includes('--verbose');
  const fresh = () => ({ docs: 0, fields: 0, right: 0, low: 0, wrong: 0, wrongMid: 0, wrongLow: 0 });
  const tally = new Map();
  const add = (k, d) => {
    const t = tally.get(k) ?? tally.set(k, fresh()).get(k);
    for (const f of Object.keys(t)) t[f] += d[f];
  };
  let w9 = 0;
  for (let seed = from; seed <= to; seed++) {
    const base = join(dir, `apb-${seed}`);
    if (!existsSync(`${base}.json`)) continue;
    const { truth, look } = JSON.parse(readFileSync(`${base}.json`, 'utf8'));
    const paper = look.split(' ')[1];
    for (const dump of dumps) {
      const rep = await lib.extract(DUMPS[dump].read(`${base}.pdf`), { name: DUMPS[dump].name, timeoutMs: 400_000 });
      const got = lib.flattenData(rep.data);
      const d = { ...fresh(), docs: 1 };
      const bad = [];
      for (const [k, want] of Object.entries(truth)) {
        if (want === null) continue;
        const conf = rep.fields[k]?.confidence ?? 0;
        const v = verdict(got.get(k), want, conf);
        d.fields++;
        d[v === 'wrongLow' && conf >= 0.8 ? 'wrongMid' : v]++;
        if (v === 'wrong' || (v === 'wrongLow' && conf >= 0.8)) bad.push(`${k}=${got.get(k)} (truth ${want}) @${conf}${v === 'wrong' ? ' !!' : ''}`);
      }
      w9 += d.wrong;
      add(dump, d);
      add(`${dump}/${paper}`, d);
      add('TOTAL', d);
      if (verbose || bad.length) console.log(`apb-${seed} ${dump} [${look}]: right ${d.right}/${d.fields} low ${d.low} W≥.9 ${d.wrong} W.8-.9 ${d.wrongMid} W<.8 ${d.wrongLow}${bad.length ? `\n    ${bad.slice(0, 8).join('\n    ')}` : ''}`);
    }
  }
  console.log('dump/paper        docs fields  right%  low  W≥.9 W.8-.9 W<.8');
  for (const [k, t] of [...tally].sort(([a], [b]) => (a === 'TOTAL') - (b === 'TOTAL') || a.localeCompare(b))) {
    console.log(`${k.padEnd(16)} ${String(t.docs).padStart(5)} ${String(t.fields).padStart(6)} ${((100 * t.right) / Math.max(1, t.fields)).toFixed(1).padStart(6)} ${String(t.low).padStart(5)} ${String(t.wrong).padStart(5)} ${String(t.wrongMid).padStart(6)} ${String(t.wrongLow).padStart(5)}`);
  }
  process.exit(w9 ? 1 : 0);
}

if (mode === 'make') make();
else if (mode === 'score') await score();
else {
  console.error('usage: apb-variants.mjs make|score DIR [--seeds A..B] [--dist dist] [--dumps pdf,layout,plain] [--verbose]');
  process.exit(2);
}
