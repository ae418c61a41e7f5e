#!/usr/bin/env node
/**
 * @file Unseen PDFs of what other producers do to a printed report: synthetic reports
 * (scripts/reportlab-spec.mjs, random geometry) printed by reportlab (scripts/reportlab-print.py)
 * with one twist each (and `none`: the plain print, for comparison), read by the extractor and compared with the values printed. Twists:
 *  - `wm-front` / `wm-back`: an upright grey watermark with digits ('公开 2024 第1页', 1.8–3.5× the
 *    table's text size) at random places over / under the table cells;
 *  - `wm-small-grey`: the same at the table's own size, light grey (told apart by colour only);
 *  - `wm-small-dark`: the same in dark grey (told apart by nothing: where it lies over a number, the
 *    number must not reach 0.9);
 *  - `ocr-layer` / `ocr-layer-clean`: each page the picture of the plain print (pdftoppm) with all
 *    text invisible (render mode 3) over it, values' digits misread at rate 0.15 / 0 (a scanner's
 *    searchable PDF: another program's OCR);
 *  - `invisible-copy`: each value drawn again invisibly, shifted 0.5–1.5 pt, digits misread at rate 0.2;
 *  - `tz-wide` / `tc-wide`: values set with horizontal scaling 140–170 % / character spacing 3–5 pt
 *    (a wide value overflows its cell, over its neighbour); `tz-fit` / `tc-fit`: 130–170 % / 2–5 pt
 *    cut down per value to what fits its cell (a producer filling the cell);
 *  - `glyph-fs0` / `glyph-tz0` / `glyph-tr3` / `glyph-white`: each value drawn in one text object with a
 *    decoy digit before, inside or after it at font size 0, 0 Tz, render mode 3 or white (its advance
 *    taken back); `glyph-clip` / `glyph-cover`: a decoy digit before or after the value in the same
 *    string, cut off by a clip ending 0.02–0.1 em from the value, or painted over by a white box
 *    (issue 17: what a viewer shows, glyph by glyph); `glyph-alpha0` / `glyph-alpha0-stroke` /
 *    `glyph-alphafaint` / `glyph-alphamid` / `glyph-pale`: the decoy drawn with fill alpha 0 (Chromium's `color: transparent`), in
 *    stroke mode with stroke alpha 0, at fill alpha 0.03–0.12 / 0.15–0.34, or filled grey 0.86–0.97 (must not be trusted), its advance
 *    kept or taken back; `glyph-stack` / `glyph-stack-tm`: one digit of the value drawn twice on
 *    itself (advance taken back by Tc, or the text origin moved back onto it: the page shows the
 *    value), `glyph-stack-other`: another digit drawn over one of the value's (a blot: must not be
 *    trusted); `--rotate 90` turns every print's pages;
 *  - `bold-objects` / `bold-tj` / `bold-glyphs`: fake bold, each value (and half the time each label)
 *    drawn 2–4 times 0.2–0.6 pt apart: as text objects in a random order, as one `TJ` stepping back
 *    over the whole text, or each glyph drawn again before the next (the page shows each once);
 *  - `align-three` / `align-hlines` / `align-free`: header cells aligned otherwise than their values
 *    (left over right, right over left, centred over either), as a 三线表, with horizontal rules
 *    only, or borderless;
 *  - `clip-fill` / `clip-cull`: every value in a clip of its own (a producer clipping each cell): centred
 *    whole in it, 0.02–0.14 em from both edges (the page shows every digit: right or low, never
 *    wrong); or with its last digit left out of the stream and the clip's edge 0–0.1 em past the
 *    shown ones (Skia drops a glyph whose ink is wholly out of the clip: the truncated value must
 *    not reach 0.9); `clip-cull-wide`: the clip 0.16–0.28 em past them where the font's digits draw
 *    narrow in a wide advance (Droid Sans Fallback has no Latin digits: its boxes, 0.293 em in, stand
 *    for full-width digits; `scripts/font-digit-bearings.mjs`), 0–0.03 em in WenQuanYi (its digits'
 *    ink starts 0.03–0.075 em in: a clip farther out would show the dropped digit);
 *  - `split-gap`: every value of three characters or more drawn as two runs with a gap of 1.2–3
 *    digit widths between them ('109  27'): the cell shows two numbers, none may reach 0.9 (any
 *    value at ≥ 0.9 counts WRONG; two single digits apart are a letter-spaced number's look, not drawn).
 * Counts per twist: right (value right at ≥ 0.9), low (right below 0.9, or missing), wrong below
 * 0.9, WRONG at ≥ 0.9 (the worst defect: listed). Seeds 1–3 were looked at while fixing; measure
 * on others (default 11–16).
 *
 *   npm run build && nice -n 10 node scripts/pdf-twists.mjs [--seeds 11-16] [--twists a,b] [--keep DIR] [--rotate 90]
 * Needs /usr/bin/python3 with reportlab, pdftoppm and a CJK font (see reportlab-print.py). Exit 1 on a WRONG.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spec } from './reportlab-spec.mjs';
import { rng, verdict } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const [lo, hi] = seedRange('11-16');
const KEEP = stringArg('keep', null);
const ROTATE = stringArg('rotate', null);
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';

const WM_TEXTS = ['公开 2024 第{page}页', '2024年1月', '样本 2024', '内部资料 2024'];
/** Twist name → its parameters for one print (`r`: the variant's random numbers; `fs`: the table's font size). */
const TWISTS = {
  none: () => null,
  'wm-front': (r, fs) => ({ kind: 'watermark', front: true, size: [1.8 * fs, 3.5 * fs], gray: 0.75 + 0.15 * r(), texts: WM_TEXTS, count: 3 + Math.floor(4 * r()) }),
  'wm-back': (r, fs) => ({ kind: 'watermark', front: false, size: [1.8 * fs, 3.5 * fs], gray: 0.75 + 0.15 * r(), texts: WM_TEXTS, count: 3 + Math.floor(4 * r()) }),
  'wm-small-grey': (r, fs) => ({ kind: 'watermark', front: true, size: fs, gray: 0.8, texts: WM_TEXTS, count: 3 + Math.floor(4 * r()) }),
  'wm-small-dark': (r, fs) => ({ kind: 'watermark', front: true, size: fs, gray: 0.3, texts: WM_TEXTS, count: 3 + Math.floor(4 * r()) }),
  'ocr-layer': () => ({ kind: 'ocrLayer', errors: 0.15 }),
  'ocr-layer-clean': () => ({ kind: 'ocrLayer', errors: 0 }),
  'invisible-copy': (r) => ({ kind: 'invisibleCopy', dx: 0.5 + r(), dy: -(0.3 + r()), errors: 0.2 }),
  'tz-wide': (r) => ({ kind: 'wideNumbers', tz: 140 + Math.round(30 * r()) }),
  'tc-wide': (r) => ({ kind: 'wideNumbers', tc: 3 + 2 * r() }),
  'tz-fit': (r) => ({ kind: 'wideNumbers', tz: 130 + Math.round(40 * r()), fit: true }),
  'tc-fit': (r) => ({ kind: 'wideNumbers', tc: 2 + 3 * r(), fit: true }),
  'glyph-fs0': () => ({ kind: 'hiddenGlyph', how: 'fs0' }),
  'glyph-tz0': () => ({ kind: 'hiddenGlyph', how: 'tz0' }),
  'glyph-tr3': () => ({ kind: 'hiddenGlyph', how: 'tr3' }),
  'glyph-white': () => ({ kind: 'hiddenGlyph', how: 'white' }),
  'glyph-clip': () => ({ kind: 'hiddenGlyph', how: 'clip' }),
  'glyph-cover': () => ({ kind: 'hiddenGlyph', how: 'cover' }),
  'glyph-alpha0': () => ({ kind: 'hiddenGlyph', how: 'alpha0' }),
  'glyph-alpha0-stroke': () => ({ kind: 'hiddenGlyph', how: 'alpha0-stroke' }),
  'glyph-alphafaint': () => ({ kind: 'hiddenGlyph', how: 'alphafaint' }),
  'glyph-alphamid': () => ({ kind: 'hiddenGlyph', how: 'alphamid' }),
  'glyph-pale': () => ({ kind: 'hiddenGlyph', how: 'pale' }),
  'split-gap': () => ({ kind: 'splitValue', gap: [1.2, 3], undetermined: true }),
  'clip-fill': () => ({ kind: 'cellClip', how: 'fill', gap: [0.02, 0.14] }),
  'clip-cull': () => ({ kind: 'cellClip', how: 'cull', gap: [0, 0.1] }),
  'clip-cull-wide': () => ({ kind: 'cellClip', how: 'cull', gap: [0.16, 0.28], gapNarrow: [0, 0.03] }),
  'glyph-stack': () => ({ kind: 'hiddenGlyph', how: 'stack' }),
  'glyph-stack-tm': () => ({ kind: 'hiddenGlyph', how: 'stack-tm' }),
  'glyph-stack-other': () => ({ kind: 'hiddenGlyph', how: 'stack-other' }),
  'bold-objects': (r) => fakeBold(r, 'objects'),
  'bold-tj': (r) => fakeBold(r, 'tj'),
  'bold-glyphs': (r) => fakeBold(r, 'glyphs'),
  'align-three': (r) => ({ geometry: { ...misaligned(r), ruled: true, rules: 'three' } }),
  'align-hlines': (r) => ({ geometry: { ...misaligned(r), ruled: true, rules: 'hlines' } }),
  'align-free': (r) => ({ geometry: { ...misaligned(r), ruled: false } }),
};
/** Fake bold: 2–4 copies of each value (labels too, half the time), each 0.2–0.6 pt on (up 0–0.15 pt), drawn `how`. */
function fakeBold(r, how) {
  return { kind: 'fakeBold', how, copies: 2 + Math.floor(3 * r()), dx: 0.2 + 0.4 * r(), dy: r() < 0.3 ? 0.15 * r() : 0, labels: r() < 0.5 };
}
/** Header cells aligned otherwise than the values below them (left over right, right over left, centred over either). */
function misaligned(r) {
  const pairs = [['l', 'r'], ['r', 'l'], ['c', 'r'], ['c', 'l'], ['l', 'c'], ['r', 'c']];
  const [headAlign, valueAlign] = pairs[Math.floor(r() * pairs.length)];
  return { headAlign, valueAlign };
}
const twists = stringArg('twists', null)?.split(',') ?? Object.keys(TWISTS);

