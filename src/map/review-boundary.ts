/**
 * @file Table 四 of a narrow page (A5, a 140 mm page, narrow table cells) read by plain `pdftotext`
 * (no `-layout`): its 15 columns are so narrow that the header prints one character per line
 * (`结` / `果` / `维` / `持`), and pdftotext cuts the values row into text blocks. The columns at the
 * groups' boundaries — each group's 总计 and the 结果维持 of the two litigation groups beside it, whose
 * header cells share lines (`总 果` / `计 维`) — fall into a block read after the others: the row prints
 * the other columns in order, then some of these (`0 0 3 3 0 0 4 6 0 2` for `0 0 0 3 3 | 2 0 0 4 6`:
 * both 结果维持 last). Which of them moved changes from page to page, and nothing printed says it,
 * so each subset of the boundary columns is a reading, kept when every group's total then holds.
 * These readings are offered only beside the reading as printed (cost {@link MOVED_COST} above it:
 * the solver takes them only when the printed order breaks a group's identity), and are flagged
 * `repaired` (below 0.9); readings that disagree leave the field ambiguous.
 */
import type { Candidate } from '../solve/types.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../template/index.js';
import { groupHolds } from './review-tail.js';
import { maxOf } from '../_internal/extremes.js';

const GROUP = REVIEW_COLUMNS.length;
/** Cost of a reading with boundary columns moved, above the costliest reading as printed: taken only where the printed order breaks an identity. */
export const MOVED_COST = 1;
/** Fewest lines of one or two characters in the table's text for its header to count as cut one character per line (the header has 40 characters). */
export const CUT_HEADER_LINES = 8;

/** Columns at the groups' boundaries: every group's 总计 and the first column (结果维持) of every group after the first. */
export const BOUNDARY_COLUMNS: readonly number[] = REVIEW_GROUPS.flatMap((_, g) => [...(g > 0 ? [g * GROUP] : []), g * GROUP + GROUP - 1]);

/** Whether the table's header came one character per line (its columns a character wide: a narrow page's print). */
export function headerCutPerCharacter(lines: readonly string[]): boolean {
  return lines.filter((l) => /^\S{1,2}$/u.test(l.replace(/\s+/g, '')) && !/\d/.test(l)).length >= CUT_HEADER_LINES;
}

/**
 * Readings of the printed values (`printed`, one token per column) with a non-empty subset of the
 * boundary columns printed after the other columns, in template order, that keep every group's
 * identity; distinct readings only.
 */
export function boundaryReadings(printed: readonly ValueToken[]): ValueToken[][] {
  const width = REVIEW_GROUPS.length * GROUP;
  if (printed.length !== width || printed.some((t) => t.kind !== 'num' || t.fusable || t.suspect || !/^\d+$/.test(t.raw))) return [];
  const out = new Map<string, ValueToken[]>();
  for (let mask = 1; mask < 2 ** BOUNDARY_COLUMNS.length; mask++) {
    const moved = BOUNDARY_COLUMNS.filter((_, i) => mask & (2 ** i));
    const order = [...Array(width).keys()].filter((c) => !moved.includes(c)).concat(moved);
    const reading = new Array<ValueToken>(width);
    order.forEach((c, i) => (reading[c] = printed[i]!));
    if (REVIEW_GROUPS.every((_, g) => groupHolds(reading, g * GROUP))) out.set(reading.map((t) => (t.kind === 'num' ? t.value : '')).join(' '), reading);
  }
  return [...out.values()];
}

/** `candidates` (the row as printed) with the boundary readings of `printed` after them, flagged `repaired`. */
export function withBoundaryReadings(candidates: readonly Candidate[], printed: readonly ValueToken[]): Candidate[] {
  const cost = maxOf(candidates.map((c) => c.cost), 0) + MOVED_COST;
  const moved = boundaryReadings(printed).map((reading) => ({ cost, cells: reading.map((t) => ({ value: t.kind === 'num' ? t.value : undefined, flags: ['repaired' as const] })) }));
  return [...candidates, ...moved];
}
