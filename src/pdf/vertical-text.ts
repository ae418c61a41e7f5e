/**
 * @file Text set in vertical writing (CSS `writing-mode: vertical-rl`, a vertical table pasted in
 * an upright page): its lines run top to bottom and follow each other right to left. Chromium
 * draws such text as upright ideographs one glyph per run, stacked at 1 em, and numbers as runs
 * turned 90° clockwise (their baseline runs down the page). Read in the page's frame, every glyph is
 * a line of its own and the numbers stand across them. A block of such text is read turned: its
 * boxes (and the rulings inside it) are turned a quarter so that its lines run left to right and
 * follow each other top to bottom, in place of the block on the page; what is below the block
 * moves by the difference in height. The rest of the page stays as it is (decided per block, from
 * the runs' transforms, as `orientation.ts` decides per page).
 */
import type { PdfItem } from './pdf-lines.js';
import type { Rulings, Segment } from './rulings.js';
import { maxOf, minOf, pushAll } from '../_internal/extremes.js';

/** Runs turned to run down the page a block needs (a table's numbers): a few sideways labels are not vertical writing. */
const MIN_DOWN_RUNS = 3;
/** × size. Glyphs of one vertical line stand this close in x. */
const STACK_X = 0.15;
/** × size. …and follow each other at 1 em (a wrapped upright header stacks at its line height, ≥ 1.2 em). */
const STACK_ADVANCE: readonly [number, number] = [0.9, 1.12];
/**
 * × size. Letter-spaced vertical writing (`letter-spacing: .5em` in a vertical-rl cell) stacks its
 * ideographs farther apart, as far as a header wrapped one character per line: such glyphs count
 * only in a chain of LOOSE_CHAIN or more at one even advance, and a block still needs its turned
 * numbers (an upright page has none), so a wrapped upright header alone is never turned.
 */
const LOOSE_ADVANCE_MAX = 2;
/** Fewest ideographs at one even advance that make a letter-spaced vertical line. */
const LOOSE_CHAIN = 3;
/** Share of the advance by which the steps of a letter-spaced chain may differ. */
const LOOSE_EVEN = 0.05;
/** Share of a block's characters that may be upright runs of several characters (horizontal text): more, and it is no vertical block. */
const MAX_UPRIGHT_SHARE = 0.2;

/** One block of vertical writing, in page coordinates. */
interface Block {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const chars = (it: PdfItem): number => it.str.trim().length;

/** Items that are vertical writing: runs turned to run down, and single glyphs stacked at 1 em. */
function verticalItems(items: readonly PdfItem[]): Set<PdfItem> {
  const out = new Set<PdfItem>(items.filter((it) => it.down === true));
  const singles = items.filter((it) => it.down !== true && chars(it) === 1);
  const byX = [...singles].sort((a, b) => a.x - b.x || a.top - b.top);
  for (let i = 0; i < byX.length; i++) {
    const a = byX[i]!;
    for (let j = i + 1; j < byX.length && byX[j]!.x - a.x <= STACK_X * a.size; j++) {
      const b = byX[j]!;
      const advance = Math.abs(b.top - a.top) / a.size;
      if (Math.abs(a.size - b.size) <= 0.1 * a.size && advance >= STACK_ADVANCE[0] && advance <= STACK_ADVANCE[1]) {
        out.add(a);
        out.add(b);
      }
    }
  }
  for (const it of looseChains(singles)) out.add(it);
  return out;
}

const HAN = /^\p{Script=Han}$/u;

/** Ideographs stacked in chains of LOOSE_CHAIN or more at one even advance between 1 em and LOOSE_ADVANCE_MAX em (letter-spaced vertical writing). */
function looseChains(singles: readonly PdfItem[]): PdfItem[] {
  const han = singles.filter((it) => HAN.test(it.str.trim()));
  const out: PdfItem[] = [];
  const used = new Set<PdfItem>();
  for (const a of [...han].sort((p, q) => p.top - q.top)) {
    if (used.has(a)) continue;
    const chain = [a];
    let step = 0;
    for (;;) {
      const last = chain.at(-1)!;
      const next = han
        .filter((b) => !used.has(b) && Math.abs(b.x - last.x) <= STACK_X * last.size && Math.abs(b.size - last.size) <= 0.1 * last.size && b.top > last.top)
        .sort((p, q) => p.top - q.top)[0];
      if (!next) break;
      const advance = (next.top - last.top) / last.size;
      if (advance < STACK_ADVANCE[0] || advance > LOOSE_ADVANCE_MAX || (step && Math.abs(advance - step) > LOOSE_EVEN * step)) break;
      step ||= advance;
      chain.push(next);
    }
    if (chain.length < LOOSE_CHAIN) continue;
    for (const it of chain) used.add(it);
    pushAll(out, chain);
  }
  return out;
}

/** Blocks of vertical writing: vertical items grouped by their vertical extent, each with enough turned runs and little upright text. */
export function verticalBlocks(items: readonly PdfItem[]): Block[] {
  // Counted before the single-glyph passes (the letter-spaced chain search is quadratic): an upright page has no turned runs.
  if (items.filter((it) => it.down === true).length < MIN_DOWN_RUNS) return [];
  const vertical = verticalItems(items);
  // A block runs down the page until upright text (several characters in one run) starts below it.
  const groups: PdfItem[][] = [];
  let open = false;
  let bottom = -Infinity;
  for (const it of [...items].sort((a, b) => a.top - b.top)) {
    if (vertical.has(it)) {
      if (open) groups.at(-1)!.push(it);
      else groups.push([it]);
      open = true;
      bottom = Math.max(bottom, it.top + it.height);
    } else if (open && chars(it) > 1 && it.top >= bottom) {
      open = false;
      bottom = -Infinity;
    }
  }
  const blocks: Block[] = [];
  for (const g of groups) {
    if (g.filter((it) => it.down === true).length < MIN_DOWN_RUNS) continue;
    const b = { x1: minOf(g.map((it) => it.x)), y1: minOf(g.map((it) => it.top)), x2: maxOf(g.map((it) => it.x + it.width)), y2: maxOf(g.map((it) => it.top + it.height)) };
    const inBlock = items.filter((it) => centreIn(it, b));
    const upright = inBlock.filter((it) => !vertical.has(it) && chars(it) > 1).reduce((n, it) => n + chars(it), 0);
    const total = inBlock.reduce((n, it) => n + chars(it), 0);
    if (upright <= MAX_UPRIGHT_SHARE * total) blocks.push(b);
  }
  return blocks;
}

function centreIn(it: { x: number; top: number; width: number; height: number }, b: Block): boolean {
  const cx = it.x + it.width / 2;
  const cy = it.top + it.height / 2;
  return cx >= b.x1 && cx <= b.x2 && cy >= b.y1 && cy <= b.y2;
}

/** pt. A ruling this close to a block's text is the block's (a table's borders lie around its text). */
const BORDER_REACH = 12;

/** A block grown to the rulings that touch it (its table's borders and frame). */
function withBorders(b: Block, rulings: Rulings): Block {
  const near = (s: Segment): boolean => s.x2 >= b.x1 - BORDER_REACH && s.x1 <= b.x2 + BORDER_REACH && s.y2 >= b.y1 - BORDER_REACH && s.y1 <= b.y2 + BORDER_REACH;
  const segs = [...rulings.horizontal, ...rulings.vertical].filter(near);
  if (segs.length === 0) return b;
  return { x1: minOf([b.x1, ...segs.map((s) => s.x1)]), y1: minOf([b.y1, ...segs.map((s) => s.y1)]), x2: maxOf([b.x2, ...segs.map((s) => s.x2)]), y2: maxOf([b.y2, ...segs.map((s) => s.y2)]) };
}

/** Blocks that overlap (the header and the values of one table, joined by its borders) as one. */
function mergeOverlapping(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of [...blocks].sort((p, q) => p.y1 - q.y1)) {
    const last = out.at(-1);
    if (last && b.y1 <= last.y2 && b.x1 <= last.x2 && b.x2 >= last.x1) out[out.length - 1] = { x1: Math.min(last.x1, b.x1), y1: last.y1, x2: Math.max(last.x2, b.x2), y2: Math.max(last.y2, b.y2) };
    else out.push(b);
  }
  return out;
}

