#!/usr/bin/env node
/**
 * @file Reports whose tables are drawn with borders (a text browser's dump: w3m, lynx; a pandoc
 * grid table) and cells spanning rows and columns as the template prints them: table 三's
 * '三、本年度办理结果' beside the whole result block and '（三）不予公开' beside its eight sub-rows,
 * the note cell over the header rows, '自然人' and '总计' over two header rows; table 四's
 * '行政复议' over two header rows. Variants: single, double, heavy or ASCII lines; box characters
 * one display column wide or two (a CJK locale); labels wrapped narrow or wide; cell text at the
 * top or the middle of a spanning cell; the table indented; 2021 or single-（六） rows.
 * Measures every field: right (≥ 0.9), low, wrong at ≥ 0.9 (must be 0), wrong below.
 *
 *   npm run build && nice node scripts/spanned-grid-variants.mjs [--seeds 1..40] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COLS, COLUMN_WORDS, SUB_COLUMNS, REQUEST_NOTE, ACTIVE_2021, REVIEW_GROUPS, REVIEW_COLS, makeValues, requestRows, get, rng, verdict } from './template-data.mjs';
import { seedRange } from './cli-args.mjs';

const STYLES = {
  single: { h: '─', v: '│', j: '┌┬┐├┼┤└┴┘' },
  double: { h: '═', v: '║', j: '╔╦╗╠╬╣╚╩╝' },
  heavy: { h: '━', v: '┃', j: '┏┳┓┣╋┫┗┻┛' },
  ascii: { h: '-', v: '|', j: '+++++++++' },
};
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const AMBIGUOUS = /[“”‘’…—·×○①-⑳\u2500-\u257f]/;

/** Display width of a character when box characters and other ambiguous ones are `amb` columns. */
const cw = (ch, amb) => (WIDE.test(ch) ? 2 : AMBIGUOUS.test(ch) ? amb : 1);
const dw = (s, amb) => [...s].reduce((w, ch) => w + cw(ch, amb), 0);

/** Text cut into lines of at most `w` display columns. */
function wrap(text, w, amb) {
  const out = [''];
  for (const ch of text) {
    if (out.at(-1) !== '' && dw(out.at(-1) + ch, amb) > w) out.push('');
    out[out.length - 1] += ch;
  }
  return out;
}

/**
 * Cells [row, col, rowSpan, colSpan, text] of a grid nr × nc → the drawing's lines. `amb` is the
 * columns a box character takes (1, or 2 as a CJK terminal draws them); `lw` the widest label.
 */
