/**
 * @file The pieces of one scanned ruling → one segment. A ruling that is not quite straight after
 * deskewing (a keystoned page: its left and right verticals lean differently; a 1-bit page whose
 * thin border breaks into dashes) is found as several runs, each a little beside the last. The
 * grid builder snaps segments to a line by their distance to the first one it sorted (`pdf/grid.ts`
 * `SNAP`), so the pieces of one leaning border, 1–1.5 pt apart, with a glyph stroke 3 pt beside
 * them, were cut into two lines 3 pt apart: a thin extra column, and a row whose cells moved one
 * column over (a keystoned 1-bit hongze-2024 scan: tables of 10 and 15 columns read as 11 and 16).
 */
import type { Segment } from '../pdf/rulings.js';

/**
 * pt. Pieces this close across and overlapping (or touching) along are one ruling: a border 1 px
 * wide at 100 dpi leaning 1% drifts ~1 pt over a row; two rulings of one table are ≥ ~15 pt apart.
 */
const PIECE_ACROSS_PT = 1.5;
/** pt. Pieces whose ends are this close along the ruling still touch (a dash gap of a 1-bit scan). */
const PIECE_ALONG_PT = 1.2;

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

/**
 * Joins the pieces of each leaning ruling: segments within `PIECE_ACROSS_PT` of each other across
 * that overlap along (chained: a piece joins a ruling when it lies beside any of its pieces) become
 * one segment over their whole extent, at their length-weighted mean position.
 */
export function piecesToRulings(segs: readonly Segment[], horizontal: boolean): Segment[] {
  const pos = (s: Segment): number => (horizontal ? s.y1 : s.x1);
  const lo = (s: Segment): number => (horizontal ? s.x1 : s.y1);
  const hi = (s: Segment): number => (horizontal ? s.x2 : s.y2);
  const parent = segs.map((_, i) => i);
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const [a, b] = [segs[i]!, segs[j]!];
      if (Math.abs(pos(a) - pos(b)) > PIECE_ACROSS_PT) continue;
      if (lo(b) > hi(a) + PIECE_ALONG_PT || lo(a) > hi(b) + PIECE_ALONG_PT) continue;
      parent[find(parent, i)] = find(parent, j);
    }
  }
  const groups = new Map<number, Segment[]>();
  segs.forEach((s, i) => groups.set(find(parent, i), [...(groups.get(find(parent, i)) ?? []), s]));
  return [...groups.values()].map((g) => {
    const weight = g.reduce((n, s) => n + hi(s) - lo(s), 0);
    const p = g.reduce((n, s) => n + pos(s) * (hi(s) - lo(s)), 0) / weight;
    const [from, to] = [Math.min(...g.map(lo)), Math.max(...g.map(hi))];
    return horizontal ? { x1: from, y1: p, x2: to, y2: p } : { x1: p, y1: from, x2: p, y2: to };
  });
}
