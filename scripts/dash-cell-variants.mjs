#!/usr/bin/env node
/**
 * @file Table 二's cells printed as a dash-like mark or '无' instead of a number: '－'
 * (full-width hyphen-minus), '—', '–', '-', '−', '―', '‒', '﹣', '——', '/', '／', '无', '不适用' (session 46, task 4:
 * testers saw '－' read as 0 at high confidence in some paths; task 2: a 2019 行政强制 row read '550 / -3 / 7' at 0.88 from a
 * pdftohtml -xml dump of a LibreOffice .docx print — a dash that is no minus taken as one). The contract (TEMPLATE.md, Values): such a
 * cell is null, flag notApplicable — never a number, never a blank 0.
 * Per seed: template 2021 (行政事业性收费 本年收费金额) or 2019 (行政事业性收费 上一年项目数量 | 本年增/减, and
 * 政府集中采购 采购项目数量 | 采购总金额: one to all of the row's cells marked; 行政处罚 and 行政强制 with numbers of the
 * seed, their 本年增/减 signed — a negative change is printed '-3' and read so — or marked); the mark; the format:
 *  - txt: tab-separated, space-aligned (a mark padded as a cell), HTML table;
 *  - pdf: Chromium (A4, or narrow cells at 9 pt) and LibreOffice prints of the HTML (also via .docx), read as PDFs and as dumps
 *    (pdftotext -layout, pdftotext plain, pdfminer, mutool draw -F txt, pdftohtml -xml).
 * Files go to OUT/<seed>/ (reused; `--force` makes them again). Scores the marked fields (want null) and the
 * row's printed numbers: right, right at ≥ 0.9, W ≥ 0.9, W 0.8–0.9, low/missing.
 *
 *   npm run build && nice node scripts/dash-cell-variants.mjs [--seeds 1..40] [--formats txt,pdf] [--marks common|rare] [--out /tmp/xxgk-dash-cells] [--dist DIR] [--show]
 * Dev seeds 1..40 looked at (session 46); 501..540 held out (scored only). Exit 1 on a field wrong at ≥ 0.8.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seedRange, stringArg } from './cli-args.mjs';
import { countVerdict, rng, verdictLine, verdictTally } from './template-data.mjs';
import { tabLinesHtml as toHtml } from './render-html.mjs';
import { chromiumPdf, libreofficePdf } from './print-pdf.mjs';
import { SETTINGS } from './make-dumps.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [lo, hi] = seedRange('1..40');
const dist = stringArg('dist', process.env.XXGK_DIST ?? join(ROOT, 'dist'));
const OUT = stringArg('out', '/tmp/xxgk-dash-cells');
const formats = stringArg('formats', 'txt,pdf').split(',');
const show = process.argv.includes('--show');
const force = process.argv.includes('--force');
const { extract, flattenData } = await import(pathToFileURL(join(dist, 'index.js')).href);

const Y2019 = readFileSync(join(ROOT, 'samples', 'quirk-2019.txt'), 'utf8');
const Y2021 = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
export const MARKS = ['－', '—', '–', '-', '−', '―', '‒', '﹣', '——', '/', '／', '无', '不适用'];
/**
 * `--marks rare`: glyphs the mark rules did not list before session 46 — the horizontal bar '――' of a Chinese IME,
 * the figure dash, the small em dash, two- and three-em dashes, division and fraction slashes — and '一' typed for
 * '—' (a numeral 1 or a dash: not determined, so a 1 read from it must stay below 0.8). PDFs under OUT/rare/.
 */
const RARE = ['――', '―', '‒', '﹘', '⸺', '⸻', '∕', '⁄', '一'];
const markSet = stringArg('marks', 'common');
const MARK_LIST = markSet === 'rare' ? RARE : MARKS;
const DUMPS = ['pdftotext-layout', 'pdftotext', 'pdfminer', 'mutool-txt'];
const PAPERS = { a4: '', narrow: '@page{size:A5;margin:10mm} td{font-size:9pt} table{width:70%}' };

/** The table 二 rows marked: [row as in the sample, label, keys of its value cells]. */
const ROWS_2019 = [
  ['行政事业性收费\t15\t5', '行政事业性收费', ['fees.prevItems', 'fees.change']],
  ['政府集中采购\t13\t5574.32', '政府集中采购', ['procurement.items', 'procurement.amount']],
  ['行政处罚\t2713\t-1\t4884', '行政处罚', ['punishment.prevItems', 'punishment.change', 'punishment.decisions']],
  ['行政强制\t6\t4\t19', '行政强制', ['coercion.prevItems', 'coercion.change', 'coercion.decisions']],
];
const ROWS_2021 = [['行政事业性收费\t699.39', '行政事业性收费', ['fees.amount']]];

