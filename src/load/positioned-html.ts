/**
 * @file A PDF converted to HTML line by line, each line an absolutely positioned element
 * (`mutool convert -F html`: `<p style="top:79.1pt;left:155.6pt">`, `pdftohtml -c`:
 * `<p style="position:absolute;top:123px;left:456px">`): the page order of the markup is not the
 * reading order (a table's header after its rows), and a table's cells are elements apart with no
 * table markup. Read as what it is: positioned text items on pages, laid out by the PDF path's stages
 * (rows by position, cells by gaps, columns under their headers), not as blocks of a web page.
 */
import type * as cheerio from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { Line } from '../model/document.js';
import type { PdfItem } from '../pdf/pdf-lines.js';
import { pushAll } from '../_internal/extremes.js';
import { runItems } from './text-advance.js';
import { readBarredLines } from './barred-lines.js';
import { type ItemPage, positionedItemLines } from './word-boxes.js';

/** The warning of a page read as positioned text (the reading `extract` kept). */
export const POSITIONED_WARNING = {
  code: 'positioned_text',
  message: 'the page is a PDF converted to HTML, each line of text an element placed on the page: read by those places, the widths of the texts estimated from their font sizes',
} as const;

/** Fewest positioned elements, and their least share of the page's text, for a page to read as positioned text. */
const MIN_POSITIONED = 20;
const MIN_TEXT_SHARE = 0.7;
/** pt per CSS px. */
const PT_PER_PX = 0.75;
/** A font size when none is given, pt. */
const DEFAULT_SIZE = 12;
/** × font size: the distance between the lines of one positioned block. */
const LINE_HEIGHT = 1.2;

/** An element's style placing it by `top` and `left` (either first). */
const PLACED_STYLE = /style\s*=\s*["'](?:[^"']*[;\s])?(?:top\s*:\s*-?[\d.]+(?:pt|px)?\s*;(?:[^"']*[;\s])?left|left\s*:\s*-?[\d.]+(?:pt|px)?\s*;(?:[^"']*[;\s])?top)\s*:\s*-?[\d.]/gi;

/** True when the markup holds at least MIN_POSITIONED elements placed by `top` and `left` (a cheap test before parsing). */
export function mayBePositioned(html: string): boolean {
  let n = 0;
  PLACED_STYLE.lastIndex = 0;
  while (PLACED_STYLE.exec(html)) if (++n >= MIN_POSITIONED) return true;
  return false;
}

/** A length in a style (`top:79.1pt`, `left: 456px`), in pt; null when absent. */
function lengthOf(style: string, property: string): number | null {
  // (A length in other units, '50%', '1.2em', is none of these; a line height without a unit is a factor of the font size.)
  const m = new RegExp(`(?:^|[;\\s])${property}\\s*:\\s*(-?\\d+(?:\\.\\d+)?)(pt|px)?(?![\\w%.])`, 'i').exec(style);
  if (!m || (m[2] === undefined && property === 'line-height')) return null;
  return Number(m[1]) * (m[2]?.toLowerCase() === 'px' ? PT_PER_PX : 1);
}

/** What the style sheet gives classes (`.ft10{font-size:33px;line-height:26px;…}`, pdftohtml -c), pt. */
interface ClassStyle {
  size?: number;
  lineHeight?: number;
}

function classStyles(sheet: string): Map<string, ClassStyle> {
  const styles = new Map<string, ClassStyle>();
  for (const m of sheet.matchAll(/\.([\w-]+)\s*\{([^}]*)\}/g)) {
    const [size, lineHeight] = [lengthOf(m[2]!, 'font-size'), lengthOf(m[2]!, 'line-height')];
    if (size || lineHeight) styles.set(m[1]!, { ...(size ? { size } : {}), ...(lineHeight ? { lineHeight } : {}) });
  }
  return styles;
}

/** A property of an element's own style, else of its first class giving it. */
function ownLength($: cheerio.CheerioAPI, e: Element, classes: ReadonlyMap<string, ClassStyle>, property: 'font-size' | 'line-height'): number | null {
  const key = property === 'font-size' ? 'size' : 'lineHeight';
  return lengthOf($(e).attr('style') ?? '', property) ?? (($(e).attr('class') ?? '').split(/\s+/).map((c) => classes.get(c)?.[key]).find((v) => v !== undefined) ?? null);
}

/** The font size of an element's text: its style's or its class's, else its first descendant's that has one. */
function sizeOf($: cheerio.CheerioAPI, el: Element, classes: ReadonlyMap<string, ClassStyle>): number {
  for (const e of [el, ...$(el).find('*').toArray()]) {
    const size = ownLength($, e as Element, classes, 'font-size');
    if (size) return size;
  }
  return lengthOf($(el).attr('style') ?? '', 'line-height') ?? DEFAULT_SIZE;
}

/** The page an element sits on: its nearest ancestor given a height (a page's box), or the document. */
function pageOf($: cheerio.CheerioAPI, el: Element): { node: AnyNode | null; height: number | null; width: number | null } {
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) {
    const style = $(p).attr('style') ?? '';
    const height = lengthOf(style, 'height');
    if (height) return { node: p, height, width: lengthOf(style, 'width') };
  }
  return { node: null, height: null, width: null };
}

