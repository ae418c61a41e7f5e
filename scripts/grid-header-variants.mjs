#!/usr/bin/env node
/**
 * @file Table 三 saved as data (CSV, pandas JSON in records / split with MultiIndex tuples / index /
 * columns / table orients, an HTML table) with its header band in the shapes data tools leave:
 * three rows (note, 申请人情况, 自然人 | 法人或其他组织 | 总计, the sub-columns), one row of flattened
 * names (joined by '_', '-', '/', ' ' or nothing), leaves only (the group levels dropped), or a
 * top row over the leaves; columns in the template's order, the sub-columns shuffled, or all seven
 * shuffled; and a damage: none, one or two columns' header lost ('Unnamed: 5', '', '列5'), one
 * column named like another (ambiguous), or a sub-column left out of the file. A column whose header
 * is lost or ambiguous is not determined by the file: missing or low is right there, and a value
 * at ≥ 0.9 must still be right. Measures table 三's fields: right (≥ 0.9), low (right but < 0.9,
 * or missing; how many of them the header determined), wrong at ≥ 0.9 (must be 0), wrong below.
 *
 *   npm run build && nice node scripts/grid-header-variants.mjs [--seeds 1..60] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeValues, requestRows, get, rng, shuffle, verdict, COLS, COLUMN_WORDS, SUB_COLUMNS, REQUEST_NOTE } from './template-data.mjs';
import { seedRange } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TITLE = '三、收到和处理政府信息公开申请情况';
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** The header path of a column key: top word, group word (sub-columns), leaf. */
const pathOf = (k) => ['申请人情况', ...(SUB_COLUMNS.includes(k) ? ['法人或其他组织'] : []), COLUMN_WORDS[k]];

/** One variant of seed `seed`: `{ v, name, text, keys, undetermined, data, truth }` (`undetermined`: column keys the header does not determine). */
export function variant(seed) {
  const r = rng(seed * 7717 + 5);
  const data = makeValues(seed, { scale: pick(r, [30, 30, 3000]) });
  const v = {
    format: pick(r, ['csv', 'records', 'split', 'index', 'columns', 'table', 'html']),
    header: pick(r, ['grid', 'flat', 'flat', 'leaves', 'top']),
    joiner: pick(r, ['_', '-', '/', ' ', '']),
    order: pick(r, ['template', 'subs', 'all', 'all']),
    damage: pick(r, ['none', 'none', 'lost', 'lost2', 'twice', 'dropped']),
  };
  let cols = v.order === 'template' ? [...COLS] : v.order === 'subs' ? [COLS[0], ...shuffle(SUB_COLUMNS, r), 'total'] : shuffle(COLS, r);
  if (v.damage === 'dropped') {
    const gone = pick(r, SUB_COLUMNS.slice(1));
    cols = cols.filter((k) => k !== gone);
  }
  // Per printed column: its header path (null: lost), and whether the file determines it.
  const paths = cols.map(pathOf);
  const undetermined = new Set();
  if (v.damage === 'lost' || v.damage === 'lost2') {
    for (const j of shuffle(cols.map((_, j) => j), r).slice(0, v.damage === 'lost' ? 1 : 2)) (paths[j] = null), undetermined.add(cols[j]);
  }
  if (v.damage === 'twice') {
    const [a, b] = shuffle(cols.map((_, j) => j), r);
    paths[a] = [...paths[b]];
    undetermined.add(cols[a]).add(cols[b]);
  }
  const rows = requestRows(false).map(([g, label, key]) => ({ labels: [g, label], key }));
  const body = rows.map((row) => [...row.labels, ...cols.map((c) => get(data.requests, `${row.key}.${c}`))]);
  const head = headerRows(paths, v, seed);
  const keys = rows.flatMap((row) => cols.map((c) => `requests.${row.key}.${c}`));
  return { v, name: `grid-header-${seed}.${v.format === 'csv' ? 'csv' : v.format === 'html' ? 'html' : 'json'}`, text: render(head, body, paths, v), keys, undetermined, data, truth: (k) => get(data, k) };
}

