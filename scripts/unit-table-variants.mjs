#!/usr/bin/env node
/**
 * @file One report of an agency and its units that prints each statistics table once per unit and
 * (or not) once as their summary, scored against the summary — or against nothing when the input
 * does not determine it:
 *  - units: 2 to 5 (the agency's own organ, 机关本级, among them or not), each table under a caption
 *    naming its unit ('（二）信息中心', '信息中心：', '附表2 信息中心') or under none;
 *  - the summary: first, last or between the units, captioned ('（一）汇总情况', '全系统合计：', '合计',
 *    '以上为汇总数据' under it) or not; absent (nothing determined); or a summary over one more unit
 *    than printed (its sums do not hold: nothing determined, though a caption names it, but a value every
 *    printed copy prints as 0);
 *  - table 四 as one table with a row per unit and a 合计 row at the top or the bottom, or as copies;
 *  - tables every unit prints alike (table 二, 三 or 四 copied into each unit's part): a value alike in
 *    every copy is the summary's only when it is 0 (the summary is the units' sum).
 * Counts fields right (≥ 0.9), low, WRONG (wrong or undetermined at ≥ 0.9: must be 0), wrong below.
 *
 *   npm run build && nice node scripts/unit-table-variants.mjs [--seeds 1..60] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a WRONG field.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activeTable, requestTable, reviewTable } from './make-samples.mjs';
import { flatten, toHtml, toText } from './multi-report-variants.mjs';
import { makeValues, reviewValues, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.XXGK_DIST ?? join(ROOT, 'dist');
const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const AGENCIES = ['海门市交通运输局', '绍兴市生态环境局', '龙岩市新罗区教育局', '宿迁市自然资源和规划局', '通州区财政局', '西湖区卫生健康委员会'];
const UNITS = ['综合行政执法大队', '信息中心', '事务服务中心', '监测站', '档案馆', '执法支队', '培训中心'];
const NUM = '一二三四五六七八';

/** Leaf-wise sum of value trees (money to cents). */
function sumValues(list) {
  const add = (a, b) => {
    if (typeof a === 'number') return Math.round((a + b) * 100) / 100;
    return Object.fromEntries(Object.keys(a).map((k) => [k, add(a[k], b[k])]));
  };
  return list.reduce((s, v) => add(s, v));
}

/** The leaves every tree holds as 0 (others null). */
function zeroTree(list) {
  const zero = (xs) => (typeof xs[0] === 'number' ? (xs.every((x) => x === 0) ? 0 : null) : Object.fromEntries(Object.keys(xs[0]).map((k) => [k, zero(xs.map((x) => x[k]))])));
  return zero(list);
}

