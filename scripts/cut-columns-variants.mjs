#!/usr/bin/env node
/**
 * @file A wide table printed to a page too narrow for it (map/clipped-total): random reports as an old
 * CMS page (the article in a fixed-width layout table, table 三 given a fixed width 5–30 % wider than the page's text column)
 * printed to A4 or A5 by Chromium or LibreOffice Writer/Web, so table 三's rightmost columns (其他,
 * 总计, …) fall off the page edge and are not drawn. Which columns a print keeps is read from its
 * `pdftotext -layout` text (values on the （七）总计 and 结转下年 lines); only the fields of table 三's
 * columns printed count as determinable. Measures, per dist: right (any confidence), right ≥ 0.9,
 * low or missing, and WRONG ≥ 0.9 over every field output with a value (must be 0).
 *
 * --page-wide (session 36, issue 17): the page's layout table alone wider than the paper (880–1020 px,
 * the data tables at 100 % of it), printed by LibreOffice Writer/Web to A4, A5 or B5, as printed or
 * re-printed by `qpdf --rotate=+90 --linearize`: every table is cut at the paper's edge (table 三
 * often down to a sliver of 自然人, table 四 after 复议后起诉's first columns), its rulings drawn up
 * to the edge (pdf/page-layout cutAtEdge). Also counts every field wrong below 0.9 (0.8–0.9 apart).
 *
 *   npm run build && nice node scripts/cut-columns-variants.mjs [--seeds 1..12] [--wide | --page-wide] [--dist DIR]... [--keep DIR]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderHtml } from './render-html.mjs';
import { activeTable, requestTable, reviewTable, NARRATIVE, H } from './make-samples.mjs';
import { makeValues, rng, COLS } from './template-data.mjs';
import { chromiumPdf, libreofficePdf, printers } from './print-pdf.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dists = args.flatMap((a, i) => (args[i - 1] === '--dist' ? [a] : []));
if (dists.length === 0) dists.push(process.env.XXGK_DIST ?? join(ROOT, 'dist'));
const [from, to] = seedRange('1..12');
const keep = stringArg('keep', mkdtempSync(join(tmpdir(), 'xxgk-cut-')));
// --wide: tables 1.3–1.7× the text column on A4, A5 or B6 paper (a few columns, or only 自然人, left on the page).
const wide = args.includes('--wide');
const pageWide = args.includes('--page-wide');
mkdirSync(keep, { recursive: true });

function flat(x, pre = '', out = new Map()) {
  for (const [k, v] of Object.entries(x ?? {})) {
    if (v !== null && typeof v === 'object') flat(v, `${pre}${k}.`, out);
    else out.set(`${pre}${k}`, v);
  }
  return out;
}

/** Values printed on the （七）总计 and 结转下年 lines of the print's layout text: the columns kept. */
function keptColumns(pdf) {
  const t = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  let n = 7;
  for (const label of ['（七）总计', '结转下年度继续办理']) {
    const line = t.split('\n').find((l) => l.includes(label));
    if (line) n = Math.min(n, (line.split(label)[1].match(/(?<![\d.])\d+(?![\d.])/g) ?? []).length);
  }
  return n;
}

function build(seed) {
  const r = rng(seed * 104729 + 11);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const version = pick(['2021', '2021', '2019']);
  const data = makeValues(seed, { version, scale: pick([10, 30, 100, 1000]) });
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, false), reviewLitigation: reviewTable(data) };
  const agency = `示例市第${seed}局`;
  const title = `${agency}2024年政府信息公开工作年度报告`;
  if (pageWide) {
    const html = renderHtml({ title, agency, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: pick(['cms', 'word']), layoutTable: true })
      .replace('<table width="980"', `<table width="${pick([880, 920, 960, 980, 1020])}"`)
      .replace('</style>', `@page{size:${pick(['A4', 'A4', 'B5', 'letter'])}}</style>`);
    return { seed, version, data, html, width: 0, page: 'wide', printer: 'libreoffice', rotate: r() < 0.5 };
  }
  const page = wide ? pick(['A4', 'A5', 'B6']) : pick(['A4', 'A5', 'A4']);
  // A4's text column is ~720 px, A5's ~470 px, B6's ~380 px: 5–30 % wider loses one to four columns (--wide: 1.3–1.7× leaves one to three).
  const width = Math.round(({ A4: 720, A5: 470, B6: 380 })[page] * pick(wide ? [1.3, 1.4, 1.5, 1.6, 1.7] : [1.05, 1.1, 1.15, 1.2, 1.3]));
  const printer = printers.libreoffice && r() < 0.4 ? 'libreoffice' : 'chromium';
  let html = renderHtml({ title, agency, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: pick(['cms', 'word']), layoutTable: true });
  // The page's layout table and the data tables at a fixed width wider than the paper.
  html = html.replace('<table width="980"', `<table width="${width + 220}"`).replace(/<table border="1" cellspacing="0" width="100%"/g, `<table border="1" cellspacing="0" width="${width}"`);
  html = html.replace('</style>', `@page{size:${page === 'B6' ? '125mm 176mm' : page};margin:${wide ? pick(['6mm', '10mm', '12mm']) : '12mm'}}</style>`);
  return { seed, version, data, html, width, page, printer };
}