/** How far content below `y` moves: each block above it is as high, turned, as it was wide. */
function shiftAt(blocks: readonly Block[], y: number): number {
  return blocks.filter((b) => b.y2 <= y).reduce((d, b) => d + (b.x2 - b.x1) - (b.y2 - b.y1), 0);
}

/** A box turned a quarter inside its block (down the page → left to right, right to left → down), or moved by the blocks above it. */
function place<T extends { x: number; top: number; width: number; height: number }>(box: T, blocks: readonly Block[]): T {
  const b = blocks.find((k) => centreIn(box, k));
  if (!b) {
    const d = shiftAt(blocks, box.top);
    return d === 0 ? box : { ...box, top: box.top + d };
  }
  const d = shiftAt(blocks, b.y1);
  return { ...box, x: b.x1 + (box.top - b.y1), top: b.y1 + d + (b.x2 - (box.x + box.width)), width: box.height, height: box.width };
}

/**
 * Vertical presentation forms (U+FE10–FE19, U+FE30–FE4F: ︵三︶ ︑ ︒), which vertical writing prints for
 * brackets and punctuation, as the horizontal characters they stand for (their NFKC forms), once the
 * block is read turned: '︵三︶不予公开' names the （三） row like '（三）不予公开'.
 */
const horizontalForms = (s: string): string => s.replace(/[\uFE10-\uFE19\uFE30-\uFE4F]/g, (c) => c.normalize('NFKC'));

const segBox = (s: Segment): { x: number; top: number; width: number; height: number } => ({ x: s.x1, top: s.y1, width: s.x2 - s.x1, height: s.y2 - s.y1 });
const boxSeg = (b: { x: number; top: number; width: number; height: number }): Segment => ({ x1: b.x, y1: b.top, x2: b.x + b.width, y2: b.top + b.height });

/**
 * A page's items and rulings with every block of vertical writing turned to be read like
 * horizontal text (`turned`: some block was). A page without such a block is returned as it is.
 */
export function turnVerticalBlocks(items: readonly PdfItem[], rulings: Rulings | null): { items: PdfItem[]; rulings: Rulings | null; turned: boolean } {
  const blocks = mergeOverlapping(verticalBlocks(items).map((b) => (rulings ? withBorders(b, rulings) : b)));
  if (blocks.length === 0) return { items: [...items], rulings, turned: false };
  const turnedItems = items.map((it) => {
    const placed = place(it, blocks);
    if (placed === it || !blocks.some((b) => centreIn(it, b))) return placed;
    const { down: _down, ...rest } = placed;
    return { ...rest, str: horizontalForms(rest.str) };
  });
  if (!rulings) return { items: turnedItems, rulings, turned: true };
  const all = [...rulings.horizontal, ...rulings.vertical].map((s) => boxSeg(place(segBox(s), blocks)));
  // A segment turned inside a block swaps its direction; one outside keeps it.
  const horizontal = all.filter((s) => s.x2 - s.x1 >= s.y2 - s.y1);
  const vertical = all.filter((s) => s.x2 - s.x1 < s.y2 - s.y1);
  return { items: turnedItems, rulings: { horizontal, vertical }, turned: true };
}
