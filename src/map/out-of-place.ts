/**
 * @file A table's value stream read with values out of place (map/displaced-stream), in two ways:
 * the stream as printed, and the stream with the values that share a line with their own row's
 * label taken out and put first in that row (plain `pdftotext` prints '（二）部分公开（区分处理的，
 * 只计这一情形，不 937 211 25 0' — the label's first line with the row's first values — among the
 * rows above, and the rest of the row where the row is). The way with fewer displaced values wins;
 * at equal cost the readings of both are kept (the solver leaves what they disagree on ambiguous).
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { TableRow } from '../tables/build-rows.js';
import type { Identity, RowSpec } from '../template/index.js';
import { alignDisplacedStream, type DisplacedReadings } from './displaced-stream.js';
import { bestMatch } from './label-match.js';
import { maxOf } from '../_internal/extremes.js';
import { plainCount } from './plain-count.js';

/** Label score a line's text needs to anchor its values to a row (a clear match, not a shared word). */
export const ANCHOR_MIN_SCORE = 0.75;
/** Lead of the best row's score over the next: a label fragment two rows share ('行政机关不再处理…') anchors nothing. */
const ANCHOR_MARGIN = 0.15;

/** The row of `specs` that a printed label clearly names, or -1. */
function namedRow(label: string, specs: readonly RowSpec[]): number {
  const norm = normalizeLabel(label);
  if (!norm) return -1;
  const scores = specs.map((s) => bestMatch(norm, s.labels).score);
  const best = scores.indexOf(maxOf(scores));
  const next = maxOf(scores.filter((_, i) => i !== best), 0);
  return scores[best]! >= ANCHOR_MIN_SCORE && scores[best]! - next >= ANCHOR_MARGIN ? best : -1;
}

/** Plain counts of a row, or null when some value is not one (a blank, a mark, a fused run). */
function counts(row: TableRow): number[] | null {
  const out: number[] = [];
  for (const v of row.values) {
    if (!plainCount(v)) return null;
    out.push(v.value);
  }
  return out;
}

/**
 * The stream with values anchored to their label's row: the values of a printed row that names a
 * template row and holds fewer values than it has cells. Null when no row anchors, or when some
 * value is not a plain count.
 */
export function anchoredStream(rows: readonly TableRow[], specs: readonly RowSpec[]): { values: number[]; anchors: (number[] | undefined)[] } | null {
  const parsed = rows.map(counts);
  if (parsed.some((p) => p === null)) return null;
  const at = rows.map((row, i) => (parsed[i]!.length > 0 && row.label ? namedRow(row.label, specs) : -1));
  const anchors: (number[] | undefined)[] = specs.map(() => undefined);
  const taken = new Set<number>();
  at.forEach((r, i) => {
    if (r < 0 || parsed[i]!.length >= specs[r]!.columns.length) return;
    // A row named twice anchors neither: which line holds its first values is not known.
    if (at.filter((x) => x === r).length > 1) return;
    anchors[r] = parsed[i]!;
    taken.add(i);
  });
  if (taken.size === 0) return null;
  return { values: parsed.flatMap((p, i) => (taken.has(i) ? [] : p!)), anchors };
}

/** Readings of the table with values out of place, or null (see the file header). */
export function alignOutOfPlace(table: string, rows: readonly TableRow[], specs: readonly RowSpec[], identities: readonly Identity[]): DisplacedReadings['readings'] | null {
  const parsed = rows.map(counts);
  if (parsed.some((p) => p === null)) return null;
  // Every token is a cell in any reading (anchored or not): a stream of another length is not this table (checked before any label is matched).
  const cells = specs.reduce((s, x) => s + x.columns.length, 0);
  if (parsed.reduce((s, p) => s + p!.length, 0) !== cells) return null;
  const plain = alignDisplacedStream(table, parsed.flatMap((p) => p!), specs, identities);
  const anchored = anchoredStream(rows, specs);
  const moved = anchored && alignDisplacedStream(table, anchored.values, specs, identities, anchored.anchors);
  if (!plain || !moved) return (plain ?? moved)?.readings ?? null;
  if (plain.cost !== moved.cost) return (plain.cost < moved.cost ? plain : moved).readings;
  const all = new Map([...plain.readings, ...moved.readings].map((rd) => [JSON.stringify(rd), rd]));
  return [...all.values()];
}
