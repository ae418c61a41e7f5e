#!/usr/bin/env node
/**
 * @file Table 三 / 四 whose column order nothing in the input may confirm: the category columns
 * permuted (or not), under no header, a header read whole, or a header broken into pieces
 * (pdftotext -raw: one piece per line in printed order; -layout: characters stacked per column),
 * as tab text, space-aligned text or an HTML table. The identities hold under any order of those
 * columns, so the measure is the number of fields wrong at confidence ≥ 0.9 (`silent`, must be 0);
 * `capped` counts right values kept below 0.9 (the cost), `followed` variants whose permuted header
 * was read and followed.
 *
 * `--head plain` prints every table 三 header as a dump keeping no layout prints it (pieces of wrapped
 * cells grouped into lines by baseline: map/line-chain), in template or another order.
 *
 *   npm run build && nice node scripts/unread-variants.mjs [--seeds 1..40] [--head whole|raw|layout|none|plain] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COLS, REVIEW_GROUPS, REVIEW_COLS, makeValues, requestRows, get, rng, COLUMN_WORDS, SUB_COLUMNS } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);

const WORD = COLUMN_WORDS;
const GROUP_WORD = { review: '行政复议', litigationDirect: '未经复议直接起诉', litigationAfterReview: '复议后起诉' };
const SUBS = SUB_COLUMNS;

function shuffle(a, r) {
  const b = [...a];
  for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; }
  return b;
}

/** Printed leaf order: template, legal-first (sub-columns before 自然人), or sub-columns shuffled. */
function leafOrder(kind, r) {
  if (kind === 'template') return COLS;
  if (kind === 'legalFirst') return [...SUBS, 'naturalPerson', 'total'];
  return ['naturalPerson', ...shuffle(SUBS, r), 'total'];
}

/** Header lines of table 三 for a leaf order: `whole` (group line + sub line), `raw` (pieces one per line), `layout` (characters stacked per column). */
function requestHeader(mode, order, sep) {
  const subs = order.filter((k) => SUBS.includes(k));
  const top = order.filter((k) => !SUBS.includes(k) || k === subs[0]).map((k) => (SUBS.includes(k) ? '法人或其他组织' : WORD[k]));
  if (mode === 'none') return [];
  if (mode === 'whole') return [top.join(sep), subs.map((k) => WORD[k]).join(sep)];
  const pieces = (w) => (w.length <= 2 ? [...w] : w.length === 3 ? [w.slice(0, 2), w[2]] : w.match(/.{1,2}/g));
  if (mode === 'raw') return [...top, ...subs.map((k) => WORD[k])].flatMap((w) => (w === '法人或其他组织' ? [w] : pieces(w)));
  // layout: one line per character row, every leaf column a character wide.
  const cols = order.map((k) => WORD[k]);
  const rows = Math.max(...cols.map((w) => w.length));
  return ['法人或其他组织', ...Array.from({ length: rows }, (_, i) => cols.map((w) => w[i] ?? '　').join(' ').trimEnd())];
}

/**
 * `plain`: the header as a dump keeping no layout prints it (plain pdftotext of a browser's print):
 * each cell's word wrapped at a random width, its pieces on baselines set by the cell's rows and its
 * vertical alignment (top or middle), the pieces of all cells grouped into lines by baseline, each
 * line's pieces in the order their cells stand ('自然 商 科' / '总' / '人 业 研 社会 法律 其 计' …).
 */
function plainHeader(order, r) {
  const wrap = (w, width) => w.match(new RegExp(`.{1,${width}}`, 'gu'));
  const subs = order.map((k, x) => [k, x]).filter(([k]) => SUBS.includes(k));
  const width = () => 1 + Math.floor(r() * 4);
  const group = { pieces: wrap('法人或其他组织', 3 + Math.floor(r() * 5)), x: (subs[0][1] + subs.at(-1)[1]) / 2 };
  const lower = subs.map(([k, x]) => ({ pieces: wrap(WORD[k], width()), x }));
  const spans = order.map((k, x) => [k, x]).filter(([k]) => !SUBS.includes(k)).map(([k, x]) => ({ pieces: wrap(WORD[k], width()), x }));
  const h1 = group.pieces.length + r() * 1.5;
  const h2 = Math.max(...lower.map((c) => c.pieces.length)) + r() * 1.5;
  const middle = r() < 0.7;
  const place = (c, y0, y1) => c.pieces.map((t, i) => ({ t, x: c.x, y: (middle ? (y0 + y1) / 2 - c.pieces.length / 2 : y0 + 0.1) + i }));
  const all = [...place(group, 0, h1), ...lower.flatMap((c) => place(c, h1, h1 + h2)), ...spans.flatMap((c) => place(c, 0, h1 + h2))].sort((a, b) => a.y - b.y);
  const lines = [];
  for (const p of all) {
    const line = lines.at(-1);
    if (line && Math.abs(p.y - line[0].y) < 0.3) line.push(p);
    else lines.push([p]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x).map((p) => p.t).join(' '));
}

