/**
 * @file A table printed column by column by an archiver that collapsed repeated lines: each
 * column's values, top to bottom, with every run of equal values printed once ('0' for a column of
 * zeros). The rows are put back by choosing each run's length (map/run-decode: each cell's token,
 * the column headers fixing where each column's tokens start, pruned by every identity of the
 * table). All readings that keep the identities are returned, or, when they are too many to list,
 * the values they all agree on (where they disagree the field is left to the solver: ambiguous or
 * missing); the values are flagged `collapsed` when a run stands for several cells.
 */
import type { Line } from '../model/document.js';
import type { Group, SolvedField } from '../solve/types.js';
import { collapsedColumnBlocks } from '../tables/column-major.js';
import type { Identity, RowSpec } from '../template/index.js';
import { fillFromGroup } from './table-stream.js';
import type { TableFill } from './table-fill.js';
import { blockCandidates, blockSums, decodeRunBlock, type BlockDecoding } from './run-decode.js';

/** A field read: a value or a printed not-applicable mark, not ambiguous. */
const isResolved = (f: SolvedField | undefined): boolean => f !== undefined && !f.flags.includes('ambiguous') && (f.value !== null || f.flags.includes('notApplicable'));

/**
 * The collapsed `columns` (one array per column, in order) decoded as the rows `specs` of `table`
 * (map/run-decode, a header between the columns: no run crosses one): every reading that keeps
 * the table's identities, or what all of them agree on when they are too many to list; null when
 * the shapes do not fit or no reading keeps the identities.
 */
export function decodeColumnRuns(table: string, columns: readonly (readonly number[])[], specs: readonly RowSpec[], identities: readonly Identity[]): BlockDecoding | null {
  const n = specs.length;
  const w = columns.length;
  if (n < 2 || specs.some((s) => s.columns.length !== w) || columns.some((c) => c.length === 0 || c.length > n)) return null;
  const keys = specs.map((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  const columnStarts = columns.map((_, c) => columns.slice(0, c).reduce((a, col) => a + col.length, 0));
  return decodeRunBlock({ h: n, w, tokens: columns.flat(), sums: blockSums(keys, identities), columnStarts });
}

/**
 * Fills what the row reading left unresolved in a collapsed table printed column by column (in
 * place; see fillFromGroup). Returns the keys it changed.
 */
export function fillFromColumnRuns(fill: TableFill, lines: readonly Line[]): string[] {
  const { table, specs, identities, fields, placements } = fill;
  const columns = collapsedColumnBlocks(lines);
  if (!columns) return [];
  const decoded = decodeColumnRuns(table, columns, specs, identities);
  if (!decoded) return [];
  const keys = specs.flatMap((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  const candidates = blockCandidates(decoded);
  // A summary (too many readings to list) only fills what the rows left open: it is weaker than a
  // row read by its label, and a column a value short for another reason (a number glued to a
  // label) is read as a run somewhere it is not.
  const open = keys.map((k) => decoded.kind === 'readings' || !isResolved(fields.get(k)));
  const group: Group = {
    id: `${table}.columnRuns`,
    keys: keys.filter((_, i) => open[i]),
    candidates: candidates.map((c) => ({ ...c, cells: c.cells.filter((_, i) => open[i]) })),
  };
  if (group.keys.length === 0) return [];
  const first = lines.find((l) => l.source.line !== undefined)?.source ?? {};
  return fillFromGroup(group, identities, fields, placements, { ...first, text: `collapsed columns: ${columns.map((c) => c.length).join('+')} values` });
}
