#!/usr/bin/env node
/**
 * @file What real converters' text does to the reading: every PDF (samples, corpus, and PDFs printed
 * here from fresh random reports that nothing was tuned on) is turned into text by the tools
 * installed — `pdftotext` (plain, `-layout`, `-raw`; plain and `-raw` of a `pdftocairo -pdf` re-print), Ghostscript's `txtwrite`, `pdftohtml` — and
 * every HTML page by LibreOffice (`--convert-to txt`) and by Chromium (the page's `innerText`, what
 * a crawler driving a browser saves); each text is extracted and compared with the values chosen
 * (or the golden). Prints, per tool and per set (tuned = samples + corpus, unseen = printed here),
 * the determinable fields (golden non-null, not `uncertain`), right (and right at confidence ≥ 0.9), missing, wrong and wrong at
 * confidence ≥ 0.9, and lists the misses of the worst files. A LibreOffice print that cuts table 三's
 * 总计 column off the page still counts its 总计 fields as determinable: each is the sum of its row's
 * six printed values (the product derives it, flag `derived`, below 0.9; map/clipped-total).
 *
 *   npm run build && nice -n 10 node scripts/measure-dumps.mjs [--unseen 12] [--seed 41] [--tools pdftotext,gs-txt] [--sets tuned,unseen] [--setups a5] [--only ID_PART] [--misses]
 *
 * Unseen reports: random values (scripts/template-data.mjs, seed `--seed`), printed by Chromium with
 * its running header/footer (title, date, URL, 'n/m') on Letter or A4 (portrait/landscape, narrow,
 * small print, borderless), and by LibreOffice. `--setups` keeps the print setups whose name contains
 * one of the given parts and adds the narrow-page variants (A5 at other margins and font sizes,
 * B5 narrow, a 140 mm page), which only it selects: plain `pdftotext` cuts table 三's value columns
 * of such pages into text blocks read in changing order (`--setups a5,narrow` for that kind alone;
 * the default run keeps its six setups, so its numbers stay comparable). Files go to `.tmp/measure-dumps/` (gitignored) and
 * are reused on the next run with the same seed. Exit 1 when any value is wrong at ≥ 0.9.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasCommand as has, numberArg } from './cli-args.mjs';
import { goldenExpected as goldenExpectedOf, judge as judgeFields } from './dump-judge.mjs';
import { activeTable, H, NARRATIVE, requestTable, reviewTable } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { chromiumPdf, libreofficePdf, printers } from './print-pdf.mjs';
import { makeValues, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const { extract, flattenData } = await import(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js'));

const strArg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const UNSEEN = numberArg('unseen', 12);
const SEED = numberArg('seed', 41);
const TOOLS = strArg('tools', '') ? strArg('tools', '').split(',') : null;
const SETS = strArg('sets', 'tuned,unseen').split(',');
const MISSES = process.argv.includes('--misses');
const ONLY = strArg('only', '');
const SETUP_PARTS = strArg('setups', '') ? strArg('setups', '').split(',') : null;
const OUT = join(ROOT, '.tmp', 'measure-dumps');

const run = (cmd, argv, opts = {}) => execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 2 ** 20, timeout: 120_000, ...opts });

/** Converters: `from` the kind of input, `run(path, dir)` → { name, bytes } handed to extract. */
const CONVERTERS = [
  { tool: 'pdftotext', from: 'pdf', bin: 'pdftotext', run: (f) => ({ name: 'dump.txt', bytes: run('pdftotext', [f, '-']) }) },
  { tool: 'pdftotext-layout', from: 'pdf', bin: 'pdftotext', run: (f) => ({ name: 'dump.txt', bytes: run('pdftotext', ['-layout', f, '-']) }) },
  { tool: 'pdftotext-raw', from: 'pdf', bin: 'pdftotext', run: (f) => ({ name: 'dump.txt', bytes: run('pdftotext', ['-raw', f, '-']) }) },
  { tool: 'pdftotext-nopgbrk', from: 'pdf', bin: 'pdftotext', run: (f) => ({ name: 'dump.txt', bytes: run('pdftotext', ['-nopgbrk', f, '-']) }) },
  { tool: 'pdftotext-gbk', from: 'pdf', bin: 'pdftotext', run: (f) => ({ name: 'dump.txt', bytes: run('pdftotext', ['-enc', 'GBK', f, '-']) }) },
  { tool: 'cairo-pdftotext', from: 'pdf', bin: 'pdftocairo', run: (f, dir) => ({ name: 'dump.txt', bytes: run('pdftotext', [cairoCopy(f, dir), '-']) }) },
  { tool: 'cairo-pdftotext-raw', from: 'pdf', bin: 'pdftocairo', run: (f, dir) => ({ name: 'dump.txt', bytes: run('pdftotext', ['-raw', cairoCopy(f, dir), '-']) }) },
  { tool: 'gs-txt', from: 'pdf', bin: 'gs', run: (f) => ({ name: 'dump.txt', bytes: run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=txtwrite', '-sOutputFile=-', f]) }) },
  { tool: 'pdftohtml', from: 'pdf', bin: 'pdftohtml', run: (f) => ({ name: 'dump.html', bytes: run('pdftohtml', ['-i', '-noframes', '-stdout', '-q', f]) }) },
  { tool: 'soffice-txt', from: 'html', bin: 'soffice', run: sofficeText },
  { tool: 'chromium-text', from: 'html', bin: 'chromium', run: chromiumText },
].filter((c) => has(c.bin) && (!TOOLS || TOOLS.includes(c.tool)));

/**
 * The PDF rewritten by `pdftocairo -pdf` (a re-print through cairo, as archives and PDF tools do): plain
 * `pdftotext` of it prints a table's row labels in a pile, then the header, then the values one per
 * paragraph, an item column's numbers ('1.', '2.') among them (tools cairo-pdftotext, cairo-pdftotext-raw).
 */
function cairoCopy(file, dir) {
  const out = join(dir, 'cairo.pdf');
  if (!existsSync(out)) run('pdftocairo', ['-pdf', file, out]);
  return out;
}

/** LibreOffice Writer/Web → plain text (UTF-8), as a user's "save as text" does. */
function sofficeText(file, dir) {
  const work = join(dir, 'soffice');
  mkdirSync(work, { recursive: true });
  run('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', work, file]);
  return { name: 'dump.txt', bytes: readFileSync(join(work, basename(file).replace(/\.[^.]+$/, '.txt'))) };
}

/** Chromium: the page's `innerText` (scripts run, CSS applied), as a crawler driving a browser saves it. */
function chromiumText(file, dir) {
  const work = join(dir, 'chromium');
  mkdirSync(work, { recursive: true });
  const page = join(work, 'page.html');
  const grab = '<script>addEventListener("load",()=>{const t=document.body.innerText;document.body.innerHTML="";const p=document.createElement("pre");p.id="dump";p.textContent=t;document.body.appendChild(p)})</script>';
  const html = readFileSync(file, 'latin1');
  writeFileSync(page, html.includes('</body>') ? html.replace('</body>', `${grab}</body>`) : html + grab, 'latin1');
  const dom = run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--dump-dom', page]).toString('utf8');
  const m = /<pre id="dump">([\s\S]*?)<\/pre>/.exec(dom);
  const text = (m ? m[1] : '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');
  return { name: 'dump.txt', bytes: Buffer.from(text, 'utf8') };
}

const goldenExpected = (path) => goldenExpectedOf(path, flattenData);

/** Samples and corpus: the inputs the extractor was tuned on. */
function tunedInputs() {
  const out = [];
  for (const f of readdirSync(join(ROOT, 'samples')).sort()) {
    const m = /^(.*)\.(pdf|html)$/.exec(f);
    if (m) out.push({ id: `samples/${m[1]}`, kind: m[2], file: join(ROOT, 'samples', f), expected: goldenExpected(join(ROOT, 'golden', `${m[1]}.golden.json`)) });
  }
  if (existsSync(CORPUS)) {
    for (const d of readdirSync(CORPUS).sort()) {
      for (const kind of ['pdf', 'html']) {
        const file = join(CORPUS, d, `report.${kind}`);
        if (existsSync(file)) out.push({ id: `corpus/${d}`, kind, file, expected: goldenExpected(join(CORPUS, d, 'golden.json')) });
      }
    }
  }
  return out.map((x) => ({ ...x, set: 'tuned' }));
}

/** Print setups for unseen PDFs: page CSS and printer. */
const SETUPS = [
  { name: 'chromium-letter-hf', printer: 'chromium', css: '', print: {} },
  { name: 'chromium-a4-hf', printer: 'chromium', css: '@page{size:A4}', print: { small: true } },
  { name: 'chromium-a4l-hf', printer: 'chromium', css: '@page{size:A4 landscape}', print: {} },
  { name: 'chromium-a5-hf', printer: 'chromium', css: '@page{size:A5}', print: { narrow: true } },
  { name: 'chromium-borderless-hf', printer: 'chromium', css: '@page{size:A4}', print: { borderless: true } },
  { name: 'libreoffice', printer: 'libreoffice', css: '', print: {} },
];
/** Narrow-page variants (only with --setups): value columns a few millimetres apart, cut into text blocks by pdftotext. */
const NARROW_SETUPS = [
  { name: 'chromium-a5-margin8-hf', printer: 'chromium', css: '@page{size:A5;margin:8mm}', print: { narrow: true } },
  { name: 'chromium-a5-small-hf', printer: 'chromium', css: '@page{size:A5}', print: { narrow: true, small: true } },
  { name: 'chromium-a5-wide-hf', printer: 'chromium', css: '@page{size:A5}', print: {} },
  { name: 'chromium-b5-narrow-hf', printer: 'chromium', css: '@page{size:B5}', print: { narrow: true } },
  { name: 'chromium-narrow140-hf', printer: 'chromium', css: '@page{size:140mm 200mm}', print: { narrow: true } },
];
/**
 * Narrow-cell variants (only with --setups): every table cell a few ems wide (CSS `td{width:3em}` on a
 * table sized to its content, or `max-width:4em` with `word-break:break-all`, which also cuts numbers
 * inside their cell), at several font sizes and pages: labels and headers wrap over many lines, a
 * row's values sit on the middle line of its label, glued to the label's piece (`--setups cells` for
 * this kind alone; Ghostscript's txtwrite of these is `--tools gs-txt`).
 */
const CELL_WIDTHS = { cells3em: 'td{width:3em}', cells4em: 'td{max-width:4em;word-break:break-all}', cells2em: 'td{max-width:2.5em;word-break:break-all}' };
const CELL_SETUPS = Object.entries(CELL_WIDTHS).flatMap(([name, td]) => [
  { name: `chromium-${name}-12px`, printer: 'chromium', css: `table{width:auto !important} ${td} td,td p{font-size:12px}`, print: {} },
  { name: `chromium-${name}-16px-a4`, printer: 'chromium', css: `@page{size:A4} table{width:auto !important} ${td} td,td p{font-size:16px}`, print: {} },
  { name: `chromium-${name}-a5-hf`, printer: 'chromium', css: `@page{size:A5} table{width:auto !important} ${td}`, print: { narrow: true } },
]);
/** The setups of this run: all six by default; with --setups those (of both lists) whose name contains a given part. */
const ACTIVE_SETUPS = SETUP_PARTS ? [...SETUPS, ...NARROW_SETUPS, ...CELL_SETUPS].filter((x) => SETUP_PARTS.some((p) => x.name.includes(p))) : SETUPS;
if (ACTIVE_SETUPS.length === 0) throw new Error(`--setups ${SETUP_PARTS}: no print setup matches`);

/** Fresh random reports, printed to PDF by the setups above (and their web page, for the HTML tools). */
function unseenInputs() {
  const out = [];
  for (let i = 0; i < UNSEEN; i++) {
    const seed = SEED * 1009 + i;
    const r = rng(seed);
    const version = r() < 0.3 ? '2019' : '2021';
    const combined = version === '2019' || r() < 0.25;
    const scale = [3, 10, 30, 100, 1000][Math.floor(r() * 5)];
    const data = makeValues(seed, { version, combined, scale });
    const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
    const agency = `示例市第${seed}局`;
    const title = `${agency}2024年政府信息公开工作年度报告`;
    const setup = ACTIVE_SETUPS[i % ACTIVE_SETUPS.length];
    const style = r() < 0.5 ? 'cms' : 'word';
    const dir = join(OUT, `unseen-${seed}`);
    mkdirSync(dir, { recursive: true });
    const expected = flattenData(data);
    const html = join(dir, 'page.html');
    if (!existsSync(html)) writeFileSync(html, renderHtml({ title, agency, published: '2025-01-20', tables, narrative: NARRATIVE, headings: H, style }));
    out.push({ id: `unseen-${seed}/web-${style}`, kind: 'html', file: html, expected, set: 'unseen' });
    const pdf = join(dir, `${setup.name}.pdf`);
    if (!existsSync(pdf) && printers[setup.printer]) {
      const printable = renderHtml({ title, agency, published: '2025-01-20', tables, narrative: NARRATIVE, headings: H, style, print: { ...setup.print, noChrome: true } }).replace('</style>', `${setup.css}</style>`);
      if (setup.printer === 'chromium') chromiumPdf(printable, pdf, { headerFooter: true });
      else libreofficePdf(printable, pdf);
    }
    if (existsSync(pdf)) out.push({ id: `unseen-${seed}/${setup.name}`, kind: 'pdf', file: pdf, expected, set: 'unseen' });
  }
  return out;
}

const judge = (expected, report) => judgeFields(expected, report, flattenData);

const inputs = [...(SETS.includes('tuned') ? tunedInputs() : []), ...(SETS.includes('unseen') ? unseenInputs() : [])].filter((x) => !ONLY || x.id.includes(ONLY));
const totals = new Map();
const files = [];
for (const input of inputs) {
  for (const conv of CONVERTERS.filter((c) => c.from === input.kind)) {
    const dir = join(OUT, 'dumps', input.id.replace(/\//g, '__'));
    mkdirSync(dir, { recursive: true });
    let verdict;
    try {
      const dump = conv.run(input.file, dir);
      writeFileSync(join(dir, `${conv.tool}-${dump.name}`), dump.bytes);
      const report = await extract(new Uint8Array(dump.bytes), { name: dump.name });
      verdict = judge(input.expected, report);
    } catch (e) {
      verdict = { ...judge(input.expected, {}), error: `${e.code ?? 'crash'} ${String(e.message).slice(0, 120)}` };
    }
    const key = `${conv.tool} ${input.set}`;
    const t = totals.get(key) ?? totals.set(key, { files: 0, det: 0, right: 0, sure: 0, missing: 0, wrong: 0, silent: 0, failed: 0 }).get(key);
    t.files++;
    for (const k of ['det', 'right', 'sure', 'missing', 'wrong', 'silent']) t[k] += verdict[k];
    if (verdict.error) t.failed++;
    files.push({ tool: conv.tool, id: input.id, ...verdict });
  }
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
console.log(['tool / set', 'files', 'determinable', 'right', 'right>=.9', 'missing', 'wrong<.9', 'wrong>=.9', 'failed'].map((h, i) => (i ? h.padStart(13) : h.padEnd(28))).join(''));
for (const [key, t] of [...totals].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(key.padEnd(28) + [t.files, t.det, `${t.right} ${pct(t.right, t.det)}`, `${t.sure} ${pct(t.sure, t.det)}`, t.missing, t.wrong, t.silent, t.failed].map((c) => String(c).padStart(13)).join(''));
}
const bad = files.filter((f) => f.right < f.det).sort((a, b) => b.silent - a.silent || (b.det - b.right) - (a.det - a.right));
console.log(`\nfiles with misses (${bad.length}):`);
for (const f of bad) {
  console.log(`  ${f.tool} ${f.id}: ${f.right}/${f.det}${f.silent ? `, ${f.silent} WRONG >= .9` : ''}${f.error ? ` ${f.error}` : ''}`);
  if (MISSES) for (const m of f.misses.slice(0, 12)) console.log(`      ${m}`);
}
process.exit(files.some((f) => f.silent) ? 1 : 0);
