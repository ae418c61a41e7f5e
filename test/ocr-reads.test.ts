/**
 * OCR readings that need no recogniser: how two reads of one cell (grey and binarized) are merged,
 * how wide the ink of a reading may be, and how the solver judges an OCR'd table whose readings
 * cannot all add up and whose alternatives are too many to enumerate.
 */
import { maxInkWidth, mergeReads, oneLine, readingAlternatives } from '../src/ocr/digits.js';
import { clearTallStrokes, type Grey } from '../src/ocr/image.js';
import { isRulingResidue } from '../src/ocr/page.js';
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

describe('readings the recogniser does not offer', () => {
  it("should offer '7' for a '2' and '0' for a lone '1' or '8', after the recogniser's own choices", () => {
    // 100 dpi grey scans: a '7' read '2' with no alternative, a small lone '0' read '1' or '8'.
    expect(readingAlternatives('2', [[]])).toContain('7');
    expect(readingAlternatives('1', [[]])).toContain('0');
    expect(readingAlternatives('8', [[]])).toContain('0');
    expect(readingAlternatives('31', [[], ['4']])[0]).toBe('34');
    // Not for a '1' inside a longer number: '10' is not '00'.
    expect(readingAlternatives('10', [[], []])).not.toContain('00');
    expect(readingAlternatives('4119', [['1', '2', '3', '5', '6', '7'], [], [], []])).toHaveLength(6);
  });
});

describe("a ruling's residue", () => {
  /** 60 × 120 paper with a grey stroke `h` px tall, 3 px wide, at x 40, and a 20 × 30 dark blob (a digit). */
  function cell(h: number): Grey {
    const [w, hh] = [60, 120];
    const data = new Uint8Array(w * hh).fill(250);
    for (let y = 5; y < 5 + h; y++) for (let x = 40; x < 43; x++) data[y * w + x] = 180;
    for (let y = 45; y < 75; y++) for (let x = 8; x < 28; x++) data[y * w + x] = 30;
    return { width: w, height: hh, data };
  }
  const inkAt = (img: Grey, x: number, y: number): boolean => img.data[y * img.width + x]! < 200;
  it('should whiten a thin stroke far taller than the glyphs and keep the glyphs', () => {
    const out = clearTallStrokes(cell(100), 48, 9);
    expect(inkAt(out, 41, 50)).toBe(false);
    expect(inkAt(out, 15, 60)).toBe(true);
  });
  it("should keep a stroke no taller than a glyph (a '1')", () => {
    const out = clearTallStrokes(cell(30), 48, 9);
    expect(inkAt(out, 41, 20)).toBe(true);
  });
  it("should take a page-pass '1' or '|' as a residue only when it is a sliver", () => {
    expect(isRulingResidue({ text: '1', confidence: 0.5, x0: 0, x1: 3, y0: 0, y1: 20 })).toBe(true);
    expect(isRulingResidue({ text: '|', confidence: 0.5, x0: 0, x1: 2, y0: 0, y1: 20 })).toBe(true);
    expect(isRulingResidue({ text: '1', confidence: 0.5, x0: 0, x1: 7, y0: 0, y1: 20 })).toBe(false);
    expect(isRulingResidue({ text: '7', confidence: 0.5, x0: 0, x1: 3, y0: 0, y1: 20 })).toBe(false);
  });
});

describe('one line of digits', () => {
  it("should not take ink two lines high for a number (a header cell '结果' over '维持' read '4')", () => {
    // 100 dpi grey, rendered at 300 dpi: the table's digits ~30 px high; two lines of Han ~75 px.
    expect(oneLine(31, 30)).toBe(true);
    expect(oneLine(40, 30)).toBe(true);
    expect(oneLine(75, 30)).toBe(false);
  });
});
