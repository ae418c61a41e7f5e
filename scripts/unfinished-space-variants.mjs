#!/usr/bin/env node
/**
 * @file Solver spaces an enumeration cannot finish (solve49): rows of several readings at one cost
 * whose combinations number more than the enumeration's work lets it evaluate (ENUMERATION_WORK /
 * identities) but not past MAX_COMBINATIONS — the shape a mostly-blank LibreOffice print gives
 * (fresh48 k11_21: 30 rows of 1–3 readings, 139 978 combinations, 42 identities, ~1 s of one core
 * per solve spent on a prefix of the space). Each seed (mulberry32) draws 8–16 rows a + b (+ c) =
 * total, each with 2–4 readings of its printed total split differently (some rows one reading), a
 * total row T and its column identities, and T printing the sums of one drawn combination
 * ('consistent'), those with one column off by one ('broken': no combination adds up) or the
 * sums moved between two columns ('shifted'). Every space is solved by each build given, its fields
 * and stats (violations and survivors read) compared and its steps (`tick`) counted.
 * `node scripts/unfinished-space-variants.mjs [--seeds 1-10] DIST [DIST2]` (DIST: a build, e.g. dist
 * or /tmp/x/dist with node_modules beside it): one line per seed — kind, rows, combinations, steps
 * per build, and whether the builds' outputs are the same. Dev seeds 1–10; held-out 11–30 (scored only).
 * `--many` (speed50): spaces of many consistent combinations with unknown cells — 14–21 rows, some with
 * a reading whose `a` and `b` are unknown (what the column identities derive), T printing one drawn combination's sums
 * — where the consistent search keeps MAX_CONSISTENT_SURVIVORS (5 000), gives up, and every one of them is
 * summarized with a propagate (fresh49 k2-2002-lohtml.pm-M6, a pdfminer -M 6 dump: ~0.3 s of one core
 * per solve). Each line adds the solve's CPU ms per build (min of 3, builds interleaved). Dev seeds
 * 1–10; held-out 11–30 (scored only).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rng } from './template-data.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--seeds');
const [lo, hi] = (at >= 0 ? args.splice(at, 2)[1] : '1-10').split('-').map(Number);
const manyAt = args.indexOf('--many');
const many = manyAt >= 0 && args.splice(manyAt, 1).length > 0;
const dists = args.length > 0 ? args : ['dist'];

/** One space of seed `seed` whose combinations lie between `most` (for its identity count) and `maxCombinations`. */
export function space(seed, enumerationWork, maxCombinations, manyUnknown = false) {
  const rnd = rng(seed * 7919 + 17 + (manyUnknown ? 500_009 : 0));
  const pick = (n) => Math.floor(rnd() * n);
  for (;;) {
    const cols = rnd() < 0.5 ? ['a', 'b'] : ['a', 'b', 'c'];
    const n = manyUnknown ? 14 + pick(8) : 8 + pick(9);
    const cell = (value) => ({ value, flags: [] });
    const rows = Array.from({ length: n }, (_, i) => {
      const total = pick(4);
      const k = rnd() < 0.2 ? 1 : 2 + pick(3);
      const seen = new Set();
      const candidates = [];
      for (let tries = 0; candidates.length < k && tries < 40; tries++) {
        const parts = cols.map(() => 0);
        for (let u = 0; u < total; u++) parts[pick(cols.length)]++;
        const key = parts.join(',');
        if (seen.has(key)) continue;
        seen.add(key);
        candidates.push({ cells: [...parts, total].map(cell), cost: 0 });
      }
      // --many: the first reading again with its `a` and `b` unknown (blanks read as unknown: only the column identities can derive them).
      if (manyUnknown && rnd() < 0.4) candidates.push({ cells: candidates[0].cells.map((c, ci) => (ci < 2 ? { value: undefined, flags: [] } : c)), cost: 0 });
      return { id: `g${i}`, keys: [...cols, 'total'].map((c) => `g${i}.${c}`), candidates };
    });
    const combinations = rows.reduce((p, g) => p * g.candidates.length, 1);
    const identities = [
      ...[...rows.map((g) => g.id), 'T'].map((id) => ({ id: `${id}.row`, total: `${id}.total`, parts: cols.map((c) => `${id}.${c}`) })),
      ...[...cols, 'total'].map((c) => ({ id: `col.${c}`, total: `T.${c}`, parts: rows.map((g) => `${g.id}.${c}`) })),
    ];
    // (The solver weighs only the identities some reading can change: those of keys every reading reads alike are set aside.)
    const fixed = new Set(rows.flatMap((g) => g.keys.filter((_, ci) => new Set(g.candidates.map((c) => c.cells[ci].value)).size === 1)));
    for (const c of [...cols, 'total']) fixed.add(`T.${c}`);
    const live = identities.filter((id) => ![id.total, ...id.parts].every((k) => fixed.has(k))).length;
    const most = Math.floor(enumerationWork / Math.max(1, live));
    if (combinations <= most || (!manyUnknown && combinations > maxCombinations)) continue;
    const chosen = rows.map((g) => g.candidates[pick(g.candidates.length)].cells.map((c) => c.value));
    const sums = [...cols, 'total'].map((_, ci) => chosen.reduce((s, r) => s + r[ci], 0));
    const kind = manyUnknown ? 'consistent' : ['consistent', 'broken', 'shifted'][pick(3)];
    if (kind === 'broken') sums[pick(cols.length)]++;
    if (kind === 'shifted' && sums[0] > 0) (sums[0]--, sums[1]++);
    const groups = [...rows, { id: 'T', keys: [...cols, 'total'].map((c) => `T.${c}`), candidates: [{ cells: sums.map(cell), cost: 0 }] }];
    return { kind, rows: n, combinations, groups, identities };
  }
}

