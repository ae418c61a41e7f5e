/**
 * @file Text painted over: an office pastes a picture of the corrected number over the printed one
 * (a white patch with the new digits), or paints an opaque box over it (a white rectangle, a black
 * redaction bar); the page shows what is on top, pdf.js's text content still gives the old number.
 * The text walk (`text-walk.ts`) marks each glyph that is painted over later in paint order by
 * - an image without a mask (pdf.js sets a soft mask before an image with /SMask or /Mask: a seal
 *   PNG with transparency keeps the text under it; whether the picture's pixels are opaque where
 *   the glyph is is not looked at: that costs decoding the image), or
 * - a fill in a plain colour (not a pattern), blend mode Normal, no soft mask, whose path (by its
 *   fill rule, `clip-region.ts`) holds the glyph, within the clip in force: at fill alpha 1 it
 *   covers; a translucent one leaves the glyph faint or unseen by its alpha (markCovered).
 * A glyph is covered when three points of it (its middle, near its lower left and upper right
 * corners) all lie in such a paint; when none lies out but some on an edge not known exactly (a
 * curve, the clip's), it may be. Shading painted before the text, and fills the text is drawn
 * over, cover nothing. A number run whose glyphs are all covered is left out (its cell not read;
 * read as an unreadable '\ufffd' instead, the identity solver searched 5× longer over the unknown
 * cells); one whose glyphs all may be is not trusted. Only a page that paints such an image or
 * a fill after some text is walked for it.
 */
import { placeIn, placeInAll, type Place, type Region } from './clip-region.js';
import { boxThrough } from './graphics-state.js';
import type { PdfItem } from './pdf-lines.js';
import type { PlacedGlyph } from './text-walk.js';
import { cutHiddenGlyphs, glyphsIn, type PaintCodes } from './white-text.js';
import { inkShows } from '../_internal/ink.js';

/** An image or a fill painted: its region and the clip's (reading frame), when (operator number), and its alpha. */
export interface Cover {
  region: Region;
  clip: readonly Region[] | null;
  seq: number;
  /** The fill's constant alpha (`ca`), 1 when opaque (an image without a mask). */
  alpha?: number;
}

/** True when the drawing paints an image without a mask or fills a path after showing text: only then are glyphs placed to find covered text. */
export function paintsImageOverText(list: { fnArray: number[]; argsArray: unknown[] }, shows: ReadonlySet<number>, codes: PaintCodes): boolean {
  const images = codes.opaqueImages ?? [];
  let shown = false;
  // Fills by their min/max box before any matrix: a ruling drawn as a thin filled rectangle is no cover (the glyphs need not be placed for it). A matrix set after text may scale a thin path up: then any fill counts.
  let scaled = false;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    if (shows.has(fn)) shown = true;
    else if (shown && images.includes(fn)) return true;
    else if (shown && fn === codes.transform) scaled = true;
    else if (shown && fn === codes.constructPath && coversArea(list.argsArray[i], scaled ? null : [1, 0, 0, 1, 0, 0], codes)) return true;
  }
  return false;
}

/** pt. A fill thinner than this on the page (a ruling drawn as a filled rectangle) covers no glyph: not a cover (the cost of testing every glyph against every ruling). */
const MIN_COVER = 1;

/** True when a `constructPath` fills a path at least `MIN_COVER` wide and high on the page (its min/max box through the CTM; any fill when the CTM is not known). */
export function coversArea(args: unknown, ctm: readonly [number, number, number, number, number, number] | null, codes: Pick<PaintCodes, 'fills'>): boolean {
  const a = args as unknown[] | null;
  if (!Array.isArray(a) || !codes.fills.includes(a[0] as number)) return false;
  const mm = a[2] as ArrayLike<number> | null | undefined;
  if (!mm || mm.length < 4 || ctm === null) return true;
  const b = boxThrough(mm, ctm);
  return b.x1 - b.x0 >= MIN_COVER && b.y1 - b.y0 >= MIN_COVER;
}

/** × the glyph's size (frame, y down): the points of a glyph that must lie in a paint, as [share of advance, share of size above the baseline]. */
const GLYPH_POINTS: readonly (readonly [number, number])[] = [[0.5, 0.35], [0.2, 0.1], [0.8, 0.6]];

/** Where a glyph lies against one paint: every point in (covered), some out (not), else on an edge. */
function against(g: PlacedGlyph, c: Cover): Place {
  let place: Place = 'in';
  const size = g.size ?? g.advance;
  for (const [a, h] of GLYPH_POINTS) {
    const x = g.x + a * g.advance;
    const y = g.y - h * size;
    const p = placeIn(c.region, x, y);
    const q = p === 'out' || c.clip === null ? p : placeInAll(c.clip, x, y);
    if (p === 'out' || q === 'out') return 'out';
    if (p === 'edge' || q === 'edge') place = 'edge';
  }
  return place;
}

