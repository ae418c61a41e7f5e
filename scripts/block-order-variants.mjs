#!/usr/bin/env node
/**
 * @file Block-order variants: a report printed by Chromium on a small page (B5, A5, Letter; margin 0 or
 * a few mm) with narrow number columns, turned into text by plain `pdftotext` (no -layout). Such a dump
 * writes each text block as its own paragraph in poppler's block order, which is not always left to
 * right: a table row's cells printed as separate blocks may come exchanged ('0 0 0 0 1 0 1' for
 * 0 1 0 0 0 0 1; breakit55 ptt-plain-b5/r17), every identity still holding. `layout` (pdftotext -layout
 * of the same PDF: cells on one line) is the control whose values must keep their confidence.
 *
 * Every field (tables 二, 三, 四) is measured against the truth: right, right at ≥ 0.9, wrong at ≥ 0.9
 * (must be 0), wrong at 0.8–0.9, wrong below 0.8, missing.
 *
 *   npm run build && nice node scripts/block-order-variants.mjs [--seeds 1..8] [--styles plain,layout,dos] [--jian] [--show]
 * `--narrow-labels` makes the label column 2–4 characters wide; `--num-left` left-aligns value cells; `--only activeDisclosure.` counts table 二 only; `gbk` is plain -enc GBK.
 * `--jian` prints '件' after a share of table 三/四's cells (most seeds); `dos` is plain with CRLF line ends.
 * Files go to `.tmp/block-order/` (gitignored), reused on the next run. XXGK_DIST measures another build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activeTable, requestTable, reviewTable, base, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { makeValues, rng } from './template-data.mjs';
import { chromiumPdf } from './print-pdf.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'block-order');
const argv = process.argv.slice(2);
const opt = (name, fallback = null) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const PAGES = ['B5', 'B5', 'A5', 'letter'];
const MARGINS = ['0', '0', '4mm'];
/** em. Number columns this narrow wrap the header words and keep the cells apart as blocks. */
const WIDTHS = [null, 1.6, 2.2, 3];

const STYLES = {
  plain: (f) => execFileSync('pdftotext', ['-enc', 'UTF-8', f, '-']),
  layout: (f) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', f, '-']),
  // CRLF line ends (breakit55 ptt-dos-odt): the same blocks, another line end.
  dos: (f) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-eol', 'dos', f, '-']),
  // GBK bytes (breakit56 ptt-gbk-m30): the same blocks, another encoding.
  gbk: (f) => execFileSync('pdftotext', ['-enc', 'GBK', f, '-']),
};
/** `--narrow-labels`: the label column a few characters wide, labels wrapped around their centred values (breakit56 ptt-gbk-m30 r35: '规范性' / '13' / '文件'). */
const NARROW = argv.includes('--narrow-labels');
/** `--num-left`: value cells left-aligned (breakit56 look5 numLeft: r35's cells came out in poppler's own block order). */
const NUM_LEFT = argv.includes('--num-left');
/** `--only PREFIX`: count only the fields under it ('activeDisclosure.': table 二). */
const ONLY = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : '';
/** `--jian`: a share of table 三/四 value cells print a count word after the number ('26件'; breakit55 look4 jian). */
const JIAN = argv.includes('--jian');

/** The variant of `seed`: template version, values, page size, margin, number-column width. */
function plan(seed) {
  const r = rng(seed * 7919 + 35);
  const version = r() < 0.3 ? '2019' : '2021';
  const data = makeValues(seed * 31 + 11, { version, combined: version === '2019', scale: pick(r, [6, 30, 300]) });
  const size = pick(r, PAGES);
  const margin = pick(r, MARGINS);
  const width = pick(r, WIDTHS);
  const jian = JIAN && r() < 0.7 ? pick(r, [0.3, 0.6, 1]) : 0;
  const label = NARROW ? pick(r, [2, 3, 4]) : 0;
  const left = NUM_LEFT;
  return { seed, version, data, size, margin, width, jian, label, stem: join(OUT, `s${seed}-${size}-m${margin}-w${width ?? 'auto'}-${version}${jian ? `-j${jian}` : ''}${label ? `-l${label}` : ''}${left ? '-left' : ''}`), left };
}

