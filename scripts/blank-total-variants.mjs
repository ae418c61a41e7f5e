#!/usr/bin/env node
/**
 * @file Reports whose table 三 prints some zero cells empty (at random places, in both templates)
 * and whose tables print a wrong total or two (a 总计 off by a few, as real reports do), read by the
 * built library and scored against the values printed (never against the extractor). An empty grid
 * cell is 0 (`blank`) wherever its row's other cells are printed; a wrong printed total must fail
 * its check, not turn the table's empty cells ambiguous.
 *
 *   npm run build && node scripts/blank-total-variants.mjs [--seeds 1..13] [--kinds html,chromium,libreoffice,layout,raw,miner,pandoc-plain,pandoc-grid,pandoc-pipe] [--dist DIR] [--verbose]
 *
 * Kinds: `html` (the page itself), `chromium` / `libreoffice` (the page printed), `layout`
 * (`pdftotext -layout` of the Chromium print), `pandoc-plain` / `pandoc-grid` / `pandoc-pipe` (pandoc's
 * text of the page: a simple table under a rule of dashes, a grid table, a pipe table). Per kind: table 三 fields right, right at ≥ 0.9,
 * wrong at 0.8–0.9 (read, not right), wrong at ≥ 0.9 (must be 0), and the same for all fields.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { chromiumPdf, libreofficePdf, printers } from './print-pdf.mjs';
import { makeValues, rng } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(resolve(ROOT, stringArg('dist', 'dist'), 'index.js'));
const [from, to] = seedRange('1..13');
const KINDS = stringArg('kinds', 'html,chromium,libreoffice,layout').split(',');
const VERBOSE = process.argv.includes('--verbose');

const flat = (d, p = '') => Object.entries(d).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? flat(v, `${p}${k}.`) : [[`${p}${k}`, v]]));

/** A variant: the printed values (wrong totals kept as printed) and its page. */
export function blankTotalVariant(seed) {
  const r = rng(seed * 53 + 11);
  const version = r() < 0.5 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.3;
  const data = makeValues(seed, { version, combined, scale: 20 });
  const wrong = [];
  // One or two printed totals off by 1..3 (table 三's 本年新收 or another row; sometimes table 四's).
  const rows = flat(data.requests).filter(([k]) => k.endsWith('.total')).map(([k]) => k.replace(/\.total$/, ''));
  for (let n = 1 + Math.floor(r() * 2); n > 0; n--) {
    const row = r() < 0.5 ? 'newReceived' : rows[Math.floor(r() * rows.length)];
    const cell = row.split('.').reduce((o, p) => o[p], data.requests);
    cell.total += 1 + Math.floor(r() * 3);
    wrong.push(row);
  }
  if (r() < 0.5) {
    data.reviewLitigation.review.total += 1;
    wrong.push('review');
  }
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  // Zero cells of table 三 printed empty: each with probability p (every one on some reports).
  const p = r() < 0.25 ? 1 : 0.3 + 0.5 * r();
  let blanks = 0;
  for (const row of t.requests) {
    if (row.kind !== 'data') continue;
    row.cells = row.cells.map((c, j) => (j > 0 && c === '0' && r() < p ? (blanks++, '') : c));
  }
  const print = { noChrome: true, borderless: false, narrow: r() < 0.3, small: true };
  const title = `测试市第${seed}局2024年政府信息公开工作年度报告`;
  const html = renderHtml({ title, agency: `测试市第${seed}局`, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: r() < 0.5 ? 'cms' : 'word', print });
  return { data, html, what: `${version}${combined ? ' single-(六)' : ''}: ${blanks} blank, wrong total ${wrong.join(',')}` };
}

