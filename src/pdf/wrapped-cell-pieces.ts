/**
 * @file A number wrapped inside its own cell of a borderless (or converted: pdftohtml -xml / -s / -c)
 * table whose cells are centred vertically (Chromium): a cell too narrow for its number prints the
 * head on one line and the last digit(s) on the next, in the same column band, while the row's
 * other cells — its label, the numbers that fit — sit on the row's middle, halfway between them:
 *
 *                          8954.4
 *     行政事业性收费                      ('8954.4' / '6' for 8954.46; '473' / '3' for 4733)
 *                            6
 *
 * Read as printed, the head went with the row (8954.4 at 0.85, a wrong value confidently read) and
 * the tail was a line of its own. The pieces are one number only where the cell geometry says so:
 * - the tail lies right under the head (its top within TOUCH of the head's bottom: the cell's next
 *   line, not the next row, which a cell's padding and border set further down), the same size, in
 *   the same column band (centred, left or right aligned on the head within ALIGN), no wider than the
 *   head and a point (WIDER: '621' / '8.77');
 * - a number wrapped over three lines or more ('1' / '8' / '8' / '5', '11' / '50' / '81': a chain, each
 *   piece under the one before) joins only as one cell's full lines — every line but the last as wide
 *   as the first, the last no wider (posjoin47); else it is left as printed, its pieces unsure;
 * - another item of the row — a label line, a number that fit — is centred halfway between the first and last
 *   (within MIDDLE of their midpoint, and clearly off both pieces' centres): the row's middle. Two
 *   rows' values touching would have their own rows' items at their own centres, none between;
 * - the joined text is a well-formed number ('8954.46', '4733', '1,204').
 * The joined item stands where the two did (its box both), so it lines up with its row; its cell is
 * marked `joined` (trusted where the identities confirm it). Pieces that touch and align but have no
 * row middle between them (top-aligned cells, a label wrapped as often as the number) are left as
 * printed, and the lines holding them are marked `piecesBeside` (either may be a piece: score caps
 * them) — by `wrappedCellMarks`. So are a number and a digit piece set half a line under it in its column band
 * (`halfUnder`: pdftohtml -xml / -s of a Chromium print, '16' / '5' of 165 10 px apart, 18 px tall): never joined (nothing
 * says the piece is not the next row's), the number only put in doubt.
 */
import type { PdfItem, PositionedLine } from './pdf-lines.js';
import { isJoinedNumber } from '../tables/tokenize-cell.js';
import { lowerBound, maxOf, minOf, pushAll } from '../_internal/extremes.js';

/** A head: digits (thousands commas, a decimal point and digits, or the point alone at its end). */
const HEAD = /^\d[\d,]*(?:\.\d*)?$/;
/** A tail: the digits the cell wrapped ('7', '5.78', '.46', '3'), or a middle piece ('31.' of '42' / '31.' / '99'). */
const TAIL = /^(?:\d[\d,]*(?:\.\d*)?|\.\d+)$/;
/** × head height. The tail's top lies this close to the head's bottom (the cell's next line). */
const TOUCH = 0.2;
/** × head height. The pieces' sizes agree this closely. */
const SAME_SIZE = 0.15;
/** × head height. The tail aligns on the head (centre, left or right edge) this closely. */
const ALIGN = 0.35;
/** × head height. A tail may be this much wider than its head (a point narrower than a digit: '621' / '8.77'; widths estimated from a font size). */
const WIDER = 0.6;
/** × head height. A row item's centre lies this close to the pieces' midpoint. */
const MIDDLE = 0.2;
/** × head height. …and this far at least from each piece's centre. */
const OFF_PIECE = 0.35;

/** × head height. A digit piece whose top lies this far below a number's top, and less than a line (1 − TOUCH), overlaps its lower half: the number's tail the converter set half a line down. */
const HALF_DOWN = 0.4;

/** True when `b` is centred, left or right aligned on `a` within ALIGN of `a`'s height. */
function aligned(a: PdfItem, b: PdfItem): boolean {
  const slack = ALIGN * a.height;
  return Math.abs(b.x + b.width / 2 - (a.x + a.width / 2)) <= slack || Math.abs(b.x - a.x) <= slack || Math.abs(b.x + b.width - (a.x + a.width)) <= slack;
}

/**
 * True when `b` (digits) lies half a line under `a` (a number) in `a`'s column band: its top between HALF_DOWN and 1 − TOUCH
 * of `a`'s height below `a`'s top, the same size, aligned on `a` as `under` asks. pdftohtml -xml / -s of a Chromium print
 * set a cell's wrapped tail '5' of '16' (a row '23 0 16' / '5' for 23 0 165) 10 px under a number 18 px tall: not the next
 * line (`under`), not the same line — grouped with the next row's line, the row kept 16 at 0.95.
 */