/** One seed's report: tab text, the fields marked (want null) and the row numbers kept. */
export function makeCase(seed) {
  const r = rng(seed * 6007 + 11);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const v2019 = r() < 0.5;
  const mark = MARK_LIST[seed % MARK_LIST.length];
  let text = v2019 ? Y2019 : Y2021;
  const gold = {};
  for (const [row, label, keys] of v2019 ? ROWS_2019 : ROWS_2021) {
    // Rows of counts (处罚, 强制): numbers of their own per seed, the 增/减 signed ('-3' is a real change), marked now and then.
    const counts = keys.length === 3;
    if (counts && r() < 0.5) continue;
    const cells = counts ? [String(Math.floor(r() * 900)), String(Math.floor(r() * 21) - 10), String(Math.floor(r() * 60))] : row.split('\t').slice(1);
    // Every cell of a row marked, or some (at least one).
    const all = !counts && r() < 0.5;
    const marked = keys.map((k, i) => all || (counts ? k.endsWith('change') && r() < 0.7 : r() < 0.5));
    if (!counts && !marked.some(Boolean)) marked[Math.floor(r() * keys.length)] = true;
    keys.forEach((k, i) => {
      gold[`activeDisclosure.${k}`] = marked[i] ? null : Number(cells[i]);
    });
    text = text.replace(row, [label, ...cells.map((c, i) => (marked[i] ? mark : c))].join('\t'));
  }
  const layout = pick(['tab', 'space', 'html']);
  return { seed, v2019, mark, text, gold, layout };
}

/** Space-aligned text of a tab text: each cell padded to its column's width. */
const spaced = (text) => text.split('\n').map((l) => l.split('\t').map((c, i, a) => (i < a.length - 1 ? c.padEnd(i === 0 ? 18 : 10, ' ') : c)).join('  ')).join('\n');

/** The inputs of one case: [kind, file or {bytes,name}]. */
function inputs(c) {
  const out = [];
  if (formats.includes('txt')) {
    const lines = c.text.split('\n');
    const src = c.layout === 'html' ? toHtml(lines) : c.layout === 'space' ? spaced(c.text) : c.text;
    out.push([`txt-${c.layout}`, { bytes: new TextEncoder().encode(src), name: `f${c.seed}.${c.layout === 'html' ? 'html' : 'txt'}` }]);
  }
  if (formats.includes('pdf')) {
    const dir = markSet === 'rare' ? join(OUT, 'rare', String(c.seed)) : join(OUT, String(c.seed));
    mkdirSync(dir, { recursive: true });
    const paper = Object.keys(PAPERS)[c.seed % 2];
    const prints = [
      [`chromium-${paper}`, (f) => chromiumPdf(toHtml(c.text.split('\n'), PAPERS[paper]), f)],
      ['libreoffice', (f) => libreofficePdf(toHtml(c.text.split('\n')), f)],
      // Via a Word document (HTML → .docx → PDF), as a LibreOffice user prints a .docx report.
      ['lodocx', (f) => {
        const doc = f.replace(/\.pdf$/, '.docx');
        libreofficePdf(toHtml(c.text.split('\n')), doc, { to: 'docx' });
        // Written next to the .docx under its stem: `f` itself.
        execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dirname(f)}/.profile`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dirname(f), doc], { stdio: 'ignore', timeout: 120_000 });
      }],
    ];
    for (const [printer, print] of prints) {
      const pdf = join(dir, `${printer}.pdf`);
      try {
        if (force || !existsSync(pdf)) print(pdf);
      } catch (e) {
        console.log('print failed', printer, c.seed, e.message.split('\n')[0]);
        continue;
      }
      out.push([printer, pdf]);
      for (const d of DUMPS) {
        const s = SETTINGS.find((x) => x.name === d);
        if (!s?.ok()) continue;
        const f = join(dir, `${printer}.${d}.txt`);
        if (force || !existsSync(f)) writeFileSync(f, s.run(pdf));
        out.push([`${printer.split('-')[0]}+${d}`, f]);
      }
      const xml = join(dir, `${printer}.pdftohtml.xml`);
      if (force || !existsSync(xml)) writeFileSync(xml, execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', pdf], { maxBuffer: 1 << 26 }));
      out.push([`${printer.split('-')[0]}+pdftohtml-xml`, xml]);
    }
  }
  return out;
}

const tally = verdictTally;
const total = tally();
const byKind = {};
for (let seed = lo; seed <= hi; seed++) {
  const c = makeCase(seed);
  for (const [kind, input] of inputs(c)) {
    const rep = await (typeof input === 'string' ? extract(input) : extract(input.bytes, { name: input.name })).catch((e) => e);
    const data = rep instanceof Error ? new Map() : flattenData(rep.data);
    const t = (byKind[kind] ??= tally());
    for (const [k, want] of Object.entries(c.gold)) {
      const got = data.get(k) ?? null;
      const f = rep.fields?.[k] ?? { confidence: 0, flags: [] };
      // A marked cell: right when null and said so (notApplicable) or left unsaid (missing/ambiguous); a number is wrong.
      const ok = got === want;
      countVerdict([total, t], ok, f.confidence);
      if (!ok && (show || f.confidence >= 0.8)) console.log(f.confidence >= 0.8 ? 'WRONG' : 'low  ', seed, kind, JSON.stringify(c.mark), k, 'want', want, 'got', got, f.confidence, f.flags.join(','));
    }
  }
}
const line = verdictLine;
for (const [k, s] of Object.entries(byKind)) console.log(k.padEnd(28), line(s));
console.log('all'.padEnd(28), line(total));
process.exit(total.wrongHi + total.wrong89 > 0 ? 1 : 0);
