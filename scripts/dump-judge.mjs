/**
 * @file Field verdicts of an extraction against a golden, shared by the dump measures
 * (`measure-dumps.mjs`, `check-dumps.mjs`): determinable = golden value non-null and not listed in
 * the golden's `uncertain`; right, right at confidence ≥ 0.9, missing, wrong below 0.9, and wrong
 * at ≥ 0.9 (`silent`: the worst defect).
 */
import { readFileSync } from 'node:fs';

export const CONFIDENT = 0.9;

/** Golden file → Map key → expected (uncertain keys left out: not determinable). */
export function goldenExpected(path, flattenData) {
  const g = JSON.parse(readFileSync(path, 'utf8'));
  const expected = flattenData(g.data);
  const uncertain = Array.isArray(g.uncertain) ? g.uncertain.map(String) : Object.keys(g.uncertain ?? {});
  for (const k of uncertain) expected.delete(k);
  return expected;
}

export const same = (a, b) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Verdicts of `report` on the `expected` fields (null expectations skipped; `skip(key, want)` true leaves a field out as not determinable, counted in `undet`). */
export function judge(expected, report, flattenData, skip = () => false) {
  const data = flattenData(report.data ?? {});
  const s = { det: 0, right: 0, sure: 0, missing: 0, wrong: 0, silent: 0, undet: 0, misses: [] };
  for (const [key, want] of expected) {
    if (want === null || want === undefined) continue;
    if (skip(key, want)) {
      s.undet++;
      continue;
    }
    s.det++;
    const got = data.get(key);
    const conf = report.fields?.[key]?.confidence ?? 0;
    if (same(got, want)) (s.right++, conf >= CONFIDENT && s.sure++);
    else if (got === null || got === undefined) (s.missing++, s.misses.push(`${key}: missing (want ${want}) [${report.fields?.[key]?.flags?.join(',') ?? ''}]`));
    else if (conf >= CONFIDENT) (s.silent++, s.misses.push(`${key}: WRONG ${got} at ${conf} (want ${want})`));
    else (s.wrong++, s.misses.push(`${key}: ${got} at ${conf} (want ${want})`));
  }
  return s;
}
