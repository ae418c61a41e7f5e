/**
 * @file A page whose lines are not straight once the one skew of `skew.ts` is taken out: a sheet
 * bent in the scanner (its rows rise and fall across the page), a phone photo (a keystone: the
 * rows tilt one way at the top and the other at the bottom, the verticals lean apart). Found as
 * long straight runs, a bent ruling broke into pieces at other heights and the grid builder lost
 * the row borders in the wave's steep stretches (breakit49 s04-warp, 3.5 px × sin(x / 140 px) at
 * 100 dpi: table 三's labels from 一 to 4. in one cell); a leaning border's ends missed the borders
 * they meet. The page is cut into vertical strips, band by band down the page; the vertical shift
 * between each strip's ruling profile (pixels of long dark runs per pixel row) and its neighbour's
 * is the one that lines their rulings up best; the shifts, summed across the band, are how far each
 * column is moved up or down there (interpolated between the bands). The columns are straightened
 * the same way on the page turned about its diagonal (`straighten`). A page whose columns all lie
 * within `MIN_RANGE_PT` of each other, or without rulings, is left as it is (a plain scan: nothing
 * moves; on the upright and skewed scans of breakit48/49 and `scans/` every page measured ≤ 2 px).
 */
import { maxOf, minOf } from '../_internal/extremes.js';
import type { Grey } from './image.js';
import { runs } from './rulings.js';

/** pt. Width of the strips whose ink profiles are compared. */
const STRIP_PT = 24;
/** pt. The largest shift looked for between neighbouring strips (a slope of 1/8). */
const MAX_STEP_PT = 3;
/** pt. A dark run this long is a ruling's (`ruledPixels`): a CJK glyph's stroke is shorter, joined neighbours' seldom longer. */
const RUN_PT = 20;
/** Least ruling pixels in a strip, × its width, for its profile to count (a few rulings across it). */
const MIN_RULED = 2;
/** pt. A page whose columns lie within this of each other is not bent: left as it is. */
const MIN_RANGE_PT = 1.5;
/**
 * Least share of the best match's score that a neighbouring shift must stay below for the best to
 * count: a strip of evenly spaced text lines matches itself a line pitch away nearly as well, but
 * that is outside the shifts looked for; a strip of a few specks matches anywhere.
 */
const MIN_PEAK_GAIN = 1.15;

/** px. Half the window of the moving mean taken off each profile (`profile`). */
const DETREND_PX = 8;

/**
 * The ink profile of the strip from x0 to x1 of `mask` (1 where a pixel is a ruling's): its ruling
 * pixels per row, less their mean over the neighbouring rows (a ruling stands out as a peak; a
 * thick dark bar, the same at any small shift, does not flatten the match).
 */
function profile(mask: Grey, x0: number, x1: number): Float64Array {
  const { width: w, height: h, data } = mask;
  const raw = new Float64Array(h);
  for (let y = 0; y < h; y++) {
    let n = 0;
    for (let x = x0; x < x1; x++) n += data[y * w + x]!;
    raw[y] = n;
  }
  const out = new Float64Array(h);
  let sum = 0;
  let [lo, hi] = [0, -1];
  for (let y = 0; y < h; y++) {
    while (hi < Math.min(h - 1, y + DETREND_PX)) sum += raw[++hi]!;
    while (lo < y - DETREND_PX) sum -= raw[lo++]!;
    out[y] = raw[y]! - sum / (hi - lo + 1);
  }
  return out;
}

/** Ruling pixels in a strip of `mask`. */
function inkIn(mask: Grey, x0: number, x1: number): number {
  const { width: w, height: h, data } = mask;
  let n = 0;
  for (let y = 0; y < h; y++) for (let x = x0; x < x1; x++) n += data[y * w + x]!;
  return n;
}

/**
 * 1 where a pixel darker than `level` lies in a horizontal run of such pixels at least `run` px
 * long (a ruling, or a stretch of one that bends or leans), else 0. Only rulings line strips up: the
 * lines of prose match their neighbours' anywhere (a plain scan's text strips gave shifts adding
 * up to 18–115 px across a page that is straight), and a page without rulings is left as it is.
 */
