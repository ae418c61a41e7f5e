/**
 * @file Text drawn white on the white page: a browser prints `<span style="color:#fff">1</span>79`
 * as a white `1` beside a black `79`; pdf.js's text content has no colour, so the `1` was read with
 * the number (179), a wrong value no identity catches in table 二. The text walk (`text-walk.ts`)
 * follows the fill and stroke colours and the text render mode (saved and restored with `q`/`Q`)
 * and marks each glyph drawn near white with a visible render mode; it also collects the boxes of
 * non-white filled paths and images (grounds). A text item whose glyphs are all white and none on
 * a ground is dropped; white glyphs inside an item that matches its glyphs one to one are cut out. Kept: render mode 3/7 (the invisible text layer of an OCRed scan: it is
 * meant to be read), white text on a shaded header cell or picture, and every white item of a
 * page where white text is a large share of the text (a page whose colours we misread, not a
 * hidden digit: the same guard as html-hidden's).
 */
import { multiply, type Matrix } from './graphics-state.js';
import type { PdfItem } from './pdf-lines.js';
import type { PlacedGlyph } from './text-walk.js';
import { charAt, middlesIn, type GlyphIndex } from './glyph-index.js';
import { maxOf, minOf } from '../_internal/extremes.js';
import { FAINT_DELTA, inkShows, SAME_COLOR_DELTA } from '../_internal/ink.js';

/** The pdf.js operator codes of the paint state and of what paints a ground. */
export interface PaintCodes {
  setFillRGBColor: number;
  setStrokeRGBColor: number;
  /** A fill that is not a plain colour (a pattern): not white. */
  setFillColorOther: number;
  setTextRenderingMode: number;
  constructPath: number;
  /** Optional: `cm` (a fill after it may be scaled: `covered-text.ts`). */
  transform?: number;
  /** `constructPath`'s paint operators that fill. */
  fills: readonly number[];
  /** Optional: those of them that fill by the even-odd rule (else every fill is taken as nonzero). */
  eoFills?: readonly number[];
  /** Image paints (a unit square through the CTM). */
  images: readonly number[];
  /** Optional: image paints that cover what is under them unless masked (`covered-text.ts`), and the graphics-state operator that sets a soft mask. */
  opaqueImages?: readonly number[];
  setGState?: number;
}

/** A box in the reading frame (pt, y down). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** 0–255. A channel at least this high is white to the eye on a white page (within SAME_COLOR_DELTA, `_internal/ink.ts`). */
const WHITE_MIN = 255 - SAME_COLOR_DELTA;
/** Share of a page's text items above which white ones are not dropped (misread colours, not a hidden digit). */
const MAX_WHITE_SHARE = 0.2;
/** Share of a page's text items above which white ones are not even marked: most of the page is white (colours misread). */
const MAX_MARKED_SHARE = 0.5;
/** Share of the glyph size: the glyph's middle is sought this far above its baseline in a ground. */
const GLYPH_MIDDLE = 0.3;

/** The red, green and blue channels (0–255) of a pdf.js colour argument (`#rrggbb`, or 0–255 channels); null for another. */
function channels(args: unknown): number[] | null {
  const c = Array.isArray(args) ? (args[0] as unknown) : args;
  if (typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c)) return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const v = Array.isArray(args) && args.length >= 3 && args.every((x) => typeof x === 'number') ? (args as number[]) : ArrayBuffer.isView(c) ? Array.from(c as unknown as ArrayLike<number>) : null;
  return v !== null && v.length >= 3 ? v.slice(0, 3) : null;
}

/** True when a pdf.js colour argument (`#rrggbb`, or 0–255 channels) is near white. */
export function isWhiteColour(args: unknown): boolean {
  return channels(args)?.every((x) => x >= WHITE_MIN) ?? false;
}

/** 0–255. A colour whose channels are all at least this (and not white) is light: grey 0.7 or paler, a watermark's ink, not a text's. */
const LIGHT_MIN = 175;

/** True when every channel of a pdf.js colour argument is at least `min` and the colour is not white. */
function tintFrom(args: unknown, min: number): boolean {
  const v = channels(args);
  return v !== null && v.every((x) => x >= min) && !v.every((x) => x >= WHITE_MIN);
}

/** True when a pdf.js colour argument is light but not white (`light-text.ts`). */
export const isLightColour = (args: unknown): boolean => tintFrom(args, LIGHT_MIN);

/**
 * True when a pdf.js colour argument is pale but not white: within FAINT_DELTA of white (grey 0.85 or
 * paler), the faint threshold HTML uses (`_internal/ink.ts`). A digit so pale beside a dark number is
 * not read into it with trust ('4' at grey 0.95 after '19589': 195894 at 0.95).
 */
