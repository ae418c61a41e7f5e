/**
 * @file Text drawn over other text: a corrected PDF whose old value is still in the text layer
 * under the shown one — covered by a white box (the usual way a PDF is "edited"), written as
 * invisible text (render mode 3) or in white beside it — and page watermarks set across a table
 * ('内部资料 2024' on a diagonal, '内部 2025' tiled in light grey). pdf.js gives both texts; read
 * together, a cell showing 0 read 350, one showing 653 read 2024653, at 0.95 in table 二 where
 * no identity checks it. Which text shows cannot be told from the text layer, so:
 * - runs set on a diagonal (off the page's reading directions by more than DIAGONAL_DEG) are
 *   dropped when most of the page's runs are upright: no table is printed aslant, a watermark or
 *   a seal's lettering is;
 * - two runs of different characters — both holding digits, or one set 1.3 times the other's size —
 *   whose boxes overlap over much of the smaller one (not fake bold — the same characters again,
 *   `text-items.ts` `dropOverprints` — nor runs merely touching, nor a label overflowing its cell
 *   under a number) are a conflict: each run holding a digit is wrapped in U+FFFD, so the numbers next to it are
 *   damaged (`tables/tokenize-cell.ts`: never above 0.9) and no digit of one joins the other's.
 * - a number set twice the page's median size or larger whose box holds a number of the page's
 *   size (a horizontal watermark's digits in a table cell) is a conflict too;
 * - a run set 1.3 times the size of the page's numbers or larger that a table ruling passes
 *   through (an upright watermark laid over a ruled table: no cell's text crosses its border) is
 *   dropped (`dropOverTable`), before the conflicts are sought.
 * The pages are named in warning `overlapping_text`.
 */
import { multiply, type Matrix } from './graphics-state.js';
import type { PdfItem } from './pdf-lines.js';
import { UNKNOWN_CHAR } from './miscoded-glyphs.js';
import { repeats, type RawTextItem } from './text-items.js';
import type { Rulings } from './rulings.js';
import { mergeCollinear } from './grid.js';

/** Degrees. A run's baseline this far from every multiple of 90° in the reading frame is diagonal. */
const DIAGONAL_DEG = 10;
/** Share of the smaller run's box another run of different text must cover to conflict with it. */
const CONFLICT_OVERLAP = 0.4;
/** × the smaller run's height. Both boxes must share at least this much height: runs on one line (digits stacked half a line apart in a narrow cell are not). */
const CONFLICT_HEIGHT = 0.7;
/** A run that is a number (or numbers) only. */
const NUMBER = /^[\s\d,.%\-]*\d[\s\d,.%\-]*$/;
/** Size ratio above which a run over another is set apart from it (a watermark over a table), whatever it says. */
const WATERMARK_SIZE = 1.3;
/** × the page's median run size. A number set this large beside the page's numbers is a watermark's. */
const LARGE_SIZE = 2;
/** pt. Height of the buckets runs are indexed by. */
const BUCKET = 8;

/** Degrees from the nearest multiple of 90° of a run's baseline in the reading frame. */
function skew(transform: Matrix, frame: Matrix): number {
  const m = multiply(transform, frame);
  if (Math.hypot(m[0], m[1]) === 0) return 0;
  const deg = Math.abs((Math.atan2(m[1], m[0]) * 180) / Math.PI) % 90;
  return Math.min(deg, 90 - deg);
}

/** The runs that are not diagonal (when most of the page's runs are upright), and the texts dropped. */
export function dropDiagonal<T extends RawTextItem>(raw: readonly T[], frame: Matrix): { items: T[]; dropped: string[] } {
  const diagonal = raw.map((it) => it.str.trim() !== '' && skew(it.transform, frame) > DIAGONAL_DEG);
  const count = diagonal.filter(Boolean).length;
  if (count === 0 || count * 2 >= raw.length) return { items: [...raw], dropped: [] };
  return { items: raw.filter((_, i) => !diagonal[i]), dropped: raw.filter((_, i) => diagonal[i]).map((it) => it.str.trim()) };
}

