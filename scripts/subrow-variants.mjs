#!/usr/bin/env node
/**
 * @file Table 三 printed in ways its labels or header must decide, scored against the values chosen
 * (never the extractor's). Three kinds (`--kind`):
 *
 * - `subrows`: the sub-rows of one or more blocks (（三）不予公开, （四）无法提供, （五）不予处理,
 *   （六）其他处理) printed in another order than the template's, their labels printed whole
 *   (`full`), renumbered in printed order (`renumbered`: '1.危及…' first), without numbers (`bare`),
 *   in another wording (`wording`: '其他法律法规禁止公开'), or lost: numbers only (`numbers`) or
 *   nothing (`lost`). Rows whose labels are printed must be read by their labels; rows whose labels
 *   are lost may be wrong only below 0.9.
 * - `heji`: the 总计 column headed 合计 (some reports), the columns in the template's order or
 *   permuted (总计 first, sub-columns swapped), optionally with '（七）合计' as the row label.
 * - `reordered`: columns permuted as printed by the header, with damage the solver must read in
 *   the printed order (an empty total cell, an empty zero cell, a wrong printed total): the output's
 *   values, flags and checks must be those of the printed table.
 *
 * Formats: tab text, spaced text, HTML, PDF (Chromium) — `--formats tab,layout,html,pdf`.
 *
 *   npm run build && nice node scripts/subrow-variants.mjs --kind subrows [--seeds 1..40] [--formats tab,html] [--show]
 * Prints per variant right / low (wrong or missing below 0.9) / SILENT (wrong at ≥ 0.9), and for
 * `reordered` the fields whose flags contradict the output's checks. Exit 1 on a SILENT field, or
 * (`subrows` with labels printed, `heji`) on any field not right.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { base, golden, H, NARRATIVE, activeTable, requestTable, reviewTable, renderRows, textReport } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { COLS, get, makeValues, rng, COLUMN_WORDS } from './template-data.mjs';
import { chromiumPdf } from './print-pdf.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const OUT = join(ROOT, '.tmp', 'subrow-variants');

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const kind = opt('kind', 'subrows');
const [from, to] = opt('seeds', '1..20').split('..').map(Number);
const formats = opt('formats', 'tab,layout,html').split(',');

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
function shuffle(xs, r) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  if (a.length > 1 && a.every((x, i) => x === xs[i])) [a[0], a[1]] = [a[1], a[0]];
  return a;
}

const BLOCKS = ['denied', 'unavailable', 'notProcessed', 'otherHandling'];
/** Other wordings real reports print (each still names its row best). */
const WORDING = { 'denied.prohibitedByLaw': '其他法律法规禁止公开', 'denied.endangersStability': '危及三安全一稳定', 'notProcessed.excessive': '无正当理由大量反复申请的', 'unavailable.needsCreation': '没有现成信息需要另行制作的' };
const LABEL_MODES = ['full', 'full', 'renumbered', 'bare', 'wording', 'numbers', 'lost'];

/** Reorders the sub-rows of table 三's rows (printed rows with `key`, `group`, `cells`) per the variant. */
function permuteBlocks(rows, v) {
  const out = [...rows];
  for (const block of v.blocks) {
    const at = out.map((r, i) => (r.key?.startsWith(`${block}.`) ? i : -1)).filter((i) => i >= 0);
    const group = out[at[0]].group;
    const order = shuffle(at, v.r);
    const moved = order.map((i, n) => {
      const r = out[i];
      const text = r.cells[0].replace(/^\d+\./, '');
      const num = r.cells[0].match(/^(\d+)\./)?.[1];
      const label = { full: r.cells[0], renumbered: `${n + 1}.${text}`, bare: text, wording: `${num}.${WORDING[r.key] ?? text}`, numbers: `${num}.`, lost: '' }[v.labels];
      return { ...r, group: n === 0 ? group : '', cells: [label, ...r.cells.slice(1)] };
    });
    at.forEach((i, n) => (out[i] = moved[n]));
  }
  return out;
}

