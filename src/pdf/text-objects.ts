/**
 * @file Text-object boundaries from the operator list. pdf.js joins text drawn edge to edge into
 * one item even across `BT … ET` objects, so the numbers of two touching cells (a right-aligned
 * column next to a left-aligned one: '23' + '4' → '234') arrive fused. Producers write each cell
 * as its own text object; where one starts inside a run of digits, the run is cut there before
 * gap analysis (smalot/pdfparser#589, jsvine/pdfplumber#177). Callbacks live at module level, not
 * as closures made per call (their optimized code would die at each full GC: docs/development.md).
 */
import type { PdfItem } from './pdf-lines.js';
import { maxOf, minOf, pushAll } from '../_internal/extremes.js';
import { walkText, type TextOpCodes, type TextStart } from './text-walk.js';
import type { Matrix } from './graphics-state.js';

export type { TextOpCodes, TextStart } from './text-walk.js';

/** The origin of the first glyph of every text object on a page, through the CTM (form XObjects included) and `frame`. */
export function textObjectStarts(list: { fnArray: number[]; argsArray: unknown[] }, ops: TextOpCodes, frame: Matrix): TextStart[] {
  return walkText(list, ops, frame).starts;
}

/** × character width. A text object must start this close to a character boundary to cut there. */
const BOUNDARY_TOLERANCE = 0.25;
/**
 * Text objects per character above which a page's producer writes glyphs (or words) one object
 * each: object boundaries say nothing about cells there, and nothing is cut.
 */
const MAX_OBJECTS_PER_CHAR = 0.5;

/**
 * Cuts runs of digits where a text object starts inside them, and marks number items that start a
 * text object (`objectEdge`: pdf.js keeps touching cells' numbers apart when their fonts differ, and
 * they touch). Digits have equal advance widths, so the cut falls at a character boundary. On a page whose producer writes each glyph as its own
 * object nothing is cut (runs left fused go to the segmentation search).
 */
export function cutAtTextObjects(items: readonly PdfItem[], starts: readonly TextStart[]): PdfItem[] {
  const chars = items.reduce(addChars, 0);
  if (starts.length === 0 || startsAmongItems(starts, items) > MAX_OBJECTS_PER_CHAR * chars) return [...items];
  const near = startsNear(starts);
  const out: PdfItem[] = [];
  for (const it of placeSplitParts(items, near)) pushAll(out, cutItem(it, near));
  return out;
}

const addChars = (n: number, it: PdfItem): number => n + it.str.replace(/\s/g, '').length;
const ascending = (a: number, b: number): number => a - b;

/** One item cut where text objects start inside its digits (`cutAtTextObjects`). */
function cutItem(it: PdfItem, near: Near): PdfItem[] {
  if (!/^\d/.test(it.str)) return [it];
  const perChar = it.width / it.str.trimEnd().length;
  const cuts = new Set<number>();
  let edge = false;
  for (const s of startsIn(near, it.top, it.top + it.height * 1.2)) {
    if (s.y < it.top || s.y > it.top + it.height * 1.2) continue;
    const k = (s.x - it.x) / perChar;
    const at = Math.round(k);
    if (at === 0 && Math.abs(k) <= BOUNDARY_TOLERANCE) edge = true;
    else if (/^\d{2,}$/.test(it.str) && at > 0 && at < it.str.length && Math.abs(k - at) <= BOUNDARY_TOLERANCE) cuts.add(at);
  }
  if (cuts.size === 0) return [edge ? { ...it, objectEdge: true } : it];
  const bounds = [0, ...[...cuts].sort(ascending), it.str.length];
  const parts: PdfItem[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const end = bounds[i + 1]!;
    parts.push({ ...it, str: it.str.slice(bounds[i], end), x: it.x + bounds[i]! * perChar, width: (end - bounds[i]!) * perChar, ...(i > 0 ? { objectStart: true } : edge ? { objectEdge: true } : {}) });
  }
  return parts;
}

/** × font size. A start this far outside the box of the page's text items still counts among them. */
const AMONG_SLACK = 2;

/**
 * The text objects starting in or near the box of the page's items: those the page's text is
 * drawn by. A page cut from a larger one (`mutool poster`: each half page draws the whole page's
 * content under a half-size MediaBox) starts twice the objects its shown text needs; counted all,
 * the half page passed for one writing each glyph as an object of its own and no cell was cut.
 */
