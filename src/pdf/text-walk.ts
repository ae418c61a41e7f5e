/**
 * @file One pass over a page's operator list that follows the text state glyph by glyph (text and
 * line matrices, font size, character and word spacing, horizontal scale, `TJ` adjustments) through
 * the CTM, form XObjects included (`graphics-state.ts`), into the page's reading frame. It gives
 * where every text object starts (`text-objects.ts` cuts fused digit runs there) and every glyph's
 * place, character and advance (only when asked: it costs a matrix product per glyph) (`miscoded-glyphs.ts` finds glyphs whose character map is wrong),
 * and where a space glyph is drawn (`drawn-spaces.ts`: a space the producer wrote separates cells),
 * and the boxes of shown strings the page does not show — out of the clip in force, or drawn
 * with a degenerate glyph matrix (`clipped-text.ts`) —; text in render modes 4–7 clips what
 * follows to its strings' boxes. With the paint state, glyphs an opaque image or fill painted
 * later covers (`covered-text.ts`).
 */
import { boxThrough, multiply, walkOperators, type Clip, type Matrix, type StateCodes } from './graphics-state.js';
import { pathRegion, regionThrough, type Region } from './clip-region.js';
import { cutString, stringAdvance, stringBox, unshownString } from './shown-glyphs.js';
import { coversArea, markCovered, type Cover } from './covered-text.js';
import { groundBox, inkSeen, isLightColour, isPaleColour, isWhiteColour, hiddenByPaint, type Box, type PaintCodes } from './white-text.js';
import { maxOf, minOf } from '../_internal/extremes.js';
import { inkShows } from '../_internal/ink.js';

/** The pdf.js operator codes the walk reads. */
export interface TextOpCodes extends StateCodes {
  beginText: number;
  setTextMatrix: number;
  moveText: number;
  setLeadingMoveText: number;
  setLeading: number;
  nextLine: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
  /** Optional: without them glyph advances use size 1, no spacing (starts are still right). */
  setFont?: number;
  setCharSpacing?: number;
  setWordSpacing?: number;
  setHScale?: number;
  /** Optional: the text render mode and the end of a text object: text in modes 4–7 clips what follows. */
  textMode?: number;
  endText?: number;
  /** Optional: the paint state that tells text drawn white on the page (`white-text.ts`). */
  paint?: PaintCodes;
}

/** The codes of the operators that show text (pdf.js's `OPS`, or the walker's codes). */
export function showCodes(ops: Pick<TextOpCodes, 'showText' | 'showSpacedText' | 'nextLineShowText' | 'nextLineSetSpacingShowText'>): ReadonlySet<number> {
  return new Set([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText]);
}

/** Where a text object's first glyph sits: its baseline origin in the reading frame (pt). */
export interface TextStart {
  x: number;
  y: number;
}

/** One glyph in the reading frame: baseline origin, advance along the baseline (pt), its character, its advance in em. */
export interface PlacedGlyph {
  x: number;
  y: number;
  advance: number;
  str: string;
  em: number;
  /** Drawn in white (or near white) with a visible render mode: unseen on a white page (`white-text.ts`). */
  white?: boolean;
  /** Filled in a light colour (grey 0.7 or paler, not white) with a visible render mode: a watermark's ink (`light-text.ts`). */
  light?: boolean;
  /** Drawn in render mode 3 or 7 (neither filled nor stroked), or with its ink's opacity at none (`ca`/`CA` 0: Chromium's `color:transparent`): an OCR text layer, or text hidden under the shown (`invisible-text.ts`). */
  invisible?: boolean;
  /** Drawn with its ink nearly transparent (opacity under `FAINT_ALPHA`) or under a soft mask: maybe not seen (`invisible-text.ts`). */
  faint?: boolean;
  /** Filled within 40/255 of white, not white (`isPaleColour`): a light digit so pale is not trusted (`light-text.ts`). */
  pale?: boolean;
  /** Painted over afterwards by an image without a mask or an opaque fill (`covered-text.ts`). */
  covered?: boolean;
  /** Maybe painted over: on the edge of a paint or clip not known exactly (`covered-text.ts`). */
  coverUnsure?: boolean;
  /** The em box's height on the page (pt): the font size in the frame. */
  size?: number;
  /** The glyph's code in its font, and the font's pdf.js name (`miscoded-glyphs.ts` reads full-width digits by code order). */
  code?: number;
  font?: string;
}

