/**
 * A row of table 三 whose seven cells pdftotext -layout glued into one run (an A5 page whose cells
 * touch: '2073552561242856123292730248'): its free splits into seven counts are 296 010, past
 * MAX_CANDIDATES, so the list stopped at the first 50 000 — without the true split — and the solver
 * worked on them for a minute (k4-a5-layout k4a_03/k4a_07: E_TIMEOUT). Read only as the splits that
 * keep the row's 总计 (map/row-candidates splitRunWithTotal): here exactly one.
 */
import { MAX_CANDIDATES, rowCandidates, splitCount, splitRunWithTotal } from '../src/map/row-candidates.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';
import { stepsCounted } from '../src/_internal/work-budget.js';

const cells = (c: { cells: { value?: number | null }[] }): string => c.cells.map((x) => x.value).join(' ');

describe('a table 三 row glued into one run too long to list its splits', () => {
  it('reads the one split keeping its total', () => {
    // The tokenizer's reading of such a run: a number too long to be one count, its digits fusable.
    const raw = '2073552561242856123292730248';
    const run: ValueToken = { kind: 'num', value: Number(raw), raw, fusable: true };
    const read = rowCandidates({ values: [run], blankCells: 0, source: { line: 12 } }, 7, [6]);
    expect(read.map(cells)).toEqual(['20735 5256 1242 856 1232 927 30248']);
  });

  it('counts the free splits without listing them', () => {
    expect(splitCount('2073552561242856123292730248', 7)).toBe(MAX_CANDIDATES);
    expect(splitCount('1234', 2)).toBe(3);
    expect(splitCount('1034', 2)).toBe(2);
  });

  it('lists every split whose last part is the sum of the others', () => {
    expect(splitRunWithTotal('4711', 3)).toEqual([['4', '7', '11']]);
    expect(splitRunWithTotal('13104', 3)).toEqual([]);
    expect(splitRunWithTotal('0000', 4)).toEqual([['0', '0', '0', '0']]);
  });
});

/**
 * Every row of table 三 glued into one run, as pypdf's extract_text() and pdfminer's pdf2txt print a
 * full-table report (17–29 digits: 5 000–45 000 free splits a row, below MAX_CANDIDATES), and table 四's
 * fifteen cells in one run: each row listed every split (and every split one cell short, only to drop
 * them), ~10 s of CPU and 1 GB for a 4 KB dump, E_TIMEOUT at 60 s on a loaded machine (fixp53). Now a
 * run past MAX_FREE_SPLITS is read as the splits keeping its total; one past MAX_CANDIDATES with no one
 * total (table 四) is not read (its list would be an arbitrary first 50 000).
 */
describe('rows glued into runs with many free splits', () => {
  const run = (raw: string): ValueToken => ({ kind: 'num', value: Number(raw), raw, fusable: true });
  const stepsOf = (f: () => unknown): number => {
    const before = stepsCounted();
    f();
    return stepsCounted() - before;
  };

  it('reads a table 三 row of ~20 000 free splits as the split keeping its total, in few steps', () => {
    // 2360 1 45 30 4 243 | 2683 (invented): 18 digits, 7 parts.
    const raw = '236014530424' + '3' + '2683';
    expect(splitCount(raw, 7)).toBeGreaterThan(2_000);
    let read: ReturnType<typeof rowCandidates> = [];
    const steps = stepsOf(() => (read = rowCandidates({ values: [run(raw)], blankCells: 0, source: { line: 3 } }, 7, [6])));
    expect(steps).toBeLessThan(50_000);
    const totals = read.filter((c) => c.cost === 0).map(cells);
    expect(totals).toContain('2360 1 45 30 4 243 2683');
    for (const c of read) {
      const v = c.cells.map((x) => x.value as number);
      expect(v.slice(0, 6).reduce((s, x) => s + x, 0)).toBe(v[6]);
    }
  });

  it('leaves a table 四 row of fifteen cells in one long run unread, in few steps', () => {
    const raw = '10306355221133149160044200125158283';
    let read: ReturnType<typeof rowCandidates> = [];
    const steps = stepsOf(() => (read = rowCandidates({ values: [run(raw)], blankCells: 0, source: { line: 9 } }, 15, [4, 9, 14])));
    expect(steps).toBeLessThan(50_000);
    expect(read).toEqual([]);
  });
});
