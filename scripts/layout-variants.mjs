#!/usr/bin/env node
/**
 * @file Layout-hidden variants: samples whose table cells get a digit that only a browser's layout
 * hides — moved out of a clipping box (margin, relative offset, text-indent), covered by a painted
 * box out of its place (absolute, a negative margin, a transform, an empty `::after`), drawn over the
 * digit beside it (relative offset, letter-spacing), set faint or small beside the others, painted
 * in a colour of any CSS syntax (hsl/hsla, `/ alpha`, 4/8-digit hex) or a filter/blend mode, pushed
 * out of a class clip by a padding, or hidden by a rule the reader does not evaluate exactly
 * (`@media`/`@supports`/`@layer`, nesting, structural pseudo-classes, sibling combinators,
 * `::first-letter`) — written inline or as a `<style>` rule. The reader does not compute layout, so such a number must not come
 * out at confidence ≥ 0.9 with the digit read (`silent`, must be 0; load/html-layout). The other side
 * is measured on pages of decoys only: numbers wrapped in the harmless CSS of CMS and Word pages
 * (mso-*, margins and indents on a cell's paragraph, widths, a wide clip, a highlight, a number split
 * in runs of one style, zebra rows by `:nth-child`, `@media print`/screen rules, `:hover`) must keep every field the plain sample has at ≥ 0.9 (`decoy cost`).
 *
 *   npm run build && nice node scripts/layout-variants.mjs [--seeds 1..20] [--show]
 * Files go to `.tmp/layout-variants/`. Exit 1 on a field wrong at ≥ 0.9 or a decoy cost.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compareReport, extract } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const OUT = join(ROOT, '.tmp', 'layout-variants');
const argv = process.argv.slice(2);
const at = argv.indexOf('--seeds');
const [from, to] = (at >= 0 ? argv[at + 1] : '1..12').split('..').map(Number);
const show = argv.includes('--show');

/** Cells given a layout-hidden digit, and cells wrapped in a decoy, per page. */
const HIDE = 4;
const DECOY = 8;
const pick = (xs, r) => xs[Math.floor(r() * xs.length)];

/** A style given inline or, at random, as a class rule of the page's `<style>`. */
function styled(css, r, rules) {
  if (r() < 0.6) return `style="${css}"`;
  const name = `L${rules.length}`;
  rules.push(r() < 0.5 ? `.${name}{${css}}` : `td span.${name}, td div.${name}, td i.${name} { ${css} }`);
  return `class="${name}"`;
}

/** px. A clip this wide shows the number `v` (about 9 px a digit at 16 px) and no more. */
const fits = (v) => 9 * v.length + 4;

