/**
 * A row of table 三 whose seven cells pdftotext -layout glued into one run (an A5 page whose cells
 * touch: '2073552561242856123292730248'): its free splits into seven counts are 296 010, past
 * MAX_CANDIDATES, so the list stopped at the first 50 000 — without the true split — and the solver
 * worked on them for a minute (k4-a5-layout k4a_03/k4a_07: E_TIMEOUT). Read only as the splits that
 * keep the row's 总计 (map/row-candidates splitRunWithTotal): here exactly one.
 */
import { MAX_CANDIDATES, rowCandidates, splitCount, splitRunWithTotal } from '../src/map/row-candidates.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';

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
