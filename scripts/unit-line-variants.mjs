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
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, NARRATIVE, H } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { scorePrintDumps } from './print-dump-score.mjs';
import { flatTruth, makeValues, rng } from './template-data.mjs';
import { SETTINGS } from './make-dumps.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const OUT = stringArg('out', '/tmp/xxgk-unit-lines');
const [lo, hi] = seedRange('1..10');
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

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await scorePrintDumps({ build, lo, hi, out: OUT, papers: PAPERS, dumps: SETTINGS.filter((x) => DUMPS.includes(x.name)) });
}
