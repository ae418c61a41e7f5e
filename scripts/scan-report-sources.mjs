#!/usr/bin/env node
/**
 * @file Source PDFs of whole reports for scans (issue 18), with the values chosen as their goldens:
 * `makeValues(seed)` in the 2019 (even seeds) or 2021 (odd) template, printed-wrong totals (granted.total
 * + 1, review.total + 2) in about a third, blank zeros (a 0 printed as an empty cell in tables 三 and
 * 四) in half, CMS or Word-style tables, small print (6.5 pt table cells in some), a third (seed % 3 = 1)
 * borderless, printed by Chromium or LibreOffice. Scan them with
 * `make-scans.mjs --variants 1 --from OUT/sSEED/report.pdf --dpi 100 [--look …]` (the golden is
 * beside the PDF) and find where the fields are lost with
 * `ocr-loss.mjs SCAN --source OUT/sSEED/report.pdf`.
 * `--dash` prints every 0 of tables 三 and 四 as '—' (breakit55 scan100-dash: the golden keeps 0; the
 * source's text layer reads the marks as not applicable, so `ocr-loss.mjs` leaves them out) instead of
 * blank zeros; `--jian` adds '件' after about a third of their value cells ('173件'). Without either
 * flag a seed's report is the same as before they existed (their random draws come after the others).
 * `--sparse` (ocr50): a small office's year, as the fresh49 tester's k1 reports (most of their scans read
 * 5–30 %): nearly every count 0, printed as blank zeros — table 三 one to three requests in one or two
 * applicant columns (the rest of the table blank), table 四 one group at most, table 二 about one value
 * in five kept — with every identity holding (drawn from a generator of its own: without the flag the
 * seed's report is unchanged).
 * `--narrow-head` (ocr51): the leaf header cells of tables 三 and 四 (自然人 … 总计, 结果维持 … 总计) printed
 * one em wide, so each header word prints one character per line in a narrow column — the look of
 * fresh49/fresh50's scans of small offices' borderless pages (Chromium gives an all-blank column its min-content
 * width): OCR reads such stacked words with characters lost or split ('自' lost, '法' | '律服'). No draw changes.
 *
 *   node scripts/scan-report-sources.mjs --seeds 961001..961006 [--out DIR] [--dash] [--jian] [--paper legal|letter|a4] [--pt X] [--ruled|--borderless] [--sparse] [--narrow-head]
 * → DIR/sSEED/{report.pdf, golden.json, look.json, page.html} (default /tmp/scan-report-sources)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLS, get, makeValues, REVIEW_COLS, REVIEW_GROUPS, requestRows, rng, set } from './template-data.mjs';
import { renderHtml } from './render-html.mjs';
import { activeTable, requestTable, reviewTable, NARRATIVE, H } from './make-samples.mjs';
import { chromiumPdf, libreofficePdf } from './print-pdf.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const [BASE, LAST] = seedRange('961001..961006');
const N = LAST - BASE + 1;
const OUT = stringArg('out', '/tmp/scan-report-sources');
const DASH = process.argv.includes('--dash');
const JIAN = process.argv.includes('--jian');
/** `--paper legal|letter|a4`: a CSS @page size for the print (issue 15's pdfminer dumps of Legal/Letter prints); no draw changes. */
const PAPER = stringArg('paper', '');
/** Share of the non-zero value cells printed with '件' under `--jian` (breakit55's `jian`: ~30 %). */
const JIAN_SHARE = 0.3;
/** `--pt X`: every table cell printed at X pt (issue 18 small print: 6.5–9 pt scanned at 100–150 dpi); `--ruled`: no borderless tables; `--borderless`: every table borderless (ocr49: table 二's one-value sub-tables, whose value runs are too short to stack into columns). No draw changes. */
const PT = stringArg('pt', '');
const RULED = process.argv.includes('--ruled');
const BORDERLESS = process.argv.includes('--borderless');
const SPARSE = process.argv.includes('--sparse');
const NARROW_HEAD = process.argv.includes('--narrow-head');
/** Leaf header words of tables 三 and 四 (`--narrow-head`). */
const LEAF_WORDS = new Set(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计', '合计', '结果维持', '结果纠正', '其他结果', '尚未审结']);
/** `--narrow-head`: the leaf header cells marked `data-hd` printed one em wide (padding 4px). */
function narrowHead(html) {
  const marked = html.replace(/<td([^>]*)>((?:(?!<\/td>)[\s\S])*?)<\/td>/g, (m, attrs, inner) => (LEAF_WORDS.has(inner.replace(/<[^>]*>/g, '').replace(/\s|&nbsp;/g, '')) ? `<td data-hd${attrs}>${inner}</td>` : m));
  return marked.replace('</head>', '<style>td[data-hd]{width:1em !important;padding:0 4px !important} td[data-hd] *{white-space:normal !important}</style></head>');
}

/**
 * `--sparse`: `data` made a small office's year in place (its own draws `rs`): table 二 keeps about one
 * value in five (the others 0), table 三 holds one to three requests, each in one of one or two
 * applicant columns and handled in one outcome row (予以公开, 部分公开 or another), carried over and
 * forward 0, table 四 at most one group with one case; every row total, column sum and group total holds.
 */
function sparsify(data, combined, rs) {
  for (const [key, cols] of Object.entries(data.activeDisclosure)) for (const c of Object.keys(cols)) if (rs() >= 0.2) cols[c] = 0;
  const rows = requestRows(combined).map((x) => x[2]);
  for (const k of rows) for (const c of COLS) set(data.requests, `${k}.${c}`, 0);
  const outcomes = rows.filter((k) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
  const columns = [COLS[rs() < 0.6 ? 0 : 1 + Math.floor(rs() * 5)], COLS[1 + Math.floor(rs() * 5)]].slice(0, rs() < 0.5 ? 1 : 2);
  const n = 1 + Math.floor(rs() * 3);
  for (let i = 0; i < n; i++) {
    const col = columns[i % columns.length];
    const row = rs() < 0.5 ? 'granted' : rs() < 0.5 ? 'partiallyGranted' : outcomes[Math.floor(rs() * outcomes.length)];
    for (const k of [row, 'totalHandled', 'newReceived']) for (const c of [col, 'total']) set(data.requests, `${k}.${c}`, get(data.requests, `${k}.${c}`) + 1);
  }
  for (const g of REVIEW_GROUPS) for (const c of REVIEW_COLS) set(data.reviewLitigation, `${g}.${c}`, 0);
  if (rs() < 0.5) {
    const g = REVIEW_GROUPS[Math.floor(rs() * 3)]; const c = REVIEW_COLS[Math.floor(rs() * 4)];
    set(data.reviewLitigation, `${g}.${c}`, 1); set(data.reviewLitigation, `${g}.total`, 1);
  }
}
const AG = ['澄江市东湖区人民政府', '青禾县财政局', '临川市自然资源和规划局', '青禾县白石镇人民政府', '澄江市市场监督管理局', '临川市公安局', '青禾县卫生健康局', '澄江市西岭区教育局', '临川经济技术开发区管理委员会', '青禾县人民政府办公室', '澄江市南湖街道办事处', '临川市生态环境局'];
const clone = (x) => JSON.parse(JSON.stringify(x));
for (let i = 0; i < N; i++) {
  const seed = BASE + i; const r = rng(seed * 11 + 7);
  const version = seed % 2 === 0 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.15;
  const data = makeValues(seed, { version, combined, scale: r() < 0.3 ? 300 : 30 });
  if (SPARSE) sparsify(data, combined, rng(seed * 17 + 3));
  const agency = AG[seed % AG.length];
  const year = version === '2019' ? 2019 + Math.floor(r() * 2) : 2021 + Math.floor(r() * 5);
  const published = `${year + 1}-0${1 + Math.floor(r() * 3)}-${10 + Math.floor(r() * 18)}`;
  const title = r() < 0.5 ? `${agency}${year}年政府信息公开工作年度报告` : `${year}年${agency}政府信息公开工作年度报告`;
  const quirks = []; const golden = clone(data);
  if (r() < 0.3) { data.requests.granted.total += 1; data.reviewLitigation.review.total += 2; golden.requests.granted.total += 1; golden.reviewLitigation.review.total += 2; quirks.push('wrongTotal'); }
  const blank = (r() < 0.5 || SPARSE) && !DASH; if (blank) quirks.push('blankZeros');
  if (SPARSE) quirks.push('sparse');
  if (DASH) quirks.push('zeroDash:—');
  if (JIAN) quirks.push('jian');
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const rj = rng(seed * 13 + 5);
  for (const tb of ['requests', 'reviewLitigation']) for (const row of t[tb]) {
    if (row.kind !== 'data') continue; const start = tb === 'requests' ? 1 : 0;
    row.cells = row.cells.map((c, j) => (j < start ? c : c === '0' ? (blank ? '' : DASH ? '—' : c) : JIAN && rj() < JIAN_SHARE ? `${c}件` : c));
  }
  const style = r() < 0.35 ? 'word' : 'cms';
  const small = r() < 0.35;
  const print = { small, noChrome: true, borderless: (seed % 3 === 1 || BORDERLESS) && !RULED };
  let html = renderHtml({ title, agency, published, tables: t, narrative: NARRATIVE, headings: H, style, print });
  const p65 = small && r() < 0.5; if (p65) html = html.replace('</head>', '<style>td{font-size:6.5pt !important}</style></head>');
  if (PT) html = html.replace('</head>', `<style>td,th{font-size:${PT}pt !important}</style></head>`);
  if (NARROW_HEAD) html = narrowHead(html);
  if (PAPER) html = html.replace('</head>', `<style>@page{size:${PAPER}}</style></head>`);
  const dir = join(OUT, `s${seed}`); mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.html'), html);
  const printer = r() < 0.6 ? 'chromium' : 'libreoffice';
  (printer === 'chromium' ? chromiumPdf : libreofficePdf)(html, join(dir, 'report.pdf'));
  const look = { seed, version, combined, style, printer, small, p65, quirks, borderless: print.borderless, ...(PT ? { pt: Number(PT) } : {}), ...(NARROW_HEAD ? { narrowHead: true } : {}) };
  writeFileSync(join(dir, 'look.json'), JSON.stringify(look));
  writeFileSync(join(dir, 'golden.json'), JSON.stringify({ meta: { title, agency, year, templateVersion: version, publishedAt: published }, data: golden }, null, 1));
  console.log(dir, JSON.stringify(look));
}
