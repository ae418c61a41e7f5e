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
import { ROOT } from './helpers/paths.js';

afterEach(() => setStepLimitForTests(null));

/**
 * A pathological dump: the table lines of a cell-per-line sample with each number line printed
 * 30 times and runs of equal lines collapsed as `uniq` would, so the streams hold long runs the
 * stream alignment's run decoder tries to place.
 */
function pathological(): string {
  const text = readFileSync(join(ROOT, 'samples', 'quirk-cell-per-line.txt'), 'utf8');
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.filter((l, i) => i === 0 || l !== lines[i - 1]).flatMap((l) => (/^\s*\d+\s*$/.test(l) ? [l, `${l} ${l}`] : [l])).join('\n');
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
    expect(steps).toBeGreaterThan(100_000);
    setStepLimitForTests(Math.floor(steps / 4));
    await expect(extract(bytes, { name: 'dump.txt' })).rejects.toMatchObject({ code: 'E_TIMEOUT', message: expect.stringContaining('steps was spent') });
    // The same limit, raised past the work: the same report as without one (the limit changes no value).
    setStepLimitForTests(steps * 2);
    const again = await safeExtract(bytes, { name: 'dump.txt' });
    expect(again.success && ok.success && JSON.stringify(again.report.fields)).toBe(ok.success && JSON.stringify(ok.report.fields));
  });
});
