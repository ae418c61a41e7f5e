/**
 * @file pdf.js text content → positioned items (top-left origin, pt) of one page: each run's box
 * through the page's reading frame (`orientation.ts`), radicals mapped to ideographs, fake-bold
 * overprints dropped, runs holding numbers of neighbouring cells cut apart.
 */
import { unifyRadicals } from '../_internal/radicals.js';
import { splitNumberRuns, type PdfItem } from './pdf-lines.js';
import { multiply, type Matrix } from './graphics-state.js';
import { max4, min4 } from '../_internal/extremes.js';

/** A pdf.js text run, as `getTextContent` gives it. */
export interface RawTextItem {
  str: string;
  transform: Matrix;
  width: number;
  /** pdf.js's name of the run's font (`lying-digits.ts`). */
  fontName?: string;
}

/** A run's box in the frame `frame` maps PDF user space to (y down): its baseline run and its ascent, square to the baseline. */
export function itemBox(str: string, transform: Matrix, width: number, frame: Matrix): PdfItem {
  const m = multiply(transform, frame);
  const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || 10;
  const along = Math.hypot(m[0], m[1]) || 1;
  const [ux, uy] = [m[0] / along, m[1] / along];
  // Glyphs stand up from the baseline whatever the sign of the matrix's second column: pdftocairo
  // writes text with a mirrored text matrix (`8 0 0 -8 x y Tm`) and a font matrix that mirrors it
  // back; a box hanging below the baseline put such labels a line lower than their numbers.
  const [vx, vy] = [uy, -ux];
  // The four corners' bounds (a box per text run of every page: no arrays made).
  const x0 = m[4];
  const x1 = m[4] + ux * width;
  const x2 = m[4] + vx * size;
  const x3 = m[4] + ux * width + vx * size;
  const y0 = m[5];
  const y1 = m[5] + uy * width;
  const y2 = m[5] + vy * size;
  const y3 = m[5] + uy * width + vy * size;
  const x = min4(x0, x1, x2, x3);
  const top = min4(y0, y1, y2, y3);
  // Baseline down the page: vertical writing (`vertical-text.ts`).
  const down = Math.abs(ux) < 0.1 && uy > 0.9;
  const item: PdfItem = { str, x, top, width: max4(x0, x1, x2, x3) - x, height: max4(y0, y1, y2, y3) - top, size };
  if (down) item.down = down;
  return item;
}

/**
 * Share of a run's box that must lie over an earlier run showing the same characters there for it
 * to be an overprint (fake bold: the same text drawn again 0–0.5 pt off). poppler drops such
 * glyphs; pdfplumber's `dedupe_chars` uses a 1 pt tolerance. Two different cells never overlap.
 */
const OVERPRINT_OVERLAP = 0.7;
/** pt. Height of the buckets runs are indexed by for the overprint search. */
const BUCKET = 8;

function overlapShare(a: PdfItem, b: PdfItem): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.max(b.width * b.height, 1e-6);
}

/** Does `b` repeat, over most of its own box, characters `a` already shows at that place? */
export function repeats(a: PdfItem, b: PdfItem): boolean {
  if (Math.abs(a.size - b.size) > 0.1 * a.size || overlapShare(a, b) < OVERPRINT_OVERLAP) return false;
  if (a.str === b.str) return true;
  const perChar = a.width / Math.max(a.str.length, 1);
  const at = Math.round((b.x - a.x) / perChar);
  return at >= 0 && a.str.slice(at, at + b.str.length) === b.str;
}

/** × font size. The last copy of a fake-bold text, joined by pdf.js to the next text, starts this close to a copy drawn before it. */
const COPY_OFFSET = 0.2;

/**
 * The run `it` less a leading copy of an earlier run `near` holds (the same text, starting within
 * COPY_OFFSET em of it, more text after it): pdf.js joins the last copy of a fake-bold word to the
 * next word drawn ('商业企业' ×4, then '科研机构': '商业企业 科研机构' at the fourth copy's place),
 * and the last copy of a glyph to the next glyph's first (`[(1) 966 (1) 966 (1) 100 (6) …] TJ`: '1',
 * '1', '1', '16', '6', '6').
 * Null when it starts with none. The rest keeps the run's end; its start is the copy's end (a gap
 * before it is not known; `placeRest` moves it to its own copies' start).
 */
