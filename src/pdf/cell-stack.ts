/**
 * @file A div grid printed as a stack of boxes. LibreOffice prints an HTML table built of `<div
 * style="display:table-cell;border:…">` (no `<table>`) as one bordered paragraph per cell, one cell a
 * line, centred on the page: the rows are gone, each cell a box under the one before, an empty cell
 * (`&nbsp;`) a thin box of two vertical strokes (its top and bottom too short to be rulings). The
 * ruled-grid path (grid.ts) sees one narrow grid of many slots, each number its own row.
 *
 * Geometry keeps the cells' order only (each box's two sides: one box per pair of vertical strokes of
 * the same extent, the boxes touching top to bottom on a common centre), so the rows are rebuilt
 * from that order: a run of W cells is a row when W divides the stack and every row so cut reads
 * as a row of a table — not all empty, its words (labels, header words) before its values, the words
 * of the rows with values in columns before all values (label columns, value columns). The smallest such W is taken; none, and the stack is left as the
 * grid path laid it out. The rows' totals (the table's identities) then confirm the width or not.
 * Runs of boxes continue over a page break (the stack ending one page, the next starting the next).
 */
import type { Rulings, Segment } from './rulings.js';
import type { PdfItem } from './pdf-lines.js';
import type { PageLine } from './page-layout.js';
import { cellText } from './pdf-lines.js';

/** One box of a stack: its extent (pt, top-left origin) and its text ('' for an empty cell). */
export interface StackBox {
  x1: number;
  x2: number;
  top: number;
  bottom: number;
  text: string;
}

/** pt. Two strokes' ends this close are the same height (one box's sides). */
const SAME = 0.5;
/** pt. A box starts this close under the one before it (the border's width). */
const TOUCH = 1.2;
/** pt. The boxes' centres across agree this closely (centred paragraphs). */
const CENTRE = 2.5;
/** pt. A box narrower than this is an empty cell ('&nbsp;' and the padding). */
const THIN = 5;
/** A page's stack has at least this many boxes (the rest of a table the page break cut may be short), one of them empty. */
const MIN_PAGE_BOXES = 4;
/** A stack (over its pages) has at least this many boxes, this many of them empty and this many with text. */
const MIN_BOXES = 8;
const MIN_EMPTY = 3;
const MIN_TEXT = 3;
/** Share of the page's height: a stack ending in its lowest part, or starting in its top part, may run over the break. */
const NEAR_BREAK = 0.2;
/** A row is at most this many cells. */
const MAX_WIDTH = 40;

const byStart = (a: Segment, b: Segment): number => a.y1 - b.y1 || a.y2 - b.y2 || a.x1 - b.x1;
const byTop = (a: StackBox, b: StackBox): number => a.top - b.top;
const byLineTop = (a: PageLine, b: PageLine): number => a.top - b.top;
const byPlace = (p: PdfItem, q: PdfItem): number => p.top - q.top || p.x - q.x;

/**
 * Boxes of two vertical strokes of one extent (no third stroke of it: not a row of a real grid). A
 * cell of several lines may be drawn a side a line, its upper lines' one stroke each (LibreOffice's
 * vertical header words, a character a line): a lone stroke on a box's side right above it lengthens it.
 */
function boxesOf(vertical: readonly Segment[]): StackBox[] {
  const vs = [...vertical].sort(byStart);
  const out: StackBox[] = [];
  const lone: Segment[] = [];
  for (let i = 0; i < vs.length; ) {
    let j = i + 1;
    while (j < vs.length && Math.abs(vs[j]!.y1 - vs[i]!.y1) <= SAME && Math.abs(vs[j]!.y2 - vs[i]!.y2) <= SAME) j++;
    if (j - i === 2) {
      const a = vs[i]!;
      const b = vs[i + 1]!;
      out.push({ x1: Math.min(a.x1, b.x1), x2: Math.max(a.x1, b.x1), top: a.y1, bottom: a.y2, text: '' });
    } else if (j - i === 1) lone.push(vs[i]!);
    i = j;
  }
  out.sort(byTop);
  // Lone strokes bottom up, each joined to the box (lengthened already) that starts where it ends, on one of its sides.
  let k = out.length - 1;
  for (let i = lone.length - 1; i >= 0; i--) {
    const s = lone[i]!;
    while (k >= 0 && out[k]!.top > s.y2 + SAME) k--;
    const b = out[k];
    if (b && Math.abs(b.top - s.y2) <= SAME && (Math.abs(b.x1 - s.x1) <= SAME || Math.abs(b.x2 - s.x1) <= SAME)) b.top = s.y1;
  }
  return out;
}

