#!/usr/bin/env node
/**
 * @file OCR accuracy on scans (slow: ~15–25 s a page; not part of `npm test`): each PDF given (or
 * every `*.pdf` with a `.golden.json` beside it in the folders given) is extracted with `ocr: 'auto'`
 * and compared field by field with its golden: right, wrong, wrong at confidence >= 0.9, missing
 * (null, ambiguous or absent), seconds. Scans made by `scripts/make-scans.mjs` (its `--variants`
 * for scans the OCR was not tuned on). Needs `npm run build`. Run under `nice`: OCR is CPU-heavy.
 *   node scripts/check-ocr.mjs scans/scan-2019-libreoffice-100dpi.pdf /tmp/xxgk-scan-variants [--list] [--again]
 * `--again`: the first file is read once more at the end, after the others in the same process,
 * and the script says whether that report is the same as its first one (values, confidences,
 * flags): a document's reading must not depend on what the process read before.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const { extract, flattenData } = await import(join(ROOT, 'dist/index.js'));
const { stopOcr } = await import(join(ROOT, 'dist/ocr/index.js'));
const list = process.argv.includes('--list');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--')).flatMap((a) => (statSync(a).isDirectory() ? readdirSync(a).filter((f) => f.endsWith('.pdf')).map((f) => join(a, f)) : [a]));
const again = process.argv.includes('--again');
const totals = { total: 0, right: 0, wrong: 0, wrongHigh: 0, missing: 0 };
/** The first file's reports (its first reading, and with `--again` its last). */
const firsts = [];
const order = again && files.length > 0 ? [...files, files[0]] : files;
for (const [i, file] of order.entries()) {
  const golden = file.replace(/\.pdf$/, '.golden.json');
  if (!existsSync(golden)) continue;
  const t = performance.now();
  const report = await extract(file, { ocr: 'auto', timeoutMs: 3_600_000 });
  const want = flattenData(JSON.parse(readFileSync(golden, 'utf8')).data);
  const got = flattenData(report.data);
  if (file === files[0]) firsts.push(report);
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
  // The repeated first file is not counted twice.
  if (i < files.length) for (const k of Object.keys(totals)) totals[k] += r[k];
  console.log(JSON.stringify({ file, ...(i < files.length ? {} : { again: true }), ...r, right: `${r.right} (${((100 * r.right) / r.total).toFixed(1)}%)`, seconds: +((performance.now() - t) / 1000).toFixed(1) }));
}
await stopOcr();
if (again && firsts.length === 2) {
  const [a, b] = firsts.map((r) => ({ values: flattenData(r.data), fields: r.fields }));
  const keys = [...new Set([...a.values.keys(), ...b.values.keys(), ...Object.keys(a.fields), ...Object.keys(b.fields)])];
  const differ = keys.filter((k) => JSON.stringify([a.values.get(k), a.fields[k]]) !== JSON.stringify([b.values.get(k), b.fields[k]]));
  console.log(JSON.stringify({ again: files[0], identical: differ.length === 0, differ }));
}
console.log(JSON.stringify({ ...totals, rightShare: +(totals.right / Math.max(1, totals.total)).toFixed(3), peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
