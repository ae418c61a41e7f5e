/**
 * @file Confidence of a value set by a person (a corrections file): 1, flag `corrected`, with what
 * had been read kept beside it; and the report's confidence recomputed as in `index.ts` (the mean
 * over the template's keys, missing = 0).
 */
import type { FieldInfo } from '../schema/report.js';

/** A person looked at the source and set the value: nothing in the pipeline is more certain. */
export const CORRECTED_CONFIDENCE = 1;

/** The field info of a corrected value. */
export function correctedField(original: FieldInfo | undefined, originalValue: number | null, who: string, why: string): FieldInfo {
  const before = original ?? { confidence: 0, flags: ['missing'] };
  return {
    confidence: CORRECTED_CONFIDENCE,
    flags: ['corrected'],
    ...(before.source ? { source: before.source } : {}),
    correction: {
      who,
      why,
      original: { value: originalValue, confidence: before.confidence, flags: before.flags.filter((f) => f !== 'corrected'), ...(before.candidates ? { candidates: before.candidates } : {}) },
    },
  };
}

/** The report's confidence: mean field confidence over `keys` (a key without info counts 0). */
export function meanConfidence(fields: Readonly<Record<string, FieldInfo>>, keys: readonly string[]): number {
  const sum = keys.reduce((s, k) => s + (fields[k]?.confidence ?? 0), 0);
  return keys.length ? Math.round((sum / keys.length) * 1000) / 1000 : 0;
}
