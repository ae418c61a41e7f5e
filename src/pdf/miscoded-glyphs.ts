/**
 * @file Glyphs whose character map is wrong. Ghostscript 10.0's pdfwrite re-writes the ToUnicode
 * maps of Chromium's Type 3 CJK subsets wrongly for every code of a multi-code range
 * (`<D7> <D8> <5176>` becomes `<D7> → 0077`): 其 reads 'w', （ 'ÿ', ） 'Ā', 下 'Q', and 、 '1' — a
 * digit inside a label, read as a value. pdftotext reads the same. The true characters are not in
 * the file, but the glyphs still say what they are not: a glyph one em wide (an ideograph or CJK
 * punctuation) mapped to a half-width ASCII or Latin character. On a page where such glyphs sit
 * next to ideographs and real Latin text is drawn half-width, each is replaced by U+FFFD: never a
 * digit, a letter a label could match, or a value (label matching treats it as any one character).
 */
import { UNKNOWN_CHAR } from '../_internal/unknown-char-distance.js';
import type { PdfItem } from './pdf-lines.js';
import type { PlacedGlyph } from './text-walk.js';

/** The character that stands for a glyph whose character is unknown (label matching: _internal/unknown-char-distance.ts). */
export { UNKNOWN_CHAR };
/** em. Advance of a full-width glyph (ideographs, CJK punctuation: 1 em exactly). */
const FULL_WIDTH = { min: 0.98, max: 1.02 } as const;
/** em. Real ASCII and Latin glyphs are narrower than this (Helvetica's widest, 'W', is 0.94; '@' 1.02 is excluded by name). */
const HALF_WIDTH_MAX = 0.7;
/** Half-width characters a full-width glyph is never mapped to when its map is right. */
const HALF_WIDTH_CHAR = /^[\u0021-\u024f]$/;
/** Wide Latin glyphs that exist in real fonts (W, M, @, ligature letters): not taken as evidence. */
const WIDE_LATIN = /^[WM@ÆŒæœ%]$/;
/** Miscoded letters (not digits) next to an ideograph a page needs before its wide Latin glyphs are replaced. */
const MIN_EVIDENCE = 2;
/** Half-width Latin or digit glyphs a page needs: it shows real Latin text narrow, so a wide one is miscoded. */
const MIN_NARROW_LATIN = 3;

const isHan = (s: string | undefined): boolean => s !== undefined && /^[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]$/u.test(s);
const wideLatin = (g: PlacedGlyph): boolean => g.em >= FULL_WIDTH.min && g.em <= FULL_WIDTH.max && HALF_WIDTH_CHAR.test(g.str) && !WIDE_LATIN.test(g.str);

/** Cheap test on a raw pdf.js glyph: does it show a half-width character one em wide? */
export const mayBeMiscoded = (g: { unicode?: string; width?: number }): boolean => !!g.unicode && (g.width ?? 0) >= FULL_WIDTH.min * 1000 && HALF_WIDTH_CHAR.test(g.unicode);

/** The glyphs of a page whose characters are wrong (none unless the page shows the evidence above). */
export function miscodedGlyphs(glyphs: readonly PlacedGlyph[]): PlacedGlyph[] {
  const wide = glyphs.filter(wideLatin);
  if (wide.length === 0) return [];
  const evidence = glyphs.filter((g, i) => wideLatin(g) && !/\d/.test(g.str) && (isHan(glyphs[i - 1]?.str) || isHan(glyphs[i + 1]?.str))).length;
  const narrow = glyphs.filter((g) => g.em > 0 && g.em <= HALF_WIDTH_MAX && HALF_WIDTH_CHAR.test(g.str)).length;
  return evidence >= MIN_EVIDENCE && narrow >= MIN_NARROW_LATIN ? wide : [];
}

/** × font size. How far a glyph's baseline may lie from its item's. */
const BASELINE_SLACK = 0.5;

/** × advance. A glyph repeating the previous one's character this close is an overprint (fake bold, a text shadow). */
const OVERPRINT_SHIFT = 0.3;

/** The glyphs drawn on an item's baseline with their centre inside it, left to right, overprints once. */
function glyphsOf(it: PdfItem, glyphs: readonly PlacedGlyph[]): PlacedGlyph[] {
  const base = it.top + it.height;
  return glyphs
    .filter((g) => Math.abs(g.y - base) <= BASELINE_SLACK * it.size && g.x + g.advance / 2 >= it.x && g.x + g.advance / 2 <= it.x + it.width && g.str.trim() !== '')
    .sort((a, b) => a.x - b.x)
    .filter((g, i, all) => i === 0 || g.str !== all[i - 1]!.str || g.x - all[i - 1]!.x > OVERPRINT_SHIFT * g.advance);
}

/**
 * Replaces the characters of miscoded glyphs in the items with {@link UNKNOWN_CHAR}, or with the
 * digit their code says (`digits`, `garbled-digits.ts`).
 * An item's characters are matched to the glyphs on its baseline in order; an item whose characters
 * do not match its glyphs one to one keeps its text.
 */
export function markMiscoded(items: readonly PdfItem[], glyphs: readonly PlacedGlyph[], bad: readonly PlacedGlyph[], digits: ReadonlyMap<PlacedGlyph, string> = new Map()): PdfItem[] {
  if (bad.length === 0) return [...items];
  const badSet = new Set(bad);
  return items.map((it) => {
    if (!bad.some((g) => glyphsOf(it, [g]).length > 0)) return it;
    const mine = glyphsOf(it, glyphs);
    const chars = [...it.str];
    const at = chars.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
    if (at.length !== mine.length || mine.some((g) => badSet.has(g) && g.str !== chars[at[mine.indexOf(g)]!])) return it;
    mine.forEach((g, k) => {
      if (badSet.has(g)) chars[at[k]!] = digits.get(g) ?? UNKNOWN_CHAR;
    });
    return { ...it, str: chars.join('') };
  });
}
