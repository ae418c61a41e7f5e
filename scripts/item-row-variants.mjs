#!/usr/bin/env node
/**
 * @file Table 三 with a NARROW label column (1–4 characters per line), its sub-rows numbered '(1)',
 * '1.', '（一）', '①' or not at all and its blocks '（三）不予公开' or '3.不予公开', the values set at the
 * top, middle or bottom of their cells (Chromium; LibreOffice prints pandoc's .docx at the top), printed by LibreOffice or Chromium and dumped with
 * `pdftotext -layout`, plain `pdftotext`, `pdftotext -raw` or pdfminer's `pdf2txt` (or the PDF itself).
 * Top-aligned cells put each row's values on its label's FIRST line, the label wrapped below them:
 * read as printed, the text above a values line is the previous row's tail, a one-row shift inside a
 * block that every sum still confirms (map/item-rows, map/named-row). Scored on table 三's fields
 * against the values chosen: right, right at ≥ 0.9, missing, wrong, WRONG at ≥ 0.9 (must be 0).
 *
 *   npm run build && nice node scripts/item-row-variants.mjs [--seeds 1..12] [--dumps layout,plain,raw,miner,pdf] [--show]
 * Files go to `.tmp/item-row-variants/` (gitignored; prints cached). Exit 1 on a field wrong at ≥ 0.9.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { base, H, NARRATIVE, activeTable, requestTable, reviewTable } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { makeValues, rng, requestValues } from './template-data.mjs';
import { chromiumPdf } from './print-pdf.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const OUT = join(ROOT, '.tmp', 'item-row-variants');

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const [from, to] = opt('seeds', '1..12').split('..').map(Number);
const dumps = opt('dumps', 'layout,plain,raw,miner,pdf').split(',');
const show = argv.includes('--show');

const CIRCLED = '①②③④⑤⑥⑦⑧⑨';
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const MARKERS = { paren: (n) => `(${n})`, dot: (n) => `${n}.`, cn: (n) => `（${CN[n - 1]}）`, circled: (n) => CIRCLED[n - 1], none: () => '' };

/** The variant drawn from `seed`: marker form, block numbering, characters per label line, vertical alignment, printer. */
function variant(seed) {
  const r = rng(seed * 4099 + 7);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  return {
    seed,
    marker: opt('marker', null) ?? pick(Object.keys(MARKERS)),
    blocks: opt('blocks', null) ?? pick(['cn', 'digit']),
    chars: Number(opt('chars', 0)) || 1 + Math.floor(r() * 4),
    valign: opt('valign', null) ?? pick(['top', 'middle', 'bottom']),
    printer: opt('printer', null) ?? pick(['lo-pandoc', 'chromium']),
  };
}

/** A sub-row label with its number in the variant's form ('1.属于国家秘密' → '(1)属于国家秘密'). */
function relabel(label, v) {
  const m = /^(\d+)\.(.*)$/.exec(label);
  return m ? `${MARKERS[v.marker](Number(m[1]))}${m[2]}` : label;
}
const BLOCK_DIGIT = { '（三）不予公开': '3.不予公开', '（四）无法提供': '4.无法提供', '（五）不予处理': '5.不予处理', '（六）其他处理': '6.其他处理' };

function page(v) {
  const b = base(2000 + v.seed);
  const data = makeValues(2000 + v.seed, { combined: true });
  const requests = requestTable(data, true).map((row) => {
    if (row.kind !== 'data') return row;
    const [label, ...vals] = row.cells;
    const group = v.blocks === 'digit' && BLOCK_DIGIT[row.group] ? BLOCK_DIGIT[row.group] : row.group;
    return { ...row, group, cells: [row.group && row.group !== '三、本年度办理结果' || /^\d+\./.test(label) ? relabel(label, v) : label, ...vals] };
  });
  const t = { activeDisclosure: activeTable(data, '2021'), requests, reviewLitigation: reviewTable(data) };
  const title = `${b.agency}${b.year}年政府信息公开工作年度报告`;
  let html = renderHtml({ title, agency: b.agency, published: b.published, tables: t, narrative: NARRATIVE, headings: H, print: { noChrome: true } });
  // The sub-row label cells (numbered, not a block or a section): `chars` characters wide.
  const subLabels = new Set(requests.filter((r) => r.kind === 'data').map((r) => r.cells[0]).filter((l) => !/^[一二三四]、|^（[一二六七]）|^[67]\./.test(l)));
  const width = `${v.chars + 0.4}em`;
  html = html.replace(/<td ([^>]*?)style="border:1px solid #000;padding:2px"><p style="text-align:center">([^<]*)<\/p><\/td>/g, (m, attrs, text) =>
    (subLabels.has(text) || Object.values(BLOCK_DIGIT).includes(text) || Object.keys(BLOCK_DIGIT).includes(text)
      ? `<td ${attrs}width="${Math.round((v.chars + 0.4) * 16)}" style="border:1px solid #000;padding:2px;width:${width};max-width:${width};word-break:break-all"><p style="text-align:left;margin:0">${text}</p></td>`
      : m));
  html = html.replace('</head>', `<style>td{vertical-align:${v.valign}} td p{margin:0}</style></head>`);
  html = html.replace(/<td /g, `<td valign="${v.valign}" `);
  return { html, data };
}