/** Times the same text must be set on one page, over several rows and columns, to be a tiled watermark. */
const MIN_TILES = 4;
/** A tile's size differs from the page's median run size by at least this share when it is digits only. */
const TILE_SIZE_DIFF = 0.2;

/** em. Gap under which a run continues a neighbour on its baseline (a word of its line, not a tile). */
const IN_LINE_GAP = 0.5;

/**
 * True when `it` (font size `size`) continues another run on its baseline: a run within IN_LINE_GAP
 * em of it, before or after. A tile stands alone; a year repeated in a title and in the prose
 * ('平潭综合实验区管理委员会' '2023' '年政府信息…', Chromium's runs) is part of its lines.
 */
function inLine<T extends RawTextItem>(it: T, raw: readonly T[], size: number): boolean {
  const x0 = it.transform[4];
  const x1 = x0 + it.width;
  return raw.some((o) => o !== it && o.str.trim() !== '' && o.str !== it.str && Math.abs(o.transform[5] - it.transform[5]) < 0.3 * size && o.transform[4] < x1 + IN_LINE_GAP * size && o.transform[4] + o.width > x0 - IN_LINE_GAP * size);
}

/**
 * The runs that are not a tiled watermark, and the texts dropped: one text holding a digit (at
 * least 4 characters) set MIN_TILES times or more on the page at one size, on at least 2 rows and
 * 2 columns ('内部 2025' repeated across the page in light grey). A text of digits only ('2024')
 * counts only set at a size other than the page's text (a table repeats its own numbers). At least
 * MIN_TILES of them must stand alone on their baselines (`inLine`): a year in a title and the prose is
 * no tile.
 */
export function dropTiles<T extends RawTextItem>(raw: readonly T[]): { items: T[]; dropped: string[] } {
  const size = (it: T): number => Math.round(Math.hypot(it.transform[2], it.transform[3]) * 10) / 10;
  const groups = new Map<string, T[]>();
  for (const it of raw) {
    const key = it.str.trim();
    if (key.replace(/\s/g, '').length < 4 || !/\d/.test(key)) continue;
    const k = `${key}\u0000${size(it)}`;
    groups.set(k, [...(groups.get(k) ?? []), it]);
  }
  const sizes = raw.map(size).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const tiles = new Set<T>();
  const dropped: string[] = [];
  for (const list of groups.values()) {
    if (list.length < MIN_TILES) continue;
    const xs = new Set(list.map((it) => Math.round(it.transform[4])));
    const ys = new Set(list.map((it) => Math.round(it.transform[5])));
    if (xs.size < 2 || ys.size < 2) continue;
    const text = list[0]!.str.trim();
    if (/^[\d\s,.]+$/.test(text) && Math.abs(size(list[0]!) - median) < TILE_SIZE_DIFF * median) continue;
    if (list.filter((it) => !inLine(it, raw, size(it))).length < MIN_TILES) continue;
    for (const it of list) tiles.add(it);
    dropped.push(`${text} ×${list.length}`);
  }
  return tiles.size === 0 ? { items: [...raw], dropped } : { items: raw.filter((it) => !tiles.has(it)), dropped };
}

/** Does the text of `a` sit over that of `b` (or the reverse) over most of the smaller box? */
function overlapping(a: PdfItem, b: PdfItem): boolean {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  if (w <= 0 || h < CONFLICT_HEIGHT * Math.min(a.height, b.height)) return false;
  return w * h >= CONFLICT_OVERLAP * Math.max(Math.min(a.width * a.height, b.width * b.height), 1e-6);
}

/** The same characters at the same place (fake bold, a shadow, a run split differently): not two texts. */
const sameText = (a: PdfItem, b: PdfItem): boolean => a.str.replace(/\s+/g, '') === b.str.replace(/\s+/g, '') || repeats(a, b) || repeats(b, a);