export function drawSpans(cells, nr, nc, { style = 'single', amb = 1, lw = 10, valign = 'top', indent = '' } = {}) {
  const st = STYLES[style];
  const even = (n) => (amb === 2 && n % 2 ? n + 1 : n);
  const widths = Array(nc).fill(2);
  for (const [, c, , cs, t] of cells) if (cs === 1) widths[c] = Math.max(widths[c], even(Math.min(dw(t, amb), lw) + 2));
  const span = (c, cs) => widths.slice(c, c + cs).reduce((a, b) => a + b, 0) + amb * (cs - 1);
  for (const [, c, , cs, t] of cells) if (cs > 1 && dw(t, amb) + 2 > span(c, cs) && dw(t, amb) <= lw * cs) widths[c + cs - 1] += even(dw(t, amb) + 2 - span(c, cs));
  const heights = Array(nr).fill(1);
  for (const [r, c, rs, cs, t] of cells) if (rs === 1) heights[r] = Math.max(heights[r], wrap(t, span(c, cs) - 2, amb).length);
  for (const [r, c, rs, cs, t] of cells) {
    const need = wrap(t, span(c, cs) - 2, amb).length;
    const have = heights.slice(r, r + rs).reduce((a, b) => a + b, 0) + rs - 1;
    if (need > have) heights[r + rs - 1] += need - have;
  }
  const xs = [0];
  for (const w of widths) xs.push(xs.at(-1) + amb + w);
  const ys = [0];
  for (const h of heights) ys.push(ys.at(-1) + 1 + h);
  const W = xs.at(-1) + amb;
  const canvas = Array.from({ length: ys.at(-1) + 1 }, () => Array(W).fill(' '));
  const hseg = new Set();
  const vseg = new Set();
  for (const [r, c, rs, cs] of cells) {
    for (let k = c; k < c + cs; k++) hseg.add(`${r},${k}`).add(`${r + rs},${k}`);
    for (let k = r; k < r + rs; k++) vseg.add(`${c},${k}`).add(`${c + cs},${k}`);
  }
  const put = (y, x, ch) => {
    canvas[y][x] = ch;
    for (let k = 1; k < cw(ch, amb); k++) canvas[y][x + k] = '';
  };
  ys.forEach((y, ri) => {
    for (let ci = 0; ci < nc; ci++) if (hseg.has(`${ri},${ci}`)) for (let x = xs[ci] + amb; x < xs[ci + 1]; x += amb) put(y, x, st.h);
    xs.forEach((x, xi) => {
      const up = vseg.has(`${xi},${ri - 1}`), down = vseg.has(`${xi},${ri}`), left = hseg.has(`${ri},${xi - 1}`), right = hseg.has(`${ri},${xi}`);
      if (!(up || down || left || right)) return;
      const row = !up ? 0 : !down ? 2 : 1;
      const col = !left ? 0 : !right ? 2 : 1;
      put(y, x, up && down && !left && !right ? st.v : !up && !down ? st.h : st.j[row * 3 + col]);
    });
  });
  for (let ri = 0; ri < nr; ri++) for (let y = ys[ri] + 1; y < ys[ri + 1]; y++) xs.forEach((x, xi) => vseg.has(`${xi},${ri}`) && put(y, x, st.v));
  for (const [r, c, rs, cs, t] of cells) {
    const lines = wrap(t, span(c, cs) - 2, amb);
    const avail = ys[r + rs] - ys[r] - 1;
    const top = ys[r] + 1 + (valign === 'middle' ? Math.max(0, Math.floor((avail - lines.length) / 2)) : 0);
    lines.forEach((l, k) => {
      let x = xs[c] + amb + 1;
      for (const ch of l) {
        put(top + k, x, ch);
        x += cw(ch, amb);
      }
    });
  }
  return canvas.map((row) => indent + row.join('').trimEnd()).join('\n');
}

/** Table 三 as printed cells with spans (the template's layout), and its grid size. */
export function requestCells(data, combined) {
  const cells = [[0, 0, 3, 3, REQUEST_NOTE], [0, 3, 1, 7, '申请人情况'], [1, 3, 2, 1, COLUMN_WORDS.naturalPerson], [1, 4, 1, 5, '法人或其他组织'], [1, 9, 2, 1, COLUMN_WORDS.total]];
  SUB_COLUMNS.forEach((k, j) => cells.push([2, 4 + j, 1, 1, COLUMN_WORDS[k]]));
  const rows = requestRows(combined);
  let group = null;
  rows.forEach(([g, label, key], i) => {
    const r = 3 + i;
    if (key === 'granted') cells.push([r, 0, rows.findIndex((x) => x[2] === 'totalHandled') - i + 1, 1, g]);
    if (['newReceived', 'carriedOver', 'carriedForward'].includes(key)) cells.push([r, 0, 1, 3, label]);
    else if (['granted', 'partiallyGranted', 'totalHandled'].includes(key) || (combined && key === 'otherHandling.combined')) cells.push([r, 1, 1, 2, label]);
    else {
      if (g && key !== 'granted') {
        group = g;
        cells.push([r, 1, rows.slice(i).findIndex((x, k) => k > 0 && (x[0] || !x[2].includes('.'))), 1, g]);
      }
      cells.push([r, 2, 1, 1, label]);
    }
    COLS.forEach((c, j) => cells.push([r, 3 + j, 1, 1, String(get(data.requests, `${key}.${c}`))]));
  });
  return { cells, nr: 3 + rows.length, nc: 10, group };
}

