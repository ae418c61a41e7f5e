#!/usr/bin/env node
/**
 * @file Table 三 printed with 总计 first (or in the template's order) on a web page, and the page kept
 * as the text a crawler or an archive writes: one cell per line (`lynx -dump -width 200`, `w3m -dump
 * -cols 80`, Debian html2text, html.parser text nodes joined by '\n' as a crawler with bs4 writes
 * them). The header's cells print one per line (总计 / 自然人 / 法人或其他组织, then the five leaves,
 * wrapped by `<br/>` or not); one sub-column may be printed '—' in every row (not applicable: its truth
 * is null); zeros may be printed blank; small values (scale 3) give many rows with a single nonzero
 * cell, which sum under either place of 总计. Where the header or the rows' totals place 总计 the
 * values must be read there; no value may be wrong at ≥ 0.9.
 *
 *   npm run build && nice node scripts/crawled-total-variants.mjs [--seeds 1..8] [--styles lynx,w3m80,html2text,pyparser]
 *     [--order totalFirst|template] [--dash 0|1] [--blank 0|1] [--wrap none|br] [--show]
 * Files go to `.tmp/crawled-total/` (gitignored). XXGK_DIST measures another build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, base, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { ORDERS, headWord, htmlDumper, runVariants, th } from './reorder-dump-variants.mjs';
import { COLS, COLUMN_WORDS as WORD, SUB_COLUMNS as SUBS, makeValues, rng, REQUEST_NOTE } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'crawled-total');
const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const argv = process.argv.slice(2);
const opt = (name, fallback = null) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const NBSP = '\u00a0';
const DASH = '—';

/** html.parser text nodes, stripped, joined by '\n' (script/style/title dropped): a crawler's archive text. */
const PYPARSER = `import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(s): super().__init__(); s.out=[]; s.skip=0
    def handle_starttag(s,t,a):
        if t in ('script','style','title'): s.skip+=1
    def handle_endtag(s,t):
        if t in ('script','style','title'): s.skip=max(0,s.skip-1)
    def handle_data(s,d):
        if not s.skip and d.strip(): s.out.append(d.strip())
p=P(); p.feed(open(sys.argv[1],encoding='utf-8').read()); sys.stdout.write('\\n'.join(p.out)+'\\n')`;

/** The crawlers' dumps of the page (every one prints a table cell per line or a few cells per line). */
const STYLES = {
  lynx: (f) => execFileSync('lynx', ['-dump', '-nolist', '-width=200', '-display_charset=utf-8', '-assume_charset=utf-8', f]),
  w3m80: (f) => execFileSync('w3m', ['-dump', '-T', 'text/html', '-cols', '80', '-I', 'UTF-8', '-O', 'UTF-8', f]),
  html2text: (f) => execFileSync('html2text', ['-utf8', '-nobs', '-style', 'pretty', '-width', '200', f]),
  pyparser: (f) => execFileSync(PY, ['-c', PYPARSER, f]),
};

/** The variant of `seed`: template version, values (truth and as printed), 总计's place, the '—' column, blank zeros, header wrap. */
export function plan(seed) {
  const r = rng(seed * 7919 + 11);
  const version = r() < 0.3 ? '2019' : '2021';
  const combined = version === '2019';
  const truth = makeValues(seed * 31 + 5, { version, combined, scale: pick(r, [3, 3, 10, 30, 300]) });
  const kind = opt('order') ?? pick(r, ['totalFirst', 'totalFirst', 'totalFirst', 'template']);
  const dash = opt('dash') ? opt('dash') === '1' : r() < 0.5;
  const dashCol = dash ? pick(r, SUBS) : null;
  const blank = opt('blank') ? opt('blank') === '1' : r() < 0.4;
  const wrap = opt('wrap') ?? pick(r, ['none', 'br', 'br']);
  // The '—' column holds 0 in every row (each row's total and every column identity still hold); as
  // printed: its cells '—', blank zeros; the truth holds null there.
  if (dashCol) for (const row of rowObjects(truth.requests)) {
    row.obj.total -= row.obj[dashCol];
    row.obj[dashCol] = 0;
  }
  const printed = structuredClone(truth);
  for (const row of rowObjects(truth.requests)) {
    const shown = rowAt(printed.requests, row.path);
    for (const c of COLS) {
      if (c === dashCol) {
        shown.obj[c] = DASH;
        row.obj[c] = null;
      } else if (blank && row.obj[c] === 0) shown.obj[c] = NBSP;
    }
  }
  const order = ORDERS[kind]();
  const tag = `c${seed}-${kind}-${dashCol ?? 'nodash'}-${blank ? 'blank' : 'zeros'}-${wrap}-${version}`;
  return { seed, version, combined, data: truth, printed, kind, order, dashCol, blank, wrap, stem: join(OUT, tag) };
}

/** Table 三's rows of values (objects with the seven columns) with their paths in the data. */
function rowObjects(o, path = []) {
  if (o && typeof o === 'object' && 'total' in o) return [{ path, obj: o }];
  return Object.entries(o ?? {}).flatMap(([k, v]) => (v && typeof v === 'object' ? rowObjects(v, [...path, k]) : []));
}
const rowAt = (o, path) => ({ obj: path.reduce((x, k) => x[k], o) });


/** The page: table 三's header rows in the plan's order (总计 a cell spanning both header rows), its values in that order. */
function page(p) {
  const b = base(3000 + p.seed, { version: p.version });
  const requests = requestTable(p.printed, p.combined).map((row) => {
    if (row.kind !== 'data') return row;
    const [label, ...vals] = row.cells;
    return { ...row, cells: [label, ...p.order.map((k) => vals[COLS.indexOf(k)])] };
  });
  const tables = { activeDisclosure: activeTable(p.data, p.version), requests, reviewLitigation: reviewTable(p.data) };
  const html = renderHtml({ title: `${b.agency}${b.year}年政府信息公开工作年度报告`, agency: b.agency, published: b.published, tables, narrative: NARRATIVE, headings: H, print: { noChrome: true } });
  const top = [];
  for (const k of p.order) if (!SUBS.includes(k)) top.push(k);
  else if (!top.includes('org')) top.push('org');
  const row2 = top.map((t) => (t === 'org' ? th('法人或其他组织', 'colspan="5"') : th(WORD[t], 'rowspan="2"'))).join('');
  const row3 = p.order.filter((k) => SUBS.includes(k)).map((k) => th(headWord(WORD[k], p.wrap))).join('');
  const lines = html.split('\n');
  const first = lines.findIndex((l) => l.includes(REQUEST_NOTE));
  lines.splice(first, 3, `<tr>${th(REQUEST_NOTE, 'colspan="3" rowspan="3"')}${th('申请人情况', 'colspan="7"')}</tr>`, `<tr>${row2}</tr>`, `<tr>${row3}</tr>`);
  return lines.join('\n');
}

/** The plan's dump in `style` (cached under OUT). */
export const dump = htmlDumper(OUT, page, STYLES);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runVariants(plan, dump, Object.keys(STYLES), (p) => `${p.kind} dash:${p.dashCol ?? '-'} ${p.blank ? 'blank' : 'zeros'} wrap:${p.wrap} v${p.version}`);
}
