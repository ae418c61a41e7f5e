/**
 * @file What a spreadsheet or review cell says about its value: the fill colour by status and the
 * comment text (location, status, reasons and candidates in plain Chinese, the source line).
 */
import { CONFIDENT } from '../golden/compare.js';
import type { FieldInfo } from '../schema/report.js';
import { describeLocation } from './location.js';
import { explainField, fieldStatus, STATUS_ZH, type FieldStatus } from './status.js';

/** Colour classes: `bad` no value where one was expected (ambiguous), `low` check it, `none` nothing read, `fixed` set by a person. */
export type Mark = 'bad' | 'low' | 'none' | 'fixed' | null;

/** The mark of a field (null: nothing to say). */
export function markOf(info: FieldInfo | undefined): Mark {
  const s: FieldStatus = fieldStatus(info);
  if (s === 'corrected') return 'fixed';
  if (s === 'ambiguous') return 'bad';
  if (s === 'missing') return 'none';
  if (s === 'low' || s === 'derived' || (info && info.confidence < CONFIDENT && s !== 'notApplicable')) return 'low';
  return null;
}

/** ARGB fills of the marks for xlsx. */
export const MARK_FILL: Record<Exclude<Mark, null>, string> = { bad: 'FFF4B0B0', low: 'FFFFE699', none: 'FFD9D9D9', fixed: 'FFBDD7EE' };

/** The value as shown in a table cell: number, `/`, `?` for undetermined, `—` for nothing read. */
export function shownValue(value: unknown, info: FieldInfo | undefined): string | number {
  if (typeof value === 'number') return value;
  if (info?.flags.includes('notApplicable')) return '/';
  if (info?.flags.includes('ambiguous')) return '?';
  return '—';
}

/** The comment of a cell, several lines of plain Chinese. */
export function noteOf(key: string, info: FieldInfo | undefined): string {
  const lines = [describeLocation(key), `状态：${STATUS_ZH[fieldStatus(info)]}${info ? `（置信度 ${info.confidence.toFixed(2)}）` : ''}`];
  if (info?.correction) {
    const o = info.correction.original;
    lines.push(`原读取值：${o.value ?? '无'}（置信度 ${o.confidence.toFixed(2)}）；更正人：${info.correction.who}；理由：${info.correction.why}`);
  } else {
    const why = explainField(info);
    if (why) lines.push(`原因：${why}`);
  }
  if (info?.source?.text) lines.push(`原文${info.source.page ? `（第${info.source.page}页）` : ''}：${info.source.text}`);
  return lines.join('\n');
}

/** A failed identity in plain Chinese: 表三 · （七）总计 · 自然人：原表印出 12，各分项相加为 11. */
export function checkText(check: { keys: readonly string[]; expected: number | null; actual: number | null }): string {
  return `${describeLocation(check.keys[0]!)}：原表印出 ${check.actual ?? '—'}，各分项相加为 ${check.expected ?? '—'}，对不上`;
}
