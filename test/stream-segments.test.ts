/**
 * map/stream-segments: listing a segment's readings walks the paths of the readings graph. Many
 * paths can give one reading (a run of equal values read as a run or cell by cell), so the count of
 * distinct readings alone does not bound the walk: a 6 KB plain pdftotext page through `uniq` walked
 * for ten minutes. Past MAX_SEGMENT_STEPS the segment gives its summary (what every reading agrees on).
 */
import { END, MAX_SEGMENT_STEPS, segmentsOf, stateKey, type Edge, type State } from '../src/map/stream-segments.js';

/**
 * A lattice of two lanes over `k` rows: from each state of row r an edge to each state of row r + 1,
 * each reading row r as `[7, 0]`: 2^k paths, no state on all of them (no cut), one reading.
 */
function lattice(k: number): { start: string; edges: Map<string, Edge[]>; state: Map<string, State> } {
  const state = new Map<string, State>();
  const edges = new Map<string, Edge[]>();
  const at = (r: number, lane: number): string => {
    const s: State = { r, i: 2 * r + lane, carry: false, cost: 0 };
    state.set(stateKey(s), s);
    return stateKey(s);
  };
  const read = (next: number) => ({ rows: [[7, 0]], marks: [['' as const, '' as const]], cost: 0, continues: false, next, carry: false });
  const start = at(0, 0);
  edges.set(start, [0, 1].map((lane) => ({ to: at(1, lane), read: read(2 + lane) })));
  for (let r = 1; r < k; r++) {
    for (const lane of [0, 1]) edges.set(at(r, lane), [0, 1].map((l) => ({ to: r + 1 === k ? END : at(r + 1, l), read: read(2 * (r + 1) + l) })));
  }
  // The last row's two states both lead to END (listed once each).
  for (const lane of [0, 1]) edges.set(at(k - 1, lane), [{ to: END, read: read(2 * k) }]);
  return { start, edges, state };
}

describe('stream segments: paths walked to list readings (map/stream-segments)', () => {
  it('should list the one reading of a small lattice', () => {
    const { start, edges, state } = lattice(6);
    const segs = segmentsOf(start, edges, state, 6);
    expect(segs).toHaveLength(1);
    expect(segs[0]!.readings).toHaveLength(1);
    expect(segs[0]!.readings[0]!.rows).toEqual(Array.from({ length: 6 }, () => [7, 0]));
  });

  it('should stop walking a lattice of 2^40 paths and give what every reading agrees on', () => {
    const k = 40;
    expect(2 ** k).toBeGreaterThan(MAX_SEGMENT_STEPS * 1_000);
    const { start, edges, state } = lattice(k);
    const segs = segmentsOf(start, edges, state, k);
    expect(segs).toHaveLength(1);
    expect(segs[0]!.readings).toHaveLength(1);
    expect(segs[0]!.readings[0]!.rows).toEqual(Array.from({ length: k }, () => [7, 0]));
  });
});
