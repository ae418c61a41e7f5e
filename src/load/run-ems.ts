/**
 * @file The em of a converter's positioned runs, when the converter's own font size is not the text's:
 * pdftohtml writes each font's size rounded to whole pixels (a 10.5 pt CJK face, 15.75 px, is
 * `size="16"`), and for some faces a size far from the text's (Chromium's Type 3 digit face of a
 * 10.5 pt table: `size="18"`, 12 pt). A run's em sets how wide a gap parts two cells, how far a
 * wrapped label's pieces may stand from their column, and how tall its line is; the counts of a
 * table 三 set 14 % too large merged neighbour cells ('2件0件') and the header band over them, so the
 * whole table went unread (breaker44 h2 r11-a4 pdftohtml -xml: 48 of 193 right, 193 before html43
 * placed runs by their fonts' sizes). A PDF's text items carry the size the text was set in; these
 * are the nearest the converter's file says of it.
 */
import { WIDE_CHAR } from './text-advance.js';
import type { PdfItem } from '../pdf/pdf-lines.js';

/** Fewest ideographs a font's runs must print for their width per character to stand for its em (a lone character's width is rounded to a pixel). */
const MIN_WIDE_CHARS = 4;

const isWideRun = (s: string): boolean => s.length > 0 && [...s].every((c) => WIDE_CHAR.test(c));

/**
 * A font's runs → its em measured by its runs of ideographs alone (no space: its width over its
 * characters, one em each), or null when they print fewer than MIN_WIDE_CHARS.
 */
export function measuredEm(runs: readonly { run: string; width: number }[]): number | null {
  let [width, chars] = [0, 0];
  for (const r of runs) {
    if (!isWideRun(r.run) || !(r.width > 0)) continue;
    width += r.width;
    chars += [...r.run].length;
  }
  return chars >= MIN_WIDE_CHARS ? width / chars : null;
}

const middle = (it: PdfItem): number => it.top + it.height / 2;

/**
 * A page's items → each item printing no ideograph (digits, Latin) set in the em of the item of
 * ideographs whose box holds its middle (the nearest such): its row's label or unit, whose em its
 * run's width measures. It keeps its own middle: moved onto the label's, a row's counts stood nearer
 * one piece of a number its narrow cell wrapped about the row ('21' over '3', no box holding either)
 * than the other, and 213 read as 3 (breaker45 g61-xml-odt r03, 0.55). A face of digits alone has no width per character that says its
 * em (a digit is about half an em, by face), and its box, by the face's ascent and descent, stands
 * off the row's middle. So pdftotext's word boxes are read (word-boxes.ts `itemOf`); an item no such
 * box holds keeps its own. Sorted by top once; each item looks only at the boxes that can hold it.
 */
export function narrowOnWide(items: readonly PdfItem[]): PdfItem[] {
  const wide = items.filter((it) => isWideRun(it.str.replace(/\s/g, ''))).sort((a, b) => a.top - b.top);
  if (wide.length === 0) return [...items];
  let tallest = 0;
  for (const w of wide) tallest = Math.max(tallest, w.height);
  return items.map((it) => {
    if ([...it.str].some((c) => WIDE_CHAR.test(c))) return it;
    const mid = middle(it);
    // The last box starting at or above the middle; boxes further up than the tallest cannot hold it.
    let [lo, hi] = [0, wide.length];
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (wide[m]!.top <= mid) lo = m + 1;
      else hi = m;
    }
    let best: PdfItem | null = null;
    for (let k = lo - 1; k >= 0 && wide[k]!.top >= mid - tallest; k--) {
      const w = wide[k]!;
      if (mid > w.top + w.height) continue;
      if (!best || Math.abs(middle(w) - mid) < Math.abs(middle(best) - mid)) best = w;
    }
    return best ? { ...it, top: mid - best.size / 2, height: best.size, size: best.size } : it;
  });
}
