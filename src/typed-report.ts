/**
 * @file The typed view of a report: `data` nested per template version, `fields` keyed by that
 * version's keys (both generated from the template data, `template/keys.generated.ts`), a guard
 * that narrows on `meta.templateVersion`, and `getField`. The zod `ReportSchema` stays the source
 * of truth of the shape; these types only narrow its open parts (`data`, `fields`).
 */
import type { FieldInfo, Report } from './schema/report.js';
import type { Data2019, Data2021, FieldKey, FieldKey2019, FieldKey2021, FieldKey2021Combined, FieldKey2021Split } from './template/keys.generated.js';

export type { Data2019, Data2021, FieldKey, FieldKey2019, FieldKey2021, FieldKey2021Combined, FieldKey2021Split };

/** Template versions a report can carry (`unknown` is read on the 2021 layout). */
export type ReportTemplateVersion = Report['meta']['templateVersion'];

/** Field keys of a report of version `V`. */
export type FieldKeyOf<V extends ReportTemplateVersion> = V extends '2019' ? FieldKey2019 : FieldKey2021;

/** `data` of a report of version `V`. */
export type DataOf<V extends ReportTemplateVersion> = V extends '2019' ? Data2019 : Data2021;

/** `fields` of a report of version `V`: every key of its layout (2021: the （六） rows of the layout printed). */
export type FieldsOf<V extends ReportTemplateVersion> = V extends '2019'
  ? { [K in FieldKey2019]: FieldInfo }
  : { [K in Extract<FieldKey2021Split, FieldKey2021Combined>]: FieldInfo } & { [K in Exclude<FieldKey2021, FieldKey2021Combined & FieldKey2021Split>]?: FieldInfo };

/** A report whose `meta.templateVersion` is `V`. */
export type ReportOf<V extends ReportTemplateVersion> = V extends ReportTemplateVersion
  ? Omit<Report, 'meta' | 'data' | 'fields'> & {
      meta: Omit<Report['meta'], 'templateVersion'> & { templateVersion: V };
      data: DataOf<V>;
      fields: FieldsOf<V>;
    }
  : never;

/** What `extract` returns: a union discriminated by `meta.templateVersion` (narrow it with {@link isTemplateVersion}). */
export type TypedReport = ReportOf<ReportTemplateVersion>;

/** The keys a (possibly narrowed) report may have. */
export type KeysOfReport<R> = R extends { meta: { templateVersion: infer V extends ReportTemplateVersion } } ? FieldKeyOf<V> : FieldKey;

/**
 * Narrows a report by its template version (TypeScript does not narrow a union on a nested
 * property by itself).
 * @example if (isTemplateVersion(report, '2019')) report.data.activeDisclosure.procurement.amount;
 */
export function isTemplateVersion<V extends ReportTemplateVersion>(report: Report | TypedReport, version: V): report is ReportOf<V> {
  return report.meta.templateVersion === version;
}

/** Walks `data` along a dotted key; `null` when the value is null or the layout lacks the key. */
function valueAt(data: unknown, key: string): number | null {
  let node = data;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'number' ? node : null;
}

/**
 * The value of one field by its dotted key, checked at compile time against the report's
 * version: `getField(report, 'requests.granted.total')` → `number | null`.
 */
export function getField<R extends Report | TypedReport>(report: R, key: KeysOfReport<R>): number | null {
  return valueAt(report.data, key);
}

/** The confidence, flags and source of one field (`undefined` when the report's layout lacks it). */
export function getFieldInfo<R extends Report | TypedReport>(report: R, key: KeysOfReport<R>): FieldInfo | undefined {
  return (report.fields as Record<string, FieldInfo | undefined>)[key];
}
