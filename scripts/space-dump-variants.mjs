#!/usr/bin/env node
/**
 * @file Space-aligned text dumps of report pages whose tables print zeros as BLANK cells, by the real
 * text browsers: random reports (values, 2021 or 2019 template, single （六）, CMS or Word-style page,
 * zeros in tables 三 and 四 left blank; table 二's numbers with a unit suffix '件' in some seeds)
 * rendered as HTML (scripts/render-html.mjs) and dumped by
 *   - `w3m`: `w3m -dump` at its default width (80) and `-cols 200`;
 *   - `lynx`: `lynx -dump -nolist` at its default width and `-width 200`;
 * Both lay a table out by DISPLAY width (an ideograph is 2 columns): a header cell of a row span
 * prints on the line of its group word ('自然人 法人或其他组织 总计'), blank cells as spaces, and
 * table 四's one row without a label, its first value maybe under the second column.
 * Every field of tables 二, 三 and 四 is measured against the values chosen: right (≥ 0.9), low
 * (right below 0.9, or missing), wrong at ≥ 0.9 (must be 0: exit 1), wrong below 0.9.
 *
 * `--any`: right at any confidence counted right (a blank cell's 0 is below 0.9 by design).
 *
 *   npm run build && nice node scripts/space-dump-variants.mjs [--seeds 1..40] [--any] [--show] [--print SEED]
 * XXGK_DIST measures another build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, base, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { makeValues, measureFields, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'space-dump');
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** Dumpers: command and arguments before the HTML file. */
const DUMPERS = {
  w3m: ['w3m', ['-dump', '-T', 'text/html', '-O', 'UTF-8']],
  'w3m-200': ['w3m', ['-dump', '-cols', '200', '-T', 'text/html', '-O', 'UTF-8']],
  lynx: ['lynx', ['-dump', '-nolist', '-display_charset=utf-8', '-assume_charset=utf-8']],
  'lynx-200': ['lynx', ['-dump', '-nolist', '-width=200', '-display_charset=utf-8', '-assume_charset=utf-8']],
};

/** Table 二's numeric cells (the page's first table) printed with the unit '件'. */
function unitCells(html) {
  const at = html.indexOf('<table');
  const end = html.indexOf('</table>', at);
  const table = html.slice(at, end).replace(/(<td[^>]*class="n"[^>]*>(?:<p[^>]*>)?(?:<span[^>]*>)?)(-?\d+)(?=<)/g, '$1$2件');
  return html.slice(0, at) + table + html.slice(end);
}

/**
 * The page's tables without drawn borders (`border="0"`: a CMS draws them with CSS, which the text
 * browsers ignore, so they lay the cells out by spaces), their cells' text plain when `plain` (no
 * `<p>`/`<span>` inside a cell: lynx lays out only tables of inline cells in rows).
 */
function spaceTables(html, plain) {
  return html.replace(/<table[\s\S]*?<\/table>/g, (t) => {
    const open = t.replace(/border="1"/g, 'border="0"');
    return plain ? open.replace(/<\/?p\b[^>]*>|<\/?span\b[^>]*>|<o:p><\/o:p>/g, '') : open;
  });
}

/** The report of `seed`: its values, page and dumper. */
function plan(seed) {
  const r = rng(seed * 7717 + 31);
  const version = r() < 0.3 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.2;
  const data = makeValues(seed * 17 + 3, { version, combined, scale: pick(r, [10, 30, 300]) });
  const b = base(seed, { version });
  const style = pick(r, ['cms', 'word']);
  const units = r() < 0.4;
  const plain = r() < 0.7;
  const dumper = pick(r, Object.keys(DUMPERS));
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const page = renderHtml({ title: `${b.agency}${b.year}年政府信息公开工作年度报告`, agency: b.agency, published: b.published, tables, narrative: NARRATIVE, headings: H, style, crawled: { blankZeros: true } });
  return { seed, data, version, combined, style, units, plain, dumper, html: spaceTables(units ? unitCells(page) : page, plain) };
}

/** The variant of `seed`: its page dumped to text. */
function build(seed) {
  const p = plan(seed);
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `s${seed}.html`);
  writeFileSync(file, p.html);
  const [cmd, args] = DUMPERS[p.dumper];
  const bytes = execFileSync(cmd, [...args, file], { maxBuffer: 1 << 24 });
  writeFileSync(join(OUT, `s${seed}.${p.dumper}.txt`), bytes);
  return { ...p, bytes: new Uint8Array(bytes), name: 'report.txt' };
}

const ANY = process.argv.includes('--any');
/** Every field of tables 二, 三 and 四 with a right value at any confidence counted right ('low': missing/ambiguous/wrong below 0.9 only). */
async function measureAny(v, { extract, flattenData }) {
  const rep = await extract(v.bytes, { name: v.name });
  const got = flattenData(rep.data);
  const t = { right: 0, low: 0, wrong: 0, wrongLow: 0 };
  for (const [k, truth] of flattenData({ activeDisclosure: v.data.activeDisclosure, requests: v.data.requests, reviewLitigation: v.data.reviewLitigation })) {
    const conf = rep.fields[k]?.confidence ?? 0;
    t[got.get(k) === truth ? 'right' : got.get(k) == null ? 'low' : conf >= 0.9 ? 'wrong' : 'wrongLow']++;
  }
  return { ...t, report: rep };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--print')) {
    process.stdout.write(build(Number(process.argv[process.argv.indexOf('--print') + 1])).bytes);
    process.exit(0);
  }
  await runVariants({
    root: ROOT, build, seeds: '1..40',
    // --any: a right value counts as right at any confidence (a blank cell's 0 is 0.85 by design), 'low' then only missing/ambiguous.
    measure: (v, lib, seed) => (ANY ? measureAny(v, lib) : measureFields(v, lib, seed)),
    keysOf: (v) => [v.dumper, `${v.style}${v.units ? ' units' : ''}${v.plain ? ' plain' : ''}`, `v${v.version}${v.combined ? ' six' : ''}`],
    describe: (v) => `${v.dumper} ${v.style}${v.units ? ' units' : ''} ${v.version}${v.combined ? ' combined' : ''}`,
  });
}

export { build, plan };
