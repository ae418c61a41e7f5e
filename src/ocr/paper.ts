/**
 * @file Uneven lighting of a page (a phone photo's vignette, light falling off towards one side, a
 * curled sheet's shadow) evened out before anything is read from it. Every later stage sets its ink
 * level once for the whole page (`INK`, the ruling level, the recogniser's own global threshold):
 * on a phone photo whose corners are 120 grey levels darker than its middle, the darkened paper is
 * ink and the print there is lost (breakit47 s03: the page pass read 18 words of page 2 and no
 * section heading but two). The paper's level is estimated over the page (a high percentile in
 * blocks, closed over 5 blocks and smoothed) and every pixel divided by it, so the paper
 * comes out even and the print keeps its depth relative to it. A page whose paper is even (the
 * usual scan) is left exactly as it is.
 */
import type { Grey } from './image.js';

/** px at the 300 dpi render (2.7 mm). Blocks in which the paper's level is measured. */
const BLOCK = 32;
/** Share of a block's pixels darker than its paper level: a few light pixels are enough (the white text of a dark header bar is its paper, not the bar). */
const PAPER_PERCENTILE = 0.97;
/** Blocks. Radius of the closing of the blocks' paper levels: wider than a block of print (a heading, a dense cell), narrow enough to follow a fall-off to the sheet's corners. */
const SPREAD = 2;
/** Blocks. Radius of the wide closing (`evenPaper`), and grey levels by which it must exceed the narrow one to count (a band, not a fall-off). */
const WIDE_SPREAD = 8;
const BAND_STEP = 25;
/** Grey levels. The paper's level must vary by more than this over the page (2nd to 98th percentile of the blocks) for the page to be evened. */
const UNEVEN = 30;

/** The page divided by its paper level (`evened`) when its paper is uneven; the same image otherwise. */
export function evenPaper(img: Grey, dpi: number): { img: Grey; evened: boolean } {
  const { width: w, height: h, data } = img;
  const block = Math.max(8, Math.round((BLOCK * dpi) / 300));
  const [bw, bh] = [Math.ceil(w / block), Math.ceil(h / block)];
  if (bw < 4 || bh < 4) return { img, evened: false };
  // Paper level of each block: the grey at PAPER_PERCENTILE of its pixels, darkest first.
  const level = new Float32Array(bw * bh);
  const hist = new Uint32Array(256);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      hist.fill(0);
      const [x1, x2, y1, y2] = [bx * block, Math.min(w, (bx + 1) * block), by * block, Math.min(h, (by + 1) * block)];
      for (let y = y1; y < y2; y += 2) for (let x = x1; x < x2; x += 2) hist[data[y * w + x]!]!++;
      const total = Math.ceil((y2 - y1) / 2) * Math.ceil((x2 - x1) / 2);
      let n = 0;
      let v = 0;
      for (; v < 255; v++) if ((n += hist[v]!) >= PAPER_PERCENTILE * total) break;
      level[by * bw + bx] = v;
    }
  }
  // Closing (the brightest block around each, then the darkest of those): print and a header bar within the window are no paper, and a fall-off keeps its depth; then smoothed.
  // A wider closing bridges a dark band taller than the narrow window (a header bar of a zebra table: flattened to paper by the narrow one, its white text lost);
  // it overstates the paper at a vignette's corners, so it counts only where it exceeds the narrow one by more than BAND_STEP.
  const narrow = spread(spread(level, bw, bh, SPREAD, 1), bw, bh, SPREAD, -1);
  const wide = spread(spread(level, bw, bh, WIDE_SPREAD, 1), bw, bh, WIDE_SPREAD, -1);
  const paper = blur(narrow.map((v, i) => Math.max(v, wide[i]! - BAND_STEP)), bw, bh, 1);
  const sorted = Float32Array.from(paper).sort();
  const [lo, hi] = [sorted[Math.floor(sorted.length * 0.02)]!, sorted[Math.floor(sorted.length * 0.98)]!];
  if (hi - lo <= UNEVEN || hi <= 0) return { img, evened: false };
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    // Bilinear between block centres.
    const fy = Math.min(bh - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(bh - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < w; x++) {
      const fx = Math.min(bw - 1, Math.max(0, (x + 0.5) / block - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(bw - 1, x0 + 1);
      const tx = fx - x0;
      const p = (paper[y0 * bw + x0]! * (1 - tx) + paper[y0 * bw + x1]! * tx) * (1 - ty) + (paper[y1 * bw + x0]! * (1 - tx) + paper[y1 * bw + x1]! * tx) * ty;
      out[y * w + x] = Math.min(255, Math.round((data[y * w + x]! * hi) / Math.max(1, p)));
    }
  }
  return { img: { width: w, height: h, data: out }, evened: true };
}

/** Each block the largest (`sign` 1) or smallest (-1) value within `r` blocks (separable). */
function spread(v: Float32Array, bw: number, bh: number, r: number, sign: 1 | -1): Float32Array {
  const t = new Float32Array(v.length);
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      let m = -Infinity;
      for (let k = Math.max(0, x - r); k <= Math.min(bw - 1, x + r); k++) m = Math.max(m, sign * v[y * bw + k]!);
      t[y * bw + x] = sign * m;
    }
  }
  const out = new Float32Array(v.length);
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      let m = -Infinity;
      for (let k = Math.max(0, y - r); k <= Math.min(bh - 1, y + r); k++) m = Math.max(m, sign * t[k * bw + x]!);
      out[y * bw + x] = sign * m;
    }
  }
  return out;
}

/** Box blur of radius `r` blocks, twice (separable, edges clamped). */
function blur(v: Float32Array, bw: number, bh: number, r: number): Float32Array {
  let cur = v;
  for (let pass = 0; pass < 2; pass++) {
    const t = new Float32Array(v.length);
    for (let y = 0; y < bh; y++) {
      for (let x = 0; x < bw; x++) {
        let s = 0;
        for (let k = -r; k <= r; k++) s += cur[y * bw + Math.min(bw - 1, Math.max(0, x + k))]!;
        t[y * bw + x] = s / (2 * r + 1);
      }
    }
    const out = new Float32Array(v.length);
    for (let y = 0; y < bh; y++) {
      for (let x = 0; x < bw; x++) {
        let s = 0;
        for (let k = -r; k <= r; k++) s += t[Math.min(bh - 1, Math.max(0, y + k)) * bw + x]!;
        out[y * bw + x] = s / (2 * r + 1);
      }
    }
    cur = out;
  }
  return cur;
}
