/**
 * @file Batch rows as spreadsheet rows: the long format (one row per report × field, with the
 * template location in Chinese, status, confidence, flags, candidates, source text and page) and
 * the wide format (one row per report, one column per field of its template version, Chinese
 * headers), with the codebook that maps each wide header to its key.
 */
import type { BatchRow } from '../batch/index.js';
import { flattenData } from '../report-data.js';
import type { FieldInfo } from '../schema/report.js';
import { attentionOf, attentionText } from './attention.js';
import { keysOfVersion, locationOf } from './location.js';
import { fieldStatus } from './status.js';

/** Columns of fields.csv. */
export const LONG_HEAD = ['file', 'sha256', 'agency', 'year', 'templateVersion', 'key', 'table', 'row', 'column', 'value', 'status', 'confidence', 'flags', 'candidates', 'sourceText', 'page'] as const;

/** fields.csv rows of one document; a failed document is one row with status `failed` and its error. */
export function longRows(row: BatchRow): unknown[][] {
  const r = row.report;
  if (!r) return [[row.file, row.sha256, '', '', '', '', '', '', '', '', 'failed', '', row.error?.code ?? '', '', row.error?.message ?? '', '']];
  const values = flattenData(r.data);
  const version = r.meta.templateVersion === '2019' ? '2019' : '2021';
  const keys = keysOfVersion(version).filter((k) => values.has(k) || r.fields[k]);
  return keys.map((key) => {
    const info = r.fields[key];
    const l = locationOf(key);
    return [row.file, row.sha256, r.meta.agency, r.meta.year, r.meta.templateVersion, key, `表${l.table}`, l.row, l.column, values.get(key), fieldStatus(info), info?.confidence, info?.flags.join(' '), info?.candidates?.join(' | '), info?.source?.text, info?.source?.page];
  });
}

/** Report columns before the fields in the wide CSV: [Chinese header, English name, description]. */
export const WIDE_META: readonly (readonly [string, string, string])[] = [
  ['文件', 'file', '源文件路径'],
  ['sha256', 'sha256', '源文件内容的 SHA-256（更正文件按它对应报告）'],
  ['读取结果', 'status', '成功，或失败时的错误代码'],
  ['需核对', 'attention', '需要人工核对的问题摘要'],
  ['标题', 'title', '报告标题'],
  ['机关', 'agency', '发布机关'],
  ['年度', 'year', '报告年度'],
  ['发布日期', 'publishedAt', '发布日期'],
  ['模板', 'templateVersion', '表格模板版本（2021 或 2019）'],
  ['整体置信度', 'confidence', '各字段置信度的平均值'],
];

/** Wide header of a field: 表三·（三）不予公开 1.属于国家秘密·自然人. Unique per key. */
export function wideHeader(key: string): string {
  const l = locationOf(key);
  return `表${l.table}·${l.row}·${l.column}`;
}

/**
 * The cell of a field in the wide CSV: the number when there is one; `/` when the report printed
 * not-applicable; `?a|b` when several readings remain (the candidates); empty when nothing was read.
 * The status of each value is in fields.csv (and the colours of the xlsx).
 */
export function wideValue(value: unknown, info: FieldInfo | undefined): unknown {
  if (typeof value === 'number') return value;
  if (info?.flags.includes('notApplicable')) return '/';
  if (info?.flags.includes('ambiguous')) return `?${info.candidates?.join('|') ?? ''}`;
  return '';
}

/** The wide header line of a version. */
export function wideHead(version: '2021' | '2019'): string[] {
  return [...WIDE_META.map((m) => m[0]), ...keysOfVersion(version).map(wideHeader)];
}

/** The wide row of a document under a version's columns. */
export function wideRow(row: BatchRow, version: '2021' | '2019', crossYear = 0): unknown[] {
  const r = row.report;
  const m = r?.meta;
  const status = r ? '成功' : `失败 ${row.error?.code ?? ''}`;
  const meta = [row.file, row.sha256, status, attentionText(attentionOf(row, crossYear)), m?.title, m?.agency, m?.year, m?.publishedAt, m?.templateVersion, r?.confidence];
  if (!r) return meta;
  const values = flattenData(r.data);
  return [...meta, ...keysOfVersion(version).map((k) => wideValue(values.get(k), r.fields[k]))];
}

/** The version sheet a document goes to: 2019 reports to 2019, everything else (2021, unknown, failed) to 2021. */
export function sheetVersion(row: BatchRow): '2021' | '2019' {
  return row.report?.meta.templateVersion === '2019' ? '2019' : '2021';
}

/** codebook.csv: one line per wide column. */
export const CODEBOOK_HEAD = ['表头', 'key', '模板', '表', '行', '列', '单位', '说明'] as const;

export function codebookRows(): unknown[][] {
  const meta = WIDE_META.map(([zh, en, what]) => [zh, en, '2021 2019', '', '', '', '', what]);
  const seen = new Set<string>();
  const fields = [...keysOfVersion('2021'), ...keysOfVersion('2019')].filter((k) => !seen.has(k) && seen.add(k)).map((k) => {
    const l = locationOf(k);
    return [wideHeader(k), k, l.versions.join(' '), `表${l.table}`, l.row, l.column, l.unit ?? '', '数字；“/”＝原表不适用；“?a|b”＝无法确定（候选值）；空＝未读到'];
  });
  return [...meta, ...fields];
}
