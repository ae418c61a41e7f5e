/**
 * The document's work budget in the calling process (`_internal/work-budget.ts`): the hot loops of
 * every search tick it, and a document whose budget is spent fails with E_TIMEOUT — by its step
 * limit (deterministic) or its clock — instead of running on where no timer can stop it. Counted in
 * steps: no timing assertion here other than "it returns".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, safeExtract } from '../src/index.js';
import { CHECK_EVERY, runBudgeted, setStepLimitForTests, stepsCounted, tick } from '../src/_internal/work-budget.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { ROOT } from './helpers/paths.js';

afterEach(() => setStepLimitForTests(null));

/**
 * A pathological dump: a cell-per-line sample whose values are redrawn from 0, 0, 0, 1 and whose
 * runs of equal lines are collapsed as `uniq` collapses them (a plain pdftotext dump piped through
 * `uniq`): the stream alignment's run decoder and the solver search where each value stood.
 */
function pathological(): string {
  const text = readFileSync(join(ROOT, 'samples', 'quirk-cell-per-line.txt'), 'utf8');
  let seed = 7;
  const random = (): number => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const lines = text.split('\n').filter((l) => l.trim()).map((l) => (/^\s*\d+\s*$/.test(l) ? String(random() < 0.6 ? 0 : Math.floor(random() * 2)) : l));
  return lines.filter((l, i) => i === 0 || l !== lines[i - 1]).join('\n');
}

describe('work budget', () => {
  test('a loop that ticks stops with E_TIMEOUT once the document’s steps are spent', async () => {
    setStepLimitForTests(200_000);
    let n = 0;
    await expect(
      runBudgeted(Infinity, async () => {
        for (let i = 0; i < 1e10; i++) {
          tick();
          n++;
        }
        return 'finished';
      }),
    ).rejects.toMatchObject({ code: 'E_TIMEOUT', message: expect.stringContaining('200000 steps') });
    expect(n).toBeGreaterThanOrEqual(200_000);
    expect(n).toBeLessThanOrEqual(200_000 + 2 * CHECK_EVERY);
  });

  test('the clock stops a loop that ticks (returns at all: without the check 1e10 ticks run for minutes)', async () => {
    await expect(
      runBudgeted(50, async () => {
        for (let i = 0; i < 1e10; i++) tick();
        return 'finished';
      }),
    ).rejects.toMatchObject({ code: 'E_TIMEOUT', message: expect.stringContaining('50 ms') });
  });

  test('a step that catches the stop cannot turn it into a result', async () => {
    setStepLimitForTests(10_000);
    const swallowed: unknown[] = [];
    await expect(
      runBudgeted(Infinity, async () => {
        try {
          for (let i = 0; i < 1e9; i++) tick();
        } catch (e) {
          swallowed.push(e);
        }
        return 'fallback reading';
      }),
    ).rejects.toMatchObject({ code: 'E_TIMEOUT' });
    expect(swallowed).toHaveLength(1);
    // Another error thrown after the stop (a parser's catch turning it into E_DECODE) is the stop too.
    await expect(
      runBudgeted(Infinity, async () => {
        try {
          for (let i = 0; i < 1e9; i++) tick();
        } catch {
          throw new Error('the page cannot be parsed');
        }
      }),
    ).rejects.toMatchObject({ code: 'E_TIMEOUT' });
  });

  test('documents extracted side by side in one thread each spend their own budget (the first alone, the others through their async context)', async () => {
    let openA!: () => void;
    const gateA = new Promise<void>((r) => (openA = r));
    // A starts alone with a small budget and waits; B, started beside it with the default budget, ticks far more than A's budget.
    setStepLimitForTests(5 * CHECK_EVERY);
    const a = runBudgeted(Infinity, async () => {
      await gateA;
      for (let i = 0; i < CHECK_EVERY; i++) tick();
      return 'a';
    });
    setStepLimitForTests(null);
    const b = runBudgeted(Infinity, async () => {
      await Promise.resolve();
      for (let i = 0; i < 20 * CHECK_EVERY; i++) tick();
      return 'b';
    });
    await expect(b).resolves.toBe('b');
    openA();
    await expect(a).resolves.toBe('a');
    // And the other way round: a small budget started beside a running document is stopped by its own steps, the running one is not.
    let openC!: () => void;
    const gateC = new Promise<void>((r) => (openC = r));
    const c = runBudgeted(Infinity, async () => {
      await gateC;
      for (let i = 0; i < 10 * CHECK_EVERY; i++) tick();
      return 'c';
    });
    setStepLimitForTests(5 * CHECK_EVERY);
    const d = runBudgeted(Infinity, async () => {
      await Promise.resolve();
      for (let i = 0; i < 1e9; i++) tick();
      return 'd';
    });
    setStepLimitForTests(null);
    await expect(d).rejects.toMatchObject({ code: 'E_TIMEOUT' });
    openC();
    await expect(c).resolves.toBe('c');
  });

  test('outside an extraction a tick only counts', () => {
    setStepLimitForTests(1);
    const before = stepsCounted();
    for (let i = 0; i < 3 * CHECK_EVERY; i++) tick();
    expect(stepsCounted() - before).toBe(3 * CHECK_EVERY);
  });

  test('a pathological text dump extracted in this process: its searches tick the budget, and a budget smaller than its work stops it with E_TIMEOUT', async () => {
    const bytes = new TextEncoder().encode(pathological());
    const before = stepsCounted();
    const ok = await safeExtract(bytes, { name: 'dump.txt' });
    const steps = stepsCounted() - before;
    expect(ok.success).toBe(true);
    // The searches' work is counted (a linear pass over 3 KB counts nothing).
    expect(steps).toBeGreaterThan(1_000_000);
    setStepLimitForTests(Math.floor(steps / 10));
    await expect(extract(bytes, { name: 'dump.txt' })).rejects.toMatchObject({ code: 'E_TIMEOUT', message: expect.stringContaining('steps was spent') });
  });

  test('the tokenizer reads what stands before a number in a window (linear in a line of numbers), with the same verdict as on the whole line', () => {
    const nums = (cell: string) => tokenizeCell(cell).parts.filter((p) => p.kind === 'num');
    const pad = ' '.repeat(300);
    // Words before a number reach it across any run of white space or dots, however long.
    expect(nums(`行政许可 约${pad}400`)[0]).toMatchObject({ value: 400, approximate: true, suspect: true });
    expect(nums(`行政许可 原为${pad}12${' '}现为13`)[0]).toMatchObject({ value: 13, mark: '原…现' });
    expect(nums(`原 ${pad} 为 ${pad}12 现13`)[0]).toMatchObject({ value: 13, mark: '原…现' });
    expect(nums(`编号5${'.'.repeat(300)}7`).at(-1)).toMatchObject({ value: 7, suspect: true });
    expect(nums(`${'x'.repeat(300)} 7`)[0]).not.toHaveProperty('suspect');
    // A line of 20 000 numbers: each read once (the patterns ran over the whole prefix for each: 4 s).
    const line = Array.from({ length: 20_000 }, (_, i) => i % 97).join(' ');
    const before = stepsCounted();
    expect(nums(line)).toHaveLength(20_000);
    expect(stepsCounted() - before).toBe(20_000);
  });
});