/** A string the page does not show whole (`shown-glyphs.ts`): its box in the reading frame and its text; `unsure` when that is not known for sure; `cut` when it shows but ends at the clip's edge (what followed it may have been dropped); `shown`: the glyphs it shows, and their box `seen`, when it shows in part. */
export interface ClippedText extends Box {
  str: string;
  unsure?: boolean;
  cut?: boolean;
  shown?: string;
  seen?: Box;
}

/** A pdf.js glyph in a show-text operator's arguments. */
export interface RawGlyph {
  unicode?: string;
  originalCharCode?: number;
  width?: number;
  isSpace?: boolean;
}

/** An operator's numbers: pdf.js passes some as arguments, some (the text matrix) as one array. */
function numbers(args: unknown): number[] {
  if (!Array.isArray(args)) return [];
  const first = args[0] as unknown;
  // (The array itself, not a copy: the walk never writes into a matrix it is given, `show` moves a copy.)
  return Array.isArray(first) || ArrayBuffer.isView(first) ? (first as number[]) : (args as number[]);
}

/** Text state between operators. */
interface TextState {
  line: Matrix;
  text: Matrix;
  leading: number;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  fresh: boolean;
  /** The pdf.js name of the font set last. */
  font?: string;
}

/** `multiply([1, 0, 0, 1, x, y], m)` with that product's own arithmetic (the same bits), without the matrix it is given. */
const translate = (x: number, y: number, m: Matrix): Matrix => [1 * m[0] + 0 * m[2], 1 * m[1] + 0 * m[3], 0 * m[0] + 1 * m[2], 0 * m[1] + 1 * m[3], x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];

/** A drawn space glyph: its baseline origin and advance in the reading frame (pt). */
export interface DrawnSpace {
  x: number;
  y: number;
  advance: number;
}

/**
 * A glyph that draws white space (a space, no-break or ideographic space): by its character, or by
 * its code in a simple font (code 32, pdf.js's `isSpace`) where it maps to no visible character.
 * Code 32 alone is no space: a subset numbering glyphs by first use (LibreOffice) gives it to
 * whatever glyph came 32nd — a '2' drawn with code 32 had cut the '28' it heads into two cells
 * (`drawn-spaces.ts`). (Word spacing still applies to code 32 whatever it draws: PDF's rule.)
 */
const isSpaceGlyph = (g: RawGlyph): boolean => {
  const c = g.unicode ?? '';
  return c === ' ' || c === '\u00a0' || c === '\u3000' || (g.isSpace === true && c.trim() === '');
};

/**
 * Where the origin of text matrix `t` moved `a` along its baseline lands: the translation of
 * `multiply(multiply(translate(a, 0, t), ctm), frame)`, with those products' own arithmetic in
 * their order (the same bits), without the four matrices they allocate: a glyph's place and end.
 */
function pointAt(a: number, t: Matrix, c: Matrix, f: Matrix): { x: number; y: number } {
  const t4 = a * t[0] + 0 * t[2] + t[4];
  const t5 = a * t[1] + 0 * t[3] + t[5];
  const a4 = t4 * c[0] + t5 * c[2] + c[4];
  const a5 = t4 * c[1] + t5 * c[3] + c[5];
  return { x: a4 * f[0] + a5 * f[2] + f[4], y: a4 * f[1] + a5 * f[3] + f[5] };
}

/** The translation of `multiply(multiply(t, ctm), frame)` (same arithmetic, as `pointAt`): where the text matrix's origin lands. */
function originOf(t: Matrix, c: Matrix, f: Matrix): { x: number; y: number } {
  const a4 = t[4] * c[0] + t[5] * c[2] + c[4];
  const a5 = t[4] * c[1] + t[5] * c[3] + c[5];
  return { x: a4 * f[0] + a5 * f[2] + f[4], y: a4 * f[1] + a5 * f[3] + f[5] };
}

