#!/usr/bin/env node
/**
 * @file Unseen PDFs whose /ToUnicode maps lie about digits (issue 17): the page shows the right
 * numbers, the text layer does not. Inputs, each with its golden: the samples' PDFs (Chromium,
 * LibreOffice), the corpus PDFs (WPS) and, per seed, a synthetic report printed by reportlab
 * (scripts/reportlab-spec.mjs, scripts/reportlab-print.py). Each is rewritten by
 * scripts/tounicode-twists.py with one mode per seed and input: `swap` (two digits swap
 * characters), `dup` (a digit's glyph mapped to another digit), `letter` (to a look-alike letter),
 * `pua` (to a private-use character), `perm` (every digit permuted); in every font that maps digits
 * or, a third of the time, in some of them only. Counts per mode and per producer: right (≥ 0.9),
 * low (right below 0.9, or missing), wrong below 0.9, WRONG at ≥ 0.9 (listed). Seeds 1–5 were
 * looked at while fixing; measure on others (default 11–14).
 *
 *   npm run build && nice -n 10 node scripts/tounicode-twists.mjs [--seeds 11-14] [--modes swap,dup]
 *     [--inputs reportlab,pdf-2019-chromium,hongze-2023] [--keep DIR] [--verbose]
 * Needs /usr/bin/python3 with pikepdf and reportlab. Exit 1 on a WRONG.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seedRange, stringArg } from './cli-args.mjs';
import { spec } from './reportlab-spec.mjs';
import { rng, verdict } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);

const [lo, hi] = seedRange('11-14');
const MODES = stringArg('modes', 'swap,dup,letter,pua,perm').split(',');
const KEEP = stringArg('keep', null);
const VERBOSE = process.argv.includes('--verbose');
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

/** Fixed inputs: stem → { pdf, golden data, producer }. */
const fixed = [
  ...readdirSync(join(ROOT, 'samples'))
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => {
      const stem = f.replace(/\.pdf$/, '');
      return { stem, pdf: join(ROOT, 'samples', f), data: JSON.parse(readFileSync(join(ROOT, 'golden', `${stem}.golden.json`), 'utf8')).data, producer: stem.includes('libreoffice') ? 'libreoffice' : 'chromium' };
    }),
  ...(existsSync(CORPUS) ? readdirSync(CORPUS) : [])
    .filter((d) => existsSync(join(CORPUS, d, 'report.pdf')))
    .map((d) => ({ stem: d, pdf: join(CORPUS, d, 'report.pdf'), data: JSON.parse(readFileSync(join(CORPUS, d, 'golden.json'), 'utf8')).data, producer: 'wps' })),
];
const only = stringArg('inputs', null)?.split(',');
const work = KEEP ?? mkdtempSync(join(tmpdir(), 'tounicode-twists-'));
mkdirSync(work, { recursive: true });

const totals = new Map();
const count = (key) => totals.get(key) ?? totals.set(key, { files: 0, right: 0, low: 0, wrongLow: 0, wrong: 0, errors: 0 }).get(key);
const wrong = [];
for (let seed = lo; seed <= hi; seed++) {
  const s = spec(seed, 0);
  const inputs = [...fixed, { stem: 'reportlab', pdf: null, data: s.data, producer: 'reportlab' }].filter((i) => !only || only.includes(i.stem));
  for (const [n, input] of inputs.entries()) {
    const r = rng(seed * 7919 + n * 104729);
    const mode = MODES[Math.floor(r() * MODES.length)];
    const fonts = r() < 1 / 3 ? 'some' : 'all';
    let src = input.pdf;
    if (!src) {
      src = join(work, `reportlab-s${seed}.plain.pdf`);
      execFileSync(PYTHON, [join(ROOT, 'scripts/reportlab-print.py'), src], { input: JSON.stringify(s.printed) });
    }
    const pdf = join(work, `${input.stem}-${mode}-${fonts}-s${seed}.pdf`);
    const done = execFileSync(PYTHON, [join(ROOT, 'scripts/tounicode-twists.py'), src, pdf, mode, String(seed * 31 + n), fonts]).toString().trim();
    if (VERBOSE) console.log(`${input.stem} s${seed} ${mode} ${fonts}: ${done}`);
    const report = await extract(new Uint8Array(readFileSync(pdf)), { name: `${input.stem}.pdf` }).catch((e) => e);
    for (const key of [`mode ${mode}`, `producer ${input.producer}`]) count(key).files++;
    if (report instanceof Error) {
      for (const key of [`mode ${mode}`, `producer ${input.producer}`]) count(key).errors++;
      console.log(`ERROR ${input.stem} s${seed} ${mode}: ${report.code ?? ''} ${report.message}`);
      continue;
    }
    const got = flattenData(report.data ?? {});
    for (const [key, want] of flattenData(input.data)) {
      if (want === null || want === undefined) continue;
      const conf = report.fields?.[key]?.confidence ?? 0;
      const v = verdict(got.get(key) ?? null, want, conf);
      for (const k of [`mode ${mode}`, `producer ${input.producer}`]) count(k)[v]++;
      if (v === 'wrong') wrong.push(`${input.stem} s${seed} ${mode} ${fonts} ${key}: ${got.get(key)} at ${conf} (want ${want}) ${done}`);
    }
  }
}
if (!KEEP) rmSync(work, { recursive: true, force: true });
console.log(['', 'files', 'right', 'low', 'wrong<.9', 'WRONG>=.9', 'errors'].map((h, i) => (i ? h.padStart(10) : h.padEnd(22))).join(''));
for (const [name, t] of [...totals].sort()) console.log(name.padEnd(22) + [t.files, t.right, t.low, t.wrongLow, t.wrong, t.errors].map((c) => String(c).padStart(10)).join(''));
for (const w of wrong) console.log(`  WRONG ${w}`);
process.exit(wrong.length ? 1 : 0);
