#!/usr/bin/env node
/**
 * @file Reports as pandoc's Markdown writers leave a Word-exported page (every run carrying Word's
 * `lang="EN-US"` / `style="font-family:…"`): `-t markdown` simple tables (columns aligned by display
 * width) and grid tables of bracketed spans `[0]{lang="EN-US"}` (nested: `[[0]{lang="EN-US"}]{style=…}`),
 * `-t commonmark_x` pipe tables of bracketed spans with `# 一、… {#id}` headings, `-t gfm` /
 * `markdown_mmd` pipe tables of raw `<span lang="EN-US">0</span>`; headings as `**[一、…]{style=…}**`,
 * the body in a fenced div `::: {.WordSection1}` (layout/pandoc-attributes.ts reads them). Measures
 * every field: right (≥ 0.9), low, wrong at ≥ 0.9 (must be 0), wrong below 0.9.
 *
 *   npm run build && nice node scripts/pandoc-span-variants.mjs [--seeds 1..40] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, textReport, base } from './make-samples.mjs';
import { makeValues, measureFields, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STYLES = ['simple', 'nested', 'grid', 'cmxPipe', 'gfmSpan'];
const FONTS = ['仿宋', '黑体', '宋体', 'Times New Roman'];
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** Display columns (wide characters 2), as pandoc aligns its tables. */
const width = (s) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const pad = (s, w) => s + ' '.repeat(Math.max(0, w - width(s)));

/** One cell as the style writes it (an empty cell stays empty). */
function cellText(c, style, font) {
  if (c === '') return '';
  if (style === 'gfmSpan') return `<span lang="EN-US">${c}</span>`;
  if (style === 'nested') return `[[${c}]{lang="EN-US"}]{style="font-family:${font}"}`;
  return `[${c}]{lang="EN-US"}`;
}

/** The row's cells, table 三's group label in a column of its own (or an empty cell) when `groups`. */
const cellsOf = (row, groups) => (groups && row.kind === 'data' && row.group !== undefined ? [row.group, ...row.cells] : row.cells);

/** A table's rows as the style's table lines. */
function table(rows, style, font, groups) {
  const cells = rows.map((row) => cellsOf(row, groups).map((c) => cellText(c, style, font)));
  const n = Math.max(...cells.map((c) => c.length));
  const full = cells.map((c) => [...c, ...Array(n - c.length).fill('')]);
  const widths = Array.from({ length: n }, (_, j) => Math.max(3, ...full.map((c) => width(c[j]))));
  if (style === 'cmxPipe' || style === 'gfmSpan') {
    const line = (c) => `| ${c.map((x, j) => pad(x, widths[j])).join(' | ')} |`;
    return [line(full[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...full.slice(1).map(line)];
  }
  if (style === 'grid') {
    const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
    return [rule, ...full.flatMap((c) => [`| ${c.map((x, j) => pad(x, widths[j])).join(' | ')} |`, rule])];
  }
  // pandoc's headerless simple table: a dashed line above and below, columns 2 spaces apart, indented 2.
  const dashes = `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`;
  return [dashes, ...full.map((c) => `  ${c.map((x, j) => pad(x, widths[j])).join('  ')}`.trimEnd()), dashes];
}

function build(seed) {
  const r = rng(seed * 4271 + 17);
  const data = makeValues(seed);
  const b = base(seed);
  const style = pick(r, STYLES);
  const font = pick(r, FONTS);
  const groups = r() < 0.5;
  const t = { activeDisclosure: activeTable(data, '2021'), requests: requestTable(data, false), reviewLitigation: reviewTable(data) };
  const heading =
    style === 'cmxPipe' ? (h) => `# ${h} {#h${seed} .heading}` : style === 'gfmSpan' ? (h) => `**<span style="font-family: 黑体">${h}</span>**` : (h) => `**[${h} ]{style="font-family: 黑体"}**`;
  const narrative = r() < 0.5;
  let text = textReport({ ...b, heading, tables: Object.fromEntries(Object.entries(t).map(([k, rows]) => [k, ['', ...table(rows, style, font, groups), ''].join('\n')])) });
  if (narrative) text = `::: {.WordSection1}\n${text}\n:::\n`;
  return { data, style, groups, bytes: Buffer.from(text), name: 'v.md' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runVariants({ root: ROOT, build, seeds: '1..40', measure: (v, lib, seed) => measureFields(v, lib, seed), keysOf: (v) => [v.style], describe: (v) => `${v.style}${v.groups ? ' groups' : ''}` });
}

export { build };