/** Finds the space glyphs of one string, advancing a copy of the text matrix by plain numbers (a matrix product per space only). */
function spacesIn(s: TextState, items: readonly unknown[], ctm: Matrix, frame: Matrix, spaces: DrawnSpace[]): void {
  let tx = 0;
  for (const g of items) {
    if (typeof g === 'number') {
      tx += (-g / 1000) * s.size * s.hScale;
      continue;
    }
    const glyph = (g ?? {}) as RawGlyph;
    const em = (glyph.width ?? 0) / 1000;
    if (isSpaceGlyph(glyph)) {
      const m = pointAt(tx, s.text, ctm, frame);
      const end = pointAt(tx + em * s.size * s.hScale, s.text, ctm, frame);
      spaces.push({ x: m.x, y: m.y, advance: Math.hypot(end.x - m.x, end.y - m.y) });
    }
    tx += (em * s.size + s.charSpacing + (glyph.isSpace ? s.wordSpacing : 0)) * s.hScale;
  }
}

/**
 * Moves text matrix `t` (in place) `x` along its baseline: `translate(x, 0, t)` with that product's
 * own arithmetic in its order (the same bits), without the two matrices it allocates per glyph.
 */
function advanceInPlace(x: number, t: [number, number, number, number, number, number]): void {
  const [t0, t1, t2, t3, t4, t5] = t;
  t[0] = 1 * t0 + 0 * t2;
  t[1] = 1 * t1 + 0 * t3;
  t[2] = 0 * t0 + 1 * t2;
  t[3] = 0 * t1 + 1 * t3;
  t[4] = x * t0 + 0 * t2 + t4;
  t[5] = x * t1 + 0 * t3 + t5;
}

/** Shows one string (array of glyphs and `TJ` adjustments), placing each glyph and advancing the text matrix. */
function show(s: TextState, items: readonly unknown[], ctm: Matrix, frame: Matrix, glyphs: PlacedGlyph[], paint: { white: boolean; light: boolean; invisible: boolean; faint: boolean; pale: boolean }, lin: Matrix = multiply(multiply(s.text, ctm), frame)): void {
  const size = Math.abs(s.size) * Math.hypot(lin[2], lin[3]);
  // A copy moved glyph by glyph (the state's matrix may be the line matrix too).
  const t: [number, number, number, number, number, number] = [...s.text];
  for (const g of items) {
    if (typeof g === 'number') {
      advanceInPlace((-g / 1000) * s.size * s.hScale, t);
      continue;
    }
    const glyph = (g ?? {}) as RawGlyph;
    const em = (glyph.width ?? 0) / 1000;
    const tx = (em * s.size + s.charSpacing + (glyph.isSpace ? s.wordSpacing : 0)) * s.hScale;
    const m = originOf(t, ctm, frame);
    const end = pointAt(em * s.size * s.hScale, t, ctm, frame);
    const placed: PlacedGlyph = { x: m.x, y: m.y, advance: Math.hypot(end.x - m.x, end.y - m.y), str: glyph.unicode ?? '', em, size };
    if (glyph.originalCharCode !== undefined) placed.code = glyph.originalCharCode;
    if (s.font !== undefined) placed.font = s.font;
    if (paint.white) placed.white = true;
    if (paint.light) placed.light = true;
    if (paint.invisible) placed.invisible = true;
    if (paint.faint) placed.faint = true;
    if (paint.pale) placed.pale = true;
    glyphs.push(placed);
    advanceInPlace(tx, t);
  }
  s.text = t;
}

/**
 * Walks a page's text: the origin of the first glyph of every text object and, with `withGlyphs`,
 * every glyph placed, and every drawn space glyph. Coordinates through the CTM (form XObjects included) and `frame`.
 */
/** Bits of `opKinds`: what the walk does with an operator besides following the state. */
const NUMERIC = 1;
const SHOW = 2;
const GROUND = 4;
const OPAQUE = 8;

/**
 * The walk's operator kinds by code (pdf.js's codes are small integers): one table read per
 * operator instead of a set or array lookup per test. NUMERIC: its numbers are read (`numbers`);
 * SHOW: it shows text; GROUND: it may paint a ground (`groundBox`: an image or a path); OPAQUE: an
 * image that covers what is under it (`covered-text.ts`). A code outside the table reads 0.
 */
