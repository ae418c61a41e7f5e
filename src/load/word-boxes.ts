/**
 * @file Text saved as word boxes: `pdftotext -tsv` and Tesseract's TSV (a header line `level
 * page_num … left top width height conf text`, then one row per page, block, line and word, each
 * word with its box). Read as a line of text per row, the tables come apart (a word per line, the
 * page's furniture in reading order). Read as what it is: positioned words on pages, laid out by the
 * PDF path's stages (rows by position, cells by gaps, columns under their headers), as a PDF's text
 * items are. `positionedItemLines` lays out any such pages (positioned-html.ts too).
 */
import type { Line } from '../model/document.js';
import { carryHeaderBand } from '../pdf/header-band.js';
import { laidOutLines, lineOf } from '../pdf/laid-lines.js';
import { layoutPage, type PageLine, type PageView } from '../pdf/page-layout.js';
import type { PdfItem } from '../pdf/pdf-lines.js';
import { maxOf } from '../_internal/extremes.js';
import { WIDE_CHAR } from './text-advance.js';

/** The columns a word-box TSV must name in its header line. */
const COLUMNS = ['level', 'page_num', 'left', 'top', 'width', 'height', 'text'] as const;
/** `level` of a word row (pdftotext and Tesseract alike); page rows are level 1. */
const WORD_LEVEL = 5;
const PAGE_LEVEL = 1;
/** A word's box height over its font size when no ideograph measures it (pdftotext: ascent + descent ≈ 1.26 em). */
const BOX_PER_EM = 1.26;
/** A word of characters one em wide (ideographs, Kangxi radicals, CJK and full-width punctuation: text-advance.ts). */
const isWide = (w: Word): boolean => w.height > 0 && [...w.str].every((c) => WIDE_CHAR.test(c));

