#!/usr/bin/env node
/**
 * @file OCR accuracy on scans (slow: ~15–25 s a page; not part of `npm test`): each PDF given (or
 * every `*.pdf` with a `.golden.json` beside it in the folders given) is extracted with `ocr: 'auto'`
 * and compared field by field with its golden: right, wrong, wrong at confidence >= 0.9, missing
 * (null, ambiguous or absent), seconds. Scans made by `scripts/make-scans.mjs` (its `--variants`
 * for scans the OCR was not tuned on). Needs `npm run build`. Run under `nice`: OCR is CPU-heavy.
 *   node scripts/check-ocr.mjs scans/scan-2019-libreoffice-100dpi.pdf /tmp/xxgk-scan-variants [--list]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const { extract, flattenData } = await import(join(ROOT, 'dist/index.js'));
const { stopOcr } = await import(join(ROOT, 'dist/ocr/index.js'));
const list = process.argv.includes('--list');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--')).flatMap((a) => (statSync(a).isDirectory() ? readdirSync(a).filter((f) => f.endsWith('.pdf')).map((f) => join(a, f)) : [a]));
const totals = { total: 0, right: 0, wrong: 0, wrongHigh: 0, missing: 0 };
for (const file of files) {
  const golden = file.replace(/\.pdf$/, '.golden.json');
  if (!existsSync(golden)) continue;
  const t = performance.now();
  const report = await extract(file, { ocr: 'auto', timeoutMs: 3_600_000 });
  const want = flattenData(JSON.parse(readFileSync(golden, 'utf8')).data);
  const got = flattenData(report.data);
  const r = { total: 0, right: 0, wrong: 0, wrongHigh: 0, missing: 0 };
  for (const [k, w] of want) {
    const g = got.get(k);
    const f = report.fields[k] ?? {};
    r.total++;
    if (g === w) r.right++;
    else if (g === null || g === undefined) {
      r.missing++;
      if (list) console.log(`  missing ${k}: ${w} (${(f.flags ?? []).join(',')})`);
    } else {
      r.wrong++;
      if (f.confidence >= 0.9) r.wrongHigh++;
      if (list) console.log(`  wrong ${k}: ${g} for ${w} at ${f.confidence}`);
    }
  }
  for (const k of Object.keys(totals)) totals[k] += r[k];
  console.log(JSON.stringify({ file, ...r, right: `${r.right} (${((100 * r.right) / r.total).toFixed(1)}%)`, seconds: +((performance.now() - t) / 1000).toFixed(1) }));
}
await stopOcr();
console.log(JSON.stringify({ ...totals, rightShare: +(totals.right / Math.max(1, totals.total)).toFixed(3), peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
