#!/usr/bin/env node
/**
 * @file Table 三 with lines between its section heading and its column header that are no part of
 * the header: a caption ('表三', '表3：收到和处理政府信息公开申请情况', '表3  2024年度  单位：件'), a unit
 * line ('（单位：件）', '2024年度 单位：件'), a note ('注：…'), or a sentence of the narrative that
 * prints numbers and names 自然人 / 法人或其他组织 — one or two of them, in tab text, space text or an
 * HTML page (as paragraphs, or as a first row of the table); and sometimes a line under the table (a caption pointing up
 * at it '（上表为2024年度数据）', a note, an earlier year's caption; in HTML a paragraph or the table's `<caption>` drawn under it),
 * which a table printed once must read past. Columns in the template order or
 * permuted or 总计 moved (the header names them), header whole or in pieces (pdftotext -raw). Measures table 三's
 * fields: right (≥ 0.9), low (right but < 0.9, or missing), wrong at ≥ 0.9 (must be 0).
 *
 *   npm run build && nice node scripts/caption-variants.mjs [--seeds 1..60] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COLS, makeValues, requestRows, get, rng, verdict, COLUMN_WORDS, SUB_COLUMNS, REQUEST_NOTE } from './template-data.mjs';
import { seedRange } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);

const WORD = COLUMN_WORDS;
const SUBS = SUB_COLUMNS;
const NOTE = REQUEST_NOTE;

function shuffle(a, r) {
  const b = [...a];
  for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; }
  return b;
}

/** Lines above the header that are none of it, for the table's values `n` (new requests: total, 自然人, 法人或其他组织). */
function extras(n, year) {
  return [
    ['表三'],
    ['表3：收到和处理政府信息公开申请情况'],
    ['（单位：件）'],
    [`${year}年度 单位：件`],
    [`表3  ${year}年度                         单位：件`],
    [`注：本表统计期限为${year}年1月1日至${year}年12月31日。`],
    ['注：自然人含个体工商户，法人或其他组织含商业企业、科研机构等'],
    [`本年度共收到政府信息公开申请${n.total}件，其中自然人申请${n.np}件，法人或其他组织申请${n.org}件。`],
    [`本年度共收到政府信息公开申请 ${n.total} 件，其中自然人申请 ${n.np} 件，法人或其他组织申请 ${n.org} 件，总计 ${n.total} 件。`],
    [`本年度共收到政府信息公开申请${n.total}件，其中自然人申请${n.np}件，法`, `人或其他组织申请${n.org}件。具体情况如下：`],
    [`其中自然人${n.np}件、法人或其他组织${n.org}件`],
    [`${year}年共受理申请${n.total}件，办结${n.total}件。`, `表3  ${year}年度  单位：件`],
  ];
}

/** Lines under the table (before the next section): captions pointing up at it, notes. A table printed once is read the same. */
function belowLines(year) {
  return [`（上表为${year}年度数据）`, '以上为本年度数据。', '注：上表为上年度数据。', `注：本表数据统计截至${year}年12月31日。`, `${year - 1}年度情况`];
}

/** Header lines for a leaf order: `whole` (group line + sub line) or `raw` (pieces one per line). */
function requestHeader(mode, order, sep) {
  const subs = order.filter((k) => SUBS.includes(k));
  const top = order.filter((k) => !SUBS.includes(k) || k === subs[0]).map((k) => (SUBS.includes(k) ? '法人或其他组织' : WORD[k]));
  if (mode === 'whole') return [`${NOTE}${sep}申请人情况`, top.join(sep), subs.map((k) => WORD[k]).join(sep)];
  const pieces = (w) => (w.length <= 2 ? [...w] : w.length === 3 ? [w.slice(0, 2), w[2]] : w.match(/.{1,2}/g));
  return [NOTE, '申请人情况', ...[...top, ...subs.map((k) => WORD[k])].flatMap((w) => (w === '法人或其他组织' ? [w] : pieces(w)))];
}