function opKinds(numeric: readonly (number | undefined)[], shows: ReadonlySet<number>, pc: PaintCodes | undefined): Uint8Array {
  const marks: [readonly (number | undefined)[], number][] = [[numeric, NUMERIC], [[...shows], SHOW], [pc ? [...pc.images, pc.constructPath] : [], GROUND], [pc?.opaqueImages ?? [], OPAQUE]];
  const codes = marks.flatMap(([cs]) => cs.filter((c): c is number => Number.isInteger(c) && c! >= 0));
  const kinds = new Uint8Array(maxOf([0, ...codes]) + 1);
  for (const [cs, bit] of marks) for (const c of cs) if (Number.isInteger(c) && c! >= 0) kinds[c!]! |= bit;
  return kinds;
}

/** What a fill colour is to the walk (`white-text.ts`): white, light, pale. */
interface FillClass {
  fill: boolean;
  light: boolean;
  pale: boolean;
}

/** A fill colour's class, read once per colour string of a page (`cache`; pdf.js passes '#rrggbb'). */
function fillClass(raw: unknown, cache: Map<string, FillClass>): FillClass {
  const key = Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : null;
  const known = key !== null ? cache.get(key) : undefined;
  if (known) return known;
  const c = { fill: isWhiteColour(raw), light: isLightColour(raw), pale: isPaleColour(raw) };
  if (key !== null) cache.set(key, c);
  return c;
}

