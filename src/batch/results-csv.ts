/**
 * @file results.csv: one row per document of the run, one column per canonical key of both template
 * versions (UTF-8 with BOM for Excel), written from results.jsonl one line at a time.
 */
import { writeFileAtomic } from '../_internal/atomic-write.js';
import { csvCell } from '../export/csv-cell.js';
import { flattenData } from '../report-data.js';
import { ALL_KEYS } from '../template/index.js';
import { rowsOfRun } from './jsonl.js';
import type { BatchRow } from './records.js';

const CSV_HEAD = ['file', 'ok', 'error', 'templateVersion', 'title', 'agency', 'year', 'publishedAt', 'confidence', ...ALL_KEYS];

/** One results.csv line: one column per canonical key. */
function csvLine(r: BatchRow): string {
  const data = r.report ? flattenData(r.report.data) : new Map<string, unknown>();
  const m = r.report?.meta;
  return [r.file, r.ok, r.error?.code, m?.templateVersion, m?.title, m?.agency, m?.year, m?.publishedAt, r.report?.confidence, ...ALL_KEYS.map((k) => data.get(k))].map(csvCell).join(',');
}

/**
 * Writes results.csv from results.jsonl, one line at a time: one row per document of this run
 * (by content hash, named by its current path), in the order they finished.
 */
export async function writeCsv(jsonl: string, csv: string, fileOf: ReadonlyMap<string, string>): Promise<void> {
  await writeFileAtomic(csv, async (write) => {
    await write(`\uFEFF${CSV_HEAD.join(',')}\r\n`);
    for await (const row of rowsOfRun(jsonl, fileOf)()) await write(`${csvLine(row)}\r\n`);
  });
}
