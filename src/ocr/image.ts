/**
 * @file Grey images as plain arrays (one byte per pixel, 0 black … 255 white) and the few
 * operations OCR needs on them: threshold, deskew, crop, erase, upscale with a white margin, and
 * PGM encoding (Leptonica inside Tesseract reads PNM, so no image codec is needed). Pure functions.
 */

/** A grey image, row-major, `data.length === width × height`. */
export interface Grey {
  width: number;
  height: number;
  data: Uint8Array;
}

/** grey level. Darker pixels are ink (rulings and glyphs); scans print black on light paper. */
export const INK = 150;

/**
 * Share of the way from the paper to the darkest ink at which a pixel may belong to a ruling. A
 * 1 px border of a 100 dpi scan, interpolated to 300 dpi, comes out ~165 grey on ~250 paper:
 * lighter than `INK`, yet a ruling (found as a long run, which glyphs and noise do not make).
 */
const RULE_SHARE = 0.3;

/** The grey level below which a pixel may be part of a ruling: between the paper and the ink. */
export function ruleLevel(img: Grey): number {
  const hist = new Uint32Array(256);
  for (const v of img.data) hist[v]!++;
  const at = (share: number): number => {
    let n = 0;
    for (let v = 0; v < 256; v++) if ((n += hist[v]!) >= share * img.data.length) return v;
    return 255;
  };
  // The paper is most of the page; the darkest 0.1% is ink.
  const paper = at(0.5);
  const dark = at(0.001);
  return Math.max(INK, Math.round(paper - RULE_SHARE * (paper - dark)));
}

/** RGBA (canvas) → grey by luma. */
export function fromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Grey {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    const a = rgba[j + 3]! / 255;
    const y = 0.299 * rgba[j]! + 0.587 * rgba[j + 1]! + 0.114 * rgba[j + 2]!;
    data[i] = Math.round(y * a + 255 * (1 - a));
  }
  return { width, height, data };
}

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

/** Share of a crop's height (width) that ink in one column (row) must cover to be a ruling's remnant. */
const REMNANT_SHARE = 0.8;

/**
 * Whitens the columns and rows of a cell crop that are mostly ink: what is left of a ruling that
 * was not erased exactly (a residual skew, a thick or doubled border). Glyphs never span 80% of
 * their cell.
 */
export function clearRemnants(img: Grey, level = INK): Grey {
  const { width: w, height: h } = img;
  const data = new Uint8Array(img.data);
  for (let x = 0; x < w; x++) {
    let n = 0;
    for (let y = 0; y < h; y++) if (data[y * w + x]! < level) n++;
    if (n >= REMNANT_SHARE * h) for (let y = 0; y < h; y++) data[y * w + x] = 255;
  }
  for (let y = 0; y < h; y++) {
    let n = 0;
    for (let x = 0; x < w; x++) if (data[y * w + x]! < level) n++;
    if (n >= REMNANT_SHARE * w) data.fill(255, y * w, (y + 1) * w);
  }
  return { width: w, height: h, data };
}

/**
 * Share of the way from the darkest pixel of a crop to its paper (75th percentile) below which a
 * pixel may belong to a ruling's residue: residues of a faint 1 px border are light grey.
 */
const STROKE_SHARE = 0.7;

/**
 * Whitens the thin vertical strokes taller than `maxHeight` px (at most `maxWidth` px wide): what
 * is left of a ruling the grid did not erase (a border segment too faint or broken to be found as
 * a run, a doubled table edge). A digit is never taller than its line; such a residue in an empty
 * sliver column read as '1' and added a value to its row (the row then matched no template row).
 */
export function clearTallStrokes(img: Grey, maxHeight: number, maxWidth: number): Grey {
  const { width: w, height: h } = img;
  const vals = [...img.data].sort((a, b) => a - b);
  const paper = vals[Math.floor(vals.length * 0.75)] ?? 255;
  const level = vals[0]! + STROKE_SHARE * (paper - vals[0]!);
  const tall: boolean[] = [];
  for (let x = 0; x < w; x++) {
    let run = 0;
    let best = 0;
    for (let y = 0; y < h; y++) {
      run = img.data[y * w + x]! < level ? run + 1 : 0;
      if (run > best) best = run;
    }
    tall.push(best > maxHeight);
  }
  const data = new Uint8Array(img.data);
  for (let x = 0; x < w; ) {
    if (!tall[x]) {
      x++;
      continue;
    }
    let end = x;
    while (end < w && tall[end]) end++;
    if (end - x <= maxWidth) for (let c = Math.max(0, x - 1); c < Math.min(w, end + 1); c++) for (let y = 0; y < h; y++) data[y * w + c] = 255;
    x = end;
  }
  return { width: w, height: h, data };
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

/** Share of the way from the darkest ink to the paper that still counts as a glyph's faint edge. */
const FAINT_SHARE = 0.6;
/** × glyph height. The widest gap between two digits of one number. */
const DIGIT_GAP = 0.5;

/** × glyph height. How far the left and right sides may grow: a whole faint digit or two. */
const GROW_SIDE = 1.5;

/**
 * Grows an ink box over the faint parts of its glyphs (a thin stroke of a blurred scan is lighter
 * than the ink threshold: the '7' of a 100 dpi scan is a dark bar over a grey stem). Each side moves
 * out while the next row or column holds a pixel darker than the faint level: the top and bottom by
 * at most `max` px, the left and right by at most `GROW_SIDE` glyph heights (and `max`): small
 * print at 100 dpi is grey, a leading digit all lighter than the ink level is ~13 px wide at
 * 300 dpi, and a 10 px limit cut it in half ('3001' read '001', '3119' '39').
 */
export function growBox(img: Grey, box: Box, max: number): Box {
  const vals = [...img.data].sort((a, b) => a - b);
  const paper = vals[Math.floor(vals.length * 0.75)]!;
  const dark = vals[0]!;
  const faint = dark + FAINT_SHARE * (paper - dark);
  const b = { ...box };
  const rowHas = (y: number): boolean => {
    for (let x = Math.max(0, b.x1 - 1); x < Math.min(img.width, b.x2 + 1); x++) if (img.data[y * img.width + x]! < faint) return true;
    return false;
  };
  const colHas = (x: number): boolean => {
    for (let y = Math.max(0, b.y1 - 1); y < Math.min(img.height, b.y2 + 1); y++) if (img.data[y * img.width + x]! < faint) return true;
    return false;
  };
  const [top, bottom, left, right] = [box.y1, box.y2, box.x1, box.x2];
  for (;;) {
    let grew = false;
    if (b.y1 > 0 && top - b.y1 < max && rowHas(b.y1 - 1)) (b.y1--, (grew = true));
    if (b.y2 < img.height && b.y2 - bottom < max && rowHas(b.y2)) (b.y2++, (grew = true));
    // Across a gap between two digits too (a faint '1' beside a '3'): look a glyph gap ahead.
    const h = b.y2 - b.y1;
    const gap = Math.max(2, Math.round(h * DIGIT_GAP));
    const side = Math.max(max, GROW_SIDE * h);
    for (let k = 1; k <= gap && b.x1 - k >= 0 && left - (b.x1 - k) <= side; k++) {
      if (colHas(b.x1 - k)) {
        b.x1 -= k;
        grew = true;
        break;
      }
    }
    for (let k = 0; k < gap && b.x2 + k < img.width && b.x2 + k + 1 - right <= side; k++) {
      if (colHas(b.x2 + k)) {
        b.x2 += k + 1;
        grew = true;
        break;
      }
    }
    if (!grew) break;
  }
  return b;
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
