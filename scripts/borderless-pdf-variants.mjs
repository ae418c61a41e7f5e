#!/usr/bin/env node
/**
 * @file PDFs of tables that lose their columns: borderless tables with blank (zero) cells, large
 * numbers with thousands separators in narrow columns, narrow wrapped labels and small type, a '/'
 * row, old CMS layout tables — printed by Chromium at several page sizes and zooms (A4, A4
 * landscape, A5, A3, `zoom: 0.6`), by LibreOffice, and cut by `mutool poster` into half pages
 * (`-y 2`: a table split mid-row or mid-header; `-x 2`: left and right halves). Two steps, so the
 * before and after builds read the same files:
 *
 *   node scripts/borderless-pdf-variants.mjs make DIR [--seeds 100..130] [--kinds cr-a4,cr-land,…]
 *   node scripts/borderless-pdf-variants.mjs score DIR [--dist dist] [--verbose]
 *
 * `make` writes DIR/<kind>-<seed>.pdf and DIR/<kind>-<seed>.json (the values printed; a '/' row is
 * null and not counted). `score` extracts each PDF with the build in `--dist` and reports per kind
 * the fields right / wrong / missing, wrong at ≥ 0.9 and at 0.8–0.9 (never against the extractor).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { activeTable, requestTable, reviewTable, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { chromiumPdf, libreofficePdf } from './print-pdf.mjs';
import { COLS, REVIEW_COLS, REVIEW_GROUPS, flatTruth, makeValues, rng } from './template-data.mjs';

const [mode, dir] = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const KINDS = ['cr-a4', 'cr-land', 'cr-a5', 'cr-a3', 'cr-zoom06', 'lo', 'poster-y2', 'poster-x2', 'poster-land-y2'];
/**
 * Kinds not in the default list (name them with --kinds): Chromium on custom paper and margins (narrow
 * cells), and pages cut into tiles by `mutool poster` (2 × 2, 3 × 1). Reports printed by these kinds
 * print their blank zeros as a dash mark ('－', '—', '-') two times in five (`dashZeros`: such a cell
 * is not applicable, null in the truth, not counted).
 */
const MORE_KINDS = ['cr-custom', 'cr-custom-b5', 'cr-narrow', 'poster-x2y2', 'poster-land-x2y2', 'poster-x3'];
const POSTER = { 'poster-y2': ['-y', '2'], 'poster-x2': ['-x', '2'], 'poster-land-y2': ['-y', '2'], 'poster-x2y2': ['-x', '2', '-y', '2'], 'poster-land-x2y2': ['-x', '2', '-y', '2'], 'poster-x3': ['-x', '3'] };
const DASHES = ['－', '—', '-'];
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const clone = (x) => JSON.parse(JSON.stringify(x));

/** Page CSS of each Chromium print. */
const PAGE_CSS = {
  'cr-a4': '',
  'cr-land': '@page{size:A4 landscape}',
  'cr-a5': '@page{size:A5}',
  'cr-a3': '@page{size:A3}',
  'cr-zoom06': 'body{zoom:0.6}',
  'cr-custom': '@page{size:190mm 250mm;margin:25mm 6mm}',
  'cr-custom-b5': '@page{size:176mm 250mm;margin:10mm 20mm}',
  'cr-narrow': '@page{size:150mm 240mm;margin:12mm 9mm}',
};

