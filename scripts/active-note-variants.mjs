#!/usr/bin/env node
/**
 * @file Table 二 variants that read confidently wrong when a number of a note or the column order
 * is taken by position: (K2) a row label with a number in brackets ('行政许可（含12个子项）'),
 * (K3) a value cell with a note ('上年：756；本年：656', '663（其中网上办理12件）',
 * '2023年：P；2024年：N'), (K4) the three-column rows under a header in another order, in short or
 * two-level wording ('废止件数 | 制发件数', '本年' over '废止 | 制发', 2019 '新公开 | 新制作'), or in
 * words not recognised ('发文数 | 失效数'). Tab text, space-aligned text or an HTML table; 2021 and
 * 2019 templates. The measure is table 二's fields wrong at confidence ≥ 0.9 (`silent`, must be 0);
 * `capped` counts right values kept below 0.9 (the cost).
 *
 *   npm run build && nice node scripts/active-note-variants.mjs [--seeds 1..60] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ACTIVE_2019, ACTIVE_2021, COLS, REVIEW_GROUPS, REVIEW_COLS, makeValues, requestRows, get, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);

/** Column wordings per column key: [template, short, shorter, not recognised]. */
const WORDS = {
  issued: ['本年制发件数', '制发件数', '制发', '发文数'],
  repealed: ['本年废止件数', '废止件数', '废止', '失效数'],
  inForce: ['现行有效件数', '现行有效件数', '现行有效', '有效数'],
  created: ['本年新制作数量', '新制作', '新制作', '制作数'],
  published: ['本年新公开数量', '新公开', '新公開', '公开数'],
  totalPublic: ['对外公开总数量', '公开总数', '公开总数', '总数量'],
};
const LABEL_NOTES = ['（含{n}个子项）', '（含简易程序{n}类）', '（共{n}项）', '（{n}个部门）'];

function shuffle(a, r) {
  const b = [...a];
  for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; }
  return b;
}

/** A one-value cell with a note: [printed text, true when the cell determines the value]. */
function annotated(v, r) {
  const other = Math.floor(r() * 900) + 1;
  const kinds = [
    [`${v}`, true],
    [`${v}（同比增长${Math.floor(r() * 30)}%）`, true],
    [`${v}（其中网上办理${other}件）`, true],
    [`上年：${other}；本年：${v}`, true],
    [`本年：${v}；上年：${other}`, true],
    [`2023年：${other}；2024年：${v}`, false],
    [`${v}（较上年减少${other}件）`, true],
  ];
  return kinds[Math.floor(r() * kinds.length)];
}

function build(seed) {
  const r = rng(seed * 104729 + 7);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const version = r() < 0.3 ? '2019' : '2021';
  const data = makeValues(seed, { version });
  const format = pick(['tab', 'space', 'html']);
  const sep = format === 'space' ? '   ' : '\t';
  const wording = Math.floor(r() * 4);
  const twoLevel = version === '2021' && wording !== 3 && r() < 0.3;
  const active = version === '2021' ? ACTIVE_2021 : ACTIVE_2019;
  const threeCols = active[0][3];
  const order = r() < 0.4 ? threeCols : shuffle(threeCols, r);
  const lines = [];
  for (const [group, label, key, cols] of active) {
    if (group) {
      lines.push([group]);
      if (cols === threeCols || cols.join() === threeCols.join()) {
        if (twoLevel) {
          const yearCols = order.filter((c) => c !== 'inForce');
          lines.push(['信息内容', ...order.map((c) => (c === 'inForce' ? WORDS[c][wording] : '本年'))]);
          lines.push(['', ...order.map((c) => (c === 'inForce' ? '' : WORDS[c][Math.max(wording, 1)]))]);
          void yearCols;
        } else lines.push(['信息内容', ...order.map((c) => WORDS[c][wording])]);
      } else lines.push(['信息内容', ...cols.map((c) => ({ decisions: version === '2021' ? '本年处理决定数量' : '处理决定数量', amount: version === '2021' ? '本年收费金额（单位：万元）' : '采购总金额', prevItems: '上一年项目数量', change: '本年增/减', items: '采购项目数量' })[c])]);
    }
    const vals = (cols.join() === threeCols.join() ? order : cols).map((c) => get(data.activeDisclosure, `${key}.${c}`));
    let printedLabel = label;
    if (cols.length === 1 && cols[0] === 'decisions' && r() < 0.5) printedLabel += pick(LABEL_NOTES).replace('{n}', String(Math.floor(r() * 20) + 2));
    let cells = vals.map(String);
    let determined = true;
    if (cols.length === 1 && cols[0] === 'decisions' && r() < 0.6) [cells[0], determined] = annotated(vals[0], r);
    if (!determined) data.undetermined = [...(data.undetermined ?? []), `activeDisclosure.${key}.decisions`];
    lines.push([printedLabel, ...cells]);
  }
  const requests = requestRows(false).map(([g, l, key]) => [`${g}${l}`, ...COLS.map((c) => get(data.requests, `${key}.${c}`))]);
  const review = REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => get(data.reviewLitigation, `${g}.${c}`)));
  const head = ['示例县某某局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况'];
  const post = ['五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
  const reqHead = [['信息内容', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']];
  let bytes;
  if (format === 'html') {
    const tr = (cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    bytes = `<html><body>${head.map((p) => `<p>${p}</p>`).join('')}<table>${lines.map(tr).join('')}</table><p>三、收到和处理政府信息公开申请情况</p><table>${[...reqHead, ...requests].map(tr).join('')}</table><p>四、政府信息公开行政复议、行政诉讼情况</p><table>${tr(review)}</table>${post.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
  } else {
    const text = (cells) => cells.join(sep);
    bytes = [...head, ...lines.map(text), '三、收到和处理政府信息公开申请情况', ...[...reqHead, ...requests].map(text), '四、政府信息公开行政复议、行政诉讼情况', review.join(sep), ...post].join('\n');
  }
  return { data, bytes, name: format === 'html' ? 'v.html' : 'v.txt', desc: `${version} ${format} wording=${wording}${twoLevel ? ' two-level' : ''} order=${order.join(',')}` };
}

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i < 0 ? dflt : process.argv[i + 1]; };
const [from, to] = arg('--seeds', '1..60').split('..').map(Number);
let silent = 0, capped = 0, right = 0;
for (let seed = from; seed <= to; seed++) {
  const v = build(seed);
  const rep = await extract(new TextEncoder().encode(v.bytes), { name: v.name });
  const got = flattenData(rep.data);
  let w = 0, c = 0;
  const bad = [];
  for (const [k, truth] of flattenData({ activeDisclosure: v.data.activeDisclosure })) {
    const conf = rep.fields[k]?.confidence ?? 0;
    const value = got.get(k);
    if (value !== truth && value != null && conf >= 0.9) { w++; bad.push(`${k}=${value}≠${truth}`); }
    if (value === truth && conf < 0.9 && !(v.data.undetermined ?? []).includes(k)) c++;
    if (value === truth && conf >= 0.9) right++;
  }
  silent += w; capped += c;
  const codes = rep.warnings.map((x) => x.code).filter((x) => x.startsWith('columns_'));
  if (w || process.argv.includes('--show')) console.log(`seed ${seed} ${v.desc}: silent ${w} capped ${c} ${codes.join(',')} ${bad.join(' ')}`);
}
console.log(`seeds ${from}..${to}: table 二 silent (wrong at >= 0.9) ${silent}, right at >= 0.9 ${right}, right but capped ${capped}`);
process.exit(silent ? 1 : 0);
