/**
 * @file Text set too small to be read: a 1px digit (`<span style="font-size:1px">6</span>7410` printed
 * by a browser) lies in the text layer beside the printed number and was read with it (74106), a
 * wrong value no identity catches in table 二. Runs far smaller than the page's text and below
 * TINY_TEXT_PT are not text a reader sees, and are dropped.
 *
 * White text on the white page is dropped by `white-text.ts` (the fill colour is followed in the operator list).
 */
import type { PdfItem } from './pdf-lines.js';

/** pt. Text smaller than this is not legible (1px = 0.75 pt; report text is 9-16 pt, footnotes 7). */
export const TINY_TEXT_PT = 2;
/** A tiny run is dropped only when the page's median text is at least this many times larger (a page scaled down as a whole is kept). */
const TINY_SHARE = 0.25;

/** The items without the tiny runs, and the texts dropped. */
export function dropTinyText(items: readonly PdfItem[]): { items: PdfItem[]; dropped: string[] } {
  const sizes = items.filter((it) => it.str.trim()).map((it) => it.size).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const tiny = (it: PdfItem): boolean => it.str.trim() !== '' && it.size < TINY_TEXT_PT && it.size < TINY_SHARE * median;
  if (!items.some(tiny)) return { items: [...items], dropped: [] };
  return { items: items.filter((it) => !tiny(it)), dropped: items.filter(tiny).map((it) => it.str.trim()) };
}
