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
 *   npm run build && nice node scripts/numbered-print-variants.mjs [--seeds 1..10] [--out /tmp/xxgk-numbered] [--papers a4,letl,a5] [--show] [--force]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at ≥ 0.8.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberedPage } from './numbered-page.mjs';
import { printers } from './print-pdf.mjs';
import { scorePrintDumps } from './print-dump-score.mjs';
import { flatTruth, makeValues, requestRows, rng } from './template-data.mjs';
import { SETTINGS } from './make-dumps.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const OUT = stringArg('out', '/tmp/xxgk-numbered');
const [lo, hi] = seedRange('1..10');
/** `pdftotext -bbox-layout`: the words of each line joined by a space (a crawler's reading of its XHTML). */
const bboxWords = (pdf) => {
  const x = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { maxBuffer: 2 ** 28 }).toString('utf8');
  return [...x.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((m) => [...m[1].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ')).join('\n').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
};
/** `pdftotext -layout -eol dos` (a Windows user's dump of an A5 print: 序号 counts flush left on their rows' middle lines). */
const layoutDos = (pdf) => execFileSync('pdftotext', ['-layout', '-eol', 'dos', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 2 ** 28 }).toString('utf8');
const ALL_PAPERS = { a4: '', letl: '@page{size:letter landscape;margin:8mm} body{zoom:0.8}', a5: '@page{size:A5;margin:6mm} body{font-size:9pt}' };
/** `--papers a4,letl` (default; a5 too: Chromium A5 at 9 pt, also dumped by `pdftotext -layout -eol dos`). */
const PAPERS = Object.fromEntries(stringArg('papers', 'a4,letl').split(',').map((p) => [p, ALL_PAPERS[p]]));
const DUMPS = [...SETTINGS.filter((s) => ['pdftotext', 'pdftotext-raw', 'pdfbox-sort'].includes(s.name)), { name: 'bbox-words', ok: () => printers.chromium, run: bboxWords },
  ...('a5' in PAPERS ? [{ name: 'pdftotext-layout-dos', ok: () => printers.chromium, run: layoutDos }] : [])];

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

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await scorePrintDumps({ build, lo, hi, out: OUT, papers: PAPERS, dumps: DUMPS });
}
