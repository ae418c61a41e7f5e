/**
 * @file Document-level warnings about the tables as read: `no_values` (sections found, yet no
 * statistic read: never a silent empty success) and `tables_duplicated` (a table printed twice,
 * e.g. this year's and last year's copies one after the other: most of its template rows have a
 * second printed row claiming the same label).
 */
import type { Warning } from '../model/document.js';
import type { RowSpec } from '../template/index.js';
import type { SolvedField } from '../solve/index.js';
import type { Placement } from './table-rows.js';

/** Share of a table's placed rows with a rival row from which the table counts as printed twice. */
export const DUPLICATED_SHARE = 0.5;
/** Placed rows a table needs before a duplicate copy is judged (one repeated row is no copy). */
const MIN_ROWS = 4;

const where = (p: Placement): string => {
  const s = p.source;
  if (s.line !== undefined) return `line ${s.line}`;
  return [s.page !== undefined ? `page ${s.page}` : '', s.table !== undefined ? `table ${s.table}` : '', s.row !== undefined ? `row ${s.row}` : ''].filter(Boolean).join(' ');
};

/** `no_values` when no field has a value though the document has report sections. */
export function noValuesWarning(fields: ReadonlyMap<string, SolvedField>, sections: number): Warning[] {
  if (sections === 0 || [...fields.values()].some((f) => f.value !== null)) return [];
  return [{ code: 'no_values', message: `${sections} report sections found, but no statistics were read from their tables (every field missing)` }];
}

/** A field the reader found something for: a value, readings to choose from, or a `/` (not applicable). */
const wasRead = (f: SolvedField | undefined): boolean => (f?.value ?? null) !== null || (f?.flags.includes('notApplicable') ?? false) || (f?.candidates?.length ?? 0) > 0;

/**
 * Share of the template's fields from which a report with most of them missing is flagged: a
 * table the reader could not follow (a layout it does not know) must not pass as a short report.
 */
export const MOSTLY_MISSING_SHARE = 0.5;

/** `fields_mostly_missing` when some values were read but more than MOSTLY_MISSING_SHARE of the template's fields were not. */
export function mostlyMissingWarning(fields: ReadonlyMap<string, SolvedField>, keys: readonly string[]): Warning[] {
  // (A field left ambiguous between readings, e.g. two copies of a table nothing tells apart, was read: it is no layout the reader lost.)
  const read = keys.filter((k) => wasRead(fields.get(k))).length;
  const missing = keys.length - read;
  if (read === 0 || missing <= keys.length * MOSTLY_MISSING_SHARE) return [];
  return [{ code: 'fields_mostly_missing', message: `${missing} of the ${keys.length} statistics were not read from the tables (a table layout the reader could not follow?)` }];
}

/** The statistics tables by their keys' first segment, as the report names them. */
const TABLES = [
  ['activeDisclosure', '二'],
  ['requests', '三'],
  ['reviewLitigation', '四'],
] as const;

/**
 * `table_unread` per statistics table none of whose fields was read while another table's were
 * (every field missing is `no_values`): a table in a layout the reader did not follow — years as
 * rows, a shape of its own — or not found, must not pass as a report whose table is merely blank.
 * `keys` names the table's fields; `reasons`: why a table was not read, in words, by its prefix (map/blank-table
 * blankDeclined: a table printed blank whose reading as blank was declined).
 */
export function unreadTableWarnings(fields: ReadonlyMap<string, SolvedField>, keys: readonly string[], sections: readonly { key: string }[], reasons: Readonly<Record<string, string>> = {}): Warning[] {
  const byTable = TABLES.map(([prefix, name]) => ({ prefix, name, keys: keys.filter((k) => k.startsWith(`${prefix}.`)) }));
  const read = byTable.filter((t) => t.keys.some((k) => wasRead(fields.get(k))));
  if (read.length === 0) return [];
  return byTable
    .filter((t) => t.keys.length > 0 && !read.includes(t))
    .map((t) => ({
      code: 'table_unread',
      message: `table ${t.name}: none of its ${t.keys.length} statistics was read (${reasons[t.prefix] ?? (sections.some((s) => s.key === t.prefix) ? 'its section was found; a layout the reader did not follow?' : 'its section was not found')})`,
      keys: t.keys,
    }));
}

