/**
 * @file The one placement signal for a table read in an order nothing confirms: its columns (a
 * header printed in another order, or not read — map/column-order, active-column-order,
 * clipped-total) or its rows against their labels (values printed before their labels, one cell per
 * line — rows_unread, map/index). Identities hold under any order of the columns and under every
 * row shifted by one, so they cannot confirm such a reading; the score stage caps each marked value
 * (≤ 0.85). The warning that says why is the caller's.
 */
import type { Placement } from './table-rows.js';

/**
 * Marks every placed value whose key starts with `prefix` ('requests.', 'activeDisclosure.regulations.') as read in an
 * unconfirmed order, but those of the printed rows in `except` (row keys, 'activeDisclosure.licensing': placed beyond that doubt).
 */
export function markOrderUnconfirmed(prefix: string, placements: ReadonlyMap<string, Placement>, except: ReadonlySet<string> = new Set()): void {
  for (const [key, p] of placements) if (key.startsWith(prefix) && !except.has(key.slice(0, key.lastIndexOf('.')))) p.orderUnconfirmed = true;
}

/**
 * Marks every placed value of tables 二 and 三 as read from a document a layout analyser dumped in its box
 * order (table 三's header band printed box by box: map/box-order), the same analyser having printed the
 * tables' bodies so: a value's place in the stream is the analyser's grouping of cells, not the page's rows.
 */
export function markBoxOrdered(placements: ReadonlyMap<string, Placement>): void {
  for (const [key, p] of placements) if (key.startsWith('requests.') || key.startsWith('activeDisclosure.')) p.boxOrdered = true;
}

/**
 * Marks table 三's placed values (or those of the leaves in `only`) as read in an order the stream does not place
 * (`columns_unread`): unconfirmed and open (score: ≤ 0.75). No identity of table 三 tells its six category columns apart,
 * so a value kept in an order nothing printed placed is a guess, whatever the rows' totals say (map/column-order).
 */
export function markRequestsUnread(placements: ReadonlyMap<string, Placement>, only: ReadonlySet<string> | null = null): void {
  for (const [key, p] of placements) {
    if (!key.startsWith('requests.') || (only && !only.has(key.slice(key.lastIndexOf('.') + 1)))) continue;
    p.orderUnconfirmed = true;
    p.orderOpen = true;
  }
}
