#!/usr/bin/env node
/**
 * @file Table 三 printed with its 总计 column first, in the middle or last (the categories in the
 * template's order), its header legible, garbled (the column words printed as '□', a font without
 * ToUnicode or a cut character) or missing (the column cells empty), its zeros printed or blank, and
 * the page turned into text by the dumps of scripts/reorder-dump-variants.mjs plus `html2text -width
 * 60` and `lynx -width=80` (narrow crawlers). Where the header is not read, only the rows' identities
 * place 总计 (map/column-order requestMovesByRows): rows with distinct nonzero parts sum to 总计 only
 * where it is printed. Where they do not place it, the values must stay below 0.8.
 *
 * Every value of table 三 is measured per dump style: right, wrong at ≥ 0.9 (must be 0), wrong at
 * 0.8–0.9, wrong below 0.8, missing. `--dash COL|any` prints one category column '—' in every row (null).
 *
 *   npm run build && nice node scripts/total-first-variants.mjs [--seeds 1..8] [--styles layout,plain,…]
 *     [--at first|middle|last] [--header legible|garbled|missing] [--blank 0|1] [--dash COL|any] [--show]
 * Files go to `.tmp/total-first/` (gitignored), reused on the next run. XXGK_DIST measures another build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STYLES as REORDER_STYLES, plan as reorderPlan, page, runVariants } from './reorder-dump-variants.mjs';
import { COLS, COLUMN_WORDS as WORD, rng, REQUEST_NOTE } from './template-data.mjs';
import { chromiumPdf, libreofficePdf } from './print-pdf.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'total-first');
const argv = process.argv.slice(2);
const opt = (name, fallback = null) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** 总计's printed place (0-based among the seven value columns). */
const PLACES = { first: 0, middle: 3, last: 6 };
const HEADERS = ['legible', 'garbled', 'missing'];

export const STYLES = {
  ...Object.fromEntries(['layout', 'plain', 'raw', 'mutool', 'w3m', 'lynx', 'pandoc-plain', 'html2text'].map((k) => [k, REORDER_STYLES[k]])),
  'html2text-w60': { from: 'html', run: (f) => execFileSync('html2text', ['-utf8', '-width', '60', f]) },
  'lynx-80': { from: 'html', run: (f) => execFileSync('lynx', ['-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8', f]) },
};

/** The variant of `seed`: reorder-dump-variants' plan with 总计 placed, the header's legibility and blank zeros drawn. */
export function plan(seed) {
  const r = rng(seed * 7919 + 11);
  const at = opt('at') ?? pick(r, ['first', 'first', 'middle', 'last']);
  const header = opt('header') ?? pick(r, HEADERS);
  const blank = opt('blank') ? opt('blank') === '1' : r() < 0.5;
  const base = reorderPlan(seed);
  const cats = COLS.slice(0, 6);
  const order = [...cats.slice(0, PLACES[at]), 'total', ...cats.slice(PLACES[at])];
  const wrap = base.wrap === 'narrow' ? 'none' : base.wrap;
  const stem = join(OUT, `t${seed}-${at}-${header}-${blank ? 'blank' : 'zeros'}-${wrap}-${base.printer}-${base.version}`);
  const dash = dashColumn(seed);
  return { ...base, data: dash ? dashed(base.data, dash) : base.data, kind: `total-${at}`, order, wrap, at, header, blank, dash, stem: dash ? `${stem}-dash-${dash}` : stem };
}

/** `--dash COL|any`: one category column of table 三 printed '—' in every row (breakit55 `dashCol`); `any` draws it per seed. */
function dashColumn(seed) {
  const d = opt('dash');
  if (!d || d === 'none') return null;
  return d === 'any' ? pick(rng(seed * 104729 + 5), COLS.slice(0, 6)) : d;
}

/** The values with column `col` printed '—' (measured as null) and taken out of every row's 总计 (the identities still hold). */
function dashed(data, col) {
  const copy = structuredClone(data);
  const walk = (o) => {
    if (!o || typeof o !== 'object') return;
    if (col in o && 'total' in o) {
      if (typeof o[col] === 'number' && typeof o.total === 'number') o.total -= o[col];
      o[col] = '—';
      return;
    }
    for (const v of Object.values(o)) walk(v);
  };
  walk(copy.requests);
  return copy;
}

/** Table 三's header and rows as the plan prints them: header words garbled or emptied, zeros blank. */
function tableHtml(p) {
  const html = page(p).html;
  const from = html.indexOf(REQUEST_NOTE);
  const to = html.indexOf('</table>', from);
  let t = html.slice(from, to);
  const body = t.indexOf('</tr>', t.indexOf('</tr>', t.indexOf('</tr>') + 5) + 5);
  let head = t.slice(0, body);
  let rows = t.slice(body);
  const words = [...new Set([...COLS.map((k) => WORD[k]), '法人或其他组织'])].sort((a, b) => b.length - a.length);
  const spelled = (w) => [w, [...w].join(' '), ...[...Array(w.length - 1)].map((_, i) => `${w.slice(0, i + 1)}<br/>${w.slice(i + 1)}`)];
  if (p.header !== 'legible') {
    for (const w of words) for (const s of spelled(w)) head = head.split(s).join(p.header === 'garbled' ? '□'.repeat(w.length) : '');
  }
  if (p.blank) rows = rows.replace(/>0<\/p>/g, '></p>');
  t = head + rows;
  return html.slice(0, from) + t + html.slice(to);
}

/** The plan's text in `style` (cached under OUT). */
export function dump(p, style) {
  const out = `${p.stem}.${style}.txt`;
  if (existsSync(out)) return readFileSync(out);
  mkdirSync(OUT, { recursive: true });
  const html = tableHtml(p);
  const s = STYLES[style];
  let bytes;
  if (s.from === 'html') {
    writeFileSync(`${p.stem}.html`, html);
    bytes = s.run(`${p.stem}.html`);
  } else {
    if (!existsSync(`${p.stem}.pdf`)) (p.printer === 'libreoffice' ? libreofficePdf : chromiumPdf)(html, `${p.stem}.pdf`);
    bytes = s.run(`${p.stem}.pdf`);
  }
  writeFileSync(out, bytes);
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runVariants(plan, dump, Object.keys(STYLES), (p) => `${p.at} ${p.header} ${p.blank ? 'blank' : 'zeros'} ${p.wrap} ${p.printer} v${p.version}${p.dash ? ` dash:${p.dash}` : ''}`);
}
