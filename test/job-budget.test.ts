/**
 * A helper may ask for more time once it knows its job's cost (`extendBudget`: load-pdf does so
 * for each page it reads by OCR, seconds a page where the default budget is sized for text): the
 * job runner moves the job's deadline by that much. Budgets and work times are seconds apart, so a
 * loaded machine does not change the outcome.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JobRunner } from '../src/_internal/job-runner.js';
import { budgetWords } from '../src/isolate.js';
import { OCR_PAGE_BUDGET_MS } from '../src/options-defaults.js';
import { ROOT } from './helpers/paths.js';

const CHILD = join(ROOT, 'test', 'fixtures', 'budget-child.mjs');
// The child runs the built library (`npm test` builds it first).
const built = existsSync(join(ROOT, 'dist', '_internal', 'child.js'));

(built ? describe : describe.skip)('job budget extended by the helper', () => {
  let runner: JobRunner<{ extendMs: number; workMs: number }, string>;
  beforeAll(() => {
    runner = new JobRunner({ file: CHILD, slots: 1, maxHeapMb: 256 });
  });
  afterAll(() => runner.close());

  it('should stop a job that overruns its budget when the helper asks for nothing', async () => {
    const o = await runner.run({ extendMs: 0, workMs: 1_500 }, 500);
    expect(o).toMatchObject({ ok: false, kind: 'timeout', budgetMs: 500 });
  });

  it('should let the job finish when the helper asked for more time, and stop it at the extended deadline otherwise', async () => {
    // The budgets leave the helper seconds to ask before its first deadline, however busy the machine.
    expect(await runner.run({ extendMs: 60_000, workMs: 4_500 }, 3_000)).toMatchObject({ ok: true, value: 'done' });
    // Extended, but still short of the work: stopped, and the budget it had is the extended one.
    const o = await runner.run({ extendMs: 1_000, workMs: 8_000 }, 2_000);
    expect(o).toMatchObject({ ok: false, kind: 'timeout', budgetMs: 3_000 });
  });
});

describe('budget words in E_TIMEOUT', () => {
  it('should name the OCR pages that extended the budget', () => {
    expect(budgetWords(60_000)).toBe('60000 ms (timeoutMs)');
    expect(budgetWords(60_000, 60_000 + 2 * OCR_PAGE_BUDGET_MS)).toBe(`${60_000 + 2 * OCR_PAGE_BUDGET_MS} ms (timeoutMs 60000 + 2 pages read by OCR)`);
    expect(budgetWords(60_000, 60_000 + OCR_PAGE_BUDGET_MS)).toBe(`${60_000 + OCR_PAGE_BUDGET_MS} ms (timeoutMs 60000 + 1 page read by OCR)`);
  });
});