/** The variant as one input kind: [bytes, file name]. */
function render(v, kind, seed) {
  if (kind === 'html') return [Buffer.from(v.html), `bt-${seed}.html`];
  // pandoc's text of the page: a simple table (column rule of dashes), a grid table, a pipe table.
  const pandoc = { 'pandoc-plain': ['plain', 'txt'], 'pandoc-grid': ['markdown-simple_tables-multiline_tables-pipe_tables', 'md'], 'pandoc-pipe': ['markdown-simple_tables-multiline_tables-grid_tables', 'md'] }[kind];
  if (pandoc) return [execFileSync('pandoc', ['-f', 'html', '-t', pandoc[0], '--columns=200'], { input: v.html }), `bt-${seed}.${pandoc[1]}`];
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-blank-total-'));
  try {
    const pdf = join(dir, 'report.pdf');
    if (kind === 'libreoffice') libreofficePdf(v.html, pdf);
    else if (v.chromium) writeFileSync(pdf, v.chromium);
    else (chromiumPdf(v.html, pdf), (v.chromium = readFileSync(pdf)));
    // Text dumps of the print: `pdftotext -layout` / `-raw`, pdfminer's `pdf2txt`.
    const dump = { layout: ['pdftotext', ['-layout', pdf, '-']], raw: ['pdftotext', ['-raw', pdf, '-']], miner: ['pdf2txt', [pdf]] }[kind];
    if (!dump) return [readFileSync(pdf), `bt-${seed}.pdf`];
    return [execFileSync(dump[0], dump[1], { maxBuffer: 64 << 20 }), `bt-${seed}.txt`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const zero = () => ({ docs: 0, fields: 0, right: 0, rightHigh: 0, wrongMid: 0, wrongHigh: 0 });
const totals = Object.fromEntries(KINDS.map((k) => [k, { requests: zero(), all: zero() }]));
for (let seed = from; seed < to; seed++) {
  const v = blankTotalVariant(seed);
  for (const kind of KINDS) {
    if (kind === 'libreoffice' && !printers.libreoffice) continue;
    const [bytes, name] = render(v, kind, seed);
    let report;
    try {
      report = await extract(new Uint8Array(bytes), { name });
    } catch (e) {
      console.log(`${seed} ${kind} FAILED ${e.code}: ${v.what}`);
      continue;
    }
    const got = flattenData(report.data);
    const bad = [];
    for (const s of Object.values(totals[kind])) s.docs++;
    for (const [key, want] of flat(v.data)) {
      const ss = key.startsWith('requests.') ? [totals[kind].requests, totals[kind].all] : [totals[kind].all];
      const value = got.get(key);
      const conf = report.fields[key]?.confidence ?? 0;
      const ok = value === want || (typeof want === 'number' && typeof value === 'number' && Math.abs(value - want) < 1e-6);
      for (const s of ss) {
        s.fields++;
        if (ok) s.right++;
        if (ok && conf >= 0.9) s.rightHigh++;
        if (!ok && conf >= 0.9) s.wrongHigh++;
        if (!ok && value != null && conf >= 0.8 && conf < 0.9) s.wrongMid++;
      }
      if (!ok) bad.push(`${key}=${value ?? '∅'}@${conf} (want ${want})${conf >= 0.9 ? ' !!' : ''}`);
    }
    if (bad.length && (VERBOSE || bad.some((x) => x.endsWith('!!')))) console.log(`${seed} ${kind} [${v.what}] ${bad.length} off: ${bad.slice(0, 8).join('; ')}`);
    else if (VERBOSE) console.log(`${seed} ${kind} [${v.what}] ok`);
  }
}
const pct = (n, d) => (d ? ((100 * n) / d).toFixed(2) : '-');
for (const [kind, t] of Object.entries(totals)) {
  for (const [name, s] of Object.entries(t)) {
    console.log(`${kind.padEnd(11)} ${name.padEnd(8)} docs ${s.docs} fields ${s.fields} right ${pct(s.right, s.fields)}% right@>=0.9 ${pct(s.rightHigh, s.fields)}% wrong@.8-.9 ${s.wrongMid} wrong@>=0.9 ${s.wrongHigh}`);
  }
}