export function walkText(list: { fnArray: number[]; argsArray: unknown[] }, ops: TextOpCodes, frame: Matrix, withGlyphs = false): { starts: TextStart[]; glyphs: PlacedGlyph[]; spaces: DrawnSpace[]; grounds: Box[]; clipped: ClippedText[] } {
  const starts: TextStart[] = [];
  const clipped: ClippedText[] = [];
  // Paint state (fill and stroke white?, text render mode, whether a fill is opaque), saved and restored with the CTM; non-white fills and images (grounds).
  const grounds: Box[] = [];
  let paint = { fill: false, stroke: false, light: false, pale: false, mode: 0, plain: true, alpha: 1, strokeAlpha: 1, normal: true, masked: false };
  const paints: (typeof paint)[] = [];
  const pc = withGlyphs ? ops.paint : undefined;
  const spaces: DrawnSpace[] = [];
  const glyphs: PlacedGlyph[] | null = withGlyphs ? [] : null;
  const id: Matrix = [1, 0, 0, 1, 0, 0];
  const s: TextState = { line: id, text: id, leading: 0, size: 1, charSpacing: 0, wordSpacing: 0, hScale: 1, fresh: false };
  const shows = showCodes(ops);
  // Only these operators' numbers are read: the others (a show's glyph array above all) are not copied into one.
  const modeCode = ops.textMode ?? pc?.setTextRenderingMode;
  const kinds = opKinds([ops.setTextMatrix, ops.moveText, ops.setLeadingMoveText, ops.setLeading, ops.setCharSpacing, ops.setWordSpacing, ops.setHScale, modeCode], shows, pc);
  const fills = new Map<string, FillClass>();
  const none: number[] = [];
  const newLine = (m: Matrix): void => {
    s.line = m;
    s.text = m;
  };
  // The text render mode (saved and restored with the CTM); the boxes of strings shown in modes 4–7 (the text object's clip).
  let mode = 0;
  const modes: number[] = [];
  let textClip: number[][] | null = null;
  let annotation = false;
  // Images without a mask and opaque fills painted (their regions and when), and when each glyph was: text under one is covered.
  let seq = 0;
  let maskedAt = -Infinity;
  const glyphSeq: number[] = [];
  const covers: Cover[] = [];
  walkOperators(list, ops, (fn, raw, ctm, clip): Region | void => {
    seq++;
    const kind = kinds[fn]!;
    if (pc?.setGState !== undefined && fn === pc.setGState) {
      if (setsSoftMask(raw)) maskedAt = seq;
      paint = { ...paint, ...fillOpacity(raw) };
    } else if (pc && glyphSeq.length > 0 && (kind & OPAQUE) !== 0 && seq - maskedAt > 2) covers.push({ region: { box: groundBox(fn, raw, ctm, frame, pc, false)!, shape: 'box' }, clip: null, seq });
    else if (pc && glyphSeq.length > 0 && fn === pc.constructPath && coversArea(raw, ctm, pc) && paint.plain && inkShows(paint.alpha) !== 'unseen' && paint.normal && !paint.masked) {
      const region = pathRegion(raw, ctm, ops.draw, pc.eoFills?.includes((raw as unknown[])[0] as number) ?? false);
      if (region) covers.push({ region: regionThrough(region, frame), clip: clip ? clip.regions.map((r) => regionThrough(r, frame)) : null, seq, alpha: Math.min(1, paint.alpha) });
    }
    const args = kind & NUMERIC ? numbers(raw) : none;
    if (fn === ops.beginAnnotation || fn === ops.endAnnotation) annotation = fn === ops.beginAnnotation;
    else if (fn === ops.beginText) {
      newLine(id);
      s.fresh = true;
      textClip = null;
    } else if (fn === ops.endText && textClip) {
      // Text in modes 4–7 adds its glyphs to the clip, applied at the end of the text object (outlines not known: their boxes).
      const boxes = textClip;
      textClip = null;
      return { box: { x0: minOf(boxes.map((b) => b[0]!)), y0: minOf(boxes.map((b) => b[1]!)), x1: maxOf(boxes.map((b) => b[2]!)), y1: maxOf(boxes.map((b) => b[3]!)) }, shape: 'glyphs', polys: boxes.map(([x0, y0, x1, y1]) => [x0!, y0!, x1!, y0!, x1!, y1!, x0!, y1!]) };
    } else if (fn === ops.setTextMatrix && args.length === 6) newLine(args as unknown as Matrix);
    else if ((fn === ops.moveText || fn === ops.setLeadingMoveText) && args.length >= 2) {
      if (fn === ops.setLeadingMoveText) s.leading = -args[1]!;
      newLine(translate(args[0]!, args[1]!, s.line));
    } else if (fn === ops.setLeading && args.length >= 1) s.leading = args[0]!;
    else if (fn === ops.nextLine) newLine(translate(0, -s.leading, s.line));
    else if (fn === ops.setFont && Array.isArray(raw) && typeof raw[1] === 'number') {
      s.size = raw[1];
      if (typeof raw[0] === 'string') s.font = raw[0];
    }
    else if (fn === ops.setCharSpacing && args.length >= 1) s.charSpacing = args[0]!;
    else if (fn === ops.setWordSpacing && args.length >= 1) s.wordSpacing = args[0]!;
    else if (fn === ops.setHScale && args.length >= 1) s.hScale = args[0]! / 100;
    else if (fn === modeCode && args.length >= 1) {
      mode = args[0]!;
      if (pc) paint = { ...paint, mode };
    } else if (pc && fn === pc.setFillRGBColor) paint = { ...paint, ...fillClass(raw, fills), plain: true };
    else if (pc && fn === pc.setStrokeRGBColor) paint = { ...paint, stroke: isWhiteColour(raw) };
    else if (pc && fn === pc.setFillColorOther) paint = { ...paint, fill: false, light: false, pale: false, plain: false };
    else if (pc && (kind & GROUND) !== 0) {
      // (Only an image or a path paints a ground: `groundBox` is null for every other operator.)
      const box = groundBox(fn, raw, ctm, frame, pc, paint.fill);
      if (box) grounds.push(box);
    } else if (kind & SHOW) {
      if (fn === ops.nextLineShowText || fn === ops.nextLineSetSpacingShowText) newLine(translate(0, -s.leading, s.line));
      // An annotation's appearance is not the page's text content: its text objects cut no run.
      // The string's text matrix through the CTM, and on into the frame: one product each for its tests, its start and its glyphs.
      const tm = multiply(s.text, ctm);
      let framed: Matrix | undefined;
      if (s.fresh && !annotation) {
        const m = (framed ??= multiply(tm, frame));
        starts.push({ x: m[4], y: m[5] });
        s.fresh = false;
      }
      const text = Array.isArray(raw) ? (raw.at(-1) as unknown) : null;
      // The string's advance, read once (the clip test and the walk's move both need it).
      let end: number | undefined;
      const advance = (): number => (end ??= stringAdvance(s, text as unknown[]));
      if (Array.isArray(text)) {
        const unshown = unshownString(s, text, ctm, clip, tm, advance);
        const cut = unshown ? null : cutString(s, text, ctm, clip, tm);
        const str = (): string => text.map((g) => (g && typeof g === 'object' ? ((g as RawGlyph).unicode ?? '') : '')).join('');
        const through = (b: Box): Box => boxThrough([b.x0, b.y0, b.x1, b.y1], frame);
        if (unshown) clipped.push({ ...through(unshown.box), str: str(), ...(unshown.unsure ? { unsure: true } : {}), ...(unshown.shown !== undefined ? { shown: unshown.shown, seen: through(unshown.seen!) } : {}) });
        if (cut) clipped.push({ ...boxThrough([cut.x0, cut.y0, cut.x1, cut.y1], frame), str: str(), cut: true });
        if (mode >= 4) (textClip ??= []).push(stringBox(s, text, ctm, tm));
      }
      if (Array.isArray(text)) {
        // Spaces before the string advances the text matrix (show moves it).
        if (text.some((g) => g !== null && typeof g === 'object' && isSpaceGlyph(g as RawGlyph))) spacesIn(s, text, ctm, frame, spaces);
        if (glyphs) {
          const m3 = paint.mode & 3;
          const ink = pc !== undefined ? inkSeen(paint) : 'seen';
          // The fill colour shows in fill modes (0, and 2: fill then stroke).
          const filled = pc !== undefined && (m3 === 0 || m3 === 2);
          show(s, text, ctm, frame, glyphs, { white: pc !== undefined && hiddenByPaint(paint), light: filled && paint.light, invisible: pc !== undefined && (m3 === 3 || ink === 'unseen'), faint: ink === 'faint', pale: filled && paint.pale }, (framed ??= multiply(tm, frame)));
          while (glyphSeq.length < glyphs.length) glyphSeq.push(seq);
        } else s.text = translate(advance(), 0, s.text);
      }
    }
  }, (saved) => {
    if (saved) modes.push(mode);
    else mode = modes.pop() ?? mode;
    if (!pc) return;
    if (saved) paints.push(paint);
    else paint = paints.pop() ?? paint;
  });
  if (glyphs && covers.length > 0) markCovered(glyphs, glyphSeq, covers);
  return { starts, glyphs: glyphs ?? [], spaces, grounds, clipped };
}

