/**
 * @file Reading results.jsonl: one row at a time (damaged lines skipped), the records of an earlier
 * run for resuming (a line cut by a kill is removed), and the rows of this run (the last line per
 * document) for the CSVs and exports.
 */
import { createReadStream, existsSync } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { writeFileAtomic } from '../_internal/atomic-write.js';
import { recordOf, type BatchRecord, type BatchRow } from './records.js';

/** Each parsable line of a results.jsonl, read one at a time (damaged lines skipped). */
async function* jsonlRows(jsonl: string): AsyncGenerator<BatchRow> {
  if (!existsSync(jsonl)) return;
  for await (const line of createInterface({ input: createReadStream(jsonl, 'utf8'), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as BatchRow;
    } catch {
      // Not ours or damaged: that document is extracted again.
    }
  }
}

/** Bytes after the last newline of a file (a line cut mid-write). */
async function readTail(file: string, size: number): Promise<{ cut: number }> {
  const chunk = Math.min(size, 1 << 20);
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(chunk);
    await handle.read(buf, 0, chunk, size - chunk);
    const last = buf.lastIndexOf(0x0a);
    return { cut: last < 0 ? (size <= chunk ? size : 0) : chunk - last - 1 };
  } finally {
    await handle.close();
  }
}

/** Records of an earlier run by content hash. A last line cut by a kill is removed from the file. */
export async function previousRecords(jsonl: string): Promise<Map<string, BatchRecord>> {
  const size = existsSync(jsonl) ? (await stat(jsonl)).size : 0;
  if (size > 0) {
    // Only the tail can be cut: find the last newline and drop what follows it.
    const tail = await readTail(jsonl, size);
    if (tail.cut > 0) await truncate(jsonl, size - tail.cut);
  }
  const records = new Map<string, BatchRecord>();
  for await (const row of jsonlRows(jsonl)) records.set(row.sha256, recordOf(row));
  return records;
}

/**
 * The rows of this run, read again from results.jsonl on each call: the last line per document,
 * named by its current path (`fileOf`, by content hash; all rows when absent). Two passes over the
 * file, holding only line numbers: an archive of 100 000 reports is never in memory.
 */
export function rowsOfRun(jsonl: string, fileOf?: ReadonlyMap<string, string>): () => AsyncIterable<BatchRow> {
  return async function* () {
    const last = new Map<string, number>();
    let i = 0;
    for await (const row of jsonlRows(jsonl)) last.set(row.sha256 || `#${i}`, i), i++;
    i = 0;
    for await (const row of jsonlRows(jsonl)) {
      const n = i++;
      if (last.get(row.sha256 || `#${n}`) !== n) continue;
      if (!fileOf) yield row;
      else if (fileOf.has(row.sha256)) yield { ...row, file: fileOf.get(row.sha256)! };
    }
  };
}

/**
 * Rewrites results.jsonl with one line per document, the last one (a document extracted again, by
 * `--retry-failed` or for corrections, was appended a second line): the file then agrees with
 * results.csv. Lines without a content hash are kept. Written atomically, and only when a document
 * has more than one line (two passes holding line numbers, as `rowsOfRun`).
 */
export async function compactJsonl(jsonl: string): Promise<void> {
  const last = new Map<string, number>();
  let i = 0;
  let repeated = false;
  for await (const row of jsonlRows(jsonl)) {
    if (row.sha256 && last.has(row.sha256)) repeated = true;
    last.set(row.sha256 || `#${i}`, i), i++;
  }
  if (!repeated) return;
  await writeFileAtomic(jsonl, async (write) => {
    let n = 0;
    for await (const row of jsonlRows(jsonl)) {
      const at = n++;
      if (last.get(row.sha256 || `#${at}`) === at) await write(`${JSON.stringify(row)}\n`);
    }
  });
}

/** The rows of a results.jsonl (the last one per document), in file order. */
export async function readRows(jsonl: string): Promise<BatchRow[]> {
  const rows = new Map<string, BatchRow>();
  for await (const row of jsonlRows(jsonl)) rows.set(row.sha256, row);
  return [...rows.values()];
}
