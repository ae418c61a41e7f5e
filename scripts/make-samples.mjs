#!/usr/bin/env node
/**
 * @file Renders synthetic reports (text, HTML) with chosen values
 * and quirks into samples/, and their goldens into golden/. Goldens come from the values chosen
 * here, not from the extractor. Existing goldens are overwritten only with UPDATE_GOLDENS=1;
 * otherwise a changed golden is an error (review the diff, then rerun with UPDATE_GOLDENS=1).
 *
 *   UPDATE_GOLDENS=1 node scripts/make-samples.mjs
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { ACTIVE_2019, ACTIVE_2021, COLS, get, makeValues, requestRows, requestValues, reviewValues } from './template-data.mjs';
import { renderHtml } from './render-html.mjs';
import { chromiumPdf, chromiumPng, libreofficePdf, printers } from './print-pdf.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = join(ROOT, 'samples');
const GOLDEN = join(ROOT, 'golden');
const UPDATE = process.env.UPDATE_GOLDENS === '1';

const NARRATIVE = {
  overview: '（一）主动公开\n本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。\n（二）依申请公开\n依法规范办理政府信息公开申请，按时答复。',
  problems: '存在的主要问题：一是公开内容的精准度有待提高；二是解读形式较为单一。改进情况：细化公开清单，丰富解读形式。',
  other: '本年度未收取信息处理费。',
};

const H = {
  overview: '一、总体情况',
  activeDisclosure: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

const fmt = (v) => (v === null || v === undefined ? '' : String(v));

/** Table 二 as printed rows. */
export function activeTable(data, version) {
  const rows = [];
  const spec = version === '2021' ? ACTIVE_2021 : ACTIVE_2019;
  const headers2021 = { regulations: ['本年制发件数', '本年废止件数', '现行有效件数'], licensing: ['本年处理决定数量'], punishment: ['本年处理决定数量'], fees: ['本年收费金额（单位：万元）'] };
  const headers2019 = { regulations: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], licensing: ['上一年项目数量', '本年增/减', '处理决定数量'], punishment: ['上一年项目数量', '本年增/减', '处理决定数量'], fees: ['上一年项目数量', '本年增/减'], procurement: ['采购项目数量', '采购总金额'] };
  const headers = version === '2021' ? headers2021 : headers2019;
  for (const [group, label, key, cols] of spec) {
    if (group) {
      rows.push({ kind: 'group', cells: [group] });
      rows.push({ kind: 'header', cells: ['信息内容', ...(headers[key] ?? [])] });
    }
    rows.push({ kind: 'data', key, cells: [label, ...cols.map((c) => fmt(get(data.activeDisclosure, `${key}.${c}`)))] });
  }
  return rows;
}

/** Table 三 as printed rows: [group, label, ...7 values]. */
export function requestTable(data, combined) {
  const rows = [
    { kind: 'header', cells: ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'] },
    { kind: 'header', cells: ['自然人', '法人或其他组织', '总计'] },
    { kind: 'header', cells: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] },
  ];
  for (const [group, label, key] of requestRows(combined)) {
    rows.push({ kind: 'data', key, group, cells: [label, ...requestValues(data, key).map(fmt)] });
  }
  return rows;
}

/** Table 四 as printed rows. */
export function reviewTable(data) {
  return [
    { kind: 'header', cells: ['行政复议', '行政诉讼'] },
    { kind: 'header', cells: ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'] },
    { kind: 'header', cells: ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] },
    { kind: 'data', key: 'review', cells: reviewValues(data).map(fmt) },
  ];
}

const toFullWidth = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Renders printed rows in one text style. */
function renderRows(rows, style) {
  const cellsOf = (r) => (r.group && style !== 'markdown' ? [r.group, ...r.cells] : r.cells);
  switch (style) {
    case 'tab':
      return rows.map((r) => cellsOf(r).join('\t')).join('\n');
    case 'layout':
      return rows.map((r) => '    ' + cellsOf(r).join('    ')).join('\n');
    case 'cellPerLine':
      return rows.flatMap((r) => cellsOf(r)).join('\n');
    case 'markdown':
      return rows.map((r) => `| ${r.cells.map((c) => c || ' ').join(' | ')} |`).join('\n');
    default:
      throw new Error(style);
  }
}

