/**
 * @file A page whose content is tilted by a small angle (a page placed at an angle, an
 * object-rotate tool, a scanner's vector re-print: `q cos sin -sin cos tx ty cm … Q`) keeps
 * its text items' baselines and its rulings at that angle. Rows, columns and grids are built on
 * axis-aligned positions, so a tilted table's labels and numbers fall in different rows (issue
 * 17: every row of a 0.75° table read one row off). The tilt is read from the text runs'
 * transforms (they carry the angle exactly) and the reading frame is turned back by it about the
 * page centre, so text items and rulings both come out upright.
 */
import { multiply, type Matrix } from './graphics-state.js';

/** Degrees. Baselines leaning more than this from the reading direction are not a page's tilt (rotated stamps, vertical labels). */
const MAX_TILT = 5;
/** Degrees. Baselines within this of the page's median angle agree with it (pdf.js matrices carry the angle to ~1e-6°). */
const AGREE = 0.05;
/** Share of the page's upright-ish characters that must agree on one angle for it to be the page's tilt. */
const MIN_AGREEING_SHARE = 0.8;
/** Degrees. A smaller tilt is no tilt: the frame is left exactly as it was (upright pages read bit for bit the same). */
const MIN_TILT = 0.01;

/** The baseline angle of a run in a top-left frame (degrees, positive turning clockwise as displayed). */
export function baselineAngle(transform: Matrix, frame: Matrix): number {
  const m = multiply(transform, frame);
  return (Math.atan2(m[1], m[0]) * 180) / Math.PI;
}

/**
 * The angle (degrees) by which the page's text is tilted in `frame` (top-left page coordinates),
 * or 0 when it is upright or when the runs do not agree on one angle (then nothing is turned:
 * leaning rulings are not trusted instead, `rulings.ts`).
 */
export function pageTilt(runs: readonly { str: string; transform: Matrix }[], frame: Matrix): number {
  const angles: { angle: number; n: number }[] = [];
  let total = 0;
  for (const r of runs) {
    const n = r.str.trim().length;
    if (n === 0) continue;
    const angle = baselineAngle(r.transform, frame);
    if (!Number.isFinite(angle) || Math.abs(angle) > MAX_TILT) continue;
    angles.push({ angle, n });
    total += n;
  }
  if (total === 0) return 0;
  angles.sort((a, b) => a.angle - b.angle);
  let seen = 0;
  const median = angles.find((a) => (seen += a.n) >= total / 2)!.angle;
  const agreeing = angles.filter((a) => Math.abs(a.angle - median) <= AGREE).reduce((s, a) => s + a.n, 0);
  if (agreeing < MIN_AGREEING_SHARE * total || Math.abs(median) < MIN_TILT) return 0;
  return median;
}

/** The frame turned back by `tilt` degrees about the centre of a `width` × `height` page. */
export function untilt(frame: Matrix, tilt: number, width: number, height: number): Matrix {
  if (tilt === 0) return frame;
  const a = (tilt * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = width / 2;
  const cy = height / 2;
  // Rotation by −tilt in a y-down frame: (x, y) → (cos·x + sin·y, −sin·x + cos·y), centre fixed.
  const back: Matrix = [cos, -sin, sin, cos, cx - (cos * cx + sin * cy), cy - (-sin * cx + cos * cy)];
  return multiply(frame, back);
}
