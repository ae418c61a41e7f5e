/**
 * @file What a scanner adds around the printed page, taken off before anything is read from it:
 * dark page edges (the lid's shadow, the hatched border of a sheet smaller than the glass, a
 * photocopy's black margin) and punch holes (filled dark discs near an edge). Left on the page
 * they are ink to every later stage: a hatched side edge is long runs of ink down the page, and a
 * sparse page (a last page of a few lines) measured as turned a quarter (`orient.ts` `runAspect`
 * 0.32 on such a page) and was read sideways; the top edge's strokes join the title's line; a hole
 * beside the text is read as a glyph. Both are painted paper; the print itself is not touched
 * (a dark region reaching further into the page than the edge band is content, kept).
 */
import type { Grey } from './image.js';
import { greyAt } from './rulings.js';

/** Share of the page's width (height) at each side within which dark ink joined to the sheet's edge is the scanner's, not the print's. */
const EDGE_BAND = 0.06;
/** Share of the way from the paper to the darkest ink below which a pixel starts an edge region or a hole (dark). */
const STRONG_SHARE = 0.5;
/** Share of the way from the paper to the darkest ink below which a pixel joins a region started dark (its blurred rim). */
const WEAK_SHARE = 0.2;
/** Share of the page's width (height) at each side where punch holes are looked for (the holes of a two- or four-hole punch sit 9–13 mm from the edge, at most ~20 mm in on a shifted scan). */
const HOLE_BAND = 0.12;
/** mm. Diameters of punch holes (ISO 838: 6 ± 0.5 mm; other punches 4–8 mm; a scan may blur them larger). */
const HOLE_MIN_MM = 3.5;
const HOLE_MAX_MM = 10;
/** A hole's box is about square, and a filled disc covers π/4 of it (a glyph of that size is neither that solid nor that round). */
const HOLE_ASPECT = 1.35;
const HOLE_FILL_MIN = 0.62;
const HOLE_FILL_MAX = 0.93;
/** Dark pixels within the hole's size around it, at most this many times its own: it stands alone. */
const HOLE_ALONE = 1.1;
/** × the hole's box: how much around it is painted paper too (its grey rim). */
const HOLE_GROW = 0.15;
/** Least contrast (paper − darkest) for anything to be cleared: a blank or all-grey page is left as it is. */
const MIN_CONTRAST = 60;

const DX = [-1, 1, 0, 0];
const DY = [0, 0, -1, 1];

/** What `clearPageEdges` painted: pixels of dark edge regions and the holes' boxes. */
export interface ClearedEdges {
  img: Grey;
  edgePixels: number;
  holes: number;
}

/**
 * The page with dark regions joined to the sheet's edges (and staying within `EDGE_BAND` of it)
 * and punch holes painted paper; the same image when there is neither.
 */