/**
 * `rows_missing` per statistics table of which some template rows were read and others not at all
 * (none of their fields has a value, readings or a `/`): rows deleted from the template, or printed
 * in a way the reader did not follow, must not pass as blank rows. Not when most of the table is
 * unread (`fields_mostly_missing`, `table_unread` say so). The message names the rows by their
 * template labels, `keys` their fields.
 */
export function missingRowsWarnings(fields: ReadonlyMap<string, SolvedField>, tables: readonly (readonly [prefix: string, rows: readonly RowSpec[]])[]): Warning[] {
  return tables.flatMap(([prefix, rows]) => {
    const keysOf = (r: RowSpec) => r.columns.map((c) => `${prefix}.${r.key}.${c}`);
    const unread = rows.filter((r) => !keysOf(r).some((k) => wasRead(fields.get(k))));
    if (unread.length === 0 || unread.length * 2 >= rows.length) return [];
    const name = TABLES.find(([id]) => id === prefix)?.[1] ?? prefix;
    return [{
      code: 'rows_missing',
      message: `table ${name}: ${unread.length} of its ${rows.length} rows not read — ${unread.map((r) => r.labels[0]).join('、')} (not printed, or printed in a way the reader did not follow); their fields are missing`,
      keys: unread.flatMap(keysOf),
    }];
  });
}

/** What the warning says of the other copy: the same values, last year's by its caption, or other values nothing tells apart. */
function otherCopy(differ: boolean, toldApart: boolean): string {
  if (differ) return ', with other values): read the rows the template alignment placed, {where}; the other copy is ignored and every value of the table stays below 0.9 (the identities cannot tell two consistent copies apart)';
  if (toldApart) return ', with other values, printed under a caption naming an earlier year or without the caption naming this year): read the rows the template alignment placed, {where}, as this year\'s; the other copy is ignored';
  return ', with the same values): read the rows the template alignment placed, {where}; the other copy is ignored';
}

/**
 * `tables_duplicated` per table whose rows mostly have a second printed copy. When the copies'
 * values differ and no caption tells them apart (map/earlier-copy), every placement of that table
 * is marked `tableDuplicated` (in place) for the score.
 */
export function duplicatedWarnings(placements: ReadonlyMap<string, Placement>): Warning[] {
  const rows = new Map<string, { table: string; placement: Placement }>();
  for (const [key, p] of placements) {
    if (p.by !== 'label') continue;
    const row = key.slice(0, key.lastIndexOf('.'));
    if (!rows.has(row)) rows.set(row, { table: key.slice(0, key.indexOf('.')), placement: p });
  }
  const out: Warning[] = [];
  for (const table of new Set([...rows.values()].map((r) => r.table))) {
    const placed = [...rows.entries()].filter(([, r]) => r.table === table);
    const rivalled = placed.filter(([, r]) => (r.placement.row?.copies ?? 0) > 0);
    if (placed.length < MIN_ROWS || rivalled.length < DUPLICATED_SHARE * placed.length) continue;
    const differ = placed.some(([, r]) => (r.placement.row?.rivals ?? 0) > 0);
    const toldApart = placed.some(([, r]) => (r.placement.row?.toldApart ?? 0) > 0);
    // Mark every placed row of the table (score: below 0.9 when the copies differ).
    if (differ) for (const [key, p] of placements) if (key.startsWith(`${table}.`) && p.row) p.row.tableDuplicated = true;
    const span = `${where(placed[0]![1].placement)} to ${where(placed.at(-1)![1].placement)}`;
    out.push({
      code: 'tables_duplicated',
      message: `table ${table} is printed twice (${rivalled.length} of ${placed.length} rows have a second copy${otherCopy(differ, toldApart).replace('{where}', span)}`,
      keys: rivalled.map(([row]) => row),
    });
  }
  return out;
}
