#!/usr/bin/env node
/**
 * @file PDFs with goldens converted to HTML of positioned text, as archives keep them instead of the
 * PDF — `pdftohtml -c -noframes` (px, a class per font, `<br>` blocks) and `mutool convert -F html`
 * (pt, one `<p>` per line) — and read as HTML (load/positioned-html.ts). Measures per converter:
 * fields right, right at ≥ 0.9, and wrong at ≥ 0.9 (`silent`, must be 0).
 *
 *   npm run build && nice node scripts/positioned-variants.mjs [DIR_OF_PDFS GOLDEN_DIR] [--show]
 * Defaults: samples/*.pdf against golden/. A PDF `x.pdf` is scored against `GOLDEN_DIR/x.golden.json`.
 * Needs poppler's pdftohtml and mutool on PATH (a converter missing is skipped). Exit 1 on a field wrong at ≥ 0.9.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const show = process.argv.includes('--show');
const [pdfDir, goldDir] = args.length >= 2 ? args : [join(ROOT, 'samples'), join(ROOT, 'golden')];

/** Converters: the HTML of one PDF, or null when the tool is missing or fails. */
const CONVERTERS = {
  'pdftohtml -c': (pdf, dir) => {
    execFileSync('pdftohtml', ['-q', '-c', '-noframes', pdf, join(dir, 'o')], { stdio: 'ignore' });
    return readFileSync(join(dir, 'o.html'));
  },
  'mutool -F html': (pdf, dir) => {
    execFileSync('mutool', ['convert', '-F', 'html', '-o', join(dir, 'o.html'), pdf], { stdio: 'ignore' });
    return readFileSync(join(dir, 'o.html'));
  },
};

let silent = 0;
for (const [name, convert] of Object.entries(CONVERTERS)) {
  const n = { docs: 0, fields: 0, right: 0, right9: 0, wrong9: 0 };
  for (const file of readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort()) {
    const gold = join(goldDir, `${basename(file, '.pdf')}.golden.json`);
    if (!existsSync(gold)) continue;
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-pos-'));
    let html = null;
    try {
      html = convert(join(pdfDir, file), dir);
    } catch {
      html = null;
    }
    rmSync(dir, { recursive: true, force: true });
    if (!html) continue;
    n.docs++;
    const report = await extract(new Uint8Array(html), { name: `${basename(file, '.pdf')}.html` });
    const read = flattenData(report.data);
    for (const [key, value] of flattenData(JSON.parse(readFileSync(gold, 'utf8')).data)) {
      if (value === null) continue;
      n.fields++;
      const confident = (report.fields[key]?.confidence ?? 0) >= 0.9;
      if (read.get(key) === value) {
        n.right++;
        if (confident) n.right9++;
      } else if (confident && read.get(key) !== null) {
        n.wrong9++;
        if (show) console.log(`  WRONG ≥ 0.9 ${name} ${file} ${key}: ${read.get(key)} (golden ${value})`);
      }
    }
  }
  silent += n.wrong9;
  const pct = (k) => ((100 * n[k]) / Math.max(n.fields, 1)).toFixed(2);
  console.log(`${name.padEnd(16)} docs ${n.docs}  fields ${n.fields}  right ${pct('right')} %  right ≥ 0.9 ${pct('right9')} %  silent ${n.wrong9}`);
}
process.exit(silent > 0 ? 1 : 0);
