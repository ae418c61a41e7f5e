/**
 * @file Reading results.jsonl: one row at a time (damaged lines skipped), the records of an earlier
 * run for resuming (a line cut by a kill is removed), and the rows of this run (the last line per
 * document) for the CSVs and exports.
 */
import { createReadStream, existsSync } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { writeFileAtomic } from '../_internal/atomic-write.js';
import { recordOf, type BatchRecord, type BatchRow } from './records.js';

/** bytes. What one read of results.jsonl takes at a time (a report's line is ~50–70 KB). */
const READ_CHUNK = 1 << 20;
const LF = 0x0a;

/**
 * The lines of a file, split as `readline` splits them (at `\n`, `\r\n` and a lone `\r`), each
 * decoded once from its bytes. `readline` on results.jsonl (lines of ~60 KB) cost about twice the
 * JSON.parse of its lines: it decodes every chunk, joins the pieces of a line with string
 * concatenation and runs a regular expression over the joined string; the end of a batch reads the
 * file several times over (exports, review pages).
 */
async function* fileLines(file: string): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  const cut = function* (line: Buffer): Generator<string> {
    const text = line.toString('utf8');
    if (!text.includes('\r')) yield text;
    else yield* text.split('\r');
  };
  for await (const chunk of createReadStream(file, { highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>) {
    let at = 0;
    for (let nl = chunk.indexOf(LF); nl >= 0; nl = chunk.indexOf(LF, at)) {
      const piece = chunk.subarray(at, nl);
      yield* cut(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece);
      pending = [];
      at = nl + 1;
    }
    if (at < chunk.length) pending.push(chunk.subarray(at));
  }
  if (pending.length > 0) yield* cut(Buffer.concat(pending));
}

/** Each parsable line of a results.jsonl, read one at a time (damaged lines skipped). */
async function* jsonlRows(jsonl: string): AsyncGenerator<BatchRow> {
  if (!existsSync(jsonl)) return;
  for await (const line of fileLines(jsonl)) {
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as BatchRow;
    } catch {
      // Not ours or damaged: that document is extracted again.
    }
  }
}

/** The file as it is now (a changed file differs in one of these). */
async function version(file: string): Promise<string> {
  const s = await stat(file).catch(() => null);
  return s ? `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}` : '';
}

/** Where each document's last line is (`lastLineOf`); `repeated`: some document has more than one line. */
interface LastLines {
  last: ReadonlyMap<string, number>;
  repeated: boolean;
}

/** The last results.jsonl whose last lines were found, with its version. */
let lastLines: { file: string; version: string; found: LastLines } | null = null;

/**
 * The line number (counting parsable lines) of the last line of each document of `jsonl`, by
 * content hash (`#n` for a line without one). The exports of a finished run ask for it several
 * times over an unchanged file: found once per version of the file.
 */
async function lastLineOf(jsonl: string): Promise<LastLines> {
  const v = await version(jsonl);
  if (lastLines && lastLines.file === jsonl && lastLines.version === v && v !== '') return lastLines.found;
  const last = new Map<string, number>();
  let i = 0;
  let repeated = false;
  for await (const row of jsonlRows(jsonl)) {
    if (row.sha256 && last.has(row.sha256)) repeated = true;
    last.set(row.sha256 || `#${i}`, i), i++;
  }
  const found = { last, repeated };
  // Kept only if the file did not change while it was read.
  lastLines = v !== '' && (await version(jsonl)) === v ? { file: jsonl, version: v, found } : null;
  return found;
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
 * file, holding only line numbers: an archive of 100 000 reports is never in memory. The first
 * pass is made once per version of the file (`lastLineOf`), not once per export.
 */
export function rowsOfRun(jsonl: string, fileOf?: ReadonlyMap<string, string>): () => AsyncIterable<BatchRow> {
  return async function* () {
    const { last } = await lastLineOf(jsonl);
    let i = 0;
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
 * has more than one line (two passes holding line numbers, as `rowsOfRun`; the first shared with it).
 */
export async function compactJsonl(jsonl: string): Promise<void> {
  const { last, repeated } = await lastLineOf(jsonl);
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
