/**
 * @file Text layers that do not decode, read as a substitution cipher with a known crib. A font
 * without a usable /ToUnicode map (Ghostscript's Type 3 re-print of a PDF, `mutool convert`'s subset
 * Type 1 'Builtin' fonts) gives pdf.js one code per glyph, the same code for the same glyph wherever
 * the font draws it. The report follows a fixed template (`cipher-crib.ts`): its labels are
 * aligned with runs of codes — every placement of a crib text over a run whose repeated codes sit
 * where the text repeats characters is a hypothesis — and code → character pairs are fixed one at a
 * time, the pair most hypotheses of distinct runs agree on first (each run's hypotheses share one
 * vote), only when it clearly outvotes every other reading of that code and that character;
 * hypotheses a fixed pair contradicts drop out. Codes no pair fixes stay unread ('\uFFFD').
 * Codes are keyed by the code alone (Ghostscript names glyphs by their original ids, the same in
 * every one of its small fonts) or by font and code (`mutool`: codes by first use in each font):
 * both are solved, the one explaining more crib text kept. The problem (runs → segments of code
 * ids, the crib as character ids) is set up in `cipher-problem.ts`; the search is here.
 */
import { pushAll } from '../_internal/extremes.js';
import { codeKey, problemOf, type CipherRun, type Problem, type Reading } from './cipher-problem.js';
import { digitsByRows } from './cipher-digits.js';

export { codeKey, type CipherRun } from './cipher-problem.js';


/** A solved cipher: code key → character. */
export interface CipherSolution {
  perFont: boolean;
  map: ReadonlyMap<string, string>;
  /** Characters of the segments (runs cut at spaces) the crib placed. */
  explained: number;
  /** Digits read from the tables' arithmetic (`cipher-digits.ts`), not from the crib. */
  digitsFromRows: string[];
}

/** Longest segments tried as seeds. */
const SEED_SEGMENTS = 12;
/** Seeds tried in all (each costs a round of growth over the document's segments). */
const MAX_SEEDS = 1500;
/** Seeds (placements of one segment in the crib) grown in full, the best by a first step. */
const SEEDS_GROWN = 8;
/** Codes already read that a segment's placement must agree with before it is taken. */
const MIN_ANCHORS = 2;
/** A pair is taken only when it weighs this many times any proposal contradicting it. */
const MARGIN = 2;
/** Read codes a window must agree with (a whole segment: `MIN_ANCHORS`). */
const MIN_WINDOW_ANCHORS = 3;
/** Shortest window of a segment read as crib text when the whole segment is not. */
const MIN_WINDOW = 4;
/** Shortest seed segment. */
const MIN_SEED = 6;


/** The new pairs of segment `s` placed at crib position `q`, or null where it does not fit the text or the reading. */
function placed(p: Problem, s: readonly number[], q: number, r: Reading): [number, number][] | null {
  if (q < 0 || q + s.length > p.crib.length) return null;
  const fwd = new Map<number, number>();
  const back = new Map<number, number>();
  for (let j = 0; j < s.length; j++) {
    const a = s[j]!;
    const b = p.crib[q + j]!;
    if (b < 0 || (fwd.get(a) ?? b) !== b || (back.get(b) ?? a) !== a) return null;
    if ((r.sym.get(a) ?? b) !== b || (r.chr.get(b) ?? a) !== a) return null;
    fwd.set(a, b);
    back.set(b, a);
  }
  return [...fwd].filter(([a]) => !r.sym.has(a));
}

/** The one reading segment `s` takes from the codes already read: its placements agreeing on the most (≥ 2) read codes, when they imply the same pairs. */
function anchoredPairs(p: Problem, s: readonly number[], r: Reading): [number, number][] | null {
  const anchors = new Map<number, number>();
  s.forEach((x, j) => {
    const c = r.sym.get(x);
    if (c !== undefined && s.indexOf(x) === j) for (const pos of p.occ[c]!) anchors.set(pos - j, (anchors.get(pos - j) ?? 0) + 1);
  });
  let best = MIN_ANCHORS - 1;
  let found: [number, number][] | null = null;
  let key = '';
  for (const [q, n] of anchors) {
    if (n < best) continue;
    const pairs = placed(p, s, q, r);
    if (!pairs) continue;
    const k = pairs.map((x) => x.join(':')).join(',');
    if (n > best) [best, found, key] = [n, pairs, k];
    else if (k !== key) [found, key] = [null, '\u0000'];
  }
  return found;
}

