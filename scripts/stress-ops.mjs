/**
 * @file Damage operators of the stress generator (scripts/stress.mjs): the faults real files show,
 * each a `{ name, formats, apply(doc, r) }`. Extend the list by pushing an entry to `OPERATORS`.
 *
 * A `doc` is the report before rendering: `doc.tables.{activeDisclosure,requests,reviewLitigation}`
 * are printed rows `{ kind, key, group, cells }` (cells[0] the label, except table 四), `doc.data`
 * the chosen (expected) values, `doc.style` the text style. An operator changes the rows (or sets a
 * rendering hook) and returns true when it applied. When it destroys information it adds the keys
 * the damaged input no longer determines to `doc.undetermined`: for those the right answer is
 * missing, ambiguous or a confidence below 0.9 (a value at ≥ 0.9 must still be right).
 * `formats` lists where it applies: 'text' (text dumps), 'html' (HTML, and PDF/docx printed from it).
 */
import { ACTIVE_2019, ACTIVE_2021, COLS, makeValues, REVIEW_COLS, REVIEW_GROUPS } from './template-data.mjs';
import { requestTable } from './make-samples.mjs';

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const dataRows = (rows) => rows.filter((x) => x.kind === 'data' && x.key);
const ZW = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u2060'];

/** Dotted keys printed by a row. */
export function rowKeys(doc, table, row) {
  if (!row.key) return [];
  if (table === 'reviewLitigation') return REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => `reviewLitigation.${g}.${c}`));
  if (table === 'requests') return COLS.map((c) => `requests.${row.key}.${c}`);
  const spec = (doc.version === '2021' ? ACTIVE_2021 : ACTIVE_2019).find((s) => s[2] === row.key);
  return spec[3].map((c) => `activeDisclosure.${row.key}.${c}`);
}

/** A random labelled data row of table 二 or 三: [table, index in rows, row]. */
function someRow(doc, r, tables = ['activeDisclosure', 'requests']) {
  const table = pick(r, tables);
  const rows = doc.tables[table];
  const idx = rows.map((x, i) => (x.kind === 'data' && x.key ? i : -1)).filter((i) => i >= 0);
  const i = pick(r, idx);
  return [table, i, rows[i]];
}

const undetermine = (doc, table, row) => rowKeys(doc, table, row).forEach((k) => doc.undetermined.add(k));

/** Label text after its numbering: ('1.属于国家秘密' → ['1.', '属于国家秘密']). */
const splitNumbering = (label) => {
  const m = /^((?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.))?(.*)$/.exec(label);
  return [m[1] ?? '', m[2]];
};