/** Ways to hide digit `d` beside the shown number `v` that only layout decides. */
const HIDES = [
  (v, d, r, R) => `<div ${styled(`width:${fits(v)}px;overflow:hidden;white-space:nowrap;text-align:left`, r, R)}>${v}<span ${styled('margin-left:60px', r, R)}>${d}</span></div>`,
  (v, d, r, R) => `<span ${styled(`display:inline-block;width:${fits(v)}px;overflow:clip;white-space:nowrap`, r, R)}>${v}<span ${styled('position:relative;left:4em', r, R)}>${d}</span></span>`,
  (v, d, r, R) => `<div ${styled(`max-width:${fits(v)}px;overflow:hidden;white-space:nowrap;text-indent:-0.6em`, r, R)}>${d}${v}</div>`,
  (v, d, r, R) => `<div ${styled(`width:${fits(v)}px;overflow-x:hidden;white-space:nowrap`, r, R)}><span ${styled('margin-left:-3em', r, R)}>${d}</span>${v}</div>`,
  (v, d, r, R) => `${v}<span style="position:relative">${d}<span ${styled('position:absolute;left:0;top:-2px;width:100%;height:120%;background:#fff', r, R)}></span></span>`,
  (v, d, r, R) => `<span style="position:relative;display:inline-block">${d}<i ${styled('position:absolute;inset:0;background-color:white;z-index:2', r, R)}></i></span>${v}`,
  (v, d, r, R) => `${v}${d}<span ${styled('display:inline-block;width:0.7em;height:1.2em;margin-left:-0.7em;background:#ffffff', r, R)}></span>`,
  (v, d, r, R) => (R.push(`.P${R.length}{position:relative} .P${R.length}::after{content:"";position:absolute;left:0;top:0;right:0;bottom:0;background:#fff}`), `${v}<span class="P${R.length - 1}">${d}</span>`),
  (v, d, r, R) => `${d}<span ${styled('display:inline-block;width:1em;background:#fff;transform:translateX(-0.8em)', r, R)}>&nbsp;</span>${v}`,
  (v, d, r, R) => `${v}<span ${styled('position:relative;left:-0.6em', r, R)}>${d}</span>`,
  (v, d, r, R) => `<span ${styled('letter-spacing:-0.6em', r, R)}>${d}</span>${v}`,
  (v, d, r, R) => `${v}<span ${styled(pick(['color:#eeeeee', 'opacity:0.12', 'color:rgba(0,0,0,0.12)', 'font-size:4px', 'color:#f0f0f0;font-size:5px'], r), r, R)}>${d}</span>`,
  (v, d, r, R) => `${v}<span ${styled('position:absolute;left:-300px;top:0', r, R)}>${d}</span>`,
  (v, d, r, R) => `<span ${styled('float:left;margin-left:-40px', r, R)}>${d}</span>${v}`,
  // Colours of every syntax, filters, blend modes: one ink decision (_internal/ink).
  (v, d, r, R) => `${v}<span ${styled(pick(['color:hsla(0,0%,0%,0)', 'color:hsl(0 0% 100%)', 'color:hsl(0 0% 0% / 0.2)', 'color:rgb(0 0 0 / 10%)', 'color:#0000', 'color:#00000033', 'filter:opacity(0)', 'filter:opacity(20%)', 'filter:brightness(100)', 'filter:blur(6px)', 'color:lab(100 0 0)', 'color:var(--bg)'], r), r, R)}>${d}</span>`,
  (v, d, r, R) => `<span ${styled(pick(['color:white;mix-blend-mode:screen', 'opacity:.2', 'color:gainsboro', 'color:hsla(120,60%,50%,.15)'], r), r, R)}>${d}</span>${v}`,
  // A class clip with a set width, the digit pushed out by a padding.
  (v, d, r, R) => (R.push(`.W${R.length}{width:${fits(v)}px;overflow:hidden;white-space:nowrap;display:inline-block}`), `<div class="W${R.length - 1}">${v}<span style="padding-left:4em">${d}</span></div>`),
  // Rules the reader does not evaluate exactly: @media/@supports/@layer blocks, nesting, structural selectors, sibling combinators, ::first-letter.
  (v, d, r, R) => (R.push(`${pick(['@media screen', '@media all', '@media (min-width:1px)', '@supports (display:block)', '@layer base', '@media not print'], r)}{.M${R.length}{${pick(['display:none', 'visibility:hidden', 'opacity:0', 'color:#fff', 'font-size:0'], r)}}}`), `${v}<span class="M${R.length - 1}">${d}</span>`),
  (v, d, r, R) => (R.push(`.T${R.length} > span:last-child{display:none}`), `<span class="T${R.length - 1}"><span>${v}</span><span>${d}</span></span>`),
  (v, d, r, R) => (R.push(`.T${R.length} span:first-child{visibility:hidden}`), `<span class="T${R.length - 1}"><span>${d}</span><span>${v}</span></span>`),
  (v, d, r, R) => (R.push(`.T${R.length} span:nth-child(2){opacity:0}`), `<span class="T${R.length - 1}"><span>${v}</span><span>${d}</span></span>`),
  (v, d, r, R) => (R.push(`.T${R.length} span:not(.k){display:none}`), `<span class="T${R.length - 1}"><span class="k">${v}</span><span>${d}</span></span>`),
  (v, d, r, R) => (R.push(`.S${R.length} ${pick(['+', '~'], r)} span{display:none}`), `<span class="S${R.length - 1}">${v}</span><span>${d}</span>`),
  (v, d, r, R) => (R.push(`.F${R.length}::first-letter{color:transparent}`), `<div class="F${R.length - 1}">${d}${v}</div>`),
  (v, d, r, R) => (R.push(`.N${R.length}{color:inherit; & span{display:none}}`), `<span class="N${R.length - 1}">${v}<span>${d}</span></span>`),
  // Pushed out of a clip by an empty box or no-break spaces; items reordered; a transparent digit painted by its shadow or a clipped background; a text fill colour.
  (v, d, r, R) => `<div ${styled(`width:${fits(v)}px;overflow:hidden;white-space:nowrap`, r, R)}>${v}${pick(['<span style="display:inline-block;width:5em"></span>', '<i style="margin-left:4em"></i>', '&nbsp;'.repeat(12)], r)}${d}</div>`,
  (v, d, r, R) => `<div ${styled(pick(['display:flex;flex-direction:row-reverse', 'display:inline-flex;direction:rtl'], r), r, R)}><span>${d}</span><span>${v}</span></div>`,
  (v, d, r, R) => `<div style="display:flex"><span ${styled('order:2', r, R)}>${d}</span><span>${v}</span></div>`,
  (v, d, r, R) => `${v}<span ${styled(pick(['-webkit-text-fill-color:transparent', '-webkit-text-fill-color:hsl(0 0% 100%)'], r), r, R)}><b style="color:#000">${d}</b></span>`,
];

