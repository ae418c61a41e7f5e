#!/usr/bin/env node
/**
 * @file Hidden-text variants: samples whose table cells get digits a reader cannot see glued to the
 * printed number (`32989<span class="h3">4</span>`), read and compared with the sample's golden. A
 * hidden digit read is a wrong number that no identity may catch (table 二 has none), so what is
 * measured is the number of fields wrong at confidence ≥ 0.9 (`silent`): it must be 0. Decoys check
 * the other side: numbers styled but visible (white on a dark cell, 10.5pt, `opacity:.9`, an inline
 * `width:0;overflow:hidden` span a browser still shows, a `:hover` rule) must still be read, and
 * numbers with a piece in markup that looks hidden but shows (`!important` over an inline
 * `display:none`, `visibility:visible` under `visibility:hidden`, `display` over `[hidden]`,
 * `aria-hidden`, `display:contents`) read whole. Hidden kinds include `[hidden]`, `<template>`,
 * `<noscript>`, inherited `visibility`, ancestors a descendant cannot undo, and `content:`, and CSS
 * written so only a parser reads it: escapes in properties, values and selectors (`\64 isplay`,
 * `.\68 3`), comments, the `font` and `background` shorthands (`font:0/0 a`, a one-colour gradient
 * behind text of its colour), a colour or font size inherited past a child setting its own; .docx
 * runs the colour of their shading.
 * Generated content (`::before`/`::after`, GEN cells of two digits or more): a part of the number
 * only in the CSS (a string, escapes, `attr()`, a concatenation, `!important` over `content:none`)
 * must be read whole; a digit the page does not show (`content:none`/`normal` winning, the
 * pseudo-element or the element hidden, `:hover`) must not; a `content` that cannot be evaluated
 * (counter, url, var) must leave the page warned `generated_content` with more fields below 0.9
 * than the sample has (`not doubted` otherwise), its wrong or missing values counted as `doubted`.
 *
 * Each seed draws the sample (two HTML pages, one .docx), HIDE cells to hide a digit in (technique,
 * written as a `<style>` rule on a class/id/descendant selector or inline; before or after the
 * number) and DECOY cells to wrap in a visible style.
 *
 *   npm run build && nice node scripts/hidden-variants.mjs [--seeds 1..20] [--show]
 * Files go to `.tmp/hidden-variants/`. Exit 1 on a field wrong at confidence ≥ 0.9 or a decoy lost.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compareReport, extract } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const OUT = join(ROOT, '.tmp', 'hidden-variants');
const argv = process.argv.slice(2);
const at = argv.indexOf('--seeds');
const [from, to] = (at >= 0 ? argv[at + 1] : '1..12').split('..').map(Number);
const show = argv.includes('--show');

const HIDE = 4;
const DECOY = 3;
/** HTML cells given generated content (`::before`/`::after`). */
const GEN = 2;
const pick = (xs, r) => xs[Math.floor(r() * xs.length)];

