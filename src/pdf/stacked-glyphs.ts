/**
 * @file Glyphs of one run drawn over each other (issue 17): a producer takes a glyph's advance back
 * (negative `Tc`, a `TJ` adjustment stepping back) and draws the next glyph on top of it, so a
 * viewer shows one digit where the text content has two (`(2) Tj` at `Tc` −w, then `(25) Tj`: the
 * page shows 25, pdf.js reads 225). Of two ink glyphs of one run whose spans along the baseline
 * overlap by more than `STACK_SHARE` of the narrower's advance, both cannot be seen:
 * - the same character drawn again at (nearly) the same place (fake bold inside a run): the page
 *   shows it once — the later copy is cut out of the run;
 * - anything else (a different digit over another, a glyph half over its neighbour): what the page
 *   shows cannot be told (ink over ink) — the run's numbers are not trusted.
 * Glyphs a viewer does not draw (invisible, white, painted over, drawn at no size) take no part:
 * the steps before cut them out. Glyph places come from the text walk (`text-walk.ts`).
 */
import type { PdfItem } from './pdf-lines.js';
import type { PlacedGlyph, RawGlyph } from './text-walk.js';
import { cutHiddenGlyphs, drawnRun, glyphsIn } from './white-text.js';
import { indexGlyphs } from './glyph-index.js';
import { GLYPH_LEGIBLE } from './shown-glyphs.js';
import { maxOf, minOf } from '../_internal/extremes.js';

/** Share of the narrower glyph's advance two glyphs of a run must overlap by along the baseline to be drawn over each other (kerned digits overlap by a few per cent). */
const STACK_SHARE = 0.5;
/** Share of the advance: a copy this close to the glyph it repeats is drawn at its place (fake bold shifts by a fraction of a point). */
const SAME_PLACE = 0.15;
/** Thousandths of an em: a `TJ` adjustment this large steps back over a quarter of a digit (kerning is under 100). */
const STEP_BACK = 250;

/** True when a glyph draws ink a viewer shows (the steps before cut out the others). */
const inked = (g: PlacedGlyph): boolean => g.str.trim() !== '' && !g.invisible && !g.white && !g.covered && g.advance >= GLYPH_LEGIBLE;

/** A glyph of a number: only these are compared (a producer steps punctuation back by half an em — WPS's compressed '（' — over the next glyph: no stack). */
const NUMBER_GLYPH = /^[\d０-９.,，]$/;

/** pt. How far two glyphs' spans along the baseline overlap. */
const overlap = (a: PlacedGlyph, b: PlacedGlyph): number => Math.min(a.x + a.advance, b.x + b.advance) - Math.max(a.x, b.x);

/** True when glyph `b` drawn after `a` lies over it (on its baseline, spans overlapping by more than `STACK_SHARE`). */
const over = (a: PlacedGlyph, b: PlacedGlyph): boolean => Math.abs(a.y - b.y) <= 0.3 * Math.max(a.size ?? 1, 1) && overlap(a, b) > STACK_SHARE * Math.min(a.advance, b.advance);

/**
 * True when the drawing may step a glyph back over a digit: a character spacing of −¼ em or less
 * (of the font size last set), or a `TJ` adjustment of `STEP_BACK` or more right after a digit.
 * Only then (or with `overlappingDigitRuns`) are glyphs placed for this step: a cheap scan.
 */
export function mayStack(list: { fnArray: number[]; argsArray: unknown[] }, codes: { setFont?: number; setCharSpacing?: number; showSpacedText: number }): boolean {
  let size = 1;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (!Array.isArray(args)) continue;
    if (fn === codes.setFont && typeof args[1] === 'number') size = Math.abs(args[1]) || 1;
    else if (fn === codes.setCharSpacing && typeof args[0] === 'number' && args[0] <= (-STEP_BACK / 1000) * size) return true;
    else if (fn === codes.showSpacedText) {
      const text = args.at(-1) as unknown;
      if (Array.isArray(text) && text.some((g, k) => typeof g === 'number' && g >= STEP_BACK && /\d/.test((text[k - 1] as RawGlyph | undefined)?.unicode ?? ''))) return true;
    }
  }
  return false;
}

/**
 * True when two runs holding digits on one baseline overlap along it by over `STACK_SHARE` of an em
 * (a text origin moved back onto a drawn digit: pdf.js starts a run there). With `mayStack`, the
 * gate of this step.
 */
export function overlappingDigitRuns(items: readonly PdfItem[]): boolean {
  const digits = items.filter((it) => /\d/.test(it.str)).sort((a, b) => a.top + a.height - (b.top + b.height) || a.x - b.x);
  for (let i = 0; i < digits.length; i++) {
    const a = digits[i]!;
    for (let j = i + 1; j < digits.length && digits[j]!.top + digits[j]!.height - (a.top + a.height) <= 0.3 * Math.max(a.size, 1); j++) {
      const b = digits[j]!;
      if (Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > STACK_SHARE * 0.5 * Math.min(a.size, b.size)) return true;
    }
  }
  return false;
}

