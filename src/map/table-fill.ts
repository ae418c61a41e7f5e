/**
 * @file What the steps that fill a table from its whole value stream share (map/table-stream,
 * anchored-runs, column-runs, clipped-total): the table, its template rows and identities, and the
 * fields and placements the row reading left, which they complete in place.
 */
import type { SolvedField } from '../solve/index.js';
import type { Identity, RowSpec } from '../template/index.js';
import type { Placement } from './table-rows.js';

/** One table being filled: keys are `${table}.${spec.key}.${column}`. */
export interface TableFill {
  /** The report key of the table ('requests'). */
  table: string;
  /** Its template rows, in template order. */
  specs: readonly RowSpec[];
  /** The identities its values must keep. */
  identities: readonly Identity[];
  /** The fields read so far; completed in place. */
  fields: Map<string, SolvedField>;
  /** How each field was placed; completed in place. */
  placements: Map<string, Placement>;
}
