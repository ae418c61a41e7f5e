#!/usr/bin/env node
/**
 * @file Text dumps whose table 三 left its labels (a pile of row labels, then the values in row
 * order, as plain `pdftotext` and pdfminer `pdf2txt` print a borderless or cell-boxed page) and in
 * which a few pairs or triples of touching cells of a row print as one run of digits with no gap
 * ('81833671' for 8183 | 3671: a number right-aligned against the next cell's left-aligned one).
 * The values come one row per line or one per line; 1–6 gaps of the table are lost, more often
 * between large numbers; in a third of the documents one row's 总计 is printed wrong (the truth is
 * what is printed: a cut making the identity hold is no reading of the print). Tables 二 and 四 keep
 * their labels. Every field of tables 二, 三 and 四 is measured against the values printed; none may
 * be wrong at ≥ 0.9 (exit 1). Measures the stream alignment's `split` move (map/fused-split).
 *
 *   npm run build && nice node scripts/fused-stream-variants.mjs [--seeds 1..60] [--show] [--print SEED]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIVE_2021, COLS, COLUMN_WORDS, get, makeValues, measureFields, REQUEST_NOTE, requestRows, REVIEW_COLS, REVIEW_GROUPS, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const H = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** One document's way of printing table 三. */
function styleOf(r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  return {
    /** A row's values on one line (space between cells), or each value on its own line. */
    layout: process.env.LAYOUT ?? pick(['rows', 'rows', 'cells']),
    /** Gaps between touching cells lost. */
    fused: 1 + Math.floor(r() * 6),
    /** Some three touching cells printed as one run. */
    triple: r() < 0.25,
    /** One row's 总计 printed wrong. */
    wrongTotal: r() < 0.33,
  };
}

function build(seed) {
  const r = rng(seed * 7919 + 43);
  const S = styleOf(r);
  const data = makeValues(seed * 61 + 17, { scale: [6, 30, 300, 3000][Math.floor(r() * 4)] });
  const rows = requestRows(false);
  if (S.wrongTotal) {
    let node = data.requests;
    for (const p of rows[Math.floor(r() * rows.length)][2].split('.')) node = node[p];
    node.total += 1 + Math.floor(r() * 9);
  }
  const grid = rows.map(([, , key]) => COLS.map((c) => String(get(data.requests, `${key}.${c}`))));
  // glue[i][c]: no gap between cell c and c + 1 of row i; larger numbers fill their cells, so their gaps go first.
  const glue = grid.map((row) => row.map(() => false));
  const gaps = grid.flatMap((row, i) => row.slice(0, -1).map((v, c) => ({ i, c, w: v.length + row[c + 1].length + r() * 4 })));
  gaps.sort((a, b) => b.w - a.w);
  for (const g of gaps.slice(0, S.fused)) {
    glue[g.i][g.c] = true;
    if (S.triple && g === gaps[0] && g.c + 2 < COLS.length) glue[g.i][g.c + 1] = true;
  }
  const runs = grid.map((row, i) => {
    const out = [row[0]];
    for (let c = 1; c < row.length; c++) {
      if (glue[i][c - 1]) out[out.length - 1] += row[c];
      else out.push(row[c]);
    }
    return out;
  });
  const values = S.layout === 'rows' ? runs.map((x) => x.join(' ')) : runs.flat();
  // LAYOUT=labeled: each row's label and its values on one line (the labels stayed; a layout dump).
  const labeled = rows.flatMap(([group, label], i) => [...(group ? [group] : []), `${label} ${runs[i].join(' ')}`]);
  const active = ACTIVE_2021.flatMap(([group, label, key, cols]) => [...(group ? [group] : []), `${label} ${cols.map((c) => get(data.activeDisclosure, `${key}.${c}`)).join(' ')}`]);
  const review = REVIEW_GROUPS.map((g) => REVIEW_COLS.map((c) => get(data.reviewLitigation, `${g}.${c}`)).join(' '));
  const lines = [
    `示例县第${seed}局2023年政府信息公开工作年度报告`, H[0], '本局依法推进政务公开。',
    H[1], '信息内容 本年制发件数 本年废止件数 现行有效件数', ...active,
    H[2], REQUEST_NOTE, '申请人情况', COLUMN_WORDS.naturalPerson, '法人或其他组织', ...COLS.slice(1).map((c) => COLUMN_WORDS[c]),
    ...(S.layout === 'labeled' ? labeled : [...rows.flatMap(([group, label]) => [...(group ? [group] : []), label]), ...values]),
    H[3], '行政复议 行政诉讼', '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉', '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计', review.join(' '),
    H[4], '培训不足。', H[5], '无。',
  ];
  return { seed, S, data, name: `fused-${seed}.txt`, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

if (process.argv.includes('--print')) {
  const seed = Number(process.argv[process.argv.indexOf('--print') + 1]);
  process.stdout.write(new TextDecoder().decode(build(seed).bytes));
} else {
  const describe = (v) => `${v.S.layout} fused ${v.S.fused}${v.S.triple ? ' triple' : ''}${v.S.wrongTotal ? ' wrongTotal' : ''}`;
  // Table 三's values read right at any confidence (the stream places them by position, below 0.9), counted apart.
  let any = 0;
  let missing = 0;
  const measure = async (v, lib, seed) => {
    const m = await measureFields(v, lib, seed);
    const got = lib.flattenData(m.report.data);
    for (const [k, truth] of lib.flattenData({ requests: v.data.requests })) {
      if (got.get(k) === truth) any++;
      else if (got.get(k) == null) missing++;
    }
    return m;
  };
  process.on('exit', () => console.log(`table 三: right at any confidence ${any}, missing ${missing}`));
  await runVariants({ root: ROOT, build, seeds: '1..60', measure, keysOf: (v) => [v.S.layout, v.S.wrongTotal ? 'wrongTotal' : 'totalsHold'], describe });
}
