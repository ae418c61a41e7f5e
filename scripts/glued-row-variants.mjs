#!/usr/bin/env node
/**
 * @file Text dumps whose table rows are glued into runs of digits, as pypdf's `extract_text()` and
 * other extractors that keep no gap between a row's text runs write them: a row's cells printed with
 * nothing between them ('6630739820773' for 663 0 73 9 8 20 773), glued to its label or a space
 * apart, some rows only partly glued (a space between some cells), empty cells printed as nothing
 * (a row of zeros left blank loses one cell or all of its zeros), the next page's counter glued to the
 * start of a row's label ('-4-3.补正后…'), table 四 glued into one run or one run per group, and in a
 * third of the documents one row's 总计 printed wrong (the truth is what is printed: the identities
 * fail, a split that makes them hold is no reading of the print). Every field of tables 二, 三 and 四
 * is measured against the values printed; none may be wrong at ≥ 0.9 (exit 1).
 *
 * With `--columns` the gaps lost are the same on every row of a table (pypdf glues the cells of narrow
 * columns whose runs touch: '… 4 19 16187' for 19 | 16 | 187 and '… 4 19 16191' under it), one or two
 * of a row's gaps on every row or on most: rows read whole with a cell missing confirm each other
 * through the identities.
 *
 * With `--wrapped` (implies `--columns`; plain56, fresh55 f033 pypdf) table 三's row labels also wrap at a cell width of 6–14
 * characters, a line each piece, and a row's values follow its label's last piece glued to it (no space) on half of the
 * rows or on all, as pypdf writes a label filling its cell ('（二）部分公开（区分处理的，只计这' / '一情形，不计其他情形）6 4 4 2 6 426'):
 * the one-digit first cell glued to the label beside runs of touching cells.
 *
 *   npm run build && nice node scripts/glued-row-variants.mjs [--seeds 1..60] [--columns | --wrapped] [--show] [--print SEED]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIVE_2021, COLS, get, makeValues, measureFields, requestRows, REVIEW_COLS, REVIEW_GROUPS, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const H = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** One document's way of gluing. */
function styleOf(r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  return {
    /** Share of the gaps between a row's cells that are lost (1: the whole row one run). */
    glue: pick([1, 1, 0.8, 0.5]),
    /** The value run glued to its label (no space). */
    labelGlued: r() < 0.5,
    /** Zeros printed blank: none, one zero per row at most, or every zero. */
    blank: pick(['none', 'none', 'one', 'all']),
    /** Page counters glued to the start of a row's label (0, 1 or 2 of them, numbered on). */
    counters: pick([0, 1, 2, 2]),
    /** Table 四 as one run, or one run per group. */
    reviewRuns: pick(['one', 'groups']),
    /** One row's 总计 printed wrong. */
    wrongTotal: r() < 0.33,
  };
}

/** A row's printed values: zeros left blank as the style says (one per row: the first zero only). */
function printedCells(values, S) {
  let left = S.blank === 'one' ? 1 : S.blank === 'all' ? Infinity : 0;
  return values.map((v) => (v === 0 && left-- > 0 ? '' : String(v)));
}

/** Cells joined: each gap lost with probability `glue` (or the gaps after the columns `S.lost`); empty cells print nothing. */
function glueCells(cells, S, r) {
  let s = '';
  cells.forEach((c, i) => {
    if (c === '') return;
    const lost = S.lost ? S.lost.includes(i - 1) && r() < S.lostShare : r() < S.glue;
    s += s === '' || lost ? c : ` ${c}`;
  });
  return s;
}

const WRAPPED = process.argv.includes('--wrapped');
const COLUMN_GLUE = WRAPPED || process.argv.includes('--columns');

/** The `--wrapped` style, drawn apart (the `--columns` documents stay as they were): label width and share of rows glued to their label. */
function wrapStyle(S, seed) {
  const r = rng(seed * 104729 + 7);
  return { ...S, wrap: 6 + Math.floor(r() * 9), labelShare: r() < 0.5 ? 0.5 : 1 };
}

/** A label cut into lines of `S.wrap` characters, the row's run after the last (glued to it on `S.labelShare` of the rows). */
function wrappedLine(label, run, S, r) {
  const pieces = [];
  let line = '';
  for (const ch of label) {
    if ([...line].length < S.wrap) line += ch;
    else {
      // (No line ends between an item's number and its full stop: '1' / '.属于…' is no break a print makes.)
      const digits = ch === '.' ? (line.match(/\d+$/)?.[0] ?? '') : '';
      pieces.push(line.slice(0, line.length - digits.length));
      line = digits + ch;
    }
  }
  pieces.push(line);
  const last = pieces.pop();
  const glued = r() < S.labelShare;
  return [...pieces, run === '' ? last : `${last}${glued ? '' : ' '}${run}`].join('\n');
}