/** One report: values, quirks and its page, from the seed. */
export function variant(seed, kind = '') {
  const r = rng(seed * 13 + 7);
  // Drawn apart from `r`, and only for MORE_KINDS: the default kinds' seeds print as before.
  const r2 = rng(seed * 17 + 3);
  const dash = MORE_KINDS.includes(kind) && r2() < 0.4 ? pick(r2, DASHES) : null;
  const version = r() < 0.25 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.15;
  const large = r() < 0.45;
  const data = makeValues(seed, { version, combined, scale: large ? pick(r, [800, 3000, 20000]) : r() < 0.3 ? 8 : 30 });
  const golden = clone(data);
  const quirks = [];
  let naKey = null;
  if (r() < 0.25) {
    naKey = pick(r, ['denied.stateSecret', 'denied.adminQuery', 'notProcessed.publication', 'unavailable.unclear', 'notProcessed.excessive']);
    const [a, b] = naKey.split('.');
    for (const c of COLS) {
      data.requests.totalHandled[c] -= data.requests[a][b][c];
      data.requests.newReceived[c] -= data.requests[a][b][c];
      data.requests[a][b][c] = 0;
    }
    Object.assign(golden, clone(data));
    for (const c of COLS) golden.requests[a][b][c] = null;
    quirks.push(`na:${naKey}`);
  }
  const blank = r() < 0.55 || dash !== null;
  if (dash !== null) quirks.push(`dashZeros:${dash}`);
  else if (blank) quirks.push('blankZeros');
  const thousands = large && r() < 0.7;
  if (thousands) quirks.push('thousands');
  if (large) quirks.push('large');
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  for (const tb of ['requests', 'reviewLitigation']) {
    for (const row of t[tb]) {
      if (row.kind !== 'data') continue;
      const start = tb === 'requests' ? 1 : 0;
      row.cells = row.cells.map((c, j) => {
        if (j < start) return c;
        if (tb === 'requests' && naKey && row.key === naKey) return '/';
        if (dash !== null && c === '0') return dash;
        if (blank && c === '0') return '';
        if (thousands && /^\d{4,}$/.test(c)) return Number(c).toLocaleString('en-US');
        return c;
      });
    }
  }
  if (thousands) for (const row of t.activeDisclosure) if (row.kind === 'data') row.cells = row.cells.map((c, j) => (j > 0 && /^\d{4,}$/.test(c) ? Number(c).toLocaleString('en-US') : c));
  const style = r() < 0.35 ? 'word' : 'cms';
  const print = { borderless: r() < 0.65, narrow: r() < 0.4, spaced: false, stacked: r() < 0.1, small: r() < 0.25, noChrome: r() < 0.5 };
  const layoutTable = style === 'cms' && r() < 0.2;
  const agency = `测试市第${seed}局`;
  const year = version === '2019' ? 2020 : 2024;
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  // A dash printed for a zero is not applicable: null in the truth (not counted).
  if (dash !== null) {
    for (const tb of ['requests', 'reviewLitigation']) {
      for (const row of t[tb]) if (row.kind === 'data' && row.key) row.cells.forEach((c, j) => c === dash && markedNull(golden, tb, row.key, j));
    }
  }
  const html = renderHtml({ title, agency, published: `${year + 1}-01-20`, tables: t, narrative: NARRATIVE, headings: H, style, print, layoutTable });
  const look = `${version}${combined ? ' combined' : ''} ${style}${layoutTable ? ' layout-table' : ''} ${Object.entries(print).filter(([, v]) => v).map(([k]) => k).join(',')} ${quirks.join(',')}`;
  return { golden, html, look };
}

/** The truth of cell `j` of a printed row of table 三 (label first) or 四 (15 values) set to null. */
function markedNull(golden, table, key, j) {
  if (table === 'requests') {
    const [a, b] = key.split('.');
    (b ? golden.requests[a][b] : golden.requests[a])[COLS[j - 1]] = null;
  } else golden.reviewLitigation[REVIEW_GROUPS[Math.floor(j / 5)]][REVIEW_COLS[j % 5]] = null;
}

function withCss(html, css) {
  return css ? html.replace('</head>', `<style>${css}</style></head>`) : html;
}

/** Prints `kind` of `html` into `out`. */
function printKind(kind, html, out) {
  const tmp = join(tmpdir(), `bpv-${process.pid}.pdf`);
  try {
    if (kind in PAGE_CSS) chromiumPdf(withCss(html, PAGE_CSS[kind]), out);
    else if (kind === 'lo') libreofficePdf(withCss(html, 'body{font-size:9pt}'), out);
    else if (kind in POSTER) {
      chromiumPdf(withCss(html, kind.startsWith('poster-land') ? PAGE_CSS['cr-land'] : ''), tmp);
      execFileSync('mutool', ['poster', ...POSTER[kind], tmp, out], { stdio: 'ignore' });
    }
  } finally {
    rmSync(tmp, { force: true });
  }
}

