#!/usr/bin/env node
/**
 * @file The OCR figures (run by `npm run bench` in a child process of its own, so its peak RSS is
 * OCR's alone; or directly): per scanned page, seconds to render (pdf.js at 300 dpi, deskew,
 * rulings) and to recognise (digit strips and cells + the Chinese page pass, whose share is given
 * apart), after the recognisers' start-up (measured apart; the recognisers are then reused). Prints one JSON object on stdout.
 *   node scripts/bench-ocr.mjs [--pages 4]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = numberArg('pages', 4);
const { ocrAvailable, stopOcr } = await import('../dist/ocr/index.js');
if (!(await ocrAvailable())) {
  console.log(JSON.stringify({ available: false }));
  process.exit(0);
}
const { recognizeDigits, recognizeText } = await import('../dist/ocr/engine.js');
const { ocrPage } = await import('../dist/ocr/page.js');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

const blank = { width: 16, height: 16, data: new Uint8Array(256).fill(255) };
let t = performance.now();
await recognizeDigits(blank);
await recognizeText(blank);
const startupMs = performance.now() - t;

// A 100 dpi grey scan of a 2019 report: prose, tables 二 and 三 (ruled), table 四.
const file = join(ROOT, 'scans', 'scan-2019-libreoffice-100dpi.pdf');
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let p = 1; p <= Math.min(PAGES, doc.numPages); p++) {
  const page = await doc.getPage(p);
  t = performance.now();
  const r = await ocrPage(page);
  pages.push({ page: p, ms: performance.now() - t, renderMs: r.timing.renderMs, recogniseMs: r.timing.recogniseMs, textMs: r.timing.textMs, items: r.items.length, grids: r.grids.length });
}
await doc.destroy();
await stopOcr();
const total = pages.reduce((s, p) => s + p.ms, 0);
const render = pages.reduce((s, p) => s + p.renderMs, 0);
console.log(JSON.stringify({
  available: true,
  file: 'scans/scan-2019-libreoffice-100dpi.pdf',
  startupMs,
  pages,
  secondsPerPage: total / pages.length / 1000,
  renderShare: render / total,
  recogniseShare: 1 - render / total,
  // Of the recognition: the Chinese page pass (prose, headings, labels); the rest is digits.
  textPassShare: pages.reduce((s, p) => s + p.textMs, 0) / total,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
}));
