/**
 * @file Rulings found in a page image: long dark horizontal and vertical runs (table borders).
 * They are returned in page pt in the shape the PDF path's `Rulings` has, so the same grid builder
 * (`pdf/grid.ts`) turns them into tables; and as pixel boxes, so they can be erased before
 * recognition (a border left in a crop is read as '1' or '|').
 */
import type { Rulings, Segment } from '../pdf/rulings.js';
import { INK, type Box, type Grey } from './image.js';
import { maxOf, median, pushAll } from '../_internal/extremes.js';
import { supportedRulings, type FoundRuling } from './supported-rulings.js';

/** pt. A horizontal run at least this long is a ruling (a CJK glyph stroke is ≤ ~12 pt). */
const MIN_H_RULE_PT = 24;
/** pt. A vertical run at least this long is a ruling (shortest table rows are ~15 pt). */
const MIN_V_RULE_PT = 12;
/** pt. Gaps this small inside a run (JPEG noise, a faint scan) do not break it. */
const MAX_GAP_PT = 1.2;
/** pt. A run thicker than this is a filled area (shading, a photo), not a ruling. */
const MAX_THICKNESS_PT = 3;
/** pt. Runs in neighbouring pixel rows overlapping by this much are one ruling. */
const MIN_OVERLAP_PT = 6;

/**
 * Share of the way from the paper to the darkest ink at which a pixel may belong to a ruling. A
 * 1 px border of a 100 dpi scan, interpolated to 300 dpi, comes out ~165 grey on ~250 paper:
 * lighter than `INK`, yet a ruling (found as a long run, which glyphs and noise do not make).
 */
const RULE_SHARE = 0.3;

/**
 * px (at the page's dpi, per 300). How far beyond a split band the grey on either side is taken
 * (`isShadeEdge`): past the blur of a thin ruling interpolated from a 100 dpi scan (~2 px at 300 dpi).
 */
const SIDE_OFFSET_PX_300 = 3;
/**
 * Share of the band's depth below paper by which the grey on each side of a split band must be lighter
 * than the band (medians along it) for the band to be a thin ruling: a ruling is a darker line between
 * lighter sides; a strip of shading (a zebra row's band above or below its line of text, 2–3 pt high,
 * as light as the split test allows) has the same grey as the shaded text line beside it.
 */
const SIDE_CONTRAST = 0.4;
/** Grey levels. The least such contrast (JPEG noise on a near-paper band). */
const MIN_SIDE_CONTRAST = 8;

/** The median grey of pixel row `y` from x0 to x1 (every `step`-th pixel). */
function rowMedian(img: Grey, y: number, x0: number, x1: number): number {
  const hist = new Uint32Array(256);
  const step = Math.max(1, Math.floor((x1 - x0) / 400));
  let n = 0;
  for (let x = x0; x < x1; x += step, n++) hist[img.data[y * img.width + x]!]!++;
  let seen = 0;
  for (let v = 0; v < 256; v++) if ((seen += hist[v]!) * 2 >= n) return v;
  return 255;
}

/**
 * A split band (found only by the split test: no pixel of it darker than the ruling level) that is
 * the edge of a shaded area, not a thin ruling: the grey on one of its sides, just beyond it, is as
 * dark as the band itself. Zebra rows printed #dadada–#e6e6e6 pass the split test all over
 * (3 × (250 − 218) ≥ 250 − 177), and above and below each line of text the shading alone made
 * bands a few pt high that the grid builder took for rulings: table 三 cut into 53 rows where it
 * prints 26 (a chromium zebra print scanned at 100 dpi grey, and its own clean render alike).
 */
function isShadeEdge(img: Grey, b: Band, dpi: number, paper: number): boolean {
  const k = Math.max(1, Math.round((SIDE_OFFSET_PX_300 * dpi) / 300));
  const [above, below] = [b.from - k, b.to + k];
  if (above < 0 || below >= img.height) return false;
  const band = rowMedian(img, (b.from + b.to) >> 1, b.start, b.end);
  const need = Math.max(MIN_SIDE_CONTRAST, SIDE_CONTRAST * (paper - band));
  return Math.min(rowMedian(img, above, b.start, b.end), rowMedian(img, below, b.start, b.end)) - band < need;
}

/** The grey level at `share` of a page's pixels, darkest first. */
export function greyAt(img: Grey, shares: readonly number[]): number[] {
  const hist = new Uint32Array(256);
  for (const v of img.data) hist[v]!++;
  return shares.map((share) => {
    let n = 0;
    for (let v = 0; v < 256; v++) if ((n += hist[v]!) >= share * img.data.length) return v;
    return 255;
  });
}

/** The grey level below which a pixel may be part of a ruling: between the paper and the ink. */
export function ruleLevel(img: Grey): number {
  // The paper is most of the page; the darkest 0.1% is ink.
  const [paper, dark] = greyAt(img, [0.5, 0.001]) as [number, number];
  return Math.max(INK, Math.round(paper - RULE_SHARE * (paper - dark)));
}

/** The paper's grey: most of the page. */
export const paperLevel = (img: Grey): number => greyAt(img, [0.5])[0]!;


