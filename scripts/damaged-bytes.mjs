#!/usr/bin/env node
/**
 * @file Byte-damaged variants of the bundled text and HTML samples (UTF-8 and GB18030), read by the
 * built library and scored against the samples' goldens (values chosen by the sample generator,
 * never the extractor's output): right, missing/low, wrong at confidence ≥ 0.9, and E_DECODE.
 *
 *   npm run build && node scripts/damaged-bytes.mjs [--seeds 100..140] [--rate 0.002] [--verbose]
 *
 * Each seed damages one sample with one kind, at random positions — half of them in or next to a
 * digit run, where a wrong value would come from:
 * - stray:   bytes that are never valid on their own (0x80–0xBF, 0xC0, 0xFF; for GB18030 0xFF and
 *            lone lead bytes 0x81–0xFE) inserted;
 * - replace: bytes overwritten with such a byte (a digit or one byte of a character lost);
 * - cut:     the file cut inside its last multi-byte character (a cut download), plus strays;
 * The share of bad bytes is drawn up to `--rate` (default 1 %); E_DECODE is counted separately,
 * and the output says the share for each failure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, compareReport } = await import(join(ROOT, 'dist/index.js'));
const [from, to] = seedRange('100..140');
const RATE = Number(stringArg('rate', '0.01'));
const VERBOSE = process.argv.includes('--verbose');

const SAMPLES = readdirSync(join(ROOT, 'samples')).filter((f) => /^(quirk|html|xyear)-.*\.(txt|html)$/.test(f) && !/utf16/.test(f));
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const isDigit = (b) => b >= 0x30 && b <= 0x39;

/** A position: half the time in or at the edge of a digit run, else anywhere. */
function position(bytes, r, digits) {
  if (digits.length > 0 && r() < 0.5) return pick(r, digits) + (r() < 0.5 ? 0 : 1);
  return Math.floor(r() * bytes.length);
}

function badByte(r, gb) {
  return gb ? pick(r, [0xff, 0x81, 0xa0, 0xb0, 0xd7, 0xfe]) : pick(r, [0x80, 0x9f, 0xa0, 0xad, 0xbf, 0xc0, 0xff]);
}

/** Damages a copy of the bytes; returns it and the number of bytes damaged. */
export function damage(src, seed) {
  const r = rng(seed);
  const gb = /gb18030/.test(src.name);
  const kind = pick(r, ['stray', 'replace', 'cut']);
  const bytes = [...src.bytes];
  const digits = [];
  for (let i = 0; i < bytes.length; i++) if (isDigit(bytes[i])) digits.push(i);
  const n = Math.max(1, Math.round(r() * RATE * bytes.length));
  let bad = 0;
  if (kind === 'cut') {
    // Cut inside the last multi-byte character: keep its lead byte (and one more for UTF-8).
    let i = bytes.length - 1;
    while (i > 0 && bytes[i] < 0x80) i--;
    while (i > 0 && !gb && bytes[i] >= 0x80 && bytes[i] < 0xc0) i--;
    if (gb) i--;
    bytes.length = Math.max(1, i + 1 + (gb ? 0 : 1));
    bad++;
  }
  const k = kind === 'cut' ? n - 1 : n;
  for (let j = 0; j < k; j++) {
    const at = Math.min(position(bytes, r, digits), bytes.length - 1);
    if (kind === 'replace') bytes[at] = badByte(r, gb);
    else bytes.splice(at, 0, badByte(r, gb));
    bad++;
  }
  return { bytes: Uint8Array.from(bytes), kind, bad, share: bad / bytes.length };
}

const sources = SAMPLES.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(ROOT, 'samples', f))), golden: JSON.parse(readFileSync(join(ROOT, 'golden', f.replace(/\.\w+$/, '.golden.json')), 'utf8')) }));
const tot = { docs: 0, fields: 0, right: 0, low: 0, wrong: 0, decode: 0, errors: 0, repaired: 0 };
for (let seed = from; seed < to; seed++) {
  const src = sources[seed % sources.length];
  const d = damage(src, seed);
  tot.docs++;
  let report;
  try {
    report = await extract(d.bytes, { name: src.name });
  } catch (e) {
    if (e.code === 'E_DECODE') tot.decode++;
    else tot.errors++;
    console.log(`seed ${seed} ${src.name} ${d.kind} bad=${d.bad} (${(d.share * 100).toFixed(2)}%): ${e.code} ${String(e.message).slice(0, 120)}`);
    continue;
  }
  if (report.warnings.some((w) => w.code === 'encoding_repaired')) tot.repaired++;
  const cmp = compareReport(src.name, report, src.golden);
  const wrong = cmp.fields.filter((f) => !f.ok && f.actual !== null && f.actual !== undefined && f.confidence >= 0.9);
  tot.fields += cmp.total;
  tot.right += cmp.correct;
  tot.wrong += wrong.length;
  tot.low += cmp.total - cmp.correct - wrong.length;
  if (wrong.length > 0 || VERBOSE) {
    console.log(`seed ${seed} ${src.name} ${d.kind} bad=${d.bad} (${(d.share * 100).toFixed(2)}%): right ${cmp.correct}/${cmp.total}, wrong≥0.9 ${wrong.length}`);
    for (const w of wrong) console.log(`   ${w.key} expected ${w.expected} got ${w.actual} @${w.confidence}`);
  }
}
console.log(JSON.stringify(tot));