/** The header rows (label columns included) of the printed columns' paths, as the variant's header shape prints them. */
function headerRows(paths, v, seed) {
  const lost = (j) => (seed % 3 === 0 ? `Unnamed: ${j + 2}` : seed % 3 === 1 ? '' : `列${j + 2}`);
  if (v.header === 'flat' || v.format !== 'csv' && v.format !== 'html' && v.format !== 'split') return [['类别', '项目', ...paths.map((p, j) => (p ? (v.header === 'leaves' ? p.at(-1) : p.join(v.joiner)) : lost(j)))]];
  if (v.header === 'leaves') return [['', '', ...paths.map((p, j) => (p ? p.at(-1) : lost(j)))]];
  if (v.header === 'top') return [['', '', '申请人情况', ...paths.slice(1).map(() => '')], ['', '', ...paths.map((p, j) => (p ? p.at(-1) : lost(j)))]];
  // grid: note + 申请人情况, then 自然人 | 法人或其他组织 (once over each run of sub-columns) | 总计, then the sub-columns.
  const mid = paths.map((p, j) => (!p ? '' : p.length === 2 ? p[1] : paths[j - 1]?.length === 3 ? '' : p[1]));
  const low = paths.map((p, j) => (!p ? lost(j) : p.length === 3 ? p[2] : ''));
  return [[REQUEST_NOTE, '', '申请人情况', ...paths.slice(1).map(() => '')], ['', '', ...mid], ['', '', ...low]];
}

const csvCell = (c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c));
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

function render(head, body, paths, v) {
  const names = head.at(-1);
  const uniq = names.map((n, j) => { const k = names.slice(0, j).filter((x) => x === n).length; return k ? `${n}.${k}` : n; });
  const record = (row) => Object.fromEntries(row.map((c, j) => [uniq[j], c]));
  switch (v.format) {
    case 'csv': return [[TITLE], ...head, ...body].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
    case 'html': return `<html><body><h1>XX局2023年政府信息公开工作年度报告</h1><p>${TITLE}</p><table>${[...head, ...body].map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table></body></html>`;
    case 'records': return JSON.stringify({ tables: [{ title: TITLE, rows: body.map(record) }] });
    case 'index': return JSON.stringify(Object.fromEntries(body.map((row, i) => [String(i), record(row)])));
    case 'columns': return JSON.stringify(Object.fromEntries(uniq.map((n, j) => [n, Object.fromEntries(body.map((row, i) => [String(i), row[j]]))])));
    case 'table': return JSON.stringify({ schema: { fields: [{ name: 'index', type: 'integer' }, ...uniq.map((n) => ({ name: n, type: 'string' }))], primaryKey: ['index'], pandas_version: '1.4.0' }, data: body.map((row, i) => ({ index: i, ...record(row) })) });
    default: {
      // split: MultiIndex tuples, one level per header row (the label columns as the index).
      const tuple = (p, j) => (!p ? [0, 1, 2].map((l) => `Unnamed: ${j + 2}_level_${l}`) : p.length === 3 ? p : [p[0], p[1], p[1]]);
      const columns = head.length > 1 ? paths.map(tuple) : names.slice(2);
      return JSON.stringify({ columns, index: body.map((row) => row.slice(0, 2).filter(Boolean).join(' ')), data: body.map((row) => row.slice(2)) });
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
  const [from, to] = seedRange('1..60');
  const tally = {};
  const all = { right: 0, low: 0, lowDetermined: 0, wrong: 0, wrongLow: 0 };
  for (let seed = from; seed <= to; seed++) {
    const s = variant(seed);
    const t = (tally[`${s.v.format}/${s.v.damage}`] ??= { files: 0, failed: 0, right: 0, low: 0, lowDetermined: 0, wrong: 0, wrongLow: 0 });
    t.files++;
    let rep = null;
    try { rep = await extract(new TextEncoder().encode(s.text), { name: s.name }); } catch { t.failed++; }
    const got = rep ? flattenData(rep.data) : new Map();
    const bad = [];
    for (const k of s.keys) {
      const x = verdict(got.get(k), s.truth(k), rep?.fields[k]?.confidence ?? 0);
      t[x]++;
      all[x]++;
      if (x === 'low' && !s.undetermined.has(k.slice(k.lastIndexOf('.') + 1))) (t.lowDetermined++, all.lowDetermined++);
      if (x === 'wrong') bad.push(`${k}=${got.get(k)} (truth ${get(s.data, k)})`);
    }
    if (bad.length || process.argv.includes('--show')) console.log(`seed ${seed} ${JSON.stringify(s.v)}: WRONG ${bad.length} ${bad.slice(0, 3).join('; ')}`);
  }
  for (const [k, t] of Object.entries(tally).sort()) console.log(`${k}: ${t.files} files (${t.failed} failed): right ${t.right}, low ${t.low} (${t.lowDetermined} determined by the header), wrong at >= 0.9 ${t.wrong}, wrong below 0.9 ${t.wrongLow}`);
  console.log(`seeds ${from}..${to} all: right ${all.right}, low ${all.low} (${all.lowDetermined} determined by the header), wrong at >= 0.9 ${all.wrong}, wrong below 0.9 ${all.wrongLow}`);
  process.exit(all.wrong ? 1 : 0);
}
