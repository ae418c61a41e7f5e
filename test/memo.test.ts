import { memoByObject } from '../src/_internal/memo.js';
import type { Line } from '../src/model/document.js';
import { buildRows } from '../src/tables/build-rows.js';

describe('memoByObject', () => {
  it('computes once per object and apart for another object with equal contents', () => {
    let calls = 0;
    const count = memoByObject((xs: readonly number[]) => {
      calls++;
      return xs.length;
    });
    const a = [1, 2, 3];
    expect(count(a)).toBe(3);
    expect(count(a)).toBe(3);
    expect(calls).toBe(1);
    expect(count([1, 2, 3])).toBe(3);
    expect(calls).toBe(2);
  });

  it('keeps an undefined or null answer (not recomputed)', () => {
    let calls = 0;
    const none = memoByObject((_: object) => {
      calls++;
      return null;
    });
    const key = {};
    expect(none(key)).toBeNull();
    expect(none(key)).toBeNull();
    expect(calls).toBe(1);
  });
});

describe('buildRows on lines it has read before', () => {
  it('gives each call rows of its own: changing one reading leaves the next as printed', () => {
    const lines: Line[] = [
      { cells: ['（一）行政许可', '12', '3'], source: { line: 0 }, separated: true },
      { cells: ['（二）行政处罚', '4', '5'], source: { line: 1 }, separated: true },
    ];
    const first = buildRows(lines);
    first[0]!.values.push(first[1]!.values[0]!);
    first[1]!.values.length = 0;
    const second = buildRows(lines);
    expect(second.map((r) => r.values.map((v) => (v.kind === 'num' ? v.value : v.kind)))).toEqual([
      [12, 3],
      [4, 5],
    ]);
  });
});
