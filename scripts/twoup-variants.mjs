#!/usr/bin/env node
/**
 * @file Unseen PDFs of two kinds the product is judged on, scored against the values chosen:
 * - `twoup`: a report printed by Chromium, then imposed two pages per landscape sheet (pikepdf: each
 *   half a form XObject of an original page, scaled and centred in its half; 1–3 sheets): sheet
 *   2 × A4, A4 landscape (pages at ~0.7) or A3 landscape, 0–40 pt of margin inside each half; the
 *   sheet upright, stored portrait with /Rotate 90 or 270 (content turned, shown upright), or shown
 *   turned (/Rotate 90, 180 or 270 alone); fonts, zeros printed blank, borderless or ruled tables
 *   at random.
 * - `blank`: Chromium, borderless table 三 (and 四) with its zeros printed blank (rows of 0–4
 *   numbers), zebra rows, a dark header bar with white text, tall rows, 9–14 pt, numbers left,
 *   centred or right.
 * - `columns`: Chromium, the whole page laid out in two text columns (CSS `column-count: 2`, a gap of
 *   3–10 mm; A4, Letter or Legal portrait, or A4 landscape; table cells 7–9 pt): the lines of both
 *   columns sit side by side on one page (breakit57 look6.twoCol).
 * Reports per kind fields right, right at ≥ 0.9, missing, wrong, wrong at ≥ 0.9 (must stay 0).
 *
 *   npm run build && nice node scripts/twoup-variants.mjs [--kind twoup|blank] [--seeds 300..330]
 *     [--dist dist,/other/dist] [--pdfs DIR] [--dump layout] [--per-doc] [--verbose]
 * `--pdfs DIR` keeps the PDFs (<kind>-<seed>.pdf) and reuses them; `--dist` reads each PDF with
 * every build listed (before → after on the same files). Exit 1 on a field wrong at ≥ 0.9.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activeTable, requestTable, reviewTable, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { printedPdf } from './print-pdf.mjs';
import { countFields, fieldTally, flatTruth, makeValues, rng } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const KIND = stringArg('kind', 'twoup');
const [from, to] = seedRange('300..315');
const DISTS = stringArg('dist', 'dist').split(',');
const PDFS = stringArg('pdfs', '');
const VERBOSE = process.argv.includes('--verbose');
/** twoup fault: '' (pages in order, centred), 'mixed' (each sheet a page of this report | the same page of another agency's report), 'booklet' (saddle-stitch order: n|1, 2|n-1, …), 'edge' (pages at 0.9 scale pushed to the sheet's outer edges, 0–20 pt from them). */
const FAULT = stringArg('fault', '');
/**
 * `--dump layout`: read each imposed PDF's `pdftotext -layout` text instead of the PDF (two pages side by side on one text page);
 * `--dump fixed3`: its `pdftotext -layout -fixed 3` text;
 * `--dump tsv-lines`: its `pdftotext -tsv` words joined by ' ' one line per tsv line (page, block, paragraph, line), pages by
 * a page feed, no blank line between blocks (breakit58 ptt-tsv-lines: a row's cells one per line in poppler's block order).
 */
