#!/usr/bin/env node
/**
 * @file Table 三 printed wide and split column-wise across pages (a spreadsheet printed without
 * "fit to page", or a converter): the first part prints the row labels and the first k value
 * columns, the next part the rest, each part under a header band of its own (the group header
 * repeated over the columns it holds, or one flat line of column words). Varied: the split point
 * (and a three-part split), the later part's row labels printed again or not at all, page furniture
 * between the parts (a page number, a running title), tab text, space text and HTML (one table, or
 * a table per part), tab text that drops blank cells (`tab-dense`: a band line's words lose their grid
 * columns), a markdown pipe table and a box-drawn table with wrapped cells. `band: 'merged'` prints
 * the template's header with its spans left blank (申请人情况 once, 法人或其他组织 over 商业企业
 * only, 自然人 and 总计 on the middle line spanning two rows), so a part's 总计 stands on the
 * line above its sub-columns. `band: 'none'` prints the later part without a header band: nothing
 * names its columns, so it must not be joined (and no value read at ≥ 0.9 wrongly). `sparse` puts
 * every applicant in one column (rows like 'T 0 0 0 0 0 T', which sum with 总计 at two places).
 * Measures table 三's fields: right (≥ 0.9), low (right but < 0.9, or missing), wrong at ≥ 0.9
 * (must be 0).
 *
 *   npm run build && nice node scripts/split-columns-variants.mjs [--seeds 1..60] [--show] [--format NAME]
 * `--format` prints every variant in one format: one of FORMATS, or `space-run` (space text whose
 * values stand one space apart, '181 53 5 6': `pdftotext -layout` of narrow columns; not drawn at random).
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLS, makeValues, requestRows, get, rng, measureRequests, runVariants, COLUMN_WORDS, SUB_COLUMNS, REQUEST_NOTE } from './template-data.mjs';
import { boxText, pipeText, tabText } from './text-grids.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WORD = COLUMN_WORDS;
const SUBS = SUB_COLUMNS;
const NOTE = REQUEST_NOTE;
export const FORMATS = ['tab', 'tab-dense', 'space', 'pipe', 'box', 'html', 'html-tables'];
export const LABELS = ['repeat', 'none'];
export const BANDS = ['group', 'merged', 'flat', 'none'];
const FURNITURE = [[], ['- 4 -'], ['第 4 页 共 9 页'], ['示例县某某局2024年政府信息公开工作年度报告', '- 5 -']];

/** A part's header band lines (cells): the grouped three-line band (spans repeated, or left blank: `merged`), or one flat line of its column words. */
function band(cols, style, labelCells) {
  const pad = (cells) => [...Array(labelCells).fill(''), ...cells];
  if (style === 'flat') return [pad(cols.map((k) => WORD[k]))];
  if (style === 'merged') {
    const spans = (k) => !SUBS.includes(k);
    const top = cols.map((_, i) => (i === 0 ? '申请人情况' : ''));
    // A span cut by the page break prints its text on the page holding its first cell only.
    const mid = cols.map((k) => (spans(k) ? WORD[k] : k === SUBS[0] ? '法人或其他组织' : ''));
    const first = labelCells > 0 ? [NOTE, ...Array(labelCells - 1).fill(''), ...top] : top;
    return [first, pad(mid), pad(cols.map((k) => (spans(k) ? '' : WORD[k])))];
  }
  const top = cols.map(() => '申请人情况');
  const mid = cols.map((k) => (SUBS.includes(k) ? '法人或其他组织' : WORD[k]));
  const first = labelCells > 0 ? [NOTE, ...Array(labelCells - 1).fill(''), ...top] : top;
  return [first, pad(mid), pad(cols.map((k) => WORD[k]))];
}

/** Every applicant in column `only`: the other columns 0, each row's 总计 its value. */
function sparsen(data, only) {
  for (const [, , key] of requestRows(false)) {
    const row = key.split('.').reduce((n, p) => n[p], data.requests);
    for (const c of COLS) if (c !== only && c !== 'total') row[c] = 0;
    row.total = row[only];
  }
}

/**
 * One variant for a seed; `force` fixes any of: split (column counts of the parts), labels, band
 * (of the later parts), furniture (index), format, sparse (the one column printing values, or false).
 */
