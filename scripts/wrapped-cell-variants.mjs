#!/usr/bin/env node
/**
 * @file Reports whose value cells are a little too narrow for their widest numbers, with table
 * captions, printed and then converted to positioned text (xml46). Two kinds:
 * - a number wrapped inside its cell: the cell's last digit(s) on a second line in the same column
 *   band ('747.3' / '7' for 747.37, '206' / '5.78', '473' / '3'), Chromium's `td{word-break:break-all}`
 *   with value columns a few `ch` narrower than their widest number (table by table);
 * - table captions printed above or below a table: '表2-3', '表 3', '表' | '2-3' in two fonts, a
 *   caption with its title, and sometimes '单位：件' above table 三 (the shape that lost table 三 to an
 *   earlier caption rule: a two-font caption below table 二, the unit line above table 三).
 * Printers (`--printers`): `cr4` Chromium A4, `cr5` Chromium A5, `lo` LibreOffice Writer/Web.
 * Outputs (`--outs`): `pdf` (the print itself), `xml` (`pdftohtml -xml -i`), `s` (`pdftohtml -s -i`),
 * `c` (`pdftohtml -c -noframes -i`), `nf` (`pdftohtml -noframes -i`), `lay` (`pdftotext -layout`), `plain` (`pdftotext`,
 * no layout: collapse48).
 * Truth is the values chosen (never the extractor's). Scored per printer × output against every
 * build listed: fields right %, wrong < 0.8, wrong 0.8–0.9, WRONG ≥ 0.9.
 *
 * `--kind narrow` (posjoin47, narrowWrapVariant): 3–5 digit counts, thousands separators on half, each table's value
 *   cells far too narrow — a digit or two a line ('1' / '8' / '8' / '5'), cut only at a thousands comma ('1,' / '090'),
 *   or a character or two short ('12' / '02') — without captions.
 * `--kind pairs` (collapse48): the `--kind narrow` variants with most tables' value cells two characters wide, break-all
 *   (`pair`): a 4–5 digit count in three pieces two characters a line ('2,' / '27' / '1' for 2,271; '36' / '26' for 3626),
 *   the shape a pdftohtml -s dump of an A5 print read as collapses (fresh47 narrow-2019). Seeds: dev 1..8, held out 401..410.
 *   Outputs: `--outs s,xml,lay,plain` (`plain`: pdftotext without -layout).
 *   heads48: `plain`'s table 二 prints a wrapped count's pieces on lines of their own ('23' / '4' / '27' for 2327 · 4 · 1440,
 *   seed 5 cr4): scored on the same seeds (dev 1..8, held out 401..410), printers cr4,cr5,lo.
 *
 *   npm run build && nice node scripts/wrapped-cell-variants.mjs [--kind wrap|narrow|pairs] [--seeds 1..6] [--dist dist,/tmp/snap46/dist]
 *     [--printers cr4,cr5,lo] [--outs pdf,xml,s,c,nf,lay] [--keep DIR] [--show]
 * `--keep DIR` keeps the pages, PDFs and outputs (wc-<seed>-<printer>.<out>) and reuses them. Exit 1 on a WRONG ≥ 0.9.
 * Seeds: dev 1..8 (looked at), held out 101..112 (scored only) — docs/development.md, 2026-12-05 xml46.
 * `--kind narrow`: dev 1..8, held out 101..108 — docs/development.md, 2026-12-05 posjoin47. The run and its table: dump-scores.mjs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringArg } from './cli-args.mjs';
import { scoreOutputs } from './dump-scores.mjs';
import { activeTable, H, NARRATIVE, requestTable, reviewTable } from './make-samples.mjs';
import { chromiumPdf, libreofficePdf } from './print-pdf.mjs';
import { renderHtml } from './render-html.mjs';
import { makeValues, rng } from './template-data.mjs';


/** Caption shapes: the text of a caption paragraph for table number `n` ('2-3' style or plain). */
const CAPTIONS = [
  (n) => `表${n}`,
  (n) => `表 ${n}`,
  (n) => `<span style="font-family:黑体">表</span><span style="font-family:'Times New Roman',serif;font-weight:bold">${n}</span>`,
  (n) => `表${n}&nbsp;&nbsp;政府信息公开情况统计表`,
  (n) => `<b><span style="font-family:黑体">表</span></b><span style="font-family:'Times New Roman',serif">${n}</span><span>&nbsp;情况统计</span>`,
];

/** The widest number printed in a table's rows (characters). */
const widest = (rows) => Math.max(1, ...rows.flatMap((r) => r.cells.slice(1).filter((c) => /^[\d.,-]+$/.test(c)).map((c) => c.length)));

