/**
 * OCR readings that need no recogniser: how two reads of one cell (grey and binarized) are merged,
 * how wide the ink of a reading may be, and how the solver judges an OCR'd table whose readings
 * cannot all add up and whose alternatives are too many to enumerate.
 */
import { maxInkWidth, mergeReads } from '../src/ocr/digits.js';
import { MAX_COMBINATIONS, solve, type Candidate, type Group } from '../src/solve/index.js';

describe('two reads of one cell', () => {
  it('should put the more confident text first and the other as its first alternative', () => {
    // A 100 dpi '3001': grey read '2001' at 0.41, binarized '3001' at 0.92.
    const grey = { text: '2001', confidence: 0.41, alternatives: ['2007'] };
    const binary = { text: '3001', confidence: 0.92, alternatives: ['3007', '2001'] };
    expect(mergeReads(grey, binary)).toEqual({ text: '3001', confidence: 0.92, alternatives: ['2001', '3007', '2007'] });
    expect(mergeReads(binary, grey)!.text).toBe('3001');
  });

  it('should keep the one read when the other failed, and agree when both read alike', () => {
    const a = { text: '12', confidence: 0.5, alternatives: ['17'] };
    expect(mergeReads(null, a)).toBe(a);
    expect(mergeReads(a, null)).toBe(a);
    expect(mergeReads(a, { text: '12', confidence: 0.7, alternatives: ['13'] })).toEqual({ text: '12', confidence: 0.7, alternatives: ['13', '17'] });
  });
});

describe('ink width of a reading', () => {
  it("should let a '1' between two digits take a whole digit's width (tabular report digits)", () => {
    // A serif '3119' in a 6.5 pt table at 100 dpi (300 dpi render): ink 58 px wide, 21 px high.
    expect(maxInkWidth('3119', 21)).toBeGreaterThanOrEqual(58);
    // An edge '1' stays narrow: '14' whose faint '1' was lost, read '4', is still too wide.
    expect(maxInkWidth('4', 21)).toBeLessThan(1.2 * 21);
    expect(maxInkWidth('14', 21)).toBeLessThan(maxInkWidth('44', 21));
  });
});

describe('an OCR table that cannot add up and has too many readings', () => {
  // Seven rows read 1 each with six other readings (2..7) each: 7^7 combinations, past the
  // enumeration limit; their total was read 3, which no combination reaches (a misread total
  // whose true value is in no alternative).
  const groups = (flag: 'ocr' | 'repaired'): Group[] => [
    ...Array.from({ length: 7 }, (_, i): Group => ({
      id: `g${i}`,
      keys: [`g${i}.x`],
      candidates: [1, 2, 3, 4, 5, 6, 7].map((v): Candidate => ({ cells: [{ value: v, flags: v === 1 ? [flag] : [flag, 'repaired'] }], cost: v === 1 ? 0 : 1 })),
    })),
    { id: 't', keys: ['t'], candidates: [{ cells: [{ value: 3, flags: [flag] }], cost: 0 }] },
  ];
  const identities = [{ id: 'sum', total: 't', parts: Array.from({ length: 7 }, (_, i) => `g${i}.x`) }];

  it('should keep the readings as recognised, with the fewest identities broken, not every row ambiguous', () => {
    expect(7 ** 7).toBeGreaterThan(MAX_COMBINATIONS);
    const { fields } = solve(groups('ocr'), identities);
    expect(fields.get('g0.x')!.value).toBe(1);
    expect(fields.get('g6.x')!.flags).not.toContain('ambiguous');
  });

  it('should leave the rows ambiguous when the readings are not OCR (the row-by-row fallback)', () => {
    const { fields } = solve(groups('repaired'), identities);
    expect(fields.get('g0.x')).toMatchObject({ value: null, flags: expect.arrayContaining(['ambiguous']) });
  });
});

describe("table 三's row count for the template layout", () => {
  it("should not count a lone OCR'd number as a row (a label's item number read as a digit)", async () => {
    const { printsValues } = await import('../src/map/index.js');
    const num = (ocr: boolean) => ({ kind: 'num', value: 3, raw: '3', fusable: false, ...(ocr ? { ocr: {} } : {}) });
    expect(printsValues({ values: [num(true)] })).toBe(false);
    expect(printsValues({ values: [num(false)] })).toBe(true);
    expect(printsValues({ values: [num(true), num(true)] })).toBe(true);
    expect(printsValues({ values: [] })).toBe(false);
  });
});
