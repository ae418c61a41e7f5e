/**
 * @file A PDF's text saved as markup that keeps every word's or glyph's box: `pdftotext -bbox` and
 * `-bbox-layout` (XHTML: `<page width height>` holding `<word xMin yMin xMax yMax>`), MuPDF's
 * structured text (`mutool convert -F stext`, `mutool draw -F stext`: `<page>` … `<line>` …
 * `<font size>` … `<char quad|bbox x y c>`). Read as a web page, or as lines of text, such a file is
 * a word per element in the converter's block order: a table's rows come apart, column after column.
 * Read as what it is: positioned text items on pages, laid out by the PDF path's stages (rows by
 * position, cells by gaps, columns under their headers) as a PDF's text layer is — no rulings, so the
 * borderless-table stages apply (word-boxes.ts). `pdftohtml -xml` (pdf2xml: `<page height width>` holding
 * `<text top left width height>` runs, in pixels at poppler's zoom 1.5) alike: its `top=`/`left=` numbers,
 * read as text, were values (breakit60 pdftohtml-xml: licensing 915 at 0.88); each run is split at its
 * spaces into words, each word's box its share of the run's characters.
 */
import { decodeHTML } from '../_internal/html-entities.js';
import type { PdfItem } from '../pdf/pdf-lines.js';
import { maxOf, minOf, pushAll } from '../_internal/extremes.js';
import { monoAdvance, runItems, widthOf } from './text-advance.js';
import { measuredEm, narrowOnWide } from './run-ems.js';
import { boxedWordPages, type ItemPage, markApartNumbers, type Word } from './word-boxes.js';

/** The warning of a file of word boxes read by the boxes (the reading `extract` kept; the code of positioned HTML's). */
export const WORD_BOX_WARNING = {
  code: 'positioned_text',
  message: "the file is a PDF's words saved with their boxes (pdftotext -bbox, mutool stext): read by those boxes, as the PDF's text items",
} as const;

/** Fewest boxed words (or glyphs) for a file to read as word boxes, not as a page that happens to hold a few such elements. */
const MIN_BOXED = 20;
/** A glyph starting further than this × its font size after the previous one's end starts a new word (pdftotext's word break: a tenth of an em). */
const WORD_GAP = 0.1;

const WORD = /<word\s([^>]*)>([^<]*)<\/word>/g;
const PAGE_OR_WORD = /<page\s([^>]*)>|<word\s([^>]*)>([^<]*)<\/word>/g;
const PDF2XML_TEXT = /<text\s[^>]*\btop="/g;
const PDF2XML_TOKEN = /<page\s([^>]*)>|<text\s([^>]*)>([\s\S]*?)<\/text>/g;
const PDF2XML_FONT = /<fontspec\s([^>]*)>/g;
/** A pdf2xml run's box height over its font size (poppler's ascent + descent), when no fontspec gives the size. */
const PDF2XML_BOX_PER_EM = 1.36;
/** pdftohtml's pixels per point (its default zoom). */
const PDF2XML_ZOOM = 1.5;
const STEXT_TOKEN = /<page\s([^>]*)>|<line\s[^>]*>|<\/line>|<font\s([^>]*)>|<char\s([^>]*?)\/?>/g;

