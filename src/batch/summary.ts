/** @file summary.json of a batch: counts, error codes, cross-year checks and one entry per file. */
import { crossYearChecks, type CrossYearResult } from './cross-year.js';
import type { BatchRecord } from './records.js';

export interface BatchSummary {
  total: number;
  ok: number;
  failed: number;
  skipped: number;
  interrupted: boolean;
  workers: number;
  ms: number;
  errors: Record<string, number>;
  crossYear: CrossYearResult;
  /** With `corrections`: how many values were set, and the corrections that did not apply. */
  corrections?: { applied: number; rejected: { sha256: string; key: string; reason: string }[] };
  files: { file: string; ok: boolean; ms: number; error?: { code: string; message: string }; confidence?: number; templateVersion?: string }[];
}

export function summarize(rows: readonly BatchRecord[], extra: Pick<BatchSummary, 'skipped' | 'interrupted' | 'workers' | 'ms'>, aliases?: ReadonlyMap<string, string>): BatchSummary {
  const errors: Record<string, number> = {};
  for (const r of rows) if (r.error) errors[r.error.code] = (errors[r.error.code] ?? 0) + 1;
  return {
    total: rows.length,
    ok: rows.filter((r) => r.ok).length,
    failed: rows.filter((r) => !r.ok).length,
    ...extra,
    errors,
    crossYear: crossYearChecks(rows.flatMap((r) => (r.crossYear ? [{ ...r.crossYear, file: r.file }] : [])), aliases),
    files: rows.map((r) => ({
      file: r.file,
      ok: r.ok,
      ms: r.ms,
      ...(r.error ? { error: r.error } : {}),
      ...(r.confidence !== undefined ? { confidence: r.confidence, templateVersion: r.templateVersion } : {}),
    })),
  };
}