function build(seed) {
  const r = rng(seed * 104729 + 7);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const data = makeValues(seed);
  const year = 2024;
  const nv = (c) => get(data.requests, `newReceived.${c}`);
  const n = { total: nv('total'), np: nv('naturalPerson'), org: SUBS.reduce((a, c) => a + nv(c), 0) };
  const all = extras(n, year);
  const ex = r() < 0.7 ? pick(all) : [...pick(all), ...pick(all)];
  const cats = COLS.slice(0, 6);
  // 总计 first or between 自然人 and the 法人或其他组织 group (a group line cannot print it among the group's sub-columns).
  const order = pick([COLS, COLS, ['naturalPerson', ...shuffle(SUBS, r), 'total'], ['total', ...cats], ['naturalPerson', 'total', ...SUBS]]);
  const head = r() < 0.8 ? 'whole' : 'raw';
  const format = pick(['tab', 'space', 'html']);
  const below = r() < 0.4 ? [pick(belowLines(year))] : [];
  const v = { data, ex, order, head, format, below };
  const sep = format === 'space' ? '  ' : '\t';
  const rows = requestRows(false).map(([g, l, key]) => [`${g}${l}`, ...order.map((c) => get(data.requests, `${key}.${c}`))]);
  const hl = requestHeader(head, order, sep);
  const pre = [`示例县某某局${year}年政府信息公开工作年度报告`, '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', `信息内容${sep}本年制发件数${sep}本年废止件数${sep}现行有效件数`, `规章${sep}1${sep}0${sep}4`, `行政规范性文件${sep}2${sep}1${sep}9`];
  const post = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议\t行政诉讼', '无。', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
  if (format === 'html') {
    const tr = (cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const inTable = r() < 0.4;
    v.where = inTable ? 'row' : 'p';
    const exHtml = inTable ? '' : ex.map((p) => `<p>${p}</p>`).join('');
    const exRows = inTable ? ex.map((p) => `<tr><td colspan="8">${p}</td></tr>`).join('') : '';
    // A line under the table: a paragraph after it, or the table's own <caption> drawn under it.
    const asCaption = below.length > 0 && r() < 0.5;
    const caption = asCaption ? `<caption style="caption-side:bottom">${below[0]}</caption>` : '';
    const t3 = `<table>${caption}${exRows}${hl.map((h) => tr(h.split('\t'))).join('')}${rows.map(tr).join('')}</table>${asCaption ? '' : below.map((p) => `<p>${p}</p>`).join('')}`;
    v.name = 'v.html';
    v.bytes = `<html><body>${pre.slice(0, 4).map((p) => `<p>${p}</p>`).join('')}<table>${pre.slice(4).map((p) => tr(p.split('\t'))).join('')}</table><p>三、收到和处理政府信息公开申请情况</p>${exHtml}${t3}${post.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
  } else {
    v.name = 'v.txt';
    v.bytes = [...pre, '三、收到和处理政府信息公开申请情况', ...ex, ...hl, ...rows.map((x) => x.join(sep)), ...below, ...post].join('\n');
  }
  return v;
}
const [from, to] = seedRange('1..60');
const tally = { template: { right: 0, low: 0, wrong: 0, wrongLow: 0 }, permuted: { right: 0, low: 0, wrong: 0, wrongLow: 0 }, totalMoved: { right: 0, low: 0, wrong: 0, wrongLow: 0 } };
for (let seed = from; seed <= to; seed++) {
  const v = build(seed);
  const rep = await extract(new TextEncoder().encode(v.bytes), { name: v.name });
  const got = flattenData(rep.data);
  const d = { right: 0, low: 0, wrong: 0, wrongLow: 0 };
  const t = tally[v.order === COLS ? 'template' : v.order.at(-1) === 'total' ? 'permuted' : 'totalMoved'];
  for (const [k, truth] of flattenData({ requests: v.data.requests })) {
    d[verdict(got.get(k), truth, rep.fields[k]?.confidence ?? 0)]++;
  }
  for (const f of Object.keys(d)) t[f] += d[f];
  const { right: ok, low: l, wrong: w } = d;
  const codes = rep.warnings.map((x) => x.code).filter((x) => x.startsWith('columns_'));
  if (w || process.argv.includes('--show')) console.log(`seed ${seed} ${v.format}${v.where ? `/${v.where}` : ''} head=${v.head} order=${v.order === COLS ? 'template' : v.order.join(',')} extra=${JSON.stringify(v.ex)} below=${JSON.stringify(v.below)}: right ${ok} low ${l} WRONG ${w} ${codes.join(',')}`);
}
for (const [k, t] of Object.entries(tally)) console.log(`seeds ${from}..${to} ${k} order: right ${t.right}, low ${t.low}, wrong at >= 0.9 ${t.wrong}, wrong below 0.9 ${t.wrongLow}`);
process.exit(Object.values(tally).some((t) => t.wrong) ? 1 : 0);
