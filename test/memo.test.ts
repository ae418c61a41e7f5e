import { memoByObject } from '../src/_internal/memo.js';
import type { Line } from '../src/model/document.js';
import { buildRows } from '../src/tables/build-rows.js';
import { gridRequestLeaves } from '../src/map/grid-columns.js';
import { runsOf } from '../src/map/subtotal-column.js';

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

describe('table 三\'s grid leaves and value runs, read once per lines array', () => {
  const grid: Line[] = [
    { cells: ['', '自然人', '商业企业', '总计'], cols: [0, 1, 2, 3], separated: true, saved: true, source: { table: 0, row: 0 } },
    { cells: ['一、本年新收政府信息公开申请数量', '1', '2', '3'], cols: [0, 1, 2, 3], separated: true, saved: true, source: { table: 0, row: 1 } },
    { cells: ['二、上年结转政府信息公开申请数量', '4', '0', '4'], cols: [0, 1, 2, 3], separated: true, saved: true, source: { table: 0, row: 2 } },
  ];
  it('gives each call leaves of its own, per mode (file grid / page grid)', () => {
    const first = gridRequestLeaves(grid)!;
    expect(first.leaves).toEqual(['naturalPerson', 'commercial', 'total']);
    first.leaves.reverse();
    first.cols.length = 0;
    expect(gridRequestLeaves(grid)).toEqual({ cols: [1, 2, 3], leaves: ['naturalPerson', 'commercial', 'total'] });
    // A saved grid is no page grid: the page mode reads its own answer, not the file mode's.
    expect(gridRequestLeaves(grid, true)).toEqual({ cols: [1, 2, 3], leaves: ['naturalPerson', 'commercial', 'total'] });
    expect(gridRequestLeaves(grid.map((l) => ({ ...l, saved: undefined })), false)).toBeNull();
  });
  it('reads the value runs of equal lines in another array apart', () => {
    const runs = runsOf(grid);
    expect(runsOf(grid)).toBe(runs);
    expect(runsOf([...grid])).not.toBe(runs);
    expect(runsOf([...grid])).toEqual(runs);
    expect(runs.map((r) => r.map((c) => c.value))).toEqual([[1, 2, 3], [4, 0, 4]]);
  });
});
