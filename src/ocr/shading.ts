/**
 * @file Shaded bands of a page (a table's header rows printed as a dark bar with white text, a
 * mid-grey row behind black text) turned back into print on paper before rulings and text are
 * looked for. Left as they are, a dark bar is ink to every stage: the dark between two white
 * glyphs' strokes is long thin runs, found as rulings (a grid of 37 columns inside table 三's header
 * bar, its erased 'rulings' cutting the header's glyphs), and its white text is read by nothing.
 * A band is a large, nearly solid rectangle of pixels darker than the paper by 30 % of the print's
 * depth (a glyph, a line of text or a ruling is neither that wide, that tall nor that solid); inside
 * it, text lighter than the band is inverted (the band → paper, the text → black) and text darker
 * than it is stretched (the band → paper, black stays black). Light shading (zebra rows 20–40
 * grey levels under the paper) is below the level and left alone: its black text reads as it is.
 */
import type { Box, Grey } from './image.js';

/** px at the 300 dpi render (1 mm). Blocks in which dark pixels are counted. */
const BLOCK = 12;
/** Share of the way from the paper to the darkest ink below which a pixel is shaded. */
const SHADE_SHARE = 0.3;
/** Share of a block's pixels that must be shaded for it to count as a shaded block. */
const BLOCK_SHARE = 0.6;
/** mm. Least width and height of a band (a row of a table: ≥ 4 mm high; a bar is wider than a few glyphs). */
const MIN_WIDTH_MM = 25;
const MIN_HEIGHT_MM = 3.5;
/** Share of its bounding box a band's shaded blocks must fill (a block of text lines leaves white between them). */
const MIN_FILL = 0.75;
/** Share of a pixel row (column) of the band's box that must be shaded for the row (column) to be part of the band. */
const LINE_SHARE = 0.5;
/** A pixel row of a band's box shaded over less than this share is paper between bands, left as it is. */
const PAPER_ROW = 0.15;
/** Least contrast (paper − darkest) for anything to be done. */
const MIN_CONTRAST = 60;

function quantiles(data: Uint8Array, shares: readonly number[]): number[] {
  const hist = new Uint32Array(256);
  for (const v of data) hist[v]!++;
  return shares.map((share) => {
    let n = 0;
    for (let v = 0; v < 256; v++) if ((n += hist[v]!) >= share * data.length) return v;
    return 255;
  });
}

/** A shaded band found and how its pixels were mapped. */
export interface ShadedBand extends Box {
  inverted: boolean;
}

