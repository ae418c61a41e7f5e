/**
 * Hostile shapes that ran long or got the wrong code (s30budget): a pile of text-only lines made
 * buildRows quadratic (each line copied the pile so far: 30 000 lines of 'a' took 84 s, past the
 * budget, with no E_TIMEOUT since the loop did not tick); an input with no report feature at all
 * went through every stage (its code depended on the machine's load); a FIFO in a batch folder was
 * passed over in silence; `--format csv` on an HTML page gave a near-empty report. Counted in steps,
 * never timed.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { listInputs } from '../src/batch/list-inputs.js';
import { extract, safeExtract } from '../src/index.js';
import { pathError } from '../src/load/path-errors.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { checkTextReportChars, hasReportFeatures } from '../src/_internal/report-features.js';
import { runBudgeted, setStepLimitForTests, stepsCounted } from '../src/_internal/work-budget.js';
import { buildRows } from '../src/tables/build-rows.js';
import { ROOT } from './helpers/paths.js';

afterEach(() => setStepLimitForTests(null));

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('buildRows over a pile of text-only lines', () => {
  test('ticks once per line, so the work budget stops it (it did not tick: 30 000 lines ran past any budget)', async () => {
    const lines = textToLines('一、总体情况\n' + '说明文字\n'.repeat(20_000) + '规章 1 2 3\n');
    const before = stepsCounted();
    const rows = buildRows(lines);
    expect(stepsCounted() - before).toBeGreaterThanOrEqual(20_000);
    // The pile is the values row's pending text, its lines kept whole (appended in place, not copied per line).
    const last = rows.at(-1)!;
    expect(last.values.map((v) => (v.kind === 'num' ? v.value : null))).toEqual([1, 2, 3]);
    expect(last.pendingLines ?? []).toHaveLength(0);
    setStepLimitForTests(5_000);
    await expect(runBudgeted(Infinity, async () => buildRows(lines))).rejects.toMatchObject({ code: 'E_TIMEOUT' });
  });

  test('a pile of whole lines above values on a line of their own is the row’s pendingLines, in order', () => {
    const pile = Array.from({ length: 5_000 }, (_, i) => `文字${'甲乙丙丁戊'[i % 5]}`);
    const rows = buildRows(textToLines(['（七）总计 1 2 3', ...pile, '4 5 6'].join('\n')));
    const row = rows.find((r) => r.values.some((v) => v.kind === 'num' && v.value === 4))!;
    expect(row.pendingLines).toEqual(pile);
    expect(row.pending).toBe(pile.join(' '));
  });
});

describe('no report feature at all: E_NOT_A_REPORT before the expensive stages', () => {
  const shapes: [string, string][] = [
    ['30 000 lines of a', 'a\n'.repeat(30_000)],
    ['a JSON array of 20 000 one-letter strings', JSON.stringify(Array.from({ length: 20_000 }, () => 'a'))],
    ['5 000 lines of digits', Array.from({ length: 5_000 }, (_, i) => `${i} ${i % 7} ${i % 3}`).join('\n')],
    // A web server's access log: a number or two on every line (read as a table of 20 000 rows, it ran out its budget).
    ['a server log of 20 000 lines', Array.from({ length: 20_000 }, (_, i) => `2026-12-03T10:${i % 60}:00 127.0.0.1 GET /xxgk/2023/report_${i}.html 200 ${7000 + i} "Mozilla/5.0"`).join('\n')],
  ];
  test.each(shapes)('%s', async (_, text) => {
    const before = stepsCounted();
    // Decided by the early check (its message), not by the stages.
    await expect(extract(enc(text), { name: 'x.txt' })).rejects.toMatchObject({ code: 'E_NOT_A_REPORT', message: expect.stringContaining('none of its text') });
    // No search ran: the loader's own counting only (the stages ticked ≥ one step a line before).
    expect(stepsCounted() - before).toBeLessThan(10_000);
  });

  test('a text file is looked at before its layout: in NFKC (Kangxi radicals), and not refused when it holds character references', () => {
    expect(() => checkTextReportChars('GET /a 200 7512\nGET /b 404 12', 'x.log')).toThrow(/E_NOT_A_REPORT|none of its text/);
    expect(() => checkTextReportChars('⾏⽂ 1 2 3', 'x.txt')).not.toThrow(); // ⾏ U+2F8F, ⽂ U+2F42: 行文 in NFKC
    expect(() => checkTextReportChars('&#25919;&#24220; 1 2', 'x.txt')).not.toThrow();
  });

  test('a report, a notice and a table of labels have features; a page of Latin letters and digits has none', () => {
    const doc = (text: string) => ({ lines: textToLines(text), warnings: [] }) as unknown as Parameters<typeof hasReportFeatures>[0];
    expect(hasReportFeatures(doc(readFileSync(join(ROOT, 'samples', 'quirk-2019.txt'), 'utf8')))).toBe(true);
    expect(hasReportFeatures(doc('关于开展植树节活动的通知\n各单位：定于3月12日开展植树活动。'))).toBe(true);
    expect(hasReportFeatures(doc('規章 1 2 3'))).toBe(true);
    expect(hasReportFeatures(doc('abc 1 2 3\nxyz 4 5 6'))).toBe(false);
  });
});

describe('paths and forced formats', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'xxgk-budget-'));
    writeFileSync(join(dir, 'a.txt'), 'x');
    symlinkSync('loop.txt', join(dir, 'loop.txt'));
    symlinkSync('nothing.txt', join(dir, 'dangling.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a link loop and a link to nothing are E_INPUT_NOT_FOUND with messages that say which', async () => {
    const loop = await safeExtract(join(dir, 'loop.txt'));
    const dangling = await safeExtract(join(dir, 'dangling.txt'));
    expect(loop).toMatchObject({ success: false, error: { code: 'E_INPUT_NOT_FOUND', message: expect.stringContaining('loop') } });
    expect(dangling).toMatchObject({ success: false, error: { code: 'E_INPUT_NOT_FOUND', message: expect.stringContaining('link to nothing') } });
  });

  test('a FIFO in a batch folder, or named as an input, is listed and refused without being opened (E_UNSUPPORTED_KIND)', async () => {
    if (spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status !== 0) return;
    const listed = await listInputs([dir]);
    expect(listed).toContain(join(dir, 'pipe.txt'));
    expect(await listInputs([join(dir, 'pipe.txt')])).toEqual([join(dir, 'pipe.txt')]);
    // Opening the FIFO would wait for a writer: pathError decides from stat alone.
    expect(await pathError(join(dir, 'pipe.txt'))).toMatchObject({ code: 'E_UNSUPPORTED_KIND' });
    expect(await pathError(join(dir, 'a.txt'))).toBeNull();
  });

  test('format csv forced on an HTML page (or a PDF, or JSON) is E_DECODE, not a near-empty report', async () => {
    const html = readFileSync(join(ROOT, 'samples', 'html-cms-utf8.html'));
    await expect(extract(new Uint8Array(html), { name: 'p.html', format: 'csv' })).rejects.toMatchObject({ code: 'E_DECODE' });
    await expect(extract(enc('{"a": [1, 2]}'), { name: 'p.json', format: 'csv' })).rejects.toMatchObject({ code: 'E_DECODE' });
  });
});