/** `v` cut in two non-empty runs (or whole when one digit). */
const halves = (v, r) => {
  if (v.length < 2) return [v, ''];
  const k = 1 + Math.floor(r() * (v.length - 1));
  return [v.slice(0, k), v.slice(k)];
};

/** Harmless CSS of CMS and Word pages around a whole number `v`, or around its runs all alike. */
const DECOYS = [
  (v) => `<p class=MsoNormal align=center style='text-align:center;text-indent:0cm;mso-char-indent-count:0;margin:0cm'><span lang=EN-US style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:"Times New Roman"'>${v}</span></p>`,
  (v) => `<p style="margin-left:10px;text-indent:2em;line-height:150%">${v}</p>`,
  (v) => `<span style="position:relative;left:-2px">${v}</span>`,
  (v) => `<div style="overflow:hidden;width:100%">${v}</div>`,
  (v) => `<div style="overflow:hidden;width:160px;white-space:nowrap">${v}</div>`,
  (v) => `<span style="display:inline-block;width:80px;text-align:right;padding-right:4px">${v}</span>`,
  (v) => `<span style="background:#ff0;color:#c00">${v}</span>`,
  (v, r) => halves(v, r).map((h) => (h ? `<span style="font-family:宋体">${h}</span>` : '')).join(''),
  (v, r) => { const [a, b] = halves(v, r); return `<span lang=EN-US>${a}</span>${b ? `<span lang=EN-US style='mso-bidi-font-size:10.5pt;mso-spacerun:yes'>${b}</span>` : ''}`; },
  (v) => `<div style="position:relative;z-index:1;background:#fff">${v}</div>`,
  (v) => `<font face="宋体" size="3"><b>${v}</b></font>`,
  (v, r) => { const [a, b] = halves(v, r); return `<span style="margin-left:2px;letter-spacing:1px">${a}<span style="letter-spacing:1px">${b}</span></span>`; },
  (v) => `<p style="margin:0 0 0 2em;text-indent:-2em">${v}</p>`,
  (v) => `<span style="color:#333;font-size:14pt;font-family:仿宋_GB2312">${v}</span>`,
];