/**
 * The lines of a page made of positioned text (see the file comment), or null when the page is not one:
 * fewer than MIN_POSITIONED elements placed by `top` and `left`, or holding less than MIN_TEXT_SHARE of its text.
 */
export function positionedLines($: cheerio.CheerioAPI, root: AnyNode, sheet: string): Line[] | null {
  const placed = $(root)
    .find('[style*="top"][style*="left"]')
    .toArray()
    .filter((el) => {
      const style = $(el).attr('style') ?? '';
      return lengthOf(style, 'top') !== null && lengthOf(style, 'left') !== null && $(el).find('[style*="top"][style*="left"]').length === 0;
    });
  if (placed.length < MIN_POSITIONED) return null;
  const textLength = (s: string): number => s.replace(/\s+/g, '').length;
  const total = textLength($(root).text());
  const items = placed.map((el) => ({ el, text: $(el).text().replace(/[\s\u00a0]+/g, ' ').trim() })).filter((e) => e.text);
  if (total === 0 || items.reduce((n, e) => n + textLength(e.text), 0) < MIN_TEXT_SHARE * total) return null;
  const classes = classStyles(sheet);
  const pages = new Map<AnyNode | null, ItemPage>();
  for (const { el } of items) {
    const style = $(el).attr('style') ?? '';
    const size = sizeOf($, el, classes);
    const page = pageOf($, el);
    const entry = pages.get(page.node) ?? { items: [], height: page.height ?? 0, ...(page.width ? { width: page.width } : {}) };
    // A block of several lines (pdftohtml -c: '信息<br/>内容') is an item per line, a line height apart.
    $(el).find('br').replaceWith('\n');
    const [x, top] = [lengthOf(style, 'left')!, lengthOf(style, 'top')!];
    // Its lines a line height apart: the one the converter gives (pdftohtml -c: the class's), else LINE_HEIGHT.
    const step = ownLength($, el, classes, 'line-height') ?? LINE_HEIGHT * size;
    $(el).text().split('\n').forEach((line, k) => {
      // (Its leading space kept: the item after it is `spaced`, text-advance.ts.)
      const str = line.replace(/[\s\u00a0]+/g, ' ').trimEnd();
      if (str.trim()) pushAll(entry.items, runItems(str, { x, top: top + k * step, width: null, height: size }, size));
    });
    pages.set(page.node, entry);
  }
  // A `<pre>` table drawn with column bars: each row one run, read by its bars as its text is (barred-lines.ts).
  return readBarredLines(positionedItemLines([...pages.values()]));
}
