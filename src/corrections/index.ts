/**
 * @file The correction loop: a person checks a value against the source (the review pages show
 * where it was read) and writes it into a corrections file; `xxgk batch --corrections FILE` applies
 * it to every report of that document. The value is replaced, the field flagged `corrected` at
 * confidence 1 with what had been read kept in `fields[key].correction`, the identities checked
 * again on the corrected values and the report's confidence recomputed. Other fields keep their
 * scores (the signals they were scored from did not change).
 */
import { runChecks } from '../checks/index.js';
import { flattenData, keysToData } from '../report-data.js';
import type { DataTree, FieldInfo, Report } from '../schema/report.js';
import { correctedField, meanConfidence } from '../score/corrected.js';
import { templateFor } from '../template/index.js';
import type { Correction, CorrectionSet } from './read.js';

export { CorrectionSchema, CorrectionsError, parseCorrections, readCorrections, type Correction, type CorrectionSet } from './read.js';

/** A corrected report and the corrections that did not apply (a key its template does not have). */
export interface CorrectionResult {
  report: Report;
  applied: Correction[];
  rejected: { correction: Correction; reason: string }[];
}

/** Applies the corrections of `set` for this report's document; the report is not changed in place. */
export function applyCorrections(report: Report, set: CorrectionSet): CorrectionResult {
  const mine = set.get(report.source.sha256) ?? [];
  if (mine.length === 0) return { report, applied: [], rejected: [] };
  const version = report.meta.templateVersion === '2019' ? '2019' : '2021';
  const template = templateFor(version, report.fields['requests.otherHandling.combined.total'] ? 'combined' : 'split');
  const values = flattenData(report.data) as Map<string, number | null>;
  const fields: Record<string, FieldInfo> = { ...report.fields };
  const applied: Correction[] = [];
  const rejected: CorrectionResult['rejected'] = [];
  for (const c of mine) {
    if (!template.keys.includes(c.key)) {
      rejected.push({ correction: c, reason: `${c.key} is not a field of this report's template (${version}, （六） ${template.otherHandling})` });
      continue;
    }
    const before = fields[c.key]?.correction?.original;
    const originalValue = before ? before.value : (values.get(c.key) ?? null);
    const original = before ? { confidence: before.confidence, flags: before.flags, ...(before.candidates ? { candidates: before.candidates } : {}), ...(fields[c.key]?.source ? { source: fields[c.key]!.source } : {}) } : fields[c.key];
    fields[c.key] = correctedField(original, originalValue, c.who, c.why);
    values.set(c.key, c.value);
    applied.push(c);
  }
  if (applied.length === 0) return { report, applied, rejected };
  const na = new Set(Object.entries(fields).filter(([, f]) => f.flags.includes('notApplicable')).map(([k]) => k));
  const checks = runChecks(template.identities, values, na);
  return {
    report: { ...report, data: keysToData(values) as DataTree, fields, checks, confidence: meanConfidence(fields, template.keys) },
    applied,
    rejected,
  };
}