function ruledPixels(img: Grey, level: number, run: number): Grey {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  for (const r of runs(h, w, (y, x) => data[y * w + x]! < level, run, 0)) out.fill(1, r.pos * w + r.start, r.pos * w + r.end);
  return { width: w, height: h, data: out };
}

/** The shift d (px, sub-pixel) that best lines b up with a (b[y + d] ≈ a[y]); null when the profiles do not tell it. */
function shiftBetween(a: Float64Array, b: Float64Array, max: number, gain: number): number | null {
  const h = a.length;
  const score = (d: number): number => {
    let s = 0;
    for (let y = Math.max(0, -d); y < Math.min(h, h - d); y++) s += a[y]! * b[y + d]!;
    return s;
  };
  const scores: number[] = [];
  for (let d = -max; d <= max; d++) scores.push(score(d));
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  const peak = scores[best]!;
  if (peak <= 0 || best === 0 || best === scores.length - 1) return null;
  // The same rulings on both sides: most of each profile's energy is matched (strips holding other rulings match at some shift by chance).
  let [ea, eb] = [0, 0];
  for (let y = 0; y < h; y++) [ea, eb] = [ea + a[y]! * a[y]!, eb + b[y]! * b[y]!];
  if (peak < MIN_MATCH * Math.sqrt(ea * eb)) return null;
  // The best must stand out from the shifts a few px away (a flat match says nothing).
  const far = maxOf(scores.filter((_, i) => Math.abs(i - best) >= 3));
  if (far > peak / gain) return null;
  const [l, c, r] = [scores[best - 1]!, peak, scores[best + 1]!];
  const den = l - 2 * c + r;
  return best - max + (den < 0 ? (0.5 * (l - r)) / den : 0);
}

/** Least normalised correlation of two strips' profiles at their best shift for the shift to count. */
const MIN_MATCH = 0.6;
/** pt. Height of the bands of the page whose strips are lined up on their own (the rows of a photographed page converge: their slope changes down the page). */
const BAND_PT = 144;
/** Least strips of a band lined up with a neighbour for the band's offsets to count. */
const MIN_MATCHED = 3;

/**
 * Offsets (px, one per strip) that line the strips of rows y0..y1 up with each other, centred on
 * their median; null when too few strips could be lined up.
 */
function bandOffsets(mask: Grey, y0: number, y1: number, strip: number, n: number, maxStep: number, gain: number): Float64Array | null {
  const band: Grey = { width: mask.width, height: y1 - y0, data: mask.data.subarray(y0 * mask.width, y1 * mask.width) };
  const profiles: (Float64Array | null)[] = [];
  for (let s = 0; s < n; s++) {
    const ruled = inkIn(band, s * strip, (s + 1) * strip);
    profiles.push(ruled >= MIN_RULED * strip ? profile(band, s * strip, (s + 1) * strip) : null);
  }
  // Summed from neighbour to neighbour over strips with rulings; a strip without (a margin, prose) or
  // with no clear match carries its neighbour's offset. Across a gap of strips the shift looked for
  // stays that of two strips: rulings far apart are seldom the same (a shift of 6 strips' allowance
  // matched one table's borders with another's, 70 px off).
  const offsets = new Float64Array(n);
  let last = -1;
  let matched = 0;
  for (let s = 0; s < n; s++) {
    if (!profiles[s]) {
      offsets[s] = last >= 0 ? offsets[last]! : 0;
      continue;
    }
    if (last >= 0) {
      const d = shiftBetween(profiles[last]!, profiles[s]!, maxStep * Math.min(2, s - last), gain);
      if (d !== null) matched++;
      offsets[s] = offsets[last]! + (d ?? 0);
    }
    last = s;
  }
  if (matched < MIN_MATCHED) return null;
  const sorted = [...offsets].sort((a, b) => a - b);
  const mid = sorted[Math.floor(n / 2)]!;
  return offsets.map((o) => o - mid);
}

