/**
 * @file Text filled in a light colour (grey 0.7 or paler, not white) among dark text: a watermark's
 * ink ('公开 2024 第1页' in light grey, set at the table's own size across its cells, read into
 * them: 1503 came out 241503 at 0.95; '2024' alone in a cell read as its value). No report prints
 * its figures that pale; a run whose first glyph is light is no cell's content when it holds a
 * digit, lies over another run or crosses a table ruling — it is dropped with the light runs
 * continuing it on its line ('页' split from '公开 2024 第1') (named in
 * `overlapping_text`) — unless it is a number touching a dark number on its baseline (a paler
 * digit of the shown number: `white-text.ts` reads it with the number; not trusted when it is pale
 * enough to be missed, within 40/255 of white). Not on a page where light text is a large share of the text (colours
 * misread, or a page printed pale throughout). Glyph colours come from the text walk (`text-walk.ts`).
 */
import { crossesRuling, withContinuations } from './overlapping-text.js';
import { glyphAtStart, shared } from './invisible-text.js';
import { glyphsIn } from './white-text.js';
import type { PdfItem } from './pdf-lines.js';
import type { Rulings } from './rulings.js';
import type { PlacedGlyph } from './text-walk.js';

/** Share of a page's runs above which light ones are not dropped (the page's colours, not a watermark). */
const MAX_LIGHT_SHARE = 0.2;

/** × font size. A light number this close to a dark one on its baseline is part of it. */
const TOUCH = 0.3;
/** A number only. */
const NUMBER = /^[\d,.]+$/;

/**
 * A light number touching a dark number on its baseline, not over it: a digit printed paler in
 * the shown number ('1' in grey before a black '79' reads 179 to the eye), not a watermark.
 */
function partOfNumber(it: PdfItem, dark: readonly PdfItem[]): boolean {
  if (!NUMBER.test(it.str.trim())) return false;
  const base = it.top + it.height;
  return dark.some((d) => NUMBER.test(d.str.trim()) && Math.abs(d.top + d.height - base) < 0.2 * it.size && shared(it, d) === 0 && Math.min(Math.abs(d.x - it.x - it.width), Math.abs(it.x - d.x - d.width)) < TOUCH * it.size);
}

/** The items without light runs that hold a digit, lie over another run or cross a ruling, and the texts dropped. */
export function dropLightText(items: readonly PdfItem[], glyphs: readonly PlacedGlyph[], rulings: Rulings | null): { items: PdfItem[]; dropped: string[] } {
  if (!glyphs.some((g) => g.light)) return { items: [...items], dropped: [] };
  const texts = items.filter((it) => it.str.trim() !== '');
  const light = new Set(texts.filter((it) => glyphAtStart(it, glyphs)?.light === true));
  if (light.size === 0 || light.size > MAX_LIGHT_SHARE * texts.length) return { items: [...items], dropped: [] };
  const dark = texts.filter((it) => !light.has(it));
  const seeds = new Set([...light].filter((it) => !partOfNumber(it, dark) && (/\d/.test(it.str) || dark.some((d) => shared(it, d) > 0) || (rulings !== null && crossesRuling(it, rulings)))));
  const out = withContinuations(texts, seeds, (it) => light.has(it));
  // A light digit kept with the number it touches, drawn pale enough to be missed (`pale`: within 40/255 of
  // white, text-walk), is not trusted: '4' at grey 0.95 after '19589' is not 195894 to the eye.
  // Or a pale digit drawn inside a dark run, on its baseline at its size (one text object changing its fill).
  const base = (it: PdfItem): number => it.top + it.height;
  const inRun = (it: PdfItem): boolean => glyphsIn(it, glyphs).some((g) => g.pale === true && /\d/.test(g.str) && Math.abs((g.size ?? 0) - it.size) < 0.2 * it.size && Math.abs(g.y - base(it)) < 0.2 * it.size);
  const pale = (it: PdfItem): boolean => /\d/.test(it.str) && (light.has(it) ? glyphAtStart(it, glyphs)?.pale === true : inRun(it));
  return { items: items.filter((it) => !out.has(it)).map((it) => (pale(it) && !it.conflict ? { ...it, conflict: true } : it)), dropped: [...out].map((it) => it.str.trim()) };
}