/** The longest window of `s` (≥ `MIN_WINDOW` codes, ≥ `MIN_ANCHORS` of them read) that reads as crib text placed at `q`, and its new pairs. */
function windowAt(p: Problem, s: readonly number[], q: number, r: Reading): { pairs: [number, number][]; anchors: number; len: number } | null {
  let best: { pairs: [number, number][]; anchors: number; len: number } | null = null;
  for (let a = 0; a < s.length; ) {
    const fwd = new Map<number, number>();
    const back = new Map<number, number>();
    let anchors = 0;
    let b = a;
    for (; b < s.length; b++) {
      const x = s[b]!;
      const c = p.crib[q + b] ?? -1;
      if (c < 0 || (fwd.get(x) ?? c) !== c || (back.get(c) ?? x) !== x || (r.sym.get(x) ?? c) !== c || (r.chr.get(c) ?? x) !== x) break;
      if (r.sym.has(x) && !fwd.has(x)) anchors++;
      fwd.set(x, c);
      back.set(c, x);
    }
    if (b - a >= MIN_WINDOW && anchors >= MIN_ANCHORS && (!best || b - a > best.len)) best = { pairs: [...fwd].filter(([x]) => !r.sym.has(x)), anchors, len: b - a };
    a = b > a ? b : a + 1;
  }
  return best;
}

/** A segment printed with words the crib lacks ('本年度新收…'): the window its read codes place most surely, when one does. */
function windowPairs(p: Problem, s: readonly number[], r: Reading): [number, number][] | null {
  const offsets = new Set<number>();
  s.forEach((x, j) => {
    const c = r.sym.get(x);
    if (c !== undefined) for (const pos of p.occ[c]!) offsets.add(pos - j);
  });
  let best = { anchors: MIN_WINDOW_ANCHORS, len: 0 };
  let found: [number, number][] | null = null;
  let key = '';
  for (const q of offsets) {
    const w = windowAt(p, s, q, r);
    if (!w || w.anchors < best.anchors || (w.anchors === best.anchors && w.len < best.len)) continue;
    const k = w.pairs.map((x) => x.join(':')).join(',');
    if (w.anchors > best.anchors || w.len > best.len) [best, found, key] = [w, w.pairs, k];
    else if (k !== key) [found, key] = [null, '\u0000'];
  }
  return found;
}

/** Anchored codes a segment's placement agrees with (its weight as a vote). */
const anchorsIn = (s: readonly number[], r: Reading): number => new Set(s.filter((x) => r.sym.has(x))).size;

/**
 * Pairs the segments propose, by weight (their read codes), kept where no proposal contradicting
 * one (the same code read otherwise, the same character for another code) weighs half as much:
 * '（一）主动公开' placed as the crib's '（一）予以公开' is outweighed or left open, never taken on its own.
 */
function agreedPairs(proposals: readonly { pairs: [number, number][]; weight: number }[]): [number, number][] {
  const weight = new Map<string, number>();
  for (const pr of proposals) for (const [a, b] of pr.pairs) weight.set(`${a}:${b}`, (weight.get(`${a}:${b}`) ?? 0) + pr.weight);
  const bySym = new Map<number, number[]>();
  const byChar = new Map<number, number[]>();
  const list = [...weight].map(([k, w]) => ({ a: Number(k.split(':')[0]), b: Number(k.split(':')[1]), w }));
  for (const e of list) {
    (bySym.get(e.a) ?? bySym.set(e.a, []).get(e.a)!).push(e.w);
    (byChar.get(e.b) ?? byChar.set(e.b, []).get(e.b)!).push(e.w);
  }
  const rival = (ws: number[], w: number): number => ws.reduce((m, x) => (x > m ? x : m), 0) === w && ws.filter((x) => x === w).length === 1 ? ws.reduce((m, x) => (x !== w && x > m ? x : m), 0) : w;
  return list.filter((e) => e.w >= MARGIN * rival(bySym.get(e.a)!, e.w) && e.w >= MARGIN * rival(byChar.get(e.b)!, e.w)).map((e) => [e.a, e.b]);
}