/** A dark run: along line `pos`, pixels start … end − 1. */
export interface Run {
  pos: number;
  start: number;
  end: number;
}

interface Band {
  from: number;
  to: number;
  start: number;
  end: number;
  /** The runs it joins (a leaning ruling's are traced through them: `leaningSlices`). */
  runs: Run[];
}

/** Dark runs along one axis; `isDark(line, i)` tells whether pixel i of line `line` may be a ruling's. */
export function runs(lines: number, length: number, isDark: (line: number, i: number) => boolean, minLen: number, maxGap: number): Run[] {
  const out: Run[] = [];
  for (let l = 0; l < lines; l++) {
    let start = -1;
    let last = -1;
    for (let i = 0; i <= length; i++) {
      const dark = i < length && isDark(l, i);
      if (dark) {
        if (start < 0) start = i;
        last = i;
      } else if (start >= 0 && i - last > maxGap) {
        if (last - start + 1 >= minLen) out.push({ pos: l, start, end: last + 1 });
        start = -1;
      }
    }
  }
  return out;
}

/** Runs in consecutive lines that overlap → bands (one ruling each, with its thickness). */
function bands(all: Run[], minOverlap: number): Band[] {
  const open: Band[] = [];
  const done: Band[] = [];
  let line = -1;
  for (const r of all) {
    if (r.pos !== line) {
      for (let i = open.length - 1; i >= 0; i--) if (open[i]!.to < r.pos - 1) pushAll(done, open.splice(i, 1));
      line = r.pos;
    }
    const b = open.find((o) => o.to === r.pos - 1 && Math.min(o.end, r.end) - Math.max(o.start, r.start) >= minOverlap);
    if (b) {
      b.to = r.pos;
      b.start = Math.min(b.start, r.start);
      b.end = Math.max(b.end, r.end);
      b.runs.push(r);
    } else open.push({ from: r.pos, to: r.pos, start: r.start, end: r.end, runs: [r] });
  }
  return [...done, ...open];
}

/** A stretch of a leaning ruling: across it from `lo` to `hi` (px, inclusive), along it from `start` to `end`. */
interface Slice {
  lo: number;
  hi: number;
  start: number;
  end: number;
}

/**
 * A band wider across than a ruling is thick may be one ruling that leans (a keystoned scan's
 * border, a residual skew): its runs step across one pixel line every so many pixels along it, so
 * the band's box is as wide as the lean, while the ruling at any place is thin. Cut along it into
 * stretches of `length` px, each stretch covers only the lines its runs cross there: the band is a
 * leaning ruling when every stretch is at most `maxThick` across (shading and filled areas are not).
 * Null when it is not.
 */
function leaningSlices(b: Band, length: number, maxThick: number): Slice[] | null {
  const out: Slice[] = [];
  for (let start = b.start; start < b.end; start += length) {
    const end = Math.min(b.end, start + length);
    let [lo, hi] = [Infinity, -Infinity];
    for (const r of b.runs) {
      if (r.end <= start || r.start >= end) continue;
      lo = Math.min(lo, r.pos);
      hi = Math.max(hi, r.pos);
    }
    if (hi < lo) continue;
    if (hi - lo + 1 > maxThick) return null;
    out.push({ lo, hi, start, end });
  }
  return out.length > 0 ? out : null;
}

/**
 * The rulings of a page image rendered at `dpi`: in pt (for the grid builder) and as pixel boxes.
 * A horizontal ruling of a 100 dpi scan that the scanner's skew resampled lies on one pixel row in
 * some stretches (dark) and between two in others (two light grey rows, each lighter than `level`):
 * its dark stretches alone were shorter than a ruling, and a whole table's horizontals were lost
 * (a LibreOffice-printed 2019 report scanned at 0.8°: table 三 not read). Its split stretches count
 * too (`split`).
 * `level`: the grey below which a pixel may be a ruling's (`ruleLevel`: faint borders count).
 */
