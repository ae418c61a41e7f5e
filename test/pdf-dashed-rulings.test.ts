/**
 * Dashed and dotted borders (`pdf/dashed-rulings.ts`): Chromium fills one small rectangle per dash
 * or dot; a row of them along an axis is one ruling, a few scattered marks are none.
 */
import type { Rulings } from '../src/pdf/rulings.js';
import { addDashedRulings, type Mark } from '../src/pdf/dashed-rulings.js';

/** `n` marks `len` long and `thick` thick along x from `x0` at `y`, `gap` apart. */
const row = (x0: number, y: number, n: number, len: number, thick: number, gap: number): Mark[] =>
  Array.from({ length: n }, (_, i) => ({ x1: x0 + i * (len + gap), y1: y, x2: x0 + i * (len + gap) + len, y2: y + thick }));
const flip = (m: Mark): Mark => ({ x1: m.y1, y1: m.x1, x2: m.y2, y2: m.x2 });
const read = (marks: Mark[]): Rulings => {
  const r: Rulings = { horizontal: [], vertical: [] };
  addDashedRulings(r, marks);
  return r;
};

describe('addDashedRulings', () => {
  it('joins a row of dashes into one horizontal ruling and a column of dots into one vertical ruling', () => {
    const dashes = row(100, 50, 20, 2.25, 0.75, 1.5);
    expect(read(dashes).horizontal).toEqual([{ x1: 100, y1: 50.375, x2: 100 + 19 * 3.75 + 2.25, y2: 50.375 }]);
    const dots = row(200, 30, 30, 0.75, 0.75, 0.75).map(flip);
    const r = read(dots);
    expect(r.vertical).toEqual([{ x1: 30.375, y1: 200, x2: 30.375, y2: 200 + 29 * 1.5 + 0.75 }]);
    expect(r.horizontal).toEqual([]);
  });

  it('splits a row at a long gap and leaves short rows and scattered marks', () => {
    const two = [...row(100, 50, 8, 2.25, 0.75, 1.5), ...row(150, 50, 8, 2.25, 0.75, 1.5)];
    expect(read(two).horizontal.map((s) => [s.x1, s.x2])).toEqual([[100, 100 + 7 * 3.75 + 2.25], [150, 150 + 7 * 3.75 + 2.25]]);
    expect(read(row(100, 50, 3, 2.25, 0.75, 1.5)).horizontal).toEqual([]);
    expect(read([...row(100, 50, 2, 2, 0.75, 1), ...row(100, 60, 2, 2, 0.75, 1)])).toEqual({ horizontal: [], vertical: [] });
  });

  it('does not join marks of different thickness or off the row', () => {
    const mixed = row(100, 50, 6, 2, 0.75, 1).map((m, i) => (i % 2 ? { ...m, y2: m.y1 + 2 } : m));
    expect(read(mixed).horizontal).toEqual([]);
  });
});
