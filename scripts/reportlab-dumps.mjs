/**
 * @file Text dumps of reports printed by a third "printer": reportlab (scripts/reportlab-print.py),
 * with geometry drawn at random per variant — font (WenQuanYi Zen Hei, Droid Sans Fallback), font
 * size 7.5–10.5, margin, label column width, uneven value column widths, cell padding, value
 * alignment (left, right, centre), label alignment, row height and line leading (wrapped labels),
 * ruled or borderless, zero cells printed blank. Each PDF is dumped by `pdftotext -layout` and plain
 * `pdftotext` (and `-raw` with `--raw`; pdfminer `pdf2txt` and pypdf `extract_text()` with
 * `--extractors`), read by the extractor, and compared with the values
 * printed (scripts/template-data.mjs makeValues: every identity holds). Counts per tool: right
 * (value right at ≥ 0.9), low (right below 0.9, or missing), wrong below 0.9, and WRONG at ≥ 0.9.
 * The repo's own dump measurement (measure-dumps.mjs) prints with Chromium and LibreOffice only;
 * pdftotext's layout depends on the printer's geometry (where each glyph lands in its character
 * grid), so this is the check that the dump reader is not tuned to those two printers.
 *
 * Usage: npm run build && nice -n 10 node scripts/reportlab-dumps.mjs [--seeds 1-5] [--variants 4]
 *          [--raw] [--extractors] [--pdf] [--rules grid,hlines,three] [--set k=v,…] [--keep DIR] [--misses]
 * --pdf also reads each PDF itself (tool `pdf`); --rules draws a ruled print's rulings per variant
 * from the list: every cell boxed (grid, the default), horizontal rules only (hlines), or the
 * three rules of a 三线表 (three) — tables with no vertical ruling, read as borderless ones.
 * --set k=v,… fixes geometry fields in every variant (numbers and true/false parsed), to draw one
 * kind's variants: e.g. `--set labelAlign=l,valueAlign=r,padding=1,blankZero=true` (left-aligned
 * headers, right-aligned numbers: a number at its cell's end sits just before the next header).
 * `--set t3Order=groupFirst` (or `subsReversed`) prints table 三's columns in an order the template does
 * not have — 法人或其他组织 before 自然人, or the sub-columns right to left — the values following: no dump
 * of it may be read wrong at ≥ 0.9.
 * XXGK_DIST=/path/to/dist measures another build; PYTHON names the interpreter with reportlab (default /usr/bin/python3). Needs python3-reportlab, poppler-utils and a CJK
 * font (fonts-wqy-zenhei or fonts-droid-fallback).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spec } from './reportlab-spec.mjs';
import { rng } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js'));
const [lo, hi] = seedRange('1-5');
const VARIANTS = Number(stringArg('variants', '4'));
const KEEP = stringArg('keep', null);
/**
 * --extractors: also the dumps of extractors that keep no page layout, as crawlers run them —
 * pdfminer.six `pdf2txt` with its default LAParams (whole columns as text boxes) and pypdf
 * `extract_text()` (its own order, a row's cells glued or split), pages joined by a newline.
 */
const EXTRACTORS = {
  pdfminer: (pdf) => execFileSync(process.env.PYTHON ?? '/usr/bin/python3', ['-c', 'import sys; from pdfminer.high_level import extract_text; sys.stdout.write(extract_text(sys.argv[1]))', pdf], { maxBuffer: 64 * 2 ** 20 }),
  pypdf: (pdf) => execFileSync(process.env.PYTHON ?? '/usr/bin/python3', ['-c', "import sys, pypdf; sys.stdout.write('\\n'.join((p.extract_text() or '') for p in pypdf.PdfReader(sys.argv[1]).pages))", pdf], { maxBuffer: 64 * 2 ** 20 }),
};
const MODES = [
  ['layout', ['-layout']], ['plain', []], ...(process.argv.includes('--raw') ? [['raw', ['-raw']]] : []),
  ...(process.argv.includes('--extractors') ? Object.keys(EXTRACTORS).map((name) => [name, name]) : []),
  ...(process.argv.includes('--pdf') ? [['pdf', null]] : []),
];
/** Rulings a ruled print draws, one drawn per variant (default: every cell boxed). */
const RULES = stringArg('rules', 'grid').split(',');
const CONFIDENT = 0.9;
/** --set: geometry fields fixed in every variant. */
const SET = Object.fromEntries((stringArg('set', '') || '').split(',').filter(Boolean).map((kv) => {
  const [k, v] = kv.split('=');
  return [k, v === 'true' ? true : v === 'false' ? false : Number.isNaN(Number(v)) ? v : Number(v)];
}));

