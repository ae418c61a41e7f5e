#!/usr/bin/env node
/**
 * @file Table 三 printed with its columns in another order (科研机构 and 社会公益组织 swapped, 总计
 * first, the 法人或其他组织 group before 自然人, the sub-columns shuffled), its header saying so, and
 * the page turned into text by the dumps crawlers and archives keep: the PDF (Chromium or
 * LibreOffice print) through `pdftotext -layout`, plain `pdftotext`, `pdftotext -raw`, pdfminer (default and LAParams
 * grids such as `-M 6`), pypdf's `extract_text()` and `mutool draw -F txt`; the HTML page through `w3m -dump`, `lynx -dump`, `pandoc -t plain`, `pandoc
 * -t gfm` (pipe tables) and Debian html2text; the page's .docx (LibreOffice) through docx2txt; and a
 * tab-separated text table. The header's cells wrap (`br`: a break inside each word; `narrow`: narrow
 * columns) or are letter-spaced ('科 研 机 构') by seed; 2019 or 2021 template by seed.
 *
 * Every value of table 三 is measured per dump style: right, wrong at ≥ 0.9 (must be 0), wrong at
 * 0.8–0.9, wrong below 0.8, missing. A permuted column read in the template's order is wrong while
 * every identity still holds, so only the header can place the columns: where the dump does not let
 * the header be read, values must stay below 0.8 (order48: an unread order is `columns_unread`, ≤ 0.75). Right values are
 * counted at ≥ 0.9 and at 0.8–0.9 (what a stricter rule costs). order48's sets: dev seeds 1..12, held out 101..110, each
 * with the drawn orders and with `--order template` (the cost side), styles plain,pdfminer,pdfminer-M6,pypdf,lynx,html2text.
 *
 *   npm run build && nice node scripts/reorder-dump-variants.mjs [--seeds 1..8] [--styles layout,plain] [--order swap|totalFirst|groupFirst|shuffle|template] [--show]
 * Files go to `.tmp/reorder-dumps/` (gitignored), reused on the next run. XXGK_DIST measures another build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activeTable, requestTable, reviewTable, base, H, NARRATIVE, renderRows, textReport } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { COLS, COLUMN_WORDS as WORD, SUB_COLUMNS as SUBS, makeValues, rng, shuffle, REQUEST_NOTE } from './template-data.mjs';
import { chromiumPdf, libreofficePdf } from './print-pdf.mjs';
import { SETTINGS as PDF_DUMPERS } from './make-dumps.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'reorder-dumps');
const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const argv = process.argv.slice(2);
const opt = (name, fallback = null) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** Column orders drawn: the ones real reports print, and any. */
export const ORDERS = {
  swap: () => ['naturalPerson', 'commercial', 'socialOrg', 'research', 'legalService', 'otherOrg', 'total'],
  totalFirst: () => ['total', ...COLS.slice(0, 6)],
  groupFirst: () => [...SUBS, 'naturalPerson', 'total'],
  shuffle: (r) => {
    let subs = shuffle(SUBS, r);
    if (subs.every((k, i) => k === SUBS[i])) subs = [subs[1], subs[0], ...subs.slice(2)];
    const tops = r() < 0.6 ? ['naturalPerson', 'org', 'total'] : shuffle(['naturalPerson', 'org', 'total'], r);
    return tops.flatMap((t) => (t === 'org' ? subs : [t]));
  },
  template: () => [...COLS],
};

