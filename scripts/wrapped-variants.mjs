#!/usr/bin/env node
/**
 * @file Table 二 whose value column is narrow: each one-column row's number (行政许可, 行政处罚,
 * 行政强制, 行政事业性收费) wraps inside its cell, 2–4 characters a line, as pdftotext dumps it:
 * `raw` (the label first, alone or with the first piece, then one piece per line) or `layout` (the
 * label on the middle line of its cell, pieces above and below). Some numbers fit (one piece). Measures
 * fields wrong at confidence ≥ 0.9 (must be 0), right at ≥ 0.9, right but capped, and wrong or missing below 0.9.
 *
 *   npm run build && nice node scripts/wrapped-variants.mjs [--seeds 1..40] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rng } from './template-data.mjs';
import { seedRange } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);

const ONE = [['第二十条第（五）项', '本年处理决定数量', [['行政许可', 'licensing.decisions']]], ['第二十条第（六）项', '本年处理决定数量', [['行政处罚', 'punishment.decisions'], ['行政强制', 'coercion.decisions']]], ['第二十条第（八）项', '本年收费金额（单位：万元）', [['行政事业性收费', 'fees.amount']]]];

function build(seed) {
  const r = rng(seed * 7727 + 3);
  const int = (max) => Math.floor(r() * (max + 1));
  const width = 2 + int(2);
  const mode = r() < 0.5 ? 'raw' : 'layout';
  const truth = new Map();
  const lines = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数'];
  for (const [label, key] of [['规章', 'regulations'], ['行政规范性文件', 'normativeDocuments']]) {
    const vals = [int(200), int(5), int(300)];
    ['issued', 'repealed', 'inForce'].forEach((c, i) => truth.set(`activeDisclosure.${key}.${c}`, vals[i]));
    lines.push(`${label} ${vals.join(' ')}`);
  }
  for (const [block, column, rows] of ONE) {
    lines.push(block);
    // The column header stacked character by character (it wraps in the same narrow column).
    if (mode === 'raw') lines.push('信息内容', ...[...column]);
    else lines.push(...[...column].map((ch, i) => (i === Math.floor(column.length / 2) ? `信息内容    ${ch}` : `        ${ch}`)));
    for (const [label, key] of rows) {
      const money = key === 'fees.amount';
      const v = money ? Math.round(r() * 10 ** (2 + int(3))) / 1000 : int(10 ** (1 + int(6)));
      truth.set(`activeDisclosure.${key}`, v);
      const raw = String(v);
      const pieces = raw.match(new RegExp(`.{1,${width}}`, 'g'));
      if (mode === 'raw') {
        if (r() < 0.5) lines.push(label, ...pieces);
        else lines.push(`${label} ${pieces[0]}`, ...pieces.slice(1));
      } else {
        const at = Math.floor((pieces.length - 1) / 2);
        pieces.forEach((p, i) => lines.push(i === at ? `${label}    ${p}` : `        ${p}`));
      }
    }
  }
  lines.push('三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。');
  return { seed, width, mode, truth, bytes: lines.join('\n') };
}
const [from, to] = seedRange('1..40');
let silent = 0, right = 0, low = 0, n = 0, wrongLow = 0;
for (let seed = from; seed <= to; seed++) {
  const v = build(seed);
  const rep = await extract(new TextEncoder().encode(v.bytes), { name: 'v.txt' });
  const got = flattenData(rep.data);
  let w = 0, ok = 0, lo = 0, wl = 0;
  const bad = [];
  for (const [k, truth] of v.truth) {
    const conf = rep.fields[k]?.confidence ?? 0;
    const g = got.get(k) ?? null;
    n++;
    if (g !== truth && g != null && conf >= 0.9) { w++; bad.push(`${k}=${g}(${truth})`); }
    else if (g === truth && conf >= 0.9) ok++;
    else if (g === truth) lo++;
    else { wl++; bad.push(`low:${k}=${g}(${truth})`); }
  }
  silent += w; right += ok; low += lo; wrongLow += wl;
  if (w || wl || process.argv.includes('--show')) console.log(`seed ${seed} ${v.mode} width ${v.width}: wrong>=.9 ${w} right ${ok} right-capped ${lo} wrong-or-missing<.9 ${wl} ${bad.join(' ')}`);
}
console.log(`seeds ${from}..${to}: fields ${n}, wrong at >= 0.9 ${silent}, right at >= 0.9 ${right}, right but < 0.9 ${low}, wrong or missing below 0.9 ${wrongLow}`);
process.exit(silent ? 1 : 0);