/** The page with its shaded bands turned into print on paper (`bands`: where); the same image when there are none. */
export function unshade(img: Grey, dpi: number): { img: Grey; bands: ShadedBand[] } {
  const { width: w, height: h, data } = img;
  const [dark, paper] = quantiles(data, [0.001, 0.5]) as [number, number];
  if (paper - dark < MIN_CONTRAST) return { img, bands: [] };
  const level = paper - SHADE_SHARE * (paper - dark);
  const block = Math.max(4, Math.round((BLOCK * dpi) / 300));
  const [bw, bh] = [Math.floor(w / block), Math.floor(h / block)];
  if (bw < 2 || bh < 2) return { img, bands: [] };
  const count = new Uint16Array(bw * bh);
  for (let y = 0; y < bh * block; y++) {
    const row = Math.floor(y / block) * bw;
    for (let x = 0; x < bw * block; x++) if (data[y * w + x]! < level) count[row + Math.floor(x / block)]!++;
  }
  const shaded = new Uint8Array(bw * bh);
  const need = BLOCK_SHARE * block * block;
  for (let i = 0; i < shaded.length; i++) if (count[i]! >= need) shaded[i] = 1;
  const k = dpi / 25.4;
  const [minW, minH] = [(MIN_WIDTH_MM * k) / block, (MIN_HEIGHT_MM * k) / block];
  const seen = new Uint8Array(bw * bh);
  const bands: ShadedBand[] = [];
  let out: Uint8Array | null = null;
  for (let s = 0; s < shaded.length; s++) {
    if (!shaded[s] || seen[s]) continue;
    seen[s] = 1;
    const stack = [s];
    let [n, x1, x2, y1, y2] = [0, bw, -1, bh, -1];
    while (stack.length > 0) {
      const i = stack.pop()!;
      n++;
      const [bx, by] = [i % bw, Math.floor(i / bw)];
      if (bx < x1) x1 = bx;
      if (bx > x2) x2 = bx;
      if (by < y1) y1 = by;
      if (by > y2) y2 = by;
      if (bx > 0 && shaded[i - 1] && !seen[i - 1]) (seen[i - 1] = 1), stack.push(i - 1);
      if (bx < bw - 1 && shaded[i + 1] && !seen[i + 1]) (seen[i + 1] = 1), stack.push(i + 1);
      if (by > 0 && shaded[i - bw] && !seen[i - bw]) (seen[i - bw] = 1), stack.push(i - bw);
      if (by < bh - 1 && shaded[i + bw] && !seen[i + bw]) (seen[i + bw] = 1), stack.push(i + bw);
    }
    const [cw, ch] = [x2 - x1 + 1, y2 - y1 + 1];
    if (cw < minW || ch < minH || n < MIN_FILL * cw * ch) continue;
    // A band reaching the sheet's edge is a scanner's margin or a picture's, not a table's shading.
    if (x1 === 0 || y1 === 0 || x2 === bw - 1 || y2 === bh - 1) continue;
    const box = refine(img, level, { x1: (x1 - 1) * block, y1: (y1 - 1) * block, x2: (x2 + 2) * block, y2: (y2 + 2) * block });
    if (!box) continue;
    const px: number[] = [];
    for (let y = box.y1; y < box.y2; y++) for (let x = box.x1; x < box.x2; x += 2) px.push(data[y * w + x]!);
    px.sort((a, b) => a - b);
    const bg = px[Math.floor(px.length / 2)]!;
    const hi = px[Math.floor(px.length * 0.995)]!;
    const lo = px[Math.floor(px.length * 0.005)]!;
    const light = px.filter((v) => v > bg + 0.4 * (hi - bg)).length;
    const darker = px.filter((v) => v < bg - 0.4 * (bg - lo)).length;
    const inverted = light > darker && hi - bg >= MIN_CONTRAST / 2;
    out ??= data.slice();
    for (let y = box.y1; y < box.y2; y++) {
      // A row of paper between two bands (joined across a gap thinner than a block) stays as it is: inverted it would be a black line.
      let n = 0;
      for (let x = box.x1; x < box.x2; x++) if (data[y * w + x]! < level) n++;
      if (n < PAPER_ROW * (box.x2 - box.x1)) continue;
      for (let x = box.x1; x < box.x2; x++) {
        const v = data[y * w + x]!;
        out[y * w + x] = inverted
          ? v <= bg
            ? paper
            : Math.max(0, Math.round(paper - ((v - bg) * paper) / Math.max(1, hi - bg)))
          : v >= bg
            ? paper
            : Math.round((v * paper) / Math.max(1, bg));
      }
    }
    bands.push({ ...box, inverted });
  }
  return out ? { img: { width: w, height: h, data: out }, bands } : { img, bands };
}

/** The band's exact box within `b`: the pixel rows, then columns, shaded over `LINE_SHARE` of it. */
function refine(img: Grey, level: number, b: Box): Box | null {
  const { width: w, height: h, data } = img;
  const [x1, y1, x2, y2] = [Math.max(0, b.x1), Math.max(0, b.y1), Math.min(w, b.x2), Math.min(h, b.y2)];
  const rows: number[] = [];
  for (let y = y1; y < y2; y++) {
    let n = 0;
    for (let x = x1; x < x2; x++) if (data[y * w + x]! < level) n++;
    if (n >= LINE_SHARE * (x2 - x1)) rows.push(y);
  }
  if (rows.length === 0) return null;
  const [ry1, ry2] = [rows[0]!, rows.at(-1)! + 1];
  const cols: number[] = [];
  for (let x = x1; x < x2; x++) {
    let n = 0;
    for (let y = ry1; y < ry2; y++) if (data[y * w + x]! < level) n++;
    if (n >= LINE_SHARE * (ry2 - ry1)) cols.push(x);
  }
  if (cols.length === 0) return null;
  return { x1: cols[0]!, y1: ry1, x2: cols.at(-1)! + 1, y2: ry2 };
}
