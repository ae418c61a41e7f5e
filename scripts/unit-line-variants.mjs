#!/usr/bin/env node
/**
 * @file Reports whose table cells end in a measure word ('424件', '12项', '6516.45万元') printed by
 * Chromium in cells narrow enough that the unit wraps under its number, then dumped by extractors
 * that keep no cell boxes: the unit stands on a line of its own after its number ('424' / '件'),
 * mixed with cells that stayed whole ('0件', '2件 1件'). Issue 15 (fb36 jian j4-big-raw: read as a
 * collapsed archive stream at 0.85, zeros at 0.98).
 *
 * Per seed: template 2019/2021; units on tables 二 (件/项/个 on counts, 万元 on fees), 三 and/or 四
 * (件, on every cell or some; zeros with or without it); Chromium on two of Letter (cells at 14pt or
 * not), A5 at 11 or 13pt, B5 at 15pt, A4 landscape at 18pt, A4 at 8pt; dumps pdftotext plain and -raw, pypdf, pdfminer (pdf2txt) and mutool
 * (draw -F txt) — each extractor installed (`scripts/make-dumps.mjs` SETTINGS). Files are kept under
 * OUT/<seed>/ and reused (`--force` makes them again), so several builds score one set of dumps.
 * Counts the fields of tables 二–四 per dump kind: right (at ≥ 0.9), wrong at ≥ 0.9, wrong at
 * 0.8–0.9, wrong below 0.8, missing.
 *
 *   npm run build && nice node scripts/unit-line-variants.mjs [--seeds 1..10] [--out /tmp/xxgk-unit-lines] [--show] [--force]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at ≥ 0.8.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activeTable, requestTable, reviewTable, NARRATIVE, H } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { chromiumPdf, printers } from './print-pdf.mjs';
import { flatTruth, makeValues, rng } from './template-data.mjs';
import { SETTINGS } from './make-dumps.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.XXGK_DIST ?? join(ROOT, 'dist');
const OUT = stringArg('out', '/tmp/xxgk-unit-lines');
const [lo, hi] = seedRange('1..10');
const SHOW = process.argv.includes('--show');
const FORCE = process.argv.includes('--force');
/** ms per document (DOC_TIMEOUT): a loaded machine needs more than the default. */
const TIMEOUT = Number(process.env.DOC_TIMEOUT ?? 400_000);
const DUMPS = ['pdftotext', 'pdftotext-raw', 'pypdf', 'pdfminer', 'mutool-txt'];
/** Page sizes and cell fonts: the narrower the cell against its number and unit, the more units wrap. */
const PAPERS = {
  let: '@page{size:Letter;margin:15mm}',
  let14: '@page{size:Letter;margin:15mm} td{font-size:14pt}',
  a5: '@page{size:A5;margin:10mm} td{font-size:11pt}',
  a5big: '@page{size:A5;margin:8mm} td{font-size:13pt}',
  b5big: '@page{size:B5;margin:12mm} td{font-size:15pt}',
  a4l18: '@page{size:A4 landscape;margin:12mm} td{font-size:18pt}',
  a4sm: '@page{size:A4;margin:20mm} td{font-size:8pt}',
};

/** One seed's report: its HTML, truth, and the papers it is printed on. */
export function build(seed) {
  const r = rng(seed * 7919 + 13);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const version = r() < 0.5 ? '2021' : '2019';
  const combined = version === '2019' || r() < 0.3;
  const data = makeValues(seed + 37000, { version, combined, scale: pick([10, 30, 100, 300, 1000]) });
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const truth = Object.fromEntries(flatTruth({ activeDisclosure: data.activeDisclosure, requests: data.requests, reviewLitigation: data.reviewLitigation }));
  // Which tables print units, on what share of their cells, and whether a zero takes one.
  const on = pick([['三'], ['三', '四'], ['二', '三'], ['二', '三', '四'], ['四'], ['二']]);
  const share = pick([0.3, 0.6, 1]);
  const zeros = pick(['unit', 'bare', 'some']);
  const takes = (c) => /^\d+$/.test(c) && r() < share && (c !== '0' || zeros === 'unit' || (zeros === 'some' && r() < 0.5));
  const count = pick(['件', '项', '个']);
  if (on.includes('二')) for (const row of t.activeDisclosure) if (row.kind === 'data') row.cells = row.cells.map((c, j) => (j && takes(c) ? `${c}${count}` : j && /\./.test(c) ? `${c}万元` : c));
  if (on.includes('三')) for (const row of t.requests) if (row.kind === 'data') row.cells = row.cells.map((c, j) => (j && takes(c) ? `${c}件` : c));
  if (on.includes('四')) for (const row of t.reviewLitigation) if (row.kind === 'data') row.cells = row.cells.map((c) => (takes(c) ? `${c}件` : c));
  const yr = version === '2019' ? 2019 : pick([2021, 2022, 2023, 2024, 2025]);
  const agency = `青石县第${seed}局`;
  const html = renderHtml({ title: `${agency}${yr}年政府信息公开工作年度报告`, agency, published: `${yr + 1}-01-2${seed % 10}`, tables: t, narrative: NARRATIVE, headings: H, style: pick(['cms', 'word']) });
  const papers = Object.keys(PAPERS).sort(() => r() - 0.5).slice(0, 2);
  return { html, truth, papers, describe: `${version}${combined ? 'c' : ''} units on ${on.join('')} share ${share} zeros ${zeros} ${count}` };
}