/** A label's item number ('2.', '2 . ', '（3）', '1、') before its words. */
const ITEM_NUMBER = /^\s*[（(]?\s*\d{1,2}\s*[.．、)）]\s*(?=\D)/;

/** Digits other than a leading item number: a number, or text holding one. */
const holdsDigits = (s: string): boolean => /\d/.test(s.replace(ITEM_NUMBER, ''));

/** The items with every digit-holding run that conflicts with another run wrapped in U+FFFD, and the conflicting texts. */
export function markOverlappingText(items: readonly PdfItem[]): { items: PdfItem[]; conflicts: string[] } {
  const buckets = new Map<number, number[]>();
  items.forEach((it, i) => {
    if (it.str.trim() === '' || it.down) return;
    for (let k = Math.floor(it.top / BUCKET); k <= Math.floor((it.top + it.height) / BUCKET); k++) {
      const list = buckets.get(k) ?? [];
      list.push(i);
      buckets.set(k, list);
    }
  });
  const hit = new Set<number>();
  const conflicts: string[] = [];
  items.forEach((it, i) => {
    if (it.conflict && /\d/.test(it.str)) {
      hit.add(i);
      conflicts.push(it.str.trim());
    }
  });
  // Each item's digit tests once (a bucket's every pair asked them again).
  const withDigit = items.map((it) => /\d/.test(it.str));
  const ownDigits: (boolean | undefined)[] = [];
  const holds = (k: number): boolean => (ownDigits[k] ??= holdsDigits(items[k]!.str));
  for (const list of buckets.values()) {
    for (let p = 0; p < list.length; p++) {
      for (let q = p + 1; q < list.length; q++) {
        const i = list[p]!;
        const j = list[q]!;
        const a = items[i]!;
        const b = items[j]!;
        if (!withDigit[i] && !withDigit[j]) continue;
        if ((hit.has(i) || !withDigit[i]) && (hit.has(j) || !withDigit[j])) continue;
        // Numbers over numbers, digits over digits ('WM 2024' over '13': which is the cell's cannot
        // be told), or any text over another at a clearly other size (a watermark): a label
        // without digits besides its item number ('2 . 其 他 法 律…', letter spaced) overflowing its
        // cell under the next cell's number is none of them.
        const digits = holds(i) && holds(j);
        if (!digits && Math.max(a.size, b.size) < WATERMARK_SIZE * Math.min(a.size, b.size)) continue;
        if (sameText(a, b) || !overlapping(a, b)) continue;
        for (const k of [i, j]) if (withDigit[k]) hit.add(k);
        conflicts.push(`${a.str.trim()}/${b.str.trim()}`);
      }
    }
  }
  // A number set far larger than the page's text beside a number of the page's size, on its line
  // (a watermark's digits in a table cell, '2025' + '9507' read 20259507): both not trusted.
  const sizes = items.map((it) => it.size).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  items.forEach((big, i) => {
    if (median <= 0 || big.size < LARGE_SIZE * median || !/\d/.test(big.str) || big.down) return;
    const near = items.filter((it, j) => j !== i && !hit.has(j) && NUMBER.test(it.str) && it.size < WATERMARK_SIZE * median && it.top >= big.top && it.top + it.height <= big.top + big.height && it.x < big.x + big.width + big.size && it.x + it.width > big.x - big.size);
    if (near.length === 0) return;
    hit.add(i);
    for (const it of near) hit.add(items.indexOf(it));
    conflicts.push(`${big.str.trim()}/${near.map((it) => it.str.trim()).join(' ')}`);
  });
  if (hit.size === 0) return { items: [...items], conflicts: [] };
  return { items: items.map((it, i) => (hit.has(i) ? { ...it, str: `${UNKNOWN_CHAR}${it.str.trim()}${UNKNOWN_CHAR}` } : it)), conflicts };
}

/** × the size of the table's numbers. A run this much larger, drawn across a table's rulings, is a watermark. */
const OVER_TABLE_SIZE = 1.3;
/** × a run's height (width at its ends). A ruling must pass this far inside its box to cross it (not a border it touches). */
const CROSS_MARGIN = 0.2;