/** pandoc HTML → .docx → LibreOffice PDF: a Word-like table whose cells print their text at the top, the label column as narrow as pandoc makes it. */
function pandocLo(html, pdf) {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-itemrow-'));
  try {
    writeFileSync(join(dir, 'r.html'), html);
    execFileSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', join(dir, 'r.docx'), join(dir, 'r.html')], { stdio: 'ignore' });
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'r.docx')], { stdio: 'ignore', timeout: 120_000 });
    copyFileSync(join(dir, 'r.pdf'), pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function dumpOf(pdf, kind) {
  if (kind === 'pdf') return pdf;
  const out = pdf.replace(/\.pdf$/, `-${kind}.txt`);
  if (!existsSync(out)) {
    if (kind === 'miner') writeFileSync(out, execFileSync('pdf2txt', [pdf]));
    else execFileSync('pdftotext', [...(kind === 'layout' ? ['-layout'] : kind === 'raw' ? ['-raw'] : []), pdf, out], { stdio: 'ignore' });
  }
  return out;
}

const tallies = new Map();
const tally = (k) => tallies.get(k) ?? (tallies.set(k, { docs: 0, fields: 0, right: 0, rightHigh: 0, missing: 0, wrong: 0, wrongHigh: 0, wrong89: 0 }), tallies.get(k));
let silent = 0;
mkdirSync(OUT, { recursive: true });
for (let seed = from; seed <= to; seed++) {
  const v = variant(seed);
  const { html, data } = page(v);
  const pdf = join(OUT, `s${seed}-${v.printer}-${v.marker}-${v.blocks}-c${v.chars}-${v.valign}.pdf`);
  if (!existsSync(pdf)) (v.printer === 'lo-pandoc' ? pandocLo : chromiumPdf)(html, pdf);
  if (v.printer === 'lo-pandoc') v.valign = 'top';
  for (const kind of dumps) {
    const file = dumpOf(pdf, kind);
    const rep = await extract(readFileSync(file), { name: file });
    const got = flattenData(rep.data);
    const t = tally(`${kind} ${v.printer} ${v.valign}`);
    const all = tally('ALL');
    const lines = [];
    for (const [, , key] of requestTable(data, true).filter((r) => r.kind === 'data').map((r) => [null, null, r.key])) {
      const vals = requestValues(data, key);
      ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'].forEach((c, i) => {
        const k = `requests.${key}.${c}`;
        const g = got.get(k);
        const conf = rep.fields[k]?.confidence ?? 0;
        for (const x of [t, all]) {
          x.fields++;
          if (g === undefined || g === null) x.missing++;
          else if (g === vals[i]) { x.right++; if (conf >= 0.9) x.rightHigh++; }
          else { x.wrong++; if (conf >= 0.9) x.wrongHigh++; else if (conf >= 0.8) x.wrong89++; }
        }
        if (g !== undefined && g !== null && g !== vals[i] && conf >= 0.9) lines.push(`  WRONG≥.9 ${k} got ${g} want ${vals[i]} conf ${conf} [${rep.fields[k]?.flags ?? ''}]`);
      });
    }
    t.docs++; all.docs++;
    silent += lines.length;
    if (show || lines.length) console.log(`${file.slice(OUT.length + 1)}\n${lines.join('\n')}`);
  }
}
console.log('dump printer valign'.padEnd(30), 'docs fields right% right≥.9 missing wrong WRONG≥.9 W.8-.9');
for (const [k, x] of [...tallies].sort()) console.log(k.padEnd(30), String(x.docs).padStart(4), String(x.fields).padStart(6), `${((100 * x.right) / x.fields).toFixed(1)}%`.padStart(6), String(x.rightHigh).padStart(8), String(x.missing).padStart(7), String(x.wrong).padStart(5), String(x.wrongHigh).padStart(8), String(x.wrong89).padStart(6));
process.exit(silent > 0 ? 1 : 0);
