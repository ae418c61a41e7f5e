import { max4, maxOf, min4, minOf } from '../src/_internal/extremes.js';

// min4/max4 replace minOf/maxOf over a four-element array in per-item code (a text run's box):
// the same result for every input, NaN and signed zeros included.
describe('min4 / max4', () => {
  const values = [0, -0, 1, -1, 2.5, NaN, Infinity, -Infinity];
  it('should equal minOf / maxOf of the same four numbers (Object.is)', () => {
    for (const a of values) for (const b of values) for (const c of values) for (const d of values) {
      expect(Object.is(min4(a, b, c, d), minOf([a, b, c, d]))).toBe(true);
      expect(Object.is(max4(a, b, c, d), maxOf([a, b, c, d]))).toBe(true);
    }
  });
  it('should keep the first of equal zeros, as minOf does', () => {
    expect(Object.is(min4(0, -0, 1, 2), 0)).toBe(true);
    expect(Object.is(min4(-0, 0, 1, 2), -0)).toBe(true);
    expect(Number.isNaN(max4(1, 2, NaN, 3))).toBe(true);
  });
});
