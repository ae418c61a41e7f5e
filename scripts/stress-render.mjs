/**
 * @file Stress documents: random values in the template (scripts/template-data.mjs), damaged by
 * operators (scripts/stress-ops.mjs), rendered to text or HTML (and printed to PDF/docx from the
 * HTML by scripts/print-pdf.mjs). Expected values are the chosen values, never the extractor's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activeTable, H, NARRATIVE, requestTable, reviewTable, textReport } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { chromiumPdf, libreofficePdf } from './print-pdf.mjs';
import { COLS, makeValues, rng } from './template-data.mjs';
import { OPERATORS, rowKeys } from './stress-ops.mjs';
import { decideTable } from './stress-determine.mjs';
import { legacyCollapse } from './stress-legacy.mjs';

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const TEXT_STYLES = ['tab', 'tab', 'layout', 'cellPerLine'];

function flatten(obj, prefix = '', out = new Map()) {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') flatten(v, key, out);
    else out.set(key, v);
  }
  return out;
}

/** A fresh undamaged document for `seed`. */
export function makeDoc(seed, format) {
  const r = rng(seed * 7919 + 17);
  const version = r() < 0.25 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.2;
  const scale = pick(r, [3, 10, 30, 30, 300]);
  const data = makeValues(seed, { version, combined, scale });
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const agency = `压力测试市第${seed}局`;
  return { seed, format, r, version, combined, data, expected: flatten(data), tables, undetermined: new Set(), ops: [], style: pick(r, TEXT_STYLES), agency, year: 2024, published: '2025-01-20', why: new Map() };
}

/** Applies 0–2 random operators fitting the document's format (`only`: names to choose from). */
export function damage(doc, only) {
  const kind = doc.format === 'text' ? 'text' : 'html';
  const fits = OPERATORS.filter((o) => o.formats.includes(kind) && (!only || only.includes(o.name)));
  const n = 1 + Math.floor(doc.r() * 2);
  for (let i = 0; i < n && fits.length; i++) {
    const op = pick(doc.r, fits);
    if (op.name === 'none') break;
    if (op.apply(doc, doc.r)) doc.ops.push(op.name);
  }
  if (!doc.ops.length) doc.ops.push('none');
  if (doc.style !== 'tab') for (const [table, row] of doc.spaced ?? []) rowKeys(doc, table, row).forEach((k) => doc.undetermined.add(k));
  return doc;
}

/** A row's value cells, each as the lines it prints (a number split by numberSplitLine prints two). */
function valueCells(row) {
  const cells = row.cells.slice(1).map((c) => [c]);
  if (row.split !== undefined) cells.splice(row.split - 1, 2, [row.cells[row.split], row.cells[row.split + 1]]);
  return cells;
}

/** The key each printed value cell of a row shows (split pieces share one; a glued row's are approximate: it is opaque). */
function cellKeys(doc, table, row) {
  const keys = rowKeys(doc, table, row);
  const first = table === 'reviewLitigation' ? 0 : 1;
  return row.cells.slice(first).map((_, i) => keys[Math.min(keys.length - 1, row.split !== undefined && i + first > row.split ? i - 1 : i)]);
}

/** Value lines of a row, each tagged with the cell it prints and the block it belongs to. */
const valueLines = (doc, table, row, block) => {
  const first = table === 'reviewLitigation' ? 0 : 1;
  const keys = keysOfRow(doc, table, row);
  return cellKeys(doc, table, row).map((cell, i) => ({ text: row.cells[i + first], keys, cell, block }));
};
const keysOfRow = (doc, table, row) => rowKeys(doc, table, row);

/**
 * Table rows → text lines tagged with the keys they print. Lines printing one value carry `cell`
 * (its key) and `block` ({ layout, orders }: the value run's cells in the orders its labels allow,
 * the true one first) for the referee (scripts/stress-determine.mjs).
 */
