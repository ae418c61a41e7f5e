#!/usr/bin/env node
/**
 * @file Table 三 with a two-row header (自然人 and 总计 rowspan=2, 法人或其他组织 colspan=5 over its
 * five sub-columns) on an HTML page turned into text by a text browser or converter: w3m -dump at
 * several -cols, lynx -dump at several -width, Debian html2text, pandoc -t plain, elinks/links when
 * installed. A browser draws a rowspan cell vertically centred (or at the top), so its word lands one
 * line below (or above) the sub-column words: read line by line the header names a column order the
 * table does not print. The header is written with `<th>` or `<td>`, bordered or borderless, wrapped or
 * not, narrow or wide, 2019 or 2021 template, the columns in the template's order or (`--order` /
 * 1 seed in 4) genuinely reordered with the header saying so (scripts/reorder-dump-variants.mjs ORDERS).
 * Truth: the values rendered. Every value of table 三 measured per dumper: right, wrong ≥ 0.9,
 * wrong 0.8–0.9, wrong < 0.8, missing.
 *
 *   npm run build && nice node scripts/header-lines-variants.mjs [--seeds 1..20] [--styles w3m80,lynx120] [--order template|swap|…] [--show]
 * DEV seeds 1..20, HELD-OUT seeds 101..120 (score only). Files in `.tmp/header-lines/` (gitignored),
 * reused on the next run. XXGK_DIST measures another build.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ORDERS, page as reorderPage, plan as reorderPlan, htmlDumper, runVariants } from './reorder-dump-variants.mjs';
import { COLUMN_WORDS as WORD, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'header-lines');
const argv = process.argv.slice(2);
const opt = (name, fallback = null) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const has = (cmd) => { try { execFileSync('which', [cmd], { stdio: 'ignore' }); return true; } catch { return false; } };

const w3m = (cols) => (f) => execFileSync('w3m', ['-dump', '-cols', String(cols), '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', f]);
const lynx = (w) => (f) => execFileSync('lynx', ['-dump', '-nolist', `-width=${w}`, '-display_charset=utf-8', '-assume_charset=utf-8', f]);
export const STYLES = {
  w3m80: w3m(80), w3m120: w3m(120), w3m160: w3m(160), w3m220: w3m(220),
  lynx80: lynx(80), lynx120: lynx(120), lynx200: lynx(200),
  html2text: (f) => execFileSync('html2text', ['-utf8', '-width', '200', f]),
  'pandoc-plain': (f) => execFileSync('pandoc', ['-f', 'html', '-t', 'plain', '--columns=200', f]),
  ...(has('elinks') ? { elinks: (f) => execFileSync('elinks', ['-dump', '-dump-width', '160', '-dump-charset', 'utf-8', f]) } : {}),
  ...(has('links') ? { links: (f) => execFileSync('links', ['-dump', '-width', '160', '-codepage', 'utf-8', f]) } : {}),
};

/** The variant of `seed`: reorder-dump-variants' plan (values, version, wrap) with its order, cell tag, borders, vertical alignment, width. */
export function plan(seed) {
  const r = rng(seed * 7919 + 46);
  const base = reorderPlan(seed);
  const kind = opt('order') ?? (r() < 0.75 ? 'template' : pick(r, ['swap', 'totalFirst', 'groupFirst', 'shuffle']));
  const order = ORDERS[kind](r);
  const tag = pick(r, ['th', 'td']);
  const border = pick(r, ['borderless', 'borderless', 'bordered']);
  const valign = pick(r, ['middle', 'middle', 'top', 'bottom']);
  const wrap = pick(r, ['none', 'none', 'br', 'narrow']);
  const width = pick(r, ['100%', '60%', '900px']);
  return { ...base, kind, order, wrap, tag, border, valign, width, stem: join(OUT, `h${seed}-${kind}-${tag}-${border}-${valign}-${wrap}-${base.version}`) };
}

export function page(p) {
  let { html } = reorderPage(p);
  if (p.border === 'borderless') {
    html = html.replace(/border:1px solid #000;?/g, '').replace(/<table border="1"/g, '<table border="0"');
  }
  html = html.replace(/<table ([^>]*)width="100%"/g, `<table $1width="${p.width}"`);
  // Header cells of table 三 (the rows before the first data row: the note, 申请人情况, the group and sub-column rows).
  const start = html.indexOf('（本列数据的勾稽关系为');
  const cut = html.indexOf('</tr>', html.indexOf('</tr>', html.indexOf('</tr>', start) + 5) + 5) + 5;
  const head = html.slice(html.lastIndexOf('<tr>', start), cut)
    .replace(/<td /g, `<${p.tag} valign="${p.valign}" `).replace(/<\/td>/g, `</${p.tag}>`);
  html = html.slice(0, html.lastIndexOf('<tr>', start)) + head + html.slice(cut);
  return html;
}

/** The plan's dump in `style` (cached under OUT). */
export const dump = htmlDumper(OUT, page, STYLES);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runVariants(plan, dump, Object.keys(STYLES), (p) => `${p.kind} ${p.tag} ${p.border} ${p.valign} ${p.wrap} ${p.width} v${p.version} [${p.order.map((k) => WORD[k]).join(' ')}]`);
}