export function build(seed, force = {}) {
  const r = rng(seed * 7919 + 13);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const data = makeValues(seed);
  const sparse = force.sparse ?? (r() < 0.1 ? pick(COLS.slice(0, 6)) : false);
  if (sparse) sparsen(data, sparse);
  const k = 1 + Math.floor(r() * 6);
  const three = r() < 0.2 && k <= 4;
  const split = force.split ?? (three ? [k, 2, 7 - k - 2] : [k, 7 - k]);
  const labels = force.labels ?? pick(['repeat', 'repeat', 'none']);
  const bandStyle = force.band ?? pick(['group', 'merged', 'merged', 'flat', 'none']);
  const firstBand = bandStyle === 'none' ? 'group' : bandStyle;
  const furniture = FURNITURE[force.furniture ?? Math.floor(r() * FURNITURE.length)];
  const format = force.format ?? pick(FORMATS);
  const parts = [];
  for (let at = 0, i = 0; i < split.length; at += split[i], i++) parts.push(COLS.slice(at, at + split[i]));
  const rows = requestRows(false);
  const labelCells = format.startsWith('space') ? 1 : 3;
  const labelOf = ([g, l]) => (labelCells === 1 ? [`${g}${l}`] : g && !g.startsWith('三') ? ['', g, l] : g ? [g, l, ''] : [l, '', '']);
  const tables = parts.map((cols, i) => {
    const printLabels = i === 0 || labels === 'repeat';
    const head = i === 0 || bandStyle !== 'none' ? band(cols, i === 0 ? firstBand : bandStyle, printLabels ? labelCells : 0) : [];
    const body = rows.map((row) => [...(printLabels ? labelOf(row) : []), ...cols.map((c) => String(get(data.requests, `${row[2]}.${c}`)))]);
    return [...head, ...body];
  });
  const pre = ['示例县某某局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况'];
  const t2 = [['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '1', '0', '4'], ['行政规范性文件', '2', '1', '9']];
  const post = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议\t行政诉讼', '无。', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
  const v = { data, split, labels, band: bandStyle, furniture, format, sparse };
  if (format.startsWith('html')) {
    const tr = (cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const furn = (tag) => furniture.map((f) => (tag === 'row' ? `<tr><td colspan="10" style="border:none">${f}</td></tr>` : `<p>${f}</p>`)).join('');
    const t3 = format === 'html'
      ? `<table>${tables.map((t) => t.map(tr).join('')).join(furn('row'))}</table>`
      : tables.map((t) => `<table>${t.map(tr).join('')}</table>`).join(furn('p'));
    v.name = 'v.html';
    v.bytes = new TextEncoder().encode(`<html><body>${pre.map((p) => `<p>${p}</p>`).join('')}<table>${t2.map(tr).join('')}</table><p>三、收到和处理政府信息公开申请情况</p>${t3}${post.map((p) => `<p>${p}</p>`).join('')}</body></html>`);
  } else {
    const sep = format.startsWith('space') ? '    ' : '\t';
    const text = {
      tab: (t) => tabText(t),
      'tab-dense': (t) => tabText(t, { dense: true }),
      space: (t) => t.map((cells) => cells.filter((c) => c !== '').join(sep)),
      'space-run': (t) => t.map((cells) => {
        const kept = cells.filter((c) => c !== '');
        const at = kept.findIndex((c) => /^\d+$/.test(c));
        return at < 0 ? kept.join(sep) : [...kept.slice(0, at), kept.slice(at).join(' ')].filter((c) => c !== '').join(sep);
      }),
      pipe: (t) => ['', ...pipeText(t), ''],
      box: (t) => boxText(t),
    }[format];
    const t3 = tables.flatMap((t, i) => [...(i > 0 ? furniture : []), ...text(t)]);
    v.name = format === 'pipe' ? 'v.md' : 'v.txt';
    v.bytes = new TextEncoder().encode([...pre, ...t2.map((x) => x.join(sep)), '三、收到和处理政府信息公开申请情况', ...t3, ...post].join('\n'));
  }
  return v;
}

/** Table 三's fields of a variant scored (right ≥ 0.9, low, wrong ≥ 0.9, wrong below): template-data `measureRequests`. */
export const measure = measureRequests;

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const at = process.argv.indexOf('--format');
  const forced = at > 0 ? { format: process.argv[at + 1] } : {};
  await runVariants({ root: ROOT, build: (seed) => build(seed, forced), measure, keysOf: (v) => [`${v.band === 'none' ? 'no-band' : v.band}/${v.labels}`, v.format], describe: (v) => `${v.format} split=${v.split.join('+')} labels=${v.labels} band=${v.band} sparse=${v.sparse} furniture=${JSON.stringify(v.furniture)}` });
}
