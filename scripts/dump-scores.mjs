/**
 * @file The run the print-and-dump variant scripts share (slide-blank-variants, narrow-cell-variants,
 * wrapped-cell-variants; posjoin47 folded it out of them): every build listed (`--dist dist,/tmp/snapNN/dist`)
 * extracts each output of each seed's variant (`--seeds A..B`), each field of the truth tallied in bands
 * (template-data countBands: right, right ≥ 0.9, missing, wrong < 0.8, wrong 0.8–0.9, WRONG ≥ 0.9); a
 * document whose fields are read otherwise at 0.8 or more (or every one of them with `--show`) printed as
 * it is found; then a table per build and output kind and all of them, and exit 1 on a WRONG ≥ 0.9.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seedRange, stringArg } from './cli-args.mjs';
import { bandTally, countBands } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Runs the seeds and prints the tallies. `variantOf(seed)` → { data, what, … }; `outputOf(v, seed, kind, dir)` → [bytes,
 * extension] (`dir` a scratch directory of the seed's, removed after; a throw skips that output); `nameOf(seed, kind, ext)`
 * the file name extract is given; `truthOf(v)` the fields scored (default all of `v.data`).
 */
export async function scoreOutputs({ kinds, seeds, variantOf, outputOf, nameOf, truthOf = (v) => v.data, scratch = 'xxgk-dump-' }) {
  const dists = stringArg('dist', 'dist').split(',');
  const [from, to] = seedRange(seeds);
  const show = process.argv.includes('--show');
  const builds = await Promise.all(dists.map((d) => import(pathToFileURL(join(isAbsolute(d) ? d : join(ROOT, d), 'index.js')).href)));
  const totals = dists.map(() => Object.fromEntries(kinds.map((k) => [k, bandTally()])));
  for (let seed = from; seed <= to; seed++) {
    const v = variantOf(seed);
    const dir = mkdtempSync(join(tmpdir(), scratch));
    try {
      for (const kind of kinds) {
        let bytes, ext;
        try {
          [bytes, ext] = outputOf(v, seed, kind, dir);
        } catch (e) {
          console.log(`${seed} ${kind} not made (${e.code ?? e.message}): skipped`);
          continue;
        }
        for (const [b, { extract, flattenData }] of builds.entries()) {
          const s = totals[b][kind];
          const report = await extract(new Uint8Array(bytes), { name: nameOf(seed, kind, ext), timeoutMs: Number(process.env.DOC_TIMEOUT ?? 60000) }).catch(() => null);
          const bad = countBands(s, report, report ? flattenData(report.data) : new Map(), truthOf(v));
          if (show || bad.some((x) => x.endsWith('!'))) console.log(`${dists[b]} ${seed} ${kind} [${v.what}] ${bad.length} wrong: ${bad.filter((x) => x.endsWith('!')).concat(bad.filter((x) => !x.endsWith('!'))).slice(0, 6).join('; ')}`);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const pct = (n, d) => (d ? ((100 * n) / d).toFixed(1) : '-');
  console.log('build\tkind\tdocs\tfields\tright%\tR>=.9%\tmissing\twrong<.8\tW.8-.9\tWRONG>=.9');
  let high = 0;
  const row = (d, k, s) => console.log(`${d}\t${k}\t${s.docs}\t${s.fields}\t${pct(s.right, s.fields)}\t${pct(s.rightHigh, s.fields)}\t${s.missing}\t${s.wrongLow}\t${s.wrongMid}\t${s.wrongHigh}`);
  dists.forEach((d, b) => {
    const all = bandTally();
    for (const k of kinds) {
      const s = totals[b][k];
      for (const f of Object.keys(all)) all[f] += s[f];
      high += s.wrongHigh;
      row(d, k, s);
    }
    if (kinds.length > 1) row(d, 'ALL', all);
  });
  process.exit(high > 0 ? 1 : 0);
}