/** A whole text report. `tables` maps section → rendered table text. */
function textReport({ agency, year, published, tables, heading = (h) => h, narrative = NARRATIVE }) {
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    '',
    heading(H.overview),
    narrative.overview,
    heading(H.activeDisclosure),
    tables.activeDisclosure,
    heading(H.requests),
    tables.requests,
    heading(H.reviewLitigation),
    tables.reviewLitigation,
    heading(H.problems),
    narrative.problems,
    heading(H.other),
    narrative.other,
    '',
    agency,
    published,
    '',
  ].join('\n');
}

function golden({ agency, year, published, version, data, uncertain, notes }) {
  return {
    meta: { title: `${agency}${year}年政府信息公开工作年度报告`, agency, year, templateVersion: version, publishedAt: published },
    headings: Object.entries(H).map(([key, heading]) => ({ key, heading })),
    data,
    ...(uncertain ? { uncertain } : {}),
    notes,
  };
}

const written = [];
function write(stem, ext, content, goldenObj, encoding = 'utf8') {
  mkdirSync(SAMPLES, { recursive: true });
  mkdirSync(GOLDEN, { recursive: true });
  const bytes = content === null || Buffer.isBuffer(content)
    ? content
    : encoding === 'utf8'
      ? Buffer.from(content, 'utf8')
      : encoding === 'utf16-bom'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(content, 'utf16le')])
        : iconv.encode(content, encoding);
  mkdirSync(dirname(join(SAMPLES, stem)), { recursive: true });
  if (content !== null) writeFileSync(join(SAMPLES, `${stem}.${ext}`), bytes);
  if (goldenObj) {
    const path = join(GOLDEN, `${stem}.golden.json`);
    const text = `${JSON.stringify(goldenObj, null, 1)}\n`;
    if (existsSync(path) && readFileSync(path, 'utf8') !== text && !UPDATE) {
      throw new Error(`golden/${stem}.golden.json would change: review, then rerun with UPDATE_GOLDENS=1`);
    }
    if (!existsSync(path) && !UPDATE) throw new Error(`golden/${stem}.golden.json is new: rerun with UPDATE_GOLDENS=1`);
    writeFileSync(path, text);
  }
  written.push(`${stem}.${ext}`);
}

/**
 * Prints `html` to samples/<stem>.pdf with the printer named; without that printer installed the
 * committed PDF is kept (its golden is still checked).
 */
function pdf(stem, html, printer, goldenObj) {
  const ext = printer.to ?? 'pdf';
  const out = join(SAMPLES, `${stem}.${ext}`);
  if (printers[printer.tool]) {
    if (printer.scan) {
      const png = chromiumPng(html).toString('base64');
      chromiumPdf(`<!DOCTYPE html><html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${png}"></body></html>`, out);
    } else if (printer.tool === 'chromium') chromiumPdf(html, out, printer);
    else libreofficePdf(html, out, printer);
  } else if (!existsSync(out)) {
    throw new Error(`${stem}.${ext}: ${printer.tool} is not installed and no committed file exists`);
  } else console.error(`${stem}.${ext}: ${printer.tool} not installed, kept the committed file`);
  write(stem, ext, null, goldenObj);
}

const clone = (x) => JSON.parse(JSON.stringify(x));
const base = (seed, opts = {}) => ({ agency: opts.agency ?? `示例市第${seed}局`, year: opts.year ?? 2024, published: `${(opts.year ?? 2024) + 1}-01-20`, version: opts.version ?? '2021' });

function tables(data, style, { version = '2021', combined = false, mutate = (t) => t } = {}) {
  const t = mutate({ activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) });
  return Object.fromEntries(Object.entries(t).map(([k, rows]) => [k, renderRows(rows, style)]));
}

export { renderRows, textReport, tables, golden, write, clone, base, toFullWidth, NARRATIVE, H, COLS };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { defineSamples } = await import('./sample-defs.mjs');
  for (const f of existsSync(SAMPLES) ? readdirSync(SAMPLES) : []) if (f !== 'README.md' && !/\.(pdf|docx)$/.test(f) && f !== 'bad') rmSync(join(SAMPLES, f), { recursive: true, force: true });
  await defineSamples({ pdf, readSample: (f) => readFileSync(join(SAMPLES, f)), activeTable, requestTable, reviewTable, write, tables, textReport, golden, base, clone, toFullWidth, makeValues, renderHtml, reviewValues, requestValues, H, NARRATIVE });
  console.error(`wrote ${written.length} samples to samples/ (goldens ${UPDATE ? 'updated' : 'checked'})`);
}