/** True when `b` is the same character as `a` at (nearly) its place: a copy of it. */
const near = (a: PlacedGlyph, b: PlacedGlyph): boolean => a.str === b.str && Math.abs(a.x - b.x) <= SAME_PLACE * Math.max(a.advance, b.advance);

/** Share of the advance: copies of one glyph chained over more than this are a smear, not one glyph drawn bold. */
const MAX_COPY_SPAN = 0.5;

/**
 * Glyphs of the page that are copies of one glyph (fake bold: the same character drawn two to four
 * times, each copy 0.2–0.6 pt on from the last, in any order), as a copy → group map: the same
 * character on a baseline, each within `SAME_PLACE` of an advance of another of the group, the group
 * spanning at most `MAX_COPY_SPAN` of an advance (the first and last of four copies are over a
 * point apart; two copies of '1' in '11' are an advance apart). Glyphs of no group are left out.
 */
function copyGroups(seen: readonly PlacedGlyph[]): Map<PlacedGlyph, number> {
  const glyphs = seen.filter((g) => NUMBER_GLYPH.test(g.str));
  const parent = glyphs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // By character and baseline (1 pt buckets, the neighbours too): only glyphs of one place are compared.
  const byLine = new Map<string, number[]>();
  glyphs.forEach((g, i) => {
    const k = `${g.str}\u0000${Math.round(g.y)}`;
    (byLine.get(k) ?? byLine.set(k, []).get(k)!).push(i);
  });
  glyphs.forEach((g, i) => {
    for (const dy of [0, 1]) {
      for (const j of byLine.get(`${g.str}\u0000${Math.round(g.y) + dy}`) ?? []) {
        if (j !== i && Math.abs(glyphs[j]!.y - g.y) <= 0.3 * Math.max(g.size ?? 1, 1) && near(g, glyphs[j]!)) parent[find(j)] = find(i);
      }
    }
  });
  const members = new Map<number, PlacedGlyph[]>();
  glyphs.forEach((g, i) => (members.get(find(i)) ?? members.set(find(i), []).get(find(i))!).push(g));
  const groups = new Map<PlacedGlyph, number>();
  for (const [id, list] of members) {
    if (list.length < 2) continue;
    const xs = list.map((g) => g.x);
    if (maxOf(xs) - minOf(xs) > MAX_COPY_SPAN * maxOf(list.map((g) => g.advance))) continue;
    for (const g of list) groups.set(g, id);
  }
  return groups;
}

/** Glyphs of the page drawn over another of a different character (both): a blot whose reading cannot be told. Copies of one glyph (`groups`) are none. */
function blotGlyphs(seen: readonly PlacedGlyph[], groups: ReadonlyMap<PlacedGlyph, number>): Set<PlacedGlyph> {
  const blots = new Set<PlacedGlyph>();
  const copies = (a: PlacedGlyph, b: PlacedGlyph): boolean => groups.has(a) && groups.get(a) === groups.get(b);
  // By baseline, then along it: only glyphs whose spans meet are compared.
  const lines = new Map<number, PlacedGlyph[]>();
  for (const g of seen) {
    const k = Math.round(g.y);
    for (const key of [k - 1, k, k + 1]) (lines.get(key) ?? lines.set(key, []).get(key)!).push(g);
  }
  for (const line of lines.values()) {
    line.sort((a, b) => a.x - b.x);
    for (let i = 0; i < line.length; i++) {
      for (let j = i + 1; j < line.length && line[j]!.x < line[i]!.x + line[i]!.advance; j++) {
        const [a, b] = [line[i]!, line[j]!];
        if (NUMBER_GLYPH.test(a.str) && NUMBER_GLYPH.test(b.str) && over(a, b) && !copies(a, b)) blots.add(a).add(b);
      }
    }
  }
  return blots;
}

/** The glyphs of a run drawn again by a later glyph of the run, a copy of it (`groups`): all but the last copy. */
function copiesIn(run: readonly PlacedGlyph[], groups: ReadonlyMap<PlacedGlyph, number>): Set<PlacedGlyph> {
  const copies = new Set<PlacedGlyph>();
  const last = new Map<number, PlacedGlyph>();
  for (const g of run) if (groups.has(g)) last.set(groups.get(g)!, g);
  for (const g of run) if (groups.has(g) && last.get(groups.get(g)!) !== g) copies.add(g);
  return copies;
}

/** pt. Where the `k`th non-space character of run `it` is drawn: its glyph's place (`run`), else by an even share of the run's width. */
function charX(it: PdfItem, run: readonly PlacedGlyph[] | null, k: number, n: number): number {
  return run?.[k]?.x ?? it.x + (it.width * k) / Math.max(n, 1);
}

/**
 * From which of run `a`'s characters on run `b` draws them again at their place (-1: none): all of
 * them inside `b` (pdf.js starts a run where a glyph's advance was taken back: '2' then '25'), or
 * a tail of `a` that `b` starts with ('17' then '74' for `(1) Tj` `(7) Tj` at `Tc` −w, `(74) Tj`).
 */
