#!/usr/bin/env node
/**
 * @file Div-table variants: HTML reports whose `<table>`s are rewritten as tables built of other
 * elements, read and compared with the report's golden (load/html-div-table). A CSS table has no
 * colspan or rowspan, so the header cells a `<table>` spans are cells in sequence; what is measured
 * is fields right, right at confidence ≥ 0.9, and wrong at ≥ 0.9 (`silent`: must be 0).
 *
 * Styles (one per seed and source, drawn):
 * - `css-table`    `.t{display:table}` rows `display:table-row`, cells `display:table-cell`, spans lost;
 * - `css-inline`   the same with inline styles, rows in `display:table-row-group` groups, a `<p>` in cells;
 * - `grid-span`    one `display:grid` per table, `grid-template-columns:repeat(N,…)`, items spanning
 *                  as the cells did (`grid-column: span C; grid-row: span R`);
 * - `flex-rows`    a `display:flex` div per row, cells `flex:1`;
 * - `repeated`     no CSS about it (the site's style sheet not saved): `<div class="row"><div class="cell">`;
 * - `ul-spans`     `<ul class="tb"><li class="tr"><span class="td">` without white space between cells.
 * Both templates and blank cells come from the sources (breakit47-style generator output has both).
 *
 *   npm run build && nice node scripts/div-table-variants.mjs [--src DIR --gold DIR] [--seeds 1..3] [--styles a,b] [--print P] [--show]
 * `--print chromium|libreoffice|libreoffice-doc97` reads each variant as that printer's PDF instead of the page
 * (`libreoffice-doc97`: saved as a Word 97 .doc, then printed — flex rows as bordered paragraphs; pdf41).
 * Sources: every `*.html` in --src (default samples/) with `<stem>.golden.json` in --gold (default golden/).
 * Files go to `.tmp/div-table-variants/`. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import { rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compareReport, extract } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const OUT = join(ROOT, '.tmp', 'div-table-variants');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : dflt);
const SRC = opt('--src', join(ROOT, 'samples'));
const GOLD = opt('--gold', join(ROOT, 'golden'));
const [from, to] = opt('--seeds', '1..2').split('..').map(Number);
const STYLES = opt('--styles', 'css-table,css-inline,grid-span,flex-rows,repeated,ul-spans').split(',');
const show = argv.includes('--show');
const PRINT = opt('--print', null);
const { printedPdf } = PRINT ? await import('./print-pdf.mjs') : {};

/** A `<table>`'s rows as printed: each cell's inner HTML and spans (nested tables: the table is left alone). */
function printedRows($, table) {
  return $(table).find('tr').toArray().map((tr) => $(tr).children('td,th').toArray().map((td) => ({
    html: $(td).html() ?? '', colSpan: Number($(td).attr('colspan') ?? 1) || 1, rowSpan: Number($(td).attr('rowspan') ?? 1) || 1,
  })));
}

/**
 * The grid's width and each row padded with empty cells to it: a `<table>` pads a short row, a grid
 * would flow the next row's cells into it.
 */
function paddedRows(rows) {
  const carry = [];
  const used = rows.map((row, r) => {
    let n = carry[r]?.size ?? 0;
    let col = 0;
    for (const c of row) {
      while (carry[r]?.has(col)) col++;
      for (let i = 1; i < c.rowSpan; i++) for (let j = 0; j < c.colSpan; j++) (carry[r + i] ??= new Set()).add(col + j);
      col += c.colSpan;
      n += c.colSpan;
    }
    return n;
  });
  const width = Math.max(...used);
  return { width, rows: rows.map((row, r) => [...row, ...Array.from({ length: width - used[r] }, () => ({ html: '', colSpan: 1, rowSpan: 1 }))]) };
}

/** A grid item's spans, as the table's cell had them. */
const spanStyle = (c) => (c.colSpan > 1 || c.rowSpan > 1 ? ` style="${c.colSpan > 1 ? `grid-column: span ${c.colSpan};` : ''}${c.rowSpan > 1 ? `grid-row: span ${c.rowSpan}` : ''}"` : '');

