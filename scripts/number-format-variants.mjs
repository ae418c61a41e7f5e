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
 */
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, textReport, base } from './make-samples.mjs';
import { makeValues, measureFields, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const SEPARATORS = [',', '，', '.', '、', "'", '’', '\u2009', '\u202f', '\u00a0', ' '];
export const SPACINGS = ['single', 'layout', 'wide', 'tab'];

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

function build(seed) {
  const r = rng(seed * 104729 + 7);
  const data = makeValues(seed, { scale: [30, 3000, 30000][Math.floor(r() * 3)] });
  const b = base(seed);
  const sep = SEPARATORS[Math.floor(r() * SEPARATORS.length)];
  const spacing = SPACINGS[Math.floor(r() * SPACINGS.length)];
  const share = [0.5, 0.8, 1][Math.floor(r() * 3)];
  const t = { activeDisclosure: activeTable(data, '2021'), requests: requestTable(data, false), reviewLitigation: reviewTable(data) };
  const rewritten = rewrite(t.activeDisclosure, r, share, sep, 1) + rewrite(t.requests, r, share, sep, 1) + rewrite(t.reviewLitigation, r, share, sep, 0);
  const bytes = Buffer.from(textReport({ ...b, tables: Object.fromEntries(Object.entries(t).map(([k, rows]) => [k, render(rows, spacing, r)])) }));
  return { data, sep, spacing, share, rewritten, bytes, name: 'v.txt' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = (sep) => ({ '\u2009': 'thin', '\u202f': 'nnbsp', '\u00a0': 'nbsp', ' ': 'space' })[sep] ?? sep;
  await runVariants({ root: ROOT, build, seeds: '1..40', measure: measureFields, keysOf: (v) => [v.spacing, `sep ${name(v.sep)}`], describe: (v) => `${v.spacing} sep ${name(v.sep)} share ${v.share} (${v.rewritten} rewritten)` });
}

export { build };
