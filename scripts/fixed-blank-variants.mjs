#!/usr/bin/env node
/**
 * @file Fixed-width text dumps whose empty cells print nothing (`pdftotext -layout`, a converter's
 * fixed-width text of a table whose zeros are left blank): every table laid out in columns of a
 * fixed display width, labels wrapped inside their column (table 三's group labels in a column of
 * their own, or before the item's label), each row's numbers on the first, middle or last line of
 * its wrapped label, aligned right, left or centred in their column, padded by display columns
 * (East Asian wide = 2) or by characters, in half the layouts each number off its column by
 * pdftotext's rounding (`drift`: a cell or two, growing along the line); zeros printed blank (most
 * tables) or as '0'. Only where
 * its numbers sit says which cell a number is in. Measures every field of tables 二, 三 and 四
 * against the values chosen: none may be wrong at ≥ 0.9.
 *
 *   npm run build && nice node scripts/fixed-blank-variants.mjs [--seeds 1..60] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIVE_2021, COLUMN_WORDS, COLS, get, makeValues, measureFields, REQUEST_NOTE, requestRows, REVIEW_COLS, REVIEW_GROUPS, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const H = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const ACTIVE_HEADERS = { regulations: ['本年制发件数', '本年废止件数', '现行有效件数'], licensing: ['本年处理决定数量'], punishment: ['本年处理决定数量'], fees: ['本年收费金额（单位：万元）'] };
const REVIEW_WORDS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** One layout: how wide columns are, how numbers sit, how the dump measures. */
function layoutOf(r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  return {
    groupW: pick([8, 10, 12, 14]),
    labelW: pick([10, 12, 14, 18, 24]),
    numW: pick([5, 6, 8, 10]),
    gap: pick([1, 2]),
    align: pick(['right', 'left', 'centre']),
    valign: pick(['top', 'top', 'middle', 'bottom']),
    measure: r() < 0.75 ? 'width' : 'chars',
    groupColumn: r() < 0.7,
    blankTables: new Set(['active', 'requests', 'review'].filter(() => r() < 0.8)),
    ...w3mOf(r),
  };
}

/**
 * pdftotext -layout's rounding: each line's x coordinates are turned into character cells on their
 * own, so a column's numbers sit one or two cells apart from row to row, more so further along the
 * line (a per-row slope and ±½ cell of rounding per number). Drawn from its own generator so the
 * seeds' other choices stay as they were.
 */
function driftOf(seed, L) {
  if (L.w3m) return null;
  const r = rng(seed * 7919 + 3);
  if (r() < 0.5) return null;
  const most = r() < 0.5 ? 0.25 : 0.5;
  return () => {
    const slope = (r() - 0.5) * 2 * most;
    return (j) => Math.round(slope * j + (r() - 0.5));
  };
}

/**
 * A text browser's dump (`w3m -dump`) of the HTML table: every cell printed (zeros too), numbers on
 * the row's first line, cells one column apart, header cells wrapped in their column.
 */
function w3mOf(r) {
  return r() < 0.35 ? { w3m: true, blankTables: new Set(), valign: 'top', gap: 1, measure: 'width' } : {};
}

/** A header cell's pieces, wrapped in its column for a w3m dump. */
const headPieces = (text, w, L, width) => (L.w3m ? wrap(text, w, width) : [text]);

/** Header lines of cells [start, pieces] stacked from the top, left-aligned. */
function stackedLines(cells, width) {
  const n = Math.max(...cells.map(([, pieces]) => pieces.length));
  return Array.from({ length: n }, (_, i) => lineOf(cells.flatMap(([start, pieces]) => (pieces[i] ? [[start, pieces[i]]] : [])), width));
}

function widthFn(measure) {
  return (s) => [...s].reduce((w, ch) => w + (measure === 'width' && ch.codePointAt(0) >= 0x2e80 ? 2 : 1), 0);
}

/** Text cut into pieces no wider than `w`. */
function wrap(text, w, width) {
  const out = [];
  let cur = '';
  for (const ch of text) {
    if (cur !== '' && width(cur + ch) > w) { out.push(cur); cur = ''; }
    cur += ch;
  }
  return [...out, cur];
}

/** A fixed-width line from [start, text, align, width] cells (start in the layout's measure). */
function lineOf(cells, width) {
  let s = '';
  for (const [start, text, align = 'left', w = 0] of cells.sort((a, b) => a[0] - b[0])) {
    if (text === '') continue;
    const free = Math.max(0, w - width(text));
    const at = start + (align === 'right' ? free : align === 'centre' ? Math.floor(free / 2) : 0);
    s += ' '.repeat(Math.max(at - width(s), s === '' ? 0 : 1)) + text;
  }
  return s.trimEnd();
}

/** Rows of label pieces (per label column) and values → lines, values on the row's first/middle/last line. */
function rowLines(labelCols, values, valueStarts, L, width) {
  const n = Math.max(1, ...labelCols.map(([, pieces]) => pieces.length));
  const at = L.valign === 'top' ? 0 : L.valign === 'bottom' ? n - 1 : Math.floor((n - 1) / 2);
  const lines = [];
  for (let i = 0; i < n; i++) {
    const cells = labelCols.map(([start, pieces]) => [start, pieces[i] ?? '']);
    const shift = L.drift?.() ?? (() => 0);
    if (i === at) values.forEach((v, j) => cells.push([valueStarts[j] + shift(j), v, L.align, L.numW]));
    lines.push(lineOf(cells, width));
  }
  return lines;
}

const shown = (v, blank) => (v === 0 && blank ? '' : String(v));

