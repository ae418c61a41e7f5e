/**
 * @file Positioned PDF text items (top-left origin, pt) → lines of cells: items whose vertical
 * centres are close form a line (reading order by position, not by content-stream order); inside a
 * line, a horizontal gap wider than a fraction of the font size starts a new cell.
 */
import type { Line } from '../model/document.js';
import { fixCompatibilityChars } from './normalize-text.js';

/** One text item: `x`/`top` of its box in pt, top-left origin; `size` the font size. */
export interface PdfItem {
  str: string;
  x: number;
  top: number;
  width: number;
  size: number;
}

/** × font size. Items whose centres differ by less than this share a line. */
const LINE_TOLERANCE = 0.45;
/** × font size. A gap wider than this between items separates cells. */
const CELL_GAP = 1.2;

/** Groups items into lines and cells. */
export function itemsToLines(items: readonly PdfItem[], page: number): Line[] {
  const sorted = [...items].sort((a, b) => a.top + a.size / 2 - (b.top + b.size / 2) || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const it of sorted) {
    const row = rows.at(-1);
    const centre = it.top + it.size / 2;
    const rowCentre = row ? row.reduce((s, r) => s + r.top + r.size / 2, 0) / row.length : -Infinity;
    if (row && Math.abs(centre - rowCentre) <= LINE_TOLERANCE * it.size) row.push(it);
    else rows.push([it]);
  }
  return rows.map((row) => {
    const byX = row.sort((a, b) => a.x - b.x);
    const cells: string[] = [];
    let end = -Infinity;
    for (const it of byX) {
      const gap = it.x - end;
      if (cells.length === 0 || gap > CELL_GAP * it.size) cells.push(it.str.trim());
      else cells[cells.length - 1] += it.str.trim();
      end = Math.max(end, it.x + it.width);
    }
    return { cells: cells.map(fixCompatibilityChars), separated: cells.length > 1, source: { page } };
  });
}