const builds = await Promise.all(dists.map(async (d) => {
  const url = (p) => pathToFileURL(resolve(d, p)).href;
  const solver = await import(url('solve/index.js'));
  const budget = await import(url('_internal/work-budget.js'));
  return { d, solver, budget };
}));
let same = 0;
for (let seed = lo; seed <= hi; seed++) {
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const ms = builds.map(() => Infinity);
  const outs = builds.map(({ solver, budget }, b) => {
    const s = space(seed, solver.ENUMERATION_WORK, solver.MAX_COMBINATIONS, many);
    const s0 = budget.stepsCounted();
    const t0 = cpu();
    const r = solver.solve(s.groups, s.identities);
    ms[b] = cpu() - t0;
    const steps = budget.stepsCounted() - s0;
    const stats = { ...r.stats }; // (reads survivors and violations)
    return { s, steps, out: JSON.stringify({ fields: [...r.fields].sort(), stats }) };
  });
  // CPU: two more solves each, the builds' order turned (min kept: load only adds).
  for (const run of many ? [1, 2] : []) {
    for (const b of run % 2 ? [...builds.keys()].reverse() : [...builds.keys()]) {
      const s = space(seed, builds[b].solver.ENUMERATION_WORK, builds[b].solver.MAX_COMBINATIONS, many);
      const t0 = cpu();
      builds[b].solver.solve(s.groups, s.identities).stats.survivors;
      ms[b] = Math.min(ms[b], cpu() - t0);
    }
  }
  const equal = outs.every((o) => o.out === outs[0].out);
  if (equal) same++;
  const { kind, rows, combinations } = outs[0].s;
  const survivors = JSON.parse(outs[0].out).stats.survivors;
  const timed = many ? [`survivors ${survivors}`, `CPU ms ${ms.map((x) => x.toFixed(0)).join(' → ')}`] : [];
  console.log([`seed ${seed}`, kind, `${rows} rows`, `${combinations} combinations`, `steps ${outs.map((o) => o.steps).join(' → ')}`, ...timed, equal ? 'same' : 'DIFFER'].join('\t'));
}
console.log(`${same} of ${hi - lo + 1} the same across ${dists.join(', ')}`);
