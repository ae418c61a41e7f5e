#!/usr/bin/env node
/**
 * @file Table 三 whose numbered sub-rows are packed into their block's row, a line of each cell per
 * row (`1.属于国家秘密<br>2.其他…` beside `0<br>3`: marker-style markdown, an HTML cell with `<br>`;
 * layout/packed-cells). Varied: the blocks packed ((三) … (六), and the two （一）（二） rows under
 * 三、本年度办理结果), the label width at which a label wraps inside its cell (so the label cell holds
 * more lines than the value cells), the item numbering ('1.' or '1、'), markdown pipe table or HTML.
 * Traps, read as printed (never a value at ≥ 0.9 wrongly): labels printed without their item
 * numbers and wrapped (`unnumbered`: nothing says where a label breaks), a value cell of a packed row
 * with a line too few (`short`). Measures table 三's fields: right (≥ 0.9), low (right but < 0.9,
 * or missing), wrong at ≥ 0.9 (must be 0).
 *
 *   npm run build && nice node scripts/packed-variants.mjs [--seeds 1..60] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLS, makeValues, requestRows, get, rng, measureRequests, runVariants, COLUMN_WORDS, REQUEST_NOTE } from './template-data.mjs';
import { pipeText } from './text-grids.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FORMATS = ['pipe', 'html'];
export const TRAPS = ['none', 'unnumbered', 'short'];
/** Label widths (characters) at which a packed label wraps; 0: no wrap. */
const WRAPS = [0, 5, 6, 7, 8, 10, 12];

/** A label cut into pieces of `w` characters (whole when `w` is 0 or the label fits). */
const wrapped = (label, w) => (w === 0 || label.length <= w ? [label] : Array.from({ length: Math.ceil(label.length / w) }, (_, i) => label.slice(i * w, i * w + w)));

/** Table 三's header as three label cells then the seven columns. */
function header() {
  return [
    [REQUEST_NOTE, '', '', '申请人情况', '', '', '', '', '', ''],
    ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
    ['', '', '', '', ...COLS.slice(1, 6).map((k) => COLUMN_WORDS[k]), ''],
  ];
}

/**
 * One variant for a seed; `force` fixes any of: format, wrap (label width), numbering ('.' or '、'),
 * packed (block labels), trap. Returns { name, bytes, data, ... }.
 */
export function build(seed, force = {}) {
  const r = rng(seed * 6151 + 7);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const data = makeValues(seed, { scale: 10 + Math.floor(r() * 200) });
  const rows = requestRows(false);
  const blocks = ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'];
  const v = {
    format: force.format ?? pick(FORMATS),
    wrap: force.wrap ?? pick(WRAPS),
    numbering: force.numbering ?? pick(['.', '.', '、']),
    packed: force.packed ?? blocks.filter(() => r() < 0.7),
    trap: force.trap ?? pick(['none', 'none', 'none', 'unnumbered', 'short']),
    data,
  };
  // Each row with its block (the group label over it; 一、 二、 （七） 四、 stand alone).
  let block = '';
  const labelled = rows.map(([g, l, key]) => {
    if (g) block = g;
    else if (['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(key)) block = '';
    const label = l.replace(/^(\d+)\./, `$1${v.numbering}`);
    return { block, first: g !== '', label: v.trap === 'unnumbered' && block ? label.replace(/^\d+[.、]|^（[一二]）/, '') : label, key };
  });
  const body = [];
  let shortDone = false;
  for (let i = 0; i < labelled.length; ) {
    const row = labelled[i];
    let n = 1;
    if (row.first && v.packed.includes(row.block)) while (labelled[i + n]?.block === row.block && !labelled[i + n].first) n++;
    const take = labelled.slice(i, i + n);
    const values = COLS.map((c) => take.map((m) => String(get(data.requests, `${m.key}.${c}`))));
    const top = row.block.startsWith('三');
    if (n > 1) {
      if (v.trap === 'short' && !shortDone) {
        values[3].pop();
        shortDone = true;
      }
      const labels = take.flatMap((m) => wrapped(m.label, v.wrap)).join('<br>');
      body.push([...(top ? [row.block, labels, ''] : ['', row.block, labels]), ...values.map((x) => x.join('<br>'))]);
    } else {
      const cells = !row.block ? [row.label, '', ''] : top ? [row.first ? row.block : '', row.label, ''] : ['', row.first ? row.block : '', row.label];
      body.push([...cells, ...values.map((x) => x[0])]);
    }
    i += n;
  }
  const table = [...header(), ...body];
  const pre = ['示例县某某局2024年政府信息公开工作年度报告', '', '一、总体情况', '', '本局依法推进政务公开。', '', '二、主动公开政府信息情况', '', '本年制发规章1件。', '', '三、收到和处理政府信息公开申请情况', ''];
  const post = ['', '四、政府信息公开行政复议、行政诉讼情况', '', '无。', '', '五、存在的主要问题及改进情况', '', '培训不足。', '', '六、其他需要报告的事项', '', '无。'];
  const t3 = v.format === 'html'
    ? [`<table>${table.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`]
    : pipeText(table);
  v.name = 'v.md';
  v.bytes = new TextEncoder().encode([...pre, ...t3, ...post].join('\n'));
  return v;
}

/** Table 三's fields of a variant scored (right ≥ 0.9, low, wrong ≥ 0.9, wrong below): template-data `measureRequests`. */
export const measure = measureRequests;

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  await runVariants({ root: ROOT, build, measure, keysOf: (v) => [`trap ${v.trap}`, `wrap ${v.wrap ? 'yes' : 'no'}`, v.format], describe: (v) => `${v.format} wrap=${v.wrap} numbering=${v.numbering} packed=${v.packed.join(',')} trap=${v.trap}` });
}
