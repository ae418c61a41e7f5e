#!/usr/bin/env node
/**
 * @file `npm run bench`: per-page extraction time vs the bare pdf.js floor (getTextContent on the
 * same pages, same process, warm), vs `pdftotext -layout` when installed, and text/HTML throughput
 * over the samples. Ratios are measured in one run; results go to bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const PDFJS = dirname(require.resolve('pdfjs-dist/package.json'));
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const RUNS = 10;

/** The pdf.js floor: what any pdf.js-based reader of text and rulings must pay for these pages. */
async function floor(bytes) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), cMapUrl: `${PDFJS}/cmaps/`, cMapPacked: true, standardFontDataUrl: `${PDFJS}/standard_fonts/`, verbosity: 0 }).promise;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    await page.getTextContent();
    await page.getOperatorList();
  }
  const n = doc.numPages;
  await doc.destroy();
  return n;
}

async function time(fn) {
  await fn();
  const t0 = performance.now();
  for (let i = 0; i < RUNS; i++) await fn();
  return (performance.now() - t0) / RUNS;
}

const corpus = join(ROOT, '..', 'shared', 'corpus');
const pdfs = [
  ...(existsSync(corpus) ? readdirSync(corpus).map((d) => join(corpus, d, 'report.pdf')).filter(existsSync) : []),
  ...readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.pdf')).map((f) => join(ROOT, 'samples', f)),
];
const results = { pdf: [], text: null };
for (const file of pdfs) {
  const bytes = readFileSync(file);
  let pages = 0;
  const floorMs = await time(async () => (pages = await floor(bytes)));
  const extractMs = await time(() => extract(new Uint8Array(bytes)));
  let pdftotextMs = null;
  try {
    const t0 = performance.now();
    for (let i = 0; i < RUNS; i++) execFileSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    pdftotextMs = (performance.now() - t0) / RUNS;
  } catch {
    pdftotextMs = null; // not installed
  }
  results.pdf.push({ file: file.replace(ROOT, '.'), pages, floorMsPerPage: floorMs / pages, extractMsPerPage: extractMs / pages, ratio: extractMs / floorMs, extractMsPerDoc: extractMs, pdftotextMsPerDoc: pdftotextMs });
}
const texts = readdirSync(join(ROOT, 'samples')).filter((f) => /\.(txt|html)$/.test(f)).map((f) => readFileSync(join(ROOT, 'samples', f)));
const textMs = await time(async () => {
  for (const b of texts) await extract(new Uint8Array(b)).catch(() => null);
});
results.text = { documents: texts.length, msPerDocument: textMs / texts.length, peakRssMiB: process.memoryUsage().rss / 2 ** 20 };
console.table(results.pdf.map((r) => ({ file: r.file.split('/').slice(-2).join('/'), pages: r.pages, 'floor ms/page': r.floorMsPerPage.toFixed(1), 'extract ms/page': r.extractMsPerPage.toFixed(1), ratio: r.ratio.toFixed(2), 'extract ms/doc': r.extractMsPerDoc.toFixed(1), 'pdftotext ms/doc': r.pdftotextMsPerDoc?.toFixed(1) ?? '—' })));
console.log(`text/HTML samples: ${results.text.msPerDocument.toFixed(1)} ms per document; RSS ${results.text.peakRssMiB.toFixed(0)} MiB`);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