function halfUnder(a: PdfItem, b: PdfItem): boolean {
  const h = a.height;
  const down = b.top - a.top;
  if (down < HALF_DOWN * h || down >= (1 - TOUCH) * h || Math.abs(b.height - h) > SAME_SIZE * h || b.width > a.width + WIDER * h) return false;
  return aligned(a, b);
}

/** What the join found: the items with each sure pair joined, the joined items, and the pairs left unsure. */
export interface CellWraps {
  items: PdfItem[];
  joined: PdfItem[];
  unsure: PdfItem[];
}

const centreY = (it: PdfItem): number => it.top + it.height / 2;
const bottomOf = (it: PdfItem): number => it.top + it.height;

/** True when `b` stands in `a`'s column band, under it, as a wrapped cell's next line would (no wider than the cell `a` fills, within WIDER). */
function under(a: PdfItem, b: PdfItem, loose = false): boolean {
  const h = a.height;
  // (`loose`: a last piece ending in a point or a comma, '31.' under '42' at a page's foot, goes on whatever its place across:
  // under its head where they overlap, its mark's width — a digit's where a font size estimates it — allowed for.)
  const goesOn = loose && /[.,]$/.test(b.str.trim());
  if (Math.abs(b.top - bottomOf(a)) > TOUCH * h || Math.abs(b.height - h) > SAME_SIZE * h || b.width > a.width + (goesOn ? 1 : WIDER) * h) return false;
  if (goesOn && b.x < a.x + a.width && a.x < b.x + b.width) return true;
  return aligned(a, b);
}

/** True when an item of the row (not a piece of `chain`) is centred halfway between its first and last pieces. */
function rowMiddle(items: readonly PdfItem[], chain: readonly PdfItem[]): boolean {
  const a = chain[0]!;
  const b = chain.at(-1)!;
  const mid = (a.top + bottomOf(b)) / 2;
  const h = a.height;
  return items.some((it) => !chain.includes(it) && it.str.trim() !== '' && Math.abs(centreY(it) - mid) <= MIDDLE * h && Math.abs(centreY(it) - centreY(a)) >= OFF_PIECE * h && Math.abs(centreY(it) - centreY(b)) >= OFF_PIECE * h);
}

/**
 * True when the lines of a chain of three or more are one cell's: every line but the last as wide as
 * the first (the cell full, within ALIGN), the last no wider, each piece digits only but the last's point.
 */
function fullLines(chain: readonly PdfItem[]): boolean {
  const h = chain[0]!.height;
  const w = chain[0]!.width;
  return chain.every((it, k) => (k === chain.length - 1 ? it.width <= w + WIDER * h : Math.abs(it.width - w) <= ALIGN * h && /^\d+$/.test(it.str.trim())));
}

/**
 * Pieces by top, for the pair searches: `within(lo, hi)` gives every piece whose top lies in [lo, hi] — in no set order (the
 * searches count their matches and take one only when it is the one) — and every piece whose place or height is not a
 * finite number, or whose height is negative, which no range can rule out; `tallest` is the largest height of the others.
 * A range that is not two finite numbers gives every piece.
 */
function byTop(list: readonly PdfItem[]): { within: (lo: number, hi: number) => PdfItem[]; tallest: number } {
  const odd: PdfItem[] = [];
  const sorted: PdfItem[] = [];
  for (const it of list) (Number.isFinite(it.top) && Number.isFinite(it.height) && it.height >= 0 ? sorted : odd).push(it);
  sorted.sort((a, b) => a.top - b.top);
  const tops = sorted.map((it) => it.top);
  const tallest = sorted.reduce((m, it) => Math.max(m, it.height), 0);
  const within = (lo: number, hi: number): PdfItem[] => {
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [...list];
    const out = odd.slice();
    // (Widened by a hair: the range is a superset, the tests themselves decide, whatever the rounding of lo and hi.)
    const [from, to] = [lo - 1e-6 * (1 + Math.abs(lo)), hi + 1e-6 * (1 + Math.abs(hi))];
    for (let k = lowerBound(tops, from); k < sorted.length && tops[k]! <= to; k++) out.push(sorted[k]!);
    return out;
  };
  return { within, tallest };
}

