#!/usr/bin/env node
/**
 * @file Table 三 printed with its columns permuted under header cells that wrap over two or more
 * lines (narrow columns, explicit breaks, small pages), printed by Chromium and LibreOffice, read
 * and compared with the golden of the chosen values. A permuted column read in the template's order
 * is wrong while every identity still holds (the row total holds under any order of the other six,
 * the column identities under any order of the columns), so what is measured is the number of fields
 * wrong at confidence ≥ 0.9 (`silent`): it must be 0; right-but-capped fields are only information.
 *
 * Each variant draws from its seed: the values, a permutation of the leaf columns, a header shape
 * (`group`: 自然人 / 法人或其他组织 over five sub-columns / 总计, the sub-columns and the three top
 * cells permuted; `flat`: one header line of the seven leaves permuted), a wrap (`br`: a line break
 * inside each header word; `narrow`: every column a few characters wide; `none`) and a printer
 * (Chromium A4, Chromium A5, LibreOffice; `--printer chromium-a4l`: A4 landscape, zoom .8).
 * `--order template` prints the template's header; `--order tops` keeps the sub-columns in order and moves the top cells.
 *
 * `--reprint gs` reads each print re-printed by Ghostscript pdfwrite instead (a Chromium print's font
 * loses glyphs for pdf.js: '法人或\uFFFD他组\uFFFD'), so a header word not read whole meets a permuted table.
 * `--reprint sorted` reads each print's PDFBox `ExtractText -sort` dump (lines by baseline, single spaces).
 * `--reprint txt` reads each print's `pdftotext -layout` dump instead (narrow header cells come out as
 * pieces stacked over several lines that drift sideways: map/header-stacks).
 *
 *   npm run build && nice node scripts/header-variants.mjs [--seeds 1..20] [--reprint gs|txt] [--fresh] [--show]
 * Files go to `.tmp/header-variants/` (gitignored). Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { base, golden, H, NARRATIVE, activeTable, requestTable, reviewTable } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { COLS, makeValues, rng, COLUMN_WORDS } from './template-data.mjs';
import { chromiumPdf, libreofficePdf } from './print-pdf.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compareReport, extract } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const OUT = join(ROOT, '.tmp', 'header-variants');

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : fallback;
};
const flag = (name) => argv.includes(`--${name}`);
const [from, to] = opt('seeds', '1..12').split('..').map(Number);

const WORD = COLUMN_WORDS;
const SUBS = COLS.slice(1, 6);

function shuffle(xs, r) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** A header word with its wrap: `br` breaks it in the middle (`社会公<br>益组织`). */
const headWord = (w, wrap) => (wrap === 'br' && w.length >= 4 ? `${w.slice(0, Math.ceil(w.length / 2))}<br/>${w.slice(Math.ceil(w.length / 2))}` : w);
const th = (text, attrs = '') => `<td ${attrs} style="border:1px solid #000;padding:2px"><p style="text-align:center">${text}</p></td>`;

/** The variant drawn from `seed`: leaf order, header shape, wrap, printer. */
function variant(seed) {
  const r = rng(seed * 7919 + 13);
  const shape = opt('shape', null) ?? (r() < 0.6 ? 'group' : 'flat');
  let order;
  if (shape === 'path') {
    // One header row naming every column by its path ('法人或其他组织-商业企业'): template order half the time.
    order = r() < 0.5 ? [...COLS] : shuffle(COLS, r);
    if (order.every((k, i) => k === COLS[i]) && opt('order', null) === 'other') order = [COLS[0], COLS[2], COLS[1], ...COLS.slice(3)];
    const sep = ['-', '-', '－', '/', '—', ''][Math.floor(r() * 6)];
    const top = r() < 0.5;
    const wrap = ['narrow', 'narrow', 'none'][Math.floor(r() * 3)];
    const printer = opt('printer', null) ?? ['chromium', 'chromium-a5', 'libreoffice'][Math.floor(r() * 3)];
    const ruled = opt('ruled', null) ? opt('ruled') === 'yes' : r() < 0.7;
    return { seed, shape, order, sep, top, wrap: opt('wrap', null) ?? wrap, printer, ruled };
  }
  if (shape === 'group') {
    let subs = shuffle(SUBS, r);
    if (subs.every((k, i) => k === SUBS[i])) subs = [subs[1], subs[0], ...subs.slice(2)];
    // The three top cells: template order most often, else total or 自然人 moved.
    let tops = r() < 0.6 ? ['naturalPerson', 'org', 'total'] : shuffle(['naturalPerson', 'org', 'total'], r);
    // `--order template`: the template's header; `--order tops`: the sub-columns in order, the top cells moved.
    if (opt('order', null) === 'template' || opt('order', null) === 'tops') subs = [...SUBS];
    if (opt('order', null) === 'template') tops = ['naturalPerson', 'org', 'total'];
    while (opt('order', null) === 'tops' && tops.join() === 'naturalPerson,org,total') tops = shuffle(tops, r);
    order = tops.flatMap((t) => (t === 'org' ? subs : [t]));
  } else {
    order = shuffle(COLS, r);
    if (order.every((k, i) => k === COLS[i])) order = [order[6], ...order.slice(0, 6)];
    if (opt('order', null) === 'template') order = [...COLS];
  }
  const wrap = ['br', 'narrow', 'narrow', 'none'][Math.floor(r() * 4)];
  const printer = opt('printer', null) ?? ['chromium', 'chromium-a5', 'libreoffice'][Math.floor(r() * 3)];
  const ruled = opt('ruled', null) ? opt('ruled') === 'yes' : r() < 0.5;
  return { seed, shape, order, wrap: opt('wrap', null) ?? wrap, printer, ruled };
}

