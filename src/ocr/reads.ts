import { maxOf, minOf } from '../_internal/extremes.js';
/**
 * @file A cell's readings as one: the number read, its confidence, and the other readings the
 * identities may choose instead (the recogniser's per-symbol choices, the digit confusions of
 * 100 dpi grey scans it does not offer, the readings other preprocessings gave). `vote` merges the
 * LSTM strips' readings, `agree` the legacy classifier's.
 */

/**
 * Digit confusions of 100 dpi grey scans that the recogniser read with no alternative (so the
 * identities could not choose): '7' read '2' (its stroke blurred into a curve), '2' read '7', the
 * closed shapes 0/6/8/9 and 3/8, 5/6. 6.5 pt print at 100 dpi adds: a faint '4' read '1' (its
 * thin diagonal and crossbar lost: '454' read '154'), '3' read '1', '5' and '2' read '3' ('5' read
 * '3', '25' read '35'), '5' read '4' ('3050' read '3040'). Keyed by the digit read: each is one
 * more reading, taken only when the identities reject the first (`map/row-candidates.ts`).
 */
const CONFUSIONS: Record<string, string> = { '0': '86', '1': '743', '2': '7', '3': '852', '4': '15', '5': '6', '6': '58', '7': '21', '8': '036', '9': '80' };
/** For a lone digit: a small '0' alone in its cell read '1' or '8'. */
const LONE_CONFUSIONS: Record<string, string> = { '1': '0', '8': '0' };

/** A cell's content as one number, with the other readings of its confusable digits. */
export interface NumberRead {
  text: string;
  alternatives: string[];
  confidence: number;
}

export type CellRead = NumberRead | 'blank' | 'other';

/** Most alternative readings kept for one cell. */
const MAX_ALTERNATIVES = 6;
/** Digit reads below this confidence are not trusted to be numbers (text forced into digits). */
const MIN_DIGIT_CONFIDENCE = 0.2;
/** A digit read that is a usable value (number, not-applicable mark). */
export const DIGIT_VALUE = /^(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?|[-—/]{1,3})$/;

/**
 * A digit string that is one number twice ('3535'): the half, else null. A value printed twice run
 * together (a cell's text drawn over itself a little apart, a keystoned scan's doubled row) reads
 * as the number twice; the half is one more reading the identities may choose (capped as repaired).
 */
export function twiceRead(text: string): string | null {
  if (!/^\d+$/.test(text) || text.length % 2 !== 0) return null;
  const half = text.slice(0, text.length / 2);
  return half + half === text ? half : null;
}

/**
 * A reading's other readings: the number printed twice read as one (`twiceRead`) first, then one
 * symbol changed in each: the recogniser's per-symbol choices, then the confusions it does not
 * offer (`CONFUSIONS`, `LONE_CONFUSIONS`); at most `MAX_ALTERNATIVES`, each a plausible number.
 */
export function readingAlternatives(text: string, perSymbol: readonly (readonly string[])[]): string[] {
  const out = new Set<string>();
  const half = twiceRead(text);
  if (half !== null) out.add(half);
  const swap = (i: number, a: string): void => {
    if (out.size < MAX_ALTERNATIVES && a !== text[i]) out.add(text.slice(0, i) + a + text.slice(i + 1));
  };
  perSymbol.forEach((alts, i) => alts.forEach((a) => swap(i, a)));
  [...text].forEach((ch, i) => [...(CONFUSIONS[ch] ?? ''), ...(text.length === 1 ? (LONE_CONFUSIONS[ch] ?? '') : '')].forEach((a) => swap(i, a)));
  return [...out].filter((a) => DIGIT_VALUE.test(a));
}

/**
 * The readings of one cell (one per strip variant that gave a plausible number) as one: the text
 * with the highest summed confidence first; the texts it outvoted as its first alternatives (the
 * identities choose among them), most votes first; then every per-symbol alternative.
 */
export function vote(reads: readonly (NumberRead | null)[]): NumberRead | null {
  const got = reads.filter((r): r is NumberRead => r !== null);
  if (got.length === 0) return null;
  const score = new Map<string, number>();
  for (const r of got) score.set(r.text, (score.get(r.text) ?? 0) + r.confidence);
  // Ties go to the earlier variant (a stable order: `STRIP_VARIANTS`).
  const texts = [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)!);
  const text = texts[0]!;
  const mine = got.filter((r) => r.text === text);
  const alternatives = [...new Set([...texts.slice(1), ...mine.flatMap((r) => r.alternatives), ...got.flatMap((r) => r.alternatives)])].filter((t) => t !== text).slice(0, MAX_ALTERNATIVES);
  return { text, confidence: maxOf(mine.map((r) => r.confidence)), alternatives };
}

/**
 * The reading that at least `min` of `reads` give (the most, ties to the earlier), with the other
 * readings as its first alternatives, then every per-symbol alternative; null when no text has
 * `min`. Its confidence is the lowest of its own readings.
 */
export function agree(reads: readonly (NumberRead | null)[], min: number): NumberRead | null {
  const got = reads.filter((r): r is NumberRead => r !== null);
  const count = new Map<string, number>();
  for (const r of got) count.set(r.text, (count.get(r.text) ?? 0) + 1);
  const texts = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
  const text = texts[0];
  if (text === undefined || count.get(text)! < min) return null;
  const mine = got.filter((r) => r.text === text);
  const alternatives = [...new Set([...texts.slice(1), ...got.flatMap((r) => r.alternatives)])].filter((t) => t !== text).slice(0, MAX_ALTERNATIVES);
  return { text, confidence: minOf(mine.map((r) => r.confidence)), alternatives };
}