export function clearPageEdges(img: Grey, dpi: number): ClearedEdges {
  const { width: w, height: h } = img;
  const [dark, paper] = greyAt(img, [0.001, 0.5]) as [number, number];
  if (paper - dark < MIN_CONTRAST || w < 16 || h < 16) return { img, edgePixels: 0, holes: 0 };
  const strong = paper - STRONG_SHARE * (paper - dark);
  const weak = paper - WEAK_SHARE * (paper - dark);
  const data = img.data;
  let out: Uint8Array | null = null;
  const paint = (i: number): void => {
    out ??= data.slice();
    out[i] = paper;
  };
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  const region: number[] = [];

  // Dark edges: flood from dark pixels on the sheet's border through pixels darker than `weak`, within the edge band.
  const [bx, by] = [Math.max(1, Math.round(w * EDGE_BAND)), Math.max(1, Math.round(h * EDGE_BAND))];
  const inBand = (x: number, y: number): boolean => x < bx || x >= w - bx || y < by || y >= h - by;
  let edgePixels = 0;
  const border: number[] = [];
  for (let x = 0; x < w; x++) border.push(x, (h - 1) * w + x);
  for (let y = 1; y < h - 1; y++) border.push(y * w, y * w + w - 1);
  for (const s of border) {
    if (seen[s] || data[s]! >= strong) continue;
    seen[s] = 1;
    stack.push(s);
    region.length = 0;
    let inward = false;
    while (stack.length > 0) {
      const i = stack.pop()!;
      region.push(i);
      const [x, y] = [i % w, Math.floor(i / w)];
      for (let d = 0; d < 4; d++) {
        const [nx, ny] = [x + DX[d]!, y + DY[d]!];
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
        const j = ny * w + nx;
        if (seen[j] || data[j]! >= weak) continue;
        if (!inBand(nx, ny)) {
          inward = true;
          continue;
        }
        seen[j] = 1;
        stack.push(j);
      }
    }
    // A region running on into the page is print (a table cut at the sheet's edge, a picture): kept.
    if (inward) continue;
    for (const i of region) paint(i);
    edgePixels += region.length;
  }

  // Punch holes: solid round dark blobs of a hole's size near an edge.
  const k = dpi / 25.4;
  const [hx, hy] = [Math.round(w * HOLE_BAND), Math.round(h * HOLE_BAND)];
  let holes = 0;
  for (let y = 0; y < h; y++) {
    const edgeRow = y < hy || y >= h - hy;
    for (let x = 0; x < w; x++) {
      // Only the side strips of rows away from the top and bottom ones.
      if (!edgeRow && x === hx) x = w - hx;
      const s = y * w + x;
      if (seen[s] || data[s]! >= strong) continue;
      seen[s] = 1;
      stack.push(s);
      let [n, x1, x2, y1, y2] = [0, x, x, y, y];
      let tooBig = false;
      while (stack.length > 0) {
        const i = stack.pop()!;
        n++;
        const [px, py] = [i % w, Math.floor(i / w)];
        x1 = Math.min(x1, px);
        x2 = Math.max(x2, px);
        y1 = Math.min(y1, py);
        y2 = Math.max(y2, py);
        if (x2 - x1 > HOLE_MAX_MM * k * 2 || y2 - y1 > HOLE_MAX_MM * k * 2) tooBig = true;
        for (let d = 0; d < 4; d++) {
          const [nx, ny] = [px + DX[d]!, py + DY[d]!];
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const j = ny * w + nx;
          if (seen[j] || data[j]! >= strong) continue;
          seen[j] = 1;
          stack.push(j);
        }
      }
      if (tooBig) continue;
      const [bw, bh] = [x2 - x1 + 1, y2 - y1 + 1];
      const fill = n / (bw * bh);
      const size = Math.max(bw, bh) / k;
      if (size < HOLE_MIN_MM || size > HOLE_MAX_MM || Math.max(bw, bh) > HOLE_ASPECT * Math.min(bw, bh) || fill < HOLE_FILL_MIN || fill > HOLE_FILL_MAX) continue;
      // A hole stands alone: no other ink within its own size around it (a bold title glyph blurred solid has neighbours).
      const cur = out ?? data;
      let near = 0;
      for (let yy = Math.max(0, y1 - bh); yy <= Math.min(h - 1, y2 + bh); yy++) for (let xx = Math.max(0, x1 - bw); xx <= Math.min(w - 1, x2 + bw); xx++) if (cur[yy * w + xx]! < strong) near++;
      if (near > HOLE_ALONE * n) continue;
      const [gx, gy] = [Math.ceil(bw * HOLE_GROW), Math.ceil(bh * HOLE_GROW)];
      for (let yy = Math.max(0, y1 - gy); yy <= Math.min(h - 1, y2 + gy); yy++) for (let xx = Math.max(0, x1 - gx); xx <= Math.min(w - 1, x2 + gx); xx++) paint(yy * w + xx);
      holes++;
    }
  }
  return out ? { img: { width: w, height: h, data: out }, edgePixels, holes } : { img, edgePixels: 0, holes: 0 };
}