/** CSS declarations that hide (any of them alone). */
const HIDE_CSS = [
  'display:none', 'visibility:hidden', 'opacity:0', 'opacity:0.0', 'font-size:0', 'font-size:1px', 'font-size:0.5pt', 'font-size:1pt',
  'color:#fff', 'color:#FFFFFF', 'color:white', 'color:rgb(255, 255, 255)', 'color:transparent', 'color:rgba(0,0,0,0)', 'color:#fefefe',
  'position:absolute;left:-9999px', 'position:absolute;top:-5000px', 'position:fixed;left:-10000px',
  'position:absolute;clip:rect(0 0 0 0)', 'position:absolute;clip:rect(1px, 1px, 1px, 1px);width:1px;height:1px;overflow:hidden',
  'display:inline-block;width:0;overflow:hidden', 'display:block;height:0;overflow:hidden', 'clip-path:inset(50%)',
  'display:inline-block;transform:scale(0)', 'DISPLAY : NONE', 'visibility: collapse',
  // Written so only a CSS parser reads them: escapes, comments, shorthands, a one-colour gradient behind text of its colour.
  '\\64 isplay:none', 'display:\\6e\\6f\\6e\\65', 'visibility:\\68idden', '\\6f pacity:0', 'display:/* x */none', 'di\\splay:n\\one',
  'font:0/0 a', 'font:italic 700 0px/1 serif', 'font:1px 宋体', 'font:normal normal 0.5pt/0 Arial',
  'background:linear-gradient(90deg,#1f4e79,#1f4e79);color:#1f4e79', 'background-image:radial-gradient(circle,#333 0%,#333 100%);color:#333',
  'background:repeating-linear-gradient(#000 0 2px,#000 2px 4px);color:#000', 'background-color:#000;color:#fff;background:#fff',
];
/** Styles around a whole number that leave it visible. */
const KEEP = [
  { td: '', span: 'color:#333' }, { td: '', span: 'font-size:10.5pt' }, { td: '', span: 'opacity:.9' },
  { td: '', span: 'position:relative;left:-2px' }, { td: 'background:#1f4e79', span: 'color:#fff' },
  { td: 'background-color:rgb(0,0,0)', span: 'color:white' }, { td: '', span: 'width:0;overflow:hidden' },
  { td: '', span: 'text-indent:-9999px' }, { td: '', span: 'font-size:12px;color:black' },
  { td: '', span: 'font:bold 14px/1.5 宋体' }, { td: 'background:linear-gradient(#1f4e79,#1f4e79)', span: 'color:#fff' },
  { td: '', span: 'background:linear-gradient(transparent,transparent) #1f4e79;color:#fff' }, { td: '', span: 'display:\\69nline' },
];

/** One hidden digit piece in HTML: a span (class/id/descendant rule or inline style) or a `<font>`. */
function hiddenHtml(digit, r, n, rules) {
  const css = pick(HIDE_CSS, r);
  const how = Math.floor(r() * 14);
  if (how === 0) return `<span style="${css}">${digit}</span>`;
  if (how === 1) return rules.push(`.h${n}{${css}}`), `<span class="x h${n}">${digit}</span>`;
  if (how === 2) return rules.push(`#h${n} { ${css} }`), `<span id="h${n}">${digit}</span>`;
  if (how === 3) return rules.push(`td span.h${n}, .none{${css}}`), `<span class="h${n}">${digit}</span>`;
  if (how === 4) return css.startsWith('color') ? `<font color="#ffffff">${digit}</font>` : `<font style="${css}">${digit}</font>`;
  return structuralHide(how - 5, digit, r, n, rules);
}

/**
 * Hidden by structure or by what a descendant cannot undo: the `hidden` attribute, `<template>`,
 * `<noscript>`, an inherited `visibility:hidden`, a `display:none`/`opacity:0` ancestor under which
 * a descendant tries to show itself, a `content:` declaration (not text: on an element it shows no
 * string, in a `<style>` in the cell it is CSS), an inline `display:none` that a later, weaker
 * page rule does not override (no `!important`).
 */
function structuralHide(kind, digit, r, n, rules) {
  switch (kind) {
    case 0: return r() < 0.5 ? `<span hidden>${digit}</span>` : `<span hidden="until-found" class="u${n}">${digit}</span>`;
    case 1: return `<template>${digit}</template>`;
    case 2: return `<noscript>${digit}</noscript>`;
    case 3: return r() < 0.5 ? `<span style="visibility:hidden"><b>${digit}</b></span>`
      : (rules.push(`.h${n}{visibility:hidden}`), `<span class="h${n}"><i style="visibility:inherit">${digit}</i></span>`);
    case 4: {
      const parent = pick(['display:none', 'opacity:0', 'display:none !important'], r);
      const child = pick(['display:inline !important', 'opacity:1', 'visibility:visible', 'display:block'], r);
      rules.push(`.h${n}{${parent}} .h${n} i{${child}}`);
      return `<span class="h${n}"><i>${digit}</i></span>`;
    }
    case 5: return r() < 0.5 ? (rules.push(`.c${n}{content:"${digit}"}`), `<span class="c${n}"></span>`) : `<style>.c${n}{content:"${digit}"}</style>`;
    // Inherited past a child that sets its own: the parent's transparent colour or zero font paints the digit after it.
    case 6: return r() < 0.5 ? `<span style="color:transparent"><i style="color:#000"></i>${digit}</span>` : `<span style="font-size:0"><i style="font-size:14px"></i><b style="font-size:inherit">${digit}</b></span>`;
    // A selector written with an escape (`.\68 3` is `.h3`).
    case 7: return rules.push(`.\\68 ${n}{display:none}`), `<span class="h${n}">${digit}</span>`;
    default: return rules.push(`span.i${n}{display:inline}`), `<span class="i${n}" style="display:none">${digit}</span>`;
  }
}

