/**
 * `xxgk batch`, `compare` and `review` as a user runs them: the built CLI in a child process (real
 * worker threads, a real kill), over a mixed folder of bundled samples with bad files among them.
 */
import { execFile, spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ALL_KEYS, compareReport, type Golden, type Report } from '../src/index.js';
import type { BatchRow, BatchSummary } from '../src/batch/index.js';
import { ROOT } from './helpers/paths.js';

const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
const run = promisify(execFile);

async function xxgk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 2 ** 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const GOOD = ['quirk-tab.txt', 'html-word-gb18030.html', 'pdf-chromium-web.pdf', 'pdf-libreoffice-word.pdf', 'quirk-2019.txt', 'xyear-2023.txt', 'xyear-2024.txt'];
const BAD: Record<string, string> = { 'bad/gone.txt': 'E_INPUT_NOT_FOUND', 'bad/empty.txt': 'E_EMPTY', 'bad/encrypted.pdf': 'E_PDF_ENCRYPTED', 'bad/truncated.pdf': 'E_PDF_CORRUPT', 'bad/scan.pdf': 'E_PDF_NO_TEXT', 'bad/binary.txt': 'E_DECODE', 'bad/legacy.doc': 'E_UNSUPPORTED_KIND' };

let dir: string;
beforeAll(() => {
  expect(existsSync(BIN)).toBe(true); // npm test builds dist/ first
  dir = mkdtempSync(join(tmpdir(), 'xxgk-batch-'));
  mkdirSync(join(dir, 'in', 'nested'), { recursive: true });
  GOOD.forEach((f, i) => copyFileSync(join(ROOT, 'samples', f), join(dir, 'in', i % 2 ? 'nested' : '', f)));
  // A legacy Word file (OLE header) is listed and recorded as failed, not passed over.
  writeFileSync(join(dir, 'in', 'bad-legacy.doc'), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  for (const f of Object.keys(BAD).filter((b) => b !== 'bad/gone.txt' && b !== 'bad/legacy.doc')) copyFileSync(join(ROOT, 'samples', f), join(dir, 'in', f.replace('bad/', 'bad-')));
  writeFileSync(join(dir, 'in', 'notes.docx.bak'), 'not a supported extension');
  symlinkSync('/nonexistent/report.txt', join(dir, 'in', 'gone.txt')); // listed, then unreadable
  // Loops and a second path to a file: the listing must end, and list every real file once.
  symlinkSync('..', join(dir, 'in', 'nested', 'up'));
  symlinkSync(join(dir, 'in'), join(dir, 'in', 'self'));
  symlinkSync(join(dir, 'in', GOOD[0]!), join(dir, 'in', 'nested', 'link-to-first.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const readJsonl = (file: string): BatchRow[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as BatchRow);
const summaryOf = (out: string): BatchSummary => JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
const base = (f: string): string => f.split('/').pop()!;

describe('xxgk batch', () => {
  it('should extract every good file, record every bad one with its code, and check years against each other', async () => {
    const out = join(dir, 'out1');
    const r = await xxgk('batch', join(dir, 'in'), '--out', out, '--workers', '2');
    expect(r.code).toBe(1); // some documents failed
    const s = summaryOf(out);
    expect(s.total).toBe(GOOD.length + Object.keys(BAD).length);
    expect(s.workers).toBe(2);
    for (const f of s.files) {
      const name = base(f.file);
      if (GOOD.includes(name)) expect(f).toMatchObject({ ok: true });
      else expect(f.error?.code).toBe(BAD[`bad/${name.replace('bad-', '')}`]);
    }
    expect(s.crossYear.pairs).toBe(1);
    expect(s.crossYear.mismatches.map((m) => [m.column, m.previous.carriedForward + 1 === m.current.carriedOver, base(m.previous.file), base(m.current.file)])).toEqual([
      ['legalService', true, 'xyear-2023.txt', 'xyear-2024.txt'],
      ['total', true, 'xyear-2023.txt', 'xyear-2024.txt'],
    ]);
    const csv = readFileSync(join(out, 'results.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFfile,ok,error,')).toBe(true);
    const [head, ...lines] = csv.slice(1).trim().split('\r\n');
    expect(head!.split(',')).toHaveLength(9 + ALL_KEYS.length);
    // The unreadable file is in summary.json only: results.jsonl and .csv hold documents that were read.
    expect(lines).toHaveLength(s.total - 1);
    expect(readJsonl(join(out, 'results.jsonl'))).toHaveLength(s.total - 1);
  });

  it('should resume after being killed, keeping finished results and dropping a cut line', async () => {
    const out = join(dir, 'out2');
    const child = spawn(process.execPath, [BIN, 'batch', join(dir, 'in'), '--out', out, '--workers', '1'], { stdio: 'ignore' });
    const jsonl = join(out, 'results.jsonl');
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        const n = existsSync(jsonl) ? readFileSync(jsonl, 'utf8').split('\n').filter(Boolean).length : 0;
        if (n >= 3) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(poll);
        reject(new Error('batch finished before it could be killed'));
      });
    });
    const before = readJsonl(jsonl).length;
    expect(before).toBeLessThan(GOOD.length + Object.keys(BAD).length);
    appendFileSync(jsonl, '{"file":"cut-by-the-kill","sha25'); // a line cut mid-write
    const r = await xxgk('batch', join(dir, 'in'), '--out', out, '--workers', '2');
    expect(r.stderr).toContain(`(${before} done earlier)`);
    const rows = readJsonl(jsonl);
    expect(rows).toHaveLength(GOOD.length + Object.keys(BAD).length - 1);
    expect(new Set(rows.map((x) => x.sha256)).size).toBe(rows.length);
    expect(summaryOf(out).ok).toBe(GOOD.length);
  });

  it('should stop a PDF that traps pdf.js in a loop, in extract and in a batch (fuzzer regression)', async () => {
    // A mutant of pdf-libreoffice-word.pdf whose page 2 sends pdf.js getTextContent into a loop.
    const hang = join(ROOT, 'test', 'fixtures', 'fuzz-pdf-hang.pdf');
    const one = await xxgk('extract', hang, '--timeout', '2000');
    expect(one.code).toBe(1);
    expect(JSON.parse(one.stdout).error.code).toBe('E_TIMEOUT');
    // A budget under the page watch's limit: the whole document times out, naming the page it was
    // stopped in (unless the budget ran out sooner, while pdf.js loaded, on a busy machine).
    expect(JSON.parse(one.stdout).error.message).toMatch(/no result within 2000 ms \(timeoutMs\); the extraction was stopped( \(in: pdf\.js reading page [12]\))?$/);
    const out = join(dir, 'out-hang');
    // The batch's budget is wall time per file on a shared machine: 4 s (still under the page watch's
    // 5 s of CPU) so that the small text beside the hang is not cut short under load (CI at a load of
    // ~20 on 2 cores timed quirk-tab.txt out at 2 s once; alone it takes ~0.3 s of CPU).
    await xxgk('batch', hang, join(dir, 'in', 'quirk-tab.txt'), '--out', out, '--timeout', '4000', '--workers', '1');
    const s = summaryOf(out);
    expect(s.files.map((f) => [base(f.file), f.error?.code ?? 'ok']).sort()).toEqual([
      ['fuzz-pdf-hang.pdf', 'E_TIMEOUT'],
      ['quirk-tab.txt', 'ok'],
    ]);
  });

  it('should skip a page pdf.js loops on and read the rest of the PDF, in extract and in a batch (fuzzer regression)', async () => {
    // pdf-libreoffice-word.pdf with page 2 of fuzz-pdf-hang.pdf put in as page 2 (its broken Type1
    // font spins pdf.js, blocking the thread): made with
    // `qpdf --empty --pages pdf-libreoffice-word.pdf 1 fuzz-pdf-hang.pdf 2 pdf-libreoffice-word.pdf 2-z -- out.pdf`.
    // The helper stuck on page 2 is killed after the page watch's limit (5 s of CPU time) and
    // the PDF read again without it; every value of the report (pages 1, 3–5) is read.
    const file = join(ROOT, 'test', 'fixtures', 'fuzz-pdf-hang-page2-of-5.pdf');
    const out = join(dir, 'out-loop-page');
    // A budget that a busy machine cannot run out: the watch counts the helper's CPU time, not the wall clock.
    const [one] = await Promise.all([xxgk('extract', file, '--timeout', '150000'), xxgk('batch', file, '--out', out, '--timeout', '150000', '--workers', '1')]);
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'pdf-libreoffice-word.golden.json'), 'utf8')) as Golden;
    const row = JSON.parse(readFileSync(join(out, 'results.jsonl'), 'utf8').trim()) as BatchRow;
    expect(row.error).toBeUndefined();
    const batchReport = row.report!;
    for (const report of [JSON.parse(one.stdout) as Report, batchReport]) {
      expect((report as { error?: unknown }).error).toBeUndefined();
      expect(report.warnings).toContainEqual({ code: 'pdf_page_unreadable', message: 'page 2 cannot be read (pdf.js did not finish reading it within 5000 ms of CPU time and was stopped): its content is missing' });
      const cmp = compareReport('loop-page', report, golden);
      expect([cmp.silent, cmp.correct]).toEqual([0, cmp.total]);
      expect(report.fields['activeDisclosure.regulations.issued']?.source?.page).toBe(3); // pages keep their numbers
    }
  }, 200_000);

  it('should enforce the time budget in extract for every format, not only PDF', async () => {
    for (const f of ['quirk-tab.txt', 'html-cms-utf8.html', 'docx-word.docx']) {
      const r = await xxgk('extract', join(ROOT, 'samples', f), '--timeout', '1');
      expect([f, r.code, JSON.parse(r.stdout).error.code]).toEqual([f, 1, 'E_TIMEOUT']);
    }
  });

  it('should give E_TIMEOUT for documents over the budget and still finish the batch', async () => {
    const out = join(dir, 'out3');
    await xxgk('batch', join(dir, 'in', 'pdf-chromium-web.pdf'), join(dir, 'in', 'quirk-tab.txt'), '--out', out, '--timeout', '1', '--workers', '1');
    const s = summaryOf(out);
    expect(s.total).toBe(2);
    expect(s.files.find((f) => f.file.endsWith('.pdf'))?.error?.code).toBe('E_TIMEOUT');
  });
});

