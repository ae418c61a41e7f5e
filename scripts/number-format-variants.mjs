#!/usr/bin/env node
/**
 * @file Text dumps whose numbers of 1000 and more print thousands separators, as office software
 * and typists write them: ',' (ASCII), '，' (full-width), '.' (European), '、', an apostrophe ''' or
 * '’', a thin space (U+2009), a narrow no-break space (U+202F), a no-break space (U+00A0) or a plain
 * space ('39 846'). A share of the values ≥ 1000 of tables 二, 三 and 四 is rewritten (amounts keep
 * their decimals: '6,268.63'; '.' and '、' only on whole numbers). The table rows are printed with
 * one space between cells ('single', as pypdf and pasted text do), several spaces ('layout'),
 * uneven runs of 2–6 spaces ('wide') or tabs ('tab'). A single-spaced row cannot show whether a
 * space or a mark between digits is a cell boundary: such values must be right, or below 0.9, or
 * ambiguous — never wrong at ≥ 0.9. Measures every field: right (≥ 0.9), low (right but < 0.9, or
 * missing), wrong at ≥ 0.9 (must be 0).
 *
 *   npm run build && nice node scripts/number-format-variants.mjs [--seeds 1..40] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 *
 * `--units` (box44): table 二 printed with its 单位 column, as pypdf and PDFBox dump a Chromium or
 * LibreOffice print of it — the unit glued to the value ('行政许可 1,161项', '行政事业性收费 5677.87万元')
 * or one space apart — the fee printed as a word a share of the time ('/', '无', '－', '不适用', 'n/a',
 * 'N/A'; its truth null: not a number), and table 三/四 counts with '件' glued after them a share of
 * the time. Counts the fields wrong at 0.8–0.9 too (a count cut at its separator, read '1' for 1,161).
 */
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, textReport, base } from './make-samples.mjs';
import { makeValues, measureFields, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const SEPARATORS = [',', '，', '.', '、', "'", '’', '\u2009', '\u202f', '\u00a0', ' '];
export const SPACINGS = ['single', 'layout', 'wide', 'tab'];
/** Table 二's 单位 cells by row key (--units), and the words a report prints for a fee it did not collect. */
const UNITS = { regulations: '件', normativeDocuments: '件', licensing: '项', punishment: '项', coercion: '项', fees: '万元' };
export const FEE_WORDS = ['/', '无', '－', '不适用', 'n/a', 'N/A'];

/** `cell` (digits, maybe a decimal part) with `sep` between its groups of three; null when it takes none. */
export function groupDigits(cell, sep) {
  const m = /^(\d+)(\.\d+)?$/.exec(cell);
  if (!m || m[1].length < 4 || (m[2] && (sep === '.' || sep === '、'))) return null;
  return m[1].replace(/\B(?=(\d{3})+$)/g, sep) + (m[2] ?? '');
}

function rewrite(rows, r, share, sep, from) {
  let n = 0;
  for (const row of rows) {
    if (row.kind !== 'data') continue;
    row.cells = row.cells.map((c, i) => {
      const g = i < from || r() >= share ? null : groupDigits(c, sep);
      if (g !== null) n++;
      return g ?? c;
    });
  }
  return n;
}

function render(rows, spacing, r) {
  const cellsOf = (row) => (row.group ? [row.group, ...row.cells] : row.cells);
  const join = (cells) => {
    if (spacing === 'tab') return cells.join('\t');
    if (spacing === 'single') return cells.filter((c) => c !== '').join(' ');
    if (spacing === 'layout') return '    ' + cells.join('    ');
    return cells.reduce((acc, c, i) => (i === 0 ? c : acc + ' '.repeat(2 + Math.floor(r() * 5)) + c), '');
  };
  return rows.map((row) => join(cellsOf(row))).join('\n');
}

/** Table 二 with its 单位 column (`glue` '' or ' ' before each unit), maybe the fee as a word (truth null). */
function withUnits(rows, data, r, glue) {
  const fee = r() < 0.5 ? FEE_WORDS[Math.floor(r() * FEE_WORDS.length)] : null;
  if (fee !== null) data.activeDisclosure.fees.amount = null;
  for (const row of rows) {
    if (row.kind === 'header') row.cells = [...row.cells, '单位'];
    if (row.kind !== 'data') continue;
    if (row.key === 'fees' && fee !== null) row.cells = [row.cells[0], fee];
    const last = row.cells.length - 1;
    row.cells = row.cells.map((c, i) => (i === last ? `${c}${c === '' ? '' : glue}${UNITS[row.key] ?? '件'}` : c));
  }
  return fee;
}

/** '件' glued after a share of the counts of table 三 or 四 (the print's 'jian' look). */
function withJian(rows, r, share, from) {
  for (const row of rows) if (row.kind === 'data') row.cells = row.cells.map((c, i) => (i >= from && /\d$/.test(c) && r() < share ? `${c}件` : c));
}

/** The note a print sets under table 二 (--units), its fee sentence saying whether fees were collected. */
const ACTIVE_NOTE = (fee) => `注：1.本表“本年制发件数”“本年废止件数”均以本年1月1日至12月31日期间印发或废止的文件为准，“现行有效件数”统计截至12月31日；2.行政许可、行政处罚、行政强制数据来源于“互联网+监管”系统导出，单位为件（项）；3.行政事业性收费金额单位为万元，保留两位小数${fee === null ? '' : '，本机关无收费项目'}；4.表中“/”表示不适用，空白表示为0。`;
/** `text` cut into lines of `width` characters, as a PDF dump gives a paragraph. */
const wrapped = (text, width) => text.match(new RegExp(`.{1,${width}}`, 'gu')).join('\n');

function build(seed) {
  const r = rng(seed * 104729 + 7);
  const units = process.argv.includes('--units');
  const data = makeValues(seed, { scale: [30, 3000, 30000][Math.floor(r() * 3)] });
  const b = base(seed);
  const sep = SEPARATORS[Math.floor(r() * SEPARATORS.length)];
  const spacing = SPACINGS[Math.floor(r() * SPACINGS.length)];
  const share = [0.5, 0.8, 1][Math.floor(r() * 3)];
  const t = { activeDisclosure: activeTable(data, '2021'), requests: requestTable(data, false), reviewLitigation: reviewTable(data) };
  const rewritten = rewrite(t.activeDisclosure, r, share, sep, 1) + rewrite(t.requests, r, share, sep, 1) + rewrite(t.reviewLitigation, r, share, sep, 0);
  const glue = units ? (r() < 0.6 ? '' : ' ') : null;
  const fee = units ? withUnits(t.activeDisclosure, data, r, glue) : null;
  const jian = units && r() < 0.5 ? [0.3, 1][Math.floor(r() * 2)] : 0;
  if (jian) (withJian(t.requests, r, jian, 1), withJian(t.reviewLitigation, r, jian, 0));
  const tables = Object.fromEntries(Object.entries(t).map(([k, rows]) => [k, render(rows, spacing, r)]));
  if (units) tables.activeDisclosure += '\n' + wrapped(ACTIVE_NOTE(fee), 36 + Math.floor(r() * 24));
  const bytes = Buffer.from(textReport({ ...b, tables }));
  return { data, sep, spacing, share, rewritten, glue, fee, jian, bytes, name: 'v.txt' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = (sep) => ({ '\u2009': 'thin', '\u202f': 'nnbsp', '\u00a0': 'nbsp', ' ': 'space' })[sep] ?? sep;
  const unitKeys = (v) => (v.glue === null ? [] : [`unit ${v.glue === '' ? 'glued' : 'spaced'}`, `fee ${v.fee ?? 'number'}`, ...(v.jian ? ['jian'] : [])]);
  const unitsSaid = (v) => (v.glue === null ? '' : ` unit ${v.glue === '' ? 'glued' : 'spaced'} fee ${v.fee ?? 'number'} jian ${v.jian}`);
  await runVariants({ root: ROOT, build, seeds: '1..40', measure: measureFields, keysOf: (v) => [v.spacing, `sep ${name(v.sep)}`, ...unitKeys(v)], describe: (v) => `${v.spacing} sep ${name(v.sep)} share ${v.share} (${v.rewritten} rewritten)${unitsSaid(v)}` });
}

export { build };
