/**
 * @file The files of a batch folder besides results.jsonl / results.csv / summary.json, written
 * after a run (and after `merge`): the CSV exports and codebook, the review pages, and with
 * `xlsx` the workbook. Each reads the rows again from results.jsonl (`RowSource`).
 */
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCsvExports, type RowSource } from '../export/index.js';
import { writeXlsx } from '../export/xlsx.js';
import { writeReviewSite } from '../review/index.js';
import type { CrossYearResult } from './cross-year.js';

/** Output choices of `batch` and `merge`. */
export interface OutputOptions {
  /** Also write results.xlsx. @default false */
  xlsx?: boolean;
  /** Write the review pages (review/index.html and one page per report). @default true */
  review?: boolean;
}

/** Number of cross-year findings naming each file. */
export function crossYearCounts(crossYear: CrossYearResult): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string): void => void out.set(f, (out.get(f) ?? 0) + 1);
  for (const m of crossYear.mismatches) add(m.current.file), add(m.previous.file);
  return out;
}

/** Writes the exports of a finished batch folder. */
export async function writeBatchOutputs(out: string, rows: RowSource, summary: { crossYear: CrossYearResult }, opts: OutputOptions): Promise<void> {
  const crossYearByFile = crossYearCounts(summary.crossYear);
  await writeCsvExports(out, rows, { crossYearByFile });
  if (opts.review !== false) await writeReviewSite(join(out, 'review'), rows, summary.crossYear);
  if (opts.xlsx) {
    const path = join(out, 'results.xlsx');
    await writeXlsx(`${path}.tmp`, rows, crossYearByFile);
    await rename(`${path}.tmp`, path);
  }
}