describe('xxgk batch re-runs of failed documents', () => {
  it('should keep an earlier failure on a plain re-run (saying so), extract it again with --retry-failed, and pass --encoding', async () => {
    const input = join(dir, 'retry-in');
    const out = join(dir, 'out-retry');
    mkdirSync(input, { recursive: true });
    copyFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), join(input, 'utf8.txt'));
    copyFileSync(join(ROOT, 'samples', 'quirk-gb18030.txt'), join(input, 'gb.txt'));
    // --encoding utf-8 forced on a GB18030 file: it fails; the UTF-8 one is read.
    const first = await xxgk('batch', input, '--out', out, '--workers', '0', '--encoding', 'utf-8');
    expect(first.code).toBe(1);
    expect(summaryOf(out).files.map((f) => [base(f.file), f.error?.code ?? 'ok']).sort()).toEqual([['gb.txt', 'E_DECODE'], ['utf8.txt', 'ok']]);
    // A plain re-run keeps both as they were, and says how to retry the failure.
    const plain = await xxgk('batch', input, '--out', out, '--workers', '0');
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('1 document failed in an earlier run and was not retried: --retry-failed');
    expect(summaryOf(out)).toMatchObject({ ok: 1, failed: 1, skipped: 2, skippedFailed: 1 });
    // --retry-failed (detection again): the failure is read; the document read earlier is not redone.
    const retry = await xxgk('batch', input, '--out', out, '--workers', '0', '--retry-failed');
    expect(retry.code).toBe(0);
    expect(retry.stderr).toContain('(1 done earlier)');
    const s = summaryOf(out);
    expect(s).toMatchObject({ ok: 2, failed: 0, skipped: 1 });
    expect(s.skippedFailed).toBeUndefined();
    // One line per document, the latest outcome: the failure's line is replaced, as in results.csv.
    expect(readJsonl(join(out, 'results.jsonl')).map((r) => [base(r.file), r.ok]).sort()).toEqual([['gb.txt', true], ['utf8.txt', true]]);
    expect(readFileSync(join(out, 'results.csv'), 'utf8').trim().split('\r\n').slice(1).map((l) => l.split(',').slice(0, 2).join(',')).sort()).toEqual([`${join(input, 'gb.txt')},true`, `${join(input, 'utf8.txt')},true`]);
  });

  it('should keep one results.jsonl line per document after a retry that fails again (the latest failure), as results.csv', async () => {
    const input = join(dir, 'retry-again-in');
    const out = join(dir, 'out-retry-again');
    mkdirSync(input, { recursive: true });
    copyFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), join(input, 'utf8.txt'));
    copyFileSync(join(ROOT, 'samples', 'quirk-gb18030.txt'), join(input, 'gb.txt'));
    expect((await xxgk('batch', input, '--out', out, '--workers', '0', '--encoding', 'utf-8')).code).toBe(1);
    // Retried twice, failing each time (still forced to UTF-8).
    for (let i = 0; i < 2; i++) expect((await xxgk('batch', input, '--out', out, '--workers', '0', '--encoding', 'utf-8', '--retry-failed')).code).toBe(1);
    const rows = readJsonl(join(out, 'results.jsonl'));
    expect(rows.map((r) => [base(r.file), r.ok, r.error?.code ?? 'ok']).sort()).toEqual([['gb.txt', false, 'E_DECODE'], ['utf8.txt', true, 'ok']]);
    expect(readFileSync(join(out, 'results.csv'), 'utf8').trim().split('\r\n')).toHaveLength(1 + rows.length);
    expect(summaryOf(out)).toMatchObject({ ok: 1, failed: 1, skipped: 1 });
    // A plain re-run (nothing extracted) leaves the file as it is.
    const before = readFileSync(join(out, 'results.jsonl'), 'utf8');
    await xxgk('batch', input, '--out', out, '--workers', '0');
    expect(readFileSync(join(out, 'results.jsonl'), 'utf8')).toBe(before);
  });
});

