/**
 * @file Which glyphs of one shown string a viewer draws, decided glyph by glyph (issue 17): the
 * text walk (`text-walk.ts`) asks for every string it shows, with the text state and the clip in
 * force (`graphics-state.ts`, `clip-region.ts`).
 * - A glyph matrix that flattens every glyph (`0 Tz`, font size 0, a flat text or current matrix)
 *   draws none of them; one narrower than a point an em (`1 Tz`) draws a smear nobody reads.
 * - Against the clip each ink glyph is in (its middle and both sides along the baseline inside),
 *   out (all three out) or on the edge (it straddles the clip's edge, or lies on an edge not known
 *   exactly): a string with some glyphs out and some not is shown in part — its shown glyphs are
 *   its text (`shown`), and it is unsure (a number cut at a clip's edge may have lost digits).
 * - A string shown whole whose last glyph is a digit ending within `CUT_EDGE` (a wide digit: `CUT_ADVANCE` of its advance) of the clip's edge may
 *   go on beyond it (Chromium drops the glyphs of a table wider than the print area: 1075758
 *   printed '107575').
 * `clipped-text.ts` then finds these strings among pdf.js's runs.
 */
import { boxThrough, multiply, type Clip, type ClipBox, type Matrix } from './graphics-state.js';
import { placeInAll, type Place } from './clip-region.js';
import type { RawGlyph } from './text-walk.js';

/** pt. A glyph whose em box is narrower or lower than this on the page is not drawn (0 Tz, size 0). */
export const GLYPH_MIN = 0.05;
/** pt. A glyph whose em box is narrower than this on the page is drawn but cannot be read (`1 Tz`): its string is unsure. */
export const GLYPH_LEGIBLE = 1;
/** × font size: a string's box reaches this far below its baseline and above it; a glyph's middle this high. */
const DESCENT = 0.25;
const ASCENT = 0.9;
const MIDDLE = 0.35;
/** Share of a glyph's advance: its sides, tested with its middle against the clip (a digit's ink spans about 0.1–0.9 of its advance). */
const SIDES = [0.15, 0.85] as const;
/** × font size: a shown number whose last glyph ends this close to the clip's edge (or past it) may continue beyond it: the next glyph's ink (its side bearing, under ~0.15 em for a digit, past the edge) would be wholly out. Cell padding and a border keep a number inside the clip farther from it. */
const CUT_EDGE = 0.15;
/**
 * A last digit wider than WIDE_DIGIT em (a full-width digit, or a fallback font's box) draws narrow
 * ink in its advance: the next digit's ink may start CUT_ADVANCE of that advance past its end ('１'
 * in Droid Sans Fallback 0.32 of it, Noto Serif CJK 0.29; `scripts/font-digit-bearings.mjs`), past
 * CUT_EDGE. Half-width digits (0.5–0.6 em) keep CUT_EDGE: their bearings stay under 0.12 em (Times
 * New Roman's '1' 0.117), and a wrapped number filling its cell ends 0.15–0.2 em from its edge.
 */
const WIDE_DIGIT = 0.7;
const CUT_ADVANCE = 0.35;
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

/** What the page shows of a string it does not show whole: its box (user space through the CTM); `unsure` when that is not known for sure; `shown`: its text without the glyphs out of the clip, when some are shown. */
export interface Unshown {
  box: ClipBox;
  unsure?: true;
  shown?: string;
  /** The box of the shown glyphs, with `shown`. */
  seen?: ClipBox;
}

/** pt. An em of a glyph shown with this state through the CTM, measured along its baseline on the page. */
function emWidth(s: ShowState, m: Matrix): number {
  return Math.abs(s.size * s.hScale) * Math.hypot(m[0], m[1]);
}

/** True when glyphs shown with this state have no area on the page (`m`: the text matrix through the CTM). */
function degenerate(s: ShowState, m: Matrix): boolean {
  const wide = emWidth(s, m);
  const det = Math.abs(s.size * s.size * s.hScale * (m[0] * m[3] - m[1] * m[2]));
  return wide < GLYPH_MIN || det / Math.max(wide, 1e-12) < GLYPH_MIN;
}