/**
 * The page's stacks of boxes (see the file comment), top to bottom, each box's text filled from the
 * items whose centre it holds. None on a page without one. A few boxes ending the page (`height`) or
 * starting it are a stack too: cells of a table the page break cut (joined to the other page's stack).
 */
export function cellStacks(rulings: Rulings | null, items: readonly PdfItem[], height: number): StackBox[][] {
  if (!rulings || rulings.vertical.length < 2 * MIN_PAGE_BOXES) return [];
  const boxes = boxesOf(rulings.vertical);
  const stacks: StackBox[][] = [];
  let run: StackBox[] = [];
  const flush = (): void => {
    if (run.length >= MIN_PAGE_BOXES || (run.length > 0 && (run[run.length - 1]!.bottom > height * (1 - NEAR_BREAK) || run[0]!.top < height * NEAR_BREAK))) stacks.push(run);
    run = [];
  };
  for (const b of boxes) {
    const last = run[run.length - 1];
    if (last && !(Math.abs(b.top - last.bottom) <= TOUCH && Math.abs((b.x1 + b.x2) / 2 - (last.x1 + last.x2) / 2) <= CENTRE)) flush();
    run.push(b);
  }
  flush();
  if (stacks.length === 0) return [];
  const out: StackBox[][] = [];
  for (const stack of stacks) {
    const held: PdfItem[][] = stack.map(() => []);
    for (const it of items) {
      const cy = it.top + it.height / 2;
      const cx = it.x + it.width / 2;
      // Boxes are sorted top to bottom and do not overlap: the first whose bottom is under the centre.
      let lo = 0;
      let hi = stack.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (stack[mid]!.bottom < cy) lo = mid + 1;
        else hi = mid;
      }
      const b = stack[lo];
      if (b && cy >= b.top && cx >= b.x1 - 1 && cx <= b.x2 + 1) held[lo]!.push(it);
    }
    let empty = 0;
    let wide = 0;
    stack.forEach((b, k) => {
      const its = held[k]!.sort(byPlace);
      b.text = cellText(its.map((it) => it.str).join(''));
      if (b.text === '') empty += b.x2 - b.x1 < THIN ? 1 : 0;
      if (b.text === '' && b.x2 - b.x1 >= THIN) wide++;
    });
    if ((empty > 0 || stack.length < MIN_PAGE_BOXES) && wide === 0) out.push(stack);
  }
  return out;
}

/** A cell's value: a number (a percentage, a count with its unit '83 件'), or a not-applicable mark. */
const VALUE = /^(?:[-+]?[\d,，.]+\s*(?:%|件|个|次|项)?|[/／\-—–])$/;

/**
 * Does cutting `cells` into rows of `w` give rows of a table (see the file comment)? No row all
 * empty, none with a word after a value, and in the rows with values the words (labels) stand in
 * columns before every value's: the label columns and the value columns of one table.
 */
function rowsOfWidth(cells: readonly string[], w: number): boolean {
  if (cells.length % w !== 0 || cells.length / w < 2) return false;
  let lastWord = -1;
  let firstValue = w;
  for (let r = 0; r < cells.length; r += w) {
    let word = -1;
    let value = -1;
    let filled = false;
    for (let k = 0; k < w; k++) {
      const c = cells[r + k]!;
      if (c === '') continue;
      filled = true;
      if (VALUE.test(c)) {
        if (value < 0) value = k;
      } else if (value >= 0) return false;
      else word = k;
    }
    if (!filled) return false;
    if (value < 0) continue;
    lastWord = Math.max(lastWord, word);
    firstValue = Math.min(firstValue, value);
    if (lastWord >= firstValue) return false;
  }
  return true;
}

/** The smallest width that cuts the stack's cells into rows of a table; 0 when none does. */
export function stackWidth(cells: readonly string[]): number {
  for (let w = 2; w <= Math.min(MAX_WIDTH, cells.length >> 1); w++) if (rowsOfWidth(cells, w)) return w;
  return 0;
}

