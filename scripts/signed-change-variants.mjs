#!/usr/bin/env node
/**
 * Reports (2019 template) whose table 二 prints 本年增/减 (`change`, the one signed column) with a sign
 * apart from its number ('－ 3', '- 3', '— 3', '−  12': every dash/minus character, one or two spaces)
 * or glued ('-3'), mixed with not-applicable marks ('—', '－', '-', '/': null) and blank zeros in any
 * column, and table 三 as counts — dumped the ways text and HTML reach the reader: `layout` (cells at
 * fixed places, wide gaps), `narrow` (a narrow page's layout: a mark one space from the next cell),
 * `tab` (cells split at tabs, empty ones kept), `sp` (a crawler's line, cells joined by one space, empty
 * ones gone), `pipe` (BeautifulSoup get_text('|', strip=True): the whole page one line, every text
 * node joined by '|', empty cells gone), `plain` (a cell per line), `html` (a table). Each value's truth is known: the question is
 * whether a dash before a number is its minus sign or a mark in a cell of its own (map/signed-pairs).
 *
 *   node scripts/signed-change-variants.mjs --seeds 1..20 [--dumps layout,narrow,tab,sp,pipe,plain,html] [--dist DIR] [--out DIR] [--all]
 *
 * Prints per dump: fields right, wrong, wrong at ≥ 0.9 and 0.8–0.9, open (null/ambiguous where a value
 * was printed), and the wrong ones at ≥ 0.8 with --all. --out writes each document and its truth.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ACTIVE_2019, COLS, makeValues, requestRows, requestValues, rng } from './template-data.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const [lo, hi] = arg('seeds', '1..20').split('..').map(Number);
const DUMPS = arg('dumps', 'layout,narrow,tab,sp,plain,html').split(',');
const DIST = resolve(arg('dist', 'dist'));
const OUT = arg('out', null);
const ALL = process.argv.includes('--all');

/** The signs a report may print before a negative change: ASCII hyphen-minus, full-width, U+2212, em and en dash. */
const SIGNS = ['-', '－', '−', '—', '–'];
/** Not-applicable marks (null). */
const MARKS = ['—', '－', '-', '/'];

/**
 * Table 二's printed cells and truth for one seed: each cell a string ('' = blank, read 0), the truth
 * a number or null (a mark printed). Changes are negative half the time.
 */
function activeCells(seed) {
  const r = rng(seed * 7919 + 13);
  const data = makeValues(seed, { version: '2019' }).activeDisclosure;
  const rows = [];
  const truth = new Map();
  for (const [group, label, key, cols] of ACTIVE_2019) {
    const cells = cols.map((c) => {
      let v = data[key][c];
      if (c === 'change') v = Math.round(r() * 30) - 15;
      const k = `activeDisclosure.${key}.${c}`;
      const x = r();
      if (x < 0.1) return truth.set(k, null), MARKS[Math.floor(r() * MARKS.length)];
      if (x < 0.2 || v === 0) return truth.set(k, 0), r() < 0.5 ? '' : '0';
      truth.set(k, v);
      if (c !== 'change' || v > 0) return String(v);
      const sign = SIGNS[Math.floor(r() * SIGNS.length)];
      // Glued one time in five (the common print); else one or two spaces apart.
      const gap = r() < 0.2 ? '' : r() < 0.75 ? ' ' : '  ';
      // A dash glued to its number is no sign the reader takes but '-'/'−' (the others are marks or words): printed apart then.
      return `${sign}${gap === '' && !['-', '−'].includes(sign) ? ' ' : gap}${-v}`;
    });
    rows.push({ group, label, key, cols, cells });
  }
  return { rows, truth };
}

function requestCells(seed) {
  const data = makeValues(seed, { version: '2019', scale: 60 });
  const truth = new Map();
  const rows = requestRows(false).map(([group, label, key]) => {
    const values = requestValues(data, key);
    values.forEach((v, i) => truth.set(`requests.${key}.${COLS[i]}`, v));
    return { label: [group, label].filter(Boolean).join(' '), cells: values.map(String) };
  });
  return { rows, truth };
}

const HEAD = ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'];
const HEAD_ITEMS = ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'];
const HEAD_FEES = ['信息内容', '上一年项目数量', '本年增/减'];
const HEAD_PROC = ['信息内容', '采购项目数量', '采购总金额'];
const headOf = (key) => (key === 'regulations' ? HEAD : key === 'fees' ? HEAD_FEES : key === 'procurement' ? HEAD_PROC : HEAD_ITEMS);

/** Display width of a string (CJK two cells). */
const width = (s) => [...s].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) && !SIGNS.includes(c) && c !== '/' ? 2 : 1), 0);
const pad = (s, w) => s + ' '.repeat(Math.max(0, w - width(s)));
const lpad = (s, w) => ' '.repeat(Math.max(0, w - width(s))) + s;

