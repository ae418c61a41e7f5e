#!/usr/bin/env node
/**
 * @file One-cell-per-line text dumps (mutool / pdfminer style) of reports whose narrow table cells
 * wrapped their numbers ('294' printed '29' / '4' in a cell two digits wide), then passed through
 * an archive that collapsed identical consecutive lines (`0` `0` `29` `4` → `0` `29` `4`): the
 * collapse and the join cancel, and a row keeps exactly one token per cell for another reading.
 * 2019 and 2021 templates, tables 二/三/四; per document a cell width (2 or 3 digits), narrow
 * columns chosen per table, blocks separated by blank lines or not, and collapsed or not (a
 * control). Values from scripts/template-data.mjs (seeded); expected values are the chosen ones.
 * Each document is extracted in-process from `--dist` (default ./dist) and the fields are counted:
 * right at ≥ 0.9 / right below / missing or ambiguous / wrong below 0.9 / wrong at ≥ 0.9 (the last
 * must be 0; for a row the moves leave open the right answer is low or ambiguous, never a guess).
 *
 *   node scripts/wrap-collapse-variants.mjs [--docs 60] [--seed 1] [--dist DIR] [--out DIR] [--show]
 *
 * `--out` writes each dump and its expected values (`<id>.txt`, `<id>.json`) to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg } from './cli-args.mjs';
import { activeTable, requestTable, reviewTable } from './make-samples.mjs';
import { makeValues, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const strArg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DOCS = numberArg('docs', 60);
const SEED = numberArg('seed', 1);
const DIST = resolve(strArg('dist', join(ROOT, 'dist')));
const OUT = strArg('out', null);
const SHOW = process.argv.includes('--show');
const { extract, flattenData } = await import(join(DIST, 'index.js'));
/** The data's fields as an object of dotted keys. */
const flat = (data) => {
  const f = flattenData(data);
  return f instanceof Map ? Object.fromEntries(f) : f;
};

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** A number's lines in a cell `width` digits wide: the first lines full, the rest on the last. */
function wrapNumber(text, width) {
  if (!/^\d+$/.test(text) || text.length <= width) return [text];
  const out = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

/** A table's printed rows as blocks of lines: a label or header cell per block, a value cell's (wrapped) lines per block. */
function tableBlocks(rows, narrow, width) {
  const blocks = [];
  for (const row of rows) {
    const labels = row.kind === 'data' && row.key !== 'review' ? (row.group ? [row.group, row.cells[0]] : [row.cells[0]]) : [];
    const values = row.kind === 'data' ? (row.key === 'review' ? row.cells : row.cells.slice(1)) : [];
    if (row.kind !== 'data') for (const c of row.cells) blocks.push([c]);
    for (const l of labels) blocks.push([l]);
    values.forEach((v, ci) => blocks.push(narrow.has(ci) ? wrapNumber(v === '' ? '0' : v, width) : [v === '' ? '0' : v]));
  }
  return blocks;
}

/** Consecutive identical lines printed once (`uniq`), as an archive stores the text. */
const collapse = (lines) => lines.filter((l, i) => i === 0 || l !== lines[i - 1]);

function makeDoc(seed) {
  const r = rng(seed * 104729 + 11);
  const version = r() < 0.5 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.2;
  const data = makeValues(seed, { version, combined, scale: pick(r, [30, 100, 300]) });
  // Table 二 has no identities: many of its cells 0 and some of three digits, so equal lines sit beside wrapped numbers.
  for (const row of Object.values(data.activeDisclosure)) for (const c of Object.keys(row)) if (typeof row[c] === 'number' && c !== 'change') row[c] = r() < 0.4 ? 0 : r() < 0.4 ? 100 + Math.floor(r() * 900) : row[c];
  const width = pick(r, [2, 2, 3]);
  const blank = r() < 0.6;
  const collapsed = r() < 0.8;
  const tables = [activeTable(data, version), requestTable(data, combined), reviewTable(data)];
  const widths = [3, 7, 15];
  const lines = [`测试县第${seed}局2024年政府信息公开工作年度报告`, HEADINGS[0], '本机关全年主动公开政府信息，依法办理政府信息公开申请。'];
  tables.forEach((rows, t) => {
    const narrow = new Set(Array.from({ length: widths[t] }, (_, i) => i).filter(() => r() < (t === 2 ? 0.3 : 0.5)));
    lines.push(HEADINGS[t + 1]);
    for (const b of tableBlocks(rows, narrow, width)) lines.push(...b, ...(blank ? [''] : []));
  });
  lines.push(HEADINGS[4], '公开内容的精准度有待提高。', HEADINGS[5], '本年度未收取信息处理费。');
  const text = (collapsed ? collapse(lines) : lines).join('\n') + '\n';
  return { id: `wrap-${seed}`, version, width, blank, collapsed, text, expected: flat(data) };
}

const counts = { right: 0, rightLow: 0, open: 0, wrongLow: 0, wrong: 0 };
const byTable = {};
const wrongs = [];
for (let i = 0; i < DOCS; i++) {
  const doc = makeDoc(SEED * 1000 + i);
  if (OUT) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, `${doc.id}.txt`), doc.text);
    writeFileSync(join(OUT, `${doc.id}.json`), JSON.stringify(doc.expected));
  }
  const rep = await extract(new TextEncoder().encode(doc.text), { name: `${doc.id}.txt` });
  const got = flat(rep.data);
  for (const [key, want] of Object.entries(doc.expected)) {
    const table = key.split('.')[0];
    const t = (byTable[table] ??= { right: 0, rightLow: 0, open: 0, wrongLow: 0, wrong: 0 });
    const conf = rep.fields[key]?.confidence ?? 0;
    const value = got[key];
    const kind = value === null || value === undefined ? 'open' : value === want ? (conf >= 0.9 ? 'right' : 'rightLow') : conf >= 0.9 ? 'wrong' : 'wrongLow';
    counts[kind]++;
    t[kind]++;
    if (kind === 'wrong') wrongs.push(`${doc.id} (${doc.version}, width ${doc.width}${doc.blank ? ', blank lines' : ''}${doc.collapsed ? ', collapsed' : ''}) ${key}: ${value} (want ${want}) at ${conf}`);
  }
}
const line = (c) => `right ≥0.9 ${c.right} / right <0.9 ${c.rightLow} / missing or ambiguous ${c.open} / wrong <0.9 ${c.wrongLow} / WRONG ≥0.9 ${c.wrong}`;
console.log(`wrap-collapse: ${DOCS} documents, seed ${SEED}, ${DIST}`);
for (const [table, c] of Object.entries(byTable)) console.log(`  ${table.padEnd(18)} ${line(c)}`);
console.log(`  ${'all'.padEnd(18)} ${line(counts)}`);
for (const w of SHOW ? wrongs : wrongs.slice(0, 10)) console.log(`  wrong ≥0.9: ${w}`);
process.exitCode = counts.wrong > 0 ? 1 : 0;
