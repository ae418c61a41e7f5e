/**
 * @file Positioned PDF text items (top-left origin, pt) → lines of cells, for text outside ruled
 * tables (the whitespace strategy): items whose vertical centres are close form a line (reading
 * order by position, not by content-stream order); inside a line a horizontal gap wider than a
 * fraction of the font size starts a new cell, and a smaller one already does between two numbers
 * (narrow borderless columns).
 */
import { fixCompatibilityChars } from '../layout/normalize-text.js';

/** One text item: its box in pt (top-left origin) and its font size. */
export interface PdfItem {
  str: string;
  x: number;
  top: number;
  width: number;
  height: number;
  size: number;
}

/** A line of cells with its vertical extent on the page. */
export interface PositionedLine {
  cells: string[];
  top: number;
  bottom: number;
}

/** × font size. Items whose centres differ by less than this share a line. */
const LINE_TOLERANCE = 0.45;
/** × font size. A gap wider than this between items separates cells. */
const CELL_GAP = 1.2;
/** × font size. Between two numbers a gap this wide already separates cells. */
const NUMBER_GAP = 0.3;

/**
 * pdf.js joins nearby text runs on one line into one item, putting a space where they were apart:
 * two numbers of neighbouring cells can arrive as '12 3'. Such an item is cut between the
 * numbers, each part placed proportionally along the item (digits have equal advance widths).
 */
export function splitNumberRuns(it: PdfItem): PdfItem[] {
  if (!/\d\s+\d/.test(it.str) || it.width <= it.height) return [it];
  const perChar = it.width / it.str.length;
  const parts: PdfItem[] = [];
  for (const m of it.str.matchAll(/\S+(?:\s(?!\s*\d)\S+)*|\S+/g)) {
    parts.push({ ...it, str: m[0], x: it.x + m.index * perChar, width: m[0].length * perChar });
  }
  return parts;
}

const centre = (it: PdfItem): number => it.top + it.height / 2;

/** Groups items into visual lines (sorted top to bottom, each left to right). */
export function groupLines(items: readonly PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => centre(a) - centre(b) || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const it of sorted) {
    const row = rows.at(-1);
    const rowCentre = row ? row.reduce((s, r) => s + centre(r), 0) / row.length : -Infinity;
    if (row && Math.abs(centre(it) - rowCentre) <= LINE_TOLERANCE * it.size) row.push(it);
    else rows.push([it]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

/** Spaces between two CJK characters are layout ('商 业 企 业', justified headings), not text. */
export function joinSpacedHan(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}（）、])[ \u3000]+(?=[\p{Script=Han}（）、])/gu, '');
}

/** Cleans one cell's text. */
export function cellText(raw: string): string {
  return joinSpacedHan(fixCompatibilityChars(raw).replace(/\s+/g, ' ').trim());
}

/** One visual line → cells split at wide gaps (narrower ones between numbers). */
function splitLine(row: readonly PdfItem[]): string[] {
  const cells: string[] = [];
  let end = -Infinity;
  for (const it of row) {
    const gap = it.x - end;
    const text = it.str.trim();
    const prev = cells.at(-1);
    const betweenNumbers = prev !== undefined && /\d$/.test(prev) && /^\d/.test(text);
    if (prev === undefined || gap > CELL_GAP * it.size || (betweenNumbers && gap > NUMBER_GAP * it.size)) cells.push(text);
    else cells[cells.length - 1] += text;
    end = Math.max(end, it.x + it.width);
  }
  return cells.map(cellText);
}

/** Groups free items into lines of cells. */
export function itemsToLines(items: readonly PdfItem[]): PositionedLine[] {
  return groupLines(items).map((row) => ({
    cells: splitLine(row),
    top: Math.min(...row.map((it) => it.top)),
    bottom: Math.max(...row.map((it) => it.top + it.height)),
  }));
}
