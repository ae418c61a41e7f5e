/**
 * @file A table printed twice (or more) whose copies nothing tells apart (map/earlier-copy: no
 * caption, or captions that may title either copy): which copy is this year's the document does not
 * say, so a value is determined only where every copy prints it alike. Each copy is read on its
 * own (its rows aligned and solved under the identities, as a table printed once); a field the
 * copies read alike keeps that reading, a field they read differently — or that one of them leaves
 * undecided — is `ambiguous` (null) with every copy's value as its candidates, in printed order.
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

/**
 * Merges the other copies' readings (`others`, each solved on its own) into `fields` (the first
 * copy's) over `keys`: a field every copy read alike is kept, any other is made `ambiguous` with
 * the copies' values as candidates. Returns the `tables_duplicated` warning naming those rows.
 */
export function mergeUntoldCopies(table: string, keys: readonly string[], fields: Map<string, SolvedField>, others: readonly ReadonlyMap<string, SolvedField>[]): Warning {
  const differ: string[] = [];
  for (const key of keys) {
    const readings = [fields.get(key), ...others.map((o) => o.get(key))];
    const first = readings[0];
    if (decided(first) && readings.every((r) => decided(r) && r.value === first.value)) continue;
    const candidates = [...new Set(readings.flatMap(valuesOf))];
    fields.set(key, { value: null, flags: ['ambiguous'], candidates });
    differ.push(key);
  }
  const rows = [...new Set(differ.map((k) => k.slice(0, k.lastIndexOf('.'))))];
  return {
    code: 'tables_duplicated',
    message: `table ${table} is printed ${others.length + 1} times (this year's and an earlier year's for comparison?) and nothing tells which copy is this year's (no caption, or captions that may title either copy): each copy was read on its own; ${differ.length} values the copies print differently (or one of them leaves undecided) are ambiguous, with each copy's value as candidates in printed order, the other ${keys.length - differ.length} are kept`,
    keys: rows.length > 0 ? rows : [table],
  };
}
