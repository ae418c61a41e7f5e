#!/usr/bin/env node
/**
 * @file Reports whose table cells are too narrow for their numbers, printed by LibreOffice and dumped
 * by `pdftotext -layout` / `-raw` / `-fixed 3` (issue 15): large values (thousands, often grouped
 * '12,345'), often in full-width digits ('１２,３４５', twice as wide), some with a trailing '件',
 * in value columns a few characters wide, so numbers wrap inside their cells — LibreOffice centres a
 * cell's lines on the row, so a wrapped number prints its head above the row's line and its tail
 * below. Truth is the values chosen (never the extractor's).
 *
 * Dumps (`--dumps`): `layout` (-layout of LibreOffice Writer/Web's PDF of the page), `raw` (-raw of
 * it), `fixed` (-fixed 3), `docx` (-layout of LibreOffice's PDF of its own .docx of the page), `rot`
 * (-layout of the PDF with every even page turned by /Rotate 270, qpdf); the PDFs themselves: `pdf` (Writer/Web's
 * print), `docxpdf` (its .docx printed), `rtfpdf` (pandoc -s html→rtf printed by LibreOffice: cells top-aligned,
 * so a wrapped number's head is on the row's line and its tail on the next, breakit56 lo-prtf);
 * Chromium's print with `td{word-break:break-all}` (cells centred, numbers broken one or a few digits a
 * line, rows moved whole to the next page under an open top edge: fb36 narrow): `crpdf` (A4, body
 * 120 mm), `cr5pdf` (A5, 12pt), `crlay` (-layout of the `crpdf` print).
 *
 * Scored per dump against every build listed (`--dist dist,/tmp/snap36/dist`): fields right / right
 * ≥ 0.9 / wrong < 0.8 / wrong 0.8–0.9 / WRONG ≥ 0.9.
 *
 *   npm run build && nice node scripts/narrow-cell-variants.mjs [--seeds 1..8] [--dist dist,/tmp/snap36/dist]
 *     [--dumps layout,raw,fixed,docx,rot] [--keep DIR] [--show]
 * `--keep DIR` keeps the PDFs and dumps (nc-<seed>.pdf, nc-<seed>-<dump>.txt) and reuses them. Exit 1 on a WRONG ≥ 0.9.
 * The run and its table: dump-scores.mjs.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringArg } from './cli-args.mjs';
import { scoreOutputs } from './dump-scores.mjs';
import { activeTable, H, NARRATIVE, requestTable, reviewTable } from './make-samples.mjs';
import { chromiumPdf, libreofficeDocxPdf, libreofficePdf, sofficeConvert } from './print-pdf.mjs';
import { renderHtml } from './render-html.mjs';
import { makeValues, rng } from './template-data.mjs';

const DUMPS = stringArg('dumps', 'layout,raw,fixed,docx,rot').split(',');
const KEEP = stringArg('keep', null);

/** Full-width digits and comma for a number's text. */
const wide = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/,/g, '，');

/** A variant: truth and the page (narrow value cells, large numbers, full-width digits on some). */
export function narrowCellVariant(seed) {
  const r = rng(seed * 7919 + 13);
  const version = r() < 0.5 ? '2021' : '2019';
  const combined = version === '2019' || r() < 0.25;
  const data = makeValues(seed, { version, combined, scale: [300, 3000, 30000][Math.floor(r() * 3)] });
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const fw = r() < 0.6;
  const thousands = r() < 0.5;
  const jian = r() < 0.3 ? 0.3 : 0;
  for (const row of t.requests) {
    if (row.kind !== 'data') continue;
    row.cells = row.cells.map((c, j) => {
      if (j === 0 || !/^\d+$/.test(c)) return c;
      let s = thousands ? Number(c).toLocaleString('en-US') : c;
      if (fw) s = wide(s);
      return r() < jian ? `${s}件` : s;
    });
  }
  const width = [1.6, 2.2, 3][Math.floor(r() * 3)];
  const title = `测试市第${seed}局2024年政府信息公开工作年度报告`;
  let html = renderHtml({ title, agency: `测试市第${seed}局`, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: r() < 0.5 ? 'cms' : 'word', print: { noChrome: true } });
  html = html.replace('</head>', `<style>td{width:${width}em}td:first-child{width:auto}</style></head>`);
  // Full-width or '件' cells are no longer class="n" in render-html; width them alike.
  html = html.replace(/<td ([^>]*)style="border:1px solid #000;padding:2px">(<p[^>]*>(?:<span[^>]*>)?[０-９0-9，,]+件?)/g, `<td $1style="border:1px solid #000;padding:2px;width:${width}em">$2`);
  return { data, html, what: `${version}${combined ? ' combined' : ''} ${fw ? 'full-width ' : ''}${thousands ? 'grouped ' : ''}${jian ? '件 ' : ''}cells ${width}em` };
}