function taggedLines(doc, table) {
  const rows = doc.tables[table];
  const keysOf = (row) => rowKeys(doc, table, row);
  const cellsOf = (row) => (row.group ? [row.group, ...row.cells] : row.cells);
  if (doc.rawOrder && table === 'requests') {
    const data = rows.filter((x) => x.kind === 'data');
    const lines = rows.filter((x) => x.kind !== 'data').map((x) => ({ text: x.cells.join('\t'), keys: [] }));
    // Raw reading order prints the row labels alone first (values follow per column below).
    for (const row of data) lines.push({ text: [row.group, row.cells[0]].filter(Boolean).join(''), keys: keysOf(row) });
    COLS.forEach((c, ci) => {
      lines.push({ text: ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'][ci], keys: [] });
      const block = { layout: 'column', orders: [data.filter((row) => row.key).map((row) => `requests.${row.key}.${c}`)] };
      for (const row of data) if (row.key) for (const text of valueCells(row)[ci] ?? ['']) lines.push({ text, keys: keysOf(row), cell: `requests.${row.key}.${c}`, block });
    });
    return lines;
  }
  if (doc.pages && table === 'requests') return interleavedPages(doc, rows, keysOf);
  if (doc.style === 'cellPerLine') {
    return rows.flatMap((row) => {
      if (row.kind !== 'data' || !row.key) return cellsOf(row).map((c) => ({ text: c, keys: keysOf(row) }));
      const block = { layout: table === 'reviewLitigation' ? 'review' : 'row', orders: [keysOf(row)] };
      const labels = (row.group ? [row.group] : []).concat(table === 'reviewLitigation' ? [] : [row.cells[0]]);
      return [...labels.map((c) => ({ text: c, keys: keysOf(row) })), ...valueLines(doc, table, row, block)];
    });
  }
  const sep = doc.style === 'layout' ? '    ' : '\t';
  return rows.map((row) => ({ text: (doc.style === 'layout' ? '    ' : '') + cellsOf(row).join(sep), keys: keysOf(row) }));
}

/**
 * Plain `pdftotext` reading order of a table split over pages: the data rows cut into pages; per
 * page its labels in a pile before or after its values (one per line), the values row by row or
 * column by column, the page number between pages. Non-data rows (headers) stay on top.
 */
function interleavedPages(doc, rows, keysOf) {
  const r = rng(doc.pages.seed);
  const lines = rows.filter((x) => x.kind !== 'data').map((x) => ({ text: x.cells.join('\t'), keys: [] }));
  const data = rows.filter((x) => x.kind === 'data');
  const cuts = [...new Set(Array.from({ length: doc.pages.cuts }, () => 2 + Math.floor(r() * (data.length - 3))))].sort((a, b) => a - b);
  const pages = [0, ...cuts, data.length].slice(1).map((end, i, ends) => data.slice(i === 0 ? 0 : ends[i - 1], end));
  pages.forEach((page, p) => {
    if (p > 0) lines.push({ text: `- ${p + 1} -`, keys: [] });
    const labels = page.map((row) => ({ text: [row.group, row.cells[0]].filter(Boolean).join(''), keys: keysOf(row) })).filter((l) => l.text);
    const byColumn = r() < 0.5 && page.length > 1;
    const keyed = page.filter((row) => row.key);
    const rowMajor = keyed.flatMap((row) => keysOf(row));
    const colMajor = COLS.flatMap((c) => keyed.map((row) => `requests.${row.key}.${c}`));
    const block = { layout: 'page', orders: keyed.length > 1 ? (byColumn ? [colMajor, rowMajor] : [rowMajor, colMajor]) : [rowMajor] };
    const values = byColumn
      ? COLS.flatMap((c, ci) => page.flatMap((row) => (valueCells(row)[ci] ?? ['']).map((text) => ({ text, keys: keysOf(row), cell: `requests.${row.key}.${c}`, block }))))
      : page.flatMap((row) => valueLines(doc, 'requests', row, block));
    lines.push(...(r() < 0.5 ? [...labels, ...values] : [...values, ...labels]));
  });
  return lines;
}

/** Consecutive identical lines printed once (the first keeps its tags). */
function collapse(lines) {
  const out = [];
  for (const l of lines) if (!(out.length && out.at(-1).text === l.text && l.text.trim() !== '')) out.push(l);
  return out;
}

/**
 * Determinability of a table printed one value per line: the referee (scripts/stress-determine.mjs)
 * enumerates the readings of each value block; fields whose readings disagree join
 * `doc.undetermined`, with their reason in `doc.why`.
 */
function referee(doc, table, lines, printed) {
  const blocks = new Map();
  for (const l of lines) if (l.block && !blocks.has(l.block)) blocks.set(l.block, { ...l.block, tokens: [] });
  if (!blocks.size) return;
  for (const l of printed) if (l.block) blocks.get(l.block).tokens.push(l.text);
  const inBlocks = new Set([...blocks.values()].flatMap((b) => b.orders[0]));
  const opaque = new Set([...doc.undetermined].filter((k) => k.startsWith(`${table}.`)));
  const known = new Map([...doc.expected].filter(([k]) => k.startsWith(`${table}.`) && !inBlocks.has(k) && !opaque.has(k)));
  const moves = { collapse: !!doc.collapse, join: table === 'requests' && doc.ops.includes('numberSplitLine') };
  const { undetermined, errors } = decideTable(doc, table, [...blocks.values()], known, opaque, moves);
  for (const [k, why] of undetermined) if (!doc.undetermined.has(k)) (doc.undetermined.add(k), doc.why.set(k, why));
  doc.refereeErrors = (doc.refereeErrors ?? 0) + errors;
}

function textOf(doc) {
  const tables = {};
  doc.legacy = new Set(doc.undetermined);
  for (const t of ['activeDisclosure', 'requests', 'reviewLitigation']) {
    const lines = taggedLines(doc, t);
    const printed = doc.collapse ? collapse(lines) : lines;
    legacyCollapse(doc, lines);
    referee(doc, t, lines, printed);
    tables[t] = printed.map((l) => l.text).join('\n');
  }
  const text = textReport({ agency: doc.agency, year: doc.year, published: doc.published, tables });
  // Every character twice, separators (tab, newline) once, as a dump of a fake-bold PDF prints them.
  return doc.doubled ? text.replace(/[^\t\n]/g, (c) => c + c) : text;
}

function htmlOf(doc) {
  const title = `${doc.agency}${doc.year}年政府信息公开工作年度报告`;
  const style = doc.format === 'docx' ? 'word' : doc.r() < 0.5 ? 'cms' : 'word';
  return renderHtml({ title, agency: doc.agency, published: doc.published, tables: doc.tables, narrative: NARRATIVE, headings: H, style, print: doc.format === 'pdf' ? { noChrome: true } : undefined });
}

function printed(html, to) {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-stress-'));
  try {
    const out = join(dir, `report.${to}`);
    if (to === 'pdf') chromiumPdf(html, out);
    else libreofficePdf(html, out, { to: 'docx' });
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The document's bytes and file name in its format. */
export function render(doc) {
  if (doc.format === 'text') return { name: `stress-${doc.seed}.txt`, bytes: Buffer.from(textOf(doc), 'utf8') };
  const html = htmlOf(doc);
  if (doc.format === 'html') return { name: `stress-${doc.seed}.html`, bytes: Buffer.from(html, 'utf8') };
  return { name: `stress-${doc.seed}.${doc.format}`, bytes: printed(html, doc.format) };
}

/** True when the printers for `format` are installed. */
export function canPrint(format) {
  const bin = format === 'pdf' ? 'chromium' : 'soffice';
  try {
    execFileSync('which', [bin], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