function startsAmongItems(starts: readonly TextStart[], items: readonly PdfItem[]): number {
  const placed = items.filter(isPlaced);
  if (placed.length < items.length || placed.length === 0) return starts.length;
  const pad = AMONG_SLACK * maxOf(placed.map(sizeOf));
  const [x1, y1] = [minOf(placed.map(leftOf)) - pad, minOf(placed.map(topOf)) - pad];
  const [x2, y2] = [maxOf(placed.map(rightOf)) + pad, maxOf(placed.map(bottomOf)) + pad];
  let n = 0;
  for (const s of starts) if (!Number.isFinite(s.x) || !Number.isFinite(s.y) || (s.x >= x1 && s.x <= x2 && s.y >= y1 && s.y <= y2)) n++;
  return n;
}

const isPlaced = (it: PdfItem): boolean => [it.x, it.top, it.width, it.height, it.size].every(Number.isFinite);
const sizeOf = (it: PdfItem): number => it.size;
const leftOf = (it: PdfItem): number => it.x;
const topOf = (it: PdfItem): number => it.top;
const rightOf = (it: PdfItem): number => it.x + it.width;
const bottomOf = (it: PdfItem): number => it.top + it.height;

/** em. Least gap left between the parts of a joined item placed at their objects' starts: more than a gap inside one number (pdf-lines NUMBER_GAP). */
const PART_GAP = 0.35;

const onBaseline = (s: TextStart, it: PdfItem): boolean => s.y >= it.top && s.y <= it.top + it.height * 1.2;
const isNumberPart = (it: PdfItem): boolean => /^\d[\d.,]*$/.test(it.str);

/**
 * Numbers of several cells pdf.js joined into one item ('20278 2157 568', one space for each gap)
 * and `splitNumberRuns` cut apart placed where their cells' text objects start. The cut places
 * each part by its share of the item's characters, a space counting as a character: where digits
 * are set wide (horizontal scaling `Tz` 150: pdf.js joins runs 3 em apart) the parts land in the
 * wrong columns. When exactly one object starts on the line inside the item for each part after
 * the first, the parts start there (the first at the item's start); the last ends where the item
 * ends, the others keep their width from the cut but end PART_GAP before the next part's start
 * (where they end the item does not say: touching, they would be taken for one fused run).
 */
function placeSplitParts(items: readonly PdfItem[], near: Near): PdfItem[] {
  const out = [...items];
  for (let i = 0; i + 1 < out.length; i++) {
    const first = out[i]!;
    let j = i;
    const gap = out[i + 1]!.spacedGap;
    while (j + 1 < out.length && gap !== undefined && out[j + 1]!.spacedGap === gap && out[j + 1]!.top === first.top && out[j + 1]!.x > out[j]!.x) j++;
    const parts = out.slice(i, j + 1);
    if (j === i || first.spacedGap !== undefined || !parts.every(isNumberPart)) continue;
    const last = parts.at(-1)!;
    const end = last.x + last.width;
    const digit = first.width / first.str.length;
    const at: number[] = [];
    for (const s of startsIn(near, first.top, first.top + first.height * 1.2)) if (onBaseline(s, first) && s.x > first.x + digit / 2 && s.x < end) at.push(s.x);
    at.sort(ascending);
    if (at.length === parts.length - 1) {
      const xs = [first.x, ...at, end];
      for (let k = 0; k < parts.length; k++) {
        const p = parts[k]!;
        const room = Math.max(0, xs[k + 1]! - xs[k]! - PART_GAP * first.size);
        out[i + k] = { ...p, x: xs[k]!, width: k === parts.length - 1 ? end - xs[k]! : Math.min(p.width, room) };
      }
    }
    i = j;
  }
  return out;
}

/**
 * The starts a number item between baselines `low` and `high` must be tried against: those with a
 * y in [low, high], found by binary search over the starts sorted by y (a page of a few hundred
 * numbers and text objects was a scan of every start per number), plus any whose y is not finite;
 * all of them when a bound is NaN. A superset of the starts the caller's own test accepts, which
 * it still applies: the cuts are the same as with a scan of every start.
 */
function startsNear(starts: readonly TextStart[]): Near {
  return { starts, sorted: starts.filter(finiteY).sort(byY), odd: starts.filter(oddY) };
}

interface Near {
  starts: readonly TextStart[];
  /** The starts with a finite y, by y. */
  sorted: TextStart[];
  odd: TextStart[];
}
const finiteY = (s: TextStart): boolean => Number.isFinite(s.y);
const oddY = (s: TextStart): boolean => !Number.isFinite(s.y);
const byY = (a: TextStart, b: TextStart): number => a.y - b.y;

/** `startsNear`'s starts between baselines `low` and `high`. */
function startsIn({ starts, sorted, odd }: Near, low: number, high: number): readonly TextStart[] {
  if (Number.isNaN(low) || Number.isNaN(high)) return starts;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.y < low) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && sorted[end]!.y <= high) end++;
  return odd.length > 0 ? [...sorted.slice(lo, end), ...odd] : sorted.slice(lo, end);
}
