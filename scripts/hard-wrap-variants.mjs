#!/usr/bin/env node
/**
 * @file Text dumps hard-wrapped at a fixed width (issue: breakit52 fold40 / fold40c / fmt80): a
 * generated report dumped in one of five styles — `tab` (cells between tabs), `layout` (cells
 * space-aligned), `indent` (`pdftotext -layout`-like: rows indented, cells four spaces apart, headings
 * not indented), `cells` (one cell per line), `md` (pipe table) — then cut by one of the wrappers —
 * `bytes` (GNU `fold -w N`: UTF-8 bytes, a tab to the next stop of 8, a character cut in
 * two), `chars` (every N characters, a tab one), `cols` (N display columns, an ideograph two) and
 * `fmt` (paragraphs refilled at N: rows joined) — at widths 20–120. Values from
 * scripts/template-data.mjs (seeded); the expected values are the chosen ones. Each document is
 * extracted in-process from `--dist` (default ./dist), fields counted per wrapper×style: right ≥ 0.9 /
 * right < 0.9 / missing or ambiguous / wrong < 0.8 / wrong 0.8–0.9 / WRONG ≥ 0.9 (must be 0).
 *
 * Refilled text (issue 15: breakit52 fmt80), with `--wrappers gnufmt,par,crawl`: `gnufmt` is GNU
 * `fmt -w N` itself (N 60/72/80/100; a paragraph is lines of one indentation, spacing inside a line
 * kept, one space at each join, widths in bytes), `par` a `par`-like refill (white space squeezed,
 * lines balanced to even lengths in display columns), `crawl` a crawler's text (each paragraph's lines
 * joined into one line by a space). `--quirks na,blank` prints a table 三 row '/' in every cell (`na`:
 * its fields not applicable, not counted; `naShort`: three marks for its seven cells) and the zeros
 * of tables 三/四 empty (`blank`: expected 0). A number read where '/' was printed is counted apart
 * (naWrong). The default wrappers and no quirks make the same documents as before for each seed.
 *
 * Dash marks (TEMPLATE.md: '—', '-', '/', '无' in a cell are null, notApplicable): `--quirks dash`
 * prints the zeros of tables 三/四 as one mark of MARKS (one per document; expected null, a number
 * read there is naWrong), `naDash` the `na` row with a mark of MARKS instead of '/'. `--wrappers
 * none,soup,soupnl` leave the lines (`none`), join the whole document into one line by single
 * spaces (`soup`: BeautifulSoup get_text(' ', strip=True)) or print every cell on its own line with
 * blank lines between rows (`soupnl`: get_text('\n')); `--styles grid,…` picks the dump styles,
 * `grid` being a pandoc grid table (borders of '-', '+', '|').
 *
 *   node scripts/hard-wrap-variants.mjs [--docs 64] [--seed 1] [--dist DIR] [--out DIR] [--show]
 *     [--wrappers bytes,chars,cols,fmt | gnufmt,par,crawl] [--quirks na,naShort,blank]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg, stringArg } from './cli-args.mjs';
import { activeTable, requestTable, reviewTable } from './make-samples.mjs';
import { COLS, makeValues, rng } from './template-data.mjs';
import { balanced, cols, crawled, gnuFmt } from './refill.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = numberArg('docs', 64);
const SEED = numberArg('seed', 1);
const DIST = resolve(stringArg('dist', join(ROOT, 'dist')));
const OUT = stringArg('out', null);
const SHOW = process.argv.includes('--show');
const WRAPPERS = stringArg('wrappers', 'bytes,chars,cols,fmt').split(',');
const QUIRKS = stringArg('quirks', '').split(',').filter(Boolean);
const REFILLS = new Set(['gnufmt', 'par', 'crawl', 'none', 'soup', 'soupnl']);
const STYLES = stringArg('styles', '').split(',').filter(Boolean);
/** The marks a report may print for a zero or a not-applicable cell (TEMPLATE.md). */
const MARKS = ['—', '－', '-', '–', '无', '——'];
const { extract, flattenData } = await import(join(DIST, 'index.js'));
/** The data's fields as an object of dotted keys; a random element. */
const flat = (data) => Object.fromEntries(flattenData(data));
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const PROSE = '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息，依法规范办理政府信息公开申请，按时答复，公开内容的精准度和解读形式均有提高。';

