#!/usr/bin/env node
/**
 * @file A proxy oracle of the table fields a `pdftotext -layout` dump of a mostly-blank report determines (layout51).
 *   node scripts/layout-determinable.mjs DIST DOCSDIR GOLDDIR > det.json
 * DOCSDIR holds `<id>__<print>.txt` dumps, GOLDDIR `<id>.golden.json` ({ data } in the template's shape; the fresh50 set's
 * goldens, or `blank-band-variants.mjs` truth rewritten so). Output: { "<id>__<print>": [field keys determined] }. A field
 * counts as determined when: table 三 — its row's label line (found by a keyword of the 2021 template's row) and the lines
 * down to the next row's print no number and the golden row is all 0 (printed blank), or each number printed there lies in
 * exactly one of the header's column bands (DIST's `layout/header-bands` headerBands, by span, else by overlapping one band)
 * and those places are the golden's; table 二 — a row printing its label alone (golden 0) or all its values; table 四 — no
 * digit between its heading and section 五 (golden all 0), or exactly its 15 values in order. An upper bound for rows the
 * bands place, a lower one for rows the identities determine (the oracle counts no derivation).
 */
import fs from 'fs'; import path from 'path';
const [dist, docs, gold] = process.argv.slice(2);
const { headerBands } = await import(path.resolve(dist) + '/layout/header-bands.js');
const ROWS = { newReceived: /本年新收/, carriedOver: /上年结转/, granted: /予以公开/, partiallyGranted: /部分公开/, 'denied.stateSecret': /国家秘密/, 'denied.prohibitedByLaw': /行政法规禁止/, 'denied.endangersStability': /三安全/, 'denied.thirdPartyRights': /第三方/, 'denied.internalAffairs': /内部事务/, 'denied.processInfo': /过程性/, 'denied.enforcementFiles': /执法案卷/, 'denied.adminQuery': /查询事项/, 'unavailable.notHeld': /不掌握/, 'unavailable.needsCreation': /没有现成/, 'unavailable.unclear': /补正后/, 'notProcessed.complaint': /信访/, 'notProcessed.duplicate': /重复申请/, 'notProcessed.publication': /出版物/, 'notProcessed.excessive': /大量反复/, 'notProcessed.confirmation': /确认或/, 'otherHandling.overdueCorrection': /无正当理由逾期/, 'otherHandling.overdueFee': /逾期未按收费/, 'otherHandling.other': /^\s*3\.其他\s*$|\s3\.其他(\s|$)/, totalHandled: /（七）总计|\(七\)总计/, carriedForward: /结转下年度/ };
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
const flat = (o, p = '') => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flat(v, p + k + '.') : [[p + k, v]]));
const nums = (l) => [...l.matchAll(/(?<=^|\s)\d+(?=\s|$)/g)].map((m) => ({ text: m[0], lo: m.index, hi: m.index + m[0].length }));
const out = {};
for (const f of fs.readdirSync(docs).sort()) {
  const id = f.split('__')[0];
  const g = Object.fromEntries(flat(JSON.parse(fs.readFileSync(`${gold}/${id}.golden.json`, 'utf8')).data));
  const raws = fs.readFileSync(`${docs}/${f}`, 'utf8').replace(/\f/g, ' ').split('\n');
  const det = new Set();
  const s3 = raws.findIndex((l) => /收到和处理政府信息公开申请情况/.test(l));
  const s4 = raws.findIndex((l) => /行政复议、行政诉讼情况/.test(l));
  const s5 = raws.findIndex((l, i) => i > s4 && /存在的主要问题/.test(l));
  // table 三
  const first = raws.findIndex((l, i) => i > s3 && i < s4 && /本年新收/.test(l));
  const hdr = [];
  for (let i = first - 1; i > s3 && hdr.length < 12; i--) { if (raws[i].trim() === '') continue; if (/\d/.test(raws[i])) break; hdr.unshift(raws[i]); }
  const b = first > 0 ? headerBands(hdr, 'chars') : null;
  const keys = Object.keys(ROWS);
  const at = keys.map((k) => raws.findIndex((l, i) => i > s3 && i < s4 && ROWS[k].test(l)));
  keys.forEach((k, r) => {
    if (at[r] < 0 || g[`requests.${k}.total`] === undefined) return;
    const nextAt = Math.min(...at.filter((a) => a > at[r]), s4);
    const ns = raws.slice(at[r], nextAt).flatMap(nums);
    const want = COLS.map((c) => g[`requests.${k}.${c}`]);
    if (ns.length === 0) { if (want.every((v) => v === 0)) COLS.forEach((c) => det.add(`requests.${k}.${c}`)); return; }
    if (!b) return;
    const cells = COLS.map(() => 0); let ok = true;
    for (const n of ns) {
      let opts = b.bands.flatMap((s, j) => (n.lo >= s.lo && n.hi <= s.hi ? [j] : []));
      if (!opts.length) opts = b.bands.flatMap((s, j) => (n.lo < s.hi && s.lo < n.hi ? [j] : []));
      if (opts.length !== 1) { ok = false; break; }
      cells[opts[0]] = Number(n.text);
    }
    if (ok && cells.every((v, j) => v === want[j])) COLS.forEach((c) => det.add(`requests.${k}.${c}`));
  });
  // table 二: one-value rows and rows printing nothing
  const s2 = raws.findIndex((l) => /主动公开政府信息情况/.test(l));
  for (const [lab, key, n] of [['规章', 'regulations', 3], ['行政规范性文件', 'normativeDocuments', 3], ['行政许可', 'licensing', 1], ['行政处罚', 'punishment', 1], ['行政强制', 'coercion', 1], ['行政事业性收费', 'fees', 1]]) {
    const i = raws.findIndex((l, x) => x > s2 && x < s3 && l.trim().startsWith(lab));
    if (i < 0) continue;
    const ks = Object.keys(g).filter((k) => k.startsWith(`activeDisclosure.${key}.`));
    const ns = nums(raws[i].slice(raws[i].indexOf(lab) + lab.length));
    const want = ks.map((k) => g[k]);
    if (ns.length === 0 && raws[i].trim() === lab && want.every((v) => v === 0)) ks.forEach((k) => det.add(k));
    else if (ns.length === want.length && ns.every((x, j) => Number(x.text) === want[j])) ks.forEach((k) => det.add(k));
    else if (want.length === 1 && ns.length === 1 && Number(ns[0].text) === want[0]) ks.forEach((k) => det.add(k));
  }
  // table 四
  if (s4 > 0 && s5 > s4) {
    const region = raws.slice(s4 + 1, s5);
    const ks = Object.keys(g).filter((k) => k.startsWith('reviewLitigation.'));
    const ns = region.flatMap(nums).map((x) => Number(x.text));
    const nz = ks.map((k) => g[k]).filter((v) => v !== 0);
    if (ns.length === 0 ? nz.length === 0 : ns.length === ks.length && ns.every((v, j) => v === g[ks[j]])) ks.forEach((k) => det.add(k));
  }
  out[f.replace(/\.txt$/, '')] = [...det];
}
console.log(JSON.stringify(out));
