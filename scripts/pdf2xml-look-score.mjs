// node scripts/pdf2xml-look-score.mjs DIR [DIST_A DIST_B]  — per file and in total: right, wrong ≥ 0.9, wrong 0.8–0.9, missing,
// for dist A (default /tmp/snap44/dist) → dist B (default ./dist); golden: FILE's stem + .golden.json (.s.golden.json for -s).
import fs from 'fs';
import path from 'path';
const [dir, A = '/tmp/snap44/dist', B = 'dist'] = process.argv.slice(2);
const libs = await Promise.all([A, B].map((d) => import(path.resolve(d, 'entry.js'))));
const flat = (d, p = '', o = {}) => { for (const [k, v] of Object.entries(d || {})) { if (v && typeof v === 'object' && !Array.isArray(v)) flat(v, p + k + '.', o); else o[p + k] = v; } return o; };
const tot = [{}, {}];
const files = fs.readdirSync(dir).filter((f) => /\.(xml|s\.html)$/.test(f) && (!process.env.ONLY || new RegExp(process.env.ONLY).test(f))).sort();
for (const f of files) {
  const gold = flat(JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.xml$/, '.golden.json').replace(/\.s\.html$/, '.s.golden.json')), 'utf8')).data);
  const row = [];
  for (const [i, lib] of libs.entries()) {
    const c = { ok: 0, w9: 0, w8: 0, wl: 0, miss: 0, n: 0 };
    try {
      const r = await lib.extract(path.join(dir, f));
      const d = flat(r.data);
      for (const k of Object.keys(gold)) {
        const [v, conf] = [d[k], r.fields[k]?.confidence ?? 0];
        c.n++;
        if (v === gold[k]) c.ok++; else if (v == null) c.miss++; else if (conf >= 0.9) c.w9++; else if (conf >= 0.8) c.w8++; else c.wl++;
        if (i === 1 && v !== gold[k] && v != null && conf >= 0.8 && process.env.SHOW) console.log(`   WRONG ${f} ${k}: ${v} want ${gold[k]} @${conf}`);
      }
    } catch (e) { c.err = 1; }
    for (const [k, v] of Object.entries(c)) tot[i][k] = (tot[i][k] ?? 0) + v;
    row.push(`${c.ok}/${c.n} W9 ${c.w9} W8 ${c.w8}${c.err ? ' ERR' : ''}`);
  }
  console.log(f.padEnd(22), row.join('  →  '));
}
for (const [i, t] of tot.entries()) console.log(i ? 'B' : 'A', `right ${t.ok}/${t.n} (${((100 * t.ok) / t.n).toFixed(1)} %) W≥0.9 ${t.w9} W.8–.9 ${t.w8} W<.8 ${t.wl} missing ${t.miss}`);