/** The div markup of one table in `style`. */
function divTable(rows, style) {
  const cell = (c, tag = 'div', cls = 'c', extra = '') => `<${tag} class="${cls}"${extra}>${c.html}</${tag}>`;
  switch (style) {
    case 'css-table':
      return `<div class="dt">${rows.map((row) => `<div class="dr">${row.map((c) => cell(c)).join('')}</div>`).join('\n')}</div>`;
    case 'css-inline': {
      const groups = [rows.slice(0, 2), rows.slice(2)].filter((g) => g.length);
      const inner = (c) => `<div style="display:table-cell;border:1px solid #000"><p>${c.html}</p></div>`;
      return `<div style="display:table;width:100%">${groups.map((g) => `<div style="display:table-row-group">${g.map((row) => `<div style="display:table-row">${row.map(inner).join('')}</div>`).join('\n')}</div>`).join('\n')}</div>`;
    }
    case 'grid-span': {
      const grid = paddedRows(rows);
      return `<div style="display:grid;grid-template-columns:repeat(${grid.width}, minmax(2em, 1fr))">${grid.rows.flat().map((c) => cell(c, 'div', 'gc', spanStyle(c))).join('\n')}</div>`;
    }
    case 'flex-rows':
      return `<div class="ft">${rows.map((row) => `<div style="display:flex">${row.map((c) => `<div style="flex:${c.colSpan};border:1px solid #999">${c.html}</div>`).join('')}</div>`).join('\n')}</div>`;
    case 'repeated':
      return `<div class="tbl">${rows.map((row) => `<div class="row">${row.map((c) => cell(c, 'div', 'cell')).join('')}</div>`).join('\n')}</div>`;
    case 'ul-spans':
      return `<ul class="tb">${rows.map((row) => `<li class="tr">${row.map((c) => cell(c, 'span', 'td')).join('')}</li>`).join('\n')}</ul>`;
    default:
      throw new Error(`unknown style ${style}`);
  }
}

const CSS = '.dt{display:table;border-collapse:collapse}.dr{display:table-row}.dr>.c{display:table-cell;border:1px solid #000}';

/** The page with every data `<table>` (one without tables inside) as a div table in `style`. */
function variant(html, style) {
  const $ = cheerio.load(html);
  $('table').toArray().filter((t) => $(t).find('table').length === 0).forEach((t) => $(t).replaceWith(divTable(printedRows($, t), style)));
  if (style === 'css-table') $('head').append(`<style>${CSS}</style>`);
  return $.html();
}

/** A source page as text (UTF-8, else GB18030), declared UTF-8 as the variant is written. */
function readSource(path) {
  const bytes = readFileSync(path);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.replace(/charset\s*=\s*["']?gb[\w-]*/i, 'charset=utf-8');
}

const sources = readdirSync(SRC).filter((f) => f.endsWith('.html') && existsSync(join(GOLD, f.replace(/\.html$/, '.golden.json')))).sort();
mkdirSync(OUT, { recursive: true });
const total = { docs: 0, fields: 0, right: 0, sure: 0, silent: 0 };
const byStyle = new Map();
for (let seed = from; seed <= to; seed++) {
  for (const [i, file] of sources.entries()) {
    const r = rng(seed * 1000 + i);
    const style = STYLES[Math.floor(r() * STYLES.length)];
    const html = variant(readSource(join(SRC, file)), style);
    const name = `${file.replace(/\.html$/, '')}-s${seed}-${style}.html`;
    writeFileSync(join(OUT, name), html);
    const golden = JSON.parse(readFileSync(join(GOLD, file.replace(/\.html$/, '.golden.json')), 'utf8'));
    const bytes = PRINT ? printedPdf(html, PRINT) : new TextEncoder().encode(html);
    if (PRINT) writeFileSync(join(OUT, name.replace(/\.html$/, `-${PRINT}.pdf`)), bytes);
    const report = await extract(bytes, { name: PRINT ? name.replace(/\.html$/, '.pdf') : name }).catch((error) => ({ error }));
    if (report.error) {
      console.log(`${name}: ${report.error.code ?? report.error.message}`);
      continue;
    }
    const cmp = compareReport(name, report, golden);
    const sure = cmp.fields.filter((f) => f.ok && f.expected !== null && f.confidence >= 0.9).length;
    const row = { docs: 1, fields: cmp.total, right: cmp.correct, sure, silent: cmp.silent };
    for (const acc of [total, byStyle.get(style) ?? byStyle.set(style, { docs: 0, fields: 0, right: 0, sure: 0, silent: 0 }).get(style)]) for (const k of Object.keys(row)) acc[k] += row[k];
    if (show || cmp.silent > 0) console.log(`${name}: ${cmp.correct}/${cmp.total} right, ${sure} ≥ 0.9, ${cmp.silent} wrong ≥ 0.9${cmp.silent ? ' ' + cmp.fields.filter((f) => !f.ok && f.confidence >= 0.9 && f.actual != null).map((f) => `${f.key} ${f.actual}≠${f.expected}`).join(', ') : ''}`);
  }
}
const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
for (const [style, s] of [...byStyle, ['TOTAL', total]]) console.log(`${style.padEnd(11)} ${String(s.docs).padStart(3)} docs ${String(s.fields).padStart(5)} fields  right ${pct(s.right, s.fields).padStart(6)}  ≥0.9 ${pct(s.sure, s.fields).padStart(6)}  wrong≥0.9 ${s.silent}`);
process.exit(total.silent > 0 ? 1 : 0);