async function make() {
  const [from, to] = arg('seeds', '100..130').split('..').map(Number);
  const kinds = arg('kinds', KINDS.join(',')).split(',');
  mkdirSync(dir, { recursive: true });
  for (let seed = from; seed < to; seed++) {
    const kind = kinds[seed % kinds.length];
    const v = variant(seed, kind);
    // Each seed printed by one kind (round robin from the seed): every kind sees other reports.
    const base = join(dir, `${kind}-${seed}`);
    if (existsSync(`${base}.pdf`)) continue;
    // A loaded machine times Chromium out now and then: one more try, then the seed is skipped.
    try {
      printKind(kind, v.html, `${base}.pdf`);
    } catch {
      try {
        printKind(kind, v.html, `${base}.pdf`);
      } catch (e) {
        console.log(`${kind}-${seed}: not printed (${e.code ?? e.message})`);
        continue;
      }
    }
    writeFileSync(`${base}.json`, JSON.stringify({ data: v.golden, look: v.look }));
    console.log(`${kind}-${seed}: ${v.look}`);
  }
}

async function score() {
  const dist = resolve(arg('dist', 'dist'));
  const { extract, flattenData } = await import(join(dist, 'index.js'));
  const verbose = process.argv.includes('--verbose');
  const tallies = new Map();
  const tally = (k) => tallies.get(k) ?? tallies.set(k, { docs: 0, fields: 0, right: 0, wrong: 0, missing: 0, w9: 0, w8: 0 }).get(k);
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
  for (const f of files) {
    const kind = f.replace(/-\d+\.pdf$/, '');
    const { data, look } = JSON.parse(readFileSync(join(dir, f.replace(/\.pdf$/, '.json')), 'utf8'));
    let report;
    try {
      report = await extract(new Uint8Array(readFileSync(join(dir, f))), { name: f });
    } catch (e) {
      console.log(`${f} FAILED ${e.code ?? e.message}`);
      continue;
    }
    const got = flattenData(report.data);
    const ts = [tally(kind), tally('TOTAL')];
    const bad = [];
    for (const t of ts) t.docs++;
    for (const [key, want] of flatTruth(data)) {
      if (want === null) continue;
      const value = got.get(key);
      const conf = report.fields[key]?.confidence ?? 0;
      const ok = typeof value === 'number' && Math.abs(value - want) < 1e-6;
      const missing = value === null || value === undefined;
      for (const t of ts) {
        t.fields++;
        if (ok) t.right++;
        else if (missing) t.missing++;
        else {
          t.wrong++;
          if (conf >= 0.9) t.w9++;
          else if (conf >= 0.8) t.w8++;
        }
      }
      if (!ok && !missing) bad.push(`${key}=${value}@${conf} (want ${want})${conf >= 0.9 ? ' !!' : ''}`);
      else if (!ok) bad.push(`${key} missing`);
    }
    if (verbose || bad.some((b) => b.endsWith('!!'))) console.log(`${f} [${look}] ${bad.length} off${bad.length ? ': ' : ''}${bad.slice(0, 6).join('; ')} ${report.warnings.map((w) => w.code).join(',')}`);
  }
  console.log('kind              docs fields  right  wrong missing  W>=.9 W.8-.9 right%');
  for (const [k, t] of [...tallies].sort(([a], [b]) => (a === 'TOTAL') - (b === 'TOTAL') || a.localeCompare(b))) {
    console.log(`${k.padEnd(16)} ${String(t.docs).padStart(5)} ${String(t.fields).padStart(6)} ${String(t.right).padStart(6)} ${String(t.wrong).padStart(6)} ${String(t.missing).padStart(7)} ${String(t.w9).padStart(6)} ${String(t.w8).padStart(6)} ${((100 * t.right) / Math.max(1, t.fields)).toFixed(1).padStart(6)}`);
  }
}

if (mode === 'make') await make();
else if (mode === 'score') await score();
else {
  console.error('usage: borderless-pdf-variants.mjs make|score DIR [--seeds A..B] [--kinds …] [--dist dist] [--verbose]');
  process.exit(2);
}
