/**
 * @file Batch extraction of an archive: every supported file under the inputs, on a worker pool,
 * into `results.jsonl` (one line per document, appended as each finishes), `results.csv` (UTF-8
 * with BOM, a column per canonical field) and `summary.json` (per document ok/failed with its error
 * code, counts, timing, cross-year mismatches). Resumable: documents already in results.jsonl
 * (by content hash) are skipped unless `force`; a line cut by a kill is dropped on resume.
 *
 * Steps: `list-inputs.ts` (files) → `run.ts` (pool, resume, results.jsonl) → `results-csv.ts`,
 * `summary.ts`, `outputs.ts` (the files for people); `merge.ts` joins shard runs.
 */
export { runBatch, type BatchOptions } from './run.js';
export { recordOf, type BatchRecord, type BatchRow } from './records.js';
export { readRows, rowsOfRun } from './jsonl.js';
export { writeCsv } from './results-csv.js';
export { summarize, type BatchSummary } from './summary.js';
export { printable } from './progress.js';
export { crossYearChecks, crossYearFacts, agencyKey, type CarryMismatch, type CrossYearFacts, type CrossYearMismatch, type CrossYearResult } from './cross-year.js';
export { agencyIdentity, AliasesError, parseAliases, readAliases } from './agency-name.js';
export { mergeBatches, MergeInputError } from './merge.js';
export { filesOfShard, parseShard, shardOf, type Shard } from './shard.js';
export type { OutputOptions } from './outputs.js';
export { countByExtension, listInputs, SUPPORTED } from './list-inputs.js';
export { writeFileAtomic } from '../_internal/atomic-write.js';