export const isPaleColour = (args: unknown): boolean => tintFrom(args, 255 - FAINT_DELTA);

/** True when text drawn with this paint state is white on the page: fill modes filled white, stroke modes stroked white; modes 3 and 7 (invisible) never. */
export function hiddenByPaint(p: { fill: boolean; stroke: boolean; mode: number }): boolean {
  const mode = p.mode & 3;
  if (mode === 3) return false;
  return mode === 0 ? p.fill : mode === 1 ? p.stroke : p.fill && p.stroke;
}

/** Opacity (0–1) under which ink may or may not be seen (a pale grey, or nothing on a tinted cell): its text is not trusted (_internal/ink, shared with HTML). */
export { FAINT_ALPHA } from '../_internal/ink.js';

/**
 * How text drawn with this paint state shows by its ink's opacity: the fill's (`ca`) in fill modes,
 * the stroke's (`CA`) in stroke modes, the more opaque of both in mode 2 — `unseen` (Chromium prints
 * `color: transparent` as fill alpha 0), `faint` (nearly transparent, or under a soft mask whose
 * effect is not computed), else `seen`. Render modes 3 and 7 are told apart elsewhere.
 */
export function inkSeen(p: { mode: number; alpha: number; strokeAlpha: number; masked: boolean }): 'seen' | 'faint' | 'unseen' {
  const mode = p.mode & 3;
  const alpha = mode === 0 ? p.alpha : mode === 1 ? p.strokeAlpha : Math.max(p.alpha, p.strokeAlpha);
  const shows = inkShows(alpha);
  return shows === 'seen' && p.masked ? 'faint' : shows;
}

const transformed = (corners: readonly [number, number][], m: Matrix): Box => {
  const pts = corners.map(([x, y]) => [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]] as const);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: minOf(xs), y0: minOf(ys), x1: maxOf(xs), y1: maxOf(ys) };
};

/** The box a non-white fill or an image paints, in the reading frame; null for any other operator. */
export function groundBox(fn: number, raw: unknown, ctm: Matrix, frame: Matrix, codes: PaintCodes, fillWhite: boolean): Box | null {
  // (The operator is told first: the walk asks this of every operator but a text show.)
  if (codes.images.includes(fn)) return transformed([[0, 0], [1, 0], [0, 1], [1, 1]], multiply(ctm, frame));
  if (fn !== codes.constructPath || fillWhite || !Array.isArray(raw) || !codes.fills.includes(raw[0] as number)) return null;
  const mm = raw[2] as ArrayLike<number> | null | undefined;
  if (!mm || mm.length < 4) return null;
  return transformed([[mm[0]!, mm[1]!], [mm[2]!, mm[1]!], [mm[0]!, mm[3]!], [mm[2]!, mm[3]!]], multiply(ctm, frame));
}

/** The glyphs drawn within an item's box, on its baseline (`index`: `glyphs` indexed, `glyph-index.ts`). */
export function glyphsIn(it: PdfItem, glyphs: readonly PlacedGlyph[], index?: GlyphIndex): PlacedGlyph[] {
  const base = it.top + it.height;
  const pool = index ? middlesIn(index, it.x, it.x + it.width).map((i) => glyphs[i]!) : glyphs;
  return pool.filter((g) => g.str.trim() !== '' && Math.abs(g.y - base) <= 0.3 * Math.max(it.size, 1) && g.x + g.advance / 2 >= it.x && g.x + g.advance / 2 <= it.x + it.width);
}

/** True when a glyph's middle lies on a ground. */
const onGround = (g: PlacedGlyph, size: number, grounds: readonly Box[]): boolean => {
  const x = g.x + g.advance / 2;
  const y = g.y - GLYPH_MIDDLE * size;
  return grounds.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);
};

/**
 * An item without the glyphs `hidden` says a viewer does not show, decided glyph by glyph: null
 * when all are hidden, the item itself when none is (or when its characters do not match its
 * glyphs one to one), else its shown characters (one text object that changes colour or render
 * mode inside: `BT 1 g (1) Tj 0 g (79) Tj ET`), its box cut to them. `index`: `glyphs` indexed
 * (`glyph-index.ts`), for a caller that asks for many items of one page.
 */
