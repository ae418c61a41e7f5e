#!/usr/bin/env node
/**
 * @file Source PDFs for scans of table structure (issue 18: grids the OCR path loses), with the
 * values chosen as their goldens: a report printed by Chromium from `makeValues(seed)` (2021 or
 * 2019 template), its ruled tables styled one way —
 * - `zebra`: alternate rows shaded a light grey (#d4d4d4–#ececec) under black 1 px rulings;
 * - `thick`: a thick outer border (2–4 px) around each table, as the 2019 template often prints;
 * - `plain`: 1 px rulings only.
 * Each PDF is written as DIR/grid-<style>-<seed>.pdf with `.golden.json` ({ data }) beside it;
 * scan it with `make-scans.mjs --variants 1 --from PDF --golden GOLDEN [--look contrast,…]` and
 * score the scans with `check-ocr.mjs`.
 *
 *   node scripts/scan-grid-sources.mjs --seeds 3201..3206 [--style zebra|thick|plain] [--version 2019|2021] [--out DIR]
 * Without `--style`/`--version` both are drawn from the seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeTable, requestTable, reviewTable, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { printedPdf } from './print-pdf.mjs';
import { makeValues, rng } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const STYLES = ['zebra', 'thick', 'plain'];
const [from, to] = seedRange('3201..3206');
const OUT = stringArg('out', '/tmp/scan-grid-sources');
const STYLE = stringArg('style', '');
const VERSION = stringArg('version', '');
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const hex = (v) => v.toString(16).padStart(2, '0').repeat(3);

mkdirSync(OUT, { recursive: true });
for (let seed = from; seed <= to; seed++) {
  const r = rng(seed * 131 + 7);
  const version = VERSION || (r() < 0.5 ? '2021' : '2019');
  const combined = version === '2019' || r() < 0.3;
  const style = STYLE || pick(r, STYLES);
  const data = makeValues(seed, { version, combined, scale: 30 });
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const pt = 9 + Math.floor(r() * 4);
  const shade = 0xd4 + Math.floor(r() * (0xec - 0xd4));
  const border = 2 + Math.floor(r() * 3);
  const css = [
    `td,td p{font-size:${pt}pt !important}`,
    style === 'zebra' ? `tr:nth-child(even) td{background:#${hex(shade)}}` : '',
    style === 'thick' ? `table{border:${border}px solid #000 !important}` : '',
  ].join('\n');
  const agency = `样例市第${seed}局`;
  const html = renderHtml({ title: `${agency}${data.year ?? 2024}年政府信息公开工作年度报告`, agency, published: '2025-01-20', tables, narrative: NARRATIVE, headings: H, style: r() < 0.5 ? 'cms' : 'word', print: { noChrome: true } }).replace('</head>', `<style>${css}</style></head>`);
  const name = `grid-${style}-${version}-${seed}`;
  writeFileSync(join(OUT, `${name}.pdf`), printedPdf(html, 'chromium'));
  writeFileSync(join(OUT, `${name}.golden.json`), JSON.stringify({ data }, null, 1));
  console.log(`${name} ${pt}pt${style === 'zebra' ? ` shade #${hex(shade)}` : ''}${style === 'thick' ? ` border ${border}px` : ''}`);
}
