/**
 * @file Text a viewer does not draw though pdf.js's text content gives it as plainly as the shown
 * text (a decoy digit beside a cell's number, read into it):
 * - drawn wholly outside the clip in force. The text walk (`text-walk.ts`) follows the clip
 *   through `q`/`Q` (`graphics-state.ts`): its box, and the regions it is the intersection of
 *   (`clip-region.ts`: clipping paths by their fill rule — an even-odd clip of two equal
 *   rectangles is empty —, a form's /BBox, text in render modes 4–7). A string whose glyph middles
 *   all lie out of it is not shown; one whose middles are out or on an edge that is not known
 *   exactly (a curve, a glyph outline, a path that cannot be read) is unsure;
 * - drawn with a degenerate glyph matrix: horizontal scaling 0 (`0 Tz`), font size 0, a text
 *   matrix or CTM that flattens the glyphs (`GLYPH_MIN`).
 * A run with the same text lying in such a string's box is left out (unsure: kept, its numbers
 * not trusted). A run touching one whose digits it holds among other text (pdf.js joins glyphs drawn
 * at no size to the number beside them) is kept with its numbers not trusted; a run only near one is kept.
 * A shown string ending in a digit whose last glyph ends within `CUT_EDGE` of the clip's edge along
 * its baseline (or past it) may go on beyond it: Chromium drops the glyphs wholly out of the clip
 * (a table wider than the print area: 1075758 printed '107575'). The run holding it is kept with
 * its numbers not trusted.
 */
import { boxThrough, multiply, type Clip, type ClipBox, type Matrix } from './graphics-state.js';
import { placeInAll, type Place } from './clip-region.js';
import type { PdfItem } from './pdf-lines.js';
import type { ClippedText, RawGlyph } from './text-walk.js';

/** Share of a run's box that must lie in a clipped string's box. */
const INSIDE = 0.6;
/** pt. A glyph whose em box is narrower or lower than this on the page is not drawn (0 Tz, size 0). */
const GLYPH_MIN = 0.05;
/** pt. A glyph whose em box is narrower than this on the page is drawn but cannot be read (`1 Tz`): its string is unsure. */
const GLYPH_LEGIBLE = 1;
/** pt. Slack around a string's box for a run of no width (pdf.js gives a `0 Tz` run width 0). */
const SLACK = 0.5;
/** × font size: slack around a box of no width or height for a run's baseline middle. */
const FLAT_SLACK = 0.3;
/** × font size: a string's box reaches this far below its baseline and above it; a glyph's middle this high. */
const DESCENT = 0.25;
const ASCENT = 0.9;
const MIDDLE = 0.35;
/** × font size: a shown number whose last glyph ends this close to the clip's edge (or past it) may continue beyond it: the next glyph's ink (its side bearing, under ~0.15 em for a digit, past the edge) would be wholly out. Cell padding and a border keep a number inside the clip farther from it. */
const CUT_EDGE = 0.15;
/** Characters a number's last shown glyph may be (a digit, or the separator before the cut-off ones). */
const NUMBER_END = /^[\d.,，]$/;

/** The text state a string is shown with (the walk's). */
export interface ShowState {
  text: Matrix;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
}

/** pt. An em of a glyph shown with this state through the CTM, measured along its baseline on the page. */
function emWidth(s: ShowState, m: Matrix): number {
  return Math.abs(s.size * s.hScale) * Math.hypot(m[0], m[1]);
}

/** True when glyphs shown with this state through the CTM have no area on the page. */
export function degenerate(s: ShowState, ctm: Matrix): boolean {
  const m = multiply(s.text, ctm);
  const wide = emWidth(s, m);
  const det = Math.abs(s.size * s.size * s.hScale * (m[0] * m[3] - m[1] * m[2]));
  return wide < GLYPH_MIN || det / Math.max(wide, 1e-12) < GLYPH_MIN;
}

/** True when glyphs shown with this state are drawn narrower than a point: a smear no reader can read. */
function squeezed(s: ShowState, ctm: Matrix): boolean {
  return emWidth(s, multiply(s.text, ctm)) < GLYPH_LEGIBLE;
}

