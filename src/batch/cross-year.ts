/**
 * @file Cross-year check inside a batch: reports of the same agency (name normalised) in
 * consecutive years must carry over what they carried forward:
 * `requests.carriedOver.<col>` of year N = `requests.carriedForward.<col>` of year N−1, per column.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import { flattenData } from '../report-data.js';
import type { Report } from '../schema/report.js';
import { REQUEST_COLUMNS } from '../template/index.js';

export interface CrossYearMismatch {
  agency: string;
  column: string;
  previous: { file: string; year: number; carriedForward: number };
  current: { file: string; year: number; carriedOver: number };
}

export interface CrossYearResult {
  /** Pairs of consecutive years compared. */
  pairs: number;
  mismatches: CrossYearMismatch[];
}

/** '示例市 第3局（本级）' and '示例市第3局' are one agency. */
export function agencyKey(agency: string): string {
  return normalizeLabel(agency).replace(/本级$/, '');
}

/** What the check needs of one report: a few numbers, so a batch need not keep whole reports. */
export interface CrossYearFacts {
  file: string;
  agency: string | null;
  year: number | null;
  /** `requests.carriedOver.<col>` and `requests.carriedForward.<col>` as extracted. */
  values: Record<string, unknown>;
}

export function crossYearFacts(file: string, report: Report): CrossYearFacts {
  const flat = flattenData(report.data);
  const values: Record<string, unknown> = {};
  for (const c of REQUEST_COLUMNS) for (const row of ['carriedOver', 'carriedForward']) values[`requests.${row}.${c}`] = flat.get(`requests.${row}.${c}`);
  return { file, agency: report.meta.agency, year: report.meta.year, values };
}

export function crossYearChecks(reports: readonly CrossYearFacts[]): CrossYearResult {
  const byAgency = new Map<string, Map<number, CrossYearFacts>>();
  for (const r of reports) {
    const { agency, year } = r;
    if (!agency || year === null) continue;
    const years = byAgency.get(agencyKey(agency)) ?? new Map();
    years.set(year, r);
    byAgency.set(agencyKey(agency), years);
  }
  const out: CrossYearResult = { pairs: 0, mismatches: [] };
  for (const years of byAgency.values()) {
    for (const [year, cur] of years) {
      const prev = years.get(year - 1);
      if (!prev) continue;
      out.pairs++;
      for (const column of REQUEST_COLUMNS) {
        const fwd = prev.values[`requests.carriedForward.${column}`];
        const over = cur.values[`requests.carriedOver.${column}`];
        if (typeof fwd !== 'number' || typeof over !== 'number' || fwd === over) continue;
        out.mismatches.push({
          agency: cur.agency ?? '',
          column,
          previous: { file: prev.file, year: year - 1, carriedForward: fwd },
          current: { file: cur.file, year, carriedOver: over },
        });
      }
    }
  }
  return out;
}
