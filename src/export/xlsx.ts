/**
 * @file results.xlsx (exceljs, streamed: rows are written and released one at a time): a 汇总
 * sheet of every report sorted by what needs attention, a 说明 sheet (colours, statuses), one wide
 * sheet per template version (Chinese headers, problem cells coloured with a comment), the long
 * 字段明细 sheet, and the three tables of each report in the template's layout (the
 * {@link MAX_REPORT_SHEETS} reports that most need attention). Text cells are neutralised against
 * formula injection like the CSVs.
 */
import ExcelJS from 'exceljs';
import { flattenData } from '../report-data.js';
import type { BatchRow } from '../batch/index.js';
import { attentionOf, attentionText, byAttention, type Attention } from './attention.js';
import { checkText, MARK_FILL, markOf, noteOf, shownValue } from './cell-note.js';
import { neutralise } from './csv-cell.js';
import { layTables } from './layout.js';
import { keysOfVersion } from './location.js';
import { LONG_HEAD, longRows, sheetVersion, wideHead, wideRow } from './rows.js';
import { STATUS_ZH, FIELD_STATUSES } from './status.js';
import type { RowSource } from './index.js';

/** Report sheets beyond this are left out (a workbook of thousands of sheets does not open); the review pages have every report. */
export const MAX_REPORT_SHEETS = 200;
/** Excel's row limit minus the header. */
const MAX_ROWS = 1_048_575;

type Sheet = ExcelJS.Worksheet;
const cellText = (v: unknown): string | number | null => (v === null || v === undefined ? null : typeof v === 'number' ? v : neutralise(v));

function sheetName(n: number, row: BatchRow, used: Set<string>): string {
  const base = `${n} ${row.report?.meta.agency ?? ''}${row.report?.meta.year ?? ''}`.replace(/[\\/?*[\]:']/g, ' ').slice(0, 31).trim();
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 27)}~${i}`;
  used.add(name);
  return name;
}

function addHeader(ws: Sheet, cells: readonly string[]): void {
  const r = ws.addRow(cells.map(cellText));
  r.font = { bold: true };
  r.commit();
}

function styleCell(cell: ExcelJS.Cell, key: string, row: BatchRow): void {
  const info = row.report?.fields[key];
  const mark = markOf(info);
  if (!mark) return;
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: MARK_FILL[mark] } };
  cell.note = noteOf(key, info);
}

interface Listed {
  row: Pick<BatchRow, 'file' | 'sha256' | 'ok' | 'error'> & { meta?: NonNullable<BatchRow['report']>['meta']; confidence?: number };
  attention: Attention;
  sheet?: string;
}

async function writeSummary(wb: ExcelJS.stream.xlsx.WorkbookWriter, listed: readonly Listed[]): Promise<void> {
  const ws = wb.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ width: 6 }, { width: 40 }, { width: 14 }, { width: 48 }, { width: 40 }, { width: 24 }, { width: 8 }, { width: 8 }, { width: 10 }, { width: 20 }];
  addHeader(ws, ['序号', '文件', '读取结果', '需核对', '标题', '机关', '年度', '模板', '整体置信度', '工作表']);
  listed.forEach((l, i) => {
    const m = l.row.meta;
    const r = ws.addRow([i + 1, cellText(l.row.file), l.row.ok ? '成功' : `失败 ${l.row.error?.code ?? ''}`, attentionText(l.attention), cellText(m?.title), cellText(m?.agency), m?.year ?? null, m?.templateVersion ?? null, l.row.confidence ?? null, cellText(l.sheet)]);
    if (l.attention.failed || l.attention.failedChecks || l.attention.crossYear || l.attention.ambiguous) r.getCell(4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: MARK_FILL.bad } };
    if (l.sheet) r.getCell(10).value = { text: l.sheet, hyperlink: `#'${l.sheet}'!A1` };
    r.commit();
  });
  ws.commit();
}

function writeLegend(wb: ExcelJS.stream.xlsx.WorkbookWriter, longCut: boolean): void {
  const ws = wb.addWorksheet('说明');
  ws.columns = [{ width: 18 }, { width: 80 }];
  const add = (a: string, b: string, fill?: string): void => {
    const r = ws.addRow([a, b]);
    if (fill) r.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    r.commit();
  };
  add('颜色', '含义（把鼠标停在有颜色的格子上可看批注：原因、候选值、原文）');
  add('红色', '无法确定：有几种读法都说得通，格中为“?”，批注列出候选值', MARK_FILL.bad);
  add('黄色', '置信度低或由合计关系推算：请对照原文核对', MARK_FILL.low);
  add('灰色', '未读到（原文没有，或表格为图片）', MARK_FILL.none);
  add('蓝色', '已人工更正（批注有原读取值、更正人和理由）', MARK_FILL.fixed);
  add('/', '原表该格为“/”“—”“无”或“不适用”');
  for (const s of FIELD_STATUSES) add(s, STATUS_ZH[s]);
  if (longCut) add('字段明细', `超过 Excel 行数上限，只写入了前 ${MAX_ROWS} 行；完整内容见 fields.csv`);
  ws.commit();
}

