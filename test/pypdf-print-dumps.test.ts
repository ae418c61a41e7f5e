/**
 * Two pypdf `extract_text()` dumps (hang46). A LibreOffice print (html → odt → pdf) whose table 三
 * rows gave 50 000 readings each: the solver's blank fallback compared every reading with every
 * cheapest one (2.5·10⁹ pairs, no tick), minutes past the document's budget. A Chromium print whose
 * rows run their 其他 and 总计 cells together ('25 3   3 233' for 25 3 · · 3 2 33): read with a
 * blank first cell (a label glued to its blank), every such row came out one column right, the
 * identities between them holding by coincidence (six values wrong at 0.98). Counted in steps, never timed.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.js';
import { coveredByBlanks, type Candidate } from '../src/solve/index.js';
import { runBudgeted, setStepLimitForTests, stepsCounted } from '../src/_internal/work-budget.js';
import { spaceGlyphRows } from '../src/layout/space-glyph-cells.js';

afterEach(() => setStepLimitForTests(null));

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/dumps/${name}`, import.meta.url));
const flat = (o: object, p = ''): [string, unknown][] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flat(v, `${p}${k}.`) : [[p + k, v] as [string, unknown]]));

const reading = (values: (number | undefined)[], blankAt: number[] = []): Candidate => ({
  cells: values.map((value, i) => ({ value, flags: blankAt.includes(i) ? ['blank'] : [] })),
  cost: 0,
});

describe('the solver’s blank fallback (coveredByBlanks)', () => {
  test('50 000 readings against 50 000 cheapest ones: looked up, not compared pairwise, and ticked', async () => {
    const cheap = Array.from({ length: 50_000 }, (_, i) => reading([i, 1, 2, 3, 4, 5, i + 15], [1]));
    const all = Array.from({ length: 50_000 }, (_, i) => reading([i, i % 7, 2, 3, 4, 5, i + 15]));
    const before = stepsCounted();
    expect(coveredByBlanks(all, cheap)).toBe(true);
    expect(stepsCounted() - before).toBeLessThan(1_000_000);
    expect(coveredByBlanks([reading([1, 9, 2, 3, 4, 5, 16]), reading([2, 0, 2, 3, 4, 6, 17])], cheap)).toBe(false);
    setStepLimitForTests(5_000);
    await expect(runBudgeted(Infinity, async () => coveredByBlanks(all, cheap))).rejects.toMatchObject({ code: 'E_TIMEOUT' });
  });

  test('the same answer as the pairwise test, on small random tables', () => {
    let seed = 46;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pairwise = (all: Candidate[], bases: Candidate[]): boolean =>
      all.every((c) => bases.some((b) => c.cells.every((cell, ci) => cell.value === b.cells[ci]?.value || (b.cells[ci]?.flags.includes('blank') ?? false))));
    for (let t = 0; t < 300; t++) {
      const make = (): Candidate => reading(Array.from({ length: 3 }, () => (rnd(5) === 0 ? undefined : rnd(3))), [0, 1, 2].filter(() => rnd(3) === 0));
      const bases = Array.from({ length: 1 + rnd(4) }, make);
      const all = Array.from({ length: 1 + rnd(4) }, make);
      expect(coveredByBlanks(all, bases)).toBe(pairwise(all, bases));
    }
  });
});

describe('pypdf of a LibreOffice print whose table 三 rows read 50 000 ways', () => {
  test('extracts, every value as its truth or not read, well inside the step budget', async () => {
    const golden = Object.fromEntries(flat(JSON.parse(fixture('hang46-pypdf-loodt-r07.golden.json').toString('utf8')).data));
    const before = stepsCounted();
    const r = await extract(fixture('hang46-pypdf-loodt-r07.txt'), { format: 'text' });
    expect(stepsCounted() - before).toBeLessThan(100_000_000);
    const got = Object.fromEntries(flat(r.data));
    const wrong = Object.entries(golden).filter(([k, v]) => typeof v === 'number' && got[k] !== null && got[k] !== undefined && got[k] !== v);
    expect(wrong).toEqual([]);
    expect(Object.entries(golden).filter(([k, v]) => typeof v === 'number' && got[k] === v).length).toBeGreaterThanOrEqual(170);
  }, 120_000);

  test('a text input is stopped by the document’s step budget (E_TIMEOUT), not run to its end', async () => {
    // A quarter of what its whole extraction counts (a fixed limit went stale when layout49 made its glued runs cheaper).
    const before = stepsCounted();
    await extract(fixture('hang46-pypdf-loodt-r07.txt'), { format: 'text' });
    const whole = stepsCounted() - before;
    expect(whole).toBeGreaterThan(40_000);
    setStepLimitForTests(Math.floor(whole / 4));
    await expect(extract(fixture('hang46-pypdf-loodt-r07.txt'), { format: 'text' })).rejects.toMatchObject({ code: 'E_TIMEOUT' });
  }, 120_000);
});

describe('pypdf of a Chromium print running a row’s last two cells together', () => {
  test('a row one cell short is read with its blank first only where that keeps its total, else the one cut that does', () => {
    const rows = spaceGlyphRows([
      '（一）予以公开 27  1 1   29',
      '（二）部分公开  2  1  1 4',
      '（三）不予公开 5      5',
      '一、本年新收政府信息公开申请数量 25 3   3 233',
      '⽌公开 2   1 1 4',
    ]);
    expect(rows?.[3]?.cells).toEqual(['25', '3', '', '', '3', '2', '33']);
    expect(rows?.[4]?.cells).toEqual(['', '2', '', '', '1', '1', '4']);
  });

  test('table 三 as printed: no value one column right', async () => {
    const r = await extract(fixture('hang46-pypdf-chrome-r12.txt'), { format: 'text' });
    const req = r.data.requests as unknown as Record<string, Record<string, unknown>>;
    expect(req.newReceived).toEqual({ naturalPerson: 25, commercial: 3, research: 0, socialOrg: 0, legalService: 3, otherOrg: 2, total: 33 });
    expect(req.totalHandled).toEqual({ naturalPerson: 22, commercial: 2, research: 0, socialOrg: 0, legalService: 3, otherOrg: 1, total: 28 });
    expect(req.carriedForward).toEqual({ naturalPerson: 3, commercial: 1, research: 0, socialOrg: 0, legalService: 0, otherOrg: 1, total: 5 });
    expect((req.notProcessed as Record<string, unknown>).excessive).toEqual({ naturalPerson: 6, commercial: 0, research: 0, socialOrg: 0, legalService: 1, otherOrg: 1, total: 8 });
  });
});
