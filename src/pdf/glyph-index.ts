/**
 * @file A page's placed glyphs indexed along the baseline direction, so that the glyphs near one
 * text run are found by binary search instead of a scan of the whole page: the steps that pair
 * runs with the glyphs that drew them (`white-text.ts` `drawnRun`, `glyphsIn`) ran once per run over
 * every glyph, quadratic on a page of thousands of numbers (a table of 5 400 stacked numbers spent
 * minutes there; the page budget is 5 s).
 */
import type { PlacedGlyph } from './text-walk.js';
import { lowerBound } from '../_internal/extremes.js';

/** Positions sorted ascending, and the glyph (its index in drawing order) at each. */
interface Sorted {
  keys: number[];
  at: number[];
}

/** The glyphs of one page by character (sorted by `x`) and all of them by their middle (`x + advance / 2`). */
export interface GlyphIndex {
  glyphs: readonly PlacedGlyph[];
  byChar: Map<string, Sorted>;
  byMiddle: Sorted;
}

function sortedBy(indexes: number[], key: (i: number) => number): Sorted {
  const keys = indexes.map(key);
  const order = indexes.map((_, k) => k).sort((a, b) => keys[a]! - keys[b]! || indexes[a]! - indexes[b]!);
  return { keys: order.map((k) => keys[k]!), at: order.map((k) => indexes[k]!) };
}

/** The index of `glyphs` (built once per page; the array is read, not copied). */
export function indexGlyphs(glyphs: readonly PlacedGlyph[]): GlyphIndex {
  const chars = new Map<string, number[]>();
  glyphs.forEach((g, i) => (chars.get(g.str) ?? chars.set(g.str, []).get(g.str)!).push(i));
  const byChar = new Map<string, Sorted>();
  for (const [ch, list] of chars) byChar.set(ch, sortedBy(list, (i) => glyphs[i]!.x));
  return { glyphs, byChar, byMiddle: sortedBy(glyphs.map((_, i) => i), (i) => glyphs[i]!.x + glyphs[i]!.advance / 2) };
}

/** Indexes (drawing order, ascending) of the entries whose key lies in [lo, hi]. */
function inRange(s: Sorted | undefined, lo: number, hi: number): number[] {
  if (!s) return [];
  const out: number[] = [];
  for (let k = lowerBound(s.keys, lo); k < s.keys.length && s.keys[k]! <= hi; k++) out.push(s.at[k]!);
  return out.sort((a, b) => a - b);
}

/** Indexes (drawing order) of the glyphs of character `ch` whose `x` lies in [x0, x1]. */
export const charAt = (index: GlyphIndex, ch: string, x0: number, x1: number): number[] => inRange(index.byChar.get(ch), x0, x1);

/** Indexes (drawing order) of the glyphs whose middle lies in [x0, x1]. */
export const middlesIn = (index: GlyphIndex, x0: number, x1: number): number[] => inRange(index.byMiddle, x0, x1);
