/**
 * @file Plain `pdftotext` (no -layout) and `pdftotext -raw` dumps of reports printed by reportlab at
 * random geometry (scripts/reportlab-spec.mjs), written with their truth for scoring — the material
 * of issue 15's plain-dump decoding, kept apart from the reading so one set of dumps is scored by
 * several builds (`scripts/score-dumps.mjs`).
 *
 *   nice node scripts/plain-dumps.mjs --seeds 201-206 [--variants 4] [--out /tmp/plain-dumps] [--set k=v,…]
 *
 * Writes OUT/s<seed>-v<variant>-{plain,raw}.txt and beside each a `.json` ({ geometry, version, data }).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spec } from './reportlab-spec.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [lo, hi] = seedRange('201-206');
const VARIANTS = Number(stringArg('variants', '4'));
const OUT = stringArg('out', '/tmp/plain-dumps');
const SET = Object.fromEntries((stringArg('set', '') || '').split(',').filter(Boolean).map((kv) => {
  const [k, v] = kv.split('=');
  return [k, v === 'true' ? true : v === 'false' ? false : Number.isNaN(Number(v)) ? v : Number(v)];
}));
mkdirSync(OUT, { recursive: true });
for (let seed = lo; seed <= hi; seed++) {
  for (let v = 0; v < VARIANTS; v++) {
    const s = spec(seed, v);
    Object.assign(s.printed.geometry, SET);
    const pdf = join(OUT, `s${seed}-v${v}.pdf`);
    execFileSync(process.env.PYTHON ?? '/usr/bin/python3', [join(ROOT, 'scripts/reportlab-print.py'), pdf], { input: JSON.stringify(s.printed) });
    for (const [mode, flags] of [['plain', []], ['raw', ['-raw']]]) {
      const txt = join(OUT, `s${seed}-v${v}-${mode}.txt`);
      execFileSync('pdftotext', [...flags, '-enc', 'UTF-8', pdf, txt]);
      writeFileSync(`${txt}.json`, JSON.stringify({ geometry: s.printed.geometry, version: s.version, data: s.data }));
    }
  }
}