/** × a run's size. A ruling line shorter than this is no table's border (a glyph's outlined stroke, see dropOverTable). */
const MIN_CROSSING_EM = 2;

/** Does a ruling pass through the run's box (not along its edge)? */
export function crossesRuling(it: PdfItem, rulings: Rulings): boolean {
  const m = CROSS_MARGIN * it.height;
  const [x0, x1, y0, y1] = [it.x + m, it.x + it.width - m, it.top + m, it.top + it.height - m];
  const mid = it.top + it.height / 2;
  if (rulings.vertical.some((v) => v.x1 > x0 && v.x1 < x1 && v.y1 <= mid && v.y2 >= mid)) return true;
  const cx = it.x + it.width / 2;
  return rulings.horizontal.some((h) => h.y1 > y0 && h.y1 < y1 && h.x1 <= cx && h.x2 >= cx);
}

/**
 * The runs that are not a watermark laid over a ruled table, and the texts dropped: a run set
 * OVER_TABLE_SIZE times the size of the page's numbers or larger (a table's own text, however
 * emphasised, is set near its numbers' size) whose box a ruling passes through — no cell's text
 * crosses its cell's border ('公开 2024 第1页' at 22 pt over a 9 pt table). The run's
 * continuation on its baseline at its size (pdf.js splits runs) goes with it.
 */
export function dropOverTable(items: readonly PdfItem[], rulings: Rulings | null): { items: PdfItem[]; dropped: string[] } {
  if (!rulings || (rulings.vertical.length === 0 && rulings.horizontal.length === 0)) return { items: [...items], dropped: [] };
  const sizes = items.filter((it) => NUMBER.test(it.str)).map((it) => it.size).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)];
  if (size === undefined || size <= 0) return { items: [...items], dropped: [] };
  const large = (it: PdfItem): boolean => !it.down && it.str.trim() !== '' && it.size >= OVER_TABLE_SIZE * size;
  // A table's borders joined into lines (one segment per cell side drawn): a stroke shorter than a
  // glyph or two is a glyph's own outline (pdftocairo draws a fill-and-stroke bold heading as text and
  // its stroked outline as paths), which crosses the glyphs it outlines.
  const lines = { horizontal: mergeCollinear(rulings.horizontal, true), vertical: mergeCollinear(rulings.vertical, false) };
  const long = (it: PdfItem): Rulings => ({
    horizontal: lines.horizontal.filter((h) => h.x2 - h.x1 >= MIN_CROSSING_EM * it.size),
    vertical: lines.vertical.filter((v) => v.y2 - v.y1 >= MIN_CROSSING_EM * it.size),
  });
  const out = withContinuations(items, new Set(items.filter((it) => large(it) && crossesRuling(it, long(it)))), large);
  if (out.size === 0) return { items: [...items], dropped: [] };
  return { items: items.filter((it) => !out.has(it)), dropped: items.filter((it) => out.has(it)).map((it) => it.str.trim()) };
}

/**
 * `out` grown by the runs that continue one of its runs on its baseline, at its size, within a
 * character (pdf.js splits one drawn text into runs: '公开 2024 第1' and '页') and pass `like`.
 */
export function withContinuations<T extends PdfItem>(items: readonly T[], out: Set<T>, like: (it: T) => boolean): Set<T> {
  const near = (a: PdfItem, b: PdfItem): boolean => Math.abs(a.size - b.size) < 0.05 * a.size && Math.abs(a.top + a.height - b.top - b.height) < 0.1 * a.size && b.x < a.x + a.width + a.size && b.x + b.width > a.x - a.size;
  for (let grown = out.size > 0; grown; ) {
    grown = false;
    for (const it of items) {
      if (out.has(it) || !like(it) || ![...out].some((o) => near(o, it))) continue;
      out.add(it);
      grown = true;
    }
  }
  return out;
}