function activeText(data, L, width) {
  const out = [];
  const labelW = Math.max(L.labelW, 14);
  for (const [group, label, key, cols] of ACTIVE_2021) {
    const starts = cols.map((_, j) => labelW + L.gap + j * (Math.max(L.numW, 14) + L.gap));
    if (group) {
      out.push(group);
      const heads = ACTIVE_HEADERS[key].map((h, j) => [starts[j], headPieces(h, L.numW, L, width)]);
      out.push(...stackedLines([[0, headPieces('信息内容', 4, L, width)], ...heads], width));
    }
    const vals = cols.map((c) => shown(get(data.activeDisclosure, `${key}.${c}`), L.blankTables.has('active')));
    out.push(...rowLines([[0, wrap(label, labelW, width)]], vals, starts, { ...L, numW: Math.max(L.numW, 14) }, width));
  }
  return out;
}

function requestsText(data, L, width) {
  const labelStart = L.groupColumn ? L.groupW + L.gap : 0;
  const first = labelStart + L.labelW + L.gap;
  const starts = COLS.map((_, j) => first + j * (L.numW + L.gap));
  const span = (a, b) => starts[b] + L.numW - starts[a];
  const head = (text, a, b) => wrap(text, span(a, b), width).map((p) => [starts[a], p]);
  const out = [...wrap(REQUEST_NOTE, first - L.gap, width).map((p, i) => lineOf([[0, p], ...(i === 0 ? [[starts[0], '申请人情况']] : [])], width))];
  const top = [head(COLUMN_WORDS.naturalPerson, 0, 0), head('法人或其他组织', 1, 5), head(COLUMN_WORDS.total, 6, 6)];
  for (let i = 0; i < Math.max(...top.map((t) => t.length)); i++) out.push(lineOf(top.flatMap((t) => (t[i] ? [t[i]] : [])), width));
  const subs = COLS.slice(1, 6).map((c, j) => head(COLUMN_WORDS[c], j + 1, j + 1));
  for (let i = 0; i < Math.max(...subs.map((t) => t.length)); i++) out.push(lineOf(subs.flatMap((t) => (t[i] ? [t[i]] : [])), width));
  for (const [group, label, key] of requestRows(false)) {
    const vals = COLS.map((c) => shown(get(data.requests, `${key}.${c}`), L.blankTables.has('requests')));
    const cols = L.groupColumn ? [[0, group ? wrap(group, L.groupW, width) : []], [labelStart, wrap(label, L.labelW, width)]] : [[0, wrap(group + label, L.labelW, width)]];
    out.push(...rowLines(cols, vals, starts, L, width));
  }
  return out;
}

function reviewText(data, L, width) {
  const w = L.w3m ? Math.max(L.numW, 4) : Math.max(L.numW, 9);
  const starts = Array.from({ length: 15 }, (_, j) => j * (w + L.gap));
  const vals = REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => shown(get(data.reviewLitigation, `${g}.${c}`), L.blankTables.has('review'))));
  const words = (ts, from) => ts.map((t, j) => [starts[j + from], headPieces(t, w, L, width)]);
  return [
    lineOf([[starts[0], '行政复议'], [starts[5], '行政诉讼']], width),
    ...(L.w3m
      ? stackedLines([...words(REVIEW_WORDS, 0), [starts[5], headPieces('未经复议直接起诉', 5 * w, L, width)], [starts[10], headPieces('复议后起诉', 5 * w, L, width)]], width).concat(stackedLines(words([...REVIEW_WORDS, ...REVIEW_WORDS], 5), width))
      : [lineOf([...REVIEW_WORDS.map((t, j) => [starts[j], t]), [starts[5], '未经复议直接起诉'], [starts[10], '复议后起诉']], width), lineOf([...REVIEW_WORDS, ...REVIEW_WORDS].map((t, j) => [starts[j + 5], t]), width)]),
    lineOf(vals.map((v, j) => [starts[j], v, L.align, w]), width),
  ];
}

function build(seed) {
  const r = rng(seed * 4099 + 17);
  const L0 = layoutOf(r);
  const L = { ...L0, drift: driftOf(seed, L0) };
  const width = widthFn(L.measure);
  const data = makeValues(seed * 31 + 7, { scale: [6, 30, 300][Math.floor(r() * 3)] });
  const lines = [
    `示例县第${seed}局2023年政府信息公开工作年度报告`, H[0], '本局依法推进政务公开。',
    H[1], ...activeText(data, L, width),
    H[2], ...requestsText(data, L, width),
    H[3], ...reviewText(data, L, width),
    H[4], '培训不足。', H[5], '无。',
  ];
  return { seed, L, data, name: `fixed-${seed}.txt`, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

if (process.argv.includes('--print')) {
  const seed = Number(process.argv[process.argv.indexOf('--print') + 1]);
  process.stdout.write(new TextDecoder().decode(build(seed).bytes));
} else {
  const describe = (v) => {
    const L = v.L;
    return `${L.w3m ? 'w3m ' : ''}${L.drift ? 'drift ' : ''}${L.measure} group${L.groupColumn ? 'Col' : 'Inline'} g${L.groupW} l${L.labelW} n${L.numW} ${L.align} ${L.valign} blank[${[...L.blankTables]}]`;
  };
  await runVariants({ root: ROOT, build, seeds: '1..60', measure: measureFields, keysOf: (v) => [v.L.w3m ? 'w3m' : `${v.L.valign}-${v.L.measure}${v.L.drift ? '-drift' : ''}`], describe });
}
