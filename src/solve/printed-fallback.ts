/**
 * @file A table read as printed when no reading keeps every identity and one printed cell alone
 * explains every identity that fails: a total printed wrong (TEMPLATE.md: the printed number is the
 * value, its check fails). Such a row's readings are pruned to those keeping its own total — its
 * empty cells read as unknown, or its cells moved (`repaired`) — so the reading as printed was
 * gone; none of those keeps the columns either, and with a table of empty cells too large to
 * enumerate, the one-row-at-a-time fallback left every row with an empty cell `ambiguous` (gen60
 * r20: a 总计 printed 6 for 1 + 3 beside blank zeros, 90 of table 三's 200 fields lost). Read as
 * printed instead, the wrong total costs its own identities (`checkFailed`, held low), not the table.
 */
import type { Identity } from '../template/index.js';
import { oneCellSites } from './one-cell-sites.js';
import { identityKeys } from './propagate.js';
import type { Group } from './types.js';
import { minOf } from '../_internal/extremes.js';

/**
 * Each group with its one cheapest reading (as printed, empty cells 0) when that reading is
 * unique in every group, reads every cell, and breaks identities — of `identities` whose members
 * the groups all read — that one printed cell alone explains, a total printed as a number (the
 * total of an identity through it); null otherwise. A part explaining them (a 1 printed beside an
 * empty 总计 its row may derive) leaves the readings to the solver's other fallbacks.
 */
export function printedReading(groups: readonly Group[], identities: readonly Identity[]): Group[] | null {
  const printed: Group[] = [];
  const values = new Map<string, number>();
  const printedNumber = new Set<string>();
  for (const g of groups) {
    const least = minOf(g.candidates.map((c) => c.cost));
    const cheapest = g.candidates.filter((c) => c.cost === least);
    const only = cheapest[0];
    // A cheapest reading that moves cells (`repaired`) is not the table as printed: nothing to fall back to.
    if (cheapest.length !== 1 || !only || only.cells.some((cell) => cell.value === undefined || cell.flags.includes('repaired'))) return null;
    printed.push({ ...g, candidates: [only] });
    g.keys.forEach((k, i) => {
      const cell = only.cells[i]!;
      values.set(k, cell.value ?? 0);
      if (typeof cell.value === 'number' && !cell.flags.includes('blank') && !cell.flags.includes('derived')) printedNumber.add(k);
    });
  }
  const read = identities.filter((id) => identityKeys(id).every((k) => values.has(k)));
  const totals = new Set(read.map((id) => id.total));
  const sites = oneCellSites(values, read);
  return sites?.some((k) => totals.has(k) && printedNumber.has(k)) ? printed : null;
}