/** Each glyph's advance along the baseline (text space), and whether it draws ink (not a space). */
function advances(s: ShowState, text: readonly unknown[]): { at: number; width: number; ink: boolean; str: string }[] {
  const out: { at: number; width: number; ink: boolean; str: string }[] = [];
  let tx = 0;
  for (const g of text) {
    if (typeof g === 'number') tx += (-g / 1000) * s.size * s.hScale;
    else if (g && typeof g === 'object') {
      const glyph = g as RawGlyph;
      const width = ((glyph.width ?? 0) / 1000) * s.size * s.hScale;
      out.push({ at: tx, width, ink: (glyph.unicode ?? '').trim() !== '' && glyph.isSpace !== true, str: glyph.unicode ?? '' });
      tx += width + (s.charSpacing + (glyph.isSpace ? s.wordSpacing : 0)) * s.hScale;
    }
  }
  return out;
}

/**
 * A shown string's box (user space through the CTM) when the page does not show it (all its glyph
 * middles out of the clip, or its glyphs degenerate), with `unsure` when some middle is on an edge
 * not known exactly and none surely in; null when it shows. A string starting inside a clip of
 * exact boxes is not measured (it shows, at least in part).
 */
export function unshownString(s: ShowState, text: readonly unknown[], ctm: Matrix, clip: Clip | null): { box: ClipBox; unsure: boolean } | null {
  const flat = degenerate(s, ctm);
  const thin = !flat && squeezed(s, ctm);
  if (!clip && !flat && !thin) return null;
  const m = multiply(s.text, ctm);
  if (!flat && !thin && clip) {
    const empty = clip.x1 <= clip.x0 || clip.y1 <= clip.y0;
    const boxes = clip.regions.every((r) => r.shape === 'box');
    if (!empty && boxes && m[4] > clip.x0 && m[4] < clip.x1 && m[5] > clip.y0 && m[5] < clip.y1 && lastInside(s, text, m, clip)) return null;
  }
  const glyphs = advances(s, text);
  const end = glyphs.length > 0 ? glyphs.at(-1)!.at + glyphs.at(-1)!.width : 0;
  const box = boxThrough([0, -DESCENT * s.size, end, ASCENT * s.size], m);
  if (flat) return { box, unsure: false };
  if (thin) return { box, unsure: true };
  const places: Place[] = glyphs.filter((g) => g.ink).map((g) => {
    const x = g.at + g.width / 2;
    const y = MIDDLE * s.size;
    return placeInAll(clip!.regions, x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]);
  });
  if (places.length === 0 || places.every((p) => p === 'in')) return null;
  // Some glyphs in, some out: the string shows in part (an extra digit cut off), so its text is unsure.
  if (places.includes('in')) return { box, unsure: true };
  return { box, unsure: places.includes('edge') };
}

/**
 * A shown string's box (user space through the CTM) when its last glyph is a digit (or a separator)
 * whose middle is surely in the clip and the point `CUT_EDGE` em past its far edge along the baseline
 * is not: glyphs after it may have been dropped at the clip's edge. Null otherwise.
 */
export function cutString(s: ShowState, text: readonly unknown[], ctm: Matrix, clip: Clip | null): ClipBox | null {
  if (!clip || clip.regions.length === 0 || degenerate(s, ctm)) return null;
  const glyphs = advances(s, text);
  const last = glyphs.filter((g) => g.ink).at(-1);
  if (!last || !NUMBER_END.test(last.str.trim())) return null;
  const m = multiply(s.text, ctm);
  const y = MIDDLE * s.size;
  const place = (x: number): Place => placeInAll(clip.regions, x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]);
  const end = last.at + last.width;
  if (place(last.at + last.width / 2) !== 'in' || place(end + CUT_EDGE * s.size * s.hScale) === 'in') return null;
  return boxThrough([0, -DESCENT * s.size, end, ASCENT * s.size], m);
}

/** True when the last ink glyph of a string starting inside a clip of boxes has its middle inside too (the string shows whole). */
function lastInside(s: ShowState, text: readonly unknown[], m: Matrix, clip: Clip): boolean {
  const last = advances(s, text).filter((g) => g.ink).at(-1);
  if (!last) return true;
  const x = last.at + last.width / 2;
  const y = MIDDLE * s.size;
  return placeInAll(clip.regions, x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]) === 'in';
}

