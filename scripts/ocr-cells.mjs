#!/usr/bin/env node
/**
 * @file Cell-level OCR check of ruled tables (fast: digits only, no Chinese page pass, no
 * extraction): each page of a scan made by `scripts/make-scans.mjs --variants` from a PDF with a
 * text layer is rendered, straightened and cut into grid cells as `ocr/page.ts` does, the numeric
 * cells are read by `ocr/digits.ts`, and each reading is compared with the number the source PDF's
 * text layer prints in the same place (the scan's page is larger than the source's by the skew's
 * canvas growth: the offset is half the difference). Prints per scan: cells right, right only among
 * the alternatives, wrong, unread (and `printed`: the numbers the source prints on those pages, in a
 * grid found or not); `--list` the misses. Needs `npm run build`; run under `nice`.
 * `--dpi D` renders at D instead of the OCR resolution (to compare resolutions).
 *   node scripts/ocr-cells.mjs SCAN.pdf SOURCE.pdf [--pages 3,4] [--dpi 450] [--list]
 */
import { readFileSync } from 'node:fs';

const [scan, source] = process.argv.slice(2).filter((a) => !a.startsWith('--') && !/^\d[\d,]*$/.test(a));
const list = process.argv.includes('--list');
const pagesArg = process.argv.indexOf('--pages');
const only = pagesArg > 0 ? process.argv[pagesArg + 1].split(',').map(Number) : null;
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const { stopOcr } = await import('../dist/ocr/index.js');
const { readNumbers } = await import('../dist/ocr/digits.js');
const { renderPage, OCR_DPI } = await import('../dist/ocr/render.js');
const { tablePage, cellRows } = await import('../dist/ocr/page.js');
const forced = process.argv.indexOf('--dpi');
const dpi = forced > 0 ? Number(process.argv[forced + 1]) : OCR_DPI;

const open = async (f) => pdfjs.getDocument({ data: new Uint8Array(readFileSync(f)), isEvalSupported: false, verbosity: 0 }).promise;
const [sd, td] = [await open(scan), await open(source)];
const tot = { printed: 0, cells: 0, right: 0, alt: 0, wrong: 0, unread: 0, ms: 0 };
const NUM = /^-?[\d,]+(?:\.\d+)?$/;
for (let p = 1; p <= sd.numPages; p++) {
  if (only && !only.includes(p)) continue;
  const [sp, tp] = [await sd.getPage(p), await td.getPage(p)];
  const [sv, tv] = [sp.getViewport({ scale: 1 }), tp.getViewport({ scale: 1 })];
  const [dx, dy] = [(sv.width - tv.width) / 2, (sv.height - tv.height) / 2];
  const truth = (await tp.getTextContent()).items
    .filter((i) => i.str && NUM.test(i.str.trim()))
    .map((i) => ({ str: i.str.trim().replace(/,/g, ''), x: i.transform[4] + i.width / 2 + dx, y: tv.height - i.transform[5] - i.height / 3 + dy }));
  if (truth.length === 0) continue;
  tot.printed += truth.length;
  const t = performance.now();
  const rendered = await renderPage(sp, dpi);
  const { level, grids, clean } = tablePage(rendered, dpi);
  for (const grid of grids) {
    const rows = cellRows(grid, dpi);
    const got = await readNumbers(clean, rows.map((r) => r.map((x) => x.box)), level);
    rows.forEach((row, i) =>
      row.forEach(({ c }, j) => {
        const want = truth.filter((w) => w.x >= c.x1 && w.x <= c.x2 && w.y >= c.y1 && w.y <= c.y2);
        if (want.length !== 1) return;
        const w = want[0].str;
        const r = got[i][j];
        tot.cells++;
        const where = `p${p} r${c.row} c${c.col}`;
        if (typeof r !== 'object') {
          tot.unread++;
          if (list) console.log(`  unread ${where}: ${w} (${r})`);
        } else if (r.text.replace(/,/g, '') === w) tot.right++;
        else if (r.alternatives.some((a) => a.replace(/,/g, '') === w)) {
          tot.alt++;
          if (list) console.log(`  alt    ${where}: ${r.text} for ${w} [${r.alternatives.join(' ')}] ${r.confidence.toFixed(2)}`);
        } else {
          tot.wrong++;
          if (list) console.log(`  wrong  ${where}: ${r.text} for ${w} [${r.alternatives.join(' ')}] ${r.confidence.toFixed(2)}`);
        }
      }),
    );
  }
  tot.ms += performance.now() - t;
}
await stopOcr();
console.log(JSON.stringify({ scan: scan.split('/').pop(), ...tot, ms: Math.round(tot.ms) }));
