#!/usr/bin/env node
/**
 * @file Text dumps printing one cell per line (plain `pdftotext`, a crawler's text of a table) whose
 * values carry a full stop or an enumeration comma after them ('3.', '12．', '0、'): a converter that
 * appends punctuation to each cell, or a typist who ends cells with a stop. A value '1.'–'8.' on a
 * line of its own reads exactly as a sub-row's numbering cell printed apart ('3.' above '危及…'),
 * which the dump may print too. Layouts per seed: the numbering cells of table 三's sub-rows on lines
 * of their own before their labels (`apart`) or glued to them (`glued`); blank lines between cells
 * or not; every value marked (`all`) or a share of them (`some`), or none (`none`, the reference).
 * Values are drawn small (most are 0–8), so marked values and numbering lines look alike. Every
 * field of tables 二–四 against the values printed: right at ≥ 0.9, low (right below 0.9 or
 * missing), wrong at ≥ 0.9 (must be 0).
 *
 *   npm run build && nice node scripts/item-dot-variants.mjs [--seeds 1..40] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, textReport, base } from './make-samples.mjs';
import { makeValues, measureFields, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const MARKS = ['.', '．', '、'];
export const SHARES = ['none', 'some', 'all'];

/** Lines of one table printed one cell per line; sub-row numbering apart when `apart`; values marked by `mark(cell)`. */
function cellLines(rows, { apart, markCell }) {
  const out = [];
  for (const row of rows) {
    if (row.kind !== 'data') {
      out.push(...row.cells);
      continue;
    }
    if (row.group) out.push(row.group);
    const [label, ...values] = row.kind === 'data' && row.key === 'review' ? ['', ...row.cells] : row.cells;
    const m = /^(\d\s*[.．、])(.*)$/.exec(label);
    if (m && apart) out.push(m[1], m[2]);
    else if (label) out.push(label);
    for (const v of values) out.push(markCell(v));
  }
  return out;
}

function build(seed) {
  const r = rng(seed * 7919 + 3);
  const data = makeValues(seed, { scale: [8, 30, 30][Math.floor(r() * 3)] });
  const b = base(seed);
  const apart = r() < 0.75;
  const blankLines = r() < 0.5;
  const share = SHARES[Math.floor(r() * SHARES.length)];
  const mark = MARKS[Math.floor(r() * MARKS.length)];
  const p = share === 'all' ? 1 : share === 'some' ? 0.3 + r() * 0.4 : 0;
  let marked = 0;
  const markCell = (v) => {
    if (v === '' || r() >= p) return v;
    marked++;
    return `${v}${mark}`;
  };
  const t = { activeDisclosure: activeTable(data, '2021'), requests: requestTable(data, false), reviewLitigation: reviewTable(data) };
  const render = (rows) => cellLines(rows, { apart, markCell }).join(blankLines ? '\n\n' : '\n');
  const bytes = Buffer.from(textReport({ ...b, tables: Object.fromEntries(Object.entries(t).map(([k, rows]) => [k, render(rows)])) }));
  return { data, apart, blankLines, share, mark, marked, bytes, name: 'v.txt' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runVariants({
    root: ROOT,
    build,
    seeds: '1..40',
    measure: measureFields,
    keysOf: (v) => [`${v.apart ? 'apart' : 'glued'} ${v.share}`],
    describe: (v) => `${v.apart ? 'apart' : 'glued'}${v.blankLines ? ' blank-lines' : ''} ${v.share} '${v.mark}' (${v.marked} marked)`,
  });
}

export { build };
