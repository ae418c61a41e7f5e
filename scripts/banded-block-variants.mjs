#!/usr/bin/env node
/**
 * @file Plain `pdftotext` (no -layout) of a borderless table 三 whose text blocks come band by band (plain55; fresh54
 * f000, f031: Chromium A5/A4 landscape, 13–16 pt, no borders). The label column and the first value column (or two) make
 * one text block, so each row's label line carries its first cells ('3.补正后申请内容仍不明确 0', or the count on the line
 * under the label); the other cells come after the page's labels as blocks (a blank line between), each a rectangle of
 * the grid: the next column of a run of rows one value a line ('6' / '5' / '0' … twelve rows), or two columns at once
 * ('1 20' / '1 17'), bands top to bottom and columns left to right within a band. Seeded variants:
 *  - lead: 1 or 2 columns beside the labels, on the label's line or on a line of their own under it;
 *  - labels wrapped at 9–16 characters, the group labels ('（三）不予' / '公开') beside and between their rows;
 *  - pages: a page feed before 1–2 rows of the table, each page its own label block and its blocks; a page's first rows
 *    may print whole (its seven counts over 1–3 lines under the label, in the label's block);
 *  - bands: a page's rows in one band or split in two (the last 1–4 rows apart); the band's columns in blocks of one,
 *    the last two in one block on some seeds;
 *  - tail: the last page's last blocks printed after the next heading and table 四's first header words;
 *  - order (`--orders`, adversarial): `band` (as above), `column` (a column's blocks for every band before the next
 *    column: the stream's order no band order — must not read wrong at ≥ 0.8), `rowlines` (the rest of each row as one
 *    line, the lines row by row: leadPage's own shape).
 * Values dense (every cell 0–90, 15 % zeros) or sparse (template-data makeValues: most cells 0). Every field of tables 二,
 * 三 and 四 is measured against the values printed (right at any confidence too); none may be wrong at ≥ 0.9 (exit 1).
 *
 *   npm run build && nice node scripts/banded-block-variants.mjs [--seeds 1..40] [--orders band,column,rowlines] [--show] [--print SEED]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIVE_2021, COLS, get, makeValues, measureFields, requestRows, REVIEW_COLS, REVIEW_GROUPS, rng, runVariants } from './template-data.mjs';
import { stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const H = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const ORDERS = stringArg('orders', 'band').split(',');

/** Dense values: every applicant cell of an outcome row 0–90 (15 % zeros), the rows' and columns' totals kept. */
function denseValues(seed) {
  const data = makeValues(seed * 31 + 7, { scale: 30 });
  const r = rng(seed * 977 + 3);
  const rows = requestRows(false).map((x) => x[2]);
  const outcomes = rows.filter((k) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
  const put = (key, col, v) => {
    let node = data.requests;
    const path = key.split('.');
    for (const p of path) node = node[p] ??= {};
    node[col] = v;
  };
  for (const col of COLS.slice(0, 6)) {
    let handled = 0;
    for (const k of outcomes) {
      const v = r() < 0.15 ? 0 : 1 + Math.floor(r() * 90);
      put(k, col, v);
      handled += v;
    }
    const forward = Math.floor(r() * 9);
    const over = Math.min(handled, Math.floor(r() * 9));
    put('totalHandled', col, handled);
    put('carriedForward', col, forward);
    put('carriedOver', col, over);
    put('newReceived', col, handled + forward - over);
  }
  for (const k of rows) put(k, 'total', COLS.slice(0, 6).reduce((s, c) => s + get(data.requests, `${k}.${c}`), 0));
  return data;
}

/** One document's look. */
function styleOf(seed) {
  const r = rng(seed * 6151 + 41);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  return {
    r,
    dense: r() < 0.7,
    lead: pick([1, 1, 2]),
    leadOwnLine: r() < 0.5,
    wrapAt: 9 + Math.floor(r() * 8),
    pages: pick([1, 2, 2, 3]),
    wholeFirst: pick([0, 0, 1, 2]),
    split: r() < 0.6,
    pairLast: r() < 0.5,
    tail: r() < 0.5,
    order: ORDERS[Math.floor(r() * ORDERS.length)],
  };
}

/** A label wrapped at `at` characters. */
const wrap = (label, at) => (label.length <= at ? [label] : [label.slice(0, at), ...wrap(label.slice(at), at)]);

/** A page's label block: each row's label lines (its group label's pieces beside and after it) with its lead counts. */
function labelBlock(rows, S, lead, whole) {
  const out = [];
  rows.forEach(({ group, label, cells }, i) => {
    const lines = wrap(label, S.wrapAt);
    const g = group ? wrap(group, 5) : [];
    const first = g.length ? `${g[0]} ${lines[0]}` : lines[0];
    const leadCells = i < whole ? cells : cells.slice(0, lead);
    if (i < whole) {
      // A row printed whole: its counts under its label over 1–3 lines.
      out.push(first, ...lines.slice(1), ...g.slice(1));
      const cut = [4, 5, 7][Math.floor(S.r() * 3)];
      out.push(leadCells.slice(0, cut).join(' '));
      if (cut < 7) out.push(leadCells.slice(cut).join(' '));
      return;
    }
    if (S.leadOwnLine) out.push(first, leadCells.join(' '), ...lines.slice(1), ...g.slice(1));
    else if (lines.length === 1) out.push(`${first} ${leadCells.join(' ')}`, ...g.slice(1));
    else out.push(first, ...lines.slice(1, -1), `${lines.at(-1)} ${leadCells.join(' ')}`, ...g.slice(1));
  });
  return out;
}

/** The blocks of a page's rows after its lead columns, in the page's order; each block its lines. */
function restBlocks(rows, S, lead) {
  const n = rows.length;
  const cut = S.split && n >= 5 ? n - (1 + Math.floor(S.r() * Math.min(4, n - 3))) : n;
  const bands = cut < n ? [rows.slice(0, cut), rows.slice(cut)] : [rows];
  const groups = [];
  for (let c = lead; c < 7; c++) groups.push(S.pairLast && c === 5 ? [5, 6] : [c]);
  if (S.pairLast && lead > 5) groups.splice(0);
  const cols = groups.filter((g) => g[0] >= lead && !(S.pairLast && g[0] === 6 && lead <= 5));
  if (S.order === 'rowlines') return [rows.map((row) => row.cells.slice(lead).join(' '))];
  const block = (band, g) => band.map((row) => g.map((c) => row.cells[c]).join(' '));
  if (S.order === 'column') return cols.flatMap((g) => bands.map((band) => block(band, g)));
  return bands.flatMap((band) => cols.map((g) => block(band, g)));
}

function build(seed) {
  const S = styleOf(seed);
  const data = S.dense ? denseValues(seed) : makeValues(seed * 53 + 11, { scale: 30 });
  const spec = requestRows(false);
  const rows = spec.map(([group, label, key]) => ({ group, label, cells: COLS.map((c) => get(data.requests, `${key}.${c}`)) }));
  // Pages: cuts drawn between rows 1 and 22.
  const cuts = [...new Set(Array.from({ length: S.pages - 1 }, () => 2 + Math.floor(S.r() * 19)))].sort((a, b) => a - b);
  const pages = [0, ...cuts, rows.length].slice(0, -1).map((from, i, all) => rows.slice(from, [...all.slice(1), rows.length][i]));
  const table = [];
  const after = [];
  pages.forEach((page, pi) => {
    const whole = pi === 0 ? S.wholeFirst : 0;
    if (pi > 0) table.push('\f');
    table.push(...labelBlock(page, S, S.lead, whole), '');
    const blocks = restBlocks(page.slice(whole), S, S.lead);
    const tailAt = pi === pages.length - 1 && S.tail ? Math.max(1, blocks.length - 2) : blocks.length;
    blocks.forEach((b, bi) => (bi < tailAt ? table : after).push(...b, ''));
  });
  const active = ACTIVE_2021.flatMap(([group, label, key, cols]) => [...(group ? [group] : []), `${label} ${cols.map((c) => get(data.activeDisclosure, `${key}.${c}`)).join(' ')}`]);
  const review = REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => get(data.reviewLitigation, `${g}.${c}`))).join(' ');
  const lines = [
    `示例县第${seed}局2023年政府信息公开工作年度报告`, H[0], '本局依法推进政务公开。', '',
    H[1], '信息内容 本年制发件数 本年废止件数 现行有效件数', ...active, '',
    '\f', H[2], '申请人情况', '本列数据的勾稽关系为：第一项加第二项之和，等于第三', '项加第四项之和', '自然 法人或其他组织', '总', '商业', '科研', '社会公益', '法律服务', '其', '人 企业 机构 组织 机构 他 计', '',
    ...table,
    H[3], '', '行政复议', '', '行政诉讼', '', ...after,
    '复议后起诉', '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉', '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计', review, '',
    '\f', H[4], '', '培训不足。', '', H[5], '', '无。', '\f',
  ];
  return { seed, S, data, name: `banded-${seed}.txt`, bytes: new TextEncoder().encode(lines.join('\n').replace(/\n\f\n/g, '\n\f')) };
}

if (process.argv.includes('--print')) {
  const seed = Number(process.argv[process.argv.indexOf('--print') + 1]);
  process.stdout.write(new TextDecoder().decode(build(seed).bytes));
} else {
  const describe = (v) => `${v.S.order} ${v.S.dense ? 'dense' : 'sparse'} lead ${v.S.lead}${v.S.leadOwnLine ? ' own-line' : ''} wrap ${v.S.wrapAt} pages ${v.S.pages} whole ${v.S.wholeFirst}${v.S.split ? ' split' : ''}${v.S.pairLast ? ' pair' : ''}${v.S.tail ? ' tail' : ''}`;
  await runVariants({ root: ROOT, build, seeds: '1..40', measure: measureFields, keysOf: (v) => [v.S.order, v.S.dense ? 'dense' : 'sparse', `pages-${v.S.pages}`, ...(v.S.tail ? ['tail'] : [])], describe });
}
