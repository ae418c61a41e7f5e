/**
 * @file The skew of a scanned page: the small rotation that straightens it (`image.ts` `rotate`
 * applies it).
 */
import { INK, type Grey } from './image.js';

/** degrees. Scans are straightened within this range; a page turned further is not a skew. */
const MAX_SKEW = 3;
/** degrees. Step of the skew search. */
const SKEW_STEP = 0.1;

/**
 * The rotation (for `rotate`) that straightens a skewed page: the angle whose horizontal
 * projection of ink is sharpest (text lines and rulings line up with the rows), where the sum of
 * squared row counts is largest.
 */
export function estimateSkew(img: Grey): number {
  const { width: w, height: h, data } = img;
  const pts: number[] = [];
  // Every other column is plenty for the profile (every row: skipping rows would favour 0°, whose
  // bins are then exactly the sampled rows).
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x += 2) if (data[y * w + x]! < INK) pts.push(x, y);
  if (pts.length < 200) return 0;
  let best = { deg: 0, score: -1 };
  for (let deg = -MAX_SKEW; deg <= MAX_SKEW + 1e-9; deg += SKEW_STEP) {
    const t = Math.tan((deg * Math.PI) / 180);
    const bins = new Float64Array(h + 2 * w);
    for (let i = 0; i < pts.length; i += 2) bins[Math.round(pts[i + 1]! - t * (pts[i]! - w / 2)) + w]! += 1;
    let score = 0;
    for (const b of bins) score += b * b;
    if (score > best.score) best = { deg, score };
  }
  return Math.round(best.deg * 10) / 10;
}
