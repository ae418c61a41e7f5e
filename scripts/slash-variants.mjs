#!/usr/bin/env node
/**
 * @file Table 二 with not-applicable '/' cells where they touch a label or share a merged cell: a '/'
 * (or '／', '—') glued to its row's label or value ('行政事业性收费/', '7/'), spaced, or in a tab-separated
 * cell; in HTML the 2019 template's '/' merged over the two columns its header spans ('本年增/减'
 * colspan 2); labels carrying slashes of their own ('规章（件/次）', '行政许可（含和/或类事项）').
 * Measures every table 二 field against the values chosen: right, right at ≥ 0.9, wrong, wrong at ≥ 0.9.
 *
 *   npm run build && nice node scripts/slash-variants.mjs [--seeds 1..40] [--dist DIR] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [lo, hi] = seedRange('1..40');
const dist = stringArg('dist', join(ROOT, 'dist'));
const show = process.argv.includes('--show');
const { extract, flattenData } = await import(join(dist, 'index.js'));

function rng(seed) { let s = seed >>> 0 || 1; return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32); }

const T2021 = [
  ['第二十条第（一）项', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], [['规章', 'regulations', ['issued', 'repealed', 'inForce']], ['行政规范性文件', 'normativeDocuments', ['issued', 'repealed', 'inForce']]]],
  ['第二十条第（五）项', ['信息内容', '本年处理决定数量'], [['行政许可', 'licensing', ['decisions']]]],
  ['第二十条第（六）项', ['信息内容', '本年处理决定数量'], [['行政处罚', 'punishment', ['decisions']], ['行政强制', 'coercion', ['decisions']]]],
  ['第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'], [['行政事业性收费', 'fees', ['amount']]]],
];
const T2019 = [
  ['第二十条第（一）项', ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], [['规章', 'regulations', ['created', 'published', 'totalPublic']], ['规范性文件', 'normativeDocuments', ['created', 'published', 'totalPublic']]]],
  ['第二十条第（五）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], [['行政许可', 'licensing', ['prevItems', 'change', 'decisions']], ['其他对外管理服务事项', 'otherServices', ['prevItems', 'change', 'decisions']]]],
  ['第二十条第（六）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], [['行政处罚', 'punishment', ['prevItems', 'change', 'decisions']], ['行政强制', 'coercion', ['prevItems', 'change', 'decisions']]]],
  ['第二十条第（八）项', ['信息内容', '上一年项目数量', '本年增/减'], [['行政事业性收费', 'fees', ['prevItems', 'change']]], true],
  ['第二十条第（九）项', ['信息内容', '采购项目数量', '采购总金额'], [['政府集中采购', 'procurement', ['items', 'amount']]], true],
];
const TAIL = ['三、收到和处理政府信息公开申请情况', '无。', '四、政府信息公开行政复议、行政诉讼情况', '无。', '五、存在的主要问题及改进情况', '无。'];
const LAYOUTS = ['glued', 'space', 'tab', 'html'];

/** One report: template, layout, values ('/' cells), label decorations. */
function makeCase(seed) {
  const r = rng(seed * 7919);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const v2019 = r() < 0.5;
  const layout = LAYOUTS[seed % LAYOUTS.length];
  const slash = pick(['/', '/', '／', '—']);
  const gold = {};
  const lines = [];
  const html = [];
  for (const [title, head, rows, merged] of v2019 ? T2019 : T2021) {
    lines.push(title, head.join(layout === 'tab' ? '\t' : ' '));
    html.push(`<tr><th colspan="4">${title}</th></tr>`);
    const width = 4;
    const mergeLast = merged && layout === 'html';
    html.push(`<tr>${head.map((h, i) => `<th${mergeLast && i === head.length - 1 ? ' colspan="2"' : i === head.length - 1 && !merged ? ` colspan="${width - i}"` : ''}>${h}</th>`).join('')}</tr>`);
    for (const [label0, key, cols] of rows) {
      // A label with a slash of its own, now and then.
      const label = r() < 0.2 ? `${label0}（件/次）` : label0;
      const vals = cols.map((c, i) => {
        // The last cell (or a fees cell) may be not applicable.
        const na = (i === cols.length - 1 && r() < 0.6) || (key === 'fees' && r() < 0.5);
        const n = c === 'amount' ? Math.round(r() * 50000) / 100 : c === 'change' ? Math.floor(r() * 21) - 10 : Math.floor(r() * 400);
        gold[`activeDisclosure.${key}.${c}`] = na ? null : n;
        return na ? slash : String(n);
      });
      if (layout === 'html') {
        html.push(`<tr><td>${label}</td>${vals.map((v, i) => `<td${mergeLast && i === vals.length - 1 ? ' colspan="2"' : i === vals.length - 1 && vals.length < 3 ? ` colspan="${width - 1 - i}"` : ''}>${v}</td>`).join('')}</tr>`);
      } else if (layout === 'tab') {
        lines.push([label, ...vals].join('\t'));
      } else {
        // glued: a '/' touches what stands before it; space: one space between cells.
        let line = label;
        for (const v of vals) line += layout === 'glued' && (v === '/' || v === '／') ? v : ` ${v}`;
        lines.push(line);
      }
    }
  }
  const year = v2019 ? 2019 : 2024;
  const body = [`青山区教育局${year}年政府信息公开工作年度报告`, '一、总体情况', '本局依法公开政府信息，和/或依申请公开。', '二、主动公开政府信息情况'];
  const text = layout === 'html'
    ? `<html><body>${body.map((l) => `<p>${l}</p>`).join('')}<table border="1">${html.join('')}</table>${TAIL.map((l) => `<p>${l}</p>`).join('')}</body></html>`
    : [...body, ...lines, ...TAIL].join('\n');
  return { name: `s${seed}-${v2019 ? 2019 : 2021}-${layout}.${layout === 'html' ? 'html' : 'txt'}`, bytes: new TextEncoder().encode(text), gold, layout };
}

const total = { fields: 0, right: 0, rightHi: 0, wrong: 0, wrongHi: 0, low: 0 };
const byLayout = {};
for (let seed = lo; seed <= hi; seed++) {
  const c = makeCase(seed);
  const rep = await extract(c.bytes, { name: c.name });
  const data = flattenData(rep.data);
  const t = (byLayout[c.layout] ??= { fields: 0, right: 0, rightHi: 0, wrong: 0, wrongHi: 0, low: 0 });
  for (const [k, want] of Object.entries(c.gold)) {
    const got = data.get(k) ?? null;
    const f = rep.fields[k] ?? { confidence: 0, flags: [] };
    const hi = f.confidence >= 0.9;
    for (const s of [total, t]) {
      s.fields++;
      if (got === want) { s.right++; if (hi) s.rightHi++; } else if (got === null && (f.flags.includes('ambiguous') || f.flags.includes('missing') || !hi)) s.low++; else { s.wrong++; if (hi) s.wrongHi++; }
    }
    if (got !== want && show) console.log(c.name, k, 'want', want, 'got', got, f.confidence, f.flags.join(','));
    if (got !== want && hi) console.log('WRONG>=0.9', c.name, k, 'want', want, 'got', got, f.confidence);
  }
}
const pct = (s) => `fields ${s.fields} right ${s.right} (${((100 * s.right) / s.fields).toFixed(1)} %) right≥0.9 ${s.rightHi} low/missing ${s.low} wrong ${s.wrong} wrong≥0.9 ${s.wrongHi}`;
for (const [k, s] of Object.entries(byLayout)) console.log(k.padEnd(6), pct(s));
console.log('all   ', pct(total));
process.exit(total.wrongHi > 0 ? 1 : 0);
