/**
 * @file Text drawn wholly outside the clip in force: the page does not show it, pdf.js's text
 * content gives it as plainly as the shown text (a decoy digit drawn under a 1×1 pt clip beside a
 * cell's number, read into it). The text walk (`text-walk.ts`) follows the clip's box through
 * `q`/`Q` (`graphics-state.ts`) and gives each string shown wholly outside it with its box; a run
 * with the same text lying in such a box is left out. A run only near one, or with other text
 * (a shown run at the same place), is kept.
 */
import type { PdfItem } from './pdf-lines.js';
import type { ClippedText } from './text-walk.js';

/** Share of a run's box that must lie in a clipped string's box. */
const INSIDE = 0.6;

/** Share of `it`'s box inside `b`. */
function inside(it: PdfItem, b: ClippedText): number {
  const w = Math.min(it.x + it.width, b.x1) - Math.max(it.x, b.x0);
  const h = Math.min(it.top + it.height, b.y1) - Math.max(it.top, b.y0);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.max(it.width * it.height, 1e-6);
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** The runs without those drawn outside the clip, and the texts dropped. */
export function dropClippedText(items: readonly PdfItem[], clipped: readonly ClippedText[]): { items: PdfItem[]; dropped: string[] } {
  if (clipped.length === 0) return { items: [...items], dropped: [] };
  const hidden = (it: PdfItem): boolean => it.str.trim() !== '' && clipped.some((b) => squeeze(b.str) === squeeze(it.str) && inside(it, b) >= INSIDE);
  return { items: items.filter((it) => !hidden(it)), dropped: items.filter(hidden).map((it) => it.str.trim()) };
}