/** Moves each data row's values into the printed column order. */
const permuteColumns = (rows, order) => rows.map((row) => (row.kind !== 'data' ? row : { ...row, cells: [row.cells[0], ...order.map((k) => row.cells[1 + COLS.indexOf(k)])] }));

const WORD = COLUMN_WORDS;

function variant(seed) {
  const r = rng(seed * 7723 + 29);
  const v = { seed, r, format: formats[seed % formats.length], order: COLS, labels: 'full', blocks: [], totalWord: '总计', damage: null };
  if (kind === 'subrows') {
    v.blocks = shuffle(BLOCKS, r).slice(0, 1 + Math.floor(r() * 2));
    v.labels = opt('labels', pick(r, LABEL_MODES));
  } else {
    v.totalWord = kind === 'heji' ? '合计' : '总计';
    v.rowHeji = kind === 'heji' && r() < 0.4;
    const subs = r() < 0.5 ? COLS.slice(1, 6) : shuffle(COLS.slice(1, 6), r);
    v.order = kind === 'heji' && r() < 0.4 ? COLS : pick(r, [['total', 'naturalPerson', ...subs], ['naturalPerson', ...subs, 'total'], ['naturalPerson', 'total', ...subs]]);
    if (kind === 'reordered') {
      if (v.order === COLS || v.order.every((k, i) => k === COLS[i])) v.order = ['total', ...COLS.slice(0, 6)];
      v.damage = pick(r, ['emptyTotal', 'emptyZero', 'wrongTotal', 'none']);
    }
  }
  return v;
}

/** The flat header line of table 三 in the variant's column order (text formats). */
const headerLine = (v) => ({ kind: 'header', cells: ['项目', ...v.order.map((k) => (k === 'total' ? v.totalWord : WORD[k]))] });

function build(v) {
  const b = base(4000 + v.seed);
  const data = makeValues(4000 + v.seed);
  let req = requestTable(data, false);
  if (v.rowHeji) req = req.map((row) => (row.key === 'totalHandled' ? { ...row, cells: ['（七）合计', ...row.cells.slice(1)] } : row));
  req = permuteColumns(permuteBlocks(req, v), v.order);
  const truth = new Map();
  for (const row of requestTable(data, false).filter((x) => x.kind === 'data')) for (const c of COLS) truth.set(`requests.${row.key}.${c}`, get(data, `requests.${row.key}.${c}`));
  if (v.damage) damage(v, req, truth);
  const b4 = { activeDisclosure: activeTable(data, '2021'), requests: req, reviewLitigation: reviewTable(data) };
  if (v.order !== COLS || v.totalWord !== '总计') b4.requests = [headerLine(v), ...req.filter((x) => x.kind === 'data')];
  if (v.format === 'tab' || v.format === 'layout') {
    const t = Object.fromEntries(Object.entries(b4).map(([k, rows]) => [k, renderRows(rows, v.format)]));
    return { ext: 'txt', content: textReport({ ...b, tables: t }), truth };
  }
  const title = `${b.agency}${b.year}年政府信息公开工作年度报告`;
  let html = renderHtml({ title, agency: b.agency, published: b.published, tables: { ...b4, requests: req }, narrative: NARRATIVE, headings: H, print: { noChrome: true } });
  if (v.order !== COLS || v.totalWord !== '总计') {
    const lines = html.split('\n');
    const first = lines.findIndex((l) => l.includes('（本列数据的勾稽关系'));
    const th = (t) => `<td style="border:1px solid #000;padding:2px">${t}</td>`;
    lines.splice(first, 3, `<tr>${th('项目')}${th('')}${th('')}${headerLine(v).cells.slice(1).map(th).join('')}</tr>`);
    html = lines.join('\n');
  }
  return { ext: v.format === 'pdf' ? 'pdf' : 'html', content: html, truth };
}