/** `num` cut in three (the middle non-empty): a style on the middle piece that drops it changes the number. */
function split(num, r) {
  if (num.length < 2) return ['', num, ''];
  const k = Math.floor(r() * (num.length - 1));
  const j = k + 1 + Math.floor(r() * (num.length - k - 1));
  return [num.slice(0, k), num.slice(k, j), num.slice(j)];
}

/**
 * A number written with part of it in markup that looks hidden but shows: an `!important` rule over
 * an inline `display:none`, `visibility:visible` under `visibility:hidden` (beside a hidden digit),
 * a page rule's `display` over the `hidden` attribute, `aria-hidden` (hidden from screen readers,
 * not from the eye), `display:contents` (no box: width/overflow do nothing).
 */
function shownHtml(num, r, n, rules) {
  const [pre, mid, post] = split(num, r);
  switch (Math.floor(r() * 5)) {
    case 0:
      rules.push(pick([`.k${n}{display:inline!important}`, `td span.k${n} { display: inline !important }`, `.k${n}{display:inline !important} #z${n}{display:none}`], r));
      return `${pre}<span class="k${n}" id="z${n}" style="display:none">${mid}</span>${post}`;
    case 1:
      if (r() < 0.5) return `<span style="visibility:hidden">9<i style="visibility:visible">${num}</i></span>`;
      rules.push(`.vh${n}{visibility:hidden} .vh${n} b{visibility:visible}`);
      return `<span class="vh${n}">8<b>${num}</b></span>`;
    case 2:
      rules.push(`.u${n}{display:inline}`);
      return `${pre}<span hidden class="u${n}">${mid}</span>${post}`;
    case 3: return `${pre}<span aria-hidden="true">${mid}</span>${post}`;
    default: return `${pre}<span style="display:contents;width:0;height:0;overflow:hidden">${mid}</span>${post}`;
  }
}

/** `d` written as CSS string escapes (`\39 ` for 9) or plain, at random. */
const cssString = (d, r) => (r() < 0.3 ? [...d].map((c) => (/\d/.test(c) ? `\\3${c} ` : c)).join('') : d);

/**
 * Generated content (`::before`/`::after`) in a cell whose number is `num`. Returns the cell's new
 * content, and `unknown` when the page adds something that cannot be evaluated (a counter, an image):
 * then the field must come out below 0.9, not be guessed. Shown kinds carry part of the number
 * (`22<i class="g" data-v="19"></i>4` with `.g::before{content:attr(data-v)}` is 22194); hidden
 * kinds add a digit a browser does not show (`content:none` winning, the pseudo-element or the
 * element hidden, a `:hover` rule).
 */
function generatedHtml(num, r, n, rules) {
  const [pre, mid, post] = split(num, r);
  const d = String(1 + Math.floor(r() * 9));
  const side = pick(['::before', '::after', ':before', ':after'], r);
  switch (Math.floor(r() * 10)) {
    case 0: rules.push(`.g${n}${side}{content:attr(data-v)}`); return { html: `${pre}<span class="g${n}" data-v="${mid}"></span>${post}` };
    case 1: rules.push(`span.g${n}${side} { content: "${cssString(mid, r)}" }`); return { html: `${pre}<span class="g${n}"></span>${post}` };
    case 2: rules.push(`.g${n}::before{content:"${mid[0]}" attr(data-r)}`); return { html: `${pre}<b class="g${n}" data-r="${mid.slice(1)}"></b>${post}` };
    case 3: rules.push(`.g${n}::after{content:"${mid}" !important} i.g${n}.g${n}::after{content:none}`); return { html: `${pre}<i class="g${n}"></i>${post}` };
    case 4: rules.push(pick([`.g${n}::after{content:"${d}"} span.g${n}::after{content:none}`, `.g${n}::after{content:"${d}"} .g${n}::after{content:normal}`, `#g${n}::after{content:"${d}"} .g${n}::after{content:none !important}`], r));
      return { html: `${num}<span class="g${n}" id="g${n}"></span>` };
    case 5: rules.push(`.g${n}::before{content:"${d}";${pick(['display:none', 'font-size:0', 'visibility:hidden', 'color:#fff'], r)}}`); return { html: `<span class="g${n}"></span>${num}` };
    case 6: rules.push(`.g${n}{${pick(['display:none', 'visibility:hidden', 'opacity:0'], r)}} .g${n}::after{content:"${d}"}`); return { html: `${num}<span class="g${n}"></span>` };
    case 7: rules.push(`.g${n}:hover::after{content:"${d}"}`); return { html: `${num}<span class="g${n}"></span>` };
    default: {
      rules.push(`.g${n}${side}{content:${pick([`counter(c${n})`, `counters(c${n}, ".")`, 'url(d.png)', 'var(--d)', `"${d}" counter(c${n})`, 'attr(data-v, "8")'], r)}}`);
      return { html: side.endsWith('before') ? `<span class="g${n}"></span>${num}` : `${num}<span class="g${n}"></span>`, unknown: true };
    }
  }
}