const results = new Map(dists.map((d) => [d, { right: 0, hi: 0, low: 0, fields: 0, wrongHi: 0, wrongMid: 0, wrongLow: 0, cases: 0 }]));
const apis = await Promise.all(dists.map((d) => import(pathToFileURL(join(d, 'index.js')).href)));
for (let seed = from; seed <= to; seed++) {
  const v = build(seed);
  const pdf = join(keep, `cut-${seed}.pdf`);
  // A PDF kept from an earlier run is read again (a loaded machine's printer may time out: the seed is skipped).
  try {
    if (!existsSync(pdf)) {
      if (v.printer === 'chromium') chromiumPdf(v.html, pdf);
      else libreofficePdf(v.html, pdf);
      if (v.rotate) {
        execFileSync('qpdf', ['--rotate=+90', '--linearize', pdf, `${pdf}.q.pdf`]);
        execFileSync('mv', [`${pdf}.q.pdf`, pdf]);
      }
    }
  } catch (e) {
    console.log(`seed ${seed} ${v.printer}: print failed (${e.code ?? e.message}), skipped`);
    continue;
  }
  const kept = keptColumns(pdf);
  const truth = flat({ requests: v.data.requests, activeDisclosure: v.data.activeDisclosure, reviewLitigation: v.data.reviewLitigation });
  const determinable = (k) => k.startsWith('requests.') && COLS.indexOf(k.slice(k.lastIndexOf('.') + 1)) < kept;
  const line = [`seed ${seed} ${v.printer}${v.rotate ? '+rot90' : ''} ${v.page} ${v.width}px ${v.version}: ${kept} columns kept`];
  for (let i = 0; i < dists.length; i++) {
    const rep = await apis[i].extract(readFileSync(pdf), { name: `cut-${seed}.pdf`, ...(process.env.DOC_TIMEOUT ? { timeoutMs: Number(process.env.DOC_TIMEOUT) } : {}) });
    const got = flat(rep.data);
    const s = results.get(dists[i]);
    s.cases++;
    let right = 0, hi = 0, n = 0, wrong = 0, wrongMid = 0, wrongLow = 0;
    for (const [k, want] of truth) {
      const value = got.get(k);
      const conf = rep.fields[k]?.confidence ?? 0;
      if (value !== null && value !== undefined && value !== want && conf >= 0.9) { wrong++; console.log(`  WRONG ≥0.9 ${dists[i]} seed ${seed} ${k}: ${value} (truth ${want}) ${conf}`); }
      else if (value !== null && value !== undefined && value !== want) { if (conf >= 0.8) wrongMid++; else wrongLow++; }
      if (!determinable(k)) continue;
      n++;
      if (value === want) { right++; if (conf >= 0.9) hi++; }
    }
    Object.assign(s, { right: s.right + right, hi: s.hi + hi, low: s.low + n - hi, fields: s.fields + n, wrongHi: s.wrongHi + wrong, wrongMid: s.wrongMid + wrongMid, wrongLow: s.wrongLow + wrongLow });
    line.push(`| ${i}: right ${right}/${n} ≥0.9 ${hi} wrong≥0.9 ${wrong} 0.8–0.9 ${wrongMid} <0.8 ${wrongLow}`);
  }
  console.log(line.join(' '));
  writeFileSync(join(keep, `cut-${seed}.truth.json`), JSON.stringify({ kept, data: v.data }));
}
for (const [d, s] of results) console.log(`${d}: ${s.cases} prints, table 三 determinable fields ${s.fields}: right ${s.right}, right ≥ 0.9 ${s.hi}, low/missing ${s.fields - s.hi}, WRONG ≥ 0.9 (all fields) ${s.wrongHi}, wrong 0.8–0.9 ${s.wrongMid}, wrong < 0.8 ${s.wrongLow}`);
process.exit([...results.values()].some((s) => s.wrongHi > 0) ? 1 : 0);
