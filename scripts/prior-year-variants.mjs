#!/usr/bin/env node
/**
 * @file Table 三 (or 四, or both) printed twice: this year's and last year's for comparison, one after the other,
 * in tab, space-aligned, bordered (with the template's spanning cells), HTML or markdown-pipe
 * form. What tells the copies apart varies: a caption naming the previous year on last year's copy
 * ('与上年对比', '2023年度情况' in a 2024 report, '附：…'), a caption naming this year on this
 * year's ('本年度情况', '2024年度情况', '今年情况'), both, or nothing (no caption, a caption naming
 * both years, a sentence of prose comparing with last year), or where the captions stand tells
 * nothing: one caption between the copies and none above the first (it may close the first copy as
 * well as open the second, unless it ends with a colon or points up: '上表为…', '以上为…'). Captions printed under each
 * table tell them apart (the last can only be the last copy's, so the one between is the first's), as do captions pointing
 * up at the copy above them, one caption under the last copy, and an HTML table's own `<caption>` (above or under it).
 * Table 四 is also printed once with a row per year under one header (a 年度 column: '本年' / '上年', '2024年' /
 * '2023年', '今年' / '去年', either order; rows labelled blank, alike or with other years tell nothing).
 * Where a caption tells them apart this
 * year's table must read as a normal table; where nothing does, no field of table 三 may read at
 * 0.9 or more. Measures the twice-printed tables' fields: right (≥ 0.9), low, wrong at ≥ 0.9 (must be 0), wrong below,
 * per determined / undetermined case, and "confident" fields of undetermined cases (must be 0).
 *
 *   npm run build && nice node scripts/prior-year-variants.mjs [--seeds 1..60] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9, or any
 * undetermined field at ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COLS, COLUMN_WORDS, SUB_COLUMNS, REQUEST_NOTE, makeValues, requestRows, reviewValues, get, rng, verdict } from './template-data.mjs';
import { drawSpans, requestCells, reviewCells } from './spanned-grid-variants.mjs';
import { seedRange } from './cli-args.mjs';

const YEAR = 2024;
/** Captions of last year's copy, this year's, and lines that tell nothing. */
const EARLIER = ['与上年对比', `${YEAR - 1}年度情况`, '上年度情况对比表', `附：${YEAR - 1}年度收到和处理政府信息公开申请情况`, `上年同期数据（${YEAR - 1}年）`, `表四 ${YEAR - 1}年度政府信息公开申请情况（对比）`, '去年同期情况：'];
const CURRENT = ['本年度情况', `${YEAR}年度情况`, '今年情况：', `表三 ${YEAR}年度收到和处理政府信息公开申请情况`];
/** Captions under a copy pointing up at it ('上表为…', '以上为…', a note '注：上表为…'): they title the copy above them wherever they stand. */
const UP_EARLIER = [`（上表为${YEAR - 1}年度数据，供对比）`, '注：上表为上年度数据。', '以上为上年度数据', '上表为去年同期情况'];
const UP_CURRENT = ['（上表为本年度数据）', `以上为${YEAR}年度数据。`, '上表为今年情况'];
const NEITHER = [`${YEAR}年与${YEAR - 1}年对比`, '与上年相比，本年度申请数量有所增加，具体如下。', ''];

/** Table 三 as rows of cells (group label beside the row's own), header first. */
function grid(data) {
  const head = [[REQUEST_NOTE, '', '', '申请人情况'], ['', '', '', COLUMN_WORDS.naturalPerson, '法人或其他组织', '', '', '', '', COLUMN_WORDS.total], ['', '', '', '', ...SUB_COLUMNS.map((k) => COLUMN_WORDS[k]), '']];
  return [...head, ...requestRows(false).map(([g, l, key]) => [g, l, ...COLS.map((c) => String(get(data.requests, `${key}.${c}`)))])];
}