/** The `--columns` style: one or two gaps of table 三's rows lost on every row or on most (`lostShare`; table 二 keeps its gaps). */
function columnStyle(S, seed) {
  const r = rng(seed * 7919 + 3);
  const first = Math.floor(r() * 6);
  const second = r() < 0.4 ? Math.floor(r() * 6) : first;
  const lostShare = [1, 0.8, 0.6][Math.floor(r() * 3)];
  return { ...S, glue: 0, lost: [...new Set([first, second])], lostShare, labelGlued: false, counters: 0, blank: 'none' };
}

function rowLine(label, values, S, r) {
  const run = glueCells(printedCells(values, S), S, r);
  if (S.wrap) return wrappedLine(label, run, S, r);
  return run === '' ? label : `${label}${S.labelGlued ? '' : ' '}${run}`;
}

function build(seed) {
  const r = rng(seed * 6007 + 29);
  const S0 = styleOf(r);
  const S = WRAPPED ? wrapStyle(columnStyle(S0, seed), seed) : COLUMN_GLUE ? columnStyle(S0, seed) : S0;
  const data = makeValues(seed * 53 + 11, { scale: [6, 30, 300, 3000][Math.floor(r() * 4)] });
  const rows = requestRows(false);
  if (S.wrongTotal) {
    const key = rows[Math.floor(r() * rows.length)][2];
    const path = key.split('.');
    let node = data.requests;
    for (const p of path) node = node[p];
    node.total += 1 + Math.floor(r() * 9);
  }
  const SA = COLUMN_GLUE ? { ...S, lost: [], wrap: undefined } : S;
  const active = ACTIVE_2021.flatMap(([group, label, key, cols]) => [...(group ? [group] : []), rowLine(label, cols.map((c) => get(data.activeDisclosure, `${key}.${c}`)), SA, r)]);
  // The page counters go before rows of table 三, at rows drawn in order.
  const at = new Set(Array.from({ length: S.counters }, () => 4 + Math.floor(r() * (rows.length - 6))));
  let page = 3;
  const requests = rows.map(([group, label, key]) => {
    const line = rowLine(`${group}${label}`, COLS.map((c) => get(data.requests, `${key}.${c}`)), S, r);
    return at.has(rows.findIndex((x) => x[2] === key)) ? `-${page++}-${line}` : line;
  });
  const groups = REVIEW_GROUPS.map((g) => REVIEW_COLS.map((c) => get(data.reviewLitigation, `${g}.${c}`)));
  const review = S.reviewRuns === 'one' ? [glueCells(printedCells(groups.flat(), S), { glue: 1 }, r)] : groups.map((g) => glueCells(printedCells(g, S), { glue: 1 }, r));
  const lines = [
    `示例县第${seed}局2023年政府信息公开工作年度报告`, H[0], '本局依法推进政务公开。',
    H[1], '信息内容本年制发件数本年废止件数现行有效件数', ...active,
    H[2], '（本列数据的勾稽关系为：第一项加第二项之和，', '等于第三项加第四项之和）申请人情况', '自然人法人或其他组织总计', '商业企业科研机构社会公益组织法律服务机构其他', ...requests,
    H[3], '行政复议行政诉讼', '结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉', '结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计', ...review,
    H[4], '培训不足。', H[5], '无。',
  ];
  return { seed, S, data, name: `glued-${seed}.txt`, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

if (process.argv.includes('--print')) {
  const seed = Number(process.argv[process.argv.indexOf('--print') + 1]);
  process.stdout.write(new TextDecoder().decode(build(seed).bytes));
} else {
  const describe = (v) => `glue ${v.S.lost ? `cols ${v.S.lost.join('+')} share ${v.S.lostShare}` : v.S.glue}${v.S.wrap ? ` wrap ${v.S.wrap} labelShare ${v.S.labelShare}` : ''} ${v.S.labelGlued ? 'labelGlued' : 'spaced'} blank ${v.S.blank} counters ${v.S.counters} review ${v.S.reviewRuns}${v.S.wrongTotal ? ' wrongTotal' : ''}`;
  await runVariants({ root: ROOT, build, seeds: '1..60', measure: measureFields, keysOf: (v) => [`blank-${v.S.blank}`, v.S.lost ? 'column-glued' : v.S.glue === 1 ? 'whole-runs' : 'part-glued', ...(v.S.wrongTotal ? ['wrongTotal'] : [])], describe });
}