/** pt: the height of the bands `coversByBand` files the paints by. */
const BAND = 16;

/** pt: how far beyond its box a paint is filed (wider than `placeIn`'s slack: a band holds every paint a point in it may lie in). */
const BAND_MARGIN = 1;

/** Bands a paint may span before the index is not worth it (a paint taller than many pages). */
const MAX_BANDS = 512;

/**
 * The paints by the bands of the page (`BAND` pt of y, the reading frame) their box (± `BAND_MARGIN`)
 * touches, each band's in paint order: a glyph whose middle point lies out of a paint's box lies out
 * of it (`against` tests that point first), so a glyph is tested only against the paints of its
 * middle point's band, in the same order (the products below multiply the same factors in the same
 * order). Null (test every paint) when a box is not finite or spans more than `MAX_BANDS` bands.
 * Was: every glyph against every paint after it — on a page filling each cell's ground after its
 * text, glyphs × fills tests.
 */
function coversByBand(covers: readonly Cover[]): Map<number, Cover[]> | null {
  const bands = new Map<number, Cover[]>();
  for (const c of covers) {
    const b = c.region.box;
    if (Number.isNaN(b.y0) || Number.isNaN(b.y1)) continue; // no point lies in it (`placeIn`'s comparisons are false)
    const from = Math.floor((b.y0 - BAND_MARGIN) / BAND);
    const to = Math.floor((b.y1 + BAND_MARGIN) / BAND);
    if (!Number.isFinite(from) || !Number.isFinite(to) || to - from > MAX_BANDS) return null;
    for (let k = from; k <= to; k++) {
      const band = bands.get(k);
      if (band) band.push(c);
      else bands.set(k, [c]);
    }
  }
  return bands;
}

/**
 * Marks the shown glyphs the paints later in paint order cover (`covered`), or may cover
 * (`coverUnsure`). A paint at fill alpha `a` leaves 1 − a of the glyph's contrast with what is
 * under it, whatever its colour (the glyph and its ground both become a·cover + (1 − a)·below), and
 * paints over each other multiply: the glyph is covered when what is left is unseen, and may be when
 * it is faint (`_internal/ink.ts`; a white box at 0.8 over a digit leaves it #ccc on white) or when
 * it lies on the edge of a paint that would leave it so.
 */
export function markCovered(glyphs: PlacedGlyph[], glyphSeq: readonly number[], covers: readonly Cover[]): void {
  const near = coversByBand(covers);
  glyphs.forEach((g, i) => markGlyph(g, glyphSeq[i]!, near ? (near.get(Math.floor((g.y - GLYPH_POINTS[0]![1] * (g.size ?? g.advance)) / BAND)) ?? []) : covers));
}

/** Marks one glyph, shown at operator number `seq`, against `paints` (in paint order; those before it cover nothing): `markCovered`. */
export function markGlyph(g: PlacedGlyph, seq: number, paints: readonly Cover[]): void {
  if (g.invisible || g.str.trim() === '') return;
  let left = 1;
  let maybe = 1;
  for (const c of paints) {
    if (c.seq <= seq) continue;
    const p = against(g, c);
    if (p === 'out') continue;
    if (p === 'in') left *= 1 - (c.alpha ?? 1);
    maybe *= 1 - (c.alpha ?? 1);
  }
  if (inkShows(left) === 'unseen') g.covered = true;
  else if (inkShows(maybe) !== 'seen') g.coverUnsure = true;
}

/** The items without the number runs painted over — glyph by glyph: the covered glyphs of a run cut out of it — those maybe painted over not trusted, and those runs' texts. */
export function dropCoveredText(items: readonly PdfItem[], glyphs: readonly PlacedGlyph[]): { items: PdfItem[]; covered: string[] } {
  if (!glyphs.some((g) => g.covered || g.coverUnsure)) return { items: [...items], covered: [] };
  const covered: string[] = [];
  const out = items.map((it) => {
    if (!/\d/.test(it.str)) return it;
    const mine = glyphsIn(it, glyphs);
    if (!mine.some((g) => g.covered === true || g.coverUnsure === true)) return it;
    if (mine.every((g) => g.covered === true)) {
      covered.push(it.str.trim());
      return null;
    }
    const cut = cutHiddenGlyphs(it, glyphs, (g) => g.covered === true) ?? it;
    if (cut !== it) covered.push(`${it.str.trim()} (covered part)`);
    // A glyph maybe painted over, or covered glyphs that could not be cut out (characters and glyphs do not pair): not trusted.
    if (!glyphsIn(cut, glyphs).some((g) => g.coverUnsure === true || g.covered === true)) return cut;
    covered.push(`${cut.str.trim()} (maybe covered)`);
    return { ...cut, conflict: true };
  });
  return { items: out.filter((it): it is PdfItem => it !== null), covered };
}
