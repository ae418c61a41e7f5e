/**
 * Wrapped cell pieces paired without a cube (speed53, issue 17): `joinCellWraps` asked, for every head and every piece
 * tried as its tail, whether that piece had a piece of its own under it — a third loop over the page's numbers inside
 * the pair loop (a page of 200 numbers: millions of geometry tests; ~0.1× of the text floor on the bench PDFs' pages).
 * It now tests each piece's text once, asks that question once per piece and only for a piece ending in a point or a
 * comma (the only piece `under`'s `loose` is read for), and tries as a head's tail only the pieces whose top lies near
 * its bottom (as a piece's head half a line over it, only those above it by less than a head's height). Checked
 * against the join as it was (below, its loops verbatim) on seeded pages of digit pieces — heads, tails, chains, points
 * and commas, pieces half a line down, sideways items, places and heights that are no finite number — and by counting
 * the reads of the pieces' places on a page of 80 numbers.
 */
import { joinCellWraps, type CellWraps } from '../src/pdf/wrapped-cell-pieces.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';
import { isJoinedNumber } from '../src/tables/tokenize-cell.js';
import { maxOf, minOf, pushAll } from '../src/_internal/extremes.js';
import { rng } from '../scripts/template-data.mjs';

// The join as it was before the change (pdf/wrapped-cell-pieces.ts at c2fddfd6), its constants and tests verbatim.
const HEAD = /^\d[\d,]*(?:\.\d*)?$/;
const TAIL = /^(?:\d[\d,]*(?:\.\d*)?|\.\d+)$/;
const [TOUCH, SAME_SIZE, ALIGN, WIDER, MIDDLE, OFF_PIECE, HALF_DOWN] = [0.2, 0.15, 0.35, 0.6, 0.2, 0.35, 0.4];
const centreY = (it: PdfItem): number => it.top + it.height / 2;
const bottomOf = (it: PdfItem): number => it.top + it.height;
function aligned(a: PdfItem, b: PdfItem): boolean {
  const slack = ALIGN * a.height;
  return Math.abs(b.x + b.width / 2 - (a.x + a.width / 2)) <= slack || Math.abs(b.x - a.x) <= slack || Math.abs(b.x + b.width - (a.x + a.width)) <= slack;
}
function halfUnder(a: PdfItem, b: PdfItem): boolean {
  const h = a.height;
  const down = b.top - a.top;
  if (down < HALF_DOWN * h || down >= (1 - TOUCH) * h || Math.abs(b.height - h) > SAME_SIZE * h || b.width > a.width + WIDER * h) return false;
  return aligned(a, b);
}
function under(a: PdfItem, b: PdfItem, loose = false): boolean {
  const h = a.height;
  const goesOn = loose && /[.,]$/.test(b.str.trim());
  if (Math.abs(b.top - bottomOf(a)) > TOUCH * h || Math.abs(b.height - h) > SAME_SIZE * h || b.width > a.width + (goesOn ? 1 : WIDER) * h) return false;
  if (goesOn && b.x < a.x + a.width && a.x < b.x + b.width) return true;
  return aligned(a, b);
}
function rowMiddle(items: readonly PdfItem[], chain: readonly PdfItem[]): boolean {
  const a = chain[0]!;
  const b = chain.at(-1)!;
  const mid = (a.top + bottomOf(b)) / 2;
  const h = a.height;
  return items.some((it) => !chain.includes(it) && it.str.trim() !== '' && Math.abs(centreY(it) - mid) <= MIDDLE * h && Math.abs(centreY(it) - centreY(a)) >= OFF_PIECE * h && Math.abs(centreY(it) - centreY(b)) >= OFF_PIECE * h);
}
function fullLines(chain: readonly PdfItem[]): boolean {
  const h = chain[0]!.height;
  const w = chain[0]!.width;
  return chain.every((it, k) => (k === chain.length - 1 ? it.width <= w + WIDER * h : Math.abs(it.width - w) <= ALIGN * h && /^\d+$/.test(it.str.trim())));
}
function reference(items: readonly PdfItem[]): CellWraps {
  const pieces = items.filter((it) => !it.down && (HEAD.test(it.str.trim()) || TAIL.test(it.str.trim())));
  const tailOf = new Map<PdfItem, PdfItem>();
  const headOf = new Map<PdfItem, PdfItem>();
  for (const a of pieces) {
    if (!HEAD.test(a.str.trim())) continue;
    const below = pieces.filter((b) => b !== a && TAIL.test(b.str.trim()) && under(a, b, !pieces.some((c) => c !== b && under(b, c))));
    if (below.length === 1 && !headOf.has(below[0]!)) {
      tailOf.set(a, below[0]!);
      headOf.set(below[0]!, a);
    }
  }
  const joined: PdfItem[] = [];
  const unsure: PdfItem[] = [];
  for (const b of pieces) {
    if (headOf.has(b) || !/^\d+$/.test(b.str.trim())) continue;
    const over = pieces.filter((a) => a !== b && HEAD.test(a.str.trim()) && !tailOf.has(a) && halfUnder(a, b));
    if (over.length === 1) pushAll(unsure, [over[0]!, b]);
  }
  const drop = new Set<PdfItem>();
  const replace = new Map<PdfItem, PdfItem>();
  for (const first of tailOf.keys()) {
    if (headOf.has(first)) continue;
    const chain = [first];
    for (let next = tailOf.get(first); next && !chain.includes(next); next = tailOf.get(next)) chain.push(next);
    const text = chain.map((it) => it.str.trim()).join('');
    if (!isJoinedNumber(text)) {
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

const TEXTS = ['8954.4', '6', '473', '3', '31.', '42', '99', '1,', '204', '.46', '7', '12', '5.78', '1', '8', '行政许可', '规章', '0', '', ' 16 ', '2,'];

/** A seeded page: rows of labels and numbers, some numbers wrapped under themselves (one, two or three lines), some half a line down. */
function page(seed: number, n: number): PdfItem[] {
  const r = rng(seed);
  const out: PdfItem[] = [];
  for (let i = 0; i < n; i++) {
    const h = r() < 0.8 ? 13.3 : 10 + r() * 6;
    const col = Math.floor(r() * 6);
    const row = Math.floor(r() * 12);
    const str = TEXTS[Math.floor(r() * TEXTS.length)]!;
    const x = 150 + col * 60 + (r() < 0.7 ? 0 : r() * 8);
    // Tops on the row's grid, or right under a line (a wrapped cell's next line), or half a line down.
    const step = r();
    const top = 100 + row * 26.6 + (step < 0.5 ? 0 : step < 0.8 ? h * (1 + (r() - 0.5) * 0.3) : h * (0.4 + r() * 0.4));
    const width = [...str].length * (/^[\d.,\s]*$/.test(str) ? 5.5 : 12) + (r() < 0.2 ? r() * 10 : 0);
    // (A few places or heights that are no finite number, or a negative height: the pair search must not lose them.)
    const odd = r();
    const at = odd < 0.01 ? { top: NaN } : odd < 0.02 ? { height: NaN } : odd < 0.025 ? { top: Infinity } : odd < 0.03 ? { height: -h } : {};
    out.push({ str, x, top, width, height: h, size: h, ...(r() < 0.03 ? { down: true } : {}), ...at } as PdfItem);
  }
  return out;
}

describe('joinCellWraps pairs heads and tails as before, in square time', () => {
  it('gives what the cubic join gave on 200 seeded pages', () => {
    let joinedSeen = 0;
    let unsureSeen = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const items = page(seed, 10 + (seed % 60));
      const want = reference(items);
      const got = joinCellWraps(items);
      expect(got).toEqual(want);
      joinedSeen += want.joined.length;
      unsureSeen += want.unsure.length;
    }
    // (The pages do exercise the joins and the unsure pieces.)
    expect(joinedSeen).toBeGreaterThan(20);
    expect(unsureSeen).toBeGreaterThan(20);
  });

  it('reads the pieces\' places about once per pair, not once per pair and piece (80 numbers on a page)', () => {
    let reads = 0;
    const items: PdfItem[] = [];
    for (let k = 0; k < 80; k++) {
      const at = { str: String(100 + k), x: 150 + (k % 8) * 50, top: 100 + Math.floor(k / 8) * 20, width: 16.5, height: 13.3, size: 13.3 };
      items.push(Object.defineProperty({ ...at }, 'top', { get: () => (reads++, at.top), enumerable: true }) as PdfItem);
    }
    joinCellWraps(items);
    // Before: ~3 reads for each of 80 × 80 × 80 (head, tail, piece under the tail) triples, over 1.5 million.
    expect(reads).toBeLessThan(20 * 80 * 80);
  });
});
