#!/usr/bin/env node
/**
 * @file Table 三 with 总计 printed first (or in the middle, or last) in a tab-separated text dump whose
 * section headings are absent or not recognisable, so the tables are found by their rows alone (the
 * text-table path). Varied: headings kept / dropped / bare (the numerals 一、二、… left out), the
 * header rows printed / missing / one cell per line, zeros printed or blank, 2019 or 2021 template, a
 * row's 总计 printed wrong. Where nothing printed places 总计, the values must stay below 0.9 — a value
 * the solver derives under the wrong order included.
 *
 *   npm run build && nice node scripts/headless-total-variants.mjs [--seeds 990001..990040] [--at first|middle|last]
 *     [--headings keep|drop|bare] [--header rows|none|cellPerLine] [--blank 0|1] [--misprint 0|1] [--show]
 * Files go to `.tmp/headless-total/` (gitignored). XXGK_DIST measures another build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, base, renderRows, textReport } from './make-samples.mjs';
import { runVariants } from './reorder-dump-variants.mjs';
import { COLS, makeValues, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'headless-total');
const argv = process.argv.slice(2);
const opt = (name, fallback = null) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** 总计's printed place (0-based among the seven value columns). */
const PLACES = { first: 0, middle: 3, last: 6 };
/** Section headings as printed: kept, dropped (an empty line), or bare (the numeral left out). */
const HEADINGS = { keep: (h) => h, drop: () => '', bare: (h) => h.replace(/^[一二三四五六七八九十]+、/, '') };

/** A row's values by its dotted key in the data (the row's object of columns). */
const rowOf = (requests, key) => key.split('.').reduce((o, k) => o?.[k], requests);

/** The variant of `seed`. */
export function plan(seed) {
  const r = rng(seed * 4099 + 5);
  const version = r() < 0.3 ? '2019' : '2021';
  const combined = version === '2019';
  const data = makeValues(seed * 13 + 1, { version, combined, scale: pick(r, [3, 10, 30, 300]) });
  const at = opt('at') ?? pick(r, ['first', 'first', 'first', 'middle', 'last']);
  const headings = opt('headings') ?? pick(r, ['drop', 'drop', 'bare', 'keep']);
  // A header over 总计 in the middle would split the 法人或其他组织 span: printed with no header.
  const header = at === 'middle' ? 'none' : opt('header') ?? pick(r, ['rows', 'none', 'none', 'cellPerLine']);
  const blank = opt('blank') ? opt('blank') === '1' : r() < 0.5;
  const misprint = opt('misprint') ? opt('misprint') === '1' : r() < 0.25;
  const cats = COLS.slice(0, 6);
  const order = [...cats.slice(0, PLACES[at]), 'total', ...cats.slice(PLACES[at])];
  // A row's 总计 printed wrong (the golden is the value as printed).
  const rows = requestTable(data, combined).filter((x) => x.kind === 'data');
  const wrongRow = misprint ? rows[Math.floor(r() * rows.length)].key : null;
  if (wrongRow) rowOf(data.requests, wrongRow).total += 1 + Math.floor(r() * 5);
  const stem = join(OUT, `h${seed}-${at}-${headings}-${header}-${blank ? 'blank' : 'zeros'}-${misprint ? 'mis' : 'ok'}-${version}`);
  return { seed, version, combined, data, at, headings, header, blank, misprint, order, stem };
}

/** Table 三's tab rows: the header as the plan prints it, each data row's values in the plan's order. */
function requestText(p) {
  const all = requestTable(p.data, p.combined);
  const data = all.filter((x) => x.kind === 'data').map((row) => {
    const [label, ...vals] = row.cells;
    const cells = p.order.map((k) => vals[COLS.indexOf(k)]).map((v) => (p.blank && v === '0' ? '' : v));
    return { ...row, cells: [label, ...cells] };
  });
  const top = ['total', 'naturalPerson', 'org'];
  const words = { total: '总计', naturalPerson: '自然人', org: '法人或其他组织' };
  const tops = p.at === 'first' ? top : p.at === 'last' ? ['naturalPerson', 'org', 'total'] : ['naturalPerson', 'org', 'total'];
  const head = [
    { kind: 'header', cells: [all[0].cells[0], '申请人情况'] },
    { kind: 'header', cells: tops.map((k) => words[k]) },
    all[2],
  ];
  if (p.header === 'none') return renderRows(data, 'tab');
  if (p.header === 'cellPerLine') return `${renderRows(head, 'cellPerLine')}\n${renderRows(data, 'tab')}`;
  return renderRows([...head, ...data], 'tab');
}

/** The plan's text dump (cached under OUT). */
export function dump(p) {
  const out = `${p.stem}.tab.txt`;
  if (existsSync(out)) return readFileSync(out);
  const b = base(2000 + (p.seed % 1000), { version: p.version });
  const text = textReport({
    ...b,
    heading: HEADINGS[p.headings],
    tables: { activeDisclosure: renderRows(activeTable(p.data, p.version), 'tab'), requests: requestText(p), reviewLitigation: renderRows(reviewTable(p.data), 'tab') },
  });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(out, text);
  return Buffer.from(text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runVariants(plan, dump, ['tab'], (p) => `${p.at} headings:${p.headings} header:${p.header} ${p.blank ? 'blank' : 'zeros'} ${p.misprint ? 'misprint' : ''} v${p.version}`);
}
