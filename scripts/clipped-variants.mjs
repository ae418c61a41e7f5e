#!/usr/bin/env node
/**
 * @file Table 三 printed with its 总计 column cut off the page (map/clipped-total): random consistent
 * reports whose request table prints the six category columns only, under a header without 总计
 * (whole words, or wrapped in pieces as plain pdftotext gives LibreOffice's narrow header), in the
 * layouts plain text dumps give — a tab row per label, a label line followed by its values one per
 * line, the label with its first value then the rest one per line, every label piled before every
 * value — with 0–2 values lost by the converter. Measures: fields wrong at confidence ≥ 0.9 (must be
 * 0), right (any confidence), missing or low; and how many variants warned `column_clipped`.
 *
 *   npm run build && nice node scripts/clipped-variants.mjs [--seeds 1..40] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeValues, requestRows, get, rng } from './template-data.mjs';
import { seedRange } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);

const SIX = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg'];
const HEADS = {
  words: ['自然人\t法人或其他组织', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'],
  pieces: ['法人或其他组织', '自然人', '社会 法律', '商业 科研', '公益 服务 其他', '企业 机构', '组织 机构'],
};
const LAYOUTS = ['tab', 'cellPerLine', 'firstOnLabel', 'piled'];

function build(seed) {
  const r = rng(seed * 7919 + 3);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const data = makeValues(seed, { scale: pick([3, 10, 30, 100, 1000]) });
  const v = { seed, layout: pick(LAYOUTS), head: pick(Object.keys(HEADS)), lost: pick([0, 0, 1, 2]) };
  const specs = requestRows(false);
  const rows = specs.map(([g, l, key]) => ({ label: `${g}${l}`, values: SIX.map((c) => String(get(data.requests, `${key}.${c}`))) }));
  // Lost values: cells the converter dropped (anywhere in the table).
  for (let i = 0; i < v.lost; i++) {
    const row = rows[Math.floor(r() * rows.length)];
    row.values.splice(Math.floor(r() * row.values.length), 1);
  }
  const table = [];
  if (v.layout === 'tab') for (const x of rows) table.push([x.label, ...x.values].join('\t'));
  if (v.layout === 'cellPerLine') for (const x of rows) table.push(x.label, ...x.values);
  if (v.layout === 'firstOnLabel') for (const x of rows) table.push(`${x.label} ${x.values[0] ?? ''}`.trim(), ...x.values.slice(1));
  if (v.layout === 'piled') table.push(...rows.map((x) => x.label), ...rows.flatMap((x) => x.values));
  const pre = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9'];
  const post = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
  v.bytes = [...pre, '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', ...HEADS[v.head], ...table, ...post].join('\n');
  v.truth = flattenData({ requests: data.requests });
  return v;
}
const [from, to] = seedRange('1..40');
let silent = 0, right = 0, low = 0, all = 0, warned = 0;
for (let seed = from; seed <= to; seed++) {
  const v = build(seed);
  const rep = await extract(new TextEncoder().encode(v.bytes), { name: 'v.txt' });
  const got = flattenData(rep.data);
  let w = 0, ok = 0, lo = 0, n = 0;
  for (const [k, truth] of v.truth) {
    const conf = rep.fields[k]?.confidence ?? 0;
    const g = got.get(k) ?? null;
    n++;
    if (g === truth) ok++;
    else if (g != null && conf >= 0.9) w++;
    else lo++;
  }
  const clipped = rep.warnings.some((x) => x.code === 'column_clipped');
  if (clipped) warned++;
  silent += w; right += ok; low += lo; all += n;
  if (w || lo || process.argv.includes('--show')) console.log(`seed ${seed} ${v.layout} head=${v.head} lost=${v.lost}: wrong>=.9 ${w} right ${ok}/${n} missing/low ${lo}${clipped ? ' column_clipped' : ''}`);
}
console.log(`seeds ${from}..${to}: wrong at >= 0.9 ${silent}; right ${right}/${all} (${((100 * right) / all).toFixed(1)}%), missing or wrong below 0.9 ${low}; column_clipped warned ${warned}/${to - from + 1}`);
process.exit(silent ? 1 : 0);
