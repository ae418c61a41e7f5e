/**
 * @file The loop two generators share (unit-line-variants.mjs, numbered-print-variants.mjs): each seed's
 * report printed by Chromium on its papers and dumped by the given extractors (files kept under
 * OUT/<seed>/, reused unless `--force`), each dump extracted with the build in XXGK_DIST (default dist/)
 * and its fields of tables 二–四 counted against the truth: right (at ≥ 0.9), wrong at ≥ 0.9, at 0.8–0.9,
 * below 0.8, missing — per dump kind and in all. Exits 1 on a field wrong at ≥ 0.8.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumPdf, printers } from './print-pdf.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.XXGK_DIST ?? join(ROOT, 'dist');
const SHOW = process.argv.includes('--show');
const FORCE = process.argv.includes('--force');
/** ms per document (DOC_TIMEOUT): a loaded machine needs more than the default. */
const TIMEOUT = Number(process.env.DOC_TIMEOUT ?? 400_000);

/** The seed's dumps, made once: [[name, kind, text path]]. `papers`: name → CSS added to the page's style. */
function dumpsOf(seed, v, { out, papers, dumps }) {
  const dir = join(out, String(seed));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(v.truth, null, 1));
  const made = [];
  for (const paper of v.papers) {
    const pdf = join(dir, `${paper}.pdf`);
    if (FORCE || !existsSync(pdf)) chromiumPdf(v.html.replace('</style>', `${papers[paper]}</style>`), pdf);
    for (const s of dumps) {
      const file = join(dir, `${paper}-${s.name}.txt`);
      if (FORCE || !existsSync(file)) {
        if (!s.ok()) continue;
        try {
          writeFileSync(file, s.run(pdf));
        } catch (e) {
          console.error(`seed ${seed} ${paper} ${s.name}: ${String(e.message).split('\n')[0]}`);
          continue;
        }
      }
      made.push([`${paper}-${s.name}`, s.name, file]);
    }
  }
  return made;
}

/**
 * Seeds `lo`..`hi`: `build(seed)` → { html, truth, papers, describe }; `dumps`: the extractors
 * ({ name, ok(), run(pdf) → text }); prints the counts and exits.
 */
export async function scorePrintDumps({ build, lo, hi, out, papers, dumps }) {
  if (!printers.chromium) {
    console.error('chromium is not installed');
    process.exit(2);
  }
  const { extract, flattenData } = await import(pathToFileURL(join(DIST, 'index.js')).href);
  const fresh = () => ({ docs: 0, fields: 0, right: 0, rightHigh: 0, wrongHigh: 0, wrong8: 0, wrongLow: 0, missing: 0 });
  const byDump = {};
  const sum = fresh();
  for (let seed = lo; seed <= hi; seed++) {
    const v = build(seed);
    for (const [name, kind, file] of dumpsOf(seed, v, { out, papers, dumps })) {
      let rep;
      try {
        rep = await extract(readFileSync(file), { name: `${seed}-${name}.txt`, timeoutMs: TIMEOUT });
      } catch (e) {
        console.log(`seed ${seed} ${name}: failed ${e.code ?? ''} ${String(e.message).split('\n')[0]}`);
        rep = { data: {}, fields: {} };
      }
      const got = new Map(flattenData(rep.data ?? {}));
      const d = fresh();
      const bad = [];
      for (const [k, want] of Object.entries(v.truth)) {
        if (want === null) continue;
        const got1 = got.get(k);
        const conf = rep.fields[k]?.confidence ?? 0;
        d.fields++;
        if (typeof got1 !== 'number') d.missing++;
        else if (Math.abs(got1 - want) < 1e-6) {
          d.right++;
          if (conf >= 0.9) d.rightHigh++;
        } else {
          d[conf >= 0.9 ? 'wrongHigh' : conf >= 0.8 ? 'wrong8' : 'wrongLow']++;
          if (conf >= 0.8) bad.push(`${k}=${got1} (truth ${want}) @${conf}`);
        }
      }
      d.docs = 1;
      for (const s of [(byDump[kind] ??= fresh()), sum]) for (const f of Object.keys(d)) s[f] += d[f];
      if (SHOW || bad.length) console.log(`seed ${seed} ${name} (${v.describe}): right ${d.right}/${d.fields} (≥0.9 ${d.rightHigh}) wrong ≥0.9 ${d.wrongHigh} 0.8–0.9 ${d.wrong8} <0.8 ${d.wrongLow} missing ${d.missing}`);
      if (SHOW) for (const b of bad) console.log(`    ${b}`);
    }
  }
  const line = (t) => `${String(t.docs).padStart(3)} docs ${t.fields} fields: right ${t.right} (${((100 * t.right) / Math.max(1, t.fields)).toFixed(1)} %, ≥0.9 ${t.rightHigh}), wrong ≥0.9 ${t.wrongHigh}, 0.8–0.9 ${t.wrong8}, <0.8 ${t.wrongLow}, missing ${t.missing}`;
  for (const [k, t] of Object.entries(byDump).sort()) console.log(`${k.padEnd(14)} ${line(t)}`);
  console.log(`seeds ${lo}..${hi}   ${line(sum)}`);
  process.exit(sum.wrongHigh + sum.wrong8 ? 1 : 0);
}
