/**
 * @file Table 三 rows the row reading left ambiguous, solved again once the steps after the solver
 * (map/table-stream, anchored-runs, column-blocks, label-flow) have read the rows around them. A
 * narrow page's plain `pdftotext` moves a row's cell away (to the page's end, after a pile of labels:
 * `5.属于三类内部事务` / `16 0 3 1 9 32` with its second `3` printed after the page's footer), so the
 * row reading offers the row with the missing cell at each place it may be, and the column identities
 * (总计 = Σ outcome rows) cannot choose while the other rows are unread. When they are read later,
 * the open rows' own readings are solved again with every row of the table that is fully read held
 * as it was read; an open field is filled only when that solve breaks no identity and leaves it one
 * value. Its value rests on rows read by position, so it is placed by position (below 0.9).
 */
import type { SourceRef } from '../model/document.js';
import { solve, type Group } from '../solve/index.js';
import { identityKeys } from '../solve/propagate.js';
import { open } from './column-blocks.js';
import type { TableFill } from './table-fill.js';

/**
 * Fills the open fields of `fill`'s rows from `groups` (the row reading's readings of the table)
 * solved with the table's read rows held (in place); returns the keys it filled.
 */
export function fillOpenRows(fill: TableFill, groups: readonly Group[], source: SourceRef): string[] {
  const { table, specs, fields, placements } = fill;
  const rows = specs.map((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  const openRows = rows.filter((keys) => keys.some((k) => open(fields.get(k))));
  if (openRows.length === 0 || openRows.length === rows.length) return [];
  const openKeys = new Set(openRows.flat());
  // The open rows' readings (groups lying wholly in them), narrowed to agree with the fields of theirs already read.
  const mine = groups.filter((g) => g.keys.every((k) => openKeys.has(k)) && g.keys.some((k) => open(fields.get(k))));
  if (mine.length === 0) return [];
  const narrowed = mine.map((g) => ({ ...g, candidates: g.candidates.filter((c) => g.keys.every((k, i) => open(fields.get(k)) || c.cells[i]?.value === undefined || c.cells[i]!.value === fields.get(k)!.value)) }));
  if (narrowed.some((g) => g.candidates.length === 0)) return [];
  // Every other row as read: one reading.
  const covered = new Set(mine.flatMap((g) => g.keys));
  const held: Group[] = rows
    .filter((keys) => !keys.some((k) => openKeys.has(k)))
    .map((keys) => ({ id: `${table}.held.${keys[0]}`, keys, candidates: [{ cost: 0, cells: keys.map((k) => ({ value: fields.get(k)!.value, flags: [] })) }] }));
  // Open fields no reading covers (a row the row reading did not offer) stay open; identities through them are not evaluated.
  const known = new Set([...covered, ...held.flatMap((g) => g.keys)]);
  const identities = fill.identities.filter((id) => identityKeys(id).every((k) => known.has(k)));
  const { fields: solved, stats } = solve([...narrowed, ...held], identities);
  if (stats.exhausted || stats.violations > 0) return [];
  const filled: string[] = [];
  for (const key of covered) {
    const f = solved.get(key);
    if (!open(fields.get(key)) || !f || f.value === null || f.flags.includes('ambiguous')) continue;
    fields.set(key, f);
    placements.set(key, { by: 'position', labelScore: 0, source: { ...source, text: 'table stream: a row\'s readings solved again with the rows read around it' } });
    filled.push(key);
  }
  return filled;
}
