/**
 * What `xxgk compare` counts as wrong at ≥ 0.9: a value, and a null the output is sure of (a cell
 * printed '/', null `notApplicable` at 0.95) — a new user's MediaWiki dumps gave 19 such nulls
 * where numbers were printed, and compare listed them but counted none. A null at confidence 0
 * (missing, ambiguous) claims nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReport, extract, type Golden } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const golden = (): Golden => JSON.parse(readFileSync(join(ROOT, 'golden', 'quirk-blank-na.golden.json'), 'utf8')) as Golden;

describe('compare: wrong at ≥ 0.9', () => {
  it('should count a confident null where the golden has a number, and not a missing one', async () => {
    const report = await extract(join(ROOT, 'samples', 'quirk-blank-na.txt'));
    const key = 'requests.notProcessed.publication.naturalPerson';
    expect([report.fields[key]?.flags.includes('notApplicable'), (report.fields[key]?.confidence ?? 0) >= 0.9]).toEqual([true, true]);
    const g = golden();
    (g.data as { requests: { notProcessed: { publication: Record<string, number | null> } } }).requests.notProcessed.publication.naturalPerson = 3;
    expect(compareReport('na', report, g).silent).toBe(1);
    // The same field missing (null, confidence 0): wrong, but not a confident error.
    const missing = { ...report, fields: { ...report.fields, [key]: { ...report.fields[key]!, confidence: 0, flags: ['missing' as const] } } };
    const cmp = compareReport('missing', missing, g);
    expect([cmp.silent, cmp.correct]).toEqual([0, cmp.total - 1]);
  });
});
