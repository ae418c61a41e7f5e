/**
 * @file Documents, not paths: a batch counts and names each content (sha256) once. Several paths
 * with the same bytes are one document, extracted once; it is named by the path it was extracted
 * from (its results.jsonl line) when that path is among this run's paths, else by the first of them
 * in listing order (a document done in an earlier run whose file has since moved); the other paths
 * are its `duplicates`. The CSVs, the exports, the review pages and summary.json all use this name.
 */
import type { BatchRecord } from './records.js';

/** One path as the run saw it: its content hash, or the record of a file it could not read. */
export type PathOutcome = { sha256: string } | { unreadable: BatchRecord };

/** A document of the run: its record under its name, and the other paths with its content. */
export interface NamedDocuments {
  /** One per document, in the listing order of its first path. */
  records: BatchRecord[];
  /** Name of each document by content hash (for the CSVs and exports). */
  fileOf: Map<string, string>;
}

/**
 * Names each document. `paths[i]` is the outcome of the i-th listed file; `records` the record of
 * each content (extracted now or in an earlier run), whose `file` is the path it was extracted from.
 */
export function nameDocuments(files: readonly string[], paths: readonly (PathOutcome | undefined)[], records: ReadonlyMap<string, BatchRecord>): NamedDocuments {
  const pathsOf = new Map<string, string[]>();
  const order: (string | BatchRecord)[] = [];
  paths.forEach((p, i) => {
    if (!p) return; // never dispatched (interrupted)
    if ('unreadable' in p) return void order.push(p.unreadable);
    const list = pathsOf.get(p.sha256);
    if (list) list.push(files[i]!);
    else pathsOf.set(p.sha256, [files[i]!]), order.push(p.sha256);
  });
  const fileOf = new Map<string, string>();
  const out: BatchRecord[] = [];
  for (const item of order) {
    if (typeof item !== 'string') {
      out.push(item);
      continue;
    }
    const record = records.get(item);
    if (!record) continue; // its extraction did not finish (interrupted)
    const list = pathsOf.get(item)!;
    const name = list.includes(record.file) ? record.file : list[0]!;
    const duplicates = list.filter((f) => f !== name);
    fileOf.set(item, name);
    out.push({ ...record, file: name, ...(duplicates.length ? { duplicates } : {}) });
  }
  return { records: out, fileOf };
}
