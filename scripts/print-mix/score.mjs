#!/usr/bin/env node
// Copied from breaker39's score.mjs (conf40): ROOT=HO node scripts/print-mix/score.mjs DIST OUT scores HO/docs against HO/src goldens.
// node score.mjs DIST OUTDIR   — extracts every /tmp/breaker39/docs/<kind>/<rNN>.<ext> in-process with DIST/entry.js,
// judges against /tmp/breaker39/src/<rNN>.golden.json (scripts/dump-judge.mjs), writes OUTDIR/docs/<kind>__<file>.json
// and OUTDIR/summary.{txt,json}. Env: KINDS=regex (only those kinds), FORCE=1 (re-extract docs already scored),
// SUMMARY_ONLY=1 (only rebuild the summary from per-document JSON), OCR_KINDS=regex (kinds extracted with ocr:'auto'; default ^scan).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
const [DIST, OUT] = process.argv.slice(2).map((p) => resolve(p));
if (!DIST || !OUT) throw new Error('usage: score.mjs DIST OUTDIR');
const ROOT = process.env.ROOT ?? '/tmp/breaker39';
const REPO = process.env.REPO ?? new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const lib = await import(pathToFileURL(join(DIST, 'entry.js')).href);
const { goldenExpected, judge } = await import(`${REPO}/scripts/dump-judge.mjs`);
const TIMEOUT = 300_000;
mkdirSync(join(OUT, 'docs'), { recursive: true });
const kindRe = new RegExp(process.env.KINDS ?? '.');
const kinds = readdirSync(join(ROOT, 'docs')).filter((k) => kindRe.test(k)).sort();

const norm = (s) => String(s ?? '').replace(/\s+/g, '');
if (!process.env.SUMMARY_ONLY) for (const kind of kinds) {
  for (const file of readdirSync(join(ROOT, 'docs', kind)).sort()) {
    const stem = file.match(/^(r\d\d)/)?.[1];
    if (!stem) continue;
    const out = join(OUT, 'docs', `${kind}__${file}.json`);
    if (existsSync(out) && !process.env.FORCE) continue;
    const gpath = join(ROOT, 'src', `${stem}.golden.json`);
    const golden = JSON.parse(readFileSync(gpath, 'utf8'));
    const t0 = Date.now();
    let rep, error;
    try {
      const bytes = readFileSync(join(ROOT, 'docs', kind, file));
      const opts = new RegExp(process.env.OCR_KINDS ?? '^scan').test(kind) ? { name: file, ocr: 'auto', timeoutMs: TIMEOUT } : { name: file, timeoutMs: TIMEOUT };
      rep = await Promise.race([lib.extract(bytes, opts), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout 300 s')), TIMEOUT).unref())]);
    } catch (e) { error = String(e?.message ?? e); }
    const ms = Date.now() - t0;
    const expected = goldenExpected(gpath, lib.flattenData);
    const s = judge(expected, rep ?? { data: {}, fields: {} }, lib.flattenData);
    const fl = rep ? lib.flattenData(rep.data ?? {}) : new Map();
    const bad = [];
    const verdicts = [];
    for (const [key, want] of expected) {
      if (want == null) continue;
      const got = fl.get(key);
      const conf = rep?.fields?.[key]?.confidence ?? 0;
      const ok = got != null && typeof got === 'number' && Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want));
      verdicts.push([key, ok ? (conf >= 0.9 ? 'sure' : 'right') : got == null ? 'missing' : conf >= 0.9 ? 'wHigh' : conf >= 0.8 ? 'wMid' : 'wLow']);
      if (got != null && !(typeof got === 'number' && Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want)))) bad.push({ key, got, want, conf, flags: rep.fields[key]?.flags ?? [] });
    }
    const gm = golden.meta, m = rep?.meta ?? {};
    const meta = { title: norm(m.title) === norm(gm.title), agency: norm(m.agency) === norm(gm.agency), year: m.year === gm.year, got: { title: m.title, agency: m.agency, year: m.year } };
    writeFileSync(out, JSON.stringify({ kind, file, stem, ms, error, det: s.det, right: s.right, sure: s.sure, missing: s.missing, wrong: s.wrong, silent: s.silent, bad, verdicts, meta, conf: rep?.confidence, template: m.templateVersion, misses: s.misses.slice(0, 80) }, null, 1));
    console.error(`${kind}/${file} ${ms} ms right ${s.right}/${s.det} sure ${s.sure} W≥.9 ${s.silent}${error ? ' ERROR ' + error : ''}`);
  }
}

