#!/usr/bin/env node
/**
 * @file Reports saved as markdown by a web-page converter, tables as pipe tables: GFM with outer
 * pipes (pandoc, `gfm`), html2text (no outer pipes, a delimiter row after the first row, rows of one
 * cell without a pipe, headings in `**…**`), the Jina reader (`Title:` / `Markdown Content:`, `## `
 * headings, numbers in `**…**`, item numbers escaped `1\.`), markdownify (its escapes: `\-` alone,
 * `1\.`, `\+`, `\<`…) and a table pasted as text into a markdown editor (every pipe escaped `\|`).
 * The fee cell (万元, the one decimal of the template, no identity) is printed clean, escaped
 * (`349\.1`: lossless, must read 349.1) or damaged (`637 .38`, `3、5`, `476..38`, `17。5`, `17·5`,
 * `17，5`, `17,5`, `17. 5`): the file does not say which number is meant, so it must not come out
 * wrong at ≥ 0.9. Measures every field: right (≥ 0.9), low (right below 0.9, or missing), wrong at
 * ≥ 0.9 (must be 0), wrong below 0.9.
 *
 *   npm run build && nice node scripts/markdown-variants.mjs [--seeds 1..40] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, textReport, base } from './make-samples.mjs';
import { makeValues, measureFields, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STYLES = ['gfm', 'html2text', 'jina', 'markdownify', 'escapedTable'];
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** Fee cells that print a value the reader can determine (`clean`, `escaped`) or cannot (the rest). */
const FEES = {
  clean: (a, b) => `${a}.${b}`,
  escaped: (a, b) => `${a}\\.${b}`,
  spaceBefore: (a, b) => `${a} .${b}`,
  spaceAfter: (a, b) => `${a}. ${b}`,
  comma: (a, b) => `${a},${b}`,
  wideComma: (a, b) => `${a}，${b}`,
  stop: (a, b) => `${a}。${b}`,
  dot: (a, b) => `${a}·${b}`,
  enumComma: (a, b) => `${a}、${b}`,
  doubled: (a, b) => `${a}..${b}`,
};
const DETERMINED = new Set(['clean', 'escaped']);

/** markdownify's escape_misc: `\&<`[>~=+|` escaped, a run of '-' standing alone, '1.' or '1)' before a space or the end. */
function escapeMisc(t) {
  return t.replace(/([\\&<`[>~=+|])/g, '\\$1').replace(/(\s|^)(-+(?:\s|$))/g, '$1\\$2').replace(/((?:\s|^)[0-9]{1,9})([.)](?:\s|$))/g, '$1\\$2');
}

/** One cell as the style writes it. */
function cellText(c, style, r) {
  if (style === 'jina') {
    if (/^\d+$/.test(c) && r() < 0.3) return `**${c}**`;
    return c.replace(/^(\d+)\./, '$1\\.').replace(/\*/g, '\\*');
  }
  if (style === 'markdownify') return escapeMisc(c);
  return c;
}

/** A table's printed rows as pipe-table lines in the style. */
function pipeTable(rows, style, r, groups) {
  const width = Math.max(...rows.map((row) => cellsOf(row, groups).length));
  const lines = [];
  rows.forEach((row, i) => {
    const cells = cellsOf(row, groups).map((c) => cellText(c, style, r));
    if (style === 'html2text') lines.push(cells.length === 1 ? cells[0] : cells.join(' | '));
    else lines.push(`| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`);
    if (i === 0) lines.push(style === 'html2text' ? Array(cells.length).fill('---').join('|') : `|${Array(width).fill('---').join('|')}|`);
  });
  // Pasted as text into a markdown editor: the editor escapes every pipe and the dashes of the delimiter row's cells stay.
  return style === 'escapedTable' ? lines.map((l) => l.replace(/\|/g, '\\|')) : lines;
}

/** The row's cells, table 三's group label in a column of its own (or an empty cell) when `groups`. */
const cellsOf = (row, groups) => (groups && row.kind === 'data' && row.group !== undefined ? [row.group, ...row.cells] : row.cells);

function build(seed) {
  const r = rng(seed * 6151 + 29);
  const data = makeValues(seed);
  const b = base(seed);
  const style = pick(r, STYLES);
  const fee = pick(r, Object.keys(FEES));
  const [a, d] = [1 + Math.floor(r() * 999), pick(r, ['1', '5', '25', '38', '07'])];
  data.activeDisclosure.fees.amount = Number(`${a}.${d}`);
  const groups = r() < 0.5;
  const active = activeTable(data, '2021').map((row) => (row.key === 'fees' ? { ...row, cells: [row.cells[0], FEES[fee](a, d)] } : row));
  const t = { activeDisclosure: active, requests: requestTable(data, false), reviewLitigation: reviewTable(data) };
  const heading = style === 'html2text' ? (h) => `**${h}**` : style === 'jina' ? (h) => `## ${h}` : (h) => h;
  let text = textReport({ ...b, heading, tables: Object.fromEntries(Object.entries(t).map(([k, rows]) => [k, pipeTable(rows, style, r, groups).join('\n')])) });
  if (style === 'jina') text = text.replace(/^([^\n]*)\n\n/, 'Title: $1\nURL Source: http://www.example.gov.cn/xxgk/nb/t2024.html\n\nMarkdown Content:\n');
  return { data, style, fee, groups, bytes: Buffer.from(text), name: 'v.md' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // A damaged fee cell does not determine the value: anything but a wrong value at >= 0.9 is as it should be.
  const said = (v) => (k, verdict) => (k === 'activeDisclosure.fees.amount' && !DETERMINED.has(v.fee) && verdict === 'wrongLow' ? 'low' : verdict);
  await runVariants({ root: ROOT, build, seeds: '1..40', measure: (v, lib, seed) => measureFields(v, lib, seed, said(v)), keysOf: (v) => [v.style, `fee ${v.fee}`], describe: (v) => `${v.style} fee ${v.fee}${v.groups ? ' groups' : ''}` });
}

export { build };
