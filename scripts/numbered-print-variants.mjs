#!/usr/bin/env node
/**
 * @file Reports whose tables print a row-number column (序号) and '件' after some rows' counts, a caption
 * row and footnotes with numbers (scripts/numbered-page.mjs: breakit59's looks), printed by Chromium (A4;
 * Letter landscape at 0.8 zoom) and dumped as text: PDFBox ExtractText -sort, `pdftotext -raw`, plain
 * `pdftotext`, and `pdftotext -bbox-layout` words of each line joined by a space. Issue 15 (breakit59:
 * the rows not read as rows, '四、结转… 4件' taken as a narrative total and a total derived from it at 0.85;
 * a 序号 number read as table 二's value in a column-by-column dump at 0.85).
 *
 * Per seed: template 2019/2021, 序号 column on most seeds, '件' on half the rows of table 三 (and table 四)
 * on half the seeds, blank zeros on a quarter, caption and footnotes. Files are kept under OUT/<seed>/ and
 * reused (`--force` makes them again), so several builds score one set of dumps. Counts the fields of
 * tables 二–四 per dump kind: right (at ≥ 0.9), wrong at ≥ 0.9, wrong at 0.8–0.9, wrong below 0.8, missing.
 *
 *   npm run build && nice node scripts/numbered-print-variants.mjs [--seeds 1..10] [--out /tmp/xxgk-numbered] [--show] [--force]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at ≥ 0.8.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { numberedPage } from './numbered-page.mjs';
import { chromiumPdf, printers } from './print-pdf.mjs';
import { flatTruth, makeValues, requestRows, rng } from './template-data.mjs';
import { SETTINGS } from './make-dumps.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.XXGK_DIST ?? join(ROOT, 'dist');
const OUT = stringArg('out', '/tmp/xxgk-numbered');
const [lo, hi] = seedRange('1..10');
const SHOW = process.argv.includes('--show');
const FORCE = process.argv.includes('--force');
/** ms per document (DOC_TIMEOUT): a loaded machine needs more than the default. */
const TIMEOUT = Number(process.env.DOC_TIMEOUT ?? 400_000);
/** `pdftotext -bbox-layout`: the words of each line joined by a space (a crawler's reading of its XHTML). */
const bboxWords = (pdf) => {
  const x = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { maxBuffer: 2 ** 28 }).toString('utf8');
  return [...x.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((m) => [...m[1].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ')).join('\n').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
};
const DUMPS = [...SETTINGS.filter((s) => ['pdftotext', 'pdftotext-raw', 'pdfbox-sort'].includes(s.name)), { name: 'bbox-words', ok: () => printers.chromium, run: bboxWords }];
const PAPERS = { a4: '', letl: '@page{size:letter landscape;margin:8mm} body{zoom:0.8}' };

/** One seed's report: its HTML, truth, and the papers it is printed on. */
export function build(seed) {
  const r = rng(seed * 7907 + 59);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const version = r() < 0.3 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.3;
  const data = makeValues(seed + 59000, { version, combined, scale: pick([30, 30, 300, 4000]) });
  const truth = Object.fromEntries(flatTruth({ activeDisclosure: data.activeDisclosure, requests: data.requests, reviewLitigation: data.reviewLitigation }));
  const L = { rowNo: r() < 0.8, jian: r() < 0.5, jianRows: new Set(), caption: r() < 0.4, footnotes: r() < 0.5, blankZeros: r() < 0.25 };
  if (L.jian) for (const [, , k] of requestRows(combined)) if (r() < 0.5) L.jianRows.add(k);
  if (L.jian && r() < 0.5) L.jianRows.add('review');
  const yr = version === '2019' ? 2019 : pick([2021, 2022, 2023, 2024, 2025]);
  const agency = `青石县第${seed}局`;
  const html = numberedPage({ title: `${agency}${yr}年政府信息公开工作年度报告`, agency, published: `${yr + 1}-01-2${seed % 10}`, data, version, combined, L });
  const looks = Object.entries(L).filter(([k, v]) => v === true).map(([k]) => k);
  return { html, truth, papers: [pick(Object.keys(PAPERS))], describe: `${version}${combined ? 'c' : ''} ${looks.join(' ')}` };
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
    for (const s of DUMPS) {
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
