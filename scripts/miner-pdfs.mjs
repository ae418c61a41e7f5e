#!/usr/bin/env node
/**
 * @file Unseen PDFs for the text-dump measures (issue 15, pdfminer dumps): reports with chosen values
 * printed by reportlab (scripts/reportlab-print.py, geometry drawn per seed × variant: font, sizes,
 * column widths, alignment, ruled or not, zero cells blank) and by Chromium (the PDF samples' pages,
 * values from seed + offset), each `<name>.pdf` written with `<name>.golden.json` beside it, so that
 * `scripts/make-dumps.mjs --pdfs DIR` dumps them and `scripts/check-dumps.mjs` scores the dumps.
 *
 *   nice node scripts/miner-pdfs.mjs --out DIR [--seeds 1-4] [--variants 3] [--chromium-offsets 0,1] [--no-chromium]
 *
 * Seeds split development from measurement: develop on some, measure on others never looked at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, base, clone, golden, H, NARRATIVE, requestTable, reviewTable } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { pdfSamples } from './sample-defs.mjs';
import { makeValues } from './template-data.mjs';
import { chromiumPdf, libreofficePdf } from './print-pdf.mjs';
import { spec } from './reportlab-spec.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = stringArg('out', '/tmp/miner-pdfs');
const [lo, hi] = seedRange('1-4');
const VARIANTS = Number(stringArg('variants', '3'));
mkdirSync(OUT, { recursive: true });

for (let seed = lo; seed <= hi; seed++) {
  for (let v = 0; v < VARIANTS; v++) {
    const pdf = join(OUT, `rl-s${seed}-v${v}.pdf`);
    if (existsSync(pdf)) continue;
    const s = spec(seed, v);
    execFileSync(process.env.PYTHON ?? '/usr/bin/python3', [join(ROOT, 'scripts/reportlab-print.py'), pdf], { input: JSON.stringify(s.printed) });
    writeFileSync(pdf.replace(/\.pdf$/, '.golden.json'), JSON.stringify({ data: s.data }));
  }
}

if (!process.argv.includes('--no-chromium')) {
  for (const offset of stringArg('chromium-offsets', '0').split(',').map(Number)) {
    const out = [];
    pdfSamples({
      write: () => undefined,
      golden, base, clone, H, NARRATIVE, activeTable, requestTable, reviewTable, renderHtml,
      makeValues: (seed, o) => makeValues(seed + 1000 * offset, o),
      pdf: (stem, html, printer, g) => out.push({ stem, html, printer, golden: g }),
    });
    for (const r of out) {
      if (!r.golden) continue;
      const pdf = join(OUT, `${r.printer.tool}-o${offset}-${r.stem.replace(/\//g, '_')}.pdf`);
      if (existsSync(pdf)) continue;
      try {
        if (r.printer.tool === 'libreoffice') libreofficePdf(r.html, pdf);
        else chromiumPdf(r.html, pdf, r.printer);
      } catch (e) {
        console.log(`print failed ${r.stem}: ${String(e.message).split('\n')[0]}`);
        continue;
      }
      writeFileSync(pdf.replace(/\.pdf$/, '.golden.json'), JSON.stringify(r.golden));
    }
  }
}
console.log(`wrote ${OUT}`);
