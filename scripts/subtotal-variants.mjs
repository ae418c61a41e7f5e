#!/usr/bin/env node
/**
 * @file Table 三 printed with a column the template lacks: a subtotal of the five 法人或其他组织
 * sub-columns (商业企业 … 其他), headed 小计 as the group's first or last sub-column, or 合计 as a
 * column of its own before 总计; or no such column (the control). Sometimes the sub-column line also
 * prints 小计 under 自然人 (a header word only, no column of values). The header printed (group line
 * + sub-column line, or one flat line; the sub-columns in the template's order or shuffled; （六）
 * printed as three rows or one) or lost (no header lines at all); in some seeds one or two
 * rows print a wrong subtotal. Rendered as tab text, space-aligned text (pdftotext -layout), one cell
 * per line (plain pdftotext of a ruled table), HTML (colspan / rowspan header) or .docx (gridSpan /
 * vMerge header). Measures table 三's fields: right (≥ 0.9), low (right but < 0.9, or missing),
 * wrong at ≥ 0.9 (must be 0), per subtotal kind.
 *
 *   npm run build && nice node scripts/subtotal-variants.mjs [--seeds 1..60] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeValues, requestRows, get, rng, shuffle, verdict, COLUMN_WORDS, SUB_COLUMNS, REQUEST_NOTE } from './template-data.mjs';
import { docx } from './zip-writer.mjs';
import { boxText, pipeText } from './text-grids.mjs';
import { seedRange } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const WORD = COLUMN_WORDS;
const SUBS = SUB_COLUMNS;
const NOTE = REQUEST_NOTE;
export const KINDS = ['none', 'first', 'last', 'heji', 'front'];
export const FORMATS = ['tab', 'space', 'cell', 'html', 'docx', 'box', 'pipe', 'json'];

/** Row labels in three cells, as a merged grid prints them: a block's group label once, its items in the third cell, the other cells blank. */
function threeLabelCells(spec) {
  let block = '';
  return spec.map(([g, l, key]) => {
    if (g) block = g;
    else if (['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(key)) block = '';
    if (!block) return [l, '', ''];
    if (block.startsWith('三')) return [g, l, ''];
    return ['', g, l];
  });
}

/**
 * One variant: `kind` of subtotal column, `head` printed ('group' / 'flat') or 'lost', `npWord`
 * (小计 printed under 自然人), `format`, the rows whose printed subtotal is wrong (`wrongRows`).
 * Options force any of them. Returns { name, bytes, data, kind, head, format, wrongRows }.
 */
export function build(seed, force = {}) {
  const r = rng(seed * 7919 + 13);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const combined = force.combined ?? r() < 0.25;
  const data = makeValues(seed, { scale: 20 + Math.floor(r() * 300), combined });
  const v = {
    combined,
    shuffled: force.shuffled ?? r() < 0.2,
    kind: force.kind ?? pick(KINDS),
    head: force.head ?? pick(['group', 'group', 'flat', 'lost']),
    npWord: force.npWord ?? r() < 0.25,
    format: force.format ?? pick(FORMATS),
    labels: force.labels ?? pick(['one', 'three']),
    wrongRows: [],
  };
  // 小计 under 自然人 beside a 小计 printed first would name two columns alike.
  if (v.kind === 'front') v.npWord = false;
  // Space-aligned text and one cell per line print a row's labels as one run of text.
  if (v.format === 'space' || v.format === 'cell') v.labels = 'one';
  const spec = requestRows(combined);
  // Sub-columns printed in another order (the header names it).
  const subs = v.shuffled ? shuffle(SUBS, r) : SUBS;
  if (v.kind !== 'none' && (force.wrong ?? r() < 0.35)) {
    const n = 1 + Math.floor(r() * 2);
    for (let i = 0; i < n; i++) v.wrongRows.push(pick(spec)[2]);
  }
  // Printed columns: 'sub' is the subtotal.
  const order = {
    first: ['naturalPerson', 'sub', ...subs, 'total'],
    none: ['naturalPerson', ...subs, 'total'],
    front: ['sub', 'naturalPerson', ...subs, 'total'],
  }[v.kind] ?? ['naturalPerson', ...subs, 'sub', 'total'];
  const cell = (key, c) => {
    if (c !== 'sub') return get(data.requests, `${key}.${c}`);
    const sum = SUBS.reduce((s, k) => s + get(data.requests, `${key}.${k}`), 0);
    if (!v.wrongRows.includes(key)) return sum;
    const off = 1 + Math.floor(r() * 3);
    return sum >= off && r() < 0.5 ? sum - off : sum + off;
  };
  const labels = v.labels === 'three' ? threeLabelCells(spec) : spec.map(([g, l]) => [`${g}${l}`]);
  const rows = spec.map(([, , key], i) => [...labels[i], ...order.map((c) => cell(key, c))]);
  const subWord = v.kind === 'heji' ? '合计' : '小计';
  const groupSubs = order.filter((c) => SUBS.includes(c) || (c === 'sub' && v.kind !== 'heji' && v.kind !== 'front'));
  const L = labels[0].length;
  const leafWord = (c) => (c === 'sub' ? subWord : WORD[c]);
  // Header rows as cells with spans: [{ text, col, row, colSpan, rowSpan }] on a grid of L + order.length columns.
  const cells = [];
  if (v.head === 'group') {
    cells.push({ text: NOTE, col: 0, row: 0, colSpan: L, rowSpan: 3 }, { text: '申请人情况', col: L, row: 0, colSpan: order.length, rowSpan: 1 });
    let col = L;
    for (const c of order) {
      if (groupSubs.includes(c)) {
        if (c === groupSubs[0]) cells.push({ text: '法人或其他组织', col, row: 1, colSpan: groupSubs.length, rowSpan: 1 });
        cells.push({ text: leafWord(c), col, row: 2, colSpan: 1, rowSpan: 1 });
      } else if (c === 'naturalPerson' && v.npWord) {
        cells.push({ text: '自然人', col, row: 1, colSpan: 1, rowSpan: 1 }, { text: '小计', col, row: 2, colSpan: 1, rowSpan: 1 });
      } else cells.push({ text: leafWord(c), col, row: 1, colSpan: 1, rowSpan: 2 });
      col++;
    }
  } else if (v.head === 'flat') {
    cells.push({ text: NOTE, col: 0, row: 0, colSpan: L, rowSpan: 1 });
    order.forEach((c, i) => cells.push({ text: leafWord(c), col: i + L, row: 0, colSpan: 1, rowSpan: 1 }));
  }
  v.data = data;
  v.order = order;
  Object.assign(v, render(v, cells, rows, L + order.length));
  return v;
}

/** Paragraphs, table 二 and headings around table 三 (shared with t3-shape-variants.mjs). */
const PRE = ['示例县某某局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况'];
const T2 = [['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '1', '0', '4'], ['行政规范性文件', '2', '1', '9']];
const HEADING = '三、收到和处理政府信息公开申请情况';
const POST = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];

/** Header cells of one header row, in column order. */
const rowCells = (cells, row) => cells.filter((c) => c.row === row).sort((a, b) => a.col - b.col);
const headRows = (cells) => [...new Set(cells.map((c) => c.row))].sort();

export function render(v, cells, rows, width) {
  if (v.format === 'html') {
    const td = (c) => `<td${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}>${c.text}</td>`;
    const head = headRows(cells).map((i) => `<tr>${rowCells(cells, i).map(td).join('')}</tr>`).join('');
    const body = rows.map((x) => `<tr>${x.map((t) => `<td>${t}</td>`).join('')}</tr>`).join('');
    const t2 = `<table>${T2.map((x) => `<tr>${x.map((t) => `<td>${t}</td>`).join('')}</tr>`).join('')}</table>`;
    return { name: 'v.html', bytes: new TextEncoder().encode(`<html><body>${PRE.map((p) => `<p>${p}</p>`).join('')}${t2}<p>${HEADING}</p><table>${head}${body}</table>${POST.map((p) => `<p>${p}</p>`).join('')}</body></html>`) };
  }
  if (v.format === 'docx') {
    const esc = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const p = (t) => `<w:p><w:r><w:t>${esc(t)}</w:t></w:r></w:p>`;
    const tc = (t, span = 1, merge = '') => `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge ? `<w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}</w:tcPr>${p(merge === 'continue' ? '' : t)}</w:tc>`;
    const tbl = (trs) => `<w:tbl>${trs.map((x) => `<w:tr>${x}</w:tr>`).join('')}</w:tbl>`;
    // Header rows on the grid: a cell spanning rows prints once (vMerge restart) and continues below.
    const head = headRows(cells).map((i) => {
      const out = [];
      for (let col = 0; col < width; ) {
        const own = cells.find((c) => c.row === i && c.col === col);
        const above = cells.find((c) => c.row < i && c.row + c.rowSpan > i && c.col === col);
        if (own) out.push(tc(own.text, own.colSpan, own.rowSpan > 1 ? 'restart' : ''));
        else if (above) out.push(tc('', above.colSpan, 'continue'));
        col += (own ?? above)?.colSpan ?? 1;
      }
      return out.join('');
    });
    const body = rows.map((x) => x.map((t) => tc(t)).join(''));
    const xml = [...PRE.map(p), tbl(T2.map((x) => x.map((t) => tc(t)).join(''))), p(HEADING), tbl([...head, ...body]), ...POST.map(p)].join('');
    return { name: 'v.docx', bytes: new Uint8Array(docx(xml)) };
  }
  if (v.format === 'json') return jsonRecords(cells, rows, width);
  let lines;
  if (v.format === 'box' || v.format === 'pipe') {
    // The header on the grid: each cell's text at its first column, spanned columns blank.
    const head = headRows(cells).map((i) => {
      const line = Array(width).fill('');
      for (const c of rowCells(cells, i)) line[c.col] = c.text;
      return line;
    });
    const table = [...head, ...rows.map((x) => x.map(String))];
    const text = v.format === 'box' ? boxText(table) : ['', ...pipeText(head.length ? table : [Array(width).fill(''), ...table]), ''];
    lines = [...PRE, ...T2.map((x) => x.join('\t')), HEADING, ...text, ...POST];
    return { name: v.format === 'pipe' ? 'v.md' : 'v.txt', bytes: new TextEncoder().encode(lines.join('\n')) };
  }
  if (v.format === 'cell') {
    // Plain pdftotext of a ruled table: every cell on a line of its own, header cells in reading order.
    lines = [...headRows(cells).flatMap((i) => rowCells(cells, i).map((c) => c.text)), ...rows.flat().map(String)];
    lines = [...PRE, ...T2.flat(), HEADING, ...lines, ...POST];
  } else if (v.format === 'tab') {
    lines = [...PRE, ...T2.map((x) => x.join('\t')), HEADING, ...headRows(cells).map((i) => rowCells(cells, i).map((c) => c.text).join('\t')), ...rows.map((x) => x.join('\t')), ...POST];
  } else {
    // pdftotext -layout: fixed character columns; the label column wide, each value column 8 wide, header words centred over their span.
    const LABEL = 40, COL = 8;
    const at = (col) => (col === 0 ? 0 : LABEL + (col - 1) * COL);
    const line = (parts) => {
      let s = '';
      for (const { text, start } of parts) s = `${s.padEnd(start, ' ')}${s.length > start ? '  ' : ''}${text}`;
      return s.trimEnd();
    };
    const head = headRows(cells).map((i) => line(rowCells(cells, i).filter((c) => c.col > 0).map((c) => {
      const w = c.colSpan * COL;
      return { text: c.text, start: at(c.col) + Math.max(0, Math.floor((w - c.text.length * 2) / 2)) };
    })));
    const body = rows.map((x) => line(x.map((t, i) => ({ text: String(t), start: i === 0 ? 0 : at(i) + COL - 2 - String(t).length }))));
    lines = [...PRE, ...T2.map((x) => x.join('    ')), HEADING, ...head, ...body, ...POST];
  }
  return { name: 'v.txt', bytes: new TextEncoder().encode(lines.join('\n')) };
}

/**
 * The tables as JSON records (a spreadsheet exported by a data portal): table 三's rows as objects
 * keyed by their header path ('申请人情况_法人或其他组织_小计'; '列4' … where the header is lost),
 * the label cells keyed 类别 / 项目 / 细项.
 */
function jsonRecords(cells, rows, width) {
  const keys = Array.from({ length: width }, (_, col) => {
    const path = headRows(cells).flatMap((i) => cells.filter((c) => c.row === i && c.col <= col && col < c.col + c.colSpan && c.text !== NOTE).map((c) => c.text));
    return path.length ? path.join('_') : `列${col + 1}`;
  });
  const labelCount = rows[0].findIndex((x) => typeof x === 'number');
  const records = rows.map((x) => Object.fromEntries(x.map((t, i) => [i < labelCount ? ['类别', '项目', '细项'][i] : keys[i], t])));
  return { name: 'v.json', bytes: new TextEncoder().encode(JSON.stringify([T2, records], null, 1)) };
}

/**
 * Table 三's fields of a variant scored: right ≥ 0.9, low (right < 0.9 or missing), wrong ≥ 0.9, wrong
 * below; `lib` the library's { extract, flattenData } (dist/ or src/ from a test).
 */
export async function measure(v, { extract, flattenData }) {
  const rep = await extract(v.bytes, { name: v.name });
  const got = flattenData(rep.data);
  const t = { right: 0, low: 0, wrong: 0, wrongLow: 0, wrongRowsHigh: 0 };
  for (const [k, truth] of flattenData({ requests: v.data.requests })) {
    const conf = rep.fields[k]?.confidence ?? 0;
    t[verdict(got.get(k), truth, conf)]++;
    // A row printing a wrong subtotal: its five sub-columns may be the wrong ones; none stays ≥ 0.9.
    const row = k.slice('requests.'.length, k.lastIndexOf('.'));
    if (v.wrongRows.includes(row) && SUBS.includes(k.slice(k.lastIndexOf('.') + 1)) && conf >= 0.9) t.wrongRowsHigh++;
  }
  return { ...t, report: rep };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const lib = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
  const [from, to] = seedRange('1..60');
  const tally = {};
  for (let seed = from; seed <= to; seed++) {
    const v = build(seed);
    const m = await measure(v, lib);
    const key = `${v.kind}/${v.head === 'lost' ? 'lost' : 'header'}`;
    const t = (tally[key] ??= { n: 0, right: 0, low: 0, wrong: 0, wrongLow: 0, wrongRowsHigh: 0 });
    t.n++;
    for (const f of ['right', 'low', 'wrong', 'wrongLow', 'wrongRowsHigh']) t[f] += m[f];
    const codes = m.report.warnings.map((x) => x.code).filter((c) => c.startsWith('columns_') || c === 'rows_unread');
    if (m.wrong || m.wrongRowsHigh || process.argv.includes('--show')) {
      console.log(`seed ${seed} ${v.format} kind=${v.kind}${v.shuffled ? ' shuffled' : ''}${v.combined ? ' combined' : ''} head=${v.head}${v.npWord ? '+np小计' : ''} wrongRows=${v.wrongRows.join(',') || '-'}: right ${m.right} low ${m.low} WRONG ${m.wrong} wrongLow ${m.wrongLow} wrongRowHigh ${m.wrongRowsHigh} ${codes.join(',')}`);
    }
  }
  const sum = { right: 0, low: 0, wrong: 0, wrongLow: 0, wrongRowsHigh: 0 };
  for (const [k, t] of Object.entries(tally).sort()) {
    console.log(`${k.padEnd(12)} ${String(t.n).padStart(3)} docs: right ${t.right}, low ${t.low}, wrong at >= 0.9 ${t.wrong}, wrong below 0.9 ${t.wrongLow}, wrong-subtotal rows' parts >= 0.9 ${t.wrongRowsHigh}`);
    for (const f of Object.keys(sum)) sum[f] += t[f];
  }
  console.log(`seeds ${from}..${to}: right ${sum.right}, low ${sum.low}, wrong at >= 0.9 ${sum.wrong}, wrong below 0.9 ${sum.wrongLow}, wrong-subtotal rows' parts >= 0.9 ${sum.wrongRowsHigh}`);
  process.exit(sum.wrong ? 1 : 0);
}