/** The seed's dumps, made once: [[name, text path]]. */
function dumpsOf(seed, v) {
  const dir = join(OUT, String(seed));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(v.truth, null, 1));
  const out = [];
  for (const paper of v.papers) {
    const pdf = join(dir, `${paper}.pdf`);
    if (FORCE || !existsSync(pdf)) chromiumPdf(v.html.replace('</style>', `${PAPERS[paper]}</style>`), pdf);
    for (const s of SETTINGS.filter((x) => DUMPS.includes(x.name))) {
      const file = join(dir, `${paper}-${s.name}.txt`);
      if (FORCE || !existsSync(file)) {
        if (!s.ok()) continue;
        try {
          writeFileSync(file, s.run(pdf));
        } catch (e) {
          console.error(`seed ${seed} ${paper} ${s.name}: ${String(e.message).split('\n')[0]}`);
          continue;
        }
      }
      out.push([`${paper}-${s.name}`, s.name, file]);
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  if (!printers.chromium) {
    console.error('chromium is not installed');
    process.exit(2);
  }
  const { extract, flattenData } = await import(pathToFileURL(join(DIST, 'index.js')).href);
  const fresh = () => ({ docs: 0, fields: 0, right: 0, rightHigh: 0, wrongHigh: 0, wrong8: 0, wrongLow: 0, missing: 0 });
  const byDump = {};
  const sum = fresh();
  for (let seed = lo; seed <= hi; seed++) {
    const v = build(seed);
    for (const [name, kind, file] of dumpsOf(seed, v)) {
      let rep;
      try {
        rep = await extract(readFileSync(file), { name: `${seed}-${name}.txt`, timeoutMs: TIMEOUT });
      } catch (e) {
        console.log(`seed ${seed} ${name}: failed ${e.code ?? ''} ${String(e.message).split('\n')[0]}`);
        rep = { data: {}, fields: {} };
      }
      const got = new Map(flattenData(rep.data ?? {}));
      const d = fresh();
      const bad = [];
      for (const [k, want] of Object.entries(v.truth)) {
        if (want === null) continue;
        const got1 = got.get(k);
        const conf = rep.fields[k]?.confidence ?? 0;
        d.fields++;
        if (typeof got1 !== 'number') d.missing++;
        else if (Math.abs(got1 - want) < 1e-6) {
          d.right++;
          if (conf >= 0.9) d.rightHigh++;
        } else {
          d[conf >= 0.9 ? 'wrongHigh' : conf >= 0.8 ? 'wrong8' : 'wrongLow']++;
          if (conf >= 0.8) bad.push(`${k}=${got1} (truth ${want}) @${conf}`);
        }
      }
      d.docs = 1;
      for (const s of [(byDump[kind] ??= fresh()), sum]) for (const f of Object.keys(d)) s[f] += d[f];
      if (SHOW || bad.length) console.log(`seed ${seed} ${name} (${v.describe}): right ${d.right}/${d.fields} (≥0.9 ${d.rightHigh}) wrong ≥0.9 ${d.wrongHigh} 0.8–0.9 ${d.wrong8} <0.8 ${d.wrongLow} missing ${d.missing}`);
      if (SHOW) for (const b of bad) console.log(`    ${b}`);
    }
  }
  const line = (t) => `${String(t.docs).padStart(3)} docs ${t.fields} fields: right ${t.right} (${((100 * t.right) / Math.max(1, t.fields)).toFixed(1)} %, ≥0.9 ${t.rightHigh}), wrong ≥0.9 ${t.wrongHigh}, 0.8–0.9 ${t.wrong8}, <0.8 ${t.wrongLow}, missing ${t.missing}`;
  for (const [k, t] of Object.entries(byDump).sort()) console.log(`${k.padEnd(14)} ${line(t)}`);
  console.log(`seeds ${lo}..${hi}   ${line(sum)}`);
  process.exit(sum.wrongHigh + sum.wrong8 ? 1 : 0);
}
