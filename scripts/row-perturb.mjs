#!/usr/bin/env node
/**
 * @file Row perturbation generator (issue: a row reading that breaks its own total kept at ≥ 0.9):
 * random valid reports (scripts/stress-render.mjs), one or two cells of table 三/四 rows dropped,
 * collapsed, split, fused, swapped or a total printed wrong (scripts/row-perturb-ops.mjs), rendered
 * as a text dump (tab, spaced layout, one cell per line, optionally with identical lines collapsed
 * as archives do) or HTML, read by the built library. Prints per perturbation: values at ≥ 0.9,
 * right / wrong at ≥ 0.9, and fields at ≥ 0.9 the output's own identities contradict without a flag
 * (`breach`) or that no evaluated identity reaches (`unchecked`). Exit 1 on any wrong at ≥ 0.9 or breach.
 *
 *   npm run build && node scripts/row-perturb.mjs --seeds 1..200 [--formats text,html] [--ops drop,swap] [--verbose] [--dist DIR]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { identityBreaches, perturbedInput, PERTURBATIONS } from './row-perturb-ops.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.argv.includes('--dist') ? resolve(process.argv[process.argv.indexOf('--dist') + 1]) : join(ROOT, 'dist');
const { extract, flattenData, TEMPLATE_2019, TEMPLATE_2021, TEMPLATE_2021_COMBINED } = await import(join(DIST, 'index.js'));
const [from, to] = seedRange('1..200');
const FORMATS = stringArg('formats', 'text,html').split(',');
const ONLY = stringArg('ops', '') ? stringArg('ops', '').split(',') : Object.keys(PERTURBATIONS);
const VERBOSE = process.argv.includes('--verbose');

/** The template variant whose keys the report has. */
function templateOf(report) {
  if (report.meta.templateVersion === '2019') return TEMPLATE_2019;
  return report.fields['requests.otherHandling.combined.total'] ? TEMPLATE_2021_COMBINED : TEMPLATE_2021;
}

const blank = () => ({ docs: 0, fields: 0, confident: 0, right: 0, wrong: 0, breach: 0, unchecked: 0, failed: 0 });
const stats = new Map([['all', blank()]]);
const same = (a, b) => typeof a === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

for (let seed = from; seed <= to; seed++) {
  const { doc, done, input } = perturbedInput(seed, FORMATS, ONLY);
  const format = doc.format;
  const tallies = [stats.get('all'), ...new Set(done.map((d) => d.name))].map((n) => (typeof n === 'string' ? stats.get(n) ?? stats.set(n, blank()).get(n) : n));
  let report;
  try {
    report = await extract(new Uint8Array(input.bytes), { name: input.name });
  } catch (e) {
    for (const s of tallies) s.failed++;
    if (VERBOSE) console.log(`seed ${seed}: ${e.code ?? 'crash'} ${e.message}`);
    continue;
  }
  const data = flattenData(report.data);
  const wrong = [];
  let confident = 0;
  let right = 0;
  for (const [key, want] of doc.expected) {
    const f = report.fields[key];
    if (!f || f.confidence < 0.9) continue;
    confident++;
    if (same(data.get(key), want)) right++;
    else wrong.push(`${key}: want ${want} got ${data.get(key)} at ${f.confidence} [${f.flags.join(',')}]`);
  }
  const { breaches, unchecked } = identityBreaches(report, templateOf(report).identities, data);
  for (const s of tallies) {
    s.docs++;
    s.fields += doc.expected.size;
    s.confident += confident;
    s.right += right;
    s.wrong += wrong.length;
    s.breach += breaches.length;
    s.unchecked += unchecked.length;
  }
  if (VERBOSE || wrong.length || breaches.length || unchecked.length) {
    console.log(`seed ${seed} ${format}/${doc.style}${doc.collapse ? '+collapsed' : ''}: ${done.map((d) => `${d.name} (${d.what})`).join('; ')}`);
    for (const w of wrong) console.log(`  WRONG ≥ 0.9 ${w}`);
    for (const b of breaches) console.log(`  BREACH ${b}`);
    for (const u of unchecked) console.log(`  UNCHECKED ≥ 0.9 ${u}`);
  }
}

const pad = (c, i) => (i ? String(c).padStart(11) : String(c).padEnd(12));
console.log(`\nrow perturbations, seeds ${from}..${to}, formats ${FORMATS.join(',')}`);
console.log(['', 'docs', 'fields', '>=0.9', 'right>=.9', 'wrong>=.9', 'breach', 'unchecked', 'failed'].map(pad).join(''));
for (const [name, s] of [...stats].sort((a, b) => (a[0] === 'all' ? 1 : b[0] === 'all' ? -1 : a[0].localeCompare(b[0])))) {
  console.log([name, s.docs, s.fields, s.confident, s.right, s.wrong, s.breach, s.unchecked, s.failed].map(pad).join(''));
}
const all = stats.get('all');
process.exit(all.wrong + all.breach > 0 ? 1 : 0);