/** A table row's printed cells: group and label cells, then the values. */
const rowCells = (row) => (row.kind === 'data' && row.key !== 'review' && row.group ? [row.group, ...row.cells] : row.cells);

/** The report's lines in one dump style. */
function dumpLines(tables, style) {
  const lines = [`测试县第${SEED}局2024年政府信息公开工作年度报告`, HEADINGS[0], PROSE];
  tables.forEach((rows, t) => {
    lines.push(HEADINGS[t + 1]);
    rows.forEach((row, i) => {
      const cells = rowCells(row);
      if (style === 'tab') lines.push(cells.join('\t'));
      // One cell per line: an empty cell prints no line (blank zeros: `--quirks blank`).
      else if (style === 'cells') lines.push(...cells.filter((c) => c !== ''));
      else if (style === 'md') {
        lines.push(`| ${cells.join(' | ')} |`);
        if (i === 0) lines.push(`|${cells.map(() => '---').join('|')}|`);
      } else if (style === 'grid') {
        const border = `+${cells.map((c) => '-'.repeat(Math.max(3, cols(c) + 2))).join('+')}+`;
        if (i === 0) lines.push(border);
        lines.push(`| ${cells.map((c) => c + ' '.repeat(Math.max(1, cols(c)) - cols(c))).join(' | ')} |`, i === 0 ? border.replace(/-/g, '=') : border);
      } else if (style === 'indent') lines.push(`    ${cells.join('    ')}`);
      else lines.push(cells.map((c, ci) => (ci === cells.length - 1 ? c : c + ' '.repeat(Math.max(2, (ci === 0 ? 36 : 10) - cols(c))))).join(''));
    });
  });
  lines.push(HEADINGS[4], '公开内容的精准度有待提高。', HEADINGS[5], '本年度未收取信息处理费。');
  return lines;
}

/** GNU `fold -w width` (not multibyte-aware): bytes, a tab to the next stop of 8, cut exactly at the width. */
function foldBytes(line, width) {
  const bytes = Buffer.from(line, 'utf8');
  const out = [];
  let start = 0;
  let col = 0;
  for (let i = 0; i < bytes.length; i++) {
    const next = bytes[i] === 9 ? col + 8 - (col % 8) : col + 1;
    if (next > width) {
      out.push(bytes.subarray(start, i));
      start = i;
      col = bytes[i] === 9 ? 8 : 1;
    } else col = next;
  }
  out.push(bytes.subarray(start));
  return out;
}