/** A word and its box (pt or px, top-left origin) on its page. */
export interface Word {
  page: number;
  str: string;
  x: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A word as a text item one em tall about the middle of its line (as annotation-text.ts places its
 * runs). A word of wide characters measures its em (its width over its length); its box does not
 * (pdftotext boxes a word by its font's ascent and descent: an ideograph font's box is 2.6 em tall
 * where a Latin one's is 1.1). Another word (digits) takes the em and middle of the wide word on
 * the page whose box holds its middle (the label of its row), else its own box.
 */
function itemOf(w: Word, wideWords: readonly Word[]): PdfItem {
  const mid = (v: Word): number => v.top + v.height / 2;
  let size = w.height / BOX_PER_EM;
  let middle = mid(w);
  if (isWide(w)) size = w.width / [...w.str].length;
  else {
    let best: Word | null = null;
    for (const v of wideWords) {
      if (mid(w) < v.top || mid(w) > v.top + v.height) continue;
      if (!best || Math.abs(mid(v) - mid(w)) < Math.abs(mid(best) - mid(w))) best = v;
    }
    if (best) [size, middle] = [best.width / [...best.str].length, mid(best)];
  }
  return { str: w.str, x: w.x, top: middle - size / 2, width: w.width, height: size, size };
}

/** A page of positioned words and its height (pt, or px for Tesseract; 0 when not given). */
export interface ItemPage {
  items: PdfItem[];
  height: number;
  /** The page's width when the converter gives it (its visible box across: a line running to its edge may be cut there). */
  width?: number;
}

/**
 * The pages of a word-box TSV (see the file comment), or null when the text is not one: its first
 * line does not name the columns, or no row is a word.
 */
export function tsvWordPages(text: string): ItemPage[] | null {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = rows[0]!.split('\t').map((h) => h.trim());
  const at = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  if (Object.values(at).some((i) => i < 0)) return null;
  const pages = new Map<number, ItemPage>();
  const words: Word[] = [];
  for (const row of rows.slice(1)) {
    const f = row.split('\t');
    const level = Number(f[at.level]);
    const page = Number(f[at.page_num]);
    const [x, top, width, height] = [f[at.left], f[at.top], f[at.width], f[at.height]].map(Number) as [number, number, number, number];
    if (![page, x, top, width, height].every(Number.isFinite)) continue;
    if (level === PAGE_LEVEL) pages.set(page, { items: [], height: top + height });
    const str = (f[at.text] ?? '').trim();
    if (level === WORD_LEVEL && str && !/^###\w+###$/.test(str)) words.push({ page, str, x, top, width, height });
  }
  return words.length === 0 ? null : boxedWordPages(words, pages);
}

/**
 * pdftotext's word boxes (its `-tsv`, `-bbox`, `-bbox-layout`: a box by the font's ascent and
 * descent) → pages of text items (itemOf); `pages`: the pages known with their heights, added to.
 */
export function boxedWordPages(words: readonly Word[], pages: Map<number, ItemPage> = new Map()): ItemPage[] {
  const wideOn = new Map<number, Word[]>();
  for (const w of words) if (isWide(w)) (wideOn.get(w.page) ?? wideOn.set(w.page, []).get(w.page)!).push(w);
  for (const w of words) {
    const page = pages.get(w.page) ?? pages.set(w.page, { items: [], height: 0 }).get(w.page)!;
    page.items.push(itemOf(w, wideOn.get(w.page) ?? []));
  }
  return [...pages.entries()].sort(([a], [b]) => a - b).map(([, p]) => p).filter((p) => p.items.length > 0);
}

/** × font size: how far a word may start before the previous one's end and still follow it on its line. */
const FOLLOW_OVERLAP = 0.1;

/**
 * Words in the converter's order (its lines, left to right): a number word right after a number word
 * on its line is a number apart — the converter broke the words there at a space or a gap (pdftotext:
 * a tenth of an em) — marked as a space the producer drew (`spaceBefore`, pdf/drawn-spaces.ts), so
 * the layout keeps them in two cells however narrow the gap: a right-aligned '7' in a narrow column
 * 1.7 pt before the next column's '362' is 7 and 362, not 7362. (A PDF's text objects say the same
 * in the PDF path; word boxes keep only the break.)
 */
export function markApartNumbers(items: readonly PdfItem[]): PdfItem[] {
  return items.map((b, i) => {
    const a = items[i - 1];
    if (!a || !/\d$/.test(a.str) || !/^\d/.test(b.str)) return b;
    const sameLine = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top) > 0.5 * Math.min(a.height, b.height);
    return sameLine && b.x >= a.x + a.width - FOLLOW_OVERLAP * b.size ? { ...b, spaceBefore: true } : b;
  });
}

/**
 * Pages of positioned text items → the document's lines, through the PDF path's stages: each page laid
 * out (rows by position, cells by gaps, columns under their headers; a borderless table's header band a
 * page break cut from its rows carried over them, pdf/header-band.ts), then the stages after layout
 * (pdf/laid-lines.ts) — the lines keep what the layout learned of them, as a PDF's do.
 */
export function positionedItemLines(pages: readonly ItemPage[]): Line[] {
  const laid: PageLine[][] = [];
  // A page whose height no converter gave (0) ends where its lowest item does.
  const heights = pages.map((p) => p.height || maxOf(p.items.map((it) => it.top + it.height)));
  const viewOf = (i: number): PageView | undefined => (pages[i]!.width && heights[i] ? { width: pages[i]!.width!, height: heights[i]! } : undefined);
  // Each page's items as laid out (a header band carried off the page's foot onto the next) and its first table's number.
  const laidItems: PdfItem[][] = [];
  const firstTables: number[] = [];
  let tables = 0;
  pages.forEach((page, i) => {
    let items = page.items;
    const carried = i > 0 ? carryHeaderBand(laidItems[i - 1]!, items, [heights[i - 1]!, heights[i]!]) : null;
    if (carried) {
      laidItems[i - 1] = carried.kept;
      laid[i - 1] = layoutPage(carried.kept, [], i, firstTables[i - 1]!, viewOf(i - 1)).lines;
      items = [...carried.carried, ...carried.under];
    }
    laidItems.push(items);
    firstTables.push(tables);
    const out = layoutPage(items, [], i + 1, tables, viewOf(i));
    tables += out.grids.length;
    laid.push(out.lines);
  });
  return laidOutLines(laid, heights).lines.map((l) => lineOf(l));
}
