#!/usr/bin/env node
/**
 * @file Table 二's 第二十条 small tables (（五）行政许可, （六）行政处罚 / 行政强制, （八）行政事业性收费)
 * with a value cell printed BLANK (nothing, not 0): when the dump loses the blank cell's place, the
 * block holds one number fewer than rows and a number can slide onto the neighbouring label
 * (the tester's 行政强制 = 258 / 1090 at 0.88: the number was 行政处罚's). 2021 and 2019 templates;
 * each of 行政许可 / 行政处罚 / 行政强制 / 行政事业性收费 blank at random (≥ 1 per document; in 2019 one
 * of the row's cells); 4-digit values, with a thousands separator on half the documents ('1,090'); value
 * cells narrow on half (so '1,090' wraps at the cell's edge into '1,' / '090').
 * Truth: the values chosen, a blank cell 0 (a blank read missing counts as missing, not wrong).
 *
 * Outputs (`--dumps`): `lopdf` (LibreOffice Writer/Web's print of the page, read as PDF), `docxpdf`
 * (LibreOffice's .docx of the page printed, read as PDF), `crpdf` (Chromium's print), and of the
 * docx print: `xml` (pdftohtml -xml), `s` (pdftohtml -s -i -noframes), `layout` (pdftotext -layout),
 * `plain` (pdftotext), `crlayout` / `crplain` (of Chromium's print).
 *
 * Scored per output against every build (`--dist dist,/tmp/snap46/dist`) on table 二's fields: right %,
 * wrong < 0.8, wrong 0.8–0.9, WRONG ≥ 0.9.
 *
 *   npm run build && nice node scripts/slide-blank-variants.mjs [--seeds 1..12] [--dist dist,/tmp/snap46/dist]
 *     [--dumps lopdf,docxpdf,crpdf,xml,s,layout,plain,crlayout,crplain] [--keep DIR] [--show]
 * Dev seeds 1..12, held-out 101..112. `--keep DIR` reuses the prints. Exit 1 on a WRONG ≥ 0.9. The run and its table: dump-scores.mjs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringArg } from './cli-args.mjs';
import { scoreOutputs } from './dump-scores.mjs';
import { activeTable, H, NARRATIVE, requestTable, reviewTable } from './make-samples.mjs';
import { chromiumPdf, libreofficeDocxPdf, libreofficePdf } from './print-pdf.mjs';
import { renderHtml } from './render-html.mjs';
import { makeValues, rng } from './template-data.mjs';

const DUMPS = stringArg('dumps', 'lopdf,docxpdf,crpdf,xml,s,layout,plain,crlayout,crplain').split(',');
const KEEP = stringArg('keep', null);
const SLIDE_KEYS = ['licensing', 'punishment', 'coercion', 'fees'];

/** A variant: truth (blank cells 0) and the page. */
export function slideVariant(seed) {
  const r = rng(seed * 4099 + 46);
  const version = r() < 0.6 ? '2021' : '2019';
  const data = makeValues(seed, { version });
  const ad = data.activeDisclosure;
  const thousands = r() < 0.5;
  const narrow = r() < 0.5;
  // 4-digit values in the rows that may slide.
  for (const k of SLIDE_KEYS) {
    const row = ad[k];
    if (!row) continue;
    for (const c of Object.keys(row)) if (c === 'decisions' || c === 'amount' || c === 'prevItems') row[c] = c === 'amount' ? 1000 + Math.floor(r() * 9000) + Math.round(r() * 100) / 100 : 1000 + Math.floor(r() * 9000);
  }
  let blanks = SLIDE_KEYS.filter((k) => ad[k] && r() < 0.35);
  if (!blanks.length) blanks = [SLIDE_KEYS[1 + Math.floor(r() * 2)]];
  const blankCells = new Set();
  for (const k of blanks) {
    const cols = Object.keys(ad[k]);
    const c = version === '2021' ? cols[0] : cols[Math.floor(r() * cols.length)];
    ad[k][c] = 0;
    blankCells.add(`${k}.${c}`);
  }
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, false), reviewLitigation: reviewTable(data) };
  const spec = t.activeDisclosure;
  for (const row of spec) {
    if (row.kind !== 'data') continue;
    const cols = Object.keys(ad[row.key]);
    row.cells = row.cells.map((c, j) => {
      if (j === 0) return c;
      if (blankCells.has(`${row.key}.${cols[j - 1]}`)) return '';
      const n = Number(c);
      return thousands && /^\d+(\.\d+)?$/.test(c) && Math.abs(n) >= 1000 ? n.toLocaleString('en-US', { maximumFractionDigits: 2 }) : c;
    });
  }
  const width = narrow ? [1.6, 2.2][Math.floor(r() * 2)] : 0;
  const title = `测试市第${seed}局2024年政府信息公开工作年度报告`;
  let html = renderHtml({ title, agency: `测试市第${seed}局`, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: r() < 0.5 ? 'cms' : 'word', print: { noChrome: true } });
  // Narrow value cells: each value cell (class "n", blank ones too) given its width, so '1,090' wraps at the cell's edge.
  if (width) html = html.replace(/class="n" style="border:1px solid #000;padding:2px"/g, `class="n" style="border:1px solid #000;padding:2px;width:${width}em"`).replace('</head>', `<style>td.n{width:${width}em}</style></head>`);
  return { data, html, blanks: [...blankCells], what: `${version} blank ${[...blankCells].join(',')}${thousands ? ' grouped' : ''}${width ? ` cells ${width}em` : ''}` };
}


