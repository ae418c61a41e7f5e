/**
 * @file Reverse-printed areas of a page (header cells printed white on a dark grey fill) turned
 * back to dark print on paper before rulings and cells are read. Left dark, the thin dark gaps
 * between the white glyphs — between two lines of a header, between two glyphs — are as long and
 * thin as rulings: a table 四 header printed so made a grid of 38 columns over the header, its
 * glyphs erased as rulings and its value row left out of every cell (the table not read); without
 * that grid the dark block misled the page's orientation (read upside down).
 */
import type { Grey } from './image.js';
import { maxOf, minOf } from '../_internal/extremes.js';

/** pt. Side of the blocks the page is looked at in. */
const BLOCK_PT = 2;
/** Share of a block's pixels darker than the ink level for it to be a block of fill. */
const FILL_SHARE = 0.85;
/** pt. Least width and height of a fill area (a filled header row: a table's width, a line high). */
const MIN_WIDTH_PT = 60;
const MIN_HEIGHT_PT = 12;
/** Least share of fill blocks in the area's box (glyph strokes of bold print are far sparser). */
const MIN_DENSITY = 0.5;
/** Grey levels. A pixel this much lighter than the fill is white print on it, this much darker dark print. */
const CONTRAST = 60;
/**
 * Share of the way from the fill to the print within which a pixel is the fill's noise (JPEG, the
 * scanner's grain): paper. Turned linearly, a 100 dpi JPEG's fill came out covered in grey specks,
 * and the page pass read the row under it worse ('219' as '号').
 */
const FILL_NOISE = 0.35;
/** Least share of the box's pixels that are white print, and how many times the dark print's. */
const MIN_WHITE = 0.005;
const WHITE_OVER_DARK = 3;

/**
 * A reverse-printed area: its blocks (`rows`: per block row the first and last block, holes of white
 * print filled), with its fill grey and its print's (lighter) grey.
 */
export interface ReverseArea {
  rows: Map<number, [number, number]>;
  fill: number;
  print: number;
}

/** The reverse-printed areas of a page rendered at `dpi`: connected fill blocks (darker than `level`) holding light print. */
export function reverseAreas(img: Grey, dpi: number, level: number): { block: number; areas: ReverseArea[] } {
  const { width: w, height: h, data } = img;
  const b = Math.max(2, Math.round((BLOCK_PT * dpi) / 72));
  const [bw, bh] = [Math.floor(w / b), Math.floor(h / b)];
  const fill = new Uint8Array(bw * bh);
  for (let by = 0; by < bh; by++)
    for (let bx = 0; bx < bw; bx++) {
      let n = 0;
      for (let y = by * b; y < (by + 1) * b; y++) for (let x = bx * b; x < (bx + 1) * b; x++) if (data[y * w + x]! < level) n++;
      if (n >= FILL_SHARE * b * b) fill[by * bw + bx] = 1;
    }
  const seen = new Uint8Array(bw * bh);
  const areas: ReverseArea[] = [];
  for (let start = 0; start < fill.length; start++) {
    if (!fill[start] || seen[start]) continue;
    // The component (8-connected: white glyphs cut the fill into a mesh).
    const stack = [start];
    seen[start] = 1;
    const rows = new Map<number, [number, number]>();
    let [x1, x2, count] = [bw, -1, 0];
    while (stack.length > 0) {
      const i = stack.pop()!;
      const [x, y] = [i % bw, Math.floor(i / bw)];
      count++;
      [x1, x2] = [Math.min(x1, x), Math.max(x2, x)];
      const r = rows.get(y);
      rows.set(y, r ? [Math.min(r[0], x), Math.max(r[1], x)] : [x, x]);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const [nx, ny] = [x + dx, y + dy];
          if (nx < 0 || ny < 0 || nx >= bw || ny >= bh) continue;
          const j = ny * bw + nx;
          if (fill[j] && !seen[j]) {
            seen[j] = 1;
            stack.push(j);
          }
        }
    }
    const cw = x2 - x1 + 1;
    const ch = rows.size;
    let blocks = 0;
    for (const [a, z] of rows.values()) blocks += z - a + 1;
    if ((cw * b * 72) / dpi < MIN_WIDTH_PT || (ch * b * 72) / dpi < MIN_HEIGHT_PT || count < MIN_DENSITY * blocks) continue;
    // The fill's grey: the median of the area's pixels; the print's: the lightest 2%.
    const hist = new Uint32Array(256);
    let total = 0;
    for (const [by, [a, z]] of rows)
      for (let y = by * b; y < (by + 1) * b; y++)
        for (let x = a * b; x < (z + 1) * b; x++) {
          hist[data[y * w + x]!]!++;
          total++;
        }
    const at = (share: number): number => {
      let n = 0;
      for (let v = 0; v < 256; v++) if ((n += hist[v]!) >= share * total) return v;
      return 255;
    };
    const f = at(0.5);
    let [light, dark] = [0, 0];
    for (let v = 0; v < 256; v++) {
      if (v >= f + CONTRAST) light += hist[v]!;
      if (v <= f - CONTRAST) dark += hist[v]!;
    }
    if (light < MIN_WHITE * total || light < WHITE_OVER_DARK * dark) continue;
    areas.push({ rows, fill: f, print: at(0.98) });
  }
  return { block: b, areas };
}

/**
 * The page with its reverse-printed areas turned to dark print on paper (`paper` grey): the fill
 * becomes paper (and its noise: `FILL_NOISE`), the white print black, linearly between; print darker than the fill (a ruling
 * over it) is kept. One block around an area, the fill's edge (blocks only partly fill) becomes
 * paper too, so no dark strip is left to be taken for a ruling. The page itself when it has none.
 */
export function unreverse(img: Grey, dpi: number, level: number, paper: number): Grey {
  const { block: b, areas } = reverseAreas(img, dpi, level);
  if (areas.length === 0) return img;
  const { width: w, height: h } = img;
  const data = new Uint8Array(img.data);
  for (const a of areas) {
    const span = Math.max(1, a.print - a.fill);
    const edge = (a.fill + paper) / 2;
    const inside = (bx: number, by: number): boolean => {
      const r = a.rows.get(by);
      return r !== undefined && bx >= r[0] && bx <= r[1];
    };
    const ys = [...a.rows.keys()];
    const [by1, by2] = [minOf(ys) - 1, maxOf(ys) + 1];
    const xs = [...a.rows.values()];
    const [bx1, bx2] = [minOf(xs.map((r) => r[0])) - 1, maxOf(xs.map((r) => r[1])) + 1];
    for (let by = Math.max(0, by1); by <= by2; by++)
      for (let bx = Math.max(0, bx1); bx <= bx2; bx++) {
        const core = inside(bx, by);
        if (!core && ![-1, 0, 1].some((dy) => [-1, 0, 1].some((dx) => inside(bx + dx, by + dy)))) continue;
        for (let y = by * b; y < Math.min(h, (by + 1) * b); y++)
          for (let x = bx * b; x < Math.min(w, (bx + 1) * b); x++) {
            const i = y * w + x;
            const v = data[i]!;
            if (v <= a.fill - CONTRAST) continue;
            if (!core) {
              if (v < edge) data[i] = paper;
              continue;
            }
            const r = (v - a.fill) / span;
            data[i] = r <= FILL_NOISE ? paper : Math.max(0, Math.round(paper * (1 - Math.min(1, (r - FILL_NOISE) / (1 - FILL_NOISE)))));
          }
      }
  }
  return { ...img, data };
}
