/**
 * @file Rows a stream reading placed by position with another row's values, that no identity confirms apart from the
 * reading itself.
 *
 * A stream reading (map/anchored-runs, map/table-stream) that fills rows between rows placed by their labels may give a
 * row that printed nothing the values of one that did: a mostly blank table 三 printing '6 0 0 0 0 0 6' only beside 本年新收
 * (PDFBox of a pandoc .docx print, t52 s33) had 上年结转 and 结转下年度继续办理 both read '6 0 0 0 0 0 6'. The balance
 * 本年新收 + 上年结转 = （七）总计 + 结转下年 then holds (6 + 6 = 6 + 6), but only because the two cells the same reading placed
 * cancel each other in it: with both 0 (the golden) it holds as well. An identity confirms such a row only when the
 * cells that reading placed in it do not sum to nothing — when, with them all taken away, it would fail.
 */
import type { Placement } from '../map/index.js';
import type { Check } from '../schema/report.js';
import type { SolvedField } from '../solve/index.js';
import { signedMembers } from '../solve/propagate.js';
import type { Identity } from '../template/index.js';
import { rowOf } from './evidence.js';
import { resolvedValue, sameValues } from './exchangeable-rows.js';

/** The reading that placed a field by position (its source), or null when something else placed it. */
function streamReading(p: Placement | undefined): string | null {
  return p && p.by === 'position' ? `${p.source?.line ?? ''}|${p.source?.text ?? ''}` : null;
}

/**
 * Rows (prefixes) whose every field one stream reading placed by position, whose values (one nonzero at least) are
 * another row's, and that no holding identity reaching other rows confirms except through cells of that same reading
 * cancelling each other (ORDER_ONLY_CAP in score/index).
 */
export function streamCopiedRows(
  keys: readonly string[],
  identities: readonly Identity[],
  fields: ReadonlyMap<string, SolvedField>,
  placements: ReadonlyMap<string, Placement>,
  checks: readonly Check[],
): Set<string> {
  const rows = new Map<string, string[]>();
  for (const k of keys) {
    const r = rowOf(k);
    const list = rows.get(r);
    if (list) list.push(k);
    else rows.set(r, [k]);
  }
  const valuesOf = new Map([...rows].map(([row, ks]) => [row, ks.map((k) => resolvedValue(fields.get(k)))]));
  const byId = new Map(identities.map((id) => [id.id, id]));
  const out = new Set<string>();
  for (const [row, ks] of rows) {
    const reading = streamReading(placements.get(ks[0]!));
    if (reading === null || !ks.every((k) => streamReading(placements.get(k)) === reading)) continue;
    const own = valuesOf.get(row)!;
    if (own.some((v) => v === null) || !own.some((v) => v !== 0)) continue;
    const copied = [...valuesOf].some(([other, vs]) => other !== row && sameValues(own, vs));
    if (!copied) continue;
    const confirmed = checks.some((c) => {
      if (!c.ok || (c.actual === 0 && c.expected === 0) || !c.keys.some((k) => ks.includes(k))) return false;
      const id = byId.get(c.id);
      if (!id || !c.keys.some((k) => rowOf(k) !== row)) return false;
      let same = 0;
      for (const [k, sign] of signedMembers(id)) if (streamReading(placements.get(k)) === reading) same += sign * (resolvedValue(fields.get(k)) ?? 0);
      return same !== 0;
    });
    if (!confirmed) out.add(row);
  }
  return out;
}
