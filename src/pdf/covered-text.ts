/**
 * @file Text painted over by an image: an office pastes a picture of the corrected number over
 * the printed one (a white patch with the new digits); the page shows the picture, pdf.js's text
 * content still gives the old number. The text walk (`text-walk.ts`) marks each glyph that an
 * image without a mask (pdf.js sets a soft mask before an image with /SMask or /Mask: a seal PNG
 * with transparency keeps the text under it) paints over later. Whether the picture's pixels are
 * opaque where the glyph is is not looked at (that costs decoding the image: an image without a
 * mask is opaque, unless an ExtGState's constant alpha or blend mode lets the text through — not
 * followed): a number run whose glyphs are all covered is left out (its cell not read; read as an
 * unreadable '\ufffd' instead, the identity solver searched 5× longer over the unknown cells). Only a page that paints such an image after some text is walked for it.
 */
import type { PdfItem } from './pdf-lines.js';
import type { PlacedGlyph } from './text-walk.js';
import { glyphsIn, type PaintCodes } from './white-text.js';

/** True when the drawing paints an image without a mask after showing text: only then are glyphs placed to find covered text. */
export function paintsImageOverText(list: { fnArray: number[]; argsArray: unknown[] }, shows: ReadonlySet<number>, codes: PaintCodes): boolean {
  const images = codes.opaqueImages ?? [];
  let shown = false;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    if (shows.has(fn)) shown = true;
    else if (shown && images.includes(fn)) return true;
  }
  return false;
}

/** The items without the number runs painted over by an image, and those runs' texts. */
export function dropCoveredText(items: readonly PdfItem[], glyphs: readonly PlacedGlyph[]): { items: PdfItem[]; covered: string[] } {
  if (!glyphs.some((g) => g.covered)) return { items: [...items], covered: [] };
  const covered: string[] = [];
  const out = items.map((it) => {
    if (!/\d/.test(it.str)) return it;
    const mine = glyphsIn(it, glyphs);
    if (mine.length === 0 || !mine.every((g) => g.covered === true)) return it;
    covered.push(it.str.trim());
    return null;
  });
  return { items: out.filter((it): it is PdfItem => it !== null), covered };
}
