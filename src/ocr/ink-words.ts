/**
 * @file Ink words of a page image without rulings: connected components of ink, stacked into
 * glyphs (the strokes of '三' lie one over another), joined along their line into words (glyphs a
 * fraction of a glyph height apart). A borderless table's numbers are such words, apart from
 * their labels and from each other by a column gap (`borderless.ts` finds its columns). Pure.
 */
import type { Box, Grey } from './image.js';
import { median } from '../_internal/extremes.js';

/**
 * px. Components smaller than this both ways are specks (noise, JPEG ringing), at 300 dpi: one
 * pixel of a 100 dpi scan is drawn 3 × 3 here, so a lone noise pixel is 3 px.
 */
const SPECK_PX = 6;
/**
 * Components past this many (specks left out) are a noise-covered page, not text: no words are
 * made (joining them costs the square of their number; a noisy 100 dpi scan ran for minutes).
 */
const MAX_COMPONENTS = 8000;
/** × glyph height. Components stacked within this vertical gap (overlapping across) are one glyph. */
const STACK_GAP = 0.35;
/** × glyph height. Glyphs of one line this close along it are one word (digits ~0.1, table columns ≥ 0.8 apart). */
const WORD_GAP = 0.6;
/** Share of the lower glyph's height that two glyphs must overlap vertically to share a line. */
const LINE_OVERLAP = 0.5;
/**
 * Quantile of the components' heights taken as a first glyph height: a Han glyph is often several
 * components (radicals, strokes), most of its height only in one of them.
 */
const ROUGH_QUANTILE = 0.8;
/** × first glyph height. Components stacked into one glyph span at most this height (lines stay apart). */
const MAX_STACK = 1.15;
/** × glyph height. A component taller than this is no glyph of body text (a stray ruling, a seal). */
const MAX_GLYPH = 3;
/**
 * A page of a table's rows alone (no prose: table 三 continued on a page of its own) holds more
 * digits than Han glyphs, and the median glyph is a digit (~0.7 em, a Han glyph ~0.9). Every gap and
 * height here and in `borderless.ts` is in Han glyph heights: measured in digits, no number was as
 * short as `DIGIT_HEIGHT` of a digit, and not one value of the page's borderless table was read
 * (fresh54 f013, 150 dpi: table 三's rows on page 3, each left to the page pass, which lost one value
 * a row). Where the glyphs `HAN_SPAN` × the median high make up `HAN_SHARE` of them, their median is the
 * page's glyph: digits 31–32 px and labels 42–44 px on that page; on a page of prose the median is a
 * Han glyph already and what stands that much taller is a heading's few glyphs.
 */
const HAN_SPAN: readonly [number, number] = [1.2, 1.6];
const HAN_SHARE = 0.15;

/** The body text's glyph height: the median of `heights`, or of the Han glyphs above it on a page of digits (`HAN_SPAN`). */
export function bodyGlyph(heights: readonly number[]): number {
  const m = median(heights);
  const han = heights.filter((h) => h >= HAN_SPAN[0] * m && h <= HAN_SPAN[1] * m);
  return han.length >= HAN_SHARE * heights.length ? median(han) : m;
}

