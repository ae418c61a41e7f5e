#!/usr/bin/env node
/**
 * @file Table 三's two-row header flattened onto one line (issue 15: fb33 hw-23017-par100-indent): its top
 * row — the cells spanning both rows and the 法人或其他组织 group cell — followed by the group's five
 * sub-columns, as a paragraph refill or a converter joining the header rows prints it: '自然人 法人或其他组织
 * 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他' is the template's order (the group word before 总计,
 * its leaves after 总计). Genuine other orders are flattened the same way — 总计 first ('总计 自然人
 * 法人或其他组织 商业企业 …') and 总计 second ('自然人 总计 法人或其他组织 …') — with the values printed in
 * that order. Varied: the corner note ('（本列数据的勾稽关系…） 申请人情况') on a line of its own, run into
 * the header line, or left out; cells apart by one space, two, four or a tab; rows indented or not;
 * section headings kept, dropped, bare (the numerals left out) or run into the line before; zeros
 * printed or blank; 2019 or 2021 template; then `styles` (converters): the lines as built (`line`),
 * GNU `fmt -w N` (`gnufmt`), a `par`-like balanced refill (`par`), a crawler's paragraphs joined
 * (`crawl`), N of 60/72/80/100. Measures table 三 per style (scripts/reorder-dump-variants runVariants).
 *
 *   npm run build && nice node scripts/flat-header-variants.mjs [--seeds 1..40] [--styles line,gnufmt,par,crawl]
 *     [--order template|totalFirst|totalSecond] [--headings keep|drop|bare|inline] [--show]
 * Files go to `.tmp/flat-header/` (gitignored). XXGK_DIST measures another build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, base, textReport } from './make-samples.mjs';
import { runVariants } from './reorder-dump-variants.mjs';
import { balanced, crawled, gnuFmt } from './refill.mjs';
import { COLS, COLUMN_WORDS, makeValues, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'flat-header');
const argv = process.argv.slice(2);
const opt = (name, fallback = null) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const GROUP = '法人或其他组织';
/** The header's top row per printed order ('group': the 法人或其他组织 cell over the five sub-columns). */
const TOP_ROWS = {
  template: ['naturalPerson', 'group', 'total'],
  totalFirst: ['total', 'naturalPerson', 'group'],
  totalSecond: ['naturalPerson', 'total', 'group'],
};
const SUBS = COLS.slice(1, 6);
/** The leaves (value columns) a top row heads, in printed order. */
const leavesOf = (top) => top.flatMap((k) => (k === 'group' ? SUBS : [k]));
/** Section headings as printed: kept, dropped, bare (the numeral left out); `inline` is run into the line before (see dump). */
const HEADINGS = { keep: (h) => h, drop: () => '', bare: (h) => h.replace(/^[一二三四五六七八九十]+、/, ''), inline: (h) => h };
const SEPARATORS = { space: ' ', two: '  ', four: '    ', tab: '\t' };
const CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** The variant of `seed`. */
export function plan(seed) {
  const r = rng(seed * 6151 + 17);
  const version = r() < 0.35 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.2;
  const data = makeValues(seed * 31 + 7, { version, combined, scale: pick(r, [3, 30, 300, 3000]) });
  const order = opt('order') ?? pick(r, ['template', 'template', 'template', 'totalFirst', 'totalFirst', 'totalSecond']);
  const headings = opt('headings') ?? pick(r, ['keep', 'drop', 'bare', 'inline']);
  const corner = pick(r, ['line', 'line', 'joined', 'none']);
  const sep = pick(r, Object.keys(SEPARATORS));
  const indent = r() < 0.5 ? '    ' : '';
  const blank = r() < 0.4;
  const width = pick(r, [60, 72, 80, 100]);
  const stem = join(OUT, `f${seed}-${order}-${headings}-${corner}-${sep}${indent ? '-indent' : ''}-${blank ? 'blank' : 'zeros'}-${width}-${version}`);
  return { seed, version, combined, data, order, headings, corner, sep, indent, blank, width, stem };
}

/** Table 三's lines: the corner note, the header's two rows flattened onto one line, each data row's cells in the printed order. */
function requestLines(p) {
  const top = TOP_ROWS[p.order];
  const leaves = leavesOf(top);
  const join = (cells) => p.indent + cells.join(SEPARATORS[p.sep]);
  const header = [...top.map((k) => (k === 'group' ? GROUP : COLUMN_WORDS[k])), ...SUBS.map((k) => COLUMN_WORDS[k])];
  const corner = [CORNER, '申请人情况'];
  const heads = p.corner === 'line' ? [join(corner), join(header)] : p.corner === 'joined' ? [join([...corner, ...header])] : [join(header)];
  const rows = requestTable(p.data, p.combined).filter((x) => x.kind === 'data').map((row) => {
    const [label, ...vals] = row.cells;
    const cells = leaves.map((k) => vals[COLS.indexOf(k)]).map((v) => (p.blank && v === '0' ? '' : v));
    return join([...(row.group ? [row.group] : []), label, ...cells]);
  });
  return [...heads, ...rows].join('\n');
}

/** Tab or space rows of a table's printed rows (tables 二 and 四 as the template prints them). */
const plainRows = (p, rows) => rows.map((row) => p.indent + [...(row.kind === 'data' && row.group ? [row.group] : []), ...row.cells].join(SEPARATORS[p.sep])).join('\n');

/** The plan's report as lines, before any converter: headings run into the line before where `inline`. */
function reportLines(p) {
  const b = base(3000 + (p.seed % 1000), { version: p.version });
  const text = textReport({
    ...b,
    heading: HEADINGS[p.headings],
    tables: { activeDisclosure: plainRows(p, activeTable(p.data, p.version)), requests: requestLines(p), reviewLitigation: plainRows(p, reviewTable(p.data)) },
  });
  const lines = text.split('\n');
  if (p.headings !== 'inline') return lines;
  // A heading run into the line before (a converter that dropped its line break): not at a line's start, so not found.
  const isHeading = (l) => /^[一二三四五六]、/.test(l) && !/\d/.test(l);
  return lines.reduce((out, l) => (isHeading(l) && out.length && out.at(-1) !== '' ? [...out.slice(0, -1), `${out.at(-1)} ${l}`] : [...out, l]), []);
}

/** The plan's text dump through converter `style` (cached under OUT). */
export function dump(p, style) {
  const out = `${p.stem}.${style}.txt`;
  if (existsSync(out)) return readFileSync(out);
  const lines = reportLines(p);
  const conv = { line: () => lines, gnufmt: () => gnuFmt(lines, p.width), par: () => balanced(lines, p.width), crawl: () => crawled(lines) }[style];
  const text = `${conv().join('\n')}\n`;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(out, text);
  return Buffer.from(text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runVariants(plan, dump, ['line', 'gnufmt', 'par', 'crawl'], (p) => `${p.order} headings:${p.headings} corner:${p.corner} sep:${p.sep}${p.indent ? ' indent' : ''} ${p.blank ? 'blank' : 'zeros'} w${p.width} v${p.version}`);
}