/** One variant: blocks, page title, the values the document is about (null: not determined). */
export function build(seed) {
  const r = rng(seed * 104729 + 7);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const Y = pick([2022, 2023, 2024]);
  const agency = pick(AGENCIES);
  const n = pick([2, 3, 4, 5]);
  const units = [...(r() < 0.4 ? ['机关本级'] : []), ...[...UNITS].sort(() => r() - 0.5)].slice(0, n);
  const scale = pick([6, 30, 300]);
  const values = units.map((_u, i) => makeValues(seed * 53 + i, { scale }));
  const mode = pick(['first', 'first', 'last', 'middle', 'none', 'partial']);
  const at = mode === 'first' || mode === 'partial' ? 0 : mode === 'last' ? n : mode === 'middle' ? 1 + Math.floor(r() * (n - 1)) : -1;
  const unitCaption = pick([(u, i) => `（${NUM[i + 1]}）${u}`, (u) => `${u}：`, (u, i) => `附表${i + 2} ${u}`, () => '']);
  const wholeCaption = pick(['（一）汇总情况', '全系统合计：', '合计', '汇总', '', 'below']);
  const t4rows = r() < 0.35 ? pick(['top', 'bottom']) : null;
  // Tables every unit prints alike (the agency's regulations copied into each unit's report, a table 四 of
  // the same cases): a value alike in every copy is not the summary's (which is their sum) unless 0.
  const alike = r() < 0.5 ? ['activeDisclosure', 'requests', 'reviewLitigation'].filter(() => r() < 0.5) : [];
  for (const t of alike) for (const v of values.slice(1)) v[t] = structuredClone(values[0][t]);
  // 'partial': the summary counts one more unit than printed.
  const summary = mode === 'none' ? null : sumValues(mode === 'partial' ? [...values, makeValues(seed * 53 + 99, { scale })] : values);
  const copies = (table) => {
    const out = units.map((u, i) => [['p', unitCaption(u, i)], ['table', table(values[i])]]);
    if (summary) {
      const cap = wholeCaption === 'below' ? [['table', table(summary)], ['p', '以上为汇总数据']] : [['p', wholeCaption], ['table', table(summary)]];
      out.splice(at, 0, cap);
    }
    return out.flat();
  };
  const reviewRows = () => {
    const [h1, h2, h3] = reviewTable(values[0]);
    const row = (label, v) => ({ kind: 'data', cells: [label, ...reviewValues(v)] });
    const rows = units.map((u, i) => row(u, values[i]));
    if (summary) rows.splice(t4rows === 'top' ? 0 : rows.length, 0, row(pick(['合计', '总计', '汇总']), summary));
    return [{ ...h1, cells: ['单位', ...h1.cells] }, h2, h3, ...rows];
  };
  const blocks = [
    ['title', `${agency}（含所属单位）${Y}年政府信息公开工作年度报告`],
    ['h', HEADINGS[0]], ['p', `本报告由${agency}及所属${n}家单位情况汇总编制，统计期限为${Y}年1月1日至${Y}年12月31日。`],
    ['h', HEADINGS[1]], ...copies((v) => activeTable(v, '2021')),
    ['h', HEADINGS[2]], ...copies((v) => requestTable(v, false)),
    ['h', HEADINGS[3]], ...(t4rows ? [['table', reviewRows()]] : copies(reviewTable)),
    ['h', HEADINGS[4]], ['p', '无。'], ['h', HEADINGS[5]], ['p', '无。'],
  ].filter(([k, v]) => k !== 'p' || v !== '');
  // The summary printed and its sums hold: determined. Table 四 with a 合计 row: that row (the table's own total).
  // No summary, or one whose sums do not hold: nothing determined — but a value every unit prints as 0
  // (a row of zeros in every copy) is 0 in any summary of them, and may be read so.
  // (So is a value every printed copy, the summary over one more unit among them, prints as 0.)
  const truth = mode === 'none' ? zeroTree(values) : mode === 'partial' ? zeroTree([...values, summary]) : summary;
  return { seed, mode, n, t4rows, alike, blocks, pageTitle: blocks[0][1], truth, t4truth: t4rows && summary ? summary : truth };
}

async function main() {
  const argv = process.argv.slice(2);
  const opt = (name, d) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : d);
  const [a, b] = opt('seeds', '1..60').split('..').map(Number);
  const { extract } = await import(pathToFileURL(join(DIST, 'index.js')).href);
  const total = { right: 0, low: 0, WRONG: 0, wrong: 0, files: 0 };
  const byMode = {};
  for (let seed = a; seed <= b; seed++) {
    const format = seed % 2 === 0 ? 'html' : 'txt';
    const v = build(seed);
    const text = format === 'txt' ? toText(v.blocks) : toHtml(v.blocks, v.pageTitle);
    const rep = await extract(new TextEncoder().encode(text), { name: `units-${seed}.${format}` }).catch((e) => e);
    const k = (byMode[v.mode] ??= { right: 0, low: 0, WRONG: 0, wrong: 0, files: 0 });
    k.files++;
    total.files++;
    if (rep instanceof Error) {
      console.log(`seed ${seed} ${v.mode} ${format}: ${rep.code ?? rep.message}`);
      continue;
    }
    const got = flatten(rep.data);
    const truth = flatten(v.truth);
    const t4truth = flatten(v.t4truth);
    let wrongHere = 0;
    const tally = { right: 0, low: 0, WRONG: 0, wrong: 0 };
    for (const [key, info] of Object.entries(rep.fields)) {
      const value = got.get(key) ?? null;
      const want = (key.startsWith('reviewLitigation.') ? t4truth : truth).get(key) ?? null;
      const sure = info.confidence >= 0.9 && !info.flags.includes('ambiguous');
      const verdict = want === null ? (sure && value !== null ? 'WRONG' : 'low') : value === want ? (sure ? 'right' : 'low') : sure ? 'WRONG' : 'wrong';
      k[verdict]++;
      total[verdict]++;
      tally[verdict]++;
      if (verdict === 'WRONG') wrongHere++;
    }
    if (argv.includes('--show') || wrongHere) console.log(`seed ${seed} ${v.mode} n=${v.n} t4rows=${v.t4rows} alike=${v.alike.join('+')} ${format} ${JSON.stringify(tally)}`);
  }
  for (const [mode, c] of Object.entries(byMode)) console.log(`${mode.padEnd(8)} ${JSON.stringify(c)}`);
  console.log(`TOTAL    ${JSON.stringify(total)}`);
  process.exit(total.WRONG ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
