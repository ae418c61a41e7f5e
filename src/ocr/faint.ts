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
/**
 * Share of the page's width and height left out at each side when its darkest print is measured:
 * a photocopy's dark page edges (the lid's shadow, 1–3.5% of the page, blurred) are black on a
 * page whose print is faint (a faint photocopy read as a normal page: darkest 0–8 over the whole
 * page, 110–134 inside this margin; normal pages ≤ 44 inside it).
 */
const EDGE_SHARE = 0.08;
/** Share of the page's pixels at or below the paper level (most of a page is paper). */
const PAPER_SHARE = 0.5;
/**
 * Grey level of the paper below which the page's paper is lifted to white. A scan made with
 * low contrast (`+level 20%,80%`: paper ~202, black ~51; a grey-paper copy) keeps its print's depth,
 * but the erased rulings and blanked numbers (white, 255) are lighter than its paper, and the
 * Chinese page pass's global threshold then fell between paper and white: it read no word on a
 * page whose cells all read (breakit52 scan-contrast60: every label lost, table 三 placed by
 * position one row off, 88 values wrong). The white paper of a JPEG scan measured 250–252 (the
 * median of 17 pages: breakit52's scans, `scans/`); `make-scans.mjs --look contrast` 232–234.
 */
export const GREY_PAPER = 240;

/** The grey level at which `share` of the pixels are this dark or darker. */
function quantile(hist: Uint32Array, total: number, share: number): number {
  let n = 0;
  for (let v = 0; v < 256; v++) if ((n += hist[v]!) >= share * total) return v;
  return 255;
}

/**
 * The page with its grey levels stretched between its darkest print (→ black) and its paper
 * (kept) when it is printed faint (`FAINT_PAGE_DARK`, measured inside `EDGE_SHARE`), and its paper
 * lifted to white when it is grey (`GREY_PAPER`); any other page as it is. Linear, so the order of
 * grey levels below the paper is kept; the dark edges of a photocopy come out black.
 */
export function evenFaint(img: Grey): { img: Grey; faint: boolean; lifted: boolean } {
  const hist = new Uint32Array(256);
  const [mx, my] = [Math.round(img.width * EDGE_SHARE), Math.round(img.height * EDGE_SHARE)];
  for (let y = my; y < img.height - my; y++) for (let x = mx; x < img.width - mx; x++) hist[img.data[y * img.width + x]!]!++;
  const total = (img.width - 2 * mx) * (img.height - 2 * my);
  if (total <= 0) return { img, faint: false, lifted: false };
  const dark = quantile(hist, total, DARK_SHARE);
  const paper = quantile(hist, total, PAPER_SHARE);
  const faint = dark > FAINT_PAGE_DARK && paper - dark >= 1;
  const lifted = paper < GREY_PAPER && paper > 0;
  if (!faint && !lifted) return { img, faint: false, lifted: false };
  // [lo, paper] → [0, top]; above the paper: white when lifted, else as it was.
  const lo = faint ? dark : 0;
  const top = lifted ? 255 : paper;
  const k = top / (paper - lo);
  const map = new Uint8Array(256).map((_, v) => (v >= paper ? (lifted ? 255 : v) : Math.max(0, Math.round(top - (paper - v) * k))));
  return { img: { ...img, data: img.data.map((v) => map[v]!) }, faint, lifted };
}
