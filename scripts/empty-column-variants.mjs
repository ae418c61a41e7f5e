#!/usr/bin/env node
/**
 * @file PDFs whose table 三 leaves whole columns empty (zeros printed blank; 1–3 of the six category
 * columns zero in every row, as a small office's 科研机构 / 社会公益组织), printed by Chromium or
 * LibreOffice, borderless or ruled, 9–14 pt, in a narrow table (header words wrap in their cells:
 * '社会公益' / '组织'), numbers left, centred or right; table 四's zeros blank too on some. Read by
 * the built library(ies) and scored against the values chosen: table 三's fields and all fields
 * right, right at ≥ 0.9, missing, wrong, wrong at ≥ 0.9 (must stay 0).
 *
 *   npm run build && nice node scripts/empty-column-variants.mjs [--seeds 100..130] [--dist dist,/other/dist] [--pdfs DIR] [--verbose]
 *
 * `--pdfs DIR` keeps the printed PDFs (empty-<seed>.pdf) and reuses them on the next run; `--dist`
 * reads each PDF with every build listed (before → after on the same files).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activeTable, requestTable, reviewTable, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { printedPdf, printers } from './print-pdf.mjs';
import { COLS, countFields, fieldTally, flatTruth, makeValues, rng } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [from, to] = seedRange('100..130');
const DISTS = stringArg('dist', 'dist').split(',');
const PDFS = stringArg('pdfs', '');
const VERBOSE = process.argv.includes('--verbose');
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];


/** A variant: values (golden), the page's HTML, printer, description. */
export function emptyColumnVariant(seed) {
  const r = rng(seed * 53 + 11);
  const version = r() < 0.6 ? '2021' : '2019';
  const combined = version === '2019' || r() < 0.3;
  const data = makeValues(seed, { version, combined, scale: 30 });
  // 1–3 category columns zero in every row (the row totals lose their share).
  const empty = [];
  const n = 1 + Math.floor(r() * 3);
  while (empty.length < n) {
    const c = pick(r, COLS.slice(0, 6));
    if (!empty.includes(c)) empty.push(c);
  }
  const rowsOf = (o) => ('total' in o ? [o] : Object.values(o).flatMap(rowsOf));
  for (const row of rowsOf(data.requests)) {
    for (const c of empty) {
      row.total -= row[c];
      row[c] = 0;
    }
  }
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const blankReview = r() < 0.5;
  for (const row of [...t.requests, ...(blankReview ? t.reviewLitigation : [])]) if (row.kind === 'data') row.cells = row.cells.map((c, j) => ((j > 0 || row.key === 'review') && c === '0' ? '' : c));
  const printer = printers.libreoffice && r() < 0.3 ? 'libreoffice' : 'chromium';
  const borderless = r() < 0.6;
  const pt = 9 + Math.floor(r() * 6);
  const width = 50 + Math.floor(r() * 31);
  const align = pick(r, ['left', 'center', 'right']);
  const css = [`td,td p{font-size:${pt}pt !important}`, `table{width:${width}% !important}`, `td.n p,td.n{text-align:${align} !important}`, borderless ? 'td{border:none !important} table{border:none}' : ''].join('\n');
  const title = `测试市第${seed}局2024年政府信息公开工作年度报告`;
  const html = renderHtml({ title, agency: `测试市第${seed}局`, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: r() < 0.5 ? 'cms' : 'word', print: { noChrome: true } }).replace('</head>', `<style>${css}</style></head>`);
  const what = `${version} ${printer}${borderless ? ' borderless' : ' ruled'} ${pt}pt table ${width}% ${align}: empty ${empty.join(',')}${blankReview ? ', 四 blank' : ''}`;
  return { data, html, printer, what };
}

const libs = [];
if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

async function main() {
for (const d of DISTS) libs.push({ dist: d, lib: await import(pathToFileURL(join(isAbsolute(d) ? d : join(ROOT, d), 'index.js')).href), totals: { requests: fieldTally(), all: fieldTally() } });
if (PDFS) mkdirSync(PDFS, { recursive: true });

for (let seed = from; seed < to; seed++) {
  const v = emptyColumnVariant(seed);
  const cached = PDFS ? join(PDFS, `empty-${seed}.pdf`) : '';
  let bytes;
    try {
      bytes = cached && existsSync(cached) ? readFileSync(cached) : printedPdf(v.html, v.printer);
    } catch (e) {
      console.log(`${seed} not printed (${v.printer}: ${e.code ?? e.message}): skipped`);
      continue;
    }
  if (cached && !existsSync(cached)) writeFileSync(cached, bytes);
  for (const { dist, lib, totals } of libs) {
    let report;
    try {
      report = await lib.extract(new Uint8Array(bytes), { name: `empty-${seed}.pdf` });
    } catch (e) {
      console.log(`${seed} [${dist}] FAILED ${e.code}: ${v.what}`);
      continue;
    }
    const got = lib.flattenData(report.data);
    totals.requests.docs++;
    totals.all.docs++;
    const truth = flatTruth(v.data);
    const bad = countFields(report, got, truth, (key) => (key.startsWith('requests.') ? [totals.requests, totals.all] : [totals.all]));
    if (process.argv.includes('--per-doc')) console.log(`${seed} [${dist}] [${v.what}] ${truth.length - bad.length} right, ${bad.filter((x) => x.endsWith('!!')).length} wrong≥0.9`);
    if (bad.length && (VERBOSE || bad.some((x) => x.endsWith('!!')))) console.log(`${seed} [${dist}] [${v.what}] ${bad.length} off: ${bad.filter((x) => x.endsWith('!!')).concat(bad).slice(0, 8).join('; ')}`);
    else if (VERBOSE) console.log(`${seed} [${dist}] [${v.what}] ok`);
  }
}
for (const { dist, totals } of libs) {
  for (const [name, s] of Object.entries(totals)) {
    const pct = (x) => (s.fields ? ((100 * x) / s.fields).toFixed(2) : '-');
    console.log(`${dist} ${name.padEnd(8)} docs ${s.docs} fields ${s.fields} right ${pct(s.right)}% right≥0.9 ${pct(s.rightHigh)}% missing ${s.missing} wrong ${s.wrong} wrong≥0.9 ${s.wrongHigh}`);
  }
}
}
