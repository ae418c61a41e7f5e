#!/usr/bin/env node
/**
 * @file Text dumps where a page footer or a reference is glued to a row's line, as a converter joins
 * the text where a page broke: a page counter ('– 3 –', '—— 3 ——', '第 3 页，共 5 页', 'Page 3 of 5',
 * '（第3页）', full-width '－ ３ －'), a reference ('附件2', '附表2', '图2', '表 2', '注: 2', '注2',
 * '第二十条第（五）项 2'), or a bare page number, on a row of table 二 (one value, or three in 2019),
 * table 三, or table 四's values line. The row's values are printed after the label line, before it,
 * on it before the footer, between the footer and the values, or lost (the footer's line kept, the
 * values not). The footer's number is never the row's value: read at ≥ 0.9 it is the defect. Lost
 * values are not in the file: any value at ≥ 0.9 but the truth counts as wrong.
 *
 *   npm run build && nice node scripts/glue-variants.mjs [--seeds 1..60] [--show]
 * Prints per place, per table and per form: right at ≥ 0.9, low, wrong at ≥ 0.9, wrong below 0.9.
 * Exit 1 on a field wrong at ≥ 0.9.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, base, requestTable, reviewTable, textReport, toFullWidth } from './make-samples.mjs';
import { makeValues, measureFields, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** [name, footer text for page n of t]. `bare` only where the row's values have a line of their own. */
const FORMS = [
  ['en-dash', (n) => `– ${n} –`],
  ['em-tight', (n) => `—${n}—`],
  ['em-double', (n) => `—— ${n} ——`],
  ['fw-hyphen', (n) => `－ ${n} －`],
  ['fw-digits', (n) => `- ${toFullWidth(String(n))} -`],
  ['dots', (n) => `• ${n} •`],
  ['page-comma', (n, t) => `第 ${n} 页，共 ${t} 页`],
  ['page-slash', (n, t) => `第${n}页/共${t}页`],
  ['total-first', (n, t) => `共${t}页 第${n}页`],
  ['page-paren', (n) => `（第${n}页）`],
  ['page-en-of', (n, t) => `Page ${n} of ${t}`],
  ['page-lower', (n) => `page ${n}`],
  ['annex', (n) => `附件${n}`],
  ['annex-table', (n) => `附表${n}`],
  ['figure', (n) => `图${n}`],
  ['table-space', (n) => `表 ${n}`],
  ['note-colon', (n) => `注: ${n}`],
  ['note-glued', (n) => `注${n}`],
  ['ref-item', (n) => `第二十条第（五）项 ${n}`],
  ['ref-dashed', (n) => `第二十条第(八)项 - ${n} -`],
  ['bare', (n) => `${n}`],
];
const PLACES = ['after', 'before', 'same', 'between', 'lost'];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** The printed rows of one table as lines, cells joined by `sep`; `glue(row, label, values)` may print a row otherwise. */
function render(rows, sep, glue) {
  return rows.flatMap((row) => {
    const cells = row.group ? [row.group, ...row.cells] : row.cells;
    if (row.kind !== 'data') return [cells.join(sep)];
    // Table 四's one data row has no label: all its cells are values.
    const labelCells = row.key === 'review' ? [] : cells.slice(0, row.group ? 2 : 1);
    return glue(row, labelCells.join(sep), cells.slice(labelCells.length).join(sep)) ?? [cells.join(sep)];
  });
}

function build(seed) {
  const r = rng(seed * 7717 + 29);
  const version = r() < 0.25 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.3;
  const b = base(9000 + seed, { version });
  const data = makeValues(9000 + seed, { version, combined });
  const sep = pick(r, ['\t', '\t', ' ', '    ']);
  const table = pick(r, ['active', 'active', 'active', 'requests', 'review']);
  const place = table === 'review' ? pick(r, ['same', 'after']) : pick(r, PLACES);
  const forms = FORMS.filter(([name]) => name !== 'bare' || place === 'after' || place === 'before');
  const [form, footer] = pick(r, forms);
  const n = 2 + Math.floor(r() * 28);
  const text = footer(n, n + Math.floor(r() * 4));
  const printed = { active: activeTable(data, version), requests: requestTable(data, combined), review: reviewTable(data) };
  const dataRows = printed[table].filter((x) => x.kind === 'data');
  const target = pick(r, dataRows).key;
  const gap = sep === '\t' && r() < 0.5 ? '\t' : ' ';
  const glue = (row, label, values) => {
    if (row.key !== target || (table === 'review') !== (row.key === 'review')) return null;
    const head = `${label}${label ? gap : ''}${text}`;
    if (table === 'review') return place === 'same' ? [`${values}${gap}${text}`] : null;
    switch (place) {
      case 'after': return [head, values];
      case 'before': return [values, head];
      case 'same': return [`${label}${sep}${values}${gap}${text}`];
      case 'between': return [`${head}${sep}${values}`];
      default: return [head];
    }
  };
  // Table 四's 'after': the footer glued to the header line above its values.
  const reviewRows = table === 'review' && place === 'after' ? printed.review.map((x, i, all) => (i === all.length - 2 ? { ...x, cells: [...x.cells.slice(0, -1), `${x.cells.at(-1)}${gap}${text}`] } : x)) : printed.review;
  const tables = {
    activeDisclosure: render(printed.active, sep, table === 'active' ? glue : () => null).join('\n'),
    requests: render(printed.requests, sep, table === 'requests' ? glue : () => null).join('\n'),
    reviewLitigation: render(reviewRows, sep, table === 'review' ? glue : () => null).join('\n'),
  };
  const body = textReport({ ...b, tables });
  const name = `glue-${seed}.txt`;
  return { bytes: new TextEncoder().encode(body), name, data, place, form, table, desc: `${version}${combined ? 'c' : ''} ${table}.${target} ${place} ${form} '${text}' sep=${JSON.stringify(sep)}` };
}

if (process.argv.includes('--dump')) {
  process.stdout.write(new TextDecoder().decode(build(Number(process.argv[process.argv.indexOf('--dump') + 1])).bytes));
  process.exit(0);
}

await runVariants({
  root: ROOT,
  build,
  measure: (v, lib, seed) => measureFields(v, lib, seed),
  keysOf: (v) => [`place ${v.place}`, `table ${v.table}`, `form ${v.form}`],
  describe: (v) => v.desc,
});