/** Table 三's header rows for the variant (replacing the template's three). */
function headerRows(v) {
  const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  const w = (k) => headWord(WORD[k], v.wrap);
  if (v.shape === 'path') {
    const path = (k) => (SUBS.includes(k) ? `法人或其他组织${v.sep}${WORD[k]}` : WORD[k]);
    const row = `<tr>${th('项目', 'colspan="3"')}${v.order.map((k) => th(path(k))).join('')}</tr>`;
    return v.top ? [`<tr>${th(note, 'colspan="3" rowspan="2"')}${th('申请人情况', 'colspan="7"')}</tr>`, row.replace(th('项目', 'colspan="3"'), '')] : [row];
  }
  if (v.shape === 'flat') {
    return [`<tr>${th(note, 'colspan="3" rowspan="2"')}${th('申请人情况', 'colspan="7"')}</tr>`, `<tr>${v.order.map((k) => th(w(k))).join('')}</tr>`];
  }
  const top = [];
  for (const k of v.order) {
    if (SUBS.includes(k)) {
      if (!top.includes('org')) top.push('org');
    } else top.push(k);
  }
  const row2 = top.map((t) => (t === 'org' ? th(headWord('法人或其他组织', v.wrap), 'colspan="5"') : th(w(t), 'rowspan="2"'))).join('');
  const row3 = v.order.filter((k) => SUBS.includes(k)).map((k) => th(w(k))).join('');
  return [`<tr>${th(note, 'colspan="3" rowspan="3"')}${th('申请人情况', 'colspan="7"')}</tr>`, `<tr>${row2}</tr>`, `<tr>${row3}</tr>`];
}

/** The page of one variant and its golden. */
function page(v) {
  const b = base(1000 + v.seed);
  const data = makeValues(1000 + v.seed);
  const requests = requestTable(data, false).map((row) => {
    if (row.kind !== 'data') return row;
    const [label, ...vals] = row.cells;
    return { ...row, cells: [label, ...v.order.map((k) => vals[COLS.indexOf(k)])] };
  });
  const t = { activeDisclosure: activeTable(data, '2021'), requests, reviewLitigation: reviewTable(data) };
  const title = `${b.agency}${b.year}年政府信息公开工作年度报告`;
  let html = renderHtml({ title, agency: b.agency, published: b.published, tables: t, narrative: NARRATIVE, headings: H, print: { noChrome: true } });
  const lines = html.split('\n');
  const first = lines.findIndex((l) => l.includes('（本列数据的勾稽关系'));
  lines.splice(first, 3, ...headerRows(v));
  html = lines.join('\n');
  const css = [
    v.wrap === 'narrow' ? 'td{word-break:break-all} td:not(:first-child) p{margin:0}' : '',
    v.wrap === 'narrow' ? 'table table, table{table-layout:auto}' : '',
    v.printer === 'chromium-a5' ? '@page{size:A5;margin:8mm}' : '',
    v.printer === 'chromium-a4l' ? '@page{size:A4 landscape} body{zoom:.8}' : '',
    v.ruled ? '' : 'td{border:none !important} table{border:none}',
  ].join('\n');
  // Narrow: the value columns get 2.6em each, so header words of four or more characters wrap.
  if (v.wrap === 'narrow') html = html.replace(/<td (colspan="5"|rowspan="2"|)\s*style="border:1px solid #000;padding:2px"><p style="text-align:center">([^<]*(?:<br\/>[^<]*)?)<\/p><\/td>/g, (m, a, text) => ((/^[\u4e00-\u9fff]{2,7}$/.test(text) && Object.values(WORD).includes(text)) || /^法人或其他组织.?[\u4e00-\u9fff]{2,6}$/.test(text) ? m.replace('padding:2px', 'padding:2px;width:2.6em') : m));
  html = html.replace('</head>', `<style>${css}</style></head>`);
  return { html, golden: golden({ ...b, data, notes: [] }) };
}

function print(v, html, file) {
  if (existsSync(file) && !flag('fresh')) return;
  mkdirSync(dirname(file), { recursive: true });
  if (v.printer === 'libreoffice') libreofficePdf(html, file);
  // chromium-a4l (only by --printer): A4 landscape at zoom .8, whose wide cells keep header words whole.
  else chromiumPdf(html, file);
}