/** One line of a table in a dump: label then cells. */
function line(dump, label, cells, r) {
  switch (dump) {
    case 'tab':
      return [label, ...cells].join('\t');
    case 'sp':
      // A crawler's text: white space inside a cell collapses to one space, as HTML renders it.
      return [label, ...cells.filter((c) => c !== '').map((c) => c.replace(/\s+/g, ' '))].join(' ');
    case 'plain':
      return [label, ...cells.filter((c) => c !== '')].join('\n');
    case 'pipe':
      // get_text('|', strip=True): each text node stripped (a cell's inner spaces kept), empty ones gone; a row label's group and item are two nodes.
      return [...label.split(' '), ...cells].map((c) => c.trim()).filter((c) => c !== '').join('|');
    case 'layout':
      return pad(label, 26) + cells.map((c) => lpad(c, 16)).join('');
    case 'narrow': {
      // Columns squeezed: a mark or a signed number one space from its neighbour at random.
      let out = pad(label, 22);
      cells.forEach((c, i) => {
        const tight = i > 0 && (MARKS.includes(c) || MARKS.includes(cells[i - 1]) || /^\D/.test(c)) && r() < 0.6;
        out += i === 0 ? lpad(c, 6) : tight ? ` ${c}` : `   ${c}`;
      });
      return out;
    }
    default:
      throw new Error(dump);
  }
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function documentOf(seed, dump) {
  const r = rng(seed * 31 + dump.length);
  const act = activeCells(seed);
  const req = requestCells(seed);
  const title = `示例县第${seed}局2019年政府信息公开工作年度报告`;
  const intro = ['一、总体情况', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '二、主动公开政府信息情况'];
  const reqHead = ['申请人情况', '自然人 法人或其他组织 总计', '商业企业 科研机构 社会公益组织 法律服务机构 其他'];
  const tail = ['四、政府信息公开行政复议、行政诉讼情况', '本年度无行政复议、行政诉讼。', '五、存在的主要问题及改进情况', '无。'];
  if (dump === 'html') {
    const table = (rows) => `<table border="1">${rows.map((cells) => `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
    const blocks = act.rows.map((row) => `${row.group ? `<p>${row.group}</p>` : ''}${table([headOf(row.key), [row.label, ...row.cells]])}`);
    const reqTable = table([['', '', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'], ...req.rows.map((row) => [row.label, '', ...row.cells])]);
    const html = `<html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${intro.map((p) => `<p>${p}</p>`).join('')}${blocks.join('')}<p>三、收到和处理政府信息公开申请情况</p>${reqTable}${tail.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    return { text: html, name: `signed-${seed}.html`, truth: new Map([...act.truth, ...req.truth]) };
  }
  const lines = [title, '', ...intro];
  for (const row of act.rows) {
    if (row.group) lines.push(row.group, line(dump === 'narrow' ? 'layout' : dump, headOf(row.key)[0], headOf(row.key).slice(1), r));
    lines.push(line(dump, row.label, row.cells, r));
  }
  lines.push('三、收到和处理政府信息公开申请情况', ...reqHead);
  for (const row of req.rows) lines.push(line(dump === 'narrow' ? 'layout' : dump, row.label, row.cells, r));
  lines.push(...tail);
  // get_text('|') joins the page's text nodes into one line; a header line of several words ('自然人 法人或其他组织 总计') is several cells.
  if (dump === 'pipe') return { text: `${lines.filter((l) => l.trim() !== '').map((l) => (l.includes('|') ? l : l.split(/\s+/).filter(Boolean).join('|'))).join('|')}\n`, name: `signed-${seed}-${dump}.txt`, truth: new Map([...act.truth, ...req.truth]) };
  return { text: `${lines.join('\n')}\n`, name: `signed-${seed}-${dump}.txt`, truth: new Map([...act.truth, ...req.truth]) };
}

const { extract, flattenData } = await import(join(DIST, 'index.js'));
const total = {};
for (const dump of DUMPS) {
  const t = (total[dump] = { docs: 0, right: 0, wrong: 0, W9: 0, W8: 0, open: 0, naWrong: 0 });
  for (let seed = lo; seed <= hi; seed++) {
    const doc = documentOf(seed, dump);
    if (OUT) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, doc.name), doc.text);
      writeFileSync(join(OUT, doc.name.replace(/\.\w+$/, '.json')), JSON.stringify(Object.fromEntries(doc.truth), null, 1));
    }
    const rep = await extract(new TextEncoder().encode(doc.text), { name: doc.name, timeoutMs: 400000 });
    t.docs++;
    const got = new Map(flattenData(rep.data ?? {}));
    for (const [key, want] of doc.truth) {
      const v = got.get(key);
      const conf = rep.fields?.[key]?.confidence ?? 0;
      if (want === null) {
        if (typeof v === 'number') t.naWrong++;
        continue;
      }
      if (typeof v !== 'number') t.open++;
      else if (v === want) t.right++;
      else {
        t.wrong++;
        if (conf >= 0.9) t.W9++;
        else if (conf >= 0.8) t.W8++;
        if (ALL && conf >= 0.8) console.log(`  ${doc.name} ${key}: ${v} (want ${want}) @${conf}`);
      }
    }
  }
  console.log(`${dump.padEnd(8)} ${JSON.stringify(t)}`);
}