/** Dump styles, each from the PDF, the HTML page, its .docx, or the rows themselves. */
export const STYLES = {
  layout: { from: 'pdf', run: (f) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', f, '-']) },
  plain: { from: 'pdf', run: (f) => execFileSync('pdftotext', ['-enc', 'UTF-8', f, '-']) },
  raw: { from: 'pdf', run: (f) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', f, '-']) },
  pdfminer: { from: 'pdf', run: (f) => execFileSync('pdf2txt', [f]) },
  // pdfminer's LAParams grid (make-dumps.mjs): wide margins print each header cell as a box of its own, in box order.
  ...Object.fromEntries([['M4', ['-M', '4']], ['M6', ['-M', '6']], ['M4-L.2-W.3', ['-M', '4', '-L', '.2', '-W', '.3']], ['M.5-L2', ['-M', '.5', '-L', '2']], ['M1-L2-F0', ['-M', '1', '-L', '2', '-F', '0']]]
    .map(([n, a]) => [`pdfminer-${n}`, { from: 'pdf', run: (f) => execFileSync('pdf2txt', [...a, f]) }])),
  // pypdf's extract_text() (make-dumps.mjs): the content stream's order, no geometry.
  pypdf: { from: 'pdf', run: (f) => PDF_DUMPERS.find((d) => d.name === 'pypdf').run(f) },
  mutool: { from: 'pdf', run: (f) => execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', f]) },
  w3m: { from: 'html', run: (f) => execFileSync('w3m', ['-dump', '-cols', '160', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', f]) },
  lynx: { from: 'html', run: (f) => execFileSync('lynx', ['-dump', '-nolist', '-width=200', '-display_charset=utf-8', '-assume_charset=utf-8', f]) },
  'pandoc-plain': { from: 'html', run: (f) => execFileSync('pandoc', ['-f', 'html', '-t', 'plain', '--columns=200', f]) },
  markdown: { from: 'html', run: (f) => execFileSync('pandoc', ['-f', 'html', '-t', 'gfm', f]) },
  html2text: { from: 'html', run: (f) => execFileSync('html2text', ['-utf8', '-width', '200', f]) },
  docx2txt: { from: 'docx', run: (f) => execFileSync(PY, [join(ROOT, 'scripts', 'docx2txt.py'), f]) },
  tab: { from: 'rows' },
};

/** A header word as the seed prints it: broken in the middle (`br`) or letter-spaced (`spaced`). */
export function headWord(w, wrap) {
  if (wrap === 'br' && w.length >= 4) return `${w.slice(0, Math.ceil(w.length / 2))}<br/>${w.slice(Math.ceil(w.length / 2))}`;
  if (wrap === 'spaced') return [...w].join(' ');
  return w;
}
export const th = (text, attrs = '') => `<td ${attrs} style="border:1px solid #000;padding:2px"><p style="text-align:center">${text}</p></td>`;

/** The variant of `seed`: template version, values, column order, header wrap, printer. */
export function plan(seed) {
  const r = rng(seed * 50331 + 7);
  const version = r() < 0.3 ? '2019' : '2021';
  const combined = version === '2019';
  const data = makeValues(seed * 17 + 3, { version, combined, scale: pick(r, [10, 30, 300]) });
  const kind = opt('order') ?? pick(r, ['swap', 'swap', 'totalFirst', 'groupFirst', 'shuffle', 'shuffle']);
  const order = ORDERS[kind](r);
  const wrap = opt('wrap') ?? pick(r, ['none', 'br', 'narrow', 'spaced']);
  const printer = opt('printer') ?? pick(r, ['chromium', 'chromium', 'libreoffice']);
  return { seed, version, combined, data, kind, order, wrap, printer, stem: join(OUT, `r${seed}-${kind}-${wrap}-${printer}-${version}`) };
}

/** Table 三's header cells in the plan's order: the top row (group cells spliced) and the sub-column row. */
function topCells(order) {
  const top = [];
  for (const k of order) {
    if (SUBS.includes(k)) {
      if (!top.includes('org')) top.push('org');
    } else top.push(k);
  }
  return top;
}

function headerRows(p) {
  const w = (k) => headWord(WORD[k], p.wrap);
  const row2 = topCells(p.order).map((t) => (t === 'org' ? th(headWord('法人或其他组织', p.wrap), 'colspan="5"') : th(w(t), 'rowspan="2"'))).join('');
  const row3 = p.order.filter((k) => SUBS.includes(k)).map((k) => th(w(k))).join('');
  return [`<tr>${th(REQUEST_NOTE, 'colspan="3" rowspan="3"')}${th('申请人情况', 'colspan="7"')}</tr>`, `<tr>${row2}</tr>`, `<tr>${row3}</tr>`];
}

/** Table 三's rows with each data row's values in the plan's order (header rows as the template's, reordered). */
function requestRows(p) {
  return requestTable(p.data, p.combined).map((row) => {
    if (row.kind !== 'data') return row;
    const [label, ...vals] = row.cells;
    return { ...row, cells: [label, ...p.order.map((k) => vals[COLS.indexOf(k)])] };
  });
}

export function page(p) {
  const b = base(2000 + p.seed, { version: p.version });
  const tables = { activeDisclosure: activeTable(p.data, p.version), requests: requestRows(p), reviewLitigation: reviewTable(p.data) };
  let html = renderHtml({ title: `${b.agency}${b.year}年政府信息公开工作年度报告`, agency: b.agency, published: b.published, tables, narrative: NARRATIVE, headings: H, print: { noChrome: true } });
  const lines = html.split('\n');
  const first = lines.findIndex((l) => l.includes(REQUEST_NOTE));
  lines.splice(first, 3, ...headerRows(p));
  html = lines.join('\n');
  if (p.wrap === 'narrow') {
    html = html.replace(/<td (colspan="5"|rowspan="2"|)\s*style="border:1px solid #000;padding:2px">/g, (m) => m.replace('padding:2px', 'padding:2px;width:2.6em'));
    html = html.replace('</head>', '<style>td{word-break:break-all} td:not(:first-child) p{margin:0}</style></head>');
  }
  // The tab dump: the header rows as a converter writes them (top row, sub-columns), values in the plan's order.
  const rows = [
    { kind: 'header', cells: [REQUEST_NOTE, '申请人情况'] },
    { kind: 'header', cells: topCells(p.order).map((t) => (t === 'org' ? headWord('法人或其他组织', p.wrap === 'spaced' ? 'spaced' : 'none') : headWord(WORD[t], p.wrap === 'spaced' ? 'spaced' : 'none'))) },
    { kind: 'header', cells: p.order.filter((k) => SUBS.includes(k)).map((k) => headWord(WORD[k], p.wrap === 'spaced' ? 'spaced' : 'none')) },
    ...requestRows(p).filter((r) => r.kind === 'data'),
  ];
  const text = textReport({ ...b, tables: { activeDisclosure: renderRows(activeTable(p.data, p.version), 'tab'), requests: renderRows(rows, 'tab'), reviewLitigation: renderRows(reviewTable(p.data), 'tab') } });
  return { html, text };
}

/** The plan's text in `style` (cached under OUT). */
export function dump(p, style) {
  const out = `${p.stem}.${style}.txt`;
  if (existsSync(out)) return readFileSync(out);
  const { html, text } = page(p);
  mkdirSync(OUT, { recursive: true });
  const s = STYLES[style];
  let bytes;
  if (s.from === 'rows') bytes = Buffer.from(text);
  else if (s.from === 'html') {
    writeFileSync(`${p.stem}.html`, html);
    bytes = s.run(`${p.stem}.html`);
  } else if (s.from === 'pdf') {
    if (!existsSync(`${p.stem}.pdf`)) (p.printer === 'libreoffice' ? libreofficePdf : chromiumPdf)(html, `${p.stem}.pdf`);
    bytes = s.run(`${p.stem}.pdf`);
  } else {
    if (!existsSync(`${p.stem}.docx`)) libreofficePdf(html, `${p.stem}.docx`, { to: 'docx' });
    bytes = s.run(`${p.stem}.docx`);
  }
  writeFileSync(out, bytes);
  return bytes;
}

/** Table 三's values read from `bytes` against the plan's: counts per verdict, and the fields read wrong. */
export async function measure(p, bytes, style, { extract, flattenData }) {
  const rep = await extract(bytes, { name: style === 'markdown' ? 'report.md' : 'report.txt' });
  const got = flattenData(rep.data);
  const t = { right: 0, rightHigh: 0, rightMid: 0, wrongHigh: 0, wrongMid: 0, wrongLow: 0, missing: 0 };
  const bad = [];
  for (const [k, printed] of flattenData({ requests: p.data.requests })) {
    // A cell printed '—' (total-first-variants --dash) is read as null.
    const want = printed === '—' ? null : printed;
    const v = got.get(k);
    const c = rep.fields[k]?.confidence ?? 0;
    if (v === want) {
      t.right++;
      if (c >= 0.9) t.rightHigh++;
      else if (c >= 0.8) t.rightMid++;
    }
    else if (v === null || v === undefined) t.missing++;
    else {
      t[c >= 0.9 ? 'wrongHigh' : c >= 0.8 ? 'wrongMid' : 'wrongLow']++;
      bad.push(`${k}=${v}@${c} (want ${want})`);
    }
  }
  return { ...t, bad, warnings: rep.warnings.map((w) => w.code).filter((c) => c.startsWith('columns_')) };
}

/**
 * A plan's dump in a style, cached under `outDir`: the page (`pageOf(p)`, an HTML string) written once as
 * `<stem>.html`, then `styles[style](htmlFile)` (the dumper's bytes) written as `<stem>.<style>.txt` and reused.
 */
export function htmlDumper(outDir, pageOf, styles) {
  return (p, style) => {
    const out = `${p.stem}.${style}.txt`;
    if (existsSync(out)) return readFileSync(out);
    mkdirSync(outDir, { recursive: true });
    if (!existsSync(`${p.stem}.html`)) writeFileSync(`${p.stem}.html`, pageOf(p));
    const bytes = styles[style](`${p.stem}.html`);
    writeFileSync(out, bytes);
    return bytes;
  };
}

/**
 * Measures table 三 on seeds `--seeds A..B` for the `styles` of `planOf(seed)`'s variants dumped by `dumpOf`
 * (this script's, or another's built on it: scripts/total-first-variants.mjs); `describe(p)` names a variant
 * in the lines of documents with values wrong at ≥ 0.8. Exits 1 when any value is wrong at ≥ 0.9.
 */
export async function runVariants(planOf, dumpOf, allStyles, describe) {
  const lib = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
  const [from, to] = opt('seeds', '1..8').split('..').map(Number);
  const styles = opt('styles')?.split(',') ?? allStyles;
  const fresh = () => ({ docs: 0, right: 0, rightHigh: 0, rightMid: 0, wrongHigh: 0, wrongMid: 0, wrongLow: 0, missing: 0 });
  const tally = Object.fromEntries(styles.map((s) => [s, fresh()]));
  const sum = fresh();
  for (let seed = from; seed <= to; seed++) {
    const p = planOf(seed);
    for (const style of styles) {
      let m;
      try {
        m = await measure(p, dumpOf(p, style), style, lib);
      } catch (e) {
        console.log(`seed ${seed} ${style}: FAIL ${String(e.message).split('\n')[0]}`);
        continue;
      }
      for (const s of [tally[style], sum]) {
        s.docs++;
        for (const f of ['right', 'rightHigh', 'rightMid', 'wrongHigh', 'wrongMid', 'wrongLow', 'missing']) s[f] += m[f];
      }
      if (m.wrongHigh || m.wrongMid || argv.includes('--show')) {
        console.log(`seed ${seed} ${style} ${describe(p)}: right ${m.right} wrong≥.9 ${m.wrongHigh} wrong.8-.9 ${m.wrongMid} wrong<.8 ${m.wrongLow} missing ${m.missing} ${m.warnings.join(',')}`);
        if (argv.includes('--show')) console.log(`   ${m.bad.slice(0, 6).join(', ')}`);
      }
    }
  }
  const line = (k, t) => `${k.padEnd(14)} ${String(t.docs).padStart(3)} docs: right ${t.right} (≥0.9 ${t.rightHigh}, 0.8–0.9 ${t.rightMid}), wrong≥0.9 ${t.wrongHigh}, wrong 0.8–0.9 ${t.wrongMid}, wrong<0.8 ${t.wrongLow}, missing ${t.missing}`;
  for (const [k, t] of Object.entries(tally)) console.log(line(k, t));
  console.log(line(`seeds ${from}..${to}`, sum));
  process.exit(sum.wrongHigh ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runVariants(plan, dump, Object.keys(STYLES), (p) => `${p.kind} ${p.wrap} ${p.printer} v${p.version} [${p.order.map((k) => WORD[k]).join(' ')}]`);
}
