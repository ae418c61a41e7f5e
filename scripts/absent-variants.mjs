#!/usr/bin/env node
/**
 * @file Table 三 printed without one or two of its 法人或其他组织 sub-columns, the header naming the
 * columns it prints (group line + sub-column line, one flat line, or a markdown / HTML header row),
 * the remaining sub-columns in template order or shuffled, the totals either still counting the
 * dropped columns or not, as tab text, space-aligned text, markdown or HTML. Measures: fields wrong
 * at confidence ≥ 0.9 (`silent`, must be 0; a dropped column's field counts wrong when it carries a
 * value at ≥ 0.9), named-column fields right, and right but below 0.9 or missing (`low`).
 *
 *   npm run build && nice node scripts/absent-variants.mjs [--seeds 1..40] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COLS, makeValues, requestRows, get, rng, COLUMN_WORDS, SUB_COLUMNS } from './template-data.mjs';
import { seedRange } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);

const WORD = COLUMN_WORDS;
const SUBS = SUB_COLUMNS;

function shuffle(a, r) {
  const b = [...a];
  for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; }
  return b;
}

function build(seed) {
  const r = rng(seed * 104729 + 7);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const dropped = shuffle(SUBS, r).slice(0, r() < 0.6 ? 1 : 2);
  let subs = SUBS.filter((k) => !dropped.includes(k));
  if (r() < 0.3) subs = shuffle(subs, r);
  const order = ['naturalPerson', ...subs, 'total'];
  const data = makeValues(seed, { scale: 30 + Math.floor(r() * 200) });
  const v = { seed, dropped, order, head: pick(['group', 'flat']), totals: pick(['include', 'exclude']), format: pick(['tab', 'space', 'markdown', 'html']) };
  const rowsSpec = requestRows(false);
  if (v.totals === 'exclude') {
    for (const [, , key] of rowsSpec) {
      const node = key.split('.').reduce((n, p) => n[p], data.requests);
      node.total = [...COLS.slice(0, 6)].filter((c) => !dropped.includes(c)).reduce((s, c) => s + node[c], 0);
    }
  }
  // Truth: the dropped columns are absent (null).
  const truth = new Map();
  for (const [k, val] of flattenData({ requests: data.requests })) truth.set(k, dropped.includes(k.slice(k.lastIndexOf('.') + 1)) ? null : val);
  const sep = v.format === 'space' ? '  ' : '\t';
  const rows = rowsSpec.map(([g, l, key]) => [`${g}${l}`, ...order.map((c) => get(data.requests, `${key}.${c}`))]);
  const head = v.head === 'group'
    ? [['自然人', '法人或其他组织', '总计'], subs.map((k) => WORD[k])]
    : [order.map((k) => WORD[k])];
  const pre = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况'];
  const t2 = [['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', 1, 0, 4], ['行政规范性文件', 2, 1, 9]];
  const post = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
  const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  if (v.format === 'html') {
    const tr = (cells, span) => `<tr>${cells.map((c, i) => `<td${span && i === 0 ? ` rowspan="${span}"` : ''}>${c}</td>`).join('')}</tr>`;
    const hrows = v.head === 'group'
      ? `<tr><td rowspan="3">${note}</td><td colspan="${order.length}">申请人情况</td></tr><tr><td rowspan="2">自然人</td><td colspan="${subs.length}">法人或其他组织</td><td rowspan="2">总计</td></tr>${tr(subs.map((k) => WORD[k]))}`
      : `<tr><td>${note}</td>${order.map((k) => `<td>${WORD[k]}</td>`).join('')}</tr>`;
    v.name = 'v.html';
    v.bytes = `<html><body>${pre.map((p) => `<p>${p}</p>`).join('')}<table>${t2.map((x) => tr(x)).join('')}</table><p>三、收到和处理政府信息公开申请情况</p><table>${hrows}${rows.map((x) => tr(x)).join('')}</table>${post.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
  } else if (v.format === 'markdown') {
    const md = (cells) => `| ${cells.join(' | ')} |`;
    const h = v.head === 'group' ? [md([note, '自然人', '法人或其他组织', ...subs.slice(1).map(() => ''), '总计']), md(['', '', ...subs.map((k) => WORD[k]), ''])] : [md([note, ...order.map((k) => WORD[k])])];
    v.name = 'v.md';
    v.bytes = [...pre, md(t2[0]), md(t2[0].map(() => '---')), ...t2.slice(1).map(md), '三、收到和处理政府信息公开申请情况', h[0], md(order.concat(['x']).map(() => '---')), ...h.slice(1), ...rows.map(md), ...post].join('\n');
  } else {
    v.name = 'v.txt';
    v.bytes = [...pre, ...t2.map((x) => x.join(sep)), '三、收到和处理政府信息公开申请情况', `${note}${sep}申请人情况`, ...head.map((x) => x.join(sep)), ...rows.map((x) => x.join(sep)), ...post].join('\n');
  }
  v.truth = truth;
  return v;
}
const [from, to] = seedRange('1..40');
let silent = 0, right = 0, low = 0, named = 0, warned = 0;
for (let seed = from; seed <= to; seed++) {
  const v = build(seed);
  const rep = await extract(new TextEncoder().encode(v.bytes), { name: v.name });
  const got = flattenData(rep.data);
  let w = 0, ok = 0, lo = 0, n = 0;
  for (const [k, truth] of v.truth) {
    const conf = rep.fields[k]?.confidence ?? 0;
    const g = got.get(k) ?? null;
    if (g !== truth && g != null && conf >= 0.9) w++;
    if (truth === null) continue;
    n++;
    if (g === truth && conf >= 0.9) ok++;
    else if (g === truth || g == null || conf < 0.9) lo++;
  }
  const codes = rep.warnings.map((x) => x.code).filter((x) => x.startsWith('columns_'));
  if (codes.includes('columns_absent')) warned++;
  silent += w; right += ok; low += lo; named += n;
  if (w || lo || process.argv.includes('--show')) console.log(`seed ${seed} ${v.format} head=${v.head} totals=${v.totals} order=${v.order.join(',')} dropped=${v.dropped.join(',')}: wrong>=.9 ${w} right ${ok}/${n} low ${lo} ${codes.join(',')}`);
}
console.log(`seeds ${from}..${to}: wrong at >= 0.9 ${silent}; named-column fields right at >= 0.9 ${right}/${named}, low or missing ${low}; columns_absent warned ${warned}/${to - from + 1}`);
process.exit(silent ? 1 : 0);
