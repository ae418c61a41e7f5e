/**
 * @file A number printed with its unit in the cell ('3件', '273件', '12.5万元'): the digit reader
 * reads the whole ink as digits and gives nothing (the ideographs are no digits), and a whole table
 * printed so came out missing. The unit is found by its ink: ideographs are taller than digits
 * (a digit is ~0.7 em high, an ideograph ~0.9 em) and stand at the right, so the cell's glyphs
 * (column runs) are cut where the trailing full-height ones begin, and the digits left are read
 * (`unitCut`): in the row's strip (read whole, the unit was also read as digits: '376件' as 37617),
 * and alone when the strip gives nothing. Pure.
 */
import { maxOf, minOf } from '../_internal/extremes.js';
import { crop, stretch, type Grey } from './image.js';
import type { Prepared } from './cell-ink.js';

/** Grey level below which a column or a row holds a stroke (as cell-ink's GLYPH_LEVEL). */
const STROKE_LEVEL = 200;
/** × the tallest glyph's height: a glyph at least this tall is an ideograph's. */
const HAN_HEIGHT = 0.9;
/** × the tallest glyph's height: every glyph of the digits is at most this tall (a digit ~0.75). */
const DIGIT_HEIGHT = 0.85;
/**
 * × the tallest glyph's height: how wide the unit's ink may be, one ideograph ('件') or two ('万元').
 * A digit touching the unit ('4件' as one run, at 100 dpi) makes it ~1.6 wide: then the cut is not
 * made (the digits left of it read '1' for '14', a wrong number) and the cell stays unread.
 */
const UNIT_WIDTHS: readonly (readonly [number, number])[] = [
  [0.7, 1.25],
  [1.85, 2.4],
];

/** A glyph's column run: its x span and vertical extent (px). */
export interface Run {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** Column runs of ink (white columns between them) with their vertical extent. */
export function runs(img: Grey): Run[] {
  const out: Run[] = [];
  let cur: Run | null = null;
  for (let x = 0; x <= img.width; x++) {
    let top = -1;
    let bottom = -1;
    for (let y = 0; x < img.width && y < img.height; y++) {
      if (img.data[y * img.width + x]! >= STROKE_LEVEL) continue;
      if (top < 0) top = y;
      bottom = y + 1;
    }
    if (top >= 0) {
      if (cur) {
        cur.x1 = x + 1;
        cur.top = Math.min(cur.top, top);
        cur.bottom = Math.max(cur.bottom, bottom);
      } else cur = { x0: x, x1: x + 1, top, bottom };
    } else if (cur) {
      out.push(cur);
      cur = null;
    }
  }
  return out;
}

/**
 * × the tallest glyph's height. A thousands comma glued by the blur to the digits after it ('7,356':
 * runs '7' and ',356', the second as tall as digit and comma together, two ideographs wide) is no
 * unit: its ink below the digits' foot is the comma's, within this much of the run's left end. Cut
 * there, '7' was read for 7,356 at 0.96 (fresh54 f013, 150 dpi: five counts of table 三 read as
 * their first digit, each breaking its row's total), and `endsInUnit` kept such a cell from being
 * read whole. An ideograph's strokes below the digits' foot spread over its width (件's two
 * verticals, 元's legs).
 */
const COMMA_REACH = 0.3;
/** × the tallest glyph's height. Below the digits' foot by less than this is their own ink (round digits overshoot it by a pixel or two). */
const FOOT_SLACK = 0.08;

/** Whether the trailing runs from `k` are digits after a thousands comma glued to them (`COMMA_REACH`), not a unit. */
function commaGlued(img: Grey, rs: readonly Run[], k: number, h: number): boolean {
  if (k === 0) return false;
  const foot = maxOf(rs.slice(0, k).map((r) => r.bottom));
  let low = -1;
  for (let x = rs[k]!.x0; x < rs.at(-1)!.x1; x++) {
    for (let y = foot + Math.max(2, Math.round(FOOT_SLACK * h)); y < img.height; y++) if (img.data[y * img.width + x]! < STROKE_LEVEL) low = x;
  }
  return low >= 0 && low < rs[k]!.x0 + COMMA_REACH * h;
}

/**
 * The cell's digits without a unit printed after them: the runs left of the trailing ideographs
 * (each at least `HAN_HEIGHT` of the tallest, together one or two ideographs wide: `UNIT_WIDTHS`), when
 * every run left of them is digit-high; null when the cell does not end so.
 */
export function unitCut(p: Prepared): Prepared | null {
  const rs = runs(p.tight);
  if (rs.length < 2) return null;
  const h = maxOf(rs.map((r) => r.bottom - r.top));
  let k = rs.length;
  while (k > 0 && rs[k - 1]!.bottom - rs[k - 1]!.top >= HAN_HEIGHT * h) k--;
  if (k === 0 || k === rs.length || commaGlued(p.tight, rs, k, h)) return null;
  const w = (rs[rs.length - 1]!.x1 - rs[k]!.x0) / h;
  if (!UNIT_WIDTHS.some(([lo, hi]) => w >= lo && w <= hi)) return null;
  const digits = rs.slice(0, k);
  if (digits.some((r) => r.bottom - r.top > DIGIT_HEIGHT * h)) return null;
  const box = { x1: digits[0]!.x0 - 2, x2: digits.at(-1)!.x1 + 2, y1: minOf(digits.map((r) => r.top)) - 2, y2: maxOf(digits.map((r) => r.bottom)) + 2 };
  const tight = stretch(crop(p.tight, box));
  const scale = p.inkH / Math.max(1, p.tight.height - 4);
  const inkH = Math.max(1, Math.round((box.y2 - box.y1 - 4) * scale));
  const inkW = Math.max(1, Math.round((box.x2 - box.x1 - 4) * scale));
  const glyphs = digits.filter((r) => r.x1 - r.x0 >= Math.max(1, 0.08 * (box.y2 - box.y1 - 4))).length;
  return { tight, inkW, inkH, glyphs, top: p.top, bottom: p.bottom };
}

/**
 * × the tallest of the other glyphs' heights: a last glyph at least this tall is an ideograph (or a
 * digit touching one: '3件' as one run at 100 dpi), not a digit (digits of one font stand alike).
 */
const UNIT_TALLER = 1.12;

/**
 * Whether the cell's ink ends in a glyph taller than the others: a unit after the number. Read whole,
 * such a cell gave its unit as digits ('13件' read 134, '28件' 2844, accepted by the ink width) once the
 * table's glyph height let its cells be read; only the digits `unitCut` leaves may be read.
 */
export function endsInUnit(p: Prepared): boolean {
  const rs = runs(p.tight);
  const height = (r: Run): number => r.bottom - r.top;
  const h = maxOf(rs.map(height));
  // The trailing glyphs as tall as the tallest (as `unitCut`: a '件' may show as two runs), against
  // the glyphs before them that are not flat (a minus sign or a dash is no digit's height).
  let k = rs.length;
  while (k > 0 && height(rs[k - 1]!) >= HAN_HEIGHT * h) k--;
  const before = rs.slice(0, k).filter((r) => r.x1 - r.x0 < 2 * height(r));
  return k < rs.length && before.length > 0 && h >= UNIT_TALLER * maxOf(before.map(height)) && !commaGlued(p.tight, rs, k, h);
}
