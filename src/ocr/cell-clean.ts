/**
 * @file Cleaning a cell crop before it is read: what is left of its rulings whitened
 * (`clearRemnants`, `clearTallStrokes`), its specks whitened (`clearSpecks`), and its ink box grown over the faint parts of its glyphs
 * (`growBox`).
 */
import { INK, type Box, type Grey } from './image.js';
import { maxOf, minOf } from '../_internal/extremes.js';

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

/**
 * × the tallest ink component's height: a component lower than this is a speck unless it sits on
 * the line of the tall ones, near them (a '.', a '-', a faint part of a digit).
 */
const SPECK_HEIGHT = 0.45;
/** × the tallest component's height: how far beside the glyphs a small component still belongs to the number. */
const SPECK_REACH = 0.6;

/** Connected components (8-neighbour) of the pixels darker than `level`: each one's box and pixels. */
function components(img: Grey, level: number): { box: Box; pixels: number[] }[] {
  const { width: w, height: h, data } = img;
  const seen = new Uint8Array(w * h);
  const out: { box: Box; pixels: number[] }[] = [];
  for (let start = 0; start < w * h; start++) {
    if (seen[start] || data[start]! >= level) continue;
    const pixels = [start];
    seen[start] = 1;
    const box = { x1: start % w, y1: Math.floor(start / w), x2: start % w, y2: Math.floor(start / w) };
    for (let i = 0; i < pixels.length; i++) {
      const [x, y] = [pixels[i]! % w, Math.floor(pixels[i]! / w)];
      box.x1 = Math.min(box.x1, x);
      box.x2 = Math.max(box.x2, x);
      box.y1 = Math.min(box.y1, y);
      box.y2 = Math.max(box.y2, y);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const [nx, ny] = [x + dx, y + dy];
          const n = ny * w + nx;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h || seen[n] || data[n]! >= level) continue;
          seen[n] = 1;
          pixels.push(n);
        }
      }
    }
    out.push({ box, pixels });
  }
  return out;
}

/** Share of the way from the darkest ink to the paper that bounds `speckLevel` (the paper's grain stays out). */
const SPECK_LEVEL_CAP = 0.8;

/**
 * The grey level components are found at in `clearSpecks`: the faint level, and at least the ink
 * level (`INK`) that measures the cell's ink afterwards — every pixel counted as ink then belongs to
 * a component that was judged. Where a speck or a JPEG block put a black pixel in the crop (its
 * darkest 0 on a 100 dpi photocopy), the faint level fell below `INK` (139): a speck's core at
 * 140–150 was in no component and kept, widening the ink box of a lone '4' to 126 px and adding
 * glyphs, and a grey '2' broke into four pieces whose base was taken for a speck; the cells read as
 * no number (table 四's '2' and '4'). Capped short of the paper (`SPECK_LEVEL_CAP`) on grey paper.
 */
export function speckLevel(dark: number, paper: number): number {
  return Math.max(dark + FAINT_SHARE * (paper - dark), Math.min(INK, dark + SPECK_LEVEL_CAP * (paper - dark)));
}

/** × the tallest component's height: the least width of a `isGlyphBar` stroke, and the most gap above or below the tall ones. */
const BAR_WIDTH = 0.5;
const BAR_GAP = 0.6;

/**
 * A low component just above or below the tall ones, under or over their columns and as wide as half a glyph
 * is high: a bar of a digit (the base of a grey 100 dpi '2', its diagonal lighter than the ink and
 * the base apart), not a dot — cleared as a speck, the '2' lost its base.
 */
function isGlyphBar(b: Box, span: Box, tallest: number): boolean {
  const over = Math.min(b.x2, span.x2) - Math.max(b.x1, span.x1) + 1;
  const gap = Math.max(span.y1 - b.y2, b.y1 - span.y2);
  const width = b.x2 - b.x1 + 1;
  // No wider than the tall ones' span and a glyph more: a ruling's remnant across the cell is no bar.
  return width >= BAR_WIDTH * tallest && width <= span.x2 - span.x1 + 1 + tallest && over > 0 && gap <= BAR_GAP * tallest;
}

/**
 * Whitens the specks of a cell crop: toner dots of a photocopy, scan dirt. A component (at the
 * faint level of `growBox`) lower than `SPECK_HEIGHT` × the tallest one, off the tall ones' line
 * or further than `SPECK_REACH` of their height beside them, is not part of the number: kept, it
 * widened the ink box and counted as a glyph, so a 6.5 pt '0' with a dot beside it was refused
 * (fewer characters than glyphs) and '105' with a dot under it did not read.
 */
export function clearSpecks(img: Grey): Grey {
  const vals = [...img.data].sort((a, b) => a - b);
  const paper = vals[Math.floor(vals.length * 0.75)] ?? 255;
  const dark = vals[0] ?? 255;
  if (paper - dark < 30) return img;
  const parts = components(img, speckLevel(dark, paper));
  const tallest = maxOf(parts.map((p) => p.box.y2 - p.box.y1 + 1), 0);
  const tall = parts.filter((p) => p.box.y2 - p.box.y1 + 1 >= SPECK_HEIGHT * tallest);
  if (tall.length === parts.length) return img;
  const span = { x1: minOf(tall.map((p) => p.box.x1)), x2: maxOf(tall.map((p) => p.box.x2)), y1: minOf(tall.map((p) => p.box.y1)), y2: maxOf(tall.map((p) => p.box.y2)) };
  const reach = SPECK_REACH * tallest;
  const data = new Uint8Array(img.data);
  for (const p of parts) {
    if (tall.includes(p)) continue;
    const cy = (p.box.y1 + p.box.y2) / 2;
    const near = p.box.x2 >= span.x1 - reach && p.box.x1 <= span.x2 + reach && cy >= span.y1 && cy <= span.y2;
    if (!near && !isGlyphBar(p.box, span, tallest)) for (const i of p.pixels) data[i] = 255;
  }
  return { width: img.width, height: img.height, data };
}