const totals = new Map();
const misses = [];
const work = mkdtempSync(join(tmpdir(), 'rl-dumps-'));
if (KEEP) mkdirSync(KEEP, { recursive: true });
for (let seed = lo; seed <= hi; seed++) {
  for (let v = 0; v < VARIANTS; v++) {
    const s = spec(seed, v);
    // Drawn from a stream of its own, so the other draws of a seed do not depend on --rules.
    s.printed.geometry.rules = RULES[Math.floor(rng(seed * 1000 + v + 7_000_000)() * RULES.length)];
    Object.assign(s.printed.geometry, SET);
    const pdf = join(work, `s${seed}-v${v}.pdf`);
    execFileSync(process.env.PYTHON ?? '/usr/bin/python3', [join(ROOT, 'scripts/reportlab-print.py'), pdf], { input: JSON.stringify(s.printed) });
    const expected = flattenData(s.data);
    for (const [mode, flags] of MODES) {
      const txt = join(KEEP ?? work, `s${seed}-v${v}-${mode}.txt`);
      if (typeof flags === 'string') writeFileSync(txt, EXTRACTORS[flags](pdf));
      else if (flags) execFileSync('pdftotext', [...flags, '-enc', 'UTF-8', pdf, txt]);
      if (KEEP) writeFileSync(`${txt}.json`, JSON.stringify({ geometry: s.printed.geometry, version: s.version, data: s.data }));
      // --pdf: the PDF itself read, not a dump of it.
      const report = flags ? await extract(new Uint8Array(readFileSync(txt)), { name: `s${seed}-v${v}.txt` }) : await extract(new Uint8Array(readFileSync(pdf)), { name: `s${seed}-v${v}.pdf` });
      const got = flattenData(report.data ?? {});
      const t = totals.get(mode) ?? totals.set(mode, { files: 0, det: 0, right: 0, low: 0, wrongLow: 0, wrongHigh: 0 }).get(mode);
      t.files++;
      for (const [key, want] of expected) {
        if (want === null || want === undefined) continue;
        t.det++;
        const g = got.get(key);
        const conf = report.fields?.[key]?.confidence ?? 0;
        const same = typeof g === 'number' && Math.abs(g - want) <= 1e-6 * Math.max(1, Math.abs(want));
        if (same && conf >= CONFIDENT) t.right++;
        else if (same || g === null || g === undefined) t.low++;
        else if (conf >= CONFIDENT) (t.wrongHigh++, misses.push(`${mode} s${seed}-v${v} ${key}: WRONG ${g} at ${conf} (want ${want})`));
        else t.wrongLow++;
      }
    }
  }
}
rmSync(work, { recursive: true, force: true });
console.log(['tool', 'files', 'determinable', 'right', 'low', 'wrong<.9', 'WRONG>=.9'].map((h, i) => (i ? h.padStart(13) : h.padEnd(10))).join(''));
for (const [mode, t] of totals) {
  const pct = `${((100 * t.right) / t.det).toFixed(1)}%`;
  console.log(mode.padEnd(10) + [t.files, t.det, `${t.right} ${pct}`, t.low, t.wrongLow, t.wrongHigh].map((c) => String(c).padStart(13)).join(''));
}
if (process.argv.includes('--misses') || misses.length) for (const m of misses) console.log(`  ${m}`);
