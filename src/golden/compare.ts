/**
 * @file Compare an extraction with a golden file ({ meta, headings?, data, uncertain? }): per-field
 * expected vs actual, accuracy, silent errors (wrong at confidence ≥ 0.9), precision/recall over
 * emitted fields, calibration by confidence band, heading recall. Used by the CLI and by the tests.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import { flattenData } from '../report-data.js';
import type { Report } from '../schema/report.js';

/** Confidence at or above which a field is presented as right. */
export const CONFIDENT = 0.9;
/** Lower edges of the calibration bands. */
export const BANDS = [0, 0.5, 0.7, 0.9] as const;

/** What a golden file holds. */
export interface Golden {
  meta?: Partial<Record<'title' | 'agency' | 'year' | 'templateVersion' | 'publishedAt', unknown>>;
  headings?: { key: string; heading: string }[];
  data: unknown;
  /** Fields the source cannot determine: the right output is null (flag ambiguous). */
  uncertain?: Record<string, unknown> | unknown[];
}

export interface FieldDiff {
  key: string;
  expected: number | null;
  actual: number | null | undefined;
  confidence: number;
  ok: boolean;
}

export interface Comparison {
  name: string;
  fields: FieldDiff[];
  correct: number;
  total: number;
  /** Wrong fields at confidence ≥ CONFIDENT. */
  silent: number;
  /** Non-null values emitted, and how many of them are right. */
  emitted: number;
  emittedRight: number;
  /** Golden non-null values, and how many were emitted right. */
  expectedValues: number;
  meta: { key: string; expected: unknown; actual: unknown }[];
  headings: { expected: number; found: number };
  failedChecks: number;
  lowConfidence: number;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-6;
  return a === b;
}

function uncertainKeys(g: Golden): string[] {
  if (!g.uncertain) return [];
  return Array.isArray(g.uncertain) ? g.uncertain.map(String) : Object.keys(g.uncertain);
}

function compareMeta(report: Report, golden: Golden): Comparison['meta'] {
  const out: Comparison['meta'] = [];
  for (const [key, expected] of Object.entries(golden.meta ?? {})) {
    const actual = (report.meta as Record<string, unknown>)[key];
    const eq = typeof expected === 'string' && typeof actual === 'string' ? normalizeLabel(expected) === normalizeLabel(actual) : same(expected, actual);
    if (!eq) out.push({ key, expected, actual });
  }
  return out;
}

/**
 * True when the output says something of the field: a value, or null at some confidence (a cell
 * printed '/', null at 0.95, says "not applicable"). A null at confidence 0 (missing, ambiguous)
 * says nothing, and is no error when wrong.
 */
const claims = (f: FieldDiff): boolean => f.actual !== undefined && (f.actual !== null || f.confidence > 0);

/** Compares one report with its golden. */
export function compareReport(name: string, report: Report, golden: Golden): Comparison {
  const actual = flattenData(report.data);
  const expected = flattenData(golden.data);
  for (const k of uncertainKeys(golden)) expected.set(k, null);
  const fields: FieldDiff[] = [...expected].map(([key, e]) => {
    const a = actual.get(key) as number | null | undefined;
    return { key, expected: e as number | null, actual: a, confidence: report.fields[key]?.confidence ?? 0, ok: same(e, a ?? null) };
  });
  const emittedKeys = [...actual].filter(([, v]) => v !== null).map(([k]) => k);
  const right = new Set(fields.filter((f) => f.ok && f.expected !== null).map((f) => f.key));
  const headingKeys = new Set(report.sections.map((s) => s.key));
  return {
    name,
    fields,
    correct: fields.filter((f) => f.ok).length,
    total: fields.length,
    silent: fields.filter((f) => !f.ok && claims(f) && f.confidence >= CONFIDENT).length,
    emitted: emittedKeys.length,
    emittedRight: emittedKeys.filter((k) => right.has(k)).length,
    expectedValues: fields.filter((f) => f.expected !== null).length,
    meta: compareMeta(report, golden),
    headings: { expected: golden.headings?.length ?? 0, found: (golden.headings ?? []).filter((h) => headingKeys.has(h.key as never)).length },
    failedChecks: report.checks.filter((c) => !c.ok).length,
    lowConfidence: Object.values(report.fields).filter((f) => f.confidence < CONFIDENT && !f.flags.includes('missing')).length,
  };
}

/** Share of right fields per confidence band, over many comparisons. */
export function calibration(comparisons: readonly Comparison[]): { band: string; fields: number; right: number; share: number }[] {
  return BANDS.map((lo, i) => {
    const hi = BANDS[i + 1] ?? 1.0001;
    const inBand = comparisons.flatMap((c) => c.fields).filter((f) => claims(f) && f.confidence >= lo && f.confidence < hi);
    const right = inBand.filter((f) => f.ok).length;
    return { band: `[${lo}, ${BANDS[i + 1] ?? 1}]`, fields: inBand.length, right, share: inBand.length ? right / inBand.length : 1 };
  });
}