/** Numeric cells of an HTML page: `>123<` inside a td. */
function htmlVariant(html, r) {
  const cells = [...html.matchAll(/(<td[^>]*>)((?:<[^/][^>]*>)*)(\d[\d.]*)(<)/g)];
  const rules = ['.v:hover{display:none}'];
  const chosen = new Map();
  while (chosen.size < Math.min(HIDE + DECOY, cells.length)) chosen.set(Math.floor(r() * cells.length), chosen.size < HIDE ? 'hide' : 'keep');
  // Generated content goes in numbers of two digits or more: a part of the number is in the CSS only.
  const long = cells.map((m, i) => (m[3].length >= 2 && !chosen.has(i) ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < GEN && long.length > 0; k++) chosen.set(long.splice(Math.floor(r() * long.length), 1)[0], 'gen');
  let unknown = false;
  let out = html;
  for (const [i, kind] of [...chosen].sort((a, b) => b[0] - a[0])) {
    const m = cells[i];
    const [, td, open, num] = m;
    let repl;
    if (kind === 'hide') {
      const piece = hiddenHtml(String(1 + Math.floor(r() * 9)).repeat(1 + Math.floor(r() * 2)), r, i, rules);
      repl = `${td}${open}${r() < 0.5 ? piece + num : num + piece}`;
    } else if (kind === 'gen') {
      const g = generatedHtml(num, r, i, rules);
      unknown ||= g.unknown === true;
      repl = `${td}${open}${g.html}`;
    } else if (r() < 0.5) {
      repl = `${td}${open}${shownHtml(num, r, i, rules)}`;
    } else {
      const k = pick(KEEP, r);
      const cell = k.td ? td.replace(/style="/, `style="${k.td};`).replace(/^<td(?![^>]*style=)/, `<td style="${k.td}"`) : td;
      repl = `${cell}${open}<span class="v" style="${k.span}">${num}</span>`;
    }
    out = out.slice(0, m.index) + repl + out.slice(m.index + m[0].length - 1);
  }
  return { html: out.replace(/<\/head>/i, `<style>${rules.join('\n')}</style></head>`), unknown };
}

/** Run properties that hide a run in Word, and decoys that keep a whole number visible. */
const HIDE_RPR = ['<w:vanish/>', '<w:specVanish/>', '<w:vanish w:val="true"/>', '<w:sz w:val="2"/>', '<w:sz w:val="1"/><w:color w:val="FFFFFF"/>', '<w:color w:val="FFFFFF"/>', '<w:color w:val="FEFEFE"/>',
  '<w:color w:val="1F4E79"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/>', '<w:color w:val="000000"/><w:shd w:val="clear" w:fill="000000"/>'];
const KEEP_RPR = ['<w:color w:val="FFFFFF"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/>', '<w:color w:val="333333"/>', '<w:sz w:val="18"/>', '<w:vanish w:val="false"/>', '<w:webHidden/>',
  '<w:color w:val="000000"/><w:highlight w:val="yellow"/>', '<w:color w:val="1F4E79"/><w:shd w:val="clear" w:fill="DEEAF6"/>'];

async function docxVariant(bytes, r) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml').async('string');
  const runs = [...xml.matchAll(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)?<w:t(?: [^>]*)?>(\d[\d.]*)<\/w:t><\/w:r>/g)];
  const chosen = new Map();
  while (chosen.size < Math.min(HIDE + DECOY, runs.length)) chosen.set(Math.floor(r() * runs.length), chosen.size < HIDE ? 'hide' : 'keep');
  let out = xml;
  for (const [i, kind] of [...chosen].sort((a, b) => b[0] - a[0])) {
    const m = runs[i];
    const props = (m[1] ?? '<w:rPr></w:rPr>').replace(/<w:(?:sz|color)\b[^>]*\/>/g, '');
    let repl;
    if (kind === 'hide') {
      const hidden = `<w:r>${props.replace('</w:rPr>', pick(HIDE_RPR, r) + '</w:rPr>')}<w:t>${1 + Math.floor(r() * 9)}</w:t></w:r>`;
      repl = r() < 0.5 ? hidden + m[0] : m[0] + hidden;
    } else repl = `<w:r>${props.replace('</w:rPr>', pick(KEEP_RPR, r) + '</w:rPr>')}<w:t>${m[2]}</w:t></w:r>`;
    out = out.slice(0, m.index) + repl + out.slice(m.index + m[0].length);
  }
  zip.file('word/document.xml', out);
  return zip.generateAsync({ type: 'uint8array' });
}

const SAMPLES = ['html-cms-utf8.html', 'html-2019-cms.html', 'html-combined-word.html', 'docx-word.docx'];
mkdirSync(OUT, { recursive: true });
let silent = 0;
let lost = 0;
let doubted = 0;
let undoubted = 0;
const baseDoubted = {};
let [right, total] = [0, 0];
for (let seed = from; seed <= to; seed++) {
  const r = rng(seed * 7919 + 17);
  const sample = SAMPLES[seed % SAMPLES.length];
  const bytes = readFileSync(join(ROOT, 'samples', sample));
  const golden = JSON.parse(readFileSync(join(ROOT, 'golden', sample.replace(/\.\w+$/, '.golden.json')), 'utf8'));
  const html = sample.endsWith('.docx') ? null : htmlVariant(bytes.toString('utf8'), r);
  const variant = html ? Buffer.from(html.html) : await docxVariant(bytes, r);
  const name = `s${seed}-${sample}`;
  writeFileSync(join(OUT, name), variant);
  const report = await extract(variant, { name });
  const cmp = compareReport(name, report, golden);
  const wrong = cmp.fields.filter((f) => !f.ok);
  silent += cmp.silent;
  // Generated content that cannot be evaluated: its values come out doubted (below 0.9), with the warning.
  const doubtedOk = html?.unknown === true && report.warnings.some((w) => w.code === 'generated_content');
  // …and at least one field is doubted (the cell's row), else the unevaluable content was ignored.
  if (html?.unknown) {
    const doubtedKeys = async (b) => compareReport(name, await extract(b, { name }), golden).fields.filter((f) => f.confidence < 0.9).length;
    baseDoubted[sample] ??= await doubtedKeys(bytes);
    if (cmp.fields.filter((f) => f.confidence < 0.9).length <= baseDoubted[sample]) undoubted++;
  }
  if (doubtedOk) doubted += wrong.length - cmp.silent;
  else lost += wrong.length - cmp.silent;
  right += cmp.correct;
  total += cmp.total;
  const warned = report.warnings.find((w) => w.code === 'hidden_text_dropped') ? 'warned' : 'no-warning';
  const gen = html?.unknown ? (doubtedOk ? ' generated-unknown-warned' : ' generated-unknown-NOT-WARNED') : '';
  console.log(`${cmp.silent ? 'SILENT' : wrong.length && !doubtedOk ? 'lost  ' : 'ok    '} ${name} ${warned}${gen} ${cmp.correct}/${cmp.total} silent ${cmp.silent}`);
  if (show || wrong.length) for (const f of wrong) console.log(`    ${f.key} expected ${f.expected} got ${f.actual} conf ${f.confidence}`);
}
console.log(`ALL ${right}/${total} silent ${silent} lost ${lost} doubted (generated content not evaluated) ${doubted} not doubted ${undoubted}`);
process.exit(silent || lost || undoubted ? 1 : 0);