/** One damage to table 三 (printed order): the truth is the value a reader must give. */
function damage(v, req, truth) {
  const data = req.filter((x) => x.kind === 'data');
  const row = data[2 + Math.floor(v.r() * (data.length - 4))];
  const at = (k) => 1 + v.order.indexOf(k);
  if (v.damage === 'emptyTotal' && Number(row.cells[at('total')]) > 0) row.cells[at('total')] = '';
  else if (v.damage === 'emptyZero') {
    const zero = v.order.find((k) => k !== 'total' && row.cells[at(k)] === '0');
    if (zero) row.cells[at(zero)] = '';
  } else if (v.damage === 'wrongTotal') {
    row.cells[at('total')] = String(Number(row.cells[at('total')]) + 7);
    truth.set(`requests.${row.key}.total`, Number(row.cells[at('total')]));
  }
}

/** Fields whose flags contradict the output's checks: checkFailed with every check holding, or a failing check not flagged. */
function flagProblems(rep) {
  const bad = [];
  for (const [k, f] of Object.entries(rep.fields)) {
    if (!k.startsWith('requests.')) continue;
    const through = rep.checks.filter((c) => c.keys.includes(k));
    const failed = through.some((c) => !c.ok);
    if (f.flags.includes('checkFailed') !== failed) bad.push(`${k} flags ${f.flags} checks ${through.map((c) => c.ok).join(',')}`);
  }
  return bad;
}

let silent = 0, right = 0, low = 0, strictMiss = 0, flagBad = 0, failed = 0;
mkdirSync(OUT, { recursive: true });
for (let seed = from; seed <= to; seed++) {
  const v = variant(seed);
  const { ext, content, truth } = build(v);
  const file = join(OUT, `${kind}-${seed}.${ext}`);
  if (ext === 'pdf') chromiumPdf(content, file);
  else writeFileSync(file, content);
  const rep = await extract(file).catch((e) => e);
  const name = `${kind}-${seed} ${v.format} ${v.blocks.join('+')} ${v.labels} [${v.order.map((k) => (k === 'total' ? v.totalWord : WORD[k])).join(' ')}]${v.rowHeji ? ' (七)合计' : ''}${v.damage ? ` ${v.damage}` : ''}`;
  if (rep instanceof Error) {
    console.log(`FAIL ${name}: ${rep.code} ${rep.message}`);
    failed++;
    continue;
  }
  let s = 0, ok = 0, lo = 0;
  const wrong = [];
  for (const [k, want] of truth) {
    const got = k.split('.').reduce((o, p) => (o == null ? o : o[p]), rep.data);
    const conf = rep.fields[k]?.confidence ?? 0;
    if (got === want) ok++;
    else {
      if (got !== null && conf >= 0.9) s++;
      else lo++;
      wrong.push(`${k}=${got}@${conf} (want ${want})`);
    }
  }
  const flags = kind === 'reordered' ? flagProblems(rep) : [];
  const strict = (kind === 'subrows' && !['numbers', 'lost'].includes(v.labels)) || kind === 'heji';
  silent += s; right += ok; low += lo; flagBad += flags.length;
  if (strict && lo) strictMiss += lo;
  console.log(`${s ? 'SILENT' : lo ? (strict ? 'MISS  ' : 'low   ') : 'ok    '} ${name}: right ${ok} low ${lo} silent ${s}${flags.length ? ` flag-problems ${flags.length}` : ''}`);
  if (argv.includes('--show') && (wrong.length || flags.length)) console.log(`   ${[...wrong.slice(0, 6), ...flags.slice(0, 3)].join('\n   ')}`);
}
console.log(`ALL right ${right} low ${low} silent ${silent} strict-miss ${strictMiss} flag-problems ${flagBad} failed ${failed}`);
process.exit(silent || strictMiss || failed ? 1 : 0);