/** Share of `it`'s box inside `b`. A run or string box of no width or height (pdf.js gives a `0 Tz` run width 0; a flat text matrix gives a string no height): 1 when the run's baseline middle lies in `b` with some slack, else 0. */
function inside(it: PdfItem, b: ClippedText): number {
  const slack = Math.max(SLACK, FLAT_SLACK * it.size);
  if (it.width * it.height < 1e-6 || b.x1 - b.x0 < slack || b.y1 - b.y0 < slack) {
    const [x, y] = [it.x + it.width / 2, it.top + it.height];
    return x >= b.x0 - slack && x <= b.x1 + slack && y >= b.y0 - slack && y <= b.y1 + slack ? 1 : 0;
  }
  const w = Math.min(it.x + it.width, b.x1 + SLACK) - Math.max(it.x, b.x0 - SLACK);
  const h = Math.min(it.top + it.height, b.y1) - Math.max(it.top, b.y0);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.max(it.width * it.height, 1e-6);
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** True when `b`'s box (maybe of no width or height) touches `it`'s box, with a slack of a third of the run's size. */
function touches(it: PdfItem, b: ClippedText): boolean {
  const slack = Math.max(SLACK, FLAT_SLACK * it.size);
  return b.x0 <= it.x + it.width + slack && b.x1 >= it.x - slack && b.y0 <= it.top + it.height + slack && b.y1 >= it.top - slack;
}

/** Share of a cut string's box `b` inside the run `it`'s box (with slack): the run holds the string. */
function holds(it: PdfItem, b: ClippedText): number {
  const w = Math.min(it.x + it.width + SLACK, b.x1) - Math.max(it.x - SLACK, b.x0);
  const h = Math.min(it.top + it.height + SLACK, b.y1) - Math.max(it.top - SLACK, b.y0);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.max((b.x1 - b.x0) * (b.y1 - b.y0), 1e-6);
}

/** The runs without those the page does not show (their numbers not trusted where that is unsure, or where the clip's edge may have cut them), and the texts dropped or doubted. */
export function dropClippedText(items: readonly PdfItem[], clipped: readonly ClippedText[]): { items: PdfItem[]; dropped: string[] } {
  if (clipped.length === 0) return { items: [...items], dropped: [] };
  const gone = clipped.filter((b) => !b.cut);
  const cuts = clipped.filter((b) => b.cut);
  // pdf.js gives a string drawn at no size glyph by glyph ('1', '7' for '17'), each a run of no area.
  const same = (it: PdfItem, b: ClippedText): boolean => squeeze(b.str) === squeeze(it.str) || ((it.width < GLYPH_LEGIBLE * squeeze(it.str).length || it.width * it.height < 1e-6) && squeeze(b.str).includes(squeeze(it.str)));
  const match = (it: PdfItem): ClippedText | undefined => {
    if (it.str.trim() === '') return undefined;
    const hidden = gone.find((b) => same(it, b) && inside(it, b) >= INSIDE);
    if (hidden || !/\d/.test(it.str)) return hidden;
    return cuts.find((b) => squeeze(it.str).includes(squeeze(b.str)) && holds(it, b) >= INSIDE);
  };
  const found = items.map(match);
  // A run holding an unshown string's digits among other text: pdf.js may have joined the unshown
  // glyphs to the shown number beside them ('47' + a size-0 '17' as '1747'), and which digits show is
  // not known. Only strings no run was found for: one left out on its own accounts for itself.
  const unmatched = gone.filter((b) => /\d/.test(b.str) && !found.includes(b));
  const joined = (it: PdfItem): boolean => /\d/.test(it.str) && unmatched.some((b) => squeeze(it.str).includes(squeeze(b.str)) && touches(it, b));
  const doubted = (b: ClippedText): boolean => b.unsure === true || b.cut === true;
  const out = items.flatMap((it, i) => (!found[i] ? [joined(it) ? { ...it, conflict: true } : it] : doubted(found[i]!) ? [/\d/.test(it.str) ? { ...it, conflict: true } : it] : []));
  const dropped = items.flatMap((it, i) => (found[i] ? [found[i]!.cut ? `${it.str.trim()} (maybe cut at the clip's edge)` : found[i]!.unsure ? `${it.str.trim()} (maybe clipped)` : it.str.trim()] : []));
  return { items: out, dropped };
}
