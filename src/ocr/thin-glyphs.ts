/**
 * @file Page-pass words whose box is only a thin stroke: the recogniser boxes a flat Han glyph
 * ('一', '二', '十') by its darkest stroke on a noisy 100 dpi scan (a '十' 1.4 pt high in a line of 9 pt
 * glyphs). As a text item it is "set too small to read" and dropped (`pdf/tiny-text.ts`): the
 * heading '第二十条第（六）项' of a scanned table 二 became '第二条第〈六)项', matched no heading, and was
 * joined to the row above it as a wrapped label (its three values then read as one, '356' split into
 * 3, 5, 6). Such a word standing in a line of Han words is given that line's height. Pure.
 */
import type { PdfItem } from '../pdf/pdf-lines.js';
import { median } from '../_internal/extremes.js';
import { HAN } from './engine.js';

/** × the page's median Han word height: a Han word lower than this is a stroke's box. */
const THIN = 0.5;
/** × the median height: how far along the line a neighbour may stand (glyphs of a line are closer). */
const NEAR = 1.5;

/** The items, thin Han words in a line of Han words given that line's top and height. */
export function liftThinGlyphs(items: readonly PdfItem[]): PdfItem[] {
  const han = items.filter((it) => HAN.test(it.str));
  if (han.length < 5) return [...items];
  const h = median(han.map((it) => it.height));
  const normal = han.filter((it) => it.height >= THIN * h);
  return items.map((it) => {
    if (!HAN.test(it.str) || it.height >= THIN * h) return it;
    const cy = it.top + it.height / 2;
    const gap = (o: PdfItem): number => Math.max(o.x - (it.x + it.width), it.x - (o.x + o.width), 0);
    const line = normal.filter((o) => o.top <= cy && o.top + o.height >= cy && gap(o) <= NEAR * h).sort((a, b) => gap(a) - gap(b))[0];
    return line ? { ...it, top: line.top, height: line.height, size: line.size } : it;
  });
}
