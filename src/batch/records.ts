/**
 * @file What a batch writes and keeps per document: `BatchRow` (one line of results.jsonl, with its
 * report) and `BatchRecord` (the summary's facts of it, without the report: an archive of 100 000
 * reports is never held in memory).
 */
import type { Report } from '../schema/report.js';
import { crossYearFacts, type CrossYearFacts } from './cross-year.js';

/** One line of results.jsonl. */
export interface BatchRow {
  file: string;
  sha256: string;
  ok: boolean;
  ms: number;
  report?: Report;
  error?: { code: string; message: string };
}

/**
 * What the batch keeps of each document while it runs: the summary's facts, not the report
 * (the reports are in results.jsonl).
 */
export interface BatchRecord {
  file: string;
  sha256: string;
  ok: boolean;
  ms: number;
  error?: { code: string; message: string };
  confidence?: number;
  templateVersion?: string;
  crossYear?: CrossYearFacts;
  /** Fields set by a corrections file: the document is extracted again when corrections are given. */
  corrected?: number;
  /** Other paths of this run with the same content (see `documents.ts`); not in results.jsonl. */
  duplicates?: string[];
}

/** What the batch keeps of one row (exported for `merge`). */
export function recordOf(row: BatchRow): BatchRecord {
  const { report, ...rest } = row;
  if (!report) return rest;
  const corrected = Object.values(report.fields).filter((f) => f.flags.includes('corrected')).length;
  return { ...rest, confidence: report.confidence, templateVersion: report.meta.templateVersion, crossYear: crossYearFacts(row.file, report), ...(corrected ? { corrected } : {}) };
}
