/**
 * @file Grey images as plain arrays (one byte per pixel, 0 black … 255 white) and the few
 * operations OCR needs on them: threshold, rotate, crop, erase, upscale with a white margin, shrink,
 * and PGM encoding (the skew is found in `skew.ts`, a cell crop cleaned in `cell-clean.ts`, the
 * ruling level in `rulings.ts`, colour turned grey in `colour.ts`) (Leptonica inside Tesseract reads PNM, so no image codec is needed). Pure functions.
 */

/** A grey image, row-major, `data.length === width × height`. */
export interface Grey {
  width: number;
  height: number;
  data: Uint8Array;
}

/** grey level. Darker pixels are ink (rulings and glyphs); scans print black on light paper. */
export const INK = 150;

/** Rotates by `deg` (positive = counter-clockwise on screen) about the centre; nearest pixel, white fill. */
export function rotate(img: Grey, deg: number): Grey {
  if (deg === 0) return img;
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h).fill(255);
  const r = (deg * Math.PI) / 180;
  const [c, s] = [Math.cos(r), Math.sin(r)];
  const [cx, cy] = [w / 2, h / 2];
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      const sx = Math.round(cx + c * dx - s * dy);
      const sy = Math.round(cy + s * dx + c * dy);
      if (sx >= 0 && sy >= 0 && sx < w && sy < h) out[y * w + x] = data[sy * w + sx]!;
    }
  }
  return { width: w, height: h, data: out };
}

/** A box in pixels; x2/y2 exclusive. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function crop(img: Grey, b: Box): Grey {
  const x1 = Math.max(0, Math.floor(b.x1));
  const y1 = Math.max(0, Math.floor(b.y1));
  const x2 = Math.min(img.width, Math.ceil(b.x2));
  const y2 = Math.min(img.height, Math.ceil(b.y2));
  const w = Math.max(0, x2 - x1);
  const h = Math.max(0, y2 - y1);
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) data.set(img.data.subarray((y1 + y) * img.width + x1, (y1 + y) * img.width + x1 + w), y * w);
  return { width: w, height: h, data };
}

/**
 * The bounding box of pixels darker than `level` (ink), or null for a blank image. `minPixels`
 * ignores isolated specks.
 */
export function inkBox(img: Grey, minPixels = 3, level = INK): Box | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -1, -1];
  let n = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (img.data[y * img.width + x]! >= level) continue;
      n++;
      if (x < x1) x1 = x;
      if (x > x2) x2 = x;
      if (y < y1) y1 = y;
      if (y > y2) y2 = y;
    }
  }
  return n >= minPixels ? { x1, y1, x2: x2 + 1, y2: y2 + 1 } : null;
}

/** Upscales by an integer factor (bilinear) and adds a white margin of `margin` px. */
export function upscalePad(img: Grey, factor: number, margin: number): Grey {
  const w = img.width * factor + 2 * margin;
  const h = img.height * factor + 2 * margin;
  const out = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < img.height * factor; y++) {
    const sy = Math.min(img.height - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(img.height - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < img.width * factor; x++) {
      const sx = Math.min(img.width - 1, Math.max(0, (x + 0.5) / factor - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(img.width - 1, x0 + 1);
      const fx = sx - x0;
      const d = img.data;
      const top = d[y0 * img.width + x0]! * (1 - fx) + d[y0 * img.width + x1]! * fx;
      const bot = d[y1 * img.width + x0]! * (1 - fx) + d[y1 * img.width + x1]! * fx;
      out[(y + margin) * w + x + margin] = Math.round(top * (1 - fy) + bot * fy);
    }
  }
  return { width: w, height: h, data: out };
}

/** Paints boxes white (rulings removed before recognition, so a line is never read as '1' or '|'). */
export function erase(img: Grey, boxes: readonly Box[]): Grey {
  const data = new Uint8Array(img.data);
  for (const b of boxes) {
    const x1 = Math.max(0, Math.floor(b.x1));
    const x2 = Math.min(img.width, Math.ceil(b.x2));
    for (let y = Math.max(0, Math.floor(b.y1)); y < Math.min(img.height, Math.ceil(b.y2)); y++) data.fill(255, y * img.width + x1, y * img.width + x2);
  }
  return { width: img.width, height: img.height, data };
}

/** PGM (P5) bytes, which Tesseract's image reader accepts as is. */
export function toPgm(img: Grey): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(head.length + img.data.length);
  out.set(head);
  out.set(img.data, head.length);
  return out;
}

/** Stretches grey levels so the darkest pixel is 0 and the lightest 255. */
export function stretch(img: Grey): Grey {
  let lo = 255;
  let hi = 0;
  for (const v of img.data) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const k = 255 / Math.max(1, hi - lo);
  return { ...img, data: img.data.map((v) => Math.round((v - lo) * k)) };
}

/**
 * Black where darker than `level`, white elsewhere. On a contrast-stretched crop of small grey
 * print (6.5 pt at 100 dpi) a level near the paper thickens the faint strokes the grey read loses.
 */
export function binarize(img: Grey, level: number): Grey {
  return { ...img, data: img.data.map((v) => (v < level ? 0 : 255)) };
}

/** Scales down by `factor` ≥ 1 (box average over the source pixels each target pixel covers). */
export function shrink(img: Grey, factor: number): Grey {
  if (factor <= 1) return img;
  const w = Math.floor(img.width / factor);
  const h = Math.floor(img.height / factor);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const y0 = Math.floor(y * factor);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * factor));
    for (let x = 0; x < w; x++) {
      const x0 = Math.floor(x * factor);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * factor));
      let sum = 0;
      for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) sum += img.data[yy * img.width + xx]!;
      out[y * w + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * Smoothed by a box blur of radius `r` px applied twice (near Gaussian), each pass separable.
 * A 100 dpi scan rendered at 300 dpi draws each scan pixel as a 3 × 3 block; blurred by one
 * pixel, a small digit's stair-stepped contour turns into the smooth stroke the recogniser was
 * trained on.
 */
export function smooth(img: Grey, r: number): Grey {
  const { width: w, height: h } = img;
  if (r < 1 || w === 0 || h === 0) return img;
  let d = Float32Array.from(img.data);
  for (let pass = 0; pass < 2; pass++) {
    const t = new Float32Array(w * h);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        let s = 0;
        for (let k = -r; k <= r; k++) s += d[y * w + Math.min(w - 1, Math.max(0, x + k))]!;
        t[y * w + x] = s / (2 * r + 1);
      }
    }
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        let s = 0;
        for (let k = -r; k <= r; k++) s += t[Math.min(h - 1, Math.max(0, y + k)) * w + x]!;
        d[y * w + x] = s / (2 * r + 1);
      }
    }
  }
  return { width: w, height: h, data: Uint8Array.from(d, (v) => Math.round(v)) };
}