// summary over every per-document JSON in OUT. clipped.json (gen/clipped.py): 'kind/file' → table prefixes
// the document's PDF does not hold (cut off the page): those fields are not determinable; EXCLUDE_CLIPPED=0 keeps them.
const clipped = existsSync(join(ROOT, 'clipped.json')) && process.env.EXCLUDE_CLIPPED !== '0' ? JSON.parse(readFileSync(join(ROOT, 'clipped.json'), 'utf8')) : {};
function recount(d) {
  const cut = clipped[`${d.kind}/${d.file}`] ?? [];
  if (!cut.length || !d.verdicts) return d;
  const n = { det: 0, right: 0, sure: 0, missing: 0 };
  for (const [key, v] of d.verdicts) {
    if (cut.some((p) => key.startsWith(p))) continue;
    n.det++;
    if (v === 'sure') (n.right++, n.sure++);
    else if (v === 'right') n.right++;
    else if (v === 'missing') n.missing++;
  }
  return { ...d, ...n, bad: d.bad.filter((b) => !cut.some((p) => b.key.startsWith(p))), cut };
}
const per = {};
const wrongHigh = [], wrongMid = [];
for (const f of readdirSync(join(OUT, 'docs')).sort()) {
  const d = recount(JSON.parse(readFileSync(join(OUT, 'docs', f), 'utf8')));
  const k = (per[d.kind] ??= { kind: d.kind, docs: 0, det: 0, right: 0, sure: 0, missing: 0, wLow: 0, wMid: 0, wHigh: 0, title: 0, agency: 0, year: 0, errors: 0, cut: 0 });
  k.docs++; k.det += d.det; k.right += d.right; k.sure += d.sure; k.missing += d.missing;
  k.title += d.meta.title; k.agency += d.meta.agency; k.year += d.meta.year; if (d.error) k.errors++; if (d.cut) k.cut++;
  for (const b of d.bad) {
    if (b.conf >= 0.9) (k.wHigh++, wrongHigh.push({ file: `${d.kind}/${d.file}`, ...b }));
    else if (b.conf >= 0.8) (k.wMid++, wrongMid.push({ file: `${d.kind}/${d.file}`, ...b }));
    else k.wLow++;
  }
}
const rows = Object.values(per).sort((a, b) => a.right / a.det - b.right / b.det);
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
const lines = ['kind                       docs  det   right%  ≥0.9%  missing  w<0.8  w.8-.9  W≥0.9  title agency year  err clippedDocs'];
const tot = { docs: 0, det: 0, right: 0, sure: 0, missing: 0, wLow: 0, wMid: 0, wHigh: 0 };
for (const k of rows) {
  for (const x of Object.keys(tot)) tot[x] += k[x];
  lines.push(`${k.kind.padEnd(26)} ${String(k.docs).padStart(4)} ${String(k.det).padStart(5)} ${pct(k.right, k.det).padStart(6)} ${pct(k.sure, k.det).padStart(6)} ${String(k.missing).padStart(7)} ${String(k.wLow).padStart(6)} ${String(k.wMid).padStart(6)} ${String(k.wHigh).padStart(6)}  ${k.title}/${k.docs} ${k.agency}/${k.docs} ${k.year}/${k.docs} ${k.errors} ${k.cut}`);
}
lines.push(`TOTAL ${tot.docs} docs, ${tot.det} fields: right ${pct(tot.right, tot.det)} %, ≥0.9 ${pct(tot.sure, tot.det)} %, missing ${tot.missing}, wrong<0.8 ${tot.wLow}, 0.8–0.9 ${tot.wMid}, ≥0.9 ${tot.wHigh}`);
lines.push('', 'WRONG ≥ 0.9:', ...wrongHigh.map((b) => `  ${b.file} ${b.key} got ${b.got} want ${b.want} @${b.conf} [${b.flags.join(',')}]`));
lines.push('', 'wrong 0.8–0.9:', ...wrongMid.map((b) => `  ${b.file} ${b.key} got ${b.got} want ${b.want} @${b.conf} [${b.flags.join(',')}]`));
writeFileSync(join(OUT, 'summary.txt'), lines.join('\n') + '\n');
writeFileSync(join(OUT, 'summary.json'), JSON.stringify({ kinds: rows, total: tot, wrongHigh, wrongMid }, null, 1));
console.log(lines.join('\n'));
