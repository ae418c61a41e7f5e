/**
 * @file A report's tables as a scraper saved them: CSV (comma, semicolon or tab; quoted cells,
 * '"1,234"' thousands; UTF-8, BOM or GBK; one table per file or all of them one after the other with
 * blank rows or a title row between), JSON (rows of cells; records keyed by the header text;
 * `{"tables":[{title, rows}]}`; pandas `to_json` split / records / index) or .xlsx (a sheet per table
 * or one sheet; merged header cells; formula totals with cached results; numbers stored as text;
 * error cells; short rows; table 三 transposed). Used by scripts/scrape-variants.mjs and its test.
 * With `{ hidden: true }` an .xlsx also keeps, out of sight, another year's values: hidden rows
 * after data rows and a hidden (or zero-width) column among the value columns, as a workbook reused
 * from last year does; a reader must leave them out.
 *
 * `scrape(seed)` → `{ name, bytes, keys, undetermined, v }`: `keys` the dotted keys the file prints,
 * `undetermined` those it no longer determines (an error cell; a blank or missing cell printed for
 * 0): for those missing or low is right, and a value at ≥ 0.9 must still be right.
 */
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { activeTable, reviewTable } from './make-samples.mjs';
import { COLS, get, makeValues, requestRows, rng, REVIEW_COLS, REVIEW_GROUPS, ACTIVE_2021, ACTIVE_2019, REQUEST_NOTE } from './template-data.mjs';

const LEAVES_3 = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const NOTE = REQUEST_NOTE;
const REVIEW_LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const TITLES = {
  activeDisclosure: ['二、主动公开政府信息情况', '表二', '主动公开政府信息情况'],
  requests: ['三、收到和处理政府信息公开申请情况', '表三', '收到和处理政府信息公开申请情况'],
  reviewLitigation: ['四、政府信息公开行政复议、行政诉讼情况', '表四', '政府信息公开行政复议、行政诉讼情况'],
};
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/**
 * One table as a grid: `head` rows (merged cells as ''), `body` rows of [labels…, values…], `keys`
 * the dotted key of each body value cell (null for a label), `flat` the one-line header.
 */
function requestsGrid(data, r, v) {
  const head = v.header === 'grid'
    ? [[NOTE, '', '申请人情况', '', '', '', '', '', ''], ['', '', '自然人', '法人或其他组织', '', '', '', '', '总计'], ['', '', '', ...LEAVES_3.slice(1, 6), '']]
    : [['', '', ...LEAVES_3.map((l, i) => (v.header === 'leaves' ? l : ['申请人情况', ...(i > 0 && i < 6 ? ['法人或其他组织'] : []), l].join(v.joiner)))]];
  let group = '';
  const body = requestRows(v.version === '2019').map(([g, label, key]) => {
    if (g) group = g;
    if (/^[一二三四]、/.test(label) || label === '（七）总计') group = '';
    const shown = v.groups === 'fill' ? (g || (/^\d/.test(label) ? group : '')) : g;
    return { cells: [shown, label, ...COLS.map((c) => get(data.requests, `${key}.${c}`))], keys: [null, null, ...COLS.map((c) => `requests.${key}.${c}`)] };
  });
  return { head, body };
}

function activeGrid(data, version) {
  const spec = version === '2021' ? ACTIVE_2021 : ACTIVE_2019;
  const width = 1 + Math.max(...spec.map((s) => s[3].length));
  const pad = (cells) => [...cells, ...Array(width - cells.length).fill('')];
  const rows = activeTable(data, version).map((row) => {
    if (row.kind !== 'data') return { cells: pad(row.cells), keys: [] };
    const cols = spec.find((s) => s[2] === row.key)[3];
    return { cells: pad([row.cells[0], ...cols.map((c) => get(data.activeDisclosure, `${row.key}.${c}`))]), keys: [null, ...cols.map((c) => `activeDisclosure.${row.key}.${c}`)] };
  });
  return { head: [], body: rows };
}

