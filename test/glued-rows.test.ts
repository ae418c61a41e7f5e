/**
 * Rows glued into runs of digits (pypdf `extract_text()`): a row too short of values to be read with
 * missing cells is split as fused cells, a glued row may be one blank cell short, and a page
 * counter glued to the start of a line is cut off when the document numbers its pages so.
 * The whole-document behaviour is measured by scripts/glued-row-variants.mjs.
 */
import { cutGluedCounters } from '../src/layout/text-furniture.js';
import { rowCandidates } from '../src/map/row-candidates.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';

const plain = (raw: string): ValueToken => ({ kind: 'num', value: Number(raw), raw, fusable: false });
const values = (c: { cells: { value: unknown }[] }): unknown[] => c.cells.map((x) => x.value);
const rowTotalHolds = (v: unknown[]): boolean => (v.slice(0, -1) as number[]).reduce((a, x) => a + x, 0) === v.at(-1);

describe('glued rows', () => {
  it('should split a whole row printed as one run, the row total leaving one reading', () => {
    const readings = rowCandidates({ values: [plain('6630739820773')], blankCells: 0 }, 7);
    const holding = readings.filter((c) => c.cost === 0 && rowTotalHolds(values(c)));
    expect(holding.map(values)).toEqual([[663, 0, 73, 9, 8, 20, 773]]);
    expect(holding[0]!.cells.every((c) => c.flags.includes('segmented'))).toBe(true);
  });

  it('should read a glued row one blank cell short only as repairs, after every full split', () => {
    const readings = rowCandidates({ values: [plain('500005')], blankCells: 0 }, 7);
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.every((c) => c.cost >= 1 && c.cells.every((x) => x.flags.includes('repaired')))).toBe(true);
    expect(readings.map(values)).toContainEqual([5, 0, 0, 0, 0, 0, 5]);
  });

  it('should keep a row that fills its columns as printed', () => {
    const readings = rowCandidates({ values: ['1', '2', '3', '0', '0', '0', '6'].map(plain), blankCells: 0 }, 7);
    expect(readings.map(values)).toEqual([[1, 2, 3, 0, 0, 0, 6]]);
  });
});

describe('cutGluedCounters', () => {
  it('should cut page counters numbered on glued to the start of lines', () => {
    expect(cutGluedCounters(['a', '-4-3.补正后申请内容仍不明确 880001190', 'b', '-5-法提供2.没有现成信息'])).toEqual(['a', '3.补正后申请内容仍不明确 880001190', 'b', '法提供2.没有现成信息']);
  });

  it('should leave a single one, counters not numbered on, and whole counter lines', () => {
    expect(cutGluedCounters(['-4-3.补正后', 'x'])).toEqual(['-4-3.补正后', 'x']);
    expect(cutGluedCounters(['-4-3.补正后', '-7-法提供'])).toEqual(['-4-3.补正后', '-7-法提供']);
    expect(cutGluedCounters(['- 4 -', '- 5 -'])).toEqual(['- 4 -', '- 5 -']);
  });
});