/** Table 四 with its header's spanning cells. */
export function reviewCells(data) {
  const cells = [[0, 0, 2, 5, '行政复议'], [0, 5, 1, 10, '行政诉讼'], [1, 5, 1, 5, '未经复议直接起诉'], [1, 10, 1, 5, '复议后起诉']];
  const words = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  for (let g = 0; g < 3; g++) words.forEach((w, j) => cells.push([2, g * 5 + j, 1, 1, w]));
  REVIEW_GROUPS.forEach((g, gi) => REVIEW_COLS.forEach((c, j) => cells.push([3, gi * 5 + j, 1, 1, String(get(data.reviewLitigation, `${g}.${c}`))])));
  return { cells, nr: 4, nc: 15 };
}

/** Table 二 (2021) with its section rows spanning all columns. */
export function activeCells(data) {
  const cells = [];
  let r = 0;
  for (const [group, label, key, cols] of ACTIVE_2021) {
    if (group) {
      cells.push([r++, 0, 1, 4, group]);
      const heads = key === 'regulations' ? ['本年制发件数', '本年废止件数', '现行有效件数'] : [key === 'fees' ? '本年收费金额（单位：万元）' : '本年处理决定数量'];
      cells.push([r, 0, 1, 1, '信息内容'], ...heads.map((h, j) => [r, 1 + j, 1, heads.length === 1 ? 3 : 1, h]));
      r++;
    }
    cells.push([r, 0, 1, 1, label], ...cols.map((c, j) => [r, 1 + j, 1, cols.length === 1 ? 3 : 1, String(get(data.activeDisclosure, `${key}.${c}`))]));
    r++;
  }
  return { cells, nr: r, nc: 4 };
}

/** One variant report for `seed`: its text, truth and the options drawn. */
export function build(seed) {
  const r = rng(seed * 7919 + 13);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const combined = r() < 0.2;
  const data = makeValues(seed, { combined, scale: pick([9, 30, 3000]) });
  const style = pick(['single', 'single', 'double', 'heavy', 'ascii']);
  const opts = { style, amb: style !== 'ascii' && r() < 0.3 ? 2 : 1, lw: pick([6, 8, 10, 14, 24]), valign: pick(['top', 'middle']), indent: r() < 0.2 ? '  ' : '' };
  const draw = ({ cells, nr, nc }) => drawSpans(cells, nr, nc, opts);
  const text = [
    '示例县某某局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', draw(activeCells(data)),
    '三、收到和处理政府信息公开申请情况', draw(requestCells(data, combined)),
    '四、政府信息公开行政复议、行政诉讼情况', draw(reviewCells(data)),
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return { text, data, opts: { ...opts, combined } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
  const [from, to] = seedRange('1..40');
  const tally = { right: 0, low: 0, wrong: 0, wrongLow: 0 };
  for (let seed = from; seed <= to; seed++) {
    const v = build(seed);
    const rep = await extract(new TextEncoder().encode(v.text), { name: 'v.txt' });
    const got = flattenData(rep.data);
    const d = { right: 0, low: 0, wrong: 0, wrongLow: 0 };
    for (const [k, truth] of flattenData(v.data)) d[verdict(got.get(k), truth, rep.fields[k]?.confidence ?? 0)]++;
    for (const f of Object.keys(d)) tally[f] += d[f];
    if (d.wrong || process.argv.includes('--show')) console.log(`seed ${seed} ${JSON.stringify(v.opts)}: right ${d.right} low ${d.low} WRONG ${d.wrong} wrongLow ${d.wrongLow}`);
  }
  console.log(`seeds ${from}..${to}: right ${tally.right}, low ${tally.low}, wrong at >= 0.9 ${tally.wrong}, wrong below 0.9 ${tally.wrongLow}`);
  process.exit(tally.wrong ? 1 : 0);
}