function afterCopy(it: PdfItem, near: readonly PdfItem[]): { copy: PdfItem; under: PdfItem; rest: PdfItem } | null {
  for (const p of near) {
    const head = p.str.trim();
    if (head === '' || !it.str.startsWith(head) || it.str.slice(head.length).trim() === '') continue;
    if (Math.abs(p.size - it.size) > 0.1 * p.size || Math.abs(p.x - it.x) > COPY_OFFSET * p.size || Math.abs(p.top - it.top) > COPY_OFFSET * p.size) continue;
    const copy = { ...it, str: head, width: p.width };
    const end = it.x + it.width;
    const x = Math.min(it.x + p.width, end);
    return { copy, under: p, rest: { ...it, str: it.str.slice(head.length).trim(), x, width: end - x } };
  }
  return null;
}

/** A rest (`afterCopy`) placed where its own copies say: ending where the joined run ended, as wide as a copy of it. */
function placeRest(rest: PdfItem, copies: readonly PdfItem[] | undefined): PdfItem {
  const same = copies?.find((o) => o.str.trim() === rest.str);
  if (!same || same.width > rest.width) return rest;
  return { ...rest, x: rest.x + rest.width - same.width, width: same.width };
}

/**
 * Drops runs that repeat an earlier run's characters at (nearly) the same place: fake bold drawn
 * as two or more overprints would otherwise read '1286' as '12861286'. A copy may repeat another
 * copy rather than the run kept (three or four copies each 0.2–0.6 pt on: the last is over a
 * point off the first): it goes to the run that copy repeats, and a copy lying over two runs kept
 * apart with the same text (copies drawn in any order) joins them; a copy pdf.js joined to the next
 * run is cut off it (`afterCopy`). The runs dropped are kept on
 * the run they repeat (`overprints`): render modes are not known yet, and when that run is
 * invisible they are the shown text (`invisible-text.ts`).
 */
export function dropOverprints(items: readonly PdfItem[]): PdfItem[] {
  // Kept runs and dropped copies by bucket; a copy's kept run in `root`.
  const buckets = new Map<number, PdfItem[]>();
  const root = new Map<PdfItem, PdfItem>();
  const kept: PdfItem[] = [];
  const partial = new Set<PdfItem>();
  const over = new Map<PdfItem, PdfItem[]>();
  const rests = new Set<PdfItem>();
  const index = (it: PdfItem): void => {
    const b = Math.floor(it.top / BUCKET);
    (buckets.get(b) ?? buckets.set(b, []).get(b)!).push(it);
  };
  const dropAs = (it: PdfItem, prev: PdfItem): void => {
    const under = root.get(prev) ?? prev;
    root.set(it, under);
    over.set(under, [...(over.get(under) ?? []), it]);
    index(it);
  };
  // Kept runs found to be copies of an earlier kept run (`join`).
  const gone = new Set<PdfItem>();
  const join = (from: PdfItem, into: PdfItem): void => {
    for (const c of [from, ...(over.get(from) ?? [])]) root.set(c, into);
    over.set(into, [...(over.get(into) ?? []), from, ...(over.get(from) ?? [])]);
    over.delete(from);
    if (partial.has(from)) partial.add(into);
    gone.add(from);
  };
  for (const it of items) {
    const b = Math.floor(it.top / BUCKET);
    // The runs of this bucket and the two beside it, in that order (one array, not flatMap's four).
    const near: PdfItem[] = [];
    for (let k = b - 1; k <= b + 1; k++) {
      const inBucket = buckets.get(k);
      if (inBucket) for (const p of inBucket) near.push(p);
    }
    const prev = near.find((p) => repeats(p, it));
    if (!prev) {
      const split = afterCopy(it, near);
      if (split) {
        dropAs(split.copy, split.under);
        rests.add(split.rest);
      }
      const own = split?.rest ?? it;
      kept.push(own);
      index(own);
      continue;
    }
    dropAs(it, prev);
    // Copies drawn in any order: the first and last copy drawn kept apart (over a point: '2' at +1.7,
    // then at 0), a copy drawn later between them joins them.
    for (const p of near) {
      const other = root.get(p) ?? p;
      if (other !== root.get(it) && other.str === root.get(it)!.str && !gone.has(other) && repeats(p, it)) join(other, root.get(it)!);
    }
    // Part of a number drawn again over a longer one ('5' over '35': an old value in invisible
    // text under the shown one, or the reverse) cannot be told from a fake-bold copy split
    // differently: the number kept is marked (`overlapping-text.ts`), never trusted.
    if (/\d/.test(it.str) && !near.some((p) => p.str.trim() === it.str.trim() && repeats(p, it))) partial.add(root.get(it)!);
  }
  if (over.size === 0) return kept;
  return kept.filter((it) => !gone.has(it)).map((it) => {
    const copies = over.get(it);
    const own = rests.has(it) ? placeRest(it, copies) : it;
    return partial.has(it) ? { ...own, conflict: true, overprints: copies! } : copies ? { ...own, overprints: copies } : own;
  });
}

