/**
 * @file Rulings found as dark runs that are glyph strokes, not table borders. At 100 dpi a bold
 * header's vertical strokes in a two-line cell ('结果' over '维持') join across the line gap into
 * runs 12–16 pt long — as long as a ruling of a short row — and every such stroke made a grid
 * column: table 四 of a Word-style report came out 44 columns wide where it prints 15, its values
 * spread over slivers (left ambiguous); the horizontal strokes of a bold header line join the same
 * way and made extra rows. A table border ends on the borders it meets; a stroke starts inside its
 * cell. So a run is kept as a ruling when both its ends reach a ruling of the other direction, or
 * one end and it is long (a table cut by the page edge), or it is very long.
 */
import type { Segment } from '../pdf/rulings.js';

/** A ruling found in the image: its centre line (pt) and half its thickness (pt). */
export interface FoundRuling {
  seg: Segment;
  half: number;
}

/**
 * pt. A vertical run at least this long with one end on a border is a ruling (a table cut by
 * the page edge): joined glyph strokes of a two-line cell are ≤ ~16 pt (measured on 100 dpi scans
 * of 10.5 pt bold headers), of three lines under ~30.
 */
const LONG_VERTICAL_PT = 30;
/**
 * pt. Likewise for horizontal runs. The horizontal strokes of a bold header joined along its line
 * of glyphs are as long as the header ('未经复议直接起诉' at 10.5 pt: ~85 pt, found 4 pt under the
 * border above it, where the vertical strokes below it then seemed to end on a ruling).
 */
const LONG_HORIZONTAL_PT = 200;
/** × `LONG_*`. A run this long is a ruling even if neither end meets another (strokes never join so far). */
const LONELY = 3;
/**
 * pt. How far beyond the other ruling's band (its centre ± half its thickness) an end may stop
 * and still reach it: a border runs into the border it meets (its end measured 0.8–1.2 pt from
 * that border's centre line on 100 dpi scans, ~0.7 pt half-thickness), a stroke's end is inside
 * its cell (≥ 1.7 pt from the border's centre line).
 */
const REACH_PT = 0.5;
/** pt. Along the other ruling: an end this far past its extent still meets it (a frame corner). */
const ALONG_PT = 2;

/** How many ends (0–2) of the line at `pos` (across) from `from` to `to` (along) meet rulings of `others`. */
function endsOnRulings(pos: number, from: number, to: number, others: readonly FoundRuling[], othersHorizontal: boolean): number {
  const meets = (at: number): boolean =>
    others.some(({ seg, half }) => {
      const [across, start, end] = othersHorizontal ? [seg.y1, seg.x1, seg.x2] : [seg.x1, seg.y1, seg.y2];
      return Math.abs(at - across) <= half + REACH_PT && pos >= start - ALONG_PT && pos <= end + ALONG_PT;
    });
  return Number(meets(from)) + Number(meets(to));
}

/** Does a ruling of `others` cross the line at `pos` between `from` and `to` (within its band and `REACH_PT`)? */
function crossed(pos: number, from: number, to: number, others: readonly FoundRuling[], othersHorizontal: boolean): boolean {
  return others.some(({ seg, half }) => {
    const [across, start, end] = othersHorizontal ? [seg.y1, seg.x1, seg.x2] : [seg.x1, seg.y1, seg.y2];
    return across + half + REACH_PT >= from && across - half - REACH_PT <= to && pos >= start - ALONG_PT && pos <= end + ALONG_PT;
  });
}

/**
 * pt. Pieces this close across and this close along (`CHAIN_GAP_PT`), no border crossing the gap,
 * are one ruling broken by a faint stretch (as `BRIDGE_PT` of `ruling-paths.ts`: a piece from a
 * border into the faint stretch is shorter than `LONG_VERTICAL_PT`).
 */
const CHAIN_ACROSS_PT = 1.5;
const CHAIN_GAP_PT = 20;

/**
 * Groups the rulings into chains of collinear pieces (indexes), each with its extent. A gap
 * where a ruling of the other direction crosses does not join: glyph strokes stacked row under
 * row in a label column stop at each row's border (a border broken by a faint stretch breaks
 * anywhere, and runs on through the borders it crosses, where the ink is darkest).
 */
function chains(own: readonly FoundRuling[], others: readonly FoundRuling[], horizontal: boolean): { members: number[]; pos: number; from: number; to: number }[] {
  const key = (r: FoundRuling): [number, number, number] => (horizontal ? [r.seg.y1, r.seg.x1, r.seg.x2] : [r.seg.x1, r.seg.y1, r.seg.y2]);
  const out: { members: number[]; pos: number; from: number; to: number }[] = [];
  const order = own.map((_, i) => i).sort((a, b) => key(own[a]!)[1] - key(own[b]!)[1]);
  for (const i of order) {
    const [pos, from, to] = key(own[i]!);
    const c = out.find((o) => Math.abs(o.pos - pos) <= CHAIN_ACROSS_PT && from <= o.to + CHAIN_GAP_PT && (from <= o.to || !crossed(pos, o.to, from, others, !horizontal)));
    if (c) {
      c.members.push(i);
      c.to = Math.max(c.to, to);
    } else out.push({ members: [i], pos, from, to });
  }
  return out;
}

/**
 * The rulings of one direction that are table borders: each chain of collinear pieces (a border
 * broken by a faint stretch is one) ending on rulings of the other direction at both ends, or at
 * one end and at least `LONG_*` long (a table cut by the page edge), or `LONELY` × as long.
 * Returns the indexes of the rulings kept (so their erase boxes follow).
 */
export function supportedRulings(own: readonly FoundRuling[], others: readonly FoundRuling[], horizontal: boolean): number[] {
  const long = horizontal ? LONG_HORIZONTAL_PT : LONG_VERTICAL_PT;
  const kept = chains(own, others, horizontal).filter((c) => {
    const [ends, length] = [endsOnRulings(c.pos, c.from, c.to, others, !horizontal), c.to - c.from];
    return ends === 2 || (ends === 1 && length >= long) || length >= LONELY * long;
  });
  return kept.flatMap((c) => c.members).sort((a, b) => a - b);
}
