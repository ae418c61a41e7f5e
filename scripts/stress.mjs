#!/usr/bin/env node
/**
 * @file Damage generator: `npm run stress -- --docs 300 --seed 7 [--pdf 10] [--docx 5]
 * [--ops rowDeleted,unitLost] [--formats text,html] [--out .tmp/stress] [--worst 25] [--json FILE]`.
 *
 * Renders reports with random values in the template (text dumps and HTML pages; `--pdf N` /
 * `--docx N` more printed from HTML, slow), damages each by 0–2 operators (scripts/stress-ops.mjs),
 * extracts them in-process from dist/ (run `npm run build` first) and prints, per format and per
 * operator, fields right / missing / wrong and wrong at confidence ≥ 0.9, plus the calibration table
 * (share right per confidence band over emitted values). Keys an operator made undeterminable
 * count apart ("undet."): for them missing or low is right; a wrong value at ≥ 0.9 is still silent.
 * Determinability of text streams printed one value per line (collapse, split, raw column order,
 * pages): a field counts as determined only if every reading of the rendered stream that satisfies
 * the template's identities, built with the moves of the operators applied (collapse: a token is a
 * run of equal lines; join: two lines are one number), in every order the printed labels allow,
 * gives it the same value. The referee is scripts/stress-determine.mjs (not the product's decoder);
 * its search is bounded and a block past the bound counts as undetermined (the summary line
 * "determinability" gives how many, and how many fields the former rule counted otherwise).
 * The worst documents (input + report + diff) go to `--out` (default .tmp/stress/, gitignored).
 * Exit 1 when any value is wrong at ≥ 0.9.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg } from './cli-args.mjs';
import { canPrint, damage, makeDoc, render } from './stress-render.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(join(ROOT, 'dist/index.js'));

const strArg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DOCS = numberArg('docs', 300);
const SEED = numberArg('seed', 1);
const PDF = numberArg('pdf', 0);
const DOCX = numberArg('docx', 0);
const WORST = numberArg('worst', 25);
const OUT = strArg('out', join(ROOT, '.tmp/stress'));
const ONLY = strArg('ops', '') ? strArg('ops', '').split(',') : undefined;
const FORMATS = strArg('formats', 'text,html').split(',');
const CONFIDENT = 0.9;
const BANDS = [0, 0.5, 0.7, 0.9];

const same = (a, b) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const blank = () => ({ docs: 0, fields: 0, right: 0, missing: 0, wrong: 0, silent: 0, undet: 0, undetRight: 0, undetSilent: 0, failed: 0 });

/** Per-field verdicts of one extraction against the chosen values. */
function judge(doc, report) {
  const data = flattenData(report.data);
  const diffs = [];
  for (const [key, want] of doc.expected) {
    const got = data.has(key) ? data.get(key) : undefined;
    const conf = report.fields[key]?.confidence ?? 0;
    const flags = report.fields[key]?.flags ?? ['absent'];
    const right = want === null ? got === null : same(got, want);
    const emitted = typeof got === 'number';
    const kind = right ? 'right' : !emitted ? 'missing' : conf >= CONFIDENT ? 'silent' : 'wrong';
    diffs.push({ key, want, got, conf, flags, kind, undetermined: doc.undetermined.has(key) });
  }
  return diffs;
}

