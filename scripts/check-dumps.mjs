#!/usr/bin/env node
/**
 * @file Scores the dumps `make-dumps.mjs` wrote: each `OUT/<setting>/<id>.txt` is extracted as a
 * text file and compared with its golden. Per extractor setting it prints: determinable fields
 * (golden non-null, not `uncertain`, and the value printed in the dump as a number of its own — a
 * number a careful reader can place), right, right at ≥ 0.9, low (right below 0.9, or missing; and
 * `order-low`, those of them right below 0.9 in a table warned `columns_unread`/`columns_reordered`:
 * the dump does not confirm the column order, which the product requires for 0.9), wrong below
 * 0.9 (and of those, wrong at 0.8–0.9), WRONG at ≥ 0.9; then the fields not determinable (`fused`: the value's digits
 * only inside a longer run of digits, as an extractor joining cells prints them; `absent`: not
 * in the dump at all) and the WRONG at ≥ 0.9 among them (these count as defects too).
 *
 *   npm run build && nice -n 10 node scripts/check-dumps.mjs [OUT=/tmp/xxgk-dumps] [--settings a,b] [--only ID_PART] [--misses] [--json FILE]
 *
 * Exit 1 when any field (determinable or not) is wrong at ≥ 0.9.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldenExpected, judge } from './dump-judge.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js'));

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : null;
};
const OUT = resolve(argv.find((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1].startsWith('--') && argv[i - 1] !== '--misses')) ?? '/tmp/xxgk-dumps');
const SETTINGS = opt('settings')?.split(',') ?? null;
const ONLY = opt('only');
const MISSES = argv.includes('--misses');

/** The numbers a dump prints as numbers of their own (thousands commas dropped), and its digit runs. */
function printedNumbers(text) {
  const t = text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const values = new Set();
  for (const m of t.matchAll(/\d+(?:\.\d+)?/g)) values.add(Number(m[0]));
  return { values, digits: t };
}

const index = JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8'));
const settings = readdirSync(OUT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (!SETTINGS || SETTINGS.includes(d.name)))
  .map((d) => d.name)
  .sort();
const rows = [];
const files = [];
for (const setting of settings) {
  const t = { setting, files: 0, det: 0, right: 0, sure: 0, low: 0, wrong: 0, mid: 0, silent: 0, order: 0, fused: 0, absent: 0, undetSilent: 0, failed: 0 };
  for (const x of index) {
    if (ONLY && !x.id.includes(ONLY)) continue;
    const file = join(OUT, setting, `${x.id}.txt`);
    if (!x.golden || !existsSync(file) || !existsSync(x.golden)) continue;
    const bytes = readFileSync(file);
    const { values, digits } = printedNumbers(bytes.toString('utf8'));
    const expected = goldenExpected(x.golden, flattenData);
    const kind = (want) => (values.has(want) ? 'det' : digits.includes(String(want)) ? 'fused' : 'absent');
    let report = {};
    let error = null;
    try {
      report = await extract(new Uint8Array(bytes), { name: 'dump.txt', format: 'text' });
    } catch (e) {
      error = `${e.code ?? 'crash'} ${String(e.message).slice(0, 100)}`;
    }
    const v = judge(expected, report, flattenData, (_, want) => kind(want) !== 'det');
    const undet = judge(new Map([...expected].filter(([, w]) => w !== null && w !== undefined && kind(w) !== 'det')), report, flattenData);
    t.files++;
    t.det += v.det;
    t.right += v.right;
    t.sure += v.sure;
    t.low += v.right - v.sure + v.missing;
    t.wrong += v.wrong;
    t.silent += v.silent;
    for (const [, w] of expected) if (w !== null && w !== undefined && kind(w) !== 'det') t[kind(w)]++;
    t.undetSilent += undet.silent;
    // Right but below 0.9 in a table whose column order the dump did not confirm (columns_unread / columns_reordered).
    const unordered = new Set((report.warnings ?? []).filter((w) => /^columns_(unread|reordered)$/.test(w.code)).flatMap((w) => w.keys ?? []));
    const got = flattenData(report.data ?? {});
    for (const [k, w] of expected) {
      // Wrong at 0.8–0.9 (a determinable field read as another number just below the sure band).
      const c = report.fields?.[k]?.confidence ?? 0;
      if (w !== null && w !== undefined && kind(w) === 'det' && got.get(k) !== undefined && got.get(k) !== null && got.get(k) !== w && c >= 0.8 && c < 0.9) t.mid++;
      if (w === null || w === undefined || kind(w) !== 'det' || !unordered.has(k.split('.')[0])) continue;
      if (got.get(k) === w && (report.fields?.[k]?.confidence ?? 0) < 0.9) t.order++;
    }
    if (error) t.failed++;
    files.push({ setting, id: x.id, det: v.det, sure: v.sure, silent: v.silent + undet.silent, error, misses: [...v.misses, ...undet.misses.filter((m) => m.includes('WRONG')).map((m) => `(not determinable) ${m}`)] });
  }
  rows.push(t);
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const head = ['setting', 'files', 'determinable', 'right', 'right>=.9', 'low', 'order-low', 'wrong<.9', 'wrong.8-.9', 'WRONG>=.9', 'fused', 'absent', 'undet WRONG', 'failed'];
console.log(head.map((h, i) => (i ? h.padStart(12) : h.padEnd(20))).join(''));
for (const t of rows) {
  console.log(t.setting.padEnd(20) + [t.files, t.det, `${t.right}`, `${t.sure} ${pct(t.sure, t.det)}`, t.low, t.order, t.wrong, t.mid, t.silent, t.fused, t.absent, t.undetSilent, t.failed].map((c) => String(c).padStart(12)).join(''));
}
const sum = (k) => rows.reduce((a, t) => a + t[k], 0);
console.log('all'.padEnd(20) + [sum('files'), sum('det'), sum('right'), `${sum('sure')} ${pct(sum('sure'), sum('det'))}`, sum('low'), sum('order'), sum('wrong'), sum('mid'), sum('silent'), sum('fused'), sum('absent'), sum('undetSilent'), sum('failed')].map((c) => String(c).padStart(12)).join(''));
const bad = files.filter((f) => f.sure < f.det || f.silent).sort((a, b) => b.silent - a.silent || b.det - b.sure - (a.det - a.sure));
console.log(`\nfiles below 100% right at >= .9 (${bad.length}):`);
for (const f of bad) {
  console.log(`  ${f.setting} ${f.id}: ${f.sure}/${f.det}${f.silent ? `, ${f.silent} WRONG >= .9` : ''}${f.error ? ` ${f.error}` : ''}`);
  if (MISSES) for (const m of f.misses.slice(0, 15)) console.log(`      ${m}`);
}
if (opt('json')) writeFileSync(opt('json'), JSON.stringify({ rows, files }, null, 1));
process.exit(files.some((f) => f.silent) ? 1 : 0);