function redrawnFrom(a: PdfItem, aRun: readonly PlacedGlyph[] | null, b: PdfItem, bRun: readonly PlacedGlyph[] | null): number {
  const [sa, sb] = [squeeze(a.str), squeeze(b.str)];
  if (Math.abs(a.top + a.height - (b.top + b.height)) > 0.3 * Math.max(a.size, 1)) return -1;
  const tol = SAME_PLACE * Math.max(a.width / Math.max(sa.length, 1), 1);
  const at = (k: number, p: number): boolean => Math.abs(charX(b, bRun, p, sb.length) - charX(a, aRun, k, sa.length)) <= tol;
  if (sa.length < sb.length) for (let p = sb.indexOf(sa); p >= 0; p = sb.indexOf(sa, p + 1)) if (at(0, p)) return 0;
  for (let k = 1; k < sa.length; k++) if (sb.startsWith(sa.slice(k)) && sb.length > sa.length - k && at(k, 0)) return k;
  return -1;
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/**
 * For item `i`, the other digit items whose baseline lies within 0.3 of its size of its own (the
 * runs `redrawnFrom` may pair it with), in item order: found in the items sorted by baseline, so a
 * page of thousands of numbers is not compared pair by pair.
 */
function digitItemsNear(items: readonly PdfItem[], digits: readonly boolean[]): (i: number) => number[] {
  const base = (it: PdfItem): number => it.top + it.height;
  const order = items.flatMap((_, i) => (digits[i] ? [i] : [])).sort((a, b) => base(items[a]!) - base(items[b]!));
  const bases = order.map((i) => base(items[i]!));
  return (i) => {
    const it = items[i]!;
    const tol = 0.3 * Math.max(it.size, 1);
    let [lo, hi] = [0, bases.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bases[mid]! < base(it) - tol) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < bases.length && bases[k]! <= base(it) + tol; k++) if (order[k] !== i) out.push(order[k]!);
    return out.sort((a, b) => a - b);
  };
}

/**
 * The runs as a viewer shows their stacked glyphs, and the texts changed: a glyph drawn over again
 * by the same character in its run cut out ('225' read 25); a run whose characters a longer run
 * draws again at their place left out (pdf.js gives `(2) Tj` at `Tc` −w then `(25) Tj` as '2' and
 * '25'), and a run's tail another run starts with at its place cut off ('17' + '74' read 174); a run holding a glyph drawn over another character (or one it cannot be cut from) not
 * trusted. Only runs with a digit: a label's fake bold changes no value.
 */
export function readStackedGlyphs(items: readonly PdfItem[], glyphs: readonly PlacedGlyph[]): { items: PdfItem[]; dropped: string[] } {
  const seen = glyphs.filter(inked);
  const groups = copyGroups(seen);
  const blots = blotGlyphs(seen, groups);
  const index = indexGlyphs(seen);
  const digits = items.map((it) => /\d/.test(it.str));
  const runs = items.map((it, i) => (digits[i] ? drawnRun(it, [...squeeze(it.str)], seen, index) : null));
  const onBaseline = digitItemsNear(items, digits);
  const dropped: string[] = [];
  const out = items.flatMap((it, i) => {
    if (!digits[i]) return [it];
    const run = runs[i] ?? null;
    if ((run ?? glyphsIn(it, seen, index)).some((g) => blots.has(g))) return [{ ...it, conflict: true }];
    let from = -1;
    const by = onBaseline(i).find((j) => Math.abs(items[j]!.x - it.x) < items[j]!.width + it.width && (from = redrawnFrom(it, run, items[j]!, runs[j] ?? null)) >= 0) ?? -1;
    if (by >= 0) {
      const tail = run?.slice(from) ?? [];
      const cut = from === 0 ? null : run ? cutHiddenGlyphs(it, seen, (g) => tail.includes(g), index) : it;
      dropped.push(`${it.str.trim()} (drawn again by ${items[by]!.str.trim()}${cut ? `: ${cut.str.trim()}` : ''})`);
      return cut === it ? [{ ...it, conflict: true }] : cut ? [cut] : [];
    }
    // Only a run whose glyphs span its box holds the copy: pdf.js may have left the copy out of the text already ('66' drawn as 6, 6 over it, 6).
    const spans = run !== null && run.length > 0 && Math.abs(run.at(-1)!.x + run.at(-1)!.advance - (it.x + it.width)) <= SAME_PLACE * run.at(-1)!.advance;
    const copies = run && spans ? copiesIn(run, groups) : new Set<PlacedGlyph>();
    if (copies.size === 0) return [it];
    const cut = cutHiddenGlyphs(it, seen, (g) => copies.has(g), index);
    if (cut === it) return [{ ...it, conflict: true }];
    dropped.push(`${it.str.trim()} (drawn over itself: ${cut?.str.trim() ?? 'left out'})`);
    return cut ? [cut] : [];
  });
  return { items: out, dropped };
}