/** One glyph's advance along the baseline (text space), and whether it draws ink (not a space). */
interface Advance {
  at: number;
  width: number;
  ink: boolean;
  str: string;
}

/**
 * Calls `visit` with each glyph of a string, where it starts along the baseline and its advance
 * (text space), as `show` moves the text matrix; returns where the string ends.
 */
function eachAdvance(s: ShowState, text: readonly unknown[], visit: (glyph: RawGlyph, at: number, width: number) => void): number {
  let tx = 0;
  for (const g of text) {
    if (typeof g === 'number') tx += (-g / 1000) * s.size * s.hScale;
    else if (g && typeof g === 'object') {
      const glyph = g as RawGlyph;
      const width = ((glyph.width ?? 0) / 1000) * s.size * s.hScale;
      visit(glyph, tx, width);
      tx += width + (s.charSpacing + (glyph.isSpace ? s.wordSpacing : 0)) * s.hScale;
    }
  }
  return tx;
}

/** A glyph that draws ink (not a space): by its character — code 32 may draw a digit (`text-walk.ts` `isSpaceGlyph`). */
const drawsInk = (glyph: RawGlyph): boolean => (glyph.unicode ?? '').trim() !== '';

/** Each glyph's advance along the baseline (text space), as `show` moves the text matrix; and where the string ends. */
function advances(s: ShowState, text: readonly unknown[]): { glyphs: Advance[]; end: number } {
  const glyphs: Advance[] = [];
  const end = eachAdvance(s, text, (glyph, at, width) => void glyphs.push({ at, width, ink: drawsInk(glyph), str: glyph.unicode ?? '' }));
  return { glyphs, end };
}

/** The last glyph of a string that draws ink, as `advances` places it (without the list: `cutString` runs for every string shown in a clip). */
function lastInk(s: ShowState, text: readonly unknown[]): Advance | undefined {
  // (The last one's place kept in numbers, one object made at the end: not one per glyph.)
  let last: RawGlyph | undefined;
  let lastAt = 0;
  let lastWidth = 0;
  eachAdvance(s, text, (glyph, at, width) => {
    if (!drawsInk(glyph)) return;
    last = glyph;
    lastAt = at;
    lastWidth = width;
  });
  return last ? { at: lastAt, width: lastWidth, ink: true, str: last.unicode ?? '' } : undefined;
}

/** Text-space advance of a whole string: how far showing it moves the text matrix (as `advances`, without a glyph list: it runs for every string shown). */
export function stringAdvance(s: ShowState, text: readonly unknown[]): number {
  let tx = 0;
  for (const g of text) {
    if (typeof g === 'number') tx += (-g / 1000) * s.size * s.hScale;
    else if (g && typeof g === 'object') {
      const glyph = g as RawGlyph;
      tx += (((glyph.width ?? 0) / 1000) * s.size + s.charSpacing + (glyph.isSpace ? s.wordSpacing : 0)) * s.hScale;
    }
  }
  return tx;
}

/** A string's box (x0, y0, x1, y1) in user space: what it adds to a text clip (glyph outlines lie within it). */
export function stringBox(s: ShowState, text: readonly unknown[], ctm: Matrix, m: Matrix = multiply(s.text, ctm)): number[] {
  const end = stringAdvance(s, text);
  const b = boxThrough([Math.min(0, end), -DESCENT * Math.abs(s.size), Math.max(0, end), ASCENT * Math.abs(s.size)], m);
  return [b.x0, b.y0, b.x1, b.y1];
}

/** Where a glyph lies against the clip — in (its middle and sides along the baseline, at mid height, all in), out (all out), or on the edge — and whether it is kept (its middle not out). */
function glyphPlace(g: Advance, s: ShowState, m: Matrix, clip: Clip): { place: Place; keep: boolean } {
  const y = MIDDLE * s.size;
  const points = [0.5, ...SIDES].map((f) => {
    const x = g.at + f * g.width;
    return placeInAll(clip.regions, x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]);
  });
  const place: Place = points.every((p) => p === 'in') ? 'in' : points.every((p) => p === 'out') ? 'out' : 'edge';
  return { place, keep: points[0] !== 'out' };
}