const DUMP = stringArg('dump', '');
/** `--zoom .7`: the page's body zoomed (Chromium's print scale; breakit58 cr-s70 letter-spaces its words in a -tsv dump). */
const ZOOM = stringArg('zoom', '');
/** `--spaced`: every text letter-spaced (a -tsv dump then has one word per character: '第 二 十 条 第 （ 八 ） 项'). */
const SPACED = process.argv.includes('--spaced');
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** pikepdf: `src` imposed two pages per sheet into `out`. `o`: sheet size, scale, gutter, rotation. */
const IMPOSE = `
import sys, json, pikepdf
srcs, out, o = sys.argv[1].split(','), sys.argv[2], json.loads(sys.argv[3])
ss = [pikepdf.open(x) for x in srcs]; d = pikepdf.new()
w, h = [float(x) for x in list(ss[0].pages[0].mediabox)[2:]]
sw, sh = (2 * w, h) if o['sheet'] == 'wide' else ((842.0, 595.0) if o['sheet'] == 'a4' else (1191.0, 842.0))
# each page centred in its half of the sheet (as pdfjam --nup, gs -sNupControl and printer drivers impose), 'gutter' pt of margin inside the half
k = min((sw / 2 - o['gutter']) / w, sh / h) * (0.9 if o.get('edge') is not None else 1)
pw, ph = w * k, h * k
x0 = (sw / 2 - pw) / 2
y0 = (sh - ph) / 2
# 'edge': the pages (at 0.9 of the fitting scale) pushed apart to the sheet's outer edges (a gutter margin in the middle), that many pt from the edge
xs = [x0, sw / 2 + x0] if o.get('edge') is None else [min(o['edge'], x0), sw - min(o['edge'], x0) - pw]
# slots: [source, page] per half, left then right, sheet after sheet (None: a blank half); default the pages in order
slots = o.get('slots') or [[0, i] for i in range(len(ss[0].pages))]
for j in range(0, len(slots), 2):
    upright = o['rot'] in ('up90', 'up270')
    pg = d.add_blank_page(page_size=(sh, sw) if upright else (sw, sh))
    for i, xo in enumerate(xs):
        if j + i >= len(slots) or slots[j + i] is None: continue
        si, pi = slots[j + i]
        form = d.copy_foreign(ss[si].pages[pi].as_form_xobject())
        name = pg.add_resource(form, pikepdf.Name.XObject, prefix='P')
        # the page drawn at (xo, y0) on the landscape sheet, scaled by k
        a, b, c, dd, e, f = k, 0, 0, k, xo, y0
        # stored portrait (sh x sw) and shown turned: /Rotate 90 shows stored (X, Y) at (Y, sh - X), /Rotate 270 at (sw - Y, X)
        if o['rot'] == 'up90':
            a, b, c, dd, e, f = 0, k, -k, 0, sh - y0, xo
        elif o['rot'] == 'up270':
            a, b, c, dd, e, f = 0, -k, k, 0, y0, sw - xo
        pg.contents_add(pikepdf.Stream(d, ('q %g %g %g %g %g %g cm %s Do Q\\n' % (a, b, c, dd, e, f, name)).encode()), prepend=False)
    if o['rot'] == 'up90': pg.obj['/Rotate'] = 90
    elif o['rot'] == 'up270': pg.obj['/Rotate'] = 270
    elif o['rot'] in ('r90', 'r180', 'r270'): pg.obj['/Rotate'] = int(o['rot'][1:])
d.save(out)
`;

/** Slots for `fault` over pages [n (report), m (the other report)]: 'mixed' — sheet j = report page j | other report page j; 'booklet' — saddle-stitch imposition (sheet 1 = n|1, then 2|n-1, …; padded to 4 with blanks). */
function slotsFor(fault, n, m) {
  if (fault === 'mixed') {
    const out = [];
    for (let j = 0; j < Math.max(n, m); j++) out.push(j < n ? [0, j] : null, j < m ? [1, j] : null);
    return out;
  }
  if (fault === 'booklet') {
    const total = Math.ceil(n / 4) * 4;
    const at = (p) => (p <= n ? [0, p - 1] : null);
    const out = [];
    for (let s = 0; s < total / 2; s++) out.push(...(s % 2 === 0 ? [at(total - s), at(s + 1)] : [at(s + 1), at(total - s)]));
    return out;
  }
  return null;
}