async function writeWide(wb: ExcelJS.stream.xlsx.WorkbookWriter, rows: RowSource, version: '2021' | '2019', crossYearByFile: ReadonlyMap<string, number>): Promise<void> {
  const ws = wb.addWorksheet(`${version}年模板`, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const head = wideHead(version);
  const keys = keysOfVersion(version);
  addHeader(ws, head);
  const first = head.length - keys.length + 1;
  for await (const row of rows()) {
    if (sheetVersion(row) !== version) continue;
    const r = ws.addRow(wideRow(row, version, crossYearByFile.get(row.file) ?? 0).map(cellText));
    if (row.report) keys.forEach((k, i) => styleCell(r.getCell(first + i), k, row));
    r.commit();
  }
  ws.commit();
}

async function writeLong(wb: ExcelJS.stream.xlsx.WorkbookWriter, rows: RowSource): Promise<boolean> {
  const ws = wb.addWorksheet('字段明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  addHeader(ws, [...LONG_HEAD]);
  let n = 0;
  for await (const row of rows()) {
    for (const line of longRows(row)) {
      if (++n > MAX_ROWS) break;
      ws.addRow(line.map(cellText)).commit();
    }
    if (n > MAX_ROWS) break;
  }
  ws.commit();
  return n > MAX_ROWS;
}

function writeReport(wb: ExcelJS.stream.xlsx.WorkbookWriter, row: BatchRow, name: string): void {
  const r = row.report!;
  const ws = wb.addWorksheet(name);
  ws.columns = [{ width: 44 }, ...Array.from({ length: 15 }, () => ({ width: 10 }))];
  const values = flattenData(r.data);
  let at = 0;
  const add = (cells: unknown[]): ExcelJS.Row => {
    at++;
    return ws.addRow(cells.map(cellText));
  };
  add([r.meta.title ?? row.file]).font = { bold: true, size: 14 };
  add([`${row.file} · sha256 ${row.sha256} · 模板 ${r.meta.templateVersion} · 整体置信度 ${r.confidence}`]);
  for (const c of r.checks.filter((x) => !x.ok)) add([`合计关系不成立：${checkText(c)}`]).font = { color: { argb: 'FFB00000' } };
  for (const t of layTables(r)) {
    add([]);
    add([t.title]).font = { bold: true };
    for (const block of t.blocks) {
      // Header rows on a grid: a cell spanning rows below keeps its columns taken there.
      const taken = new Set<string>();
      const grid: unknown[][] = block.head.map(() => []);
      const merges: [number, number, number, number][] = [];
      block.head.forEach((headRow, ri) => {
        let col = 0;
        for (const h of headRow) {
          while (taken.has(`${ri},${col}`)) col++;
          grid[ri]![col] = h.text;
          const rs = h.rowspan ?? 1;
          const cs = h.colspan ?? 1;
          for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) taken.add(`${ri + dr},${col + dc}`);
          if (rs > 1 || cs > 1) merges.push([ri, col, ri + rs - 1, col + cs - 1]);
          col += cs;
        }
      });
      const top = at + 1;
      for (const cells of grid) {
        const hr = add(Array.from({ length: cells.length }, (_, i) => cells[i] ?? null));
        hr.font = { bold: true };
        hr.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      }
      for (const [r0, c0, r1, c1] of merges) ws.mergeCells(top + r0, c0 + 1, top + r1, c1 + 1);
      for (const vr of block.rows) {
        const cells = [...(vr.label !== undefined ? [vr.label] : []), ...vr.keys.map((k) => shownValue(values.get(k), r.fields[k]))];
        const er = add(cells);
        const offset = vr.label !== undefined ? 2 : 1;
        vr.keys.forEach((k, i) => styleCell(er.getCell(offset + i), k, row));
      }
    }
  }
  ws.commit();
}

/** Writes results.xlsx at `path` from the rows (several passes over results.jsonl). */
export async function writeXlsx(path: string, rows: RowSource, crossYearByFile: ReadonlyMap<string, number> = new Map()): Promise<void> {
  const listed: Listed[] = [];
  let longCount = 0;
  for await (const row of rows()) {
    longCount += longRows(row).length;
    listed.push({ row: { file: row.file, sha256: row.sha256, ok: row.ok, ...(row.error ? { error: row.error } : {}), ...(row.report ? { meta: row.report.meta, confidence: row.report.confidence } : {}) }, attention: attentionOf(row, crossYearByFile.get(row.file) ?? 0) });
  }
  listed.sort((a, b) => byAttention(a.attention, b.attention));
  const used = new Set(['汇总', '说明', '2021年模板', '2019年模板', '字段明细']);
  const withSheet = listed.map((l, i) => ({ l, i })).filter(({ l }) => l.row.ok).slice(0, MAX_REPORT_SHEETS);
  for (const { l, i } of withSheet) l.sheet = sheetName(i + 1, { ...l.row, ...(l.row.meta ? { report: { meta: l.row.meta } } : {}) } as BatchRow, used);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  await writeSummary(wb, listed);
  writeLegend(wb, longCount > MAX_ROWS);
  await writeWide(wb, rows, '2021', crossYearByFile);
  await writeWide(wb, rows, '2019', crossYearByFile);
  await writeLong(wb, rows);
  // The report sheets in the summary's order: the few reports are held, then written.
  const wanted = new Map(withSheet.map(({ l }) => [l.row.sha256, l.sheet!]));
  const held = new Map<string, BatchRow>();
  for await (const row of rows()) if (row.report && wanted.has(row.sha256)) held.set(row.sha256, row);
  for (const { l } of withSheet) {
    const row = held.get(l.row.sha256);
    if (row) writeReport(wb, row, l.sheet!);
  }
  await wb.commit();
}