/**
 * What the page does not show of a string (null: it shows whole): its glyphs degenerate (none
 * shown), squeezed (unsure), or some not in the clip: all out — not shown; some kept — shown in
 * part (`shown`: the glyphs whose middle is not out). Unsure when some glyph is on an edge or kept.
 * `advance`: the string's `stringAdvance`, when the caller has it (the walk reads it once per string).
 */
export function unshownString(s: ShowState, text: readonly unknown[], ctm: Matrix, clip: Clip | null, m: Matrix = multiply(s.text, ctm), advance?: () => number): Unshown | null {
  const flat = degenerate(s, m);
  const thin = !flat && emWidth(s, m) < GLYPH_LEGIBLE;
  if (!clip && !flat && !thin) return null;
  if (!flat && !thin && wholeInBoxes(0, advance ? advance() : stringAdvance(s, text), s, m, clip!)) return null;
  const { glyphs, end } = advances(s, text);
  const box = boxThrough([0, -DESCENT * s.size, end, ASCENT * s.size], m);
  if (flat) return { box };
  if (thin) return { box, unsure: true };
  const ink = glyphs.filter((g) => g.ink);
  if (ink.length === 0) return null;
  const places = new Map(ink.map((g) => [g, glyphPlace(g, s, m, clip!)]));
  const all = [...places.values()];
  if (all.every((p) => p.place === 'in')) return null;
  if (all.every((p) => p.place === 'out')) return { box };
  const kept = glyphs.filter((g) => places.get(g)?.keep !== false);
  const seen = kept.filter((g) => g.ink);
  if (kept.length === glyphs.length || seen.length === 0) return { box, unsure: true };
  return { box, unsure: true, shown: kept.map((g) => g.str).join(''), seen: boxThrough([seen[0]!.at, -DESCENT * s.size, seen.at(-1)!.at + seen.at(-1)!.width, ASCENT * s.size], m) };
}

/** True when a clip of exact boxes holds a string's baseline from `x0` to `x1` (text space) at mid height: boxes are convex, so every glyph between is in. */
function wholeInBoxes(x0: number, x1: number, s: ShowState, m: Matrix, clip: Clip): boolean {
  if (!clip.regions.every((r) => r.shape === 'box') || clip.x1 <= clip.x0 || clip.y1 <= clip.y0) return false;
  const y = MIDDLE * s.size;
  const inside = (x: number): boolean => placeInAll(clip.regions, x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]) === 'in';
  return inside(x0) && inside(x1);
}

/**
 * A shown string's box (user space through the CTM) when its last glyph is a digit (or a separator)
 * whose middle is surely in the clip and the point `CUT_EDGE` em past its far edge along the baseline
 * is not: glyphs after it may have been dropped at the clip's edge. Null otherwise.
 */
export function cutString(s: ShowState, text: readonly unknown[], ctm: Matrix, clip: Clip | null, m?: Matrix): ClipBox | null {
  if (!clip || clip.regions.length === 0) return null;
  m ??= multiply(s.text, ctm);
  if (degenerate(s, m)) return null;
  const last = lastInk(s, text);
  if (!last || !NUMBER_END.test(last.str.trim())) return null;
  const y = MIDDLE * s.size;
  const place = (x: number): Place => placeInAll(clip.regions, x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]);
  const end = last.at + last.width;
  const em = s.size * s.hScale;
  const reach = Math.abs(last.width) > WIDE_DIGIT * Math.abs(em) ? Math.max(CUT_EDGE * em, CUT_ADVANCE * last.width) : CUT_EDGE * em;
  if (place(last.at + last.width / 2) !== 'in' || place(end + reach) === 'in') return null;
  return boxThrough([0, -DESCENT * s.size, end, ASCENT * s.size], m);
}
