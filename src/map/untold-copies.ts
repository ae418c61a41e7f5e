/**
 * @file A table printed twice (or more) whose copies nothing tells apart (map/earlier-copy: no
 * caption, or captions that may title either copy): which copy is this year's the document does not
 * say, so a value is determined only where every copy prints it alike. Each copy is read on its
 * own (its rows aligned and solved under the identities, as a table printed once); a field the
 * copies read alike keeps that reading, a field they read differently — or that one of them leaves
 * undecided — is `ambiguous` (null) with every copy's value as its candidates, in printed order.
 * Copies that may be an agency's units' tables with no summary printed (map/summary-copy
 * `copiesMayBeUnits`) determine only what every unit prints as 0 or not applicable: the report's value
 * is the units' sum, which a non-zero value printed alike in every copy is not.
 */
import type { Warning } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';

/** The field was read to one value (or printed not applicable), not left undecided or missing. */
function decided(f: SolvedField | undefined): f is SolvedField {
  return f !== undefined && !f.flags.includes('ambiguous') && (f.value !== null || f.flags.includes('notApplicable'));
}

/** The values a copy's reading of a field stands for: its value, or its candidates when undecided. */
function valuesOf(f: SolvedField | undefined): number[] {
  if (!f) return [];
  return f.value !== null ? [f.value] : f.candidates ?? [];
}

/** A value the units' sum keeps whatever their count: 0, or not applicable in every copy. */
const sumsToItself = (f: SolvedField): boolean => f.value === 0 || f.value === null;

/** Share of the fields every copy must read (decided) for two copies read alike to be one table printed twice. */
const SAME_TABLE_READ = 0.8;

/**
 * Two copies reading alike in every field (most of them decided in both) and not all 0: the same
 * table printed twice (an editor's or a crawler's duplicate), not two units' tables — two units do not
 * print the same counts in every cell (a tester's report saying '本局及所属单位' printed its table twice:
 * every non-zero value was made ambiguous).
 */
function sameTableTwice(keys: readonly string[], readingsOf: (key: string) => (SolvedField | undefined)[], printed: number): boolean {
  if (printed !== 2) return false;
  let read = 0;
  let nonZero = false;
  for (const key of keys) {
    const readings = readingsOf(key);
    if (!readings.every(decided)) continue;
    if (readings.some((r) => r!.value !== readings[0]!.value)) return false;
    read++;
    if (readings[0]!.value) nonZero = true;
  }
  return nonZero && read >= SAME_TABLE_READ * keys.length;
}

/**
 * Merges the other copies' readings (`others`, each solved on its own) into `fields` (the first
 * copy's, or the table read over all copies) over `keys`: a field every copy read alike is kept, any
 * other is made `ambiguous` with the copies' values as candidates; with `units` (copies that may be
 * units' tables, no summary) only a field every copy reads as 0 or not applicable is kept — unless
 * two copies read alike throughout (`sameTableTwice`: one table printed twice).
 * `printed`: the number of copies. Returns the `tables_duplicated` warning naming the rows made ambiguous.
 */
export function mergeUntoldCopies(table: string, keys: readonly string[], fields: Map<string, SolvedField>, others: readonly ReadonlyMap<string, SolvedField>[], { units = false, printed = others.length + 1 } = {}): Warning {
  const differ: string[] = [];
  const readingsOf = (key: string): (SolvedField | undefined)[] => [fields.get(key), ...others.map((o) => o.get(key))];
  if (units && sameTableTwice(keys, readingsOf, printed)) units = false;
  for (const key of keys) {
    const readings = readingsOf(key);
    const first = readings[0];
    if (decided(first) && readings.every((r) => decided(r) && r.value === first.value) && (!units || sumsToItself(first))) continue;
    const candidates = [...new Set(readings.flatMap(valuesOf))];
    fields.set(key, { value: null, flags: ['ambiguous'], candidates });
    differ.push(key);
  }
  const rows = [...new Set(differ.map((k) => k.slice(0, k.lastIndexOf('.'))))];
  const what = units
    ? `(the agency's units' tables, with no summary copy whose values are the others' sums?) and nothing tells which copy is the report's: each copy was read on its own; ${differ.length} values are ambiguous (the report's value is the units' sum, which a value printed alike in every copy is only when it is 0), with each copy's value as candidates in printed order, the other ${keys.length - differ.length} (0 or not applicable in every copy) are kept`
    : `(this year's and an earlier year's for comparison?) and nothing tells which copy is this year's (no caption, or captions that may title either copy): each copy was read on its own; ${differ.length} values the copies print differently (or one of them leaves undecided) are ambiguous, with each copy's value as candidates in printed order, the other ${keys.length - differ.length} are kept`;
  return {
    code: 'tables_duplicated',
    message: `table ${table} is printed ${printed} times ${what}`,
    keys: rows.length > 0 ? rows : [table],
  };
}
