/**
 * @file Scores the dumps `plain-dumps.mjs` wrote (OUT/s<seed>-v<variant>-<mode>.txt, truth beside
 * each as `.json`) with one build: per mode the fields (the values printed: every identity holds),
 * right, right at ≥ 0.9, low (right below 0.9, or missing), wrong below 0.8, wrong at 0.8–0.9, WRONG at ≥ 0.9, and the
 * CPU time of the extractions; `--t3` counts table 三's fields alone, `--misses` lists the fields
 * not right at ≥ 0.9, `--json FILE` writes every field's verdict (to diff two builds).
 *
 *   npm run build && nice node scripts/score-dumps.mjs [OUT=/tmp/plain-dumps] [--modes plain,raw] [--t3] [--misses] [--json FILE]
 *
 * XXGK_DIST=/path/to/dist scores another build (main's: XXGK_DIST=/work/main/dist). Exit 1 when
 * any field is wrong at ≥ 0.9.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js'));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const OUT = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1].startsWith('--') && !['--t3', '--misses'].includes(all[i - 1]))) ?? '/tmp/plain-dumps';
const MODES = arg('modes', 'plain,raw').split(',');
const T3 = process.argv.includes('--t3');
const CONFIDENT = 0.9;

const totals = new Map();
const misses = [];
const verdicts = {};
for (const name of readdirSync(OUT).filter((n) => n.endsWith('.txt')).sort()) {
  const mode = name.replace(/^.*-(\w+)\.txt$/, '$1');
  if (!MODES.includes(mode)) continue;
  const truth = JSON.parse(readFileSync(join(OUT, `${name}.json`), 'utf8'));
  const expected = flattenData(truth.data);
  const t0 = process.cpuUsage();
  const report = await extract(new Uint8Array(readFileSync(join(OUT, name))), { name });
  const dt = process.cpuUsage(t0);
  const got = flattenData(report.data ?? {});
  const t = totals.get(mode) ?? totals.set(mode, { files: 0, det: 0, right: 0, high: 0, low: 0, wrongLow: 0, wrongMid: 0, wrongHigh: 0, cpu: 0, maxCpu: 0 }).get(mode);
  t.files++;
  const ms = (dt.user + dt.system) / 1000;
  t.cpu += ms;
  t.maxCpu = Math.max(t.maxCpu, ms);
  for (const [key, want] of expected) {
    if (want === null || want === undefined) continue;
    if (T3 && !key.startsWith('requests.')) continue;
    t.det++;
    const g = got.get(key);
    const conf = report.fields?.[key]?.confidence ?? 0;
    const same = typeof g === 'number' && Math.abs(g - want) <= 1e-6 * Math.max(1, Math.abs(want));
    let v;
    if (same) (t.right++, (v = conf >= CONFIDENT ? 'high' : 'low'), conf >= CONFIDENT ? t.high++ : t.low++);
    else if (g === null || g === undefined) (t.low++, (v = 'missing'));
    else if (conf >= CONFIDENT) (t.wrongHigh++, (v = 'WRONG'));
    else if (conf >= 0.8) (t.wrongMid++, (v = 'wrong.8'));
    else (t.wrongLow++, (v = 'wrong'));
    verdicts[`${name} ${key}`] = v;
    if (v !== 'high' && (process.argv.includes('--misses') || v === 'WRONG' || v === 'wrong.8')) misses.push(`${name} ${key}: ${v} ${g ?? '-'} @${conf} (want ${want})`);
  }
}
const H = ['mode', 'files', 'fields', 'right', 'right>=.9', 'low/miss', 'wrong<.8', 'W.8-.9', 'WRONG>=.9', 'cpu s', 'max s'];
console.log(H.map((h, i) => (i ? h.padStart(11) : h.padEnd(6))).join(''));
for (const [mode, t] of totals) {
  const pct = (n) => `${n} ${((100 * n) / t.det).toFixed(1)}%`;
  console.log(mode.padEnd(6) + [t.files, t.det, pct(t.right), pct(t.high), t.low, t.wrongLow, t.wrongMid, t.wrongHigh, (t.cpu / 1000).toFixed(1), (t.maxCpu / 1000).toFixed(2)].map((c) => String(c).padStart(11)).join(''));
}
for (const m of misses) console.log(`  ${m}`);
if (arg('json', null)) writeFileSync(arg('json', null), JSON.stringify(verdicts, null, 1));
process.exitCode = [...totals.values()].some((t) => t.wrongHigh) ? 1 : 0;