/** A raised (or lowered) run's size is at most this share of the number's it follows: superscripts are set at 58–83 % (Word 2/3, CSS `smaller` 5/6). */
const RAISED_SIZE = 0.88;
/** × the number's size. The marker's baseline lies at least this far above (or below) the number's. */
const RAISED_SHIFT = 0.15;
/** × the number's size. The marker starts at most this far from the number's end (it is set right after it). */
const RAISED_GAP = 0.3;
/** A footnote marker: 1–3 digits, a star, a dagger, '注', a circled number, a letter, a bracketed digit. */
const MARKER = /^[\s\dA-Za-z*†‡#注①-⑳()（）[\]【】]{1,4}$/;

/**
 * Drops footnote markers set as superscripts (or subscripts) right after a number: a run in a
 * clearly smaller font whose baseline is raised (or lowered) against the number's and which starts
 * where the number ends. Joined, '2214' + '¹' would read 22141 — a confident wrong value where no
 * sum checks it (table 二). The marker is not part of any value.
 */
export function dropRaisedMarkers(items: readonly PdfItem[]): PdfItem[] {
  const baseline = (it: PdfItem): number => it.top + it.height;
  // Numbers indexed by the buckets their boxes cross: a page of 100 000 runs stays linear.
  const buckets = new Map<number, PdfItem[]>();
  for (const a of items) {
    if (!/\d\s*$/.test(a.str)) continue;
    const k = Math.floor((a.top + baseline(a)) / 2 / BUCKET);
    for (const j of [k - 1, k, k + 1]) {
      const list = buckets.get(j) ?? [];
      list.push(a);
      buckets.set(j, list);
    }
  }
  return items.filter((b) => {
    if (!MARKER.test(b.str.trim())) return true;
    const near = buckets.get(Math.floor((b.top + baseline(b)) / 2 / BUCKET)) ?? [];
    return !near.some((a) => {
      if (a === b || !/\d\s*$/.test(a.str) || b.size > RAISED_SIZE * a.size) return false;
      const gap = b.x - (a.x + a.width);
      if (gap < -RAISED_GAP * a.size || gap > RAISED_GAP * a.size) return false;
      const shift = Math.abs(baseline(a) - baseline(b));
      // On a line with the number: its box overlaps the number's, shifted off the number's baseline.
      return shift >= RAISED_SHIFT * a.size && b.top < baseline(a) && baseline(b) > a.top;
    });
  });
}

/** One page's text runs → items in the reading frame, cleaned. Blank runs are skipped. */
export function pageItems(raw: readonly RawTextItem[], frame: Matrix): PdfItem[] {
  const boxes: PdfItem[] = [];
  for (const it of raw) {
    if (it.str.trim() === '') continue;
    boxes.push(itemBox(unifyRadicals(it.str), it.transform, it.width, frame));
  }
  // Runs are cut before overprints are sought: a shadow copy may join the next cell ('25' over '25 11').
  return dropRaisedMarkers(dropOverprints(boxes.flatMap(splitNumberRuns)));
}