/** Bounding boxes of 8-connected components of pixels darker than `level` (run-length union-find). */
export function components(img: Grey, level: number): Box[] {
  const { width: w, height: h, data } = img;
  const parent: number[] = [];
  const boxes: Box[] = [];
  const find = (a: number): number => {
    while (parent[a] !== a) a = parent[a] = parent[parent[a]!]!;
    return a;
  };
  let prev: [number, number, number][] = [];
  for (let y = 0; y < h; y++) {
    const runs: [number, number, number][] = [];
    for (let x = 0; x < w; ) {
      if (data[y * w + x]! >= level) {
        x++;
        continue;
      }
      const x0 = x;
      while (x < w && data[y * w + x]! < level) x++;
      let id = -1;
      for (const [a, b, p] of prev) {
        if (b < x0 - 1 || a > x) continue;
        const r = find(p);
        if (id < 0) id = r;
        else if (r !== id) {
          parent[r] = id;
          const [s, t] = [boxes[id]!, boxes[r]!];
          boxes[id] = { x1: Math.min(s.x1, t.x1), y1: Math.min(s.y1, t.y1), x2: Math.max(s.x2, t.x2), y2: Math.max(s.y2, t.y2) };
        }
      }
      if (id < 0) {
        id = parent.length;
        parent.push(id);
        boxes.push({ x1: x0, y1: y, x2: x, y2: y + 1 });
      } else {
        const s = boxes[id]!;
        boxes[id] = { x1: Math.min(s.x1, x0), y1: s.y1, x2: Math.max(s.x2, x), y2: y + 1 };
      }
      runs.push([x0, x, id]);
    }
    prev = runs;
  }
  return parent.flatMap((p, i) => (p === i ? [boxes[i]!] : []));
}

const union = (a: Box, b: Box): Box => ({ x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) });
const overlap = (a1: number, a2: number, b1: number, b2: number): number => Math.min(a2, b2) - Math.max(a1, b1);

/** Joins boxes while `join(a, b)` holds for some pair (transitively); sorted by x. */
function joinWhile(boxes: Box[], join: (a: Box, b: Box) => boolean): Box[] {
  let out = [...boxes].sort((a, b) => a.x1 - b.x1);
  for (let changed = true; changed; ) {
    changed = false;
    const next: Box[] = [];
    for (const b of out) {
      const at = next.findIndex((a) => join(a, b));
      if (at < 0) next.push(b);
      else {
        next[at] = union(next[at]!, b);
        changed = true;
      }
    }
    out = next.sort((a, b) => a.x1 - b.x1);
  }
  return out;
}

/** The page's ink words and its body glyph height (px). */
export interface InkWords {
  words: Box[];
  glyph: number;
}

/**
 * The ink words of `img` (pixels darker than `level`): components, specks and overlong ones
 * dropped, stacked into glyphs, glyphs joined along their line. `glyph`: the body text's glyph height
 * (`bodyGlyph`: a Han glyph's, also on a page of digits), the unit of every gap here.
 */
export function inkWords(img: Grey, level: number): InkWords {
  const comps = components(img, level).filter((b) => b.x2 - b.x1 >= SPECK_PX || b.y2 - b.y1 >= SPECK_PX);
  if (comps.length > MAX_COMPONENTS) return { words: [], glyph: 0 };
  const heights = comps.map((b) => b.y2 - b.y1).sort((a, b) => a - b);
  const rough = heights[Math.floor(ROUGH_QUANTILE * heights.length)] ?? 0;
  if (!(rough > 0)) return { words: [], glyph: 0 };
  const glyphs = joinWhile(
    comps.filter((b) => b.y2 - b.y1 <= MAX_GLYPH * rough),
    (a, b) =>
      overlap(a.x1, a.x2, b.x1, b.x2) >= 0.5 * Math.min(a.x2 - a.x1, b.x2 - b.x1) &&
      overlap(a.y1, a.y2, b.y1, b.y2) > -STACK_GAP * rough &&
      Math.max(a.y2, b.y2) - Math.min(a.y1, b.y1) <= MAX_STACK * rough,
  );
  const glyph = bodyGlyph(glyphs.filter((b) => b.y2 - b.y1 >= 0.5 * rough).map((b) => b.y2 - b.y1));
  const gap = WORD_GAP * glyph;
  const words = joinWhile(glyphs, (a, b) => overlap(a.y1, a.y2, b.y1, b.y2) >= LINE_OVERLAP * Math.min(a.y2 - a.y1, b.y2 - b.y1) && overlap(a.x1, a.x2, b.x1, b.x2) > -gap);
  return { words, glyph };
}