/** Cut every `width` units, a unit measured by `measure` (a character that does not fit starts the next line). */
function cutAt(line, width, measure) {
  const out = [];
  let cur = '';
  for (const ch of line) {
    if (measure(cur + ch) > width && cur !== '') {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** `fmt -w width`: consecutive non-blank lines one paragraph, its words (split at spaces) refilled. */
function refill(lines, width) {
  const out = [];
  let words = [];
  const flush = () => {
    let cur = '';
    for (const w of words) {
      if (cur !== '' && cols(`${cur} ${w}`) > width) {
        out.push(cur);
        cur = w;
      } else cur = cur === '' ? w : `${cur} ${w}`;
    }
    if (cur !== '') out.push(cur);
    words = [];
  };
  for (const l of lines) {
    if (l.trim() === '') {
      flush();
      out.push('');
    } else words.push(...l.trim().split(/\s+/));
  }
  flush();
  return out;
}

/** The dump wrapped by `wrapper` at `width`, as bytes. */
function wrapped(lines, wrapper, width) {
  const enc = (ls) => Buffer.from(`${ls.join('\n')}\n`, 'utf8');
  if (wrapper === 'bytes') return Buffer.concat(lines.flatMap((l) => foldBytes(l, width).flatMap((p) => [p, Buffer.from('\n')])));
  if (wrapper === 'chars') return enc(lines.flatMap((l) => cutAt(l, width, (s) => [...s].length)));
  if (wrapper === 'cols') return enc(lines.flatMap((l) => cutAt(l, width, cols)));
  if (wrapper === 'gnufmt') return enc(gnuFmt(lines, width));
  if (wrapper === 'par') return enc(balanced(lines, width));
  if (wrapper === 'crawl') return enc(crawled(lines));
  if (wrapper === 'none') return enc(lines);
  if (wrapper === 'soup') return enc([lines.map((l) => l.trim().split(/\s+/).join(' ')).filter(Boolean).join(' ')]);
  if (wrapper === 'soupnl') return enc(lines.flatMap((l) => ['', ...l.split(/\t|\s{2,}/).map((c) => c.trim())]));
  return enc(refill(lines, width));
}

/**
 * The quirks of `--quirks` applied to the data and its printed tables: `na`/`naShort` print one
 * table 三 row (not a total) '/' (its values taken out of the totals first, so the identities hold
 * with the row as 0; its expected values null), `blank` prints the zeros of tables 三 and 四 empty.
 */
function applyQuirks(r, data, tables, combined) {
  const quirks = [];
  const [, requests, review] = tables;
  const dashNa = QUIRKS.includes('naDash');
  if ((QUIRKS.includes('na') || QUIRKS.includes('naShort') || dashNa) && r() < 0.7) {
    const rows = requests.filter((row) => row.kind === 'data' && !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(row.key));
    const row = pick(r, rows);
    const short = QUIRKS.includes('naShort') && (!QUIRKS.includes('na') || r() < 0.5);
    const values = COLS.map((c) => getPath(data.requests, `${row.key}.${c}`));
    // Out of the totals: 办理结果 总计 loses the row's values, and 新收 (上年结转 for what 新收 cannot give), so every identity holds with the row as 0.
    COLS.forEach((c, i) => {
      const v = values[i];
      const fresh = getPath(data.requests, `newReceived.${c}`);
      setPath(data.requests, `totalHandled.${c}`, getPath(data.requests, `totalHandled.${c}`) - v);
      setPath(data.requests, `newReceived.${c}`, fresh - Math.min(v, fresh));
      setPath(data.requests, `carriedOver.${c}`, getPath(data.requests, `carriedOver.${c}`) - (v - Math.min(v, fresh)));
      setPath(data.requests, `${row.key}.${c}`, null);
    });
    // Row totals kept: a row's parts moved together keep 总计 = Σ parts only when the total column moved by Σ — it did (the na row's own total).
    for (const t of requests) if (t.kind === 'data' && ['totalHandled', 'newReceived', 'carriedOver'].includes(t.key)) t.cells = [t.cells[0], ...COLS.map((c) => String(getPath(data.requests, `${t.key}.${c}`)))];
    const mark = dashNa ? pick(r, MARKS) : '/';
    row.cells = [row.cells[0], ...(short ? [mark, mark, mark] : COLS.map(() => mark))];
    quirks.push(`${short ? 'naShort' : dashNa ? 'naDash' : 'na'}:${row.key}`);
  }
  if (QUIRKS.includes('dash') && r() < 0.7) {
    const mark = pick(r, MARKS);
    for (const t of requests) if (t.kind === 'data') t.cells.forEach((c, i) => { if (c === '0' && i > 0) { t.cells[i] = mark; setPath(data.requests, `${t.key}.${COLS[i - 1]}`, null); } });
    quirks.push(`dash${MARKS.indexOf(mark)}`);
  }
  if (QUIRKS.includes('blank') && r() < 0.5) {
    for (const t of [...requests, ...review]) if (t.kind === 'data') t.cells = t.cells.map((c, i) => (c === '0' && (t.key === 'review' || i > 0) ? '' : c));
    quirks.push('blank');
  }
  return quirks;
}

/** A dotted path of an object: read and set. */
const getPath = (o, key) => key.split('.').reduce((n, p) => n?.[p], o);
function setPath(o, key, v) {
  const ps = key.split('.');
  let n = o;
  for (const p of ps.slice(0, -1)) n = n[p];
  n[ps.at(-1)] = v;
}

function makeDoc(seed) {
  const r = rng(seed * 7919 + 5);
  const version = r() < 0.4 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.2;
  const data = makeValues(seed, { version, combined, scale: pick(r, [30, 300, 3000]) });
  const refills = WRAPPERS.every((w) => REFILLS.has(w));
  const style = pick(r, STYLES.length ? STYLES : refills ? ['indent', 'indent', 'tab', 'layout', 'cells', 'md'] : ['tab', 'layout', 'cells', 'md']);
  const wrapper = pick(r, WRAPPERS);
  const width = pick(r, refills ? [60, 72, 80, 100] : [20, 30, 40, 48, 60, 64, 72, 80, 100, 120]);
  const tables = [activeTable(data, version), requestTable(data, combined), reviewTable(data)];
  const quirks = QUIRKS.length ? applyQuirks(rng(seed * 104729 + 11), data, tables, combined) : [];
  const lines = dumpLines(tables, style);
  const q = quirks.length ? `-${quirks.map((x) => x.split(':')[0]).join('+')}` : '';
  return { id: `hw-${seed}-${wrapper}${width}-${style}${q}`, style, wrapper, width, quirks, bytes: wrapped(lines, wrapper, width), expected: flat(data) };
}

const KINDS = ['right', 'rightLow', 'open', 'wrongLow', 'wrong8', 'wrong'];
const zero = () => Object.fromEntries(KINDS.map((k) => [k, 0]));
const counts = zero();
const byGroup = {};
const wrongs = [];
let naWrong = 0;
for (let i = 0; i < DOCS; i++) {
  const doc = makeDoc(SEED * 1000 + i);
  if (OUT) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, `${doc.id}.txt`), doc.bytes);
    writeFileSync(join(OUT, `${doc.id}.json`), JSON.stringify(doc.expected));
  }
  // A document that fails (E_TIMEOUT…) reads nothing: every field missing.
  const rep = await extract(new Uint8Array(doc.bytes), { name: `${doc.id}.txt` }).catch((e) => (console.log(`  ${doc.id}: ${e.code ?? e.message}`), { data: {}, fields: {} }));
  const got = rep.data && Object.keys(rep.data).length ? flat(rep.data) : {};
  for (const group of [`${doc.wrapper}`, `${doc.wrapper}/${doc.style}`, `w${doc.width <= 40 ? '≤40' : doc.width <= 72 ? '48-72' : '80-120'}`]) byGroup[group] ??= zero();
  for (const [key, want] of Object.entries(doc.expected)) {
    if (want === null) {
      // '/' printed: a number read there is wrong (naWrong), at whatever confidence.
      if (typeof got[key] === 'number') {
        naWrong++;
        wrongs.push(`${doc.id} ${key}: ${got[key]} (want '/') at ${rep.fields[key]?.confidence}`);
      }
      continue;
    }
    const conf = rep.fields[key]?.confidence ?? 0;
    const value = got[key];
    const kind = value === null || value === undefined ? 'open' : value === want ? (conf >= 0.9 ? 'right' : 'rightLow') : conf >= 0.9 ? 'wrong' : conf >= 0.8 ? 'wrong8' : 'wrongLow';
    counts[kind]++;
    for (const group of [`${doc.wrapper}`, `${doc.wrapper}/${doc.style}`, `w${doc.width <= 40 ? '≤40' : doc.width <= 72 ? '48-72' : '80-120'}`]) byGroup[group][kind]++;
    if (kind === 'wrong' || kind === 'wrong8') wrongs.push(`${doc.id} ${key}: ${value} (want ${want}) at ${conf}`);
  }
}
const line = (c) => {
  const n = KINDS.reduce((s, k) => s + c[k], 0);
  return `right ${((100 * (c.right + c.rightLow)) / n).toFixed(1)} % (≥0.9 ${c.right}, <0.9 ${c.rightLow}) / open ${c.open} / wrong <0.8 ${c.wrongLow} / 0.8–0.9 ${c.wrong8} / WRONG ≥0.9 ${c.wrong}`;
};
console.log(`hard-wrap: ${DOCS} documents, seed ${SEED}, ${DIST}`);
for (const [g, c] of Object.entries(byGroup).sort()) console.log(`  ${g.padEnd(14)} ${line(c)}`);
console.log(`  ${'all'.padEnd(14)} ${line(counts)}${QUIRKS.length ? ` / naWrong ${naWrong}` : ''}`);
for (const w of SHOW ? wrongs : wrongs.slice(0, 10)) console.log(`  wrong: ${w}`);
process.exitCode = counts.wrong > 0 ? 1 : 0;
