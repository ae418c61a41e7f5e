/**
 * results.jsonl is read line by line from its bytes (`batch/jsonl.ts`), not through `readline`: the
 * rows read must be the ones `readline` splits the file into (line ends `\n`, `\r\n`, a lone `\r`;
 * lines longer than a read, multibyte characters across reads, damaged lines, no final newline),
 * and the rows of a run must follow the file when it changes between two reads.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readRows, rowsOfRun, type BatchRow } from '../src/batch/index.js';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'xxgk-jsonl-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `readline` made of the file: the last parsable row per hash. */
async function byReadline(file: string): Promise<BatchRow[]> {
  const rows = new Map<string, BatchRow>();
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    try {
      const row = JSON.parse(line) as BatchRow;
      rows.set(row.sha256, row);
    } catch {
      // damaged
    }
  }
  return [...rows.values()];
}

const row = (sha256: string, text: string): string => JSON.stringify({ file: `${sha256}.txt`, sha256, ok: false, ms: 1, error: { code: 'E_X', message: text } });

test('rows are split as readline splits them', async () => {
  const file = join(dir, 'mixed.jsonl');
  // ~2.5 MiB of Chinese text in one line: longer than a read, with three-byte characters across reads.
  const long = '政府信息公开工作年度报告'.repeat(75_000);
  const body = [
    row('a', 'first'),
    '\n',
    row('b', 'crlf'),
    '\r\n',
    row('c', 'lone cr'),
    '\r',
    row('d', long),
    '\n\n   \n',
    '{"damaged": ',
    '\n',
    row('a', 'again'),
    '\r',
    '\r\n',
    row('e', 'no final newline'),
  ].join('');
  writeFileSync(file, body);
  const read = await readRows(file);
  expect(read.map((r) => r.sha256)).toEqual(['a', 'b', 'c', 'd', 'e']);
  expect(read.find((r) => r.sha256 === 'a')!.error!.message).toBe('again');
  expect(read.find((r) => r.sha256 === 'd')!.error!.message).toBe(long);
  expect(read).toEqual(await byReadline(file));
});

test('the rows of a run follow the file when it changes', async () => {
  const file = join(dir, 'run.jsonl');
  writeFileSync(file, `${row('a', 'one')}\n${row('b', 'two')}\n`);
  const rows = rowsOfRun(file);
  const read = async (): Promise<string[]> => {
    const out: string[] = [];
    for await (const r of rows()) out.push(`${r.sha256}:${r.error!.message}`);
    return out;
  };
  expect(await read()).toEqual(['a:one', 'b:two']);
  expect(await read()).toEqual(['a:one', 'b:two']);
  appendFileSync(file, `${row('a', 'three')}\n`);
  expect(await read()).toEqual(['b:two', 'a:three']);
});