function reviewGrid(data, v) {
  const head = v.header === 'grid'
    ? [['行政复议', '', '', '', '', '行政诉讼', ...Array(9).fill('')], [...Array(5).fill(''), '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''], [...REVIEW_LEAVES, ...REVIEW_LEAVES, ...REVIEW_LEAVES]]
    : [REVIEW_GROUPS.flatMap((g, gi) => REVIEW_LEAVES.map((l) => (v.header === 'leaves' && gi === 0 ? l : [['行政复议'], ['行政诉讼', '未经复议直接起诉'], ['行政诉讼', '复议后起诉']][gi].concat(l).join(v.joiner))))];
  const keys = REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => `reviewLitigation.${g}.${c}`));
  return { head, body: [{ cells: keys.map((k) => get(data, k)), keys }] };
}

/** Table 三 with the requests as columns and the applicant kinds as rows (xlsx/CSV `transposed`). */
function transpose(grid) {
  const labels = grid.body.map((b) => b.cells[1]);
  const body = LEAVES_3.map((leaf, i) => ({ cells: [leaf, ...grid.body.map((b) => b.cells[2 + i])], keys: [null, ...grid.body.map((b) => b.keys[2 + i])] }));
  return { head: [['申请人情况', ...labels]], body };
}

/** Formats a value cell as the scraper wrote it: thousands separators, numbers as text. */
function shown(value, v) {
  if (typeof value !== 'number') return value;
  if (v.thousands && Math.abs(value) >= 1000) return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return value;
}