/** Grows a reading: each round, segments whose read codes place them in the crib (whole, or a window) propose their other pairs; the agreed ones are taken, until none is. */
function grow(p: Problem, seed: readonly [number, number][], rounds = Infinity): { r: Reading; explained: number } {
  const r: Reading = { sym: new Map(seed), chr: new Map(seed.map(([a, b]) => [b, a])) };
  const take = (pairs: [number, number][]): boolean => {
    const agreed = pairs.filter(([a, b]) => !r.sym.has(a) && !r.chr.has(b));
    for (const [a, b] of agreed) {
      r.sym.set(a, b);
      r.chr.set(b, a);
    }
    return agreed.length > 0;
  };
  // Whole segments first; windows only when no whole segment adds a pair.
  const propose = (by: (s: readonly number[]) => [number, number][] | null): [number, number][] =>
    agreedPairs(p.segs.flatMap((s) => {
      const got = s.every((x) => r.sym.has(x)) ? null : by(s);
      return got && got.length > 0 ? [{ pairs: got, weight: anchorsIn(s, r) }] : [];
    }));
  for (let round = 0; round < rounds; round++) {
    if (take(propose((s) => anchoredPairs(p, s, r)))) continue;
    if (rounds !== Infinity || !take(propose((s) => windowPairs(p, s, r)))) break;
  }
  return { r, explained: p.segs.reduce((n, s) => n + (anchoredPairs(p, s, r) ? s.length : 0), 0) };
}

/** Seeds: every placement in the crib of the segments that fit it fewest ways (repeats where a label repeats: 第二十条第（一）项); the best few by one round of growth, grown in full. */
function bestReading(p: Problem): { r: Reading; explained: number } {
  const empty: Reading = { sym: new Map(), chr: new Map() };
  const placings = p.segs.filter((s) => s.length >= MIN_SEED).map((s) => {
    const seeds: [number, number][][] = [];
    for (let q = 0; q + s.length <= p.crib.length; q++) {
      const pairs = placed(p, s, q, empty);
      if (pairs) seeds.push(pairs);
    }
    return { seeds, rank: seeds.length / s.length };
  });
  const seeds: [number, number][][] = [];
  for (const x of placings.filter((pl) => pl.seeds.length > 0).sort((a, b) => a.rank - b.rank).slice(0, SEED_SEGMENTS)) {
    if (seeds.length + x.seeds.length > MAX_SEEDS && seeds.length > 0) break;
    pushAll(seeds, x.seeds);
  }
  const firstStep = seeds.map((seed) => ({ seed, n: grow(p, seed, 1).explained })).sort((a, b) => b.n - a.n).slice(0, SEEDS_GROWN);
  return firstStep.map(({ seed }) => grow(p, seed)).reduce((a, b) => (b.explained > a.explained ? b : a), { r: empty, explained: 0 });
}

/** Solves the runs' cipher by both keyings; the one explaining more crib text. */
export function solveCipher(runs: readonly CipherRun[]): CipherSolution {
  const solutions = [false, true].map((perFont) => {
    const p = problemOf(runs, perFont);
    const { r, explained } = bestReading(p);
    const map = new Map([...r.sym].map(([a, b]) => [p.syms[a]!, p.chars[b]!]));
    return { perFont, map, explained };
  });
  const best = solutions[1]!.explained > solutions[0]!.explained ? solutions[1]! : solutions[0]!;
  const digits = digitsByRows(runs, (font, ch) => codeKey(best.perFont, font, ch), (k) => (best.perFont ? k.split('\u0000')[0]! : ''), best.map);
  return { ...best, map: new Map([...best.map, ...digits]), digitsFromRows: [...digits.values()].sort() };
}

/**
 * A run's string read through the cipher: unread codes as '\uFFFD', spaces kept. A word holding
 * digits and an unread code is unread whole ('4\uFFFD37' would pass for 4 or 37; '\uFFFD4' may be −4).
 */
export function decipher(sol: CipherSolution, font: string, str: string): string {
  const read = [...str].map((ch) => (/\s/.test(ch) ? ch : sol.map.get(codeKey(sol.perFont, font, ch)) ?? '\uFFFD')).join('');
  return read.replace(/\S+/g, (w) => (/\d/.test(w) && w.includes('\uFFFD') ? '\uFFFD'.repeat([...w].length) : w));
}
