/**
 * @file Table 三's identities in the order its columns are read. Values are read in the template's
 * column order and moved to the columns the header names only after the solver (map/column-order);
 * solved under the template's identities, a table printed 总计 first or with its sub-columns
 * permuted was repaired by the wrong sums: a row that printed a cell too few (an empty cell in a
 * spaced dump) put the missing cell where the template-order sums wanted it, and after the move its
 * total no longer held (`checkFailed`, a wrong value). The move the header determines is learnt
 * first — by running map/column-order on a probe row, so its rules stay in one place — and the
 * identities are rewritten into the template-order keys the values sit in until the move: each
 * printed column's key replaced by the template key that holds its value.
 */
import type { Line } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';
import { parsePart } from '../solve/propagate.js';
import { REQUEST_COLUMNS, type Identity } from '../template/index.js';
import { followPrintedColumns } from './column-order.js';
import type { Placement } from './table-rows.js';

const PROBE = 'requests.probe.';

/** Template column → printed column for each value map/column-order moves in table 三; null when it moves none. */
export function printedRequestMoves(header: readonly Line[] | null): Map<string, string> | null {
  if (!header) return null;
  const fields = new Map<string, SolvedField>();
  const placements = new Map<string, Placement>();
  REQUEST_COLUMNS.forEach((c, i) => {
    fields.set(PROBE + c, { value: i, flags: [] });
    placements.set(PROBE + c, { by: 'label', labelScore: 1, source: {} });
  });
  followPrintedColumns(header, null, fields, placements);
  const moves = new Map<string, string>();
  for (const to of REQUEST_COLUMNS) {
    const from = fields.get(PROBE + to)?.value;
    if (typeof from === 'number' && REQUEST_COLUMNS[from] !== to) moves.set(REQUEST_COLUMNS[from]!, to);
  }
  return moves.size > 0 ? moves : null;
}

/** The identities over the keys table 三's values sit in before `moves` (template column → printed column) is applied. */
export function identitiesBeforeMoves(identities: readonly Identity[], moves: ReadonlyMap<string, string>): Identity[] {
  const back = new Map([...moves].map(([from, to]) => [to, from]));
  const key = (k: string): string => {
    const { key: bare, sign } = parsePart(k);
    const at = bare.lastIndexOf('.');
    const col = back.get(bare.slice(at + 1));
    return bare.startsWith('requests.') && col ? `${sign < 0 ? '-' : ''}${bare.slice(0, at + 1)}${col}` : k;
  };
  return identities.map((id) => ({ ...id, total: key(id.total), parts: id.parts.map(key) }));
}
