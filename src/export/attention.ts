/**
 * @file What needs a person's attention in one batch row: the counts the review index sorts by,
 * the xlsx summary sheet and the wide CSV's first columns show.
 */
import type { BatchRow } from '../batch/index.js';
import { CONFIDENT } from '../golden/compare.js';
import { fieldStatus } from './status.js';

/** Meta values a person should check when below CONFIDENT, with their Chinese names. */
const META_IN_DOUBT = { agency: '机关', year: '年度' } as const;

/** Counts of what needs a look in one document. */
export interface Attention {
  failed: boolean;
  failedChecks: number;
  crossYear: number;
  ambiguous: number;
  low: number;
  missing: number;
  corrected: number;
  warnings: number;
  /** Tables printed as images: no numbers could be read. */
  imageTables: boolean;
  /** Agency or year not confirmed (below CONFIDENT, ambiguous or missing: `metaFields`). */
  metaInDoubt: (keyof typeof META_IN_DOUBT)[];
}

/** Counts the problems of one row; `crossYear` is the number of cross-year findings naming it. */
export function attentionOf(row: BatchRow, crossYear = 0): Attention {
  const r = row.report;
  const a: Attention = { failed: !r, failedChecks: 0, crossYear, ambiguous: 0, low: 0, missing: 0, corrected: 0, warnings: 0, imageTables: false, metaInDoubt: [] };
  if (!r) return a;
  // Reports written before metaFields existed say nothing about it: nothing to flag.
  if (r.metaFields) a.metaInDoubt = (['agency', 'year'] as const).filter((k) => r.metaFields![k].confidence < CONFIDENT);
  a.failedChecks = r.checks.filter((c) => !c.ok).length;
  a.warnings = r.warnings.length;
  a.imageTables = r.warnings.some((w) => w.code === 'table_is_image');
  for (const info of Object.values(r.fields)) {
    const s = fieldStatus(info);
    if (s === 'ambiguous') a.ambiguous++;
    else if (s === 'low' || s === 'derived') a.low++;
    else if (s === 'missing') a.missing++;
    else if (s === 'corrected') a.corrected++;
  }
  return a;
}

/** Sort key, most urgent first: failed documents, failed checks, cross-year findings, ambiguous, low, missing, agency/year in doubt, warnings. */
export function attentionRank(a: Attention): number[] {
  return [a.failed ? 1 : 0, a.failedChecks, a.crossYear, a.ambiguous, a.low, a.missing, a.metaInDoubt.length, a.warnings].map((n) => -n);
}

/** Compares two attention ranks (for `sort`). */
export function byAttention(x: Attention, y: Attention): number {
  const a = attentionRank(x);
  const b = attentionRank(y);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** One short Chinese line: 校验未通过 2 处；无法确定 3 个；… (empty when nothing). */
export function attentionText(a: Attention): string {
  if (a.failed) return '未能读取';
  const parts: string[] = [];
  if (a.imageTables) parts.push('表格为图片，数字未读到');
  if (a.failedChecks) parts.push(`合计关系不成立 ${a.failedChecks} 处`);
  if (a.crossYear) parts.push(`与相邻年度衔接不一致 ${a.crossYear} 处`);
  if (a.ambiguous) parts.push(`无法确定 ${a.ambiguous} 个`);
  if (a.low) parts.push(`置信度低 ${a.low} 个`);
  if (a.missing && !a.imageTables) parts.push(`未读到 ${a.missing} 个`);
  if (a.metaInDoubt.length) parts.push(`${a.metaInDoubt.map((k) => META_IN_DOUBT[k]).join('、')}需核对`);
  if (a.corrected) parts.push(`已更正 ${a.corrected} 个`);
  if (a.warnings) parts.push(`提示 ${a.warnings} 条`);
  return parts.join('；');
}