/**
 * The page with each pixel column moved up or down so that its lines run straight across
 * (`@file`), band by band down the page (the offsets interpolated between the bands' centres);
 * the page itself when it is not bent. `level`: the grey below which a pixel is ink.
 */
export function unwarp(img: Grey, dpi: number, level: number, gain = MIN_PEAK_GAIN): { img: Grey; range: number } {
  const px = (pt: number): number => Math.max(1, Math.round((pt * dpi) / 72));
  const { width: w, height: h, data } = img;
  const strip = px(STRIP_PT);
  const n = Math.floor(w / strip);
  const bandH = px(BAND_PT);
  const nb = Math.max(1, Math.round(h / bandH));
  if (n < 3) return { img, range: 0 };
  const mask = ruledPixels(img, level, px(RUN_PT));
  const bands: { centre: number; offsets: Float64Array }[] = [];
  for (let b = 0; b < nb; b++) {
    const [y0, y1] = [Math.floor((b * h) / nb), Math.floor(((b + 1) * h) / nb)];
    const offsets = bandOffsets(mask, y0, y1, strip, n, px(MAX_STEP_PT), gain);
    if (offsets) bands.push({ centre: (y0 + y1) / 2, offsets });
  }
  let range = 0;
  for (const b of bands) range = Math.max(range, maxOf(b.offsets) - minOf(b.offsets));
  if (bands.length === 0 || range < px(MIN_RANGE_PT)) return { img, range };
  /** The offset at column x of band b's offsets. */
  const along = (o: Float64Array, x: number): number => {
    const t = (x - strip / 2) / strip;
    if (t <= 0) return o[0]!;
    if (t >= n - 1) return o[n - 1]!;
    const i = Math.floor(t);
    return o[i]! + (o[i + 1]! - o[i]!) * (t - i);
  };
  const out = new Uint8Array(w * h).fill(255);
  const col = new Float64Array(bands.length);
  for (let x = 0; x < w; x++) {
    for (let b = 0; b < bands.length; b++) col[b] = along(bands[b]!.offsets, x);
    let b = 0;
    for (let y = 0; y < h; y++) {
      while (b + 1 < bands.length && bands[b + 1]!.centre <= y) b++;
      const [lo, hi] = [bands[b]!, bands[Math.min(b + 1, bands.length - 1)]!];
      const t = hi === lo || y <= lo.centre ? 0 : Math.min(1, (y - lo.centre) / (hi.centre - lo.centre));
      const sy = y + Math.round(col[b]! + (col[Math.min(b + 1, bands.length - 1)]! - col[b]!) * t);
      if (sy >= 0 && sy < h) out[y * w + x] = data[sy * w + x]!;
    }
  }
  return { img: { width: w, height: h, data: out }, range };
}

/** The image turned about its diagonal (x ↔ y). */
export function transpose(img: Grey): Grey {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[x * h + y] = data[y * w + x]!;
  return { width: h, height: w, data: out };
}

/**
 * Least share of the best match's score over the shifts a few px away for strips of columns
 * (`straighten`): the columns of a table give sharp peaks (its verticals), the columns of prose
 * lines do not line up from one line to the next, and a weak match there would shear the text.
 */
const COLUMN_PEAK_GAIN = 1.5;

/**
 * A page straightened beyond its one skew: its rows (`unwarp`), then its columns the same way on
 * the page turned about its diagonal (a photographed page's verticals lean apart: a table's left
 * border leant 2.5 pt off its own median line where the row borders met it, and every row border
 * was dropped as ending on nothing: `supported-rulings.ts`). The page itself when it is straight.
 */
export function straighten(img: Grey, dpi: number, level: number): Grey {
  const rows = unwarp(img, dpi, level).img;
  const turned = transpose(rows);
  const cols = unwarp(turned, dpi, level, COLUMN_PEAK_GAIN).img;
  return cols === turned ? rows : transpose(cols);
}