/** A page rule set to all cells, as CMS templates do (it leaves every run of a cell alike). */
const DECOY_RULES = ['td{white-space:nowrap;overflow:hidden}', 'td p{margin:0;text-indent:2em}', 'table td{position:relative}', 'td{padding:0 5.4pt;width:60px}',
  // Harmless rules of kinds the reader does not evaluate exactly (they change nothing a value shows).
  'tr:nth-child(even) td{background:#f5f5f5}', 'td:first-child{text-align:left;width:30%}', '@media print{td{display:none}} @media screen and (max-width:768px){table{font-size:12px}}',
  'td + td{text-align:center;color:hsl(0,0%,20%)}', 'a:hover{color:#fff} a:visited{color:purple}', 'td{color:rgb(51 51 51 / 100%)} @supports (display:grid){td{padding:2px}}',
  'tr:first-child td{font-weight:bold;background:hsl(210 40% 96%)}', '.x{color:windowtext; & p{margin:0}}', 'td:last-child{border-right:none}',
  'td{display:flex;justify-content:center;text-shadow:none;-webkit-text-fill-color:currentColor}'];

/** The page with HIDE cells given a layout-hidden digit (`hide`) or DECOY cells wrapped in a decoy. */
function variant(html, r, hide) {
  const cells = [...html.matchAll(/(<td[^>]*>)((?:<[^/][^>]*>)*)(\d[\d.]*)(<)/g)];
  const rules = hide ? [] : [pick(DECOY_RULES, r)];
  const chosen = new Set();
  // Half the hidden digits go in the first table's cells (table 二: no identity there can catch a digit added).
  const first = Math.min(cells.length, 12);
  while (chosen.size < Math.min(hide ? HIDE : DECOY, cells.length)) chosen.add(Math.floor(r() * (hide && r() < 0.5 ? first : cells.length)));
  let out = html;
  for (const i of [...chosen].sort((a, b) => b - a)) {
    const [, td, open, num] = cells[i];
    const body = hide ? pick(HIDES, r)(num, String(1 + Math.floor(r() * 9)), r, rules) : pick(DECOYS, r)(num, r);
    out = out.slice(0, cells[i].index) + td + open + body + out.slice(cells[i].index + cells[i][0].length - 1);
  }
  return out.replace(/<\/head>/i, `<style>${rules.join('\n')}</style></head>`);
}

const SAMPLES = ['html-cms-utf8.html', 'html-2019-cms.html', 'html-combined-word.html'];
mkdirSync(OUT, { recursive: true });
const confident = (cmp) => cmp.fields.filter((f) => f.ok && f.confidence >= 0.9).length;
const base = {};
let [silent, doubted, cost] = [0, 0, 0];
for (let seed = from; seed <= to; seed++) {
  const r = rng(seed * 6007 + 11);
  const sample = SAMPLES[seed % SAMPLES.length];
  const html = readFileSync(join(ROOT, 'samples', sample), 'utf8');
  const golden = JSON.parse(readFileSync(join(ROOT, 'golden', sample.replace(/\.\w+$/, '.golden.json')), 'utf8'));
  base[sample] ??= confident(compareReport(sample, await extract(Buffer.from(html), { name: sample }), golden));
  for (const hide of [true, false]) {
    const name = `s${seed}-${hide ? 'hide' : 'decoy'}-${sample}`;
    const page = variant(html, r, hide);
    writeFileSync(join(OUT, name), page);
    const report = await extract(Buffer.from(page), { name });
    const cmp = compareReport(name, report, golden);
    const wrong = cmp.fields.filter((f) => !f.ok);
    const lost = hide ? 0 : base[sample] - confident(cmp);
    silent += cmp.silent;
    doubted += hide ? wrong.length - cmp.silent : 0;
    cost += Math.max(0, lost);
    const warned = report.warnings.some((w) => w.code === 'layout_dependent_text') ? 'warned' : 'no-warning';
    console.log(`${cmp.silent ? 'SILENT' : lost > 0 ? 'COST  ' : 'ok    '} ${name} ${warned} confident ${confident(cmp)}/${base[sample]} silent ${cmp.silent}`);
    if (show || cmp.silent || lost > 0) for (const f of wrong) console.log(`    ${f.key} expected ${f.expected} got ${f.actual} conf ${f.confidence}`);
  }
}
console.log(`ALL silent ${silent} doubted (wrong below 0.9) ${doubted} decoy cost ${cost}`);
process.exit(silent || cost ? 1 : 0);
