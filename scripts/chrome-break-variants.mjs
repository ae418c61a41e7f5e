#!/usr/bin/env node
/**
 * @file Chrome-break variants: a template report printed by headless Chromium on A4 or Letter, with
 * Chromium's running header and footer (date/time + title at the top, file URL + 'n/m' at the bottom)
 * or without them (`--no-pdf-header-footer`), turned into text by plain `pdftotext` (no -layout). Table
 * 三 (the wide 申请人情况 table; the 2019 template's rows differ) comes out in poppler's block order:
 * header cells as blocks, the rows' values in column-ish blocks, a part before and a part after the
 * page break with the furniture between. A spacer before heading 三 moves the page break to a
 * different row of table 三 on each seed; the value columns are the browser's width or narrow (2.2, 3 em). Blanks: on some seeds table 三's zeros print empty (truth 0).
 *
 * Every field (tables 二, 三, 四) is scored against the values chosen here (never the extractor's):
 * right (and ≥ 0.9), wrong ≥ 0.9 (must be 0), wrong 0.8–0.9, wrong < 0.8, missing; and the time each
 * document took (median, max).
 *
 *   npm run build && nice node scripts/chrome-break-variants.mjs [--seeds 1..12] [--show] [--dist DIST] [--out DIR]
 *
 * Dev seeds 1..12 (looked at), held-out seeds 101..112 (only scored). Files (PDF, `.plain.txt`, truth
 * `.json`) go to `.tmp/chrome-break/` (gitignored) or `--out`, and are reused on the next run.
 * `--dist` (or XXGK_DIST) scores another build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activeTable, requestTable, reviewTable, base, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { makeValues, rng } from './template-data.mjs';
import { chromiumPdf } from './print-pdf.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, fallback = null) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const OUT = resolve(opt('out', join(ROOT, '.tmp', 'chrome-break')));
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
/** em: the value columns' width (null: the browser's own), narrow ones wrapping the header words into blocks. */
const WIDTHS = [null, null, 2.2, 3];

/** The variant of `seed`: template, values, paper, header/footer, spacer (mm) before heading 三, blank zeros. */
export function plan(seed) {
  const r = rng(seed * 6151 + 46);
  const version = r() < 0.35 ? '2019' : '2021';
  const data = makeValues(seed * 37 + 5, { version, combined: version === '2019', scale: pick(r, [6, 30, 300]) });
  const size = pick(r, ['A4', 'A4', 'letter']);
  const headerFooter = r() < 0.6;
  const spacer = Math.floor(r() * 240);
  const blank = r() < 0.3;
  const width = pick(r, WIDTHS);
  const stem = join(OUT, `s${seed}-${size}-${headerFooter ? 'hf' : 'nohf'}-sp${spacer}-w${width ?? 'auto'}-${version}${blank ? '-blank' : ''}`);
  return { seed, version, data, size, headerFooter, spacer, blank, width, stem };
}

function html(p) {
  const b = base(4600 + p.seed, { version: p.version });
  const requests = requestTable(p.data, p.version === '2019').map((row) => (p.blank && row.kind === 'data' ? { ...row, cells: row.cells.map((c, i) => (i > 0 && c === '0' ? '' : c)) } : row));
  const tables = { activeDisclosure: activeTable(p.data, p.version), requests, reviewLitigation: reviewTable(p.data) };
  const page = renderHtml({ title: `${b.agency}${b.year}年政府信息公开工作年度报告`, agency: b.agency, published: b.published, tables, narrative: NARRATIVE, headings: H, print: { noChrome: true } });
  const heading = `<p><span style="font-family: 黑体">${H.requests}`;
  if (!page.includes(heading)) throw new Error('heading 三 not found in the rendered page');
  const css = [`@page{size:${p.size}}`];
  if (p.width) css.push(`td:not(:first-child){width:${p.width}em;word-break:break-all} td p{margin:0}`);
  return page.replace(heading, `<div style="height:${p.spacer}mm"></div>${heading}`).replace('</head>', `<style>${css.join(' ')}</style></head>`);
}

/** The plain `pdftotext` dump of the variant (printed first when missing). */
export function dump(p) {
  const out = `${p.stem}.plain.txt`;
  if (existsSync(out)) return readFileSync(out);
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(`${p.stem}.pdf`)) chromiumPdf(html(p), `${p.stem}.pdf`, { headerFooter: p.headerFooter });
  const bytes = execFileSync('pdftotext', ['-enc', 'UTF-8', `${p.stem}.pdf`, '-']);
  writeFileSync(out, bytes);
  writeFileSync(`${p.stem}.json`, JSON.stringify({ version: p.version, data: p.data }));
  return bytes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const lib = await import(pathToFileURL(join(resolve(opt('dist', process.env.XXGK_DIST ?? join(ROOT, 'dist'))), 'index.js')).href);
  const [from, to] = opt('seeds', '1..12').split('..').map(Number);
  const t = { docs: 0, fields: 0, right: 0, rightHigh: 0, wrongHigh: 0, wrongMid: 0, wrongLow: 0, missing: 0 };
  const ms = [];
  for (let seed = from; seed <= to; seed++) {
    const p = plan(seed);
    const bytes = dump(p);
    let rep;
    const t0 = Date.now();
    try {
      rep = await lib.extract(bytes, { name: 'report.txt' });
    } catch (e) {
      console.log(`${p.stem.slice(OUT.length + 1)}: ${e.message}`);
      continue;
    } finally {
      ms.push(Date.now() - t0);
    }
    t.docs++;
    const got = lib.flattenData(rep.data);
    const bad = [];
    let right = 0;
    let n = 0;
    for (const [k, want] of lib.flattenData(p.data)) {
      const v = got.get(k);
      const c = rep.fields[k]?.confidence ?? 0;
      t.fields++;
      n++;
      if (v === want || (typeof v === 'number' && typeof want === 'number' && Math.abs(v - want) < 1e-6)) {
        t.right++;
        right++;
        if (c >= 0.9) t.rightHigh++;
      } else if (v === null || v === undefined) t.missing++;
      else {
        t[c >= 0.9 ? 'wrongHigh' : c >= 0.8 ? 'wrongMid' : 'wrongLow']++;
        if (c >= 0.8) bad.push(`${k}=${v}@${c} (want ${want})${c >= 0.9 ? ' !!' : ''}`);
      }
    }
    console.log(`${p.stem.slice(OUT.length + 1)} ${right}/${n} ${ms.at(-1)} ms${bad.length && (argv.includes('--show') || bad.some((b) => b.endsWith('!!'))) ? ` ${bad.join('; ')}` : ''}`);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(`docs ${t.docs} fields ${t.fields}: right ${t.right} (${((100 * t.right) / t.fields).toFixed(1)} %, ≥0.9 ${t.rightHigh}), wrong ≥0.9 ${t.wrongHigh}, 0.8–0.9 ${t.wrongMid}, <0.8 ${t.wrongLow}, missing ${t.missing}; ms/doc median ${sorted[Math.floor(sorted.length / 2)]} max ${sorted.at(-1)}`);
  process.exitCode = t.wrongHigh > 0 ? 1 : 0;
}