function pdfOf(v, seed, kind, dir) {
  const name = join(KEEP ?? dir, `sb-${seed}-${kind}.pdf`);
  if (existsSync(name)) return name;
  if (kind === 'cr') chromiumPdf(v.html, name);
  else if (kind === 'lo') libreofficePdf(v.html, name);
  else libreofficeDocxPdf(v.html, name, 240_000);
  return name;
}

/** [bytes, file name] of an output. */
function dumpOf(v, seed, dump, dir) {
  if (dump === 'lopdf') return [readFileSync(pdfOf(v, seed, 'lo', dir)), 'pdf'];
  if (dump === 'docxpdf') return [readFileSync(pdfOf(v, seed, 'docx', dir)), 'pdf'];
  if (dump === 'crpdf') return [readFileSync(pdfOf(v, seed, 'cr', dir)), 'pdf'];
  const pdf = pdfOf(v, seed, dump.startsWith('cr') ? 'cr' : 'docx', dir);
  if (dump === 'xml') return [execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf]), 'xml'];
  if (dump === 's') {
    const d = mkdtempSync(join(tmpdir(), 'xxgk-sb-s-'));
    try {
      execFileSync('pdftohtml', ['-s', '-i', '-noframes', '-q', pdf, join(d, 'out')]);
      return [readFileSync(join(d, 'out.html')), 'html'];
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  }
  return [execFileSync('pdftotext', [...(dump.endsWith('layout') ? ['-layout'] : []), pdf, '-']), 'txt'];
}

if (KEEP) mkdirSync(KEEP, { recursive: true });
await scoreOutputs({
  kinds: DUMPS,
  seeds: '1..12',
  variantOf: slideVariant,
  outputOf: (v, seed, dump, dir) => {
    const [bytes, ext] = dumpOf(v, seed, dump, dir);
    if (KEEP && ext !== 'pdf') writeFileSync(join(KEEP, `sb-${seed}-${dump}.${ext}`), bytes);
    return [bytes, ext];
  },
  nameOf: (seed, dump, ext) => `sb-${seed}-${dump}.${ext}`,
  truthOf: (v) => ({ activeDisclosure: v.data.activeDisclosure }),
  scratch: 'xxgk-sb-',
});
