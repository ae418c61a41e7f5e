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

export function crossYearChecks(reports: readonly { file: string; report: Report }[]): CrossYearResult {
  const byAgency = new Map<string, Map<number, { file: string; report: Report }>>();
  for (const r of reports) {
    const { agency, year } = r.report.meta;
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
      const before = flattenData(prev.report.data);
      const now = flattenData(cur.report.data);
      for (const column of REQUEST_COLUMNS) {
        const fwd = before.get(`requests.carriedForward.${column}`);
        const over = now.get(`requests.carriedOver.${column}`);
        if (typeof fwd !== 'number' || typeof over !== 'number' || fwd === over) continue;
        out.mismatches.push({
          agency: cur.report.meta.agency ?? '',
          column,
          previous: { file: prev.file, year: year - 1, carriedForward: fwd },
          current: { file: cur.file, year, carriedOver: over },
        });
      }
    }
  }
  return out;
}
