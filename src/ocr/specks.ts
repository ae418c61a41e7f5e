/**
 * @file Toner specks of a speckled copy (salt-and-pepper noise: a photocopy's toner dust, a dirty
 * scanner glass) taken off the page before anything is read from it. On such a page every cell of
 * a table holds a dozen dots at 100 dpi (each a dark cross ~3 × 4 px wide at 300 dpi once the scan's
 * pixel is interpolated), darker than the faint 6.5–9 pt digits beside them: the cell reader's ink
 * box spanned the dots, the glyph count and ink-width checks refused the reading, and 77 of 112
 * numeric cells of breakit55 scan100-photocopy's table 三 came out unread (`other`); the Chinese
 * page pass read the labels and headings as noise. A speck is a small compact blot standing alone:
 * no larger ink within `SPECK_REACH_PT` of it (a decimal point, the dot strokes of 主 or 为, '、'
 * and '。' lie beside a glyph, and a faint digit broken into pieces has a piece larger than a dot);
 * a hyphen or dash mark is flat, not compact, and kept. Specks are cleared only on a page holding
 * many (`MIN_SPECKS`): a clean scan's stray dots are few and are left for the cell reader
 * (`cell-clean.ts` `clearSpecks`), so such pages come out exactly as before.
 */
import type { Grey } from './image.js';
import { greyAt } from './rulings.js';

/** Share of the way from the paper to the darkest ink below which a pixel is ink here (its light halo included: a faint digit stays in one piece). */
const INK_SHARE = 0.3;
/** pt. A speck's box is at most this wide and high: a dot, not a glyph (a 6.5 pt digit stands ≥ 4.5 pt). */
const SPECK_MAX_PT = 3;
/** A speck's box is compact: its longer side at most this many times its shorter (a '-' or '—' mark is flat). */
const SPECK_ASPECT = 2.5;
/** pt. A speck has no larger ink this near (a decimal point, a glyph's dot strokes, punctuation beside a glyph). */
const SPECK_REACH_PT = 1.5;
/** px at 300 dpi. Specks are painted paper over their box grown by this much (their grey rim; less than `SPECK_REACH_PT`, so no other ink is painted). */
const SPECK_GROW_300 = 4;
/**
 * Specks per square inch of page, at least, for any to be cleared: a speckled copy has ~100
 * (breakit55 scan100-photocopy: 9146–11454 on an A4 page); the clean scans of `scans/` and
 * breakit56 had 0–72 on a page (under 1 a square inch).
 */
const MIN_SPECKS_PER_SQIN = 8;
/** Least contrast (paper − darkest) for anything to be cleared. */
const MIN_CONTRAST = 60;

interface Blot {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Every 8-connected component of pixels darker than `level`, by its box, and each pixel's component (index + 1; 0 for paper). */
function blots(img: Grey, level: number): { boxes: Blot[]; label: Int32Array } {
  const { width: w, height: h, data } = img;
  const label = new Int32Array(w * h);
  const stack: number[] = [];
  const out: Blot[] = [];
  for (let s = 0; s < w * h; s++) {
    if (label[s] || data[s]! >= level) continue;
    const id = out.length + 1;
    label[s] = id;
    stack.push(s);
    const b = { x1: s % w, y1: Math.floor(s / w), x2: s % w, y2: Math.floor(s / w) };
    while (stack.length > 0) {
      const i = stack.pop()!;
      const [x, y] = [i % w, Math.floor(i / w)];
      if (x < b.x1) b.x1 = x;
      if (x > b.x2) b.x2 = x;
      if (y > b.y2) b.y2 = y;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const [nx, ny] = [x + dx, y + dy];
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const j = ny * w + nx;
          if (label[j] || data[j]! >= level) continue;
          label[j] = id;
          stack.push(j);
        }
      }
    }
    out.push(b);
  }
  return { boxes: out, label };
}

/**
 * The page with its specks painted paper when it holds many (`specks`: how many), or whatever it
 * holds when `force` (a page found speckled before its rulings were erased); the same image otherwise.
 */
export function clearPageSpecks(img: Grey, dpi: number, force = false): { img: Grey; specks: number } {
  const { width: w, height: h } = img;
  const [dark, paper] = greyAt(img, [0.001, 0.5]) as [number, number];
  if (paper - dark < MIN_CONTRAST || w < 16 || h < 16) return { img, specks: 0 };
  const { boxes: all, label } = blots(img, paper - INK_SHARE * (paper - dark));
  const k = dpi / 72;
  const max = SPECK_MAX_PT * k;
  const isSmall = all.map((b) => {
    const [bw, bh] = [b.x2 - b.x1 + 1, b.y2 - b.y1 + 1];
    return bw <= max && bh <= max && Math.max(bw, bh) <= SPECK_ASPECT * Math.min(bw, bh);
  });
  const reach = Math.round(SPECK_REACH_PT * k);
  /** No pixel of a blot other than small ones within `reach` of `b`. */
  const alone = (b: Blot): boolean => {
    for (let y = Math.max(0, b.y1 - reach); y <= Math.min(h - 1, b.y2 + reach); y++) {
      for (let x = Math.max(0, b.x1 - reach); x <= Math.min(w - 1, b.x2 + reach); x++) {
        const id = label[y * w + x]!;
        if (id > 0 && !isSmall[id - 1]) return false;
      }
    }
    return true;
  };
  const specks = all.filter((b, i) => isSmall[i] && alone(b));
  if (specks.length === 0 || (!force && specks.length < MIN_SPECKS_PER_SQIN * (w / dpi) * (h / dpi))) return { img, specks: 0 };
  const data = img.data.slice();
  const g = Math.max(1, Math.round((SPECK_GROW_300 * dpi) / 300));
  for (const b of specks) for (let y = Math.max(0, b.y1 - g); y <= Math.min(h - 1, b.y2 + g); y++) data.fill(paper, y * w + Math.max(0, b.x1 - g), y * w + Math.min(w - 1, b.x2 + g) + 1);
  return { img: { width: w, height: h, data }, specks: specks.length };
}
