#!/usr/bin/env node
/**
 * @file PDFs with goldens converted to positioned text, as archives keep them instead of the PDF —
 * HTML of positioned lines: `pdftohtml -c -noframes` (px, a class per font, `<br>` blocks), `mutool
 * convert -F html` (pt, one `<p>` per line), `pdf2txt -t html` (pdfminer: a positioned `<div>` per
 * text box), read as HTML (load/positioned-html.ts); word and glyph boxes: `pdftotext -bbox`,
 * `-bbox-layout`, `mutool convert -F stext` (load/word-box-markup.ts) — and the PDF itself, the bar
 * they are held to. Measures per converter: fields right, right at ≥ 0.9, and wrong at ≥ 0.9
 * (`silent`, must be 0).
 *
 *   npm run build && nice node scripts/positioned-variants.mjs [DIR_OF_PDFS GOLDEN_DIR] [--show]
 * Defaults: samples/*.pdf against golden/. A PDF `x.pdf` is scored against `GOLDEN_DIR/x.golden.json`.
 * Needs poppler (pdftohtml, pdftotext), mutool and pdf2txt on PATH (a converter missing is skipped). Exit 1 on a field wrong at ≥ 0.9.
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

/** Converters: the file of one PDF (bytes and the name's extension), or null when the tool is missing or fails. */
const run = (cmd, argv, out, ext) => {
  execFileSync(cmd, argv, { stdio: 'ignore' });
  return { bytes: readFileSync(out), ext };
};
const CONVERTERS = {
  pdf: (pdf) => ({ bytes: readFileSync(pdf), ext: 'pdf' }),
  'pdftohtml -c': (pdf, dir) => run('pdftohtml', ['-q', '-c', '-noframes', pdf, join(dir, 'o')], join(dir, 'o.html'), 'html'),
  'mutool -F html': (pdf, dir) => run('mutool', ['convert', '-F', 'html', '-o', join(dir, 'o.html'), pdf], join(dir, 'o.html'), 'html'),
  'pdf2txt -t html': (pdf, dir) => run('pdf2txt', ['-t', 'html', '-o', join(dir, 'o.html'), pdf], join(dir, 'o.html'), 'html'),
  'pdftotext -bbox': (pdf, dir) => run('pdftotext', ['-bbox', pdf, join(dir, 'o.html')], join(dir, 'o.html'), 'html'),
  'pdftotext -bbox-layout': (pdf, dir) => run('pdftotext', ['-bbox-layout', pdf, join(dir, 'o.html')], join(dir, 'o.html'), 'html'),
  'mutool -F stext': (pdf, dir) => run('mutool', ['convert', '-F', 'stext', '-o', join(dir, 'o.xml'), pdf], join(dir, 'o.xml'), 'xml'),
};
const only = process.env.CONVERTERS?.split(',');

let silent = 0;
for (const [name, convert] of Object.entries(CONVERTERS).filter(([k]) => !only || only.includes(k))) {
  const n = { docs: 0, fields: 0, right: 0, right9: 0, wrong9: 0, failed: 0 };
  for (const file of readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort()) {
    const gold = join(goldDir, `${basename(file, '.pdf')}.golden.json`);
    if (!existsSync(gold)) continue;
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-pos-'));
    let out = null;
    try {
      out = convert(join(pdfDir, file), dir);
    } catch {
      out = null;
    }
    rmSync(dir, { recursive: true, force: true });
    if (!out) continue;
    n.docs++;
    const report = await extract(new Uint8Array(out.bytes), { name: `${basename(file, '.pdf')}.${out.ext}` }).catch(() => null);
    if (!report) n.failed++;
    const read = report ? flattenData(report.data) : new Map();
    for (const [key, value] of flattenData(JSON.parse(readFileSync(gold, 'utf8')).data)) {
      if (value === null) continue;
      n.fields++;
      const confident = (report?.fields[key]?.confidence ?? 0) >= 0.9;
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
  console.log(`${name.padEnd(22)} docs ${n.docs}  failed ${n.failed}  fields ${n.fields}  right ${pct('right')} %  right ≥ 0.9 ${pct('right9')} %  silent ${n.wrong9}`);
}
process.exit(silent > 0 ? 1 : 0);