function html(p) {
  const b = base(3500 + p.seed, { version: p.version });
  const tables = { activeDisclosure: activeTable(p.data, p.version), requests: withJian(requestTable(p.data, p.version === '2019'), p), reviewLitigation: withJian(reviewTable(p.data), p) };
  let page = renderHtml({ title: `${b.agency}${b.year}年政府信息公开工作年度报告`, agency: b.agency, published: b.published, tables, narrative: NARRATIVE, headings: H, print: { noChrome: true } });
  const css = [`@page{size:${p.size};margin:${p.margin}}`];
  if (p.width) css.push(`td:not(:first-child){width:${p.width}em;word-break:break-all} td p{margin:0}`);
  if (p.left) css.push('td:not(:first-child){text-align:left}');
  if (p.label) css.push(`td:first-child{width:${p.label}em;max-width:${p.label}em;word-break:break-all;vertical-align:middle}`);
  return page.replace('</head>', `<style>${css.join(' ')}</style></head>`);
}

/** The table's value cells with '件' after a share `p.jian` of them (each cell's choice from the seed). */
function withJian(rows, p) {
  if (!p.jian) return rows;
  const r = rng(p.seed * 104729 + 7);
  return rows.map((row) => (row.kind !== 'data' ? row : { ...row, cells: row.cells.map((c, i) => (i > 0 && /^\d+$/.test(c) && r() < p.jian ? `${c}件` : c)) }));
}

function dump(p, style) {
  const out = `${p.stem}.${style}.txt`;
  if (existsSync(out)) return readFileSync(out);
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(`${p.stem}.pdf`)) chromiumPdf(html(p), `${p.stem}.pdf`);
  const bytes = STYLES[style](`${p.stem}.pdf`);
  writeFileSync(out, bytes);
  return bytes;
}

const lib = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const [from, to] = opt('seeds', '1..8').split('..').map(Number);
const styles = opt('styles')?.split(',') ?? Object.keys(STYLES);
const fresh = () => ({ docs: 0, fields: 0, right: 0, rightHigh: 0, wrongHigh: 0, wrongMid: 0, wrongLow: 0, missing: 0 });
const tally = Object.fromEntries(styles.map((s) => [s, fresh()]));
for (let seed = from; seed <= to; seed++) {
  const p = plan(seed);
  for (const style of styles) {
    const t = tally[style];
    let rep;
    try {
      rep = await lib.extract(dump(p, style), { name: 'report.txt' });
    } catch (e) {
      console.log(`${p.stem} ${style}: ${e.message}`);
      continue;
    }
    t.docs++;
    const got = lib.flattenData(rep.data);
    const bad = [];
    for (const [k, want] of lib.flattenData(p.data)) {
      if (!k.startsWith(ONLY)) continue;
      const v = got.get(k);
      const c = rep.fields[k]?.confidence ?? 0;
      t.fields++;
      if (v === want || (typeof v === 'number' && typeof want === 'number' && Math.abs(v - want) < 1e-6)) {
        t.right++;
        if (c >= 0.9) t.rightHigh++;
      } else if (v === null || v === undefined) t.missing++;
      else {
        t[c >= 0.9 ? 'wrongHigh' : c >= 0.8 ? 'wrongMid' : 'wrongLow']++;
        if (c >= 0.8) bad.push(`${k}=${v}@${c} (want ${want})${c >= 0.9 ? ' !!' : ''}`);
      }
    }
    if (process.env.PER_DOC) console.log(p.stem.slice(OUT.length + 1), style, (rep.warnings ?? []).map((w) => w.code).join(","));
    if (bad.length && (argv.includes('--show') || bad.some((b) => b.endsWith('!!')))) console.log(`${p.stem.slice(OUT.length + 1)} ${style}: ${bad.join('; ')}`);
  }
}
let failed = false;
for (const [style, t] of Object.entries(tally)) {
  console.log(`${style.padEnd(7)} docs ${t.docs} fields ${t.fields}: right ${t.right} (≥0.9 ${t.rightHigh}), wrong ≥0.9 ${t.wrongHigh}, 0.8–0.9 ${t.wrongMid}, <0.8 ${t.wrongLow}, missing ${t.missing}`);
  if (t.wrongHigh > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