export function findRulings(img: Grey, dpi: number, level = INK): { rulings: Rulings; boxes: Box[] } {
  const px = (pt: number): number => Math.max(1, Math.round((pt * dpi) / 72));
  const pt = (p: number): number => (p * 72) / dpi;
  const { width: w, height: h, data } = img;
  const maxThick = px(MAX_THICKNESS_PT);
  const found = { h: [] as FoundRuling[], v: [] as FoundRuling[] };
  const pieces = { h: [] as Box[][], v: [] as Box[][] };
  // A leaning ruling is erased stretch by stretch (each box longer than it is wide, so it is
  // still taken for a piece of a ruling in its direction: `ruling-paths.ts`).
  const slice = 2 * (maxThick + 3);
  const paper = paperLevel(img);
  // (No such sum on a page darker than the level: every pixel would pass.)
  const need = paper > level ? paper - level : Infinity;
  // A pixel is a ruling's when it is darker than `level`, or when it and its two neighbours across
  // the ruling are all lighter than `level` yet hold as much ink together as one pixel at it: a
  // thin ruling falling between two pixel rows (`split`). (Beside a pixel darker than the level the
  // sum is not taken: it would widen every dark glyph stroke by a pixel and join strokes into runs.)
  const split = (a: number, b: number, c: number): boolean => a >= level && b >= level && c >= level && 3 * paper - a - b - c >= need;
  // A thin line has paper within a ruling's thickness above and below it. Flat grey (a zebra row's
  // shading) passes the sum all over, and the gaps between the glyphs of a shaded line of text joined
  // their horizontal strokes into runs as long as rulings (`sidesPaper`; paper here: too light for
  // three such pixels to pass the sum).
  const paperish = paper - need / 3;
  const sidesPaper = (i: number, y: number): boolean => {
    let up = false;
    for (let j = 2; j <= maxThick && y - j >= 0 && !up; j++) up = data[i - j * w]! >= paperish;
    let down = false;
    for (let j = 2; j <= maxThick && y + j < h && !down; j++) down = data[i + j * w]! >= paperish;
    return up && down;
  };
  const darkH = (y: number, x: number): boolean => {
    const i = y * w + x;
    return data[i]! < level || (y > 0 && y < h - 1 && split(data[i - w]!, data[i]!, data[i + w]!) && sidesPaper(i, y));
  };
  // Verticals are not summed: on a blurred 100 dpi scan of a Word-style report the strokes of
  // two-line header cells ('结果' over '维持') then reached both borders, and table 三 came out cut
  // into 24 columns where it prints 10 (the split test on horizontals alone left its grids as they were).
  const darkV = (x: number, y: number): boolean => data[y * w + x]! < level;
  const sliced = (b: Band): Slice[] | null => (b.to - b.from + 1 > maxThick ? leaningSlices(b, slice, maxThick) : [{ lo: b.from, hi: b.to, start: b.start, end: b.end }]);
  // The bands of dark pixels as before, and those with split stretches: a split band that is a
  // ruling (thin, or leaning) stands for the dark bands inside it; one that is not (split grey
  // beside a ruling joined it to glyph strokes above or below: too thick) leaves them as they were.
  // (Still lost: a short header-row border of `scans/scan-2019-libreoffice-100dpi` page 3, whose
  // split band runs past the borders it ends on.)
  const plain = bands(runs(h, w, (y, x) => data[y * w + x]! < level, px(MIN_H_RULE_PT), px(MAX_GAP_PT)), px(MIN_OVERLAP_PT));
  const splitBands = bands(runs(h, w, darkH, px(MIN_H_RULE_PT), px(MAX_GAP_PT)), px(MIN_OVERLAP_PT)).filter((b) => sliced(b) !== null && !isShadeEdge(img, b, dpi, paper));
  const inside = (p: Band, b: Band): boolean => p.from >= b.from - 1 && p.to <= b.to + 1 && p.start >= b.start - 1 && p.end <= b.end + 1;
  const hb = [...splitBands, ...plain.filter((p) => !splitBands.some((b) => inside(p, b)))];
  for (const b of hb) {
    const slices = sliced(b);
    if (!slices) continue;
    const y = pt(median(slices.map((s) => (s.lo + s.hi + 1) / 2)));
    found.h.push({ seg: { x1: pt(b.start), y1: y, x2: pt(b.end), y2: y }, half: pt(maxOf(slices.map((s) => s.hi - s.lo + 1))) / 2 });
    pieces.h.push(slices.map((s) => ({ x1: s.start, y1: s.lo - 1, x2: s.end, y2: s.hi + 2 })));
  }
  const vb = bands(runs(w, h, darkV, px(MIN_V_RULE_PT), px(MAX_GAP_PT)), px(MIN_OVERLAP_PT));
  for (const b of vb) {
    const slices = b.to - b.from + 1 > maxThick ? leaningSlices(b, slice, maxThick) : [{ lo: b.from, hi: b.to, start: b.start, end: b.end }];
    if (!slices) continue;
    const x = pt(median(slices.map((s) => (s.lo + s.hi + 1) / 2)));
    found.v.push({ seg: { x1: x, y1: pt(b.start), x2: x, y2: pt(b.end) }, half: pt(maxOf(slices.map((s) => s.hi - s.lo + 1))) / 2 });
    pieces.v.push(slices.map((s) => ({ x1: s.lo - 1, y1: s.start, x2: s.hi + 2, y2: s.end })));
  }
  // Glyph strokes joined into runs as long as a short row's border are left out (`supported-rulings.ts`).
  const keepH = supportedRulings(found.h, found.v, true);
  // Verticals against the horizontals kept: a bold header's joined strokes, dropped, end no stroke.
  const keepV = supportedRulings(found.v, keepH.map((i) => found.h[i]!), false);
  const horizontal: Segment[] = keepH.map((i) => found.h[i]!.seg);
  const vertical: Segment[] = keepV.map((i) => found.v[i]!.seg);
  const boxes: Box[] = [...keepH.flatMap((i) => pieces.h[i]!), ...keepV.flatMap((i) => pieces.v[i]!)];
  return { rulings: { horizontal, vertical }, boxes };
}