/** Table 四 as rows of cells. */
function reviewGrid(data) {
  const words = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [['行政复议', '', '', '', '', '行政诉讼'], ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉'], [...words, ...words, ...words], reviewValues(data).map(String)];
}

/** Table 三 (or 四: `review`) in one printed form. */
function render(data, format, review = false) {
  const g = review ? reviewGrid(data) : grid(data);
  if (format === 'tab' || format === 'space') return g.map((r) => r.filter((c) => c !== '').join(format === 'tab' ? '\t' : '  ')).join('\n');
  if (format === 'box') {
    const { cells, nr, nc } = review ? reviewCells(data) : requestCells(data, false);
    return drawSpans(cells, nr, nc, { lw: 12 });
  }
  if (format === 'html') return `<table>${g.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  const w = Math.max(...g.map((r) => r.length));
  const pad = (r) => [...r, ...Array(w - r.length).fill('')];
  return [`| ${pad(g[0]).join(' | ')} |`, `|${'---|'.repeat(w)}`, ...g.slice(1).map((r) => `| ${pad(r).join(' | ')} |`)].join('\n');
}

/** One variant: the report, this year's values, and whether a caption tells the copies apart. */
export function build(seed) {
  const r = rng(seed * 6151 + 29);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const data = makeValues(seed, { scale: pick([9, 30, 3000]) });
  const old = makeValues(seed + 5000, { scale: pick([9, 30, 3000]) });
  const format = pick(['tab', 'space', 'box', 'html', 'pipe']);
  const layout = pick(['curThenOld', 'oldThenCur', 'bothCaptioned', 'curCaptioned', 'oldFirstCurCaptioned', 'none', 'neither', 'curFirstBothCaptioned', 'curThenCurCap', 'oldThenOldCap', 'captionsBelow', 'pointingBelow', 'pointingBetween', 'lastBelow', 'tableCaptions']);
  // Table 三 printed twice, or 四, or both.
  const twice = pick(['requests', 'requests', 'review', 'both']);
  const layouts = {};
  const layoutTells = !['none', 'neither'].includes(layout);
  /** Per table printed twice, whether its captions tell the copies apart. */
  const tells = {};
  let yearRowForm = null;
  for (const table of ['requests', 'review']) {
    const cur = render(data, format, table === 'review');
    if (twice !== table && twice !== 'both') {
      layouts[table] = [cur];
      continue;
    }
    const prev = render(old, format, table === 'review');
    // Table 四 printed once with a row per year under one header (drawn from a seed of its own: the other seeds' variants stay).
    const yr = rng(seed * 7 + 3);
    if (table === 'review' && yr() < 0.5) {
      const rows = yearRows(data, old, format, yr);
      layouts.review = [rows.text];
      tells.reviewLitigation = rows.tells;
      yearRowForm = rows.label;
      continue;
    }
    layouts[table] = layout === 'tableCaptions' && format === 'html' ? captionedTables(cur, prev, pick) : arrange(cur, prev, layout, pick);
    // One caption between the copies, none above the first: it may close the first copy as well as
    // open the second; only a caption ending with a colon opens what follows.
    const isTable = (x) => x === cur || x === prev;
    const between = isTable(layouts[table][0]) && !isTable(layouts[table][1]);
    // (Unless it points at the copy above it: '上表为…', '以上为…'.)
    tells[table === 'review' ? 'reviewLitigation' : table] = layoutTells && !(between && layouts[table].length === 3 && !/：$|上表|以上/.test(layouts[table][1]));
  }
  const determined = Object.values(tells).every(Boolean);
  const md = format === 'html' || format === 'pipe';
  const active = ['信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9'];
  const text = [
    `${md ? '# ' : ''}示例县某某局${YEAR}年政府信息公开工作年度报告`, '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', ...(md ? [`<table>${active.map((l) => `<tr>${l.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`] : active),
    '三、收到和处理政府信息公开申请情况', ...layouts.requests,
    '四、政府信息公开行政复议、行政诉讼情况', ...layouts.review, '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join(md ? '\n\n' : '\n');
  const tables = twice === 'both' ? ['requests', 'reviewLitigation'] : [twice === 'review' ? 'reviewLitigation' : 'requests'];
  return { text, name: md ? 'v.md' : 'v.txt', data, old, tables, determined, tells, opts: { format, layout, twice, ...(yearRowForm ? { yearRows: yearRowForm } : {}), captions: [...layouts.requests, ...layouts.review].filter((p) => p.length < 60) } };
}

/** Row labels of a table 四 printed with a row per year: [this year's, last year's] and whether they tell the rows apart. */
const YEAR_ROW_LABELS = [
  [['本年', '上年'], true], [[`${YEAR}年`, `${YEAR - 1}年`], true], [['本年度', '上年度'], true], [['今年', '去年'], true],
  [[`${YEAR}年度`, `${YEAR - 1}年度`], true], [['本年度数据', '上年度数据'], true],
  [['', ''], false], [['数量', '数量'], false], [[`${YEAR - 2}年`, `${YEAR - 3}年`], false],
];

/** Table 四 printed once, a row per year (this year's first or last) under one header with a year column. */
function yearRows(data, old, format, r) {
  const [[cur, prev], tells] = YEAR_ROW_LABELS[Math.floor(r() * YEAR_ROW_LABELS.length)];
  const curFirst = r() < 0.5;
  const [head1, head2, head3] = reviewGrid(data);
  const rows = [['', ...head1], ['', ...head2], ['年度', ...head3], [cur, ...reviewValues(data).map(String)], [prev, ...reviewValues(old).map(String)]];
  if (!curFirst) rows.push(rows.splice(3, 1)[0]);
  const f = format === 'box' ? 'tab' : format;
  let text;
  if (f === 'tab' || f === 'space') text = rows.map((row) => row.filter((c, i) => c !== '' || i === 0 && row.slice(1).some((x) => /\d/.test(x))).join(f === 'tab' ? '\t' : '  ')).join('\n');
  else if (f === 'html') text = `<table>${rows.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  else {
    const w = Math.max(...rows.map((row) => row.length));
    const pad = (row) => [...row, ...Array(w - row.length).fill('')];
    text = [`| ${pad(rows[0]).join(' | ')} |`, `|${'---|'.repeat(w)}`, ...rows.slice(1).map((row) => `| ${pad(row).join(' | ')} |`)].join('\n');
  }
  return { text, tells, label: `${cur || 'blank'}/${prev || 'blank'} ${curFirst ? 'cur' : 'prev'}-first` };
}

/** Captions that may close the table above them: not ending with a colon. */
const closing = (xs) => xs.filter((x) => !x.endsWith('：'));

/** Two HTML tables, each titled by its own `<caption>` drawn above or under it, in either order. */
function captionedTables(cur, prev, pick) {
  const side = pick(['', ' style="caption-side:bottom"', ' style="caption-side: bottom"']);
  const titled = (table, words) => table.replace('<table>', `<table><caption${side}>${pick(closing(words))}</caption>`);
  return pick([0, 1]) ? [titled(cur, CURRENT), titled(prev, EARLIER)] : [titled(prev, EARLIER), titled(cur, CURRENT)];
}

/** This year's copy `cur` and last year's `prev` with the captions of `layout`. */
function arrange(cur, prev, layout, pick) {
  const cap = (xs) => pick(xs);
  const parts = {
    curThenOld: [cur, cap(EARLIER), prev],
    oldThenCur: [cap(EARLIER), prev, cur],
    bothCaptioned: [cap(EARLIER), prev, cap(CURRENT), cur],
    curCaptioned: [cap(CURRENT), cur, prev],
    oldFirstCurCaptioned: [prev, cap(CURRENT), cur],
    none: pick([0, 1]) ? [cur, prev] : [prev, cur],
    neither: [cur, cap(NEITHER), prev],
    curFirstBothCaptioned: [cap(CURRENT), cur, cap(EARLIER), prev],
    // A caption between the copies closing the first (no colon: a colon opens what follows).
    curThenCurCap: [cur, cap(closing(CURRENT)), prev],
    oldThenOldCap: [prev, cap(closing(EARLIER)), cur],
    // Captions printed under their tables.
    captionsBelow: pick([0, 1]) ? [cur, cap(closing(CURRENT)), prev, cap(closing(EARLIER))] : [prev, cap(closing(EARLIER)), cur, cap(closing(CURRENT))],
    // Captions pointing up at the copy above them, under each copy or between the copies only.
    pointingBelow: pick([0, 1]) ? [cur, cap(UP_CURRENT), prev, cap(UP_EARLIER)] : [prev, cap(UP_EARLIER), cur, cap(UP_CURRENT)],
    pointingBetween: pick([0, 1]) ? [cur, cap(UP_CURRENT), prev] : [prev, cap(UP_EARLIER), cur],
    // One caption, under the last copy: it can only be that copy's.
    lastBelow: pick([0, 1]) ? [cur, prev, cap(closing(EARLIER))] : [prev, cur, cap(closing(CURRENT))],
    // (HTML only: captionedTables; in other formats captions under each table.)
    tableCaptions: pick([0, 1]) ? [cur, cap(closing(CURRENT)), prev, cap(closing(EARLIER))] : [prev, cap(closing(EARLIER)), cur, cap(closing(CURRENT))],
  }[layout];
  return parts.filter((p) => p !== '');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
  const [from, to] = seedRange('1..60');
  const tally = { determined: { right: 0, low: 0, wrong: 0, wrongLow: 0, confident: 0, byTable: {} }, undetermined: { right: 0, low: 0, wrong: 0, wrongLow: 0, confident: 0, byTable: {} } };
  for (let seed = from; seed <= to; seed++) {
    const v = build(seed);
    const rep = await extract(new TextEncoder().encode(v.text), { name: v.name });
    const got = flattenData(rep.data);
    const d = { right: 0, low: 0, wrong: 0, wrongLow: 0, confident: 0 };
    let bad = false;
    for (const table of v.tables) {
      const dt = { right: 0, low: 0, wrong: 0, wrongLow: 0, confident: 0 };
      const lastYears = flattenData({ [table]: v.old[table] });
      for (const [k, truth] of flattenData({ [table]: v.data[table] })) {
        const conf = rep.fields[k]?.confidence ?? 0;
        dt[verdict(got.get(k), truth, conf)]++;
        // (Where both copies print the same value, it is determined whichever copy is this year's.)
        if (conf >= 0.9 && lastYears.get(k) !== truth) dt.confident++;
      }
      const t = tally[v.tells[table] ? 'determined' : 'undetermined'];
      t.byTable[table] ??= { right: 0, low: 0, wrong: 0, wrongLow: 0, confident: 0 };
      for (const f of Object.keys(dt)) (t[f] += dt[f]), (d[f] += dt[f]), (t.byTable[table][f] += dt[f]);
      bad ||= dt.wrong > 0 || (!v.tells[table] && dt.confident > 0);
    }
    if (bad || process.argv.includes('--show')) console.log(`seed ${seed} ${JSON.stringify(v.opts)}: right ${d.right} low ${d.low} WRONG ${d.wrong} wrongLow ${d.wrongLow} confident ${d.confident}`);
  }
  for (const [k, t] of Object.entries(tally)) {
    console.log(`seeds ${from}..${to} ${k}: right ${t.right}, low ${t.low}, wrong at >= 0.9 ${t.wrong}, wrong below 0.9 ${t.wrongLow}${k === 'undetermined' ? `, at >= 0.9 where the copies differ ${t.confident}` : ''}`);
    for (const [table, b] of Object.entries(t.byTable)) console.log(`  ${table}: right ${b.right}, low ${b.low}, wrong at >= 0.9 ${b.wrong}, wrong below 0.9 ${b.wrongLow}`);
  }
  process.exit(tally.determined.wrong || tally.undetermined.wrong || tally.undetermined.confident ? 1 : 0);
}