function reviewHeader(mode, groups, sep) {
  if (mode === 'none') return [];
  const cols = REVIEW_COLS.map((c) => ({ upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' })[c]);
  return [groups.map((g) => GROUP_WORD[g]).join(sep), [...cols, ...cols, ...cols].join(sep)];
}
const HEAD = stringArg('head', null);

function build(seed) {
  const r = rng(seed * 7919 + 13);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const v = { data: makeValues(seed), order: leafOrder(pick(['template', 'legalFirst', 'shuffled']), r), head: pick(['none', 'whole', 'raw', 'layout']), groups: r() < 0.5 ? REVIEW_GROUPS : shuffle(REVIEW_GROUPS, r), rhead: pick(['none', 'whole']), format: pick(['tab', 'space', 'html']) };
  if (HEAD === 'plain' && v.format === 'html') v.format = 'tab';
  const sep = v.format === 'space' ? '  ' : '\t';
  const rows = requestRows(false).map(([g, l, key]) => [`${g}${l}`, ...v.order.map((c) => get(v.data.requests, `${key}.${c}`))]);
  const review = v.groups.flatMap((g) => REVIEW_COLS.map((c) => get(v.data.reviewLitigation, `${g}.${c}`)));
  // --head MODE: every variant's table 三 header in that mode (`plain`: see plainHeader, its draws from a stream of their own).
  if (HEAD) v.head = HEAD;
  const head = v.head === 'plain' ? plainHeader(v.order, rng(seed * 104729 + 7)) : requestHeader(v.head, v.order, sep);
  const rhead = reviewHeader(v.rhead, v.groups, sep);
  const pre = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', `信息内容${sep}本年制发件数${sep}本年废止件数${sep}现行有效件数`, `规章${sep}1${sep}0${sep}4`, `行政规范性文件${sep}2${sep}1${sep}9`];
  const post = ['五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
  if (v.format === 'html') {
    const tr = (cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const t3 = `<table>${head.map((h) => tr(h.split('\t'))).join('')}${rows.map(tr).join('')}</table>`;
    const t4 = `<table>${rhead.map((h) => tr(h.split('\t'))).join('')}${tr(review)}</table>`;
    v.name = 'v.html';
    v.bytes = `<html><body>${pre.slice(0, 4).map((p) => `<p>${p}</p>`).join('')}<table>${pre.slice(4).map((p) => tr(p.split('\t'))).join('')}</table><p>三、收到和处理政府信息公开申请情况</p>${t3}<p>四、政府信息公开行政复议、行政诉讼情况</p>${t4}${post.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
  } else {
    v.name = 'v.txt';
    v.bytes = [...pre, '三、收到和处理政府信息公开申请情况', `（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）${sep}申请人情况`, ...head, ...rows.map((x) => x.join(sep)), '四、政府信息公开行政复议、行政诉讼情况', ...rhead, review.join(sep), ...post].join('\n');
  }
  return v;
}

const [from, to] = seedRange('1..40');
let silent = 0, capped = 0, followed = 0, confirmed = 0;
for (let seed = from; seed <= to; seed++) {
  const v = build(seed);
  const rep = await extract(new TextEncoder().encode(v.bytes), { name: v.name });
  const got = flattenData(rep.data);
  let w = 0, c = 0;
  for (const t of ['requests', 'reviewLitigation']) {
    for (const [k, truth] of flattenData({ [t]: v.data[t] })) {
      const conf = rep.fields[k]?.confidence ?? 0;
      if (got.get(k) !== truth && got.get(k) != null && conf >= 0.9) w++;
      if (got.get(k) === truth && conf < 0.9) c++;
    }
  }
  const codes = rep.warnings.map((x) => x.code).filter((x) => x.startsWith('columns_'));
  if (codes.includes('columns_reordered') && v.order !== COLS) followed++;
  if (!codes.some((x) => x.startsWith('columns_')) && v.order === COLS && v.head !== 'none') confirmed++;
  silent += w; capped += c;
  if (w || process.argv.includes('--show')) console.log(`seed ${seed} ${v.format} head=${v.head} order=${v.order.join(',')} rhead=${v.rhead} groups=${v.groups.join(',')}: silent ${w} capped ${c} ${codes.join(',')}`);
}
console.log(`seeds ${from}..${to}: silent (wrong at >= 0.9) ${silent}, right but capped ${capped}, permuted headers followed ${followed}, template headers confirmed ${confirmed}`);
process.exit(silent ? 1 : 0);