function impose(pdfs, opts) {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-twoup-'));
  try {
    const ins = pdfs.map((pdf, i) => {
      writeFileSync(join(dir, `in${i}.pdf`), pdf);
      return join(dir, `in${i}.pdf`);
    });
    const slots = opts.fault ? slotsFor(opts.fault, pageCount(pdfs[0]), pdfs[1] ? pageCount(pdfs[1]) : 0) : null;
    execFileSync(PY, ['-c', IMPOSE, ins.join(','), join(dir, 'out.pdf'), JSON.stringify({ ...opts, slots })], { stdio: ['ignore', 'ignore', 'inherit'] });
    return readFileSync(join(dir, 'out.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pageCount = (pdf) => {
  const m = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g);
  return m ? m.length : 0;
};

/** A variant: values (golden), the page's HTML, imposition (twoup), description. */
export function variant(kind, seed, fault = FAULT, nested = false) {
  const r = rng(seed * 97 + (kind === 'twoup' ? 5 : kind === 'columns' ? 29 : 17));
  const version = r() < 0.65 ? '2021' : '2019';
  const combined = version === '2019' || r() < 0.3;
  const data = makeValues(seed, { version, combined, scale: 30 });
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const blanks = kind === 'blank' || r() < 0.4;
  const blankReview = blanks && r() < 0.6;
  if (blanks) for (const row of [...t.requests, ...(blankReview ? t.reviewLitigation : [])]) if (row.kind === 'data') row.cells = row.cells.map((c, j) => ((j > 0 || row.key === 'review') && c === '0' ? '' : c));
  const borderless = kind === 'blank' || r() < 0.4;
  const pt = kind === 'columns' ? 7 + Math.floor(r() * 3) : 9 + Math.floor(r() * 6);
  const align = pick(r, ['left', 'center', 'right']);
  const zebra = kind === 'blank' ? r() < 0.7 : r() < 0.2;
  const bar = kind === 'blank' && r() < 0.6;
  const tall = kind === 'blank' && r() < 0.5;
  const css = [
    `td,td p{font-size:${pt}pt !important}`,
    `td.n p,td.n{text-align:${align} !important}`,
    borderless ? 'td{border:none !important} table{border:none !important;border-collapse:collapse}' : '',
    zebra ? 'tr:nth-child(even) td{background:#e4e4e4}' : '',
    bar ? 'tr:nth-child(-n+3) td{background:#555;color:#fff}' : '',
    tall ? 'td{padding:9px 4px !important}' : '',
    kind === 'columns' ? `body{column-count:2;column-gap:${3 + Math.floor(r() * 8)}mm} @page{size:${pick(r, ['A4', 'Letter', 'Legal', 'A4 landscape'])}}` : '',
    ZOOM ? `body{zoom:${ZOOM}}` : '',
    SPACED ? 'td,th,p,h1,h2,h3,div{letter-spacing:.3em}' : '',
  ].join('\n');
  const title = `测试市第${seed}局2024年政府信息公开工作年度报告`;
  const html = renderHtml({ title, agency: `测试市第${seed}局`, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: r() < 0.5 ? 'cms' : 'word', print: { noChrome: true } }).replace('</head>', `<style>${css}</style></head>`);
  const imp = kind === 'twoup' ? { sheet: pick(r, ['wide', 'a4', 'a3']), gutter: Math.floor(r() * 41), rot: pick(r, ['none', 'none', 'none', 'up90', 'up270', 'r90', 'r180', 'r270']) } : null;
  if (imp && fault) imp.fault = fault;
  if (imp && fault === 'edge') imp.edge = Math.floor(r() * 21);
  // 'mixed': the other report, another agency's with other numbers (its own seed)
  const other = imp && fault === 'mixed' && !nested ? variant(kind, seed + 50000, '', true).html.replace(/测试市第\d+局/g, `样例县第${seed}办`) : null;
  const cols = kind === 'columns' ? ` ${css.match(/column-gap:\d+mm/)[0]} ${css.match(/@page{size:([^}]+)}/)[1]}` : '';
  const what = `${version}${cols} ${pt}pt ${align}${borderless ? ' borderless' : ' ruled'}${blanks ? ' blanks' : ''}${blankReview ? '+四' : ''}${zebra ? ' zebra' : ''}${bar ? ' bar' : ''}${tall ? ' tall' : ''}${imp ? ` ${imp.sheet} gutter ${imp.gutter} ${imp.rot}${fault ? ` ${fault}${imp.edge !== undefined ? ` ${imp.edge}pt` : ''}` : ''}` : ''}`;
  return { data, html, other, imp, what };
}

/** The `pdftotext` text of a PDF with these options ('-layout', '-tsv', '-layout -fixed 3'). */
function dumpText(bytes, ...how) {
  const dir = mkdtempSync(join(tmpdir(), 'twoup-lay-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), bytes);
    return execFileSync('pdftotext', [...how, '-enc', 'UTF-8', join(dir, 'in.pdf'), '-'], { maxBuffer: 64 * 2 ** 20 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdftotext -tsv` words joined per tsv line (level 5 rows keyed by page, block, paragraph, line), pages by '\f'. */
function tsvLines(tsv) {
  const out = [];
  let cur = [];
  let key = null;
  let page = null;
  for (const r of tsv.toString('utf8').split('\n').slice(1).map((l) => l.split('\t'))) {
    if (r.length < 12 || r[0] !== '5') continue;
    const k = r.slice(1, 5).join('/');
    if (k !== key) {
      if (cur.length) out.push(cur.join(' '));
      if (page !== null && r[1] !== page) out.push('\f');
      [cur, key, page] = [[], k, r[1]];
    }
    cur.push(r[11]);
  }
  if (cur.length) out.push(cur.join(' '));
  return Buffer.from(`${out.join('\n')}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

async function main() {
  const libs = [];
  for (const d of DISTS) libs.push({ dist: d, lib: await import(pathToFileURL(join(isAbsolute(d) ? d : join(ROOT, d), 'index.js')).href), total: fieldTally() });
  if (PDFS) mkdirSync(PDFS, { recursive: true });
  let confidentWrong = 0;
  for (let seed = from; seed <= to; seed++) {
    const v = variant(KIND, seed);
    const cached = PDFS ? join(PDFS, `${KIND}${FAULT ? `-${FAULT}` : ''}${ZOOM ? `-z${ZOOM}` : ''}${SPACED ? '-sp' : ''}-${seed}.pdf`) : '';
    let bytes;
    try {
      if (cached && existsSync(cached)) bytes = readFileSync(cached);
      else {
        const printed = printedPdf(v.html, 'chromium');
        bytes = v.imp ? impose(v.other ? [printed, printedPdf(v.other, 'chromium')] : [printed], v.imp) : printed;
        if (cached) writeFileSync(cached, bytes);
      }
    } catch (e) {
      console.log(`${seed} not printed (${e.code ?? e.message}): skipped`);
      continue;
    }
    const what = `${v.what}${v.imp ? ` ${pageCount(bytes)} sheet(s)` : ''}${DUMP ? ` ${DUMP}` : ''}${ZOOM ? ` zoom ${ZOOM}` : ''}${SPACED ? ' spaced' : ''}`;
    const input = DUMP === 'layout' ? dumpText(bytes, '-layout') : DUMP === 'fixed3' ? dumpText(bytes, '-layout', '-fixed', '3') : DUMP === 'tsv-lines' ? tsvLines(dumpText(bytes, '-tsv')) : bytes;
    const name = `${KIND}-${seed}.${DUMP ? 'txt' : 'pdf'}`;
    for (const { dist, lib, total } of libs) {
      let report;
      try {
        report = await lib.extract(new Uint8Array(input), { name, timeoutMs: Number(process.env.DOC_TIMEOUT ?? 400000) });
      } catch (e) {
        console.log(`${seed} [${dist}] FAILED ${e.code}: ${what}`);
        continue;
      }
      total.docs++;
      const truth = flatTruth(v.data);
      const bad = countFields(report, lib.flattenData(report.data), truth, () => [total]);
      const high = bad.filter((x) => x.endsWith('!!'));
      // wrong at 0.8–0.9: a value given (not '∅') at that confidence
      total.wrongMid = (total.wrongMid ?? 0) + bad.filter((x) => { const m = /=([^@]*)@([\d.]+) /.exec(x); return m && m[1] !== '∅' && Number(m[2]) >= 0.8 && Number(m[2]) < 0.9; }).length;
      if (v.other) {
        // two reports on the sheets: warned, or else every value below 0.9
        const warned = report.warnings.some((w) => w.code === 'multiple_reports');
        total.warned = (total.warned ?? 0) + (warned ? 1 : 0);
        if (!warned && process.argv.includes('--per-doc')) console.log(`${seed} [${dist}] two reports, no multiple_reports warning`);
      }
      confidentWrong += high.length;
      if (process.argv.includes('--per-doc')) console.log(`${seed} [${dist}] [${what}] ${truth.length - bad.length}/${truth.length} right, ${high.length} wrong≥0.9`);
      if (bad.length && (VERBOSE || high.length)) console.log(`${seed} [${dist}] [${what}] ${bad.length} off: ${high.concat(bad).slice(0, 8).join('; ')}`);
    }
  }
  for (const { dist, total: s } of libs) {
    const pct = (x) => (s.fields ? ((100 * x) / s.fields).toFixed(2) : '-');
    console.log(`${dist} ${KIND} docs ${s.docs} fields ${s.fields} right ${pct(s.right)}% right≥0.9 ${pct(s.rightHigh)}% missing ${s.missing} wrong ${s.wrong} wrong≥0.9 ${s.wrongHigh} wrong0.8–0.9 ${s.wrongMid ?? 0}${FAULT === 'mixed' ? ` warned ${s.warned ?? 0}/${s.docs}` : ''}`);
  }
  if (confidentWrong > 0) process.exitCode = 1;
}
