#!/usr/bin/env node
/**
 * @file Turned and re-printed variants of the sample and corpus PDFs, each read and compared with
 * the upright original's golden: what real printers and viewers do to a report.
 *  - `qpdf-R`: the page's /Rotate set to R (a page turned in a viewer and saved);
 *  - `gs-R`: Ghostscript re-prints the /Rotate-R file, drawing the content turned on a
 *    landscape/portrait media box (content rotation, no /Rotate);
 *  - `gs-0`: a plain Ghostscript re-print (its own fonts, its own text objects).
 * Ghostscript 10.0 writes broken ToUnicode maps for Chromium's CJK subsets ('报' → 'ç', '其' → 'w';
 * pdftotext reads the same garbage), so a `gs-R` variant is judged against what `gs-0` reads (the
 * turn must change nothing), and `gs-0` against the golden only as information (`note`).
 * Variants go to `.tmp/pdf-variants/` (gitignored: corpus-derived files are never committed).
 *   npm run build && node scripts/pdf-variants.mjs [--only gs-90,qpdf-180] [FILE.pdf ...]
 * Needs `qpdf` and `gs` on the PATH. Exit 1 when a variant differs from its golden.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareReport, extract } from '../dist/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'pdf-variants');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1].split(',') : null;

/** Input PDFs with their goldens. */
function inputs() {
  if (args.length) return args.map((f) => ({ file: f, golden: f.replace(/report\.pdf$/, 'golden.json').replace(/samples\/(.*)\.pdf$/, 'golden/$1.golden.json') }));
  const samples = readdirSync(join(ROOT, 'samples'))
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => ({ file: join(ROOT, 'samples', f), golden: join(ROOT, 'golden', f.replace(/\.pdf$/, '.golden.json')) }));
  const corpus = existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .map((d) => ({ file: join(CORPUS, d, 'report.pdf'), golden: join(CORPUS, d, 'golden.json') }))
        .filter((x) => existsSync(x.file))
    : [];
  return [...samples, ...corpus];
}

const run = (cmd, argv) => execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });

/** Writes the variants of one PDF; returns [name, path] pairs. */
function variants(file, dir) {
  mkdirSync(dir, { recursive: true });
  const out = [];
  for (const r of [90, 180, 270]) {
    const q = join(dir, `qpdf-${r}.pdf`);
    run('qpdf', [`--rotate=+${r}`, file, q]);
    out.push([`qpdf-${r}`, q]);
    const g = join(dir, `gs-${r}.pdf`);
    run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dAutoRotatePages=/None', `-sOutputFile=${g}`, q]);
    out.push([`gs-${r}`, g]);
  }
  const g0 = join(dir, 'gs-0.pdf');
  run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dAutoRotatePages=/None', `-sOutputFile=${g0}`, file]);
  out.push(['gs-0', g0]);
  return only ? out.filter(([name]) => only.includes(name)) : out;
}

let bad = 0;
for (const { file, golden } of inputs()) {
  const stem = file.includes('/corpus/') ? basename(dirname(file)) : basename(file, '.pdf');
  const g = JSON.parse(readFileSync(golden, 'utf8'));
  const list = variants(file, join(OUT, stem));
  const reprint = list.find(([name]) => name === 'gs-0');
  const reprinted = reprint ? await extract(reprint[1]).catch(() => null) : null;
  for (const [name, path] of list) {
    const report = await extract(path).catch((e) => e);
    if (report instanceof Error) {
      bad++;
      console.log(`FAIL ${stem} ${name}: ${report.code ?? ''} ${report.message}`);
      continue;
    }
    const cmp = compareReport(path, report, g);
    const wrong = cmp.fields.filter((f) => !f.ok);
    const rotated = report.warnings.some((w) => w.code === 'pdf_page_rotated');
    const asReprint = name.startsWith('gs-') && name !== 'gs-0' && reprinted && JSON.stringify(report.data) === JSON.stringify(reprinted.data) && JSON.stringify(report.meta) === JSON.stringify(reprinted.meta);
    const ok = (wrong.length === 0 && cmp.meta.length === 0) || asReprint;
    if (!ok && name !== 'gs-0') bad++;
    console.log(`${ok ? 'ok  ' : name === 'gs-0' ? 'note' : 'FAIL'}${asReprint && wrong.length ? ' (reads as gs-0)' : ''} ${stem} ${name}: ${cmp.correct}/${cmp.total} fields, ${cmp.silent} silent, meta diffs ${cmp.meta.length}${rotated ? ', pdf_page_rotated' : ''}${wrong.length ? `; e.g. ${wrong.slice(0, 3).map((f) => `${f.key}=${f.actual} (want ${f.expected})`).join(', ')}` : ''}${cmp.meta.length ? `; meta ${JSON.stringify(cmp.meta.slice(0, 2))}` : ''}`);
  }
}
process.exit(bad ? 1 : 0);