export const OPERATORS = [
  { name: 'none', formats: ['text', 'html'], apply: () => true },
  {
    name: 'rowDeleted',
    formats: ['text', 'html'],
    apply(doc, r) {
      const [table, i, row] = someRow(doc, r);
      undetermine(doc, table, row);
      const next = doc.tables[table][i + 1];
      if (row.group && next && !next.group) next.group = row.group; // the group label stays printed
      doc.tables[table].splice(i, 1);
      return true;
    },
  },
  {
    name: 'rowDuplicated',
    formats: ['text', 'html'],
    apply(doc, r) {
      const [table, i, row] = someRow(doc, r);
      doc.tables[table].splice(i + 1, 0, { ...row, group: '', cells: [...row.cells] });
      return true;
    },
  },
  {
    name: 'cellDropped',
    formats: ['text', 'html'],
    apply(doc, r) {
      const [table, , row] = someRow(doc, r, ['activeDisclosure', 'requests', 'reviewLitigation']);
      const first = table === 'reviewLitigation' ? 0 : 1;
      if (row.cells.length - first < 2) return false;
      row.cells.splice(first + Math.floor(r() * (row.cells.length - first)), 1);
      undetermine(doc, table, row);
      return true;
    },
  },
  {
    name: 'labelTruncated',
    formats: ['text', 'html'],
    apply(doc, r) {
      const [table, , row] = someRow(doc, r);
      const [num, text] = splitNumbering(row.cells[0]);
      if (text.length < 4) return false;
      row.cells[0] = num + text.slice(0, 2 + Math.floor(r() * (text.length - 3)));
      undetermine(doc, table, row);
      return true;
    },
  },
  {
    name: 'labelTailNextLine',
    formats: ['text', 'html'],
    apply(doc, r) {
      const [table, i, row] = someRow(doc, r);
      const [num, text] = splitNumbering(row.cells[0]);
      if (text.length < 5) return false;
      const cut = 2 + Math.floor(r() * (text.length - 3));
      row.cells[0] = num + text.slice(0, cut);
      const blanks = r() < 0.5 ? row.cells.slice(1).map(() => '') : [];
      doc.tables[table].splice(i + 1, 0, { kind: 'data', key: null, group: '', cells: [text.slice(cut), ...blanks] });
      return true;
    },
  },
  {
    name: 'labelTailNextPage',
    formats: ['text'],
    apply(doc, r) {
      const [table, i, row] = someRow(doc, r);
      const [num, text] = splitNumbering(row.cells[0]);
      if (text.length < 5) return false;
      const cut = 2 + Math.floor(r() * (text.length - 3));
      row.cells[0] = num + text.slice(0, cut);
      doc.tables[table].splice(i + 1, 0, { kind: 'text', cells: [`— ${2 + Math.floor(r() * 3)} —`] }, { kind: 'data', key: null, group: '', cells: [text.slice(cut)] });
      return true;
    },
  },
  {
    name: 'headerGlued',
    formats: ['text', 'html'],
    apply(doc, r) {
      const [, , row] = someRow(doc, r);
      row.cells[0] = pick(r, ['申请人情况', '总计', '其他', '商业企业', '信息内容', '法人或其他组织']) + row.cells[0];
      return true;
    },
  },
  {
    name: 'numberingGlued',
    formats: ['text'],
    apply(doc, r) {
      if (doc.pages) return false; // see pageInterleaved
      const rows = doc.tables.requests;
      const idx = rows.map((x, i) => (x.kind === 'data' && x.key && /^\d+\./.test(rows[i + 1]?.cells[0] ?? '') && !rows[i + 1].group ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) return false;
      const i = pick(r, idx);
      const [a, b] = [rows[i], rows[i + 1]];
      a.cells = [...a.cells.slice(0, -1), `${a.cells.at(-1)}${b.cells[0]}`, ...b.cells.slice(1)];
      a.glued = b.key;
      rows.splice(i + 1, 1);
      undetermine(doc, 'requests', a);
      undetermine(doc, 'requests', b);
      return true;
    },
  },
  {
    name: 'identicalCollapsed',
    formats: ['text'],
    apply(doc) {
      doc.style = 'cellPerLine';
      doc.collapse = true;
      return true;
    },
  },
  {
    name: 'rawColumnOrder',
    formats: ['text'],
    apply(doc) {
      doc.rawOrder = true;
      return true;
    },
  },
  {
    name: 'pageInterleaved',
    formats: ['text'],
    apply(doc, r) {
      // Plain pdftotext over table 三 split across pages: per page its labels in a pile (before or
      // after the values), its values one per line, row by row or column by column.
      // A value glued to the next row's numbering is a dump of rows printed together: not this order.
      if (doc.ops.includes('numberingGlued')) return false;
      doc.pages = { cuts: 1 + Math.floor(r() * 2), seed: Math.floor(r() * 1e9) };
      return true;
    },
  },
  {
    name: 'unitOwnLine',
    formats: ['text', 'html'],
    apply(doc) {
      return moneyInYuan(doc, (rows, i) => rows.splice(i + 1, 0, { kind: 'data', key: null, group: '', cells: ['元'] }));
    },
  },
  {
    name: 'unitLost',
    formats: ['text', 'html'],
    apply(doc) {
      return moneyInYuan(doc, (rows, i, keys) => keys.forEach((k) => doc.undetermined.add(k)));
    },
  },
  {
    name: 'fakeBold',
    formats: ['text', 'html'],
    apply(doc, r) {
      const [table, , row] = someRow(doc, r, ['activeDisclosure', 'requests', 'reviewLitigation']);
      const twice = (s) => [...s].map((c) => c + c).join('');
      const all = r() < 0.5;
      row.cells = row.cells.map((c, i) => (i === 0 && table !== 'reviewLitigation' ? twice(c) : all ? twice(c) : c));
      if (all) undetermine(doc, table, row);
      return true;
    },
  },
  {
    name: 'invisibleInNumber',
    formats: ['text', 'html'],
    apply(doc, r) {
      for (const table of ['activeDisclosure', 'requests', 'reviewLitigation']) {
        for (const row of dataRows(doc.tables[table])) {
          row.cells = row.cells.map((c, i) => (i > 0 || table === 'reviewLitigation') && /^\d{2,}/.test(c) && r() < 0.6 ? c.slice(0, 1) + pick(r, ZW) + c.slice(1) : c);
        }
      }
      return true;
    },
  },
  // Issue 15: text dumps as archives break them.
  {
    name: 'numberSplitLine',
    formats: ['text'],
    apply(doc, r) {
      // A converter broke one number over two lines ('162' → '1' / '62'): cells printed one per line.
      const rows = dataRows(doc.tables.requests).filter((x) => x.cells.slice(1).some((c) => /^[1-9]\d+$/.test(c)));
      if (!rows.length) return false;
      const row = pick(r, rows);
      const at = row.cells.map((c, i) => (i > 0 && /^[1-9]\d+$/.test(c) ? i : -1)).filter((i) => i > 0);
      const i = pick(r, at);
      const cut = 1 + Math.floor(r() * (row.cells[i].length - 1));
      row.cells.splice(i, 1, row.cells[i].slice(0, cut), row.cells[i].slice(cut));
      row.split = i; // cells[i] and cells[i + 1] are one cell: printed column by column they stay together
      doc.style = 'cellPerLine';
      return true;
    },
  },
  {
    name: 'spacedDigitsInTab',
    formats: ['text'],
    apply(doc, r) {
      // Every number of two or more digits printed with a space after its first digit, in tab cells.
      let n = 0;
      for (const table of ['activeDisclosure', 'requests', 'reviewLitigation']) {
        for (const row of dataRows(doc.tables[table])) {
          const before = n;
          row.cells = row.cells.map((c, i) => ((i > 0 || table === 'reviewLitigation') && /^[1-9]\d+$/.test(c) && r() < 0.7 ? (n++, `${c[0]} ${c.slice(1)}`) : c));
          // Printed one cell per line by a later operator, '1 7' is 17 or 1 and 7: only a tab cell says which.
          if (n > before) (doc.spaced ??= []).push([table, row]);
        }
      }
      doc.style = 'tab';
      return n > 0;
    },
  },
  {
    name: 'wholeDocDoubled',
    formats: ['text'],
    apply(doc) {
      // A text dump of a fake-bold PDF: every character of the document printed twice.
      doc.doubled = true;
      return true;
    },
  },
  {
    name: 'blankTotalColumn',
    formats: ['text', 'html'],
    apply(doc, r) {
      const rows = dataRows(doc.tables.requests).filter(() => r() < 0.7);
      rows.forEach((row) => (row.cells[7] = ''));
      return rows.length > 0;
    },
  },
  {
    name: 'tableDuplicated',
    formats: ['text'],
    apply(doc, r) {
      // Last year's table 三 printed after this year's (other values): which copy is this year's is
      // told only by text around it, so every key of the table counts as undetermined.
      const other = makeValues(Math.floor(r() * 1e9), { version: doc.version, combined: doc.combined, scale: 10 });
      const copy = requestTable(other, doc.combined);
      doc.tables.requests.push({ kind: 'text', cells: ['上一年度情况：'] }, ...copy);
      for (const row of dataRows(doc.tables.requests)) undetermine(doc, 'requests', row);
      return true;
    },
  },
  {
    name: 'labelLost',
    formats: ['text', 'html'],
    apply(doc, r) {
      const [table, , row] = someRow(doc, r);
      row.cells[0] = '';
      if (row.group) row.group = '';
      undetermine(doc, table, row);
      return true;
    },
  },
  {
    name: 'zerosBlank',
    formats: ['html'],
    apply(doc) {
      for (const row of dataRows(doc.tables.requests)) row.cells = row.cells.map((c, i) => (i > 0 && c === '0' ? '' : c));
      return true;
    },
  },
];

/**
 * Prints the money amount (2019 采购总金额 or 2021 收费金额) in 元 without a unit in the header;
 * `then(rows, i, keys)` adds what says (or does not say) the unit. The expected value stays in 万元.
 */
function moneyInYuan(doc, then) {
  if (doc.moneyInYuan) return false; // once: the value is already in 元
  doc.moneyInYuan = true;
  const rows = doc.tables.activeDisclosure;
  const key = doc.version === '2019' ? 'procurement' : 'fees';
  const i = rows.findIndex((x) => x.key === key);
  const col = key === 'procurement' ? 2 : 1;
  if (i < 0) return false; // the row was deleted by an earlier operator
  const value = Number(rows[i].cells[col]);
  if (!(value > 0)) return false;
  for (const x of rows) if (x.kind === 'header') x.cells = x.cells.map((c) => c.replace(/（单位：万元）|（万元）/, ''));
  rows[i].cells[col] = String(Math.round(value * 10000));
  then(rows, i, [`activeDisclosure.${key}.amount`]);
  return true;
}
