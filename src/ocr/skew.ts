/**
 * @file The skew of a scanned page: the small rotation that straightens it (`image.ts` `rotate`
 * applies it).
 */
import { INK, type Grey } from './image.js';

/**
 * degrees. Scans are straightened within this range; a page turned further is not a skew. (3 lost a
 * page turned 3.0°: the sharpest projection in range was at 0°.)
 */
const MAX_SKEW = 5;
/** degrees. Step of the skew search. */
const SKEW_STEP = 0.1;

/**
 * 1 where a dark pixel is joined to the image's border by dark pixels along its row or its column:
 * the wedges of a scanner's black background around a sheet turned on a larger canvas (up to 7 %
 * of the sheet at 3°, beyond what `page-edges.ts` clears). Their straight edges, left in the
 * projection, made it sharpest unturned: a page turned 3.0° read 0°, and its table's rows ran into
 * each other. Print does not touch the border.
 */
function edgeDark(img: Grey): Uint8Array {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  const dark = (i: number): boolean => data[i]! < INK;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w && dark(y * w + x); x++) out[y * w + x] = 1;
    for (let x = w - 1; x >= 0 && dark(y * w + x); x--) out[y * w + x] = 1;
  }
  for (let x = 0; x < w; x++) {
    for (let y = 0; y < h && dark(y * w + x); y++) out[y * w + x] = 1;
    for (let y = h - 1; y >= 0 && dark(y * w + x); y--) out[y * w + x] = 1;
  }
  return out;
}

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
  const edge = edgeDark(img);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x += 2) if (data[y * w + x]! < INK && !edge[y * w + x]) pts.push(x, y);
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