/** A numeric attribute of a tag's attribute text, NaN when absent. */
function attr(attrs: string, name: string): number {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*"(-?[\\d.]+(?:e-?\\d+)?)"`).exec(attrs);
  return m ? Number(m[1]) : NaN;
}

/** A string attribute of a tag's attribute text (entities decoded), null when absent. */
function textAttr(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attrs);
  return m ? decodeHTML(m[1]!) : null;
}

/** A `<page>`'s height (0 when not given) and width (when given), pt: its attributes over `zoom` px per pt. */
function pageBox(attrs: string, zoom = 1): { height: number; width?: number } {
  const [height, width] = [attr(attrs, 'height') / zoom, attr(attrs, 'width') / zoom];
  return { height: Number.isFinite(height) ? height : 0, ...(Number.isFinite(width) && width > 0 ? { width } : {}) };
}

/** True when the text holds at least `min` matches of `re` (stops counting there). */
function holds(text: string, re: RegExp, min: number): boolean {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) if (++n >= min) return true;
  return false;
}

/** `pdftotext -bbox`/`-bbox-layout`: its words, each on the page it follows, and the pages' heights. */
function bboxWordPages(text: string): ItemPage[] {
  const words: Word[] = [];
  const pages = new Map<number, ItemPage>();
  let page = 0;
  for (const m of text.matchAll(PAGE_OR_WORD)) {
    if (m[1] !== undefined) {
      page += 1;
      pages.set(page, { items: [], ...pageBox(m[1]) });
      continue;
    }
    const [x0, y0, x1, y1] = ['xMin', 'yMin', 'xMax', 'yMax'].map((a) => attr(m[2]!, a)) as [number, number, number, number];
    const str = decodeHTML(m[3]!).trim();
    if (!str || ![x0, y0, x1, y1].every(Number.isFinite) || x1 < x0 || y1 < y0) continue;
    words.push({ page: Math.max(page, 1), str, x: x0, top: y0, width: x1 - x0, height: y1 - y0 });
  }
  return boxedWordPages(words, pages).map((p) => ({ ...p, items: markApartNumbers(p.items) }));
}

/** `pdftohtml -xml`: its runs as text items (set in their fonts' ems, run-ems.ts: text-advance.ts `runItems`; a monospaced font's by its one advance, `monoAdvance`; digits in their row's em), on their pages. */
function pdf2xmlPages(text: string): ItemPage[] {
  // Font sizes by id (px): a run's em. (pdftohtml writes each fontspec once, on the page first using it.)
  const sizes = new Map<string, number>();
  for (const m of text.matchAll(PDF2XML_FONT)) sizes.set(textAttr(m[1]!, 'id') ?? '', attr(m[1]!, 'size'));
  const runs: (Pdf2xmlRun | { page: string })[] = [];
  const byFont = new Map<string, Pdf2xmlRun[]>();
  for (const m of text.matchAll(PDF2XML_TOKEN)) {
    if (m[1] !== undefined) {
      runs.push({ page: m[1] });
      continue;
    }
    const [x, top, width, height] = ['left', 'top', 'width', 'height'].map((a) => attr(m[2]!, a) / PDF2XML_ZOOM) as [number, number, number, number];
    const run = decodeHTML(m[3]!.replace(/<[^<>]*>/g, ''));
    if (!run.trim() || ![x, top, width, height].every(Number.isFinite) || width < 0 || height <= 0) continue;
    const r: Pdf2xmlRun = { run, font: textAttr(m[2]!, 'font') ?? '', x, top, width, height };
    runs.push(r);
    const same = byFont.get(r.font);
    if (same) same.push(r);
    else byFont.set(r.font, [r]);
  }
  turnSideways(runs, (font, r) => (sizes.get(font) ?? NaN) / PDF2XML_ZOOM || r.height / PDF2XML_BOX_PER_EM, byFont);
  const mono = new Map([...byFont].map(([font, rs]) => [font, monoAdvance(rs)]));
  // A font's em: its ideographs' width per character, else its fontspec size (run-ems.ts).
  const ems = new Map([...byFont].map(([font, rs]) => [font, measuredEm(rs) ?? (sizes.get(font) ?? NaN) / PDF2XML_ZOOM]));
  const pages: ItemPage[] = [];
  for (const r of runs) {
    if ('page' in r) {
      pages.push({ items: [], ...pageBox(r.page, PDF2XML_ZOOM) });
      continue;
    }
    const size = ems.get(r.font) ?? NaN;
    if (pages.length === 0) pages.push({ items: [], height: 0 });
    pushAll(pages[pages.length - 1]!.items, runItems(r.run, r.turned ? { ...r, width: null } : r, size > 0 ? size : r.height / PDF2XML_BOX_PER_EM, r.turned ? null : (mono.get(r.font) ?? null)));
  }
  return pages.filter((p) => p.items.length > 0).map((p) => ({ ...p, items: markApartNumbers(narrowOnWide(p.items)) }));
}

/** A pdf2xml `<text>` run (pt); `turned` when read off a sideways page (turnSideways: its width then its characters'). */
interface Pdf2xmlRun {
  run: string;
  font: string;
  x: number;
  top: number;
  width: number;
  height: number;
  turned?: true;
}

/** Share of a page's runs set sideways (pdftohtml's width 0, one column of glyphs each) for the page to be read turned. */
const SIDEWAYS_SHARE = 0.8;
/** Glyphs of one column closer than this × their em (after the previous one's advance) are one run. */
const SIDEWAYS_JOIN = 0.35;
/** A column's glyphs whose `left` differ by less than this (pt) are on one line. */
const SIDEWAYS_COLUMN = 1;

/**
 * Pages whose text runs sideways (a PDF turned by /Rotate, `qpdf --rotate=90`: pdftohtml -xml writes each glyph or digit pair
 * as a run of width 0, a line of text a column of them, top to bottom, the lines from right to left — or bottom to top, left
 * to right, for 270°) turned upright in place, as the PDF path reads a turned page (pdf/orientation): a column's glyphs joined
 * into runs where they follow each other, each run placed at its distance along the column (x) and its column's distance from
 * the page's top edge as turned (top), its width its characters' advances; the page's width and height swapped. Read unturned,
 * every glyph stood on a row of its own and the file gave E_NOT_A_REPORT. `em` gives a run's font size (pt). Updates `byFont`.
 */
function turnSideways(runs: (Pdf2xmlRun | { page: string })[], em: (font: string, r: Pdf2xmlRun) => number, byFont: Map<string, Pdf2xmlRun[]>): void {
  const out: (Pdf2xmlRun | { page: string })[] = [];
  let changed = false;
  let page: { page: string } | null = null;
  let own: Pdf2xmlRun[] = [];
  const flush = (): void => {
    const turned = turnedPage(own, page, em);
    if (turned) changed = true;
    if (page) out.push(turned?.page ?? page);
    pushAll(out, turned?.runs ?? own);
    own = [];
  };
  for (const r of runs) {
    if (!('page' in r)) {
      own.push(r);
      continue;
    }
    if (page || own.length > 0) flush();
    page = r;
  }
  flush();
  if (!changed) return;
  runs.length = 0;
  pushAll(runs, out);
  byFont.clear();
  for (const r of runs) {
    if ('page' in r) continue;
    const same = byFont.get(r.font);
    if (same) same.push(r);
    else byFont.set(r.font, [r]);
  }
}

/** One page's runs turned upright (see turnSideways) and its box swapped; null when its text runs upright. */
function turnedPage(own: readonly Pdf2xmlRun[], page: { page: string } | null, em: (font: string, r: Pdf2xmlRun) => number): { page: { page: string } | null; runs: Pdf2xmlRun[] } | null {
  const sideways = own.filter((r) => r.width === 0).length;
  if (own.length < MIN_BOXED || sideways < SIDEWAYS_SHARE * own.length) return null;
  // The direction: glyphs of a column in stream order going down (90°) or up (270°).
  let down = 0;
  for (let k = 1; k < own.length; k++) if (Math.abs(own[k]!.x - own[k - 1]!.x) < SIDEWAYS_COLUMN) down += own[k]!.top > own[k - 1]!.top ? 1 : -1;
  const box = page ? pageBox(page.page, PDF2XML_ZOOM) : { height: 0 };
  const width = box.width ?? maxOf(own.map((r) => r.x + r.height));
  const height = box.height || maxOf(own.map((r) => r.top + r.height));
  // Columns (lines), in reading order: right to left for 90°, left to right for 270°.
  const columns: Pdf2xmlRun[][] = [];
  for (const r of [...own].sort((a, b) => (down >= 0 ? b.x - a.x || a.top - b.top : a.x - b.x || b.top - a.top))) {
    const col = columns[columns.length - 1];
    if (col && Math.abs(col[0]!.x - r.x) < SIDEWAYS_COLUMN) col.push(r);
    else columns.push([r]);
  }
  const runs: Pdf2xmlRun[] = [];
  for (const col of columns) {
    let cur: Pdf2xmlRun | null = null;
    let end = 0;
    for (const r of col) {
      const size = em(r.font, r);
      // Along the turned line: from the page's top edge (90°), from its bottom edge (270°).
      const at = down >= 0 ? r.top : height - r.top - r.height;
      const advance = widthOf(r.run, size);
      if (cur && at - end < SIDEWAYS_JOIN * size && at >= cur.x) {
        cur.run += r.run;
        end = Math.max(end, at + advance);
        continue;
      }
      const across = down >= 0 ? width - r.x : r.x;
      cur = { run: r.run, font: r.font, x: at, top: across - size / 2, width: 0, height: size, turned: true };
      runs.push(cur);
      end = at + advance;
    }
  }
  return { page: page ? { page: `height="${width * PDF2XML_ZOOM}" width="${height * PDF2XML_ZOOM}"` } : null, runs };
}

/** A glyph of structured text: its box (pt, top-left origin) and font size. */
interface Glyph {
  c: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
}

/** A glyph's box: `quad` (ul ur ll lr corners, mutool ≥ 1.20) or `bbox` (x0 y0 x1 y1, older); the baseline its `y`, else the box's bottom. */
function glyphOf(attrs: string, size: number): Glyph | null {
  const c = textAttr(attrs, 'c');
  const box = (textAttr(attrs, 'quad') ?? textAttr(attrs, 'bbox'))?.trim().split(/\s+/).map(Number);
  if (c === null || !box || box.length < 4 || !box.every(Number.isFinite)) return null;
  const xs = box.filter((_, i) => i % 2 === 0);
  const ys = box.filter((_, i) => i % 2 === 1);
  const y = attr(attrs, 'y');
  const bottom = maxOf(ys);
  return { c, x0: minOf(xs), x1: maxOf(xs), baseline: Number.isFinite(y) ? y : bottom, size: size > 0 ? size : bottom - minOf(ys) };
}

/** A line's glyphs → its words: a word ends at a space glyph or a gap wider than WORD_GAP em (items one em tall above the baseline, as pdf.js gives). */
function lineItems(glyphs: readonly Glyph[]): PdfItem[] {
  const items: PdfItem[] = [];
  let word: Glyph[] = [];
  const flush = (): void => {
    if (word.length === 0) return;
    const [first, last] = [word[0]!, word[word.length - 1]!];
    const size = maxOf(word.map((g) => g.size));
    items.push({ str: word.map((g) => g.c).join(''), x: first.x0, top: first.baseline - size, width: last.x1 - first.x0, height: size, size });
    word = [];
  };
  for (const g of glyphs) {
    const prev = word[word.length - 1];
    if (/^\s*$/.test(g.c)) flush();
    else {
      // (A glyph drawn back before the previous one starts another word too.)
      if (prev && (g.x0 - prev.x1 > WORD_GAP * Math.max(g.size, prev.size) || g.x0 < prev.x0)) flush();
      word.push(g);
    }
  }
  flush();
  return items;
}

/** MuPDF structured text: its lines' words on their pages. */
function stextPages(text: string): ItemPage[] {
  const pages: ItemPage[] = [];
  let size = 0;
  let line: Glyph[] | null = null;
  for (const m of text.matchAll(STEXT_TOKEN)) {
    if (m[1] !== undefined) {
      pages.push({ items: [], ...pageBox(m[1]) });
    } else if (m[2] !== undefined) size = attr(m[2], 'size');
    else if (m[3] !== undefined) {
      const g = glyphOf(m[3], size);
      if (g) (line ??= []).push(g);
    } else if (m[0].startsWith('</')) {
      if (line && pages.length > 0) pushAll(pages[pages.length - 1]!.items, lineItems(line));
      line = null;
    } else line = [];
  }
  return pages.filter((p) => p.items.length > 0).map((p) => ({ ...p, items: markApartNumbers(p.items) }));
}

/**
 * The pages of text saved as word or glyph boxes (see the file comment), or null when the text is
 * none: fewer than MIN_BOXED `<word xMin …>` or `<char …>` elements.
 */
export function markupWordPages(text: string): ItemPage[] | null {
  if (holds(text, WORD, MIN_BOXED)) {
    const pages = bboxWordPages(text);
    return pages.length > 0 ? pages : null;
  }
  if (/<pdf2xml[\s>]/.test(text.slice(0, 4096)) && holds(text, PDF2XML_TEXT, MIN_BOXED)) {
    const pages = pdf2xmlPages(text);
    return pages.length > 0 ? pages : null;
  }
  if (/<document[\s>]/.test(text.slice(0, 4096)) && holds(text, /<char\s/g, MIN_BOXED)) {
    const pages = stextPages(text);
    return pages.length > 0 ? pages : null;
  }
  return null;
}

/** The `<title>` of a `pdftotext -bbox` page (the PDF's Title), or null. */
export function markupTitle(text: string): string | null {
  const m = /<title>([^<]*)<\/title>/i.exec(text.slice(0, 4096));
  const title = m ? decodeHTML(m[1]!).replace(/\s+/g, ' ').trim() : '';
  return title || null;
}
