/**
 * @file Stage 6, checks: every identity of the template evaluated on the values as read.
 * `expected` is the sum of the parts, `actual` the printed total. An identity with an unread
 * (null) value is not evaluable and is left out.
 */
import type { Check } from '../schema/report.js';
import { EPSILON, identityKeys, roundSum, sumParts } from '../solve/propagate.js';
import type { CellValue } from '../solve/types.js';
import type { Identity } from '../template/index.js';

/** Evaluates the identities. `notApplicable` fields (null in `na`) count as 0. */
export function runChecks(identities: readonly Identity[], values: ReadonlyMap<string, number | null>, na: ReadonlySet<string>): Check[] {
  const view = new Map<string, CellValue>();
  for (const [k, v] of values) view.set(k, v === null ? (na.has(k) ? null : undefined) : v);
  const checks: Check[] = [];
  for (const id of identities) {
    const keys = identityKeys(id);
    if (keys.some((k) => !values.has(k))) continue;
    const total = view.get(id.total);
    const expected = sumParts(id, view);
    if (total === undefined || expected === undefined) continue;
    const actual = total ?? 0;
    checks.push({ id: id.id, ok: Math.abs(actual - expected) <= EPSILON, expected: roundSum(expected), actual: roundSum(actual), keys });
  }
  return checks;
}