const csvQuote = (cell, delim, always) => {
  const s = String(cell);
  return always || s.includes(delim) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function toCsv(tables, v) {
  const out = [];
  tables.forEach(({ name, grid }, i) => {
    if (i > 0 && v.between !== 'title') out.push([]);
    if (v.between !== 'blank' && tables.length > 1) out.push([v.title[name]]);
    for (const h of grid.head) out.push(h);
    for (const b of grid.body) out.push(b.cells.map((c) => shown(c, v)));
  });
  const text = out.map((row) => row.map((c) => csvQuote(c, v.delim, v.quoteAll)).join(v.delim)).join(v.eol) + v.eol;
  if (v.encoding === 'gbk') return iconv.encode(text, 'gbk');
  return Buffer.from((v.encoding === 'bom' ? '\ufeff' : '') + text, 'utf8');
}

/** The grid's header as one text per column (pandas-style, joined levels) for records / split / index. */
function flatHeader(grid) {
  const width = Math.max(...[...grid.head, ...grid.body.map((b) => b.cells)].map((x) => x.length));
  const above = Array.from({ length: width }, () => []);
  for (const h of grid.head) h.forEach((c, j) => { if (c !== '' && c !== NOTE) above[j].push(c); });
  let carry = [];
  return above.map((words, j) => {
    const name = words.join('_') || (j === 0 ? '类别' : j === 1 ? '项目' : `列${j}`);
    carry = words;
    return name;
  });
}

function toJsonTable(grid, v) {
  const cells = (b) => b.cells.map((c) => shown(c, v));
  if (v.json === 'rows') return [...grid.head, ...grid.body.map(cells)];
  const names = uniq(flatHeader(grid));
  if (v.json === 'records') return grid.body.map((b) => Object.fromEntries(cells(b).map((c, j) => [names[j], c])));
  // pandas: the label columns as the index, or its RangeIndex (0, 1, …) when the table has none (table 二's rows are mixed).
  const labelCols = grid.body.every((b) => b.keys.length > 0) ? grid.body[0].keys.filter((k) => k === null).length : 0;
  const index = grid.body.map((b, i) => b.cells.slice(0, labelCols).filter((c) => c !== '').join(' ') || String(i));
  if (v.json === 'split') return { columns: names.slice(labelCols), index, data: grid.body.map((b) => cells(b).slice(labelCols)) };
  return Object.fromEntries(grid.body.map((b, i) => [index[i], Object.fromEntries(cells(b).slice(labelCols).map((c, j) => [names[labelCols + j], c]))]));
}

function uniq(names) {
  const seen = new Map();
  return names.map((n) => { const k = seen.get(n) ?? 0; seen.set(n, k + 1); return k ? `${n}.${k}` : n; });
}

function toJson(tables, v) {
  const one = tables.map(({ name, grid }) => ({ title: v.title[name], rows: toJsonTable(grid, v) }));
  const doc = tables.length === 1 ? one[0].rows : v.multi === 'tables' ? { tables: one } : Object.fromEntries(one.map((t) => [t.title, t.rows]));
  return Buffer.from(JSON.stringify(doc, null, v.indent), 'utf8');
}

async function toXlsx(tables, v, r, undetermined) {
  const wb = new ExcelJS.Workbook();
  let ws = null;
  for (const { name, grid } of tables) {
    if (!ws || v.sheets === 'each') ws = wb.addWorksheet(v.sheets === 'each' ? v.title[name].slice(0, 30) : 'Sheet1');
    else ws.addRow([]);
    if (v.sheets !== 'each') ws.addRow([v.title[name]]);
    for (const head of grid.head) {
      const h = withHidden(head, v.hidden, () => '');
      const row = ws.addRow(h.map((c) => (c === '' ? null : c)));
      if (v.merge) mergeBlanks(ws, row.number, h);
    }
    for (const b of grid.body) {
      const row = ws.addRow(withHidden(b.cells, v.hidden, (c) => decoy(c, v.hidden)).map((c) => (c === '' ? null : c)));
      // Where cell j of the table sits in the sheet: after the hidden column, one further right.
      const at = (j) => (v.hidden?.col !== undefined && b.cells.length > v.hidden.col && j >= v.hidden.col ? j + 1 : j);
      b.cells.forEach((c, j) => {
        const cell = row.getCell(at(j) + 1);
        if (typeof c !== 'number') return;
        if (v.asText && r() < 0.5) cell.value = String(c);
        if (b.keys[j] && r() < v.errors) { cell.value = { error: pick(r, ['#VALUE!', '#REF!', '#N/A', '#DIV/0!']) }; undetermined.add(b.keys[j]); }
        else if (v.formulas && /\.total$/.test(b.keys[j] ?? '') && j > 2) cell.value = { formula: `SUM(${col(j - 6)}${row.number}:${col(j - 1)}${row.number})`, result: c };
      });
      if (v.short) {
        let end = b.cells.length;
        while (end > 1 && b.cells[end - 1] === 0 && b.keys[end - 1]) { row.getCell(at(end - 1) + 1).value = null; undetermined.add(b.keys[end - 1]); end--; }
      }
      if (v.hidden && b.keys.some(Boolean) && v.hidden.r() < v.hidden.rows) {
        const other = ws.addRow(withHidden(b.cells.map((c) => decoy(c, v.hidden)), v.hidden, (c) => decoy(c, v.hidden)).map((c) => (c === '' ? null : c)));
        other.hidden = true;
      }
    }
    if (v.hidden?.col !== undefined) ws.getColumn(v.hidden.col + 1).hidden = true;
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return v.hidden?.zeroWidth ? zeroWidthColumns(bytes) : bytes;
}

/** The hidden columns of every sheet written as columns of zero width instead (exceljs writes no width 0; Excel shows neither). */
async function zeroWidthColumns(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name).async('string');
    zip.file(name, xml.replace(/(<col [^>]*?)width="[^"]*"([^>]*?)hidden="1"/g, '$1width="0"$2'));
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Another year's value for a value cell (a number changed, never the same); other cells as they are. */
function decoy(c, hidden) {
  return typeof c === 'number' ? c + 1 + Math.floor(hidden.r() * 9) : c;
}

/** A row's cells with the hidden column's cell put in (another year's value for a value row). */
function withHidden(cells, hidden, value) {
  if (hidden?.col === undefined || cells.length <= hidden.col) return cells;
  const at = hidden.col;
  const shown = typeof cells[at] === 'number' || typeof cells[at - 1] === 'number' ? value(typeof cells[at] === 'number' ? cells[at] : cells[at - 1]) : '';
  return [...cells.slice(0, at), shown, ...cells.slice(at)];
}

const col = (j) => String.fromCharCode(65 + j);

/** Merges each non-empty header cell with the empty cells to its right (a colspan saved as a merge). */
function mergeBlanks(ws, rowNumber, cells) {
  for (let j = 0; j < cells.length; j++) {
    if (cells[j] === '') continue;
    let end = j;
    while (end + 1 < cells.length && cells[end + 1] === '') end++;
    if (end > j) ws.mergeCells(rowNumber, j + 1, rowNumber, end + 1);
  }
}

/**
 * The scraped file of seed `seed`. `hidden`: an .xlsx keeps another year's values in hidden rows
 * and a hidden column (drawn from a stream of its own: the file's other choices are as without it).
 */
export async function scrape(seed, { hidden = false } = {}) {
  const r = rng(seed * 7919 + 13);
  const version = r() < 0.8 ? '2021' : '2019';
  const data = makeValues(seed, { version, combined: version === '2019', scale: pick(r, [30, 30, 3000]) });
  const format = pick(r, ['csv', 'json', 'xlsx']);
  const v = { format, version, header: pick(r, ['grid', 'grid', 'merged', 'leaves']), joiner: pick(r, ['_', '-', '/', '']), groups: pick(r, ['span', 'fill']), thousands: r() < 0.5 };
  v.title = Object.fromEntries(Object.entries(TITLES).map(([k, ts]) => [k, pick(r, ts)]));
  let t3 = requestsGrid(data, r, v);
  if (format !== 'json' && r() < 0.2) { t3 = transpose(t3); v.transposed = true; }
  const all = [{ name: 'activeDisclosure', grid: activeGrid(data, version) }, { name: 'requests', grid: t3 }, { name: 'reviewLitigation', grid: reviewGrid(data, v) }];
  const tables = r() < 0.25 ? [pick(r, all)] : all;
  const undetermined = new Set();
  let bytes;
  if (format === 'csv') {
    Object.assign(v, { delim: pick(r, [',', ',', ';', '\t']), quoteAll: r() < 0.4, encoding: pick(r, ['utf8', 'bom', 'gbk']), eol: pick(r, ['\n', '\r\n']), between: pick(r, ['blank', 'title', 'both']) });
    bytes = toCsv(tables, v);
  } else if (format === 'json') {
    Object.assign(v, { json: pick(r, ['rows', 'records', 'split', 'index']), multi: pick(r, ['tables', 'titled']), indent: pick(r, [0, 2]) });
    bytes = toJson(tables, v);
  } else {
    Object.assign(v, { sheets: pick(r, ['each', 'one']), merge: r() < 0.6, asText: r() < 0.3, formulas: r() < 0.5, errors: r() < 0.3 ? 0.03 : 0, short: r() < 0.3 });
    if (hidden) {
      const h = rng(seed * 104729 + 7);
      v.hidden = { r: h, rows: pick(h, [0, 0.5, 1]), col: h() < 0.7 ? 2 + Math.floor(h() * 6) : undefined, zeroWidth: h() < 0.3 };
    }
    bytes = await toXlsx(tables, v, r, undetermined);
  }
  const keys = tables.flatMap(({ grid }) => grid.body.flatMap((b) => b.keys.filter(Boolean)));
  const shownV = { ...v, tables: tables.map((t) => t.name), title: undefined, ...(v.hidden ? { hidden: { rows: v.hidden.rows, col: v.hidden.col, zeroWidth: v.hidden.zeroWidth } } : {}) };
  return { name: `scrape-${seed}.${format}`, bytes: new Uint8Array(bytes), keys, truth: (k) => get(data, k), undetermined, v: shownV };
}