/** A page's stacks, with the page lines' index (`pages[at]`) and page number. */
export interface PageStacks {
  at: number;
  page: number;
  /** Height of the page (pt): a stack ending in its lowest part runs on to the next page. */
  height: number;
  stacks: StackBox[][];
}


/** Words (not a page number) on a line of the page between `from` and `to`: a heading between two stacks, another table's. */
function wordsBeside(lines: readonly PageLine[], from: number, to: number): boolean {
  for (const l of lines) {
    const mid = (l.top + l.bottom) / 2;
    if (mid > from && mid < to && l.cells.some((c) => /[\p{Script=Han}A-Za-z]/u.test(c))) return true;
  }
  return false;
}

/**
 * Replaces the lines a stack's boxes were laid out as (the ruled lines within its extent, the free
 * lines crossing its column) by its rows, when a width cuts it into rows of a table. Stacks on
 * consecutive pages, the first ending in the page's lower part and the next starting in its upper
 * part, no words between them (a heading, a note), are one table. `firstTable` numbers the rebuilt tables after the document's others.
 */
export function rebuildStacks(pages: PageLine[][], found: readonly PageStacks[], firstTable: number): void {
  if (found.length === 0) return;
  type Placed = StackBox & { at: number; page: number };
  const runs: Placed[][] = [];
  let prev: { at: number; page: number; bottom: number; height: number } | null = null;
  for (const f of found) {
    for (let s = 0; s < f.stacks.length; s++) {
      const stack = f.stacks[s]!;
      const joins = prev !== null && s === 0 && prev.page === f.page - 1 && prev.bottom > prev.height * (1 - NEAR_BREAK) && stack[0]!.top < f.height * NEAR_BREAK && !wordsBeside(pages[prev.at]!, prev.bottom, Infinity) && !wordsBeside(pages[f.at]!, -Infinity, stack[0]!.top);
      const into = joins ? runs[runs.length - 1]! : [];
      for (const b of stack) into.push({ ...b, at: f.at, page: f.page });
      if (!joins) runs.push(into);
      prev = s === f.stacks.length - 1 ? { at: f.at, page: f.page, bottom: stack[stack.length - 1]!.bottom, height: f.height } : null;
    }
  }
  let table = firstTable;
  const touched = new Set<number>();
  for (const run of runs) {
    let empty = 0;
    for (const b of run) if (b.text === '') empty++;
    if (run.length < MIN_BOXES || empty < MIN_EMPTY || run.length - empty < MIN_TEXT) continue;
    const w = stackWidth(run.map((b) => b.text));
    if (w === 0) continue;
    // The lines the grid path made of the stack's boxes, page by page.
    const extent = new Map<number, { top: number; bottom: number; x1: number; x2: number }>();
    for (const b of run) {
      const e = extent.get(b.at);
      if (!e) extent.set(b.at, { top: b.top, bottom: b.bottom, x1: b.x1, x2: b.x2 });
      else {
        e.top = Math.min(e.top, b.top);
        e.bottom = Math.max(e.bottom, b.bottom);
        e.x1 = Math.min(e.x1, b.x1);
        e.x2 = Math.max(e.x2, b.x2);
      }
    }
    for (const [at, e] of extent) {
      touched.add(at);
      pages[at] = pages[at]!.filter((l) => {
        const mid = (l.top + l.bottom) / 2;
        if (mid < e.top || mid > e.bottom) return true;
        if (!l.free) return false;
        const left = l.xs?.[0];
        const right = l.ends?.at(-1) ?? l.xs?.at(-1);
        return left !== undefined && right !== undefined && (right < e.x1 || left > e.x2);
      });
    }
    for (let r = 0; r * w < run.length; r++) {
      const row = run.slice(r * w, r * w + w);
      if (row.every((b) => b.text === '')) continue;
      const first = row[0]!;
      const onPage = row.filter((b) => b.at === first.at);
      pages[first.at]!.push({
        cells: row.map((b) => b.text),
        cols: row.map((_, k) => k),
        top: first.top,
        bottom: onPage[onPage.length - 1]!.bottom,
        free: false,
        source: { page: first.page, table, row: r, strategy: 'ruled' },
      });
    }
    table++;
  }
  for (const at of touched) pages[at]!.sort(byLineTop);
}
