/**
 * @file Table 三 whose header prints 总计 first (heading 自然人) while every row prints one value fewer
 * than the table's seven columns: a page cut at its right edge (a print past the paper, a clipped
 * CMS page) lost the last column, 其他. Read in the template's order — the header's order not
 * read whole, only '总计 自然人' — the six values fill 自然人…其他 and each row's 总计 is derived as
 * their sum: a reading every identity holds under (each printed column sums down the table), as
 * does the header's, 总计 first with 其他 derived as 总计 less the others (breakit55
 * ptt-layout-docxlo r05: 93 values one column off at 0.7). The identities cannot choose; the header
 * says 总计 is printed, so the template's reading, which prints none, is not determined either.
 * Each value the two readings differ on is left `ambiguous` with both as candidates (template's
 * first); values they agree on (a row of zeros) stay as read.
 */
import type { SolvedField } from '../solve/index.js';
import { REQUEST_CATEGORIES, REQUEST_LEAVES } from './header-words.js';

/** Rows needed: a table of a row or two (a fragment) is not judged. */
const MIN_ROWS = 3;

const PREFIX = 'requests.';
const TOTAL = '.total';

/** Row keys of table 三 ('requests.granted', …) among the fields. */
const rowKeys = (fields: ReadonlyMap<string, SolvedField>): string[] =>
  [...fields.keys()].filter((k) => k.startsWith(PREFIX) && k.endsWith(TOTAL)).map((k) => k.slice(0, -TOTAL.length));

/**
 * Whether every row's 总计 was derived (no row prints a value in the template's 总计 column) and, if
 * so, each value the header's reading (总计 first, 其他 cut) reads otherwise made ambiguous. Changes
 * `fields` in place; returns whether the table was read so.
 */
export function readCutTotalFirst(fields: Map<string, SolvedField>): boolean {
  const rows = rowKeys(fields);
  // A row printing not-applicable marks only ('/' in every cell) has no 总计 to derive.
  const derived = rows.filter((r) => fields.get(`${r}${TOTAL}`)!.flags.includes('derived'));
  if (derived.length < MIN_ROWS || !rows.every((r) => derived.includes(r) || fields.get(`${r}${TOTAL}`)!.flags.includes('notApplicable'))) return false;
  for (const row of rows) {
    // The six printed columns, in the template reading's keys (its 总计 is the derived one).
    const printed = REQUEST_CATEGORIES.map((k) => fields.get(`${row}.${k}`));
    if (printed.some((f) => f === undefined || (f.value === null && !f.flags.includes('notApplicable')))) continue;
    const values = printed.map((f) => f!.value);
    const header = new Map<string, number | null>([['total', values[0]!], ...REQUEST_CATEGORIES.slice(0, -1).map((k, i): [string, number | null] => [k, values[i + 1]!])]);
    const parts = values.slice(1).reduce<number>((s, v) => s + (v ?? 0), 0);
    const last = REQUEST_CATEGORIES.at(-1)!;
    if (values[0] !== null) header.set(last, values[0]! - parts);
    for (const k of REQUEST_LEAVES) {
      const key = `${row}.${k}`;
      const f = fields.get(key);
      if (!f || f.flags.includes('ambiguous') || !header.has(k) || header.get(k) === f.value) continue;
      const candidates = [f.value, header.get(k)!].filter((v): v is number => v !== null);
      fields.set(key, { value: null, flags: [...new Set([...f.flags.filter((x) => x !== 'notApplicable'), 'ambiguous' as const])], candidates });
    }
  }
  return true;
}