/** What a `setGState` sets of the ink's opacity: constant alpha of fills (`ca`) and strokes (`CA`), blend mode (pdf.js's canvas name), soft mask. */
function fillOpacity(raw: unknown): { alpha?: number; strokeAlpha?: number; normal?: boolean; masked?: boolean } {
  const entries = Array.isArray(raw) ? (raw[0] as unknown) : null;
  const out: { alpha?: number; strokeAlpha?: number; normal?: boolean; masked?: boolean } = {};
  if (!Array.isArray(entries)) return out;
  for (const e of entries) {
    if (!Array.isArray(e)) continue;
    if (e[0] === 'ca' && typeof e[1] === 'number') out.alpha = e[1];
    else if (e[0] === 'CA' && typeof e[1] === 'number') out.strokeAlpha = e[1];
    else if (e[0] === 'BM') out.normal = e[1] === 'source-over' || e[1] === 'Normal' || e[1] === 'normal';
    else if (e[0] === 'SMask') out.masked = e[1] !== false && e[1] !== null && e[1] !== undefined;
  }
  return out;
}

/** True when a `setGState` argument list sets a soft mask (pdf.js writes `["SMask", false]` before an image with /SMask or /Mask). */
function setsSoftMask(raw: unknown): boolean {
  const entries = Array.isArray(raw) ? (raw[0] as unknown) : null;
  return Array.isArray(entries) && entries.some((e) => Array.isArray(e) && e[0] === 'SMask');
}

/**
 * True when a raw pdf.js glyph of some show-text operator passes `test`: a cheap scan before a
 * full walk (a plain loop: a generator's per-glyph cost showed in profiles of the corpus PDFs).
 */
export function someShownGlyph(list: { fnArray: number[]; argsArray: unknown[] }, ops: TextOpCodes, test: (g: RawGlyph) => boolean): boolean {
  const shows = showCodes(ops);
  for (let i = 0; i < list.fnArray.length; i++) {
    if (!shows.has(list.fnArray[i]!)) continue;
    const raw = list.argsArray[i];
    const text = Array.isArray(raw) ? (raw.at(-1) as unknown) : null;
    if (Array.isArray(text)) for (const g of text) if (g && typeof g === 'object' && test(g as RawGlyph)) return true;
  }
  return false;
}