export function cutHiddenGlyphs(it: PdfItem, glyphs: readonly PlacedGlyph[], hidden: (g: PlacedGlyph) => boolean, index?: GlyphIndex): PdfItem | null {
  if (it.str.trim() === '') return it;
  const chars = [...it.str];
  const at = chars.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  const mine = drawnRun(it, at.map((i) => chars[i]!), glyphs, index) ?? glyphsIn(it, glyphs, index).sort((a, b) => a.x - b.x);
  const gone = mine.map(hidden);
  if (!gone.includes(true)) return it;
  if (gone.every(Boolean)) return null;
  if (at.length !== mine.length || mine.some((g, k) => g.str !== chars[at[k]!])) return it;
  const keep = mine.filter((_, k) => !gone[k]);
  const x = Math.max(it.x, keep[0]!.x);
  const end = Math.min(it.x + it.width, maxOf(keep.map((g) => g.x + g.advance)));
  const str = chars.filter((_, i) => !at.includes(i) || !gone[at.indexOf(i)]).join('').trim();
  return { ...it, str, x, width: Math.max(end - x, 0) };
}

/** × font size: a glyph this close to a run's start (on its baseline) may be its first. */
const RUN_START = 0.15;

/**
 * The glyphs that drew a run, in drawing order (as pdf.js joins them): from a glyph of its first
 * character at its start, the next ink glyphs spelling its characters. Null when none does. A run
 * whose glyphs step back (a digit's advance taken back by `Tc`) has glyphs past its box, and its box
 * holds glyphs of the next run: its place does not pair them. `index`: `glyphs` indexed
 * (`glyph-index.ts`): its first glyph found by binary search.
 */
export function drawnRun(it: PdfItem, chars: readonly string[], glyphs: readonly PlacedGlyph[], index?: GlyphIndex): PlacedGlyph[] | null {
  const tol = RUN_START * Math.max(it.size, 1);
  const base = it.top + it.height;
  // Nearest to the run's start first; at one distance, the first drawn.
  const starts: { i: number; d: number }[] = [];
  const pool = index ? charAt(index, chars[0] ?? '', it.x - tol, it.x + tol) : glyphs.map((_, i) => i);
  for (const i of pool) {
    const g = glyphs[i]!;
    if (g.str === chars[0] && Math.abs(g.x - it.x) <= tol && Math.abs(g.y - base) <= tol) starts.push({ i, d: Math.hypot(g.x - it.x, g.y - base) });
  }
  for (const { i } of starts.sort((a, b) => a.d - b.d)) {
    const run: PlacedGlyph[] = [];
    for (let j = i; j < glyphs.length && run.length < chars.length; j++) if (glyphs[j]!.str.trim() !== '') run.push(glyphs[j]!);
    if (run.length === chars.length && run.every((r, k) => r.str === chars[k])) return run;
  }
  return null;
}

/** An item without its white glyphs (not on a ground): `cutHiddenGlyphs`. */
const visiblePart = (it: PdfItem, glyphs: readonly PlacedGlyph[], grounds: readonly Box[]): PdfItem | null => cutHiddenGlyphs(it, glyphs, (g) => g.white === true && !onGround(g, it.size, grounds));

/** The items without the text drawn in white on the page (whole items, or white glyphs cut from an item), and the texts dropped. */
export function dropWhiteText(items: readonly PdfItem[], glyphs: readonly PlacedGlyph[], grounds: readonly Box[]): { items: PdfItem[]; dropped: string[] } {
  if (!glyphs.some((g) => g.white)) return { items: [...items], dropped: [] };
  const parts = items.map((it) => visiblePart(it, glyphs, grounds));
  const changed = parts.filter((p, i) => p !== items[i]).length;
  const texts = items.filter((it) => it.str.trim() !== '').length;
  if (changed === 0) return { items: [...items], dropped: [] };
  // Too much white text to drop (colours maybe misread): kept, but a white number beside a shown
  // one ('235' + white '257' read 235257) is not trusted (`overlapping-text.ts`) — unless most of
  // the page is white.
  if (changed > MAX_WHITE_SHARE * texts) {
    if (changed > MAX_MARKED_SHARE * texts) return { items: [...items], dropped: [] };
    return { items: items.map((it) => (/\d/.test(it.str) && glyphsIn(it, glyphs).some((g) => g.white === true && !onGround(g, it.size, grounds)) ? { ...it, conflict: true } : it)), dropped: [] };
  }
  const dropped = items.flatMap((it, i) => (parts[i] === it ? [] : parts[i] === null ? [it.str.trim()] : [`${it.str.trim()} (white part)`]));
  return { items: parts.filter((p): p is PdfItem => p !== null), dropped };
}

/** True when the drawing sets a fill or stroke colour that passes `test` (near white by default): only then are glyphs placed to find white (or light) text. */
export function setsWhite(list: { fnArray: number[]; argsArray: unknown[] }, codes: PaintCodes, test: (args: unknown) => boolean = isWhiteColour): boolean {
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    if ((fn === codes.setFillRGBColor || fn === codes.setStrokeRGBColor) && test(list.argsArray[i])) return true;
  }
  return false;
}
