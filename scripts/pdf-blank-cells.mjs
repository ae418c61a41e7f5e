#!/usr/bin/env node
/**
 * @file PDFs whose small table (table 二, few columns) prints empty cells, printed by the printers
 * real reports come from, read by the built library and scored against the values chosen (never
 * against the extractor): an empty cell must keep its column (from its x position or the rulings),
 * not take the neighbour row's value nor shift the row's values left.
 *
 *   npm run build && node scripts/pdf-blank-cells.mjs [--seeds 100..112] [--verbose] [--dump DIR] [--pdfs DIR] [--dist DIR]
 *
 * Each seed: template 2021 or 2019, random values; in table 二 a random set of cells (in any column,
 * also the first value column and whole rows) is set to 0 and printed empty; some zeros elsewhere
 * printed empty too. Printed by Chromium or LibreOffice, with ruled or borderless tables, page width
 * normal or narrow. Reports per variant the table 二 fields right / missing / wrong, wrong at ≥ 0.9,
 * and the same for all fields.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { printedPdf, printers } from './print-pdf.mjs';
import { makeValues, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const { extract, flattenData } = await import(join(ROOT, arg('dist', 'dist'), 'index.js'));
/** --pdfs DIR: read blank-<seed>.pdf written by an earlier --dump instead of printing again. */
const PDFS = arg('pdfs', '');
const [from, to] = arg('seeds', '100..112').split('..').map(Number);
const VERBOSE = process.argv.includes('--verbose');
const DUMP = arg('dump', '');
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const flat = (d, p = '') => Object.entries(d).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? flat(v, `${p}${k}.`) : [[`${p}${k}`, v]]));
const setIn = (obj, key, v) => {
  const parts = key.split('.');
  let o = obj;
  for (const p of parts.slice(0, -1)) o = o[p];
  o[parts.at(-1)] = v;
};

/** A variant: values, table rows with empty cells, print options, description. */
export function blankVariant(seed) {
  const r = rng(seed * 31 + 5);
  const version = r() < 0.5 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.3;
  const data = makeValues(seed, { version, combined, scale: 30 });
  const active = activeTable(data, version);
  const blanked = [];
  // Empty cells in table 二: each value cell with probability p (set to 0, printed empty).
  const p = 0.15 + 0.45 * r();
  for (const row of active) {
    if (row.kind !== 'data') continue;
    const whole = r() < 0.1;
    row.cells = row.cells.map((c, j) => {
      if (j === 0 || !(whole || r() < p)) return c;
      const key = Object.keys(data.activeDisclosure[row.key])[j - 1];
      if (!key) return c;
      setIn(data.activeDisclosure, `${row.key}.${key}`, 0);
      blanked.push(`${row.key}.${key}`);
      return '';
    });
  }
  const t = { activeDisclosure: active, requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  // Zeros of table 三 printed empty on some reports (a blank-looking filled table).
  if (r() < 0.5) for (const row of t.requests) if (row.kind === 'data') row.cells = row.cells.map((c, j) => (j > 0 && c === '0' ? '' : c));
  const printer = printers.libreoffice && r() < 0.4 ? 'libreoffice' : 'chromium';
  // LibreOffice prints a 100%-wide table wider than the page (the last columns cut off): smaller type keeps it whole.
  const print = { noChrome: true, borderless: r() < 0.35, narrow: r() < 0.3, small: printer === 'libreoffice' };
  const title = `测试市第${seed}局2024年政府信息公开工作年度报告`;
  const html = renderHtml({ title, agency: `测试市第${seed}局`, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: r() < 0.5 ? 'cms' : 'word', print });
  const what = `${version} ${printer}${print.borderless ? ' borderless' : ''}${print.narrow ? ' narrow' : ''}: blank ${blanked.join(',')}`;
  return { data, html, printer, what };
}

const zero = () => ({ docs: 0, fields: 0, right: 0, wrong: 0, missing: 0, wrongHigh: 0 });
const totals = { active: zero(), all: zero() };
for (let seed = from; seed < to; seed++) {
  const v = blankVariant(seed);
  const bytes = PDFS ? readFileSync(join(PDFS, `blank-${seed}.pdf`)) : printedPdf(v.html, v.printer);
  if (DUMP) writeFileSync(join(DUMP, `blank-${seed}.pdf`), bytes);
  let report;
  try {
    report = await extract(new Uint8Array(bytes), { name: `blank-${seed}.pdf` });
  } catch (e) {
    console.log(`${seed} FAILED ${e.code}: ${v.what}`);
    continue;
  }
  const got = flattenData(report.data);
  const bad = [];
  totals.active.docs++;
  totals.all.docs++;
  for (const [key, want] of flat(v.data)) {
    const ss = key.startsWith('activeDisclosure.') ? [totals.active, totals.all] : [totals.all];
    const value = got.get(key);
    const conf = report.fields[key]?.confidence ?? 0;
    const ok = value === want || (typeof want === 'number' && typeof value === 'number' && Math.abs(value - want) < 1e-6);
    for (const s of ss) {
      s.fields++;
      if (ok) s.right++;
      else if (value === null || value === undefined) s.missing++;
      else {
        s.wrong++;
        if (conf >= 0.9) s.wrongHigh++;
      }
    }
    if (!ok) bad.push(`${key}=${value ?? '∅'}@${conf} (want ${want})${conf >= 0.9 && value != null ? ' !!' : ''}`);
  }
  if (bad.length && (VERBOSE || bad.some((x) => x.endsWith('!!')))) console.log(`${seed} [${v.what}] ${bad.length} off: ${bad.slice(0, 8).join('; ')}`);
  else if (VERBOSE) console.log(`${seed} [${v.what}] ok`);
}
for (const [name, s] of Object.entries(totals)) {
  const pct = s.fields ? ((100 * s.right) / s.fields).toFixed(2) : '-';
  console.log(`${name.padEnd(6)} docs ${s.docs} fields ${s.fields} right ${pct}% wrong ${s.wrong} missing ${s.missing} wrong@>=0.9 ${s.wrongHigh}`);
}
