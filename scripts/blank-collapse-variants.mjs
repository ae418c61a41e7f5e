#!/usr/bin/env node
/**
 * @file One-cell-per-line text dumps whose blocks are separated by BLANK LINES (mutool's
 * `-F text` prints a blank line after every block, pdfminer's `pdf2txt` after every text box)
 * passed through an archive that collapsed identical lines, from reports whose narrow table cells
 * wrapped their numbers ('294' printed '29' / '4'). A collapse (`0 0 294` → `0`) and a wrapped
 * number (`29` `4`) cancel in the token count, so such a row has one token per cell for another
 * reading; the sibling of scripts/wrap-collapse-variants.mjs for the blank-line kind.
 *
 * Per document (seeded; `--sep`, `--archive` force one):
 *  - sep: where the blank lines go —
 *      cell   after every cell (mutool: one block per cell; a wrapped cell's lines stay together);
 *      row    after every row (its label and values one block);
 *      label  between a row's label and its values, and after the values (pdfminer boxes);
 *      boxes  after random groups of 1–4 cells (pdfminer's text boxes);
 *      table  only around the tables' headers and between tables;
 *  - archive: how identical lines were collapsed —
 *      uniq   consecutive identical lines printed once (`uniq`: blank lines are lines too, so
 *             `0` `` `0` keeps both 0s, and runs of blank lines become one);
 *      across identical non-blank lines collapsed across the blank lines between them
 *             (`0\n\n0\n\n0` → `0`; the blank lines after the first kept as one);
 *      none   a control: nothing collapsed;
 *  - blank lines empty or holding spaces / a tab; width 2 or 3 digits; narrow columns per table;
 *    2019 and 2021 templates (single-row （六） sometimes).
 * Values from scripts/template-data.mjs (seeded); expected values are the chosen ones. Each
 * document is extracted in-process from `--dist` (default ./dist), its CPU time measured, and the
 * fields counted: right at ≥ 0.9 / right below / missing or ambiguous / wrong below 0.9 / WRONG
 * at ≥ 0.9 (must be 0).
 *
 *   node scripts/blank-collapse-variants.mjs [--docs 60] [--seed 1] [--dist DIR] [--out DIR]
 *     [--sep cell|row|label|boxes|table] [--archive uniq|across|none] [--show]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg, stringArg } from './cli-args.mjs';
import { activeTable, requestTable, reviewTable } from './make-samples.mjs';
import { makeValues, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = numberArg('docs', 60);
const SEED = numberArg('seed', 1);
const DIST = resolve(stringArg('dist', join(ROOT, 'dist')));
const OUT = stringArg('out', null);
const SEP = stringArg('sep', null);
const ARCHIVE = stringArg('archive', null);
const SHOW = process.argv.includes('--show');

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** A number's lines in a cell `width` digits wide: the first lines full, the rest on the last. */
export function wrapNumber(text, width) {
  if (!/^\d+$/.test(text) || text.length <= width) return [text];
  const out = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

/**
 * A table's printed cells, each a list of lines, grouped per printed row: `{ head, cells }`
 * with `head` true for header rows (their cells are words).
 */
function tableRows(rows, narrow, width) {
  const out = [];
  for (const row of rows) {
    if (row.kind !== 'data') {
      out.push({ head: true, labels: [], values: row.cells.map((c) => [c]) });
      continue;
    }
    const labels = row.key !== 'review' ? (row.group ? [row.group, row.cells[0]] : [row.cells[0]]) : [];
    const values = row.key === 'review' ? row.cells : row.cells.slice(1);
    out.push({ head: false, labels: labels.map((l) => [l]), values: values.map((v, ci) => (narrow.has(ci) ? wrapNumber(v === '' ? '0' : v, width) : [v === '' ? '0' : v])) });
  }
  return out;
}

/** The lines of a table's rows with blank lines (`''`) where `sep` puts them. */
function layOut(rows, sep, r) {
  const lines = [];
  const blank = () => {
    if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  };
  let box = 0;
  for (const row of rows) {
    const cells = [...row.labels, ...row.values];
    if (sep === 'cell') for (const c of cells) lines.push(...c, '');
    else if (sep === 'row') {
      for (const c of cells) lines.push(...c);
      blank();
    } else if (sep === 'label') {
      for (const c of row.labels) lines.push(...c);
      blank();
      for (const c of row.values) lines.push(...c);
      blank();
    } else if (sep === 'boxes') {
      for (const c of cells) {
        if (box <= 0) {
          blank();
          box = 1 + Math.floor(r() * 4);
        }
        lines.push(...c);
        box--;
      }
    } else {
      if (row.head) blank();
      for (const c of cells) lines.push(...c);
      if (row.head) blank();
    }
  }
  blank();
  return lines;
}

/** `uniq`: consecutive identical lines printed once (blank lines are lines too). */
const uniq = (lines) => lines.filter((l, i) => i === 0 || l !== lines[i - 1]);
/** Identical non-blank lines collapsed across the blank lines between them; the blank lines between kept as one. */
function across(lines) {
  const out = [];
  let last = null;
  for (const l of lines) {
    if (l.trim() === '') {
      if (out.length > 0 && out[out.length - 1].trim() !== '') out.push(l);
      continue;
    }
    if (l === last) continue;
    out.push(l);
    last = l;
  }
  return out;
}

export function makeDoc(seed, force = {}) {
  const r = rng(seed * 7919 + 23);
  const version = r() < 0.5 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.2;
  const data = makeValues(seed, { version, combined, scale: pick(r, [30, 100, 300]) });
  // Table 二 has no identities: many of its cells 0 and some of three digits, so equal lines sit beside wrapped numbers.
  for (const row of Object.values(data.activeDisclosure)) for (const c of Object.keys(row)) if (typeof row[c] === 'number' && c !== 'change') row[c] = r() < 0.4 ? 0 : r() < 0.4 ? 100 + Math.floor(r() * 900) : row[c];
  const width = pick(r, [2, 2, 3]);
  const sep = force.sep ?? pick(r, ['cell', 'cell', 'row', 'label', 'boxes', 'table']);
  const archive = force.archive ?? pick(r, ['uniq', 'across', 'across', 'none']);
  const blankText = pick(r, ['', '', '', ' ', '  ', '\t']);
  const tables = [activeTable(data, version), requestTable(data, combined), reviewTable(data)];
  const widths = [3, 7, 15];
  const lines = [`测试县第${seed}局2024年政府信息公开工作年度报告`, '', HEADINGS[0], '', '本机关全年主动公开政府信息，依法办理政府信息公开申请。', ''];
  tables.forEach((rows, t) => {
    const narrow = new Set(Array.from({ length: widths[t] }, (_, i) => i).filter(() => r() < (t === 2 ? 0.3 : 0.5)));
    lines.push(HEADINGS[t + 1], '');
    lines.push(...layOut(tableRows(rows, narrow, width), sep, r));
  });
  lines.push(HEADINGS[4], '', '公开内容的精准度有待提高。', '', HEADINGS[5], '', '本年度未收取信息处理费。');
  const kept = archive === 'uniq' ? uniq(lines) : archive === 'across' ? across(lines) : lines;
  const text = kept.map((l) => (l === '' ? blankText : l)).join('\n') + '\n';
  return { id: `blank-${seed}`, version, width, sep, archive, text, data };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { extract, flattenData } = await import(join(DIST, 'index.js'));
  const flat = (d) => {
    const f = flattenData(d);
    return f instanceof Map ? Object.fromEntries(f) : f;
  };
  const counts = { right: 0, rightLow: 0, open: 0, wrongLow: 0, wrong: 0 };
  const byKind = {};
  const wrongs = [];
  let cpuTotal = 0;
  const slow = [];
  let cpuMax = { ms: 0, id: '' };
  for (let i = 0; i < DOCS; i++) {
    const doc = makeDoc(SEED * 1000 + i, { ...(SEP ? { sep: SEP } : {}), ...(ARCHIVE ? { archive: ARCHIVE } : {}) });
    if (OUT) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, `${doc.id}.txt`), doc.text);
      writeFileSync(join(OUT, `${doc.id}.json`), JSON.stringify(flat(doc.data)));
    }
    const t0 = process.cpuUsage();
    const rep = await extract(new TextEncoder().encode(doc.text), { name: `${doc.id}.txt` });
    const used = process.cpuUsage(t0);
    const ms = (used.user + used.system) / 1000;
    cpuTotal += ms;
    if (ms > cpuMax.ms) cpuMax = { ms, id: doc.id };
    if (ms > 5000) slow.push(`${doc.id} (${doc.version}, width ${doc.width}, ${doc.sep}/${doc.archive}) ${(ms / 1000).toFixed(1)} s`);
    const got = flat(rep.data);
    const expected = flat(doc.data);
    const kindKey = `${doc.sep}/${doc.archive}`;
    for (const [key, want] of Object.entries(expected)) {
      const t = (byKind[kindKey] ??= { right: 0, rightLow: 0, open: 0, wrongLow: 0, wrong: 0 });
      const conf = rep.fields[key]?.confidence ?? 0;
      const value = got[key];
      const kind = value === null || value === undefined ? 'open' : value === want ? (conf >= 0.9 ? 'right' : 'rightLow') : conf >= 0.9 ? 'wrong' : 'wrongLow';
      counts[kind]++;
      t[kind]++;
      if (kind === 'wrong') wrongs.push(`${doc.id} (${doc.version}, width ${doc.width}, ${kindKey}) ${key}: ${value} (want ${want}) at ${conf}`);
    }
  }
  const line = (c) => `right ≥0.9 ${c.right} / right <0.9 ${c.rightLow} / missing or ambiguous ${c.open} / wrong <0.9 ${c.wrongLow} / WRONG ≥0.9 ${c.wrong}`;
  console.log(`blank-collapse: ${DOCS} documents, seed ${SEED}, ${DIST}`);
  for (const [k, c] of Object.entries(byKind).sort()) console.log(`  ${k.padEnd(14)} ${line(c)}`);
  console.log(`  ${'all'.padEnd(14)} ${line(counts)}`);
  console.log(`  cpu: ${(cpuTotal / 1000).toFixed(1)} s total, ${(cpuTotal / DOCS).toFixed(0)} ms per document, most ${cpuMax.ms.toFixed(0)} ms (${cpuMax.id})`);
  for (const w of slow) console.log(`  slow: ${w}`);
  for (const w of SHOW ? wrongs : wrongs.slice(0, 12)) console.log(`  wrong ≥0.9: ${w}`);
  process.exitCode = counts.wrong > 0 ? 1 : 0;
}
