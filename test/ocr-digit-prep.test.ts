/**
 * OCR digit reading without the recogniser: the smoothed strip (`smooth`) and the readings of
 * two cells read another way at once (`withAlternatives` pairs) that the solver chooses between.
 */
import { rowCandidates } from '../src/map/row-candidates.js';
import { smooth } from '../src/ocr/image.js';
import { STRIP_VARIANTS } from '../src/ocr/digits.js';
import { solve } from '../src/solve/index.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';

describe('a smoothed cell crop', () => {
  it('should turn the 3 × 3 blocks of a 100 dpi scan pixel drawn at 300 dpi into a graded edge', () => {
    // One dark scan pixel (a 3 × 3 block) on white.
    const data = new Uint8Array(81).fill(255);
    for (let y = 3; y < 6; y++) for (let x = 3; x < 6; x++) data[y * 9 + x] = 0;
    const out = smooth({ width: 9, height: 9, data }, 1);
    // The centre stays the darkest, its edge graded, the far corner white.
    expect(out.data[4 * 9 + 4]).toBeLessThan(out.data[4 * 9 + 2]!);
    expect(out.data[4 * 9 + 2]).toBeLessThan(255);
    expect(out.data[4 * 9 + 2]).toBeGreaterThan(0);
    expect(out.data[0]).toBe(255);
  });

  it('should be one of the strip reads that vote', () => {
    expect(STRIP_VARIANTS.some((v) => v.blur === 1)).toBe(true);
  });
});

describe('two cells of one row misread alike', () => {
  const ocrNum = (v: number, alternatives?: number[]): ValueToken => ({ kind: 'num', value: v, raw: String(v), fusable: false, ocr: alternatives ? { alternatives } : {} });
  // Rows r and s and their sum t, each a + b = total; columns t = r + s.
  const identities = [
    ...['r', 's', 't'].map((row) => ({ id: `row-${row}`, total: `${row}.total`, parts: [`${row}.a`, `${row}.b`] })),
    ...['a', 'b', 'total'].map((col) => ({ id: `col-${col}`, total: `t.${col}`, parts: [`r.${col}`, `s.${col}`] })),
  ];
  const group = (id: string, values: ValueToken[]) => ({ id, keys: ['a', 'b', 'total'].map((c) => `${id}.${c}`), candidates: rowCandidates({ values, blankCells: 0, onGrid: true }, 3) });

  it("should read both cells another way when the row's own total holds as read and the columns do not", () => {
    // Printed 34 | 0 | 34, read 31 | 0 | 31 (a faint '4' read '1' in the part and in its total):
    // the row's total holds as read, no single other reading mends the columns, both together do.
    const groups = [group('r', [ocrNum(31, [34, 81]), ocrNum(0), ocrNum(31, [34, 81])]), group('s', [ocrNum(5), ocrNum(2), ocrNum(7)]), group('t', [ocrNum(39), ocrNum(2), ocrNum(41)])];
    const { fields } = solve(groups, identities);
    expect(fields.get('r.a')).toEqual({ value: 34, flags: ['ocr', 'repaired'] });
    expect(fields.get('r.total')).toEqual({ value: 34, flags: ['ocr', 'repaired'] });
    expect(fields.get('r.b')).toEqual({ value: 0, flags: ['ocr'] });
  });

  it('should keep the reading as recognised when it already holds', () => {
    const groups = [group('r', [ocrNum(34, [31, 84]), ocrNum(0), ocrNum(34, [31, 84])]), group('s', [ocrNum(5), ocrNum(2), ocrNum(7)]), group('t', [ocrNum(39), ocrNum(2), ocrNum(41)])];
    const { fields } = solve(groups, identities);
    expect(fields.get('r.a')).toEqual({ value: 34, flags: ['ocr'] });
  });
});
