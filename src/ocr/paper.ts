/**
 * @file Uneven lighting of a page (a phone photo's vignette, light falling off towards one side, a
 * curled sheet's shadow) evened out before anything is read from it. Every later stage sets its ink
 * level once for the whole page (`INK`, the ruling level, the recogniser's own global threshold):
 * on a phone photo whose corners are 120 grey levels darker than its middle, the darkened paper is
 * ink and the print there is lost (breakit47 s03: the page pass read 18 words of page 2 and no
 * section heading but two). The paper's level is estimated over the page (a high percentile in
 * blocks, a smooth surface fitted to them) and every pixel divided by it, so the paper
 * comes out even and the print keeps its depth relative to it. A page whose paper is even (the
 * usual scan) is left exactly as it is.
 */
import type { Grey } from './image.js';

/** px at the 300 dpi render (2.7 mm). Blocks in which the paper's level is measured. */
const BLOCK = 32;
/** Share of a block's pixels darker than its paper level: a few light pixels are enough (the white text of a dark header bar is its paper, not the bar). */
const PAPER_PERCENTILE = 0.97;
/** Rounds of the paper fit (`fitPaper`), and how far below the fit a block's level may be and still be paper (grey levels). */
const FIT_ROUNDS = 4;
const FIT_TOLERANCE = 15;
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
  const paper = fitPaper(level, bw, bh);
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

/**
 * The paper's level as a smooth surface over the blocks: a quadratic in x and y (a vignette, light
 * falling off to one side, and their sum), fitted by least squares to the blocks' levels, the
 * blocks far below the fit (print covering the block, a header bar) left out and the fit repeated.
 */
function fitPaper(level: Float32Array, bw: number, bh: number): Float32Array {
  const terms = (x: number, y: number): number[] => [1, x, y, x * x, y * y, x * y];
  const at = (i: number): [number, number] => [(i % bw) / bw - 0.5, Math.floor(i / bw) / bh - 0.5];
  const sorted = Float32Array.from(level).sort();
  let use = (i: number): boolean => level[i]! >= sorted[Math.floor(sorted.length * 0.1)]!;
  let coef = [sorted[Math.floor(sorted.length / 2)]!, 0, 0, 0, 0, 0];
  for (let round = 0; round < FIT_ROUNDS; round++) {
    const a = Array.from({ length: 6 }, () => new Array<number>(7).fill(0));
    for (let i = 0; i < level.length; i++) {
      if (!use(i)) continue;
      const t = terms(...at(i));
      for (let r = 0; r < 6; r++) {
        for (let c = 0; c < 6; c++) a[r]![c]! += t[r]! * t[c]!;
        a[r]![6]! += t[r]! * level[i]!;
      }
    }
    const solved = solve(a);
    if (!solved) break;
    coef = solved;
    const fit = coef;
    use = (i: number): boolean => level[i]! >= terms(...at(i)).reduce((s, t, k) => s + t * fit[k]!, 0) - FIT_TOLERANCE;
  }
  const out = new Float32Array(level.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.min(255, Math.max(1, terms(...at(i)).reduce((s, t, k) => s + t * coef[k]!, 0)));
  return out;
}

/** Gaussian elimination with partial pivoting of an augmented n × (n+1) system; null when singular. */
function solve(a: number[][]): number[] | null {
  const n = a.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (Math.abs(a[p]![c]!) < 1e-9) return null;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}