const soffice = (dir, filter, file) => sofficeConvert(dir, filter, file, 240_000);

/** Chromium page styles of the break-all prints (fb36 narrow cr / cr5). */
const CHROMIUM_CSS = {
  cr: '@page{size:A4;margin:15mm} body{max-width:120mm} td{word-break:break-all}',
  cr5: '@page{size:A5;margin:6mm} td{word-break:break-all;font-size:12pt}',
};

/** The PDF a dump is made from (LibreOffice's print of the page, of its .docx, or of pandoc's .rtf of it; Chromium's break-all print), kept under `--keep`. */
function pdfOf(v, seed, docx, dir, rtf = false, chromium = null) {
  const name = join(KEEP ?? dir, `nc-${seed}${docx ? '-docx' : rtf ? '-rtf' : chromium ? `-${chromium}` : ''}.pdf`);
  if (KEEP && existsSync(name)) return name;
  if (chromium) chromiumPdf(v.html.replace('</head>', `<style>${CHROMIUM_CSS[chromium]}</style></head>`), name);
  else if (rtf) {
    // pandoc -s html → rtf, printed by LibreOffice: table cells top-aligned, value columns a few characters wide (breakit56 lo-prtf).
    const d = mkdtempSync(join(tmpdir(), 'xxgk-nc-rtf-'));
    try {
      writeFileSync(join(d, 'page.html'), v.html);
      execFileSync('pandoc', ['-s', '-f', 'html', '-t', 'rtf', '-o', join(d, 'report.rtf'), join(d, 'page.html')], { stdio: 'ignore' });
      soffice(d, 'pdf', join(d, 'report.rtf'));
      copyFileSync(join(d, 'report.pdf'), name);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  } else if (!docx) libreofficePdf(v.html, name);
  else libreofficeDocxPdf(v.html, name, 240_000);
  return name;
}

/** The dump's text; the PDF itself for `pdf` (Writer/Web's print), `docxpdf` and `rtfpdf`. */
function dumpOf(v, seed, dump, dir) {
  if (dump === 'pdf' || dump === 'docxpdf' || dump === 'rtfpdf') return readFileSync(pdfOf(v, seed, dump === 'docxpdf', dir, dump === 'rtfpdf'));
  if (dump === 'crpdf' || dump === 'cr5pdf') return readFileSync(pdfOf(v, seed, false, dir, false, dump === 'crpdf' ? 'cr' : 'cr5'));
  const keep = KEEP ? join(KEEP, `nc-${seed}-${dump}.txt`) : null;
  if (keep && existsSync(keep)) return readFileSync(keep);
  const pdf = dump === 'crlay' ? pdfOf(v, seed, false, dir, false, 'cr') : pdfOf(v, seed, dump === 'docx', dir);
  let text;
  if (dump === 'rot') {
    const turned = join(dir, 'rot.pdf');
    execFileSync('qpdf', [pdf, '--rotate=270:2-z:even', turned]);
    text = execFileSync('pdftotext', ['-layout', turned, '-']);
  } else text = execFileSync('pdftotext', [...({ layout: ['-layout'], raw: ['-raw'], fixed: ['-fixed', '3'], docx: ['-layout'], crlay: ['-layout'] }[dump]), pdf, '-']);
  if (keep) writeFileSync(keep, text);
  return text;
}

if (KEEP) mkdirSync(KEEP, { recursive: true });
await scoreOutputs({
  kinds: DUMPS,
  seeds: '1..8',
  variantOf: narrowCellVariant,
  outputOf: (v, seed, dump, dir) => [dumpOf(v, seed, dump, dir), dump.endsWith('pdf') ? 'pdf' : 'txt'],
  nameOf: (seed, dump, ext) => `nc-${seed}-${dump}.${ext}`,
  scratch: 'xxgk-nc-',
});