describe('xxgk batch output errors', () => {
  it('should end an output that cannot be written with one E_OUTPUT line (exit 1), keep the old files whole, and complete on a re-run', async () => {
    const input = join(dir, 'in', 'quirk-tab.txt');
    writeFileSync(join(dir, 'a-file'), 'x');
    const notDir = await xxgk('batch', input, '--out', join(dir, 'a-file', 'out'));
    expect(notDir.code).toBe(1);
    expect(notDir.stderr).toMatch(/^xxgk batch: E_OUTPUT: .*a-file\/out: cannot write: ENOTDIR/m);
    expect(notDir.stderr).not.toMatch(/\n\s+at /); // no stack
    if (!existsSync('/dev/full')) return;
    // A full disk: the CSV's partial file is a link to /dev/full (every write ENOSPC).
    const out = join(dir, 'out-full');
    mkdirSync(out);
    writeFileSync(join(out, 'results.csv'), 'OLD');
    symlinkSync('/dev/full', join(out, 'results.csv.partial'));
    const full = await xxgk('batch', input, '--out', out, '--workers', '1');
    expect(full.code).toBe(1);
    expect(full.stderr).toMatch(/xxgk batch: E_OUTPUT: .*results\.csv: cannot write: .*ENOSPC/);
    expect(readFileSync(join(out, 'results.csv'), 'utf8')).toBe('OLD');
    expect(existsSync(join(out, 'results.csv.partial'))).toBe(false);
    const again = await xxgk('batch', input, '--out', out, '--workers', '1');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('(1 done earlier)');
    expect(readFileSync(join(out, 'results.csv'), 'utf8').trim().split('\r\n')).toHaveLength(2);
    expect(summaryOf(out).ok).toBe(1);
  });
});