/** A variant: truth, the page, and what it is. */
export function wrappedCellVariant(seed) {
  const r = rng(seed * 7907 + 29);
  const version = r() < 0.6 ? '2021' : '2019';
  const combined = version === '2019' && r() < 0.5;
  const data = makeValues(seed, { version, combined, scale: [300, 3000, 30000][Math.floor(r() * 3)] });
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  let html = renderHtml({ title: `测试市第${seed}局2024年政府信息公开工作年度报告`, agency: `测试市第${seed}局`, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: r() < 0.5 ? 'cms' : 'word', print: { noChrome: true } });
  // Value columns 1–2 characters narrower than the table's widest number (break-all: the tail wraps).
  const css = ['activeDisclosure', 'requests', 'reviewLitigation'].map((k, i) => {
    const w = Math.max(2, widest(t[k]) - 1 - Math.floor(r() * 2));
    return `table:nth-of-type(${i + 1}) td.n{width:${w}ch;word-break:break-all;padding:0 1px}`;
  });
  html = html.replace('</head>', `<style>${css.join('\n')}</style></head>`);
  // Table 二 split into one small table per group ('表2-1' … '表2-4' each), at times.
  const split = r() < 0.5;
  if (split) {
    html = html.replace(/<table border="1"[\s\S]*?<\/table>/, (table) => {
      const [open, ...rows] = table.replace('\n</table>', '').split('\n');
      const parts = [];
      for (const row of rows) (row.includes('colspan="4"') || parts.length === 0 ? parts.push([row]) : parts.at(-1).push(row));
      return parts.map((p) => `${open}\n${p.join('\n')}\n</table>`).join('\n');
    });
  }
  // Captions: each table's, all above or all below their tables (or none), in one of the shapes; '单位：件' above table 三 at times.
  const shape = CAPTIONS[Math.floor(r() * CAPTIONS.length)];
  const roll = r();
  const where = roll < 0.2 ? 'none' : roll < 0.6 ? 'above' : 'below';
  const unitLine = r() < 0.5;
  const tables = (html.match(/<table border="1"/g) ?? []).length;
  let k = 0;
  html = html.replace(/<table border="1"[\s\S]*?<\/table>/g, (table) => {
    k++;
    const n = k <= tables - 2 ? (split ? `2-${k}` : '2') : String(k - tables + 4);
    const cap = `<p style="text-align:center">${shape(n)}</p>`;
    const unit = k === tables - 1 && unitLine ? '<p style="text-align:right">单位：件</p>' : '';
    return where === 'none' ? `${unit}${table}` : where === 'above' ? `${cap}${unit}${table}` : `${unit}${table}${cap}`;
  });
  return { data, html, what: `${version}${combined ? ' combined' : ''}${split ? ' split二' : ''} captions ${where} shape ${CAPTIONS.indexOf(shape)}${unitLine ? ' 单位' : ''}` };
}

/**
 * A `--kind narrow` variant (posjoin47): 3–5 digit counts (thousands separators on half), each table's
 * value cells far too narrow for them, one of three ways per table (`pairs`: a fourth, `pair`): `chain` (1–2ch, break-all: one or
 * two digits a line, '1' / '8' / '8' / '5'), `comma` (2–3ch, a break only after a thousands comma:
 * '1,' / '090'), `tail` (a character or two short, break-all: '12' / '02', '747.3' / '7').
 */
export function narrowWrapVariant(seed, { pairs = false } = {}) {
  const r = rng(seed * 7907 + 31);
  const version = r() < 0.6 ? '2021' : '2019';
  const combined = version === '2019' && r() < 0.5;
  const data = makeValues(seed, { version, combined, scale: [3000, 30000][Math.floor(r() * 2)] });
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const thousands = r() < 0.5;
  if (thousands) for (const k of Object.keys(t)) for (const row of t[k]) if (row.kind === 'data') row.cells = row.cells.map((c, j) => (j > 0 && /^\d{4,}$/.test(c) ? Number(c).toLocaleString('en-US') : c));
  let html = renderHtml({ title: `测试市第${seed}局2024年政府信息公开工作年度报告`, agency: `测试市第${seed}局`, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: r() < 0.5 ? 'cms' : 'word', print: { noChrome: true } });
  const modes = ['activeDisclosure', 'requests', 'reviewLitigation'].map(() => (thousands ? ['chain', 'comma', 'tail'] : ['chain', 'tail'])[Math.floor(r() * (thousands ? 3 : 2))]);
  // `--kind pairs` (collapse48): most tables `pair` instead, drawn apart so the other draws stay the seed's.
  if (pairs) {
    const p = rng(seed * 7919 + 47);
    for (let i = 0; i < modes.length; i++) if (p() < 0.7) modes[i] = 'pair';
  }
  const css = ['activeDisclosure', 'requests', 'reviewLitigation'].map((k, i) => {
    if (modes[i] === 'pair') return `table:nth-of-type(${i + 1}) td.n{width:2ch;word-break:break-all;padding:0 1px}`;
    const w = modes[i] === 'chain' ? 1 + Math.floor(r() * 2) * 0.4 : modes[i] === 'comma' ? 2 + Math.floor(r() * 2) : Math.max(2, widest(t[k]) - 1 - Math.floor(r() * 2));
    return `table:nth-of-type(${i + 1}) td.n{width:${w}ch;${modes[i] === 'comma' ? '' : 'word-break:break-all;'}padding:0 1px}`;
  });
  html = html.replace('</head>', `<style>${css.join('\n')}</style></head>`);
  // A break opportunity after each thousands comma (Chromium breaks no number at its comma by itself).
  if (thousands) html = html.replace(/>(\d{1,3}(?:,\d{3})+)</g, (_, n) => `>${n.replace(/,/g, ',<wbr>')}<`);
  return { data, html, what: `${version}${combined ? ' combined' : ''}${thousands ? ' grouped' : ''} ${modes.join('/')}` };
}

