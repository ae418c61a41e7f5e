/**
 * @file summary.json of a batch: counts, error codes, cross-year checks and one entry per document.
 * Counts are of documents (a content: several paths with the same bytes are one document, see
 * `documents.ts`); `paths` and `duplicates` count the paths.
 */
import { crossYearChecks, type CrossYearResult } from './cross-year.js';
import type { BatchRecord } from './records.js';

export interface BatchSummary {
  /** Documents: distinct contents, and each path that could not be read. */
  total: number;
  ok: number;
  failed: number;
  /** Documents done in an earlier run (results.jsonl), not extracted again. */
  skipped: number;
  /** Of `skipped`: documents that failed in the earlier run and were not retried (`--retry-failed` retries them). */
  skippedFailed?: number;
  /** Paths behind the documents (`total` + `duplicates`). */
  paths: number;
  /** Paths whose content is a document listed under another path (its `duplicates`). */
  duplicates: number;
  interrupted: boolean;
  workers: number;
  ms: number;
  errors: Record<string, number>;
  crossYear: CrossYearResult;
  /** With `corrections`: how many values were set, and the corrections that did not apply. */
  corrections?: { applied: number; rejected: { sha256: string; key: string; reason: string }[] };
  /** Files in the input folders of kinds not read (goldens, spreadsheets of results, images of other kinds …), by extension. */
  notRead?: { files: number; byExtension: Record<string, number> };
  /** Hidden files and folders in the input folders (a name starting with '.': `.git`, `.DS_Store`), not walked nor read: how many, and the first of them. */
  hidden?: { entries: number; first: string[] };
  /** One per document, named as in results.csv and the exports; `duplicates`: its other paths. */
  files: { file: string; sha256?: string; duplicates?: string[]; ok: boolean; ms: number; error?: { code: string; message: string }; confidence?: number; templateVersion?: string }[];
}

export function summarize(rows: readonly BatchRecord[], extra: Pick<BatchSummary, 'skipped' | 'skippedFailed' | 'interrupted' | 'workers' | 'ms'>, aliases?: ReadonlyMap<string, string>): BatchSummary {
  const errors: Record<string, number> = {};
  for (const r of rows) if (r.error) errors[r.error.code] = (errors[r.error.code] ?? 0) + 1;
  const duplicates = rows.reduce((n, r) => n + (r.duplicates?.length ?? 0), 0);
  return {
    total: rows.length,
    ok: rows.filter((r) => r.ok).length,
    failed: rows.filter((r) => !r.ok).length,
    ...extra,
    paths: rows.length + duplicates,
    duplicates,
    errors,
    crossYear: crossYearChecks(rows.flatMap((r) => (r.crossYear ? [{ ...r.crossYear, file: r.file }] : [])), aliases),
    files: rows.map((r) => ({
      file: r.file,
      ...(r.sha256 ? { sha256: r.sha256 } : {}),
      ...(r.duplicates?.length ? { duplicates: r.duplicates } : {}),
      ok: r.ok,
      ms: r.ms,
      ...(r.error ? { error: r.error } : {}),
      ...(r.confidence !== undefined ? { confidence: r.confidence, templateVersion: r.templateVersion } : {}),
    })),
  };
}