describe('xxgk compare', () => {
  it('should count known mismatches exactly: accuracy, silent errors, precision and recall', async () => {
    const out = join(dir, 'out1');
    const goldens = join(dir, 'goldens');
    mkdirSync(goldens, { recursive: true });
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'quirk-tab.golden.json'), 'utf8'));
    // Two values made wrong in the golden (the extraction is right and confident), one made null.
    golden.data.requests.granted.total += 1;
    golden.data.activeDisclosure.licensing.decisions += 10;
    golden.data.requests.denied.stateSecret.naturalPerson = null;
    writeFileSync(join(goldens, 'quirk-tab.golden.json'), JSON.stringify(golden));
    const r = await xxgk('compare', join(out, 'results.jsonl'), goldens, '--json');
    expect(r.code).toBe(1);
    const [c] = JSON.parse(r.stdout) as { total: number; correct: number; silent: number; emitted: number; emittedRight: number; expectedValues: number; fields: { key: string; ok: boolean }[] }[];
    expect(c!.total).toBe(200);
    expect(c!.correct).toBe(197);
    expect(c!.silent).toBe(3);
    expect(c!.emitted).toBe(200);
    expect(c!.emittedRight).toBe(197);
    expect(c!.expectedValues).toBe(199);
    expect(c!.fields.filter((f) => !f.ok).map((f) => f.key).sort()).toEqual(['activeDisclosure.licensing.decisions', 'requests.denied.stateSecret.naturalPerson', 'requests.granted.total']);
    const human = await xxgk('compare', join(out, 'results.jsonl'), goldens);
    expect(human.stdout).toMatch(/197\/200 right/);
    expect(human.stdout).toMatch(/wrong at ≥0\.9: 3/);
  });

  it('should exit 0 when everything matches (a golden found by name in results, or one report vs one golden)', async () => {
    const r = await xxgk('compare', join(dir, 'out1', 'results.jsonl'), join(ROOT, 'golden', 'quirk-2019.golden.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/198\/198 right/);
    const single = join(dir, 'single.json');
    const { stdout } = await xxgk('extract', join(ROOT, 'samples', 'quirk-2019.txt'));
    writeFileSync(single, stdout);
    expect((await xxgk('compare', single, join(ROOT, 'golden', 'quirk-2019.golden.json'))).code).toBe(0);
  });

  it('should score the goldens a batch covers and count the others as not extracted (exit 1)', async () => {
    const goldens = join(dir, 'goldens-partly');
    mkdirSync(goldens, { recursive: true });
    const golden = readFileSync(join(ROOT, 'golden', 'quirk-2019.golden.json'), 'utf8');
    writeFileSync(join(goldens, 'quirk-2019.golden.json'), golden);
    writeFileSync(join(goldens, 'not-in-the-batch.golden.json'), golden);
    const r = await xxgk('compare', join(dir, 'out1', 'results.jsonl'), goldens);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/198\/198 right/);
    expect(r.stderr).toMatch(/✖ not-in-the-batch: not extracted \(.*no extraction named 'not-in-the-batch'/);
    const none = join(dir, 'goldens-none');
    mkdirSync(none, { recursive: true });
    writeFileSync(join(none, 'not-in-the-batch.golden.json'), golden);
    writeFileSync(join(none, 'nor-this.golden.json'), golden);
    const refused = await xxgk('compare', join(dir, 'out1', 'results.jsonl'), none);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/no extraction named 'nor-this'/);
  });

  it('should exit 2 with one clear line when given a source document or a missing path instead of extractions', async () => {
    const source = await xxgk('compare', join(ROOT, 'samples', 'quirk-2019.txt'), join(ROOT, 'golden', 'quirk-2019.golden.json'));
    expect(source.code).toBe(2);
    expect(source.stderr).toMatch(/quirk-2019\.txt: not JSON \(compare reads extractions/);
    expect(source.stderr).not.toMatch(/at .*\.js:\d+/);
    const missing = await xxgk('compare', join(dir, 'no-such-results.jsonl'), join(ROOT, 'golden'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such-results\.jsonl: no such file or folder/);
  });
});

describe('ExtractPool', () => {
  it('should kill a worker that hangs (E_TIMEOUT), dies (E_INTERNAL) or runs out of memory (E_TOO_LARGE) and go on with a fresh one', async () => {
    const { ExtractPool } = await import('../src/batch/pool.js');
    // A stand-in worker: spins on 'hang', exits on 'crash', fills its heap on 'oom', answers anything else.
    const workerFile = join(dir, 'cue-worker.mjs');
    writeFileSync(
      workerFile,
      `process.on('message', ({ id, message: t }) => {
  if (t.name === 'hang') for (;;);
  if (t.name === 'crash') process.exit(7);
  if (t.name === 'oom') {
    process.stderr.write('stand-in worker: before the heap runs out\\n');
    const a = []; for (;;) a.push(new Array(100000).fill(1));
  }
  process.send({ id, reply: { id: t.id, ms: 1, error: { code: 'E_EMPTY', message: t.name } } });
});
process.send({ ready: true });`,
    );
    const pool = new ExtractPool({ workers: 1, maxHeapMb: 64, graceMs: 50, workerFile });
    // 'hang' gets 100 ms (+50 grace); the others enough for a fresh process to start on a busy machine.
    const task = (id: number, name: string) => ({ id, name, bytes: new Uint8Array(1), timeoutMs: name === 'hang' ? 100 : 20_000 });
    const results = [];
    // The workers' stderr is passed on, up to V8's out-of-memory dump, which is dropped (E_TOO_LARGE says it).
    let stderr = '';
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
    try {
      for (const [i, name] of ['hang', 'a', 'crash', 'b', 'oom', 'c'].entries()) results.push(await pool.run(task(i, name)));
    } finally {
      process.stderr.write = write;
    }
    expect(stderr).toContain('stand-in worker: before the heap runs out');
    expect(stderr).not.toMatch(/FATAL ERROR|Last few GCs|heap out of memory/);
    await pool.close();
    expect(results.map((r) => r.error?.code)).toEqual(['E_TIMEOUT', 'E_EMPTY', 'E_INTERNAL', 'E_EMPTY', 'E_TOO_LARGE', 'E_EMPTY']);
    expect(results[0]!.error!.message).toMatch(/no result within 150 ms; worker stopped/);
    // The time spent is recorded for documents killed (not 0): at least the budget they were given.
    expect(results[0]!.ms).toBeGreaterThanOrEqual(150);
    expect(results[4]!.ms).toBeGreaterThan(0);
    expect(results[2]!.error!.message).toMatch(/worker process exited with code 7/);
  });

  it('should skip a watched stage a worker stays in past its stall limit, running the job again in a fresh worker within the same budget', async () => {
    const { ExtractPool } = await import('../src/batch/pool.js');
    // A stand-in worker: reports the stages 'page 1'..'page 4' and spins in 'page 2' and 'page 3'
    // unless they are on the job's skip list; answers with the stages it skipped.
    const workerFile = join(dir, 'stage-worker.mjs');
    writeFileSync(
      workerFile,
      `process.on('message', ({ id, message: t, skip = [] }) => {
  const skipped = skip.map((s) => s.stage + ' after ' + s.ms + ' ms');
  for (const page of [1, 2, 3, 4]) {
    const stage = 'page ' + page;
    if (skip.some((s) => s.stage === stage)) continue;
    process.send({ id, stage });
    if (page === 2 || page === 3) for (;;);
  }
  process.send({ id, stage: null });
  process.send({ id, reply: { id: t.id, ms: 1, error: { code: 'E_EMPTY', message: skipped.join(', ') } } });
});
process.send({ ready: true });`,
    );
    const task = { id: 1, name: 'loops', bytes: new Uint8Array(1), timeoutMs: 30_000 };
    const watched = new ExtractPool({ workers: 1, maxHeapMb: 64, workerFile, stallMs: 200 });
    const r = await watched.run(task);
    await watched.close();
    expect(r.error).toEqual({ code: 'E_EMPTY', message: 'page 2 after 200 ms, page 3 after 200 ms' });
    expect(r.ms).toBeGreaterThanOrEqual(400); // the time of every run, restarts included
    // Without the watch (a stall limit past the budget) the document is lost, named where it was stopped.
    const unwatched = new ExtractPool({ workers: 1, maxHeapMb: 64, graceMs: 0, workerFile, stallMs: 60_000 });
    const lost = await unwatched.run({ ...task, timeoutMs: 500 });
    await unwatched.close();
    expect(lost.error).toEqual({ code: 'E_TIMEOUT', message: 'loops: no result within 500 ms; worker stopped (in: page 2)' });
  });
});