const print = (pdf, printed) => execFileSync(PYTHON, [join(ROOT, 'scripts/reportlab-print.py'), pdf], { input: JSON.stringify(printed) });

const work = KEEP ?? mkdtempSync(join(tmpdir(), 'pdf-twists-'));
mkdirSync(work, { recursive: true });
const totals = new Map();
const wrong = [];
for (let seed = lo; seed <= hi; seed++) {
  for (const name of twists) {
    const s = spec(seed, 0);
    const r = rng(seed * 7919 + name.length);
    const made = TWISTS[name](r, s.printed.geometry.fontSize);
    const geometry = { ...s.printed.geometry, ...made?.geometry };
    const twist = made && !made.geometry ? { ...made, seed } : null;
    const pdf = join(work, `${name}-s${seed}.pdf`);
    if (twist?.kind === 'ocrLayer') {
      // The scan: the plain print rendered to grey pictures, one per page.
      const plain = join(work, `${name}-s${seed}.plain.pdf`);
      print(plain, s.printed);
      const stem = join(work, `${name}-s${seed}.pg`);
      execFileSync('pdftoppm', ['-r', '100', '-gray', '-png', plain, stem]);
      twist.images = readdirSync(work).filter((f) => f.startsWith(`${name}-s${seed}.pg`)).sort().map((f) => join(work, f));
    }
    print(pdf, { ...s.printed, geometry, twist });
    // --rotate N: every page turned N degrees (/Rotate), read as its upright print.
    if (ROTATE) execFileSync('qpdf', ['--replace-input', `--rotate=+${ROTATE}`, pdf]);
    const report = await extract(new Uint8Array(readFileSync(pdf)), { name: `${name}-s${seed}.pdf` }).catch((e) => e);
    const t = totals.get(name) ?? totals.set(name, { files: 0, right: 0, low: 0, wrongLow: 0, wrong: 0, errors: 0 }).get(name);
    t.files++;
    if (report instanceof Error) {
      t.errors++;
      console.log(`ERROR ${name} s${seed}: ${report.code ?? ''} ${report.message}`);
      continue;
    }
    const got = flattenData(report.data ?? {});
    for (const [key, want] of flattenData(s.data)) {
      if (want === null || want === undefined) continue;
      const conf = report.fields?.[key]?.confidence ?? 0;
      // A value the page shows as two numbers: no reading may reach 0.9.
      const split = twist?.undetermined && String(want).length >= 3;
      const v = split ? (conf >= 0.9 && got.get(key) !== null && got.get(key) !== undefined ? 'wrong' : 'low') : verdict(got.get(key) ?? null, want, conf);
      t[v]++;
      if (v === 'wrong') wrong.push(`${name} s${seed} ${key}: ${got.get(key)} at ${conf} (want ${want})`);
    }
  }
}
if (!KEEP) rmSync(work, { recursive: true, force: true });
console.log(['twist', 'files', 'right', 'low', 'wrong<.9', 'WRONG>=.9', 'errors'].map((h, i) => (i ? h.padStart(10) : h.padEnd(16))).join(''));
for (const [name, t] of totals) console.log(name.padEnd(16) + [t.files, t.right, t.low, t.wrongLow, t.wrong, t.errors].map((c) => String(c).padStart(10)).join(''));
for (const w of wrong) console.log(`  WRONG ${w}`);
process.exit(wrong.length ? 1 : 0);