function tally(s, diffs, failed) {
  s.docs++;
  if (failed) s.failed++;
  for (const d of diffs) {
    s.fields++;
    if (d.undetermined) {
      s.undet++;
      if (d.kind === 'right') s.undetRight++;
      if (d.kind === 'silent') s.undetSilent++;
      continue;
    }
    s[d.kind === 'silent' ? 'wrong' : d.kind]++;
    if (d.kind === 'silent') s.silent++;
  }
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
function table(title, rows) {
  console.log(`\n${title}`);
  console.log(['', 'docs', 'fields', 'right', 'missing', 'wrong', 'wrong>=.9', 'undet.', 'undet right', 'undet>=.9', 'failed'].map((h, i) => (i ? h.padStart(i === 3 || i === 8 ? 15 : 10) : h.padEnd(20))).join(''));
  for (const [name, s] of rows) {
    const det = s.fields - s.undet;
    const cells = [s.docs, s.fields, `${s.right} ${pct(s.right, det)}`, s.missing, s.wrong, s.silent, s.undet, `${s.undetRight} ${pct(s.undetRight, s.undet)}`, s.undetSilent, s.failed];
    console.log(name.padEnd(20) + cells.map((c, i) => String(c).padStart(i === 2 || i === 7 ? 15 : 10)).join(''));
  }
}

const byFormat = new Map();
const byOp = new Map();
const total = blank();
const bands = BANDS.map(() => ({ n: 0, right: 0 }));
const worst = [];
const plan = [];
for (let i = 0; i < DOCS; i++) plan.push(FORMATS[i % FORMATS.length]);
for (let i = 0; i < PDF; i++) plan.push('pdf');
for (let i = 0; i < DOCX; i++) plan.push('docx');
const started = Date.now();
const det = { old: 0, now: 0, toUndet: new Map(), toDet: 0, toDetWhy: new Map(), examples: [], errors: 0, budget: 0 };
/** Counts how the referee's rule (scripts/stress-determine.mjs) moved fields from the former one. */
function compareRules(doc) {
  if (!doc.legacy) return;
  det.errors += doc.refereeErrors ?? 0;
  for (const key of doc.expected.keys()) {
    const was = !doc.legacy.has(key);
    const is = !doc.undetermined.has(key);
    det.old += was;
    det.now += is;
    if (doc.why.get(key)?.endsWith('budget')) det.budget++;
    if (was && !is) {
      const why = doc.why.get(key) ?? 'other';
      det.toUndet.set(why, (det.toUndet.get(why) ?? 0) + 1);
      if (det.examples.length < 8 && !det.examples.some((e) => e.startsWith(`${doc.seed} `) || e.endsWith(why))) det.examples.push(`${doc.seed} ${key} (${doc.ops.join('+')}) ${why}`);
    }
    if (!was && is) {
      det.toDet++;
      // The former rule marked every row a collapsed run crossed, and checked one total only.
      const why = `${key.split('.')[0]} (${[...new Set(doc.ops)].sort().join('+')})`;
      det.toDetWhy.set(why, (det.toDetWhy.get(why) ?? 0) + 1);
    }
  }
}
for (const [i, format] of plan.entries()) {
  if ((format === 'pdf' || format === 'docx') && !canPrint(format)) continue;
  const doc = damage(makeDoc(SEED * 100_003 + i, format), ONLY);
  const input = render(doc);
  let report;
  let error = null;
  try {
    report = await extract(new Uint8Array(input.bytes), { name: input.name });
  } catch (e) {
    error = `${e.code ?? 'crash'}: ${e.message}`;
    report = { data: {}, fields: {} };
  }
  const diffs = judge(doc, report);
  compareRules(doc);
  for (const s of [total, byFormat.get(format) ?? byFormat.set(format, blank()).get(format), ...doc.ops.map((o) => byOp.get(o) ?? byOp.set(o, blank()).get(o))]) tally(s, diffs, error !== null);
  for (const d of diffs) {
    if (typeof d.got !== 'number') continue;
    const b = BANDS.findLastIndex((x) => d.conf >= x);
    bands[b].n++;
    if (d.kind === 'right') bands[b].right++;
  }
  const silent = diffs.filter((d) => d.kind === 'silent').length;
  const wrong = diffs.filter((d) => d.kind !== 'right' && !d.undetermined).length;
  worst.push({ score: silent * 1000 + wrong, doc, input, report, diffs, error });
  worst.sort((a, b) => b.score - a.score);
  worst.length = Math.min(worst.length, WORST);
}

const formatDone = Date.now() - started;
console.log(`stress: ${total.docs} documents, seed ${SEED}, ${(formatDone / 1000).toFixed(1)} s`);
table('by format', [...byFormat]);
table('by operator (a document with two operators counts under both)', [...byOp].sort((a, b) => a[0].localeCompare(b[0])));
table('all', [['all', total]]);
if (det.old) {
  console.log(`\ndeterminability (text streams): former rule ${det.old} fields, referee ${det.now}; ${det.budget} undetermined by the search bound, ${det.errors} referee misses (blocks whose true reading it did not find)`);
  console.log(`  determined -> undetermined: ${[...det.toUndet].map(([w, n]) => `${w} ${n}`).join(', ') || 'none'}; undetermined -> determined: ${det.toDet}`);
  console.log(`  undetermined -> determined by table (operators): ${[...det.toDetWhy].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([w, n]) => `${w} ${n}`).join(', ')}`);
  for (const e of det.examples) console.log(`  e.g. ${e}`);
}
console.log('\ncalibration (emitted values): band, values, share right');
BANDS.forEach((lo, i) => console.log(`  [${lo.toFixed(1)}, ${(BANDS[i + 1] ?? 1).toFixed(1)}${i === BANDS.length - 1 ? ']' : ')'}`.padEnd(14) + String(bands[i].n).padStart(8) + pct(bands[i].right, bands[i].n).padStart(9)));

rmSync(OUT, { recursive: true, force: true });
for (const [rank, w] of worst.entries()) {
  if (w.score === 0) break;
  const dir = join(OUT, `${String(rank).padStart(2, '0')}-${w.doc.format}-${w.doc.ops.join('+')}-${w.doc.seed}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, w.input.name), w.input.bytes);
  writeFileSync(join(dir, 'report.json'), JSON.stringify(w.report, null, 1));
  const lines = w.diffs.filter((d) => d.kind !== 'right').map((d) => `${d.kind.padEnd(8)}${d.undetermined ? 'undet ' : '      '}${d.key}: want ${d.want} got ${d.got} at ${d.conf} [${d.flags.join(',')}]`);
  writeFileSync(join(dir, 'diff.txt'), `${w.error ? `error ${w.error}\n` : ''}ops: ${w.doc.ops.join(', ')}; version ${w.doc.version}${w.doc.combined ? ' combined' : ''}; style ${w.doc.style}\n${lines.join('\n')}\n`);
}
console.log(`\nworst cases in ${OUT}`);
const json = strArg('json', '');
if (json) writeFileSync(json, JSON.stringify({ seed: SEED, total, det: { ...det, toUndet: Object.fromEntries(det.toUndet), toDetWhy: Object.fromEntries(det.toDetWhy) }, byFormat: Object.fromEntries(byFormat), byOp: Object.fromEntries(byOp), bands }, null, 1));
process.exit(total.silent + total.undetSilent > 0 ? 1 : 0);