/** The page's free items with numbers wrapped in centred cells joined where the geometry says so. */
export function joinCellWraps(items: readonly PdfItem[]): CellWraps {
  // Each piece's text tested once (the pair loops below ran the patterns for every pair).
  const pieces: PdfItem[] = [];
  const heads: PdfItem[] = [];
  const tails: PdfItem[] = [];
  // A piece ending in a point or a comma: the only piece `under`'s `loose` is read for.
  const goesOn = new Set<PdfItem>();
  for (const it of items) {
    if (it.down) continue;
    const text = it.str.trim();
    const head = HEAD.test(text);
    const tail = TAIL.test(text);
    if (!head && !tail) continue;
    pieces.push(it);
    if (head) heads.push(it);
    if (tail) tails.push(it);
    if (/[.,]$/.test(text)) goesOn.add(it);
  }
  // Whether such a piece has a piece under it (its `loose`), found once per piece: it was searched again for every head over it.
  const hasNext = new Map<PdfItem, boolean>();
  const lastPiece = (b: PdfItem): boolean => {
    if (!goesOn.has(b)) return true;
    let known = hasNext.get(b);
    if (known === undefined) hasNext.set(b, (known = pieces.some((c) => c !== b && under(b, c))));
    return !known;
  };
  // Tails by top: a head's tail starts within TOUCH of its height from its bottom (`under`'s first test), so only those are tried.
  const tailTops = byTop(tails);
  const tailOf = new Map<PdfItem, PdfItem>();
  const headOf = new Map<PdfItem, PdfItem>();
  for (const a of heads) {
    let below: PdfItem | undefined;
    let count = 0;
    const slack = TOUCH * a.height;
    const near = tailTops.within(bottomOf(a) - slack, bottomOf(a) + slack);
    for (const b of near) if (b !== a && under(a, b, lastPiece(b)) && count++ === 0) below = b;
    if (count === 1 && !headOf.has(below!)) {
      tailOf.set(a, below!);
      headOf.set(below!, a);
    }
  }
  const joined: PdfItem[] = [];
  const unsure: PdfItem[] = [];
  // A digit piece half a line under a number (halfUnder): its tail or not, the number is in doubt — both left unsure.
  // (Heads by top: such a head's top lies under a head height above the piece's.)
  const headTops = byTop(heads);
  for (const b of pieces) {
    if (headOf.has(b) || !/^\d+$/.test(b.str.trim())) continue;
    let over: PdfItem | undefined;
    let count = 0;
    for (const a of headTops.within(b.top - headTops.tallest, b.top)) if (a !== b && !tailOf.has(a) && halfUnder(a, b) && count++ === 0) over = a;
    if (count === 1) pushAll(unsure, [over!, b]);
  }
  const drop = new Set<PdfItem>();
  const replace = new Map<PdfItem, PdfItem>();
  for (const first of tailOf.keys()) {
    if (headOf.has(first)) continue;
    const chain = [first];
    for (let next = tailOf.get(first); next && !chain.includes(next); next = tailOf.get(next)) chain.push(next);
    // A chain of three or more (a number wrapped a digit or two a line, '1' / '8' / '8' / '5') joins only as one cell's full
    // lines; else left as printed, its lines unsure (the digit beside the row's label is not its value).
    const text = chain.map((it) => it.str.trim()).join('');
    if (!isJoinedNumber(text)) {
      // (Pieces ending in a point or a comma go on — the rest on the next page, or cut off: unsure too.)
      if (chain.length > 2 || /[.,]$/.test(text)) pushAll(unsure, chain);
      continue;
    }
    if ((chain.length > 2 && !fullLines(chain)) || !rowMiddle(items, chain)) {
      pushAll(unsure, chain);
      continue;
    }
    const last = chain.at(-1)!;
    const x = minOf(chain.map((it) => it.x));
    const item: PdfItem = { ...first, str: text, x, width: maxOf(chain.map((it) => it.x + it.width)) - x, height: bottomOf(last) - first.top };
    replace.set(first, item);
    for (const it of chain.slice(1)) drop.add(it);
    joined.push(item);
  }
  if (joined.length === 0) return { items: [...items], joined, unsure };
  return { items: items.filter((it) => !drop.has(it)).map((it) => replace.get(it) ?? it), joined, unsure };
}

/** True when item `it` lies in cell `k` of line `l` (its box across in the cell's, its centre within the line, its text in the cell's). */
function inCell(l: PositionedLine, k: number, it: PdfItem): boolean {
  const end = l.ends?.[k] ?? Infinity;
  const c = centreY(it);
  return it.x >= l.xs[k]! - 0.5 && it.x + it.width <= end + 0.5 && c >= l.top - 0.5 && c <= l.bottom + 0.5 && l.cells[k]!.replace(/\s/g, '').includes(it.str.trim());
}

/** A laid-out free line's marks from the join: the cells holding a joined number, and whether it holds an unsure piece. */
export function wrappedCellMarks(l: PositionedLine, wraps: CellWraps): { joined?: number[]; piecesBeside?: true } {
  const joined = l.cells.map((_, k) => k).filter((k) => wraps.joined.some((it) => inCell(l, k, it)));
  const beside = wraps.unsure.some((it) => l.cells.some((_, k) => inCell(l, k, it)));
  return { ...(joined.length > 0 ? { joined } : {}), ...(beside ? { piecesBeside: true as const } : {}) };
}