/** The print re-printed by Ghostscript pdfwrite (cached next to it). */
function reprintGs(file) {
  const out = file.replace(/\.pdf$/, '-gs.pdf');
  if (!existsSync(out) || flag('fresh')) execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', `-sOutputFile=${out}`, file], { stdio: 'ignore' });
  return out;
}

/** The print's `pdftotext -layout` dump (cached next to it). */
function reprintTxt(file) {
  const out = file.replace(/\.pdf$/, '-layout.txt');
  if (!existsSync(out) || flag('fresh')) execFileSync('pdftotext', ['-layout', file, out], { stdio: 'ignore' });
  return out;
}
/** The print's plain `pdftotext` dump (reading order, no layout: narrow cells' characters stacked one per line). */
function reprintPlain(file) {
  const out = file.replace(/\.pdf$/, '-plain.txt');
  if (!existsSync(out) || flag('fresh')) execFileSync('pdftotext', [file, out], { stdio: 'ignore' });
  return out;
}
/** The page itself as HTML, or its `w3m -dump` (a box-drawn text table, wrapped cells joined per column by the loader). */
const asHtml = (file, html) => {
  const out = file.replace(/\.pdf$/, '.html');
  writeFileSync(out, html);
  return out;
};
function reprintW3m(file, html, v) {
  const src = asHtml(file, html);
  const out = file.replace(/\.pdf$/, '-w3m.txt');
  if (!existsSync(out) || flag('fresh')) writeFileSync(out, execFileSync('w3m', ['-dump', '-cols', v.wrap === 'narrow' ? '90' : '160', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', src]));
  return out;
}
/** The print's PDFBox `ExtractText -sort` dump (lines gathered by baseline: the group header above '自然人 总计'). */
function reprintSorted(file) {
  const out = file.replace(/\.pdf$/, '-sorted.txt');
  const cp = ['pdfbox2-tools', 'pdfbox2', 'fontbox2', 'commons-logging'].map((j) => `/usr/share/java/${j}.jar`).join(':');
  if (!existsSync(out) || flag('fresh')) execFileSync('java', ['-cp', cp, 'org.apache.pdfbox.tools.ExtractText', '-sort', '-encoding', 'UTF-8', file, out], { stdio: 'ignore' });
  return out;
}
const REPRINT = { gs: reprintGs, txt: reprintTxt, plain: reprintPlain, html: asHtml, w3m: reprintW3m, sorted: reprintSorted };

let silent = 0;
let wrongLow = 0;
let right = 0;
let right9 = 0;
let total = 0;
for (let seed = from; seed <= to; seed++) {
  const v = variant(seed);
  const { html, golden: g } = page(v);
  const file = join(OUT, `v${seed}-${v.shape}-${v.printer}-${v.wrap}-${v.ruled ? 'ruled' : 'free'}-${v.order.map((k) => COLS.indexOf(k)).join("")}.pdf`);
  const reprint = opt('reprint', '');
  if (!['html', 'w3m'].includes(reprint)) print(v, html, file);
  else mkdirSync(dirname(file), { recursive: true });
  const read = REPRINT[reprint]?.(file, html, v) ?? file;
  const name = `v${seed} ${v.printer} ${v.ruled ? 'ruled' : 'free'} ${v.shape}${v.shape === 'path' ? `'${v.sep}'${v.top ? '+top' : ''}` : ''} ${v.wrap} [${v.order.map((k) => WORD[k]).join(' ')}]`;
  const rep = await extract(read).catch((e) => e);
  if (rep instanceof Error) {
    console.log(`FAIL ${name}: ${rep.code} ${rep.message}`);
    continue;
  }
  const cmp = compareReport(file, rep, g);
  silent += cmp.silent;
  right += cmp.correct;
  right9 += cmp.fields.filter((f) => f.ok && f.actual !== null && f.confidence >= 0.9).length;
  total += cmp.total;
  const wrong = cmp.fields.filter((f) => !f.ok);
  const valued = wrong.filter((f) => f.actual !== null).length;
  wrongLow += valued - cmp.silent;
  const warned = rep.warnings.some((w) => w.code === 'columns_reordered') ? 'W' : '-';
  const r9 = cmp.fields.filter((f) => f.ok && f.actual !== null && f.confidence >= 0.9).length;
  console.log(`${cmp.silent ? 'SILENT' : 'ok    '} ${name} ${warned} ${cmp.correct}/${cmp.total} ≥0.9 ${r9} wrong ${valued} silent ${cmp.silent}`);
  if (flag('show') && wrong.length) console.log(`   ${wrong.slice(0, 8).map((f) => `${f.key}=${f.actual}@${f.confidence.toFixed(2)} (want ${f.expected})`).join(', ')}`);
}
console.log(`ALL ${right}/${total} right≥0.9 ${right9} wrong<0.9 ${wrongLow} silent ${silent}`);
process.exit(silent ? 1 : 0);
