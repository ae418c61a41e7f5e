#!/usr/bin/env node
/**
 * @file Reports as pandoc's writers leave a report page whose table 三 prints not-applicable marks:
 * a row of '/' cells (`naRow`), one sub-column printed '—' in every row (`dashCol`, its counts 0),
 * zeros printed '—' (`dashZeros`) — each '—' and '/' is `null` (TEMPLATE.md: a mark is not
 * applicable) — and, for a one-row （六）其他处理, the group span above it running over that row
 * (render-html's default; `fitSpan` ends it): pandoc flattens the table to one cell per column
 * (Textile, AsciiDoc, MediaWiki, Org, reST, markdown_strict's raw HTML), so the overrun row comes
 * out shifted one column right with its last value lost, and Textile writes '—' as '--'.
 * Every field of tables 二, 三 and 四 is measured: right (≥ 0.9), low, wrong at ≥ 0.9 (must be 0:
 * exit 1), wrong below 0.9.
 *
 *   npm run build && nice node scripts/pandoc-writer-variants.mjs [--seeds 1..40] [--writers textile,org] [--show] [--print SEED]
 * Files go to `.tmp/pandoc-writer/` (HTML, text), reused on the next run. XXGK_DIST measures another build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, base, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { COLS, SUB_COLUMNS, get, makeValues, measureFields, requestRows, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'pandoc-writer');
export const WRITERS = ['textile', 'org', 'mediawiki', 'rst', 'asciidoc', 'markdown_strict', 'plain', 'gfm'];
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const argList = (name) => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? null : process.argv[i + 1].split(','); };
const ONLY = argList('writers');
const DASHES = ['—', '－', '-'];
/** Table 三's header cells 自然人 (rowspan 2), 法人或其他组织 (colspan 5), 总计 (rowspan 2): swapped to put 总计 first. */
const TOTAL_LAST = /(<td[^>]*rowspan="2"[^>]*>(?:(?!<\/td>)[\s\S])*?自然人[\s\S]*?<\/td>)(<td[^>]*colspan="5"[^>]*>[\s\S]*?法人或其他组织[\s\S]*?<\/td>)(<td[^>]*rowspan="2"[^>]*>(?:(?!<\/td>)[\s\S])*?总计[\s\S]*?<\/td>)/;

/** Sets a table 三 value in the truth. */
function put(requests, key, col, v) {
  key.split('.').reduce((o, p) => o[p], requests)[col] = v;
}

/** The report of `seed`: values with marks, the page, and the writer that turns it into text. */
function plan(seed) {
  const r = rng(seed * 7727 + 29);
  const version = r() < 0.3 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.4;
  const data = makeValues(seed * 37 + 11, { version, combined, scale: pick(r, [10, 30, 300]) });
  const b = base(seed, { version });
  const style = pick(r, ['cms', 'word']);
  const writer = pick(r, ONLY ?? WRITERS);
  const keys = requestRows(combined).map((x) => x[2]);
  const inner = keys.filter((k) => !/^(newReceived|carriedOver|totalHandled|carriedForward)$/.test(k));
  // A sub-column printed '—' in every row: its counts are 0 (row totals keep the other columns' sum).
  const dashCol = r() < 0.5 ? pick(r, SUB_COLUMNS) : null;
  const dash = pick(r, DASHES);
  if (dashCol) for (const k of keys) { put(data.requests, k, 'total', get(data.requests, `${k}.total`) - get(data.requests, `${k}.${dashCol}`)); put(data.requests, k, dashCol, 0); }
  // A row printed '/' in every cell: its counts are 0 (the rows above and below keep their sums).
  const naRow = r() < 0.5 ? pick(r, inner) : null;
  if (naRow) for (const c of COLS) {
    const v = get(data.requests, `${naRow}.${c}`);
    for (const k of ['totalHandled', naRow]) put(data.requests, k, c, get(data.requests, `${k}.${c}`) - v);
    // 新收 + 上年结转 = 总计 + 结转: the row's counts carried forward instead.
    put(data.requests, 'carriedForward', c, get(data.requests, `carriedForward.${c}`) + v);
  }
  const dashZeros = r() < 0.4;
  const fitSpan = combined && r() < 0.3;
  // 总计 printed first (header and values), as some reports do.
  const totalFirst = r() < 0.4;
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  // Printed marks, and their truth: null (not applicable).
  for (const row of tables.requests) {
    if (row.kind !== 'data') continue;
    row.cells = row.cells.map((v, j) => {
      if (j === 0) return v;
      const col = COLS[j - 1];
      if (row.key === naRow) return (put(data.requests, row.key, col, null), '/');
      if (col === dashCol) return (put(data.requests, row.key, col, null), dash);
      if (dashZeros && v === '0' && col !== 'total') return (put(data.requests, row.key, col, null), dash);
      return v;
    });
    if (totalFirst) row.cells = [row.cells[0], row.cells.at(-1), ...row.cells.slice(1, -1)];
  }
  const page = renderHtml({ title: `${b.agency}${b.year}年政府信息公开工作年度报告`, agency: b.agency, published: b.published, tables, narrative: NARRATIVE, headings: H, style, crawled: fitSpan ? { fitSpan } : {} });
  const html = totalFirst ? page.replace(TOTAL_LAST, '$3$1$2') : page;
  return { seed, data, version, combined, style, writer, dashCol, dash, naRow, dashZeros, fitSpan, totalFirst, html, stem: join(OUT, `p${seed}`) };
}

/** The text pandoc's writer makes of the page. */
function build(seed) {
  const p = plan(seed);
  const txt = `${p.stem}.${p.writer}.txt`;
  if (!existsSync(txt)) {
    writeFileSync(`${p.stem}.html`, p.html);
    writeFileSync(txt, execFileSync('pandoc', ['-f', 'html', '-t', p.writer, `${p.stem}.html`]));
  }
  return { ...p, bytes: readFileSync(txt), name: 'report.txt' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT, { recursive: true });
  if (process.argv.includes('--print')) {
    process.stdout.write(build(Number(process.argv[process.argv.indexOf('--print') + 1])).bytes);
    process.exit(0);
  }
  await runVariants({
    root: ROOT, build, seeds: '1..40',
    measure: (v, lib, seed) => measureFields(v, lib, seed),
    keysOf: (v) => [v.writer, `v${v.version}${v.combined ? (v.fitSpan ? ' six fit' : ' six overrun') : ''}`, v.naRow ? 'naRow' : 'no naRow', v.dashCol ? 'dashCol' : 'no dashCol', v.totalFirst ? 'totalFirst' : 'totalLast'],
    describe: (v) => `${v.writer} ${v.style} ${v.version}${v.combined ? (v.fitSpan ? ' six fit' : ' six overrun') : ''}${v.naRow ? ` na:${v.naRow}` : ''}${v.dashCol ? ` dash:${v.dashCol}${v.dash}` : ''}${v.dashZeros ? ' dashZeros' : ''}${v.totalFirst ? ' totalFirst' : ''}`,
  });
}

export { build, plan };
