/**
 * @file The whole-table stream alignment of a table that prints a wrong total (map/stream-align
 * with `breaks`). A report may print a total that its parts do not add up to; the printed number is
 * the value (TEMPLATE.md), and its identities fail. Every reading of map/stream-align keeps each
 * row's own total, so such a table had no reading at all and was lost (plain `pdftotext` of a
 * LibreOffice-printed 2019 report whose 本年新收 总计 is one off).
 *
 * Tried only when no reading keeps every identity (those rank first): a reading may let one row
 * break its own identity, read as printed, and is kept when every identity of the table that fails
 * is explained by one printed cell alone — the same error at that cell gives each failed identity
 * its residual, and every identity not through it holds (the one-cell case of
 * src/score/failure-site.ts). A wrong 总计 of 本年新收 fails its row and the balance of the 总计
 * column, both by the same amount: explained. A reading that shuffles values between rows fails
 * identities no one cell explains: dropped. Readings kept are of one cost (the first budget of cost
 * under which any is kept); the identities failing in any of them are set aside for the fill, so
 * the solver ranks none above another by them: where two readings break different rows, the cells
 * they read differently come out ambiguous, never guessed. The values are placed by position
 * (below 0.9) and the checks stage flags the failed identities (`checkFailed`) as on any page.
 */
import { EPSILON, identityKeys, parsePart } from '../solve/propagate.js';
import { oneCellSites } from '../solve/one-cell-sites.js';
import type { Identity, RowSpec } from '../template/index.js';
import { alignSegments, type AlignStats, type Segment, type StreamToken } from './stream-align.js';
import type { AlignedReading } from './stream-align.js';

/** Most whole readings (the segments' product) weighed at one budget of cost; more: the table is not read so. */
export const MAX_BROKEN_READINGS = 512;

/** A whole-table reading of the stream with one row breaking its printed total, and the identities it leaves the fill. */
export interface BrokenTotalReading {
  /** One segment over the whole table: the readings kept. */
  segments: Segment[];
  /** `identities` less those failing in some reading kept (set aside: they rank no reading above another). */
  identities: Identity[];
}

/**
 * The readings of `tokens` as the rows `specs` of `table` that let one row break its own identity
 * as printed and whose failed identities one printed cell explains; null when none, or the search
 * is too large.
 */
export function alignWithBrokenTotal(table: string, tokens: readonly StreamToken[], specs: readonly RowSpec[], identities: readonly Identity[], cuts: readonly boolean[]): BrokenTotalReading | null {
  const allKeys = specs.flatMap((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  const own = new Set(allKeys);
  const tableIds = identities.filter((id) => identityKeys(id).every((k) => own.has(k)));
  let kept: AlignedReading[] = [];
  const failing = new Set<Identity>();
  const accept = (segments: Segment[]): boolean => {
    let readings: AlignedReading[] = [{ rows: [], flags: [], cost: 0 }];
    for (const seg of segments) {
      readings = readings.flatMap((w) => seg.readings.map((r) => ({ rows: [...w.rows, ...r.rows], flags: [...w.flags, ...r.flags], cost: w.cost + r.cost })));
      if (readings.length > MAX_BROKEN_READINGS) return false;
    }
    const broken: AlignedReading[] = [];
    const whole: AlignedReading[] = [];
    failing.clear();
    for (const reading of readings) {
      const flat = reading.rows.flat();
      const values = new Map(allKeys.map((k, i) => [k, flat[i]]));
      const sites = oneCellSites(values, tableIds);
      if (sites === null) continue;
      // (A reading keeping every identity, which the search without breaks missed, ranks first.)
      if (sites.length === 0) whole.push(reading);
      else broken.push(reading);
      for (const id of tableIds) if (!holdsIn(id, values)) failing.add(id);
    }
    if (whole.length > 0) failing.clear();
    kept = whole.length > 0 ? whole : broken;
    return kept.length > 0;
  };
  const stats: AlignStats = { nodes: 0, cap: 0, overflow: false, readings: 0 };
  if (!alignSegments(table, tokens, specs, identities, accept, false, stats, cuts, 1) || kept.length === 0) return null;
  return { segments: [{ from: 0, to: specs.length, readings: kept }], identities: identities.filter((id) => !failing.has(id)) };
}

/** The identity holds under `values` (every member known). */
function holdsIn(id: Identity, values: ReadonlyMap<string, number | undefined>): boolean {
  const sum = id.parts.reduce((s, p) => {
    const { key, sign } = parsePart(p);
    return s + sign * (values.get(key) ?? 0);
  }, 0);
  return Math.abs(sum - (values.get(id.total) ?? 0)) < EPSILON;
}
