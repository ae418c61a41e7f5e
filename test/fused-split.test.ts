/**
 * The stream alignment's split move (map/fused-split, map/stream-align): a token that is the digits
 * of 2 or 3 touching cells of a row printed with no gap is cut where the table's identities hold.
 * Values are made by hand-written rules
 * (tests/helpers/table3), the expected values are those, never the code's.
 */
import { cutRoom, cutsOf } from '../src/map/fused-split.js';
import { alignSegments, alignStream, type Segment, type StreamToken } from '../src/map/stream-align.js';
import { segmentGroup } from '../src/map/table-stream.js';
import { solve } from '../src/solve/index.js';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { consistentRequestGrid } from './helpers/table3.js';

const specs = TEMPLATE_2021.requestRows;
const ids = TEMPLATE_2021.identities;
const dense = consistentRequestGrid((i, c) => 1 + ((i * 5 + c * 7) % 9) + (c === 0 ? 100 * i + 1000 : 0));

/** The grid's tokens row by row, the cells listed as [row, col] glued to the cell after them. */
function fused(rows: readonly number[][], glue: readonly [number, number][]): StreamToken[] {
  const raws: string[] = [];
  rows.forEach((row, i) => row.forEach((v, c) => {
    if (glue.some(([gi, gc]) => gi === i && gc === c - 1)) raws[raws.length - 1] += String(v);
    else raws.push(String(v));
  }));
  return raws.map((raw, i) => ({ value: Number(raw), raw, breakBefore: i === 0 }));
}
const accept = (segments: Segment[]): boolean => {
  const { stats } = solve(segments.map((s) => segmentGroup('requests', specs, s)), ids);
  return stats.violations === 0 && !stats.exhausted;
};

describe('fused-split: the cuts of a digit run', () => {
  it('lists every cut into 2 or 3 pieces that are counts as printed (no piece led by 0 but 0 itself)', () => {
    expect(cutsOf('105', 7)).toEqual([[1, 0, 5], [10, 5]]);
    expect(cutsOf('100', 7)).toEqual([[1, 0, 0], [10, 0]]);
    expect(cutsOf('05', 7)).toEqual([[0, 5]]);
    expect(cutsOf('123', 2)).toEqual([[1, 23], [12, 3]]);
    expect(cutsOf('7', 7)).toEqual([]);
    expect(cutsOf('12', 1)).toEqual([]);
    expect(cutRoom(['12', '7', '12345'])).toBe(3);
  });
});

describe('stream alignment: split move', () => {
  it('reads a stream with fused cells in several rows whole, the identities choosing each cut, flagged segmented', () => {
    const glue: [number, number][] = [[0, 0], [3, 2], [5, 5], [9, 1], [23, 0]];
    const readings = alignStream('requests', fused(dense, glue), specs, ids);
    expect(readings).not.toBeNull();
    for (const r of readings!) {
      expect(r.rows).toEqual(dense);
      expect(r.cost).toBe(5);
      for (const [i, c] of glue) {
        expect(r.flags[i]![c]).toContain('segmented');
        expect(r.flags[i]![c + 1]).toContain('segmented');
      }
    }
  });

  it('reads three touching cells glued into one run', () => {
    const readings = alignStream('requests', fused(dense, [[2, 1], [2, 2]]), specs, ids);
    expect(readings).not.toBeNull();
    for (const r of readings!) expect(r.rows).toEqual(dense);
  });

  it('a cut the row total allows two ways (111: 11 | 1 or 1 | 11) is chosen by the column sums through 总计, never guessed', () => {
    // Outcome row 0 (template row 2, 予以公开) is 11 1 0 0 0 0 | 12; its first two cells print as '111'.
    const grid = consistentRequestGrid((i, c) => (i === 0 ? [11, 1, 0, 0, 0, 0][c]! : 1 + ((i * 5 + c * 7) % 9) + (c === 0 ? 100 * i + 1000 : 0)));
    const segments = alignSegments('requests', fused(grid, [[2, 0]]), specs, ids, accept);
    expect(segments).not.toBeNull();
    const { fields } = solve(segments!.map((s) => segmentGroup('requests', specs, s)), ids);
    expect(fields.get('requests.granted.naturalPerson')?.value).toBe(11);
    expect(fields.get('requests.granted.commercial')?.value).toBe(1);
  });

  it('a stream short of more cells than its runs can give is not read whole', () => {
    const t = fused(dense, [[0, 0]]).filter((x) => x.raw.length > 1 || x.value !== 0);
    const short = t.slice(0, t.length - 12);
    expect(alignStream('requests', short, specs, ids)).toBeNull();
  });
});