/** Chromium page styles per printer. */
const PRINT_CSS = { cr4: '@page{size:A4;margin:15mm}', cr5: '@page{size:A5;margin:8mm} body{font-size:12pt}' };

const run = (cmd, argv) => execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'ignore'], timeout: 240_000, maxBuffer: 64 << 20 });

/** The printer's PDF of the page (kept under `--keep`). */
function pdfOf(v, seed, printer, dir) {
  const name = join(dir, `wc-${seed}-${printer}.pdf`);
  if (existsSync(name)) return name;
  if (printer === 'lo') libreofficePdf(v.html, name);
  else chromiumPdf(v.html.replace('</head>', `<style>${PRINT_CSS[printer]}</style></head>`), name);
  return name;
}

/** pdftohtml's HTML of `pdf` with `flags` (the one file it writes for the document). */
function pdftohtml(pdf, flags) {
  const d = mkdtempSync(join(tmpdir(), 'xxgk-wc-'));
  try {
    run('pdftohtml', [...flags, '-i', '-q', '-enc', 'UTF-8', pdf, join(d, 'o')]);
    const files = readdirSync(d).filter((f) => f.endsWith('.html'));
    const pick = files.find((f) => f === 'o-html.html') ?? files.find((f) => f === 'o.html') ?? files[0];
    return readFileSync(join(d, pick));
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
}

/** Output kinds: the bytes and the name's extension. */
const OUTS = {
  pdf: (pdf) => [readFileSync(pdf), 'pdf'],
  xml: (pdf) => [run('pdftohtml', ['-xml', '-i', '-q', '-stdout', '-enc', 'UTF-8', pdf]), 'xml'],
  s: (pdf) => [pdftohtml(pdf, ['-s']), 'html'],
  c: (pdf) => [pdftohtml(pdf, ['-c', '-noframes']), 'html'],
  nf: (pdf) => [pdftohtml(pdf, ['-noframes']), 'html'],
  lay: (pdf) => [run('pdftotext', ['-layout', pdf, '-']), 'txt'],
  plain: (pdf) => [run('pdftotext', [pdf, '-']), 'txt'],
};

/** The output's bytes and extension, made once under `dir`. */
function outputOf(v, seed, printer, out, dir) {
  const pdf = pdfOf(v, seed, printer, dir);
  if (out === 'pdf') return OUTS.pdf(pdf);
  const ext = { xml: 'xml', s: 's.html', c: 'c.html', nf: 'nf.html', lay: 'txt', plain: 'plain.txt' }[out];
  const file = join(dir, `wc-${seed}-${printer}.${ext}`);
  if (!existsSync(file)) writeFileSync(file, OUTS[out](pdf)[0]);
  return [readFileSync(file), ext.replace(/^\w+\./, '')];
}

async function main() {
  const printers = stringArg('printers', 'cr4,cr5,lo').split(',');
  const outs = stringArg('outs', 'pdf,xml,s,c,nf,lay').split(',');
  const keep = stringArg('keep', null);
  const kind = stringArg('kind', 'wrap');
  if (keep) mkdirSync(keep, { recursive: true });
  await scoreOutputs({
    kinds: printers.flatMap((p) => outs.map((o) => `${p}-${o}`)),
    seeds: '1..6',
    variantOf: (seed) => {
      const v = kind === 'narrow' || kind === 'pairs' ? narrowWrapVariant(seed, { pairs: kind === 'pairs' }) : wrappedCellVariant(seed);
      if (keep) writeFileSync(join(keep, `wc-${seed}.html`), v.html);
      if (keep) writeFileSync(join(keep, `wc-${seed}.golden.json`), JSON.stringify(v.data, null, 1));
      return v;
    },
    outputOf: (v, seed, k, dir) => outputOf(v, seed, ...k.split('-'), keep ?? dir),
    nameOf: (seed, k, ext) => `wc-${seed}-${k.split('-')[0]}.${ext}`,
    scratch: 'xxgk-wc-',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
