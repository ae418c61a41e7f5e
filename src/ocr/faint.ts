/**
 * @file A page printed faint all over (worn toner, a light photocopy: black printed as grey
 * 90–140) given the contrast of a normal scan before anything is read from it. The cell reader's
 * ink levels (`INK`, the faint-cell level of `cell-ink.ts`) are set for black print: on a faint
 * 100 dpi page the 6.5 pt digits of a table are grey 150–205 on 251 paper, lighter than both, and
 * whole tables of them were taken for blank cells (huaian-2024 faint, 163 of 193 cells unread).
 */
import type { Grey } from './image.js';

/**
 * Grey level of the page's darkest `DARK_SHARE` of pixels above which the page is faint. A
 * normal scan's darkest print (headings, rulings, body text) is black, 0–40 even at 100 dpi
 * interpolated to 300; faint toner leaves it at 90–140.
 */
export const FAINT_PAGE_DARK = 80;
/** Share of the page's pixels taken as its darkest print (headings and body text cover more). */
const DARK_SHARE = 0.001;
/** Share of the page's pixels at or below the paper level (most of a page is paper). */
const PAPER_SHARE = 0.5;

/** The grey level at which `share` of the pixels are this dark or darker. */
function quantile(hist: Uint32Array, total: number, share: number): number {
  let n = 0;
  for (let v = 0; v < 256; v++) if ((n += hist[v]!) >= share * total) return v;
  return 255;
}

/**
 * The page with its grey levels stretched between its darkest print (→ black) and its paper
 * (kept) when it is printed faint (`FAINT_PAGE_DARK`); any other page as it is. Linear, so the
 * order of grey levels (and what is lighter than the paper) is kept.
 */
export function evenFaint(img: Grey): { img: Grey; faint: boolean } {
  const hist = new Uint32Array(256);
  for (const v of img.data) hist[v]!++;
  const dark = quantile(hist, img.data.length, DARK_SHARE);
  const paper = quantile(hist, img.data.length, PAPER_SHARE);
  if (dark <= FAINT_PAGE_DARK || paper - dark < 1) return { img, faint: false };
  const k = paper / (paper - dark);
  const map = new Uint8Array(256).map((_, v) => (v >= paper ? v : Math.max(0, Math.round(paper - (paper - v) * k))));
  return { img: { ...img, data: img.data.map((v) => map[v]!) }, faint: true };
}
