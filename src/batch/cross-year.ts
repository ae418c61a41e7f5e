/**
 * @file Cross-year check inside a batch: reports of the same agency (name normalised, see
 * `agency-name.ts`, plus an aliases file) in consecutive years must carry over what they carried
 * forward: `requests.carriedOver.<col>` of year N = `requests.carriedForward.<col>` of year N−1, per
 * column. A soft check beside it (table 二, 2021 template): last year's 现行有效件数 + this year's
 * 制发 − 废止 = this year's 现行有效件数, for 规章 and 行政规范性文件 — soft because agencies also
 * clean up their lists between years, so a mismatch is a hint, not an error. A batch often holds
 * several copies of one report (the PDF and its dumps): each number is taken from the copy that
 * read it with the most confidence.
 */
import { agencyIdentity, groupAgencies } from './agency-name.js';
import { flattenData } from '../report-data.js';
import type { Report } from '../schema/report.js';
import { REQUEST_COLUMNS } from '../template/index.js';
import { pushAll } from '../_internal/extremes.js';

export interface CrossYearMismatch {
  agency: string;
  column: string;
  previous: { file: string; year: number; carriedForward: number };
  current: { file: string; year: number; carriedOver: number };
}

/** A table-二 carry that does not add up (soft). */
export interface CarryMismatch {
  agency: string;
  /** `regulations` or `normativeDocuments`. */
  row: string;
  previous: { file: string; year: number; inForce: number };
  current: { file: string; year: number; issued: number; repealed: number; inForce: number };
}

export interface CrossYearResult {
  /** Pairs of consecutive years compared. */
  pairs: number;
  mismatches: CrossYearMismatch[];
  /** Soft: table 二's 现行有效件数 not carried (last year + 制发 − 废止). */
  carry?: CarryMismatch[];
}

export { agencyKey } from './agency-name.js';

const CARRY_ROWS = ['regulations', 'normativeDocuments'] as const;

/** What the check needs of one report: a few numbers, so a batch need not keep whole reports. */
export interface CrossYearFacts {
  file: string;
  agency: string | null;
  year: number | null;
  /** `requests.carriedOver.<col>` and `requests.carriedForward.<col>` as extracted. */
  values: Record<string, unknown>;
  /** The confidence of each of `values` (absent in results.jsonl written before it was recorded). */
  confidence?: Record<string, number>;
}

/** One number of an agency's year: from the copy that read it with the most confidence. */
interface Pick {
  file: string;
  value: unknown;
}

export function crossYearFacts(file: string, report: Report): CrossYearFacts {
  const flat = flattenData(report.data);
  const values: Record<string, unknown> = {};
  const confidence: Record<string, number> = {};
  const take = (key: string): void => {
    values[key] = flat.get(key);
    confidence[key] = report.fields[key]?.confidence ?? 0;
  };
  for (const c of REQUEST_COLUMNS) for (const row of ['carriedOver', 'carriedForward']) take(`requests.${row}.${c}`);
  for (const row of CARRY_ROWS) for (const c of ['issued', 'repealed', 'inForce']) if (flat.has(`activeDisclosure.${row}.${c}`)) take(`activeDisclosure.${row}.${c}`);
  return { file, agency: report.meta.agency, year: report.meta.year, values, confidence };
}

/** `key` of an agency's year from the copy that read it with the most confidence (the first copy on a tie). */
function pick(copies: readonly CrossYearFacts[], key: string): Pick {
  const sure = (c: CrossYearFacts): number => (typeof c.values[key] === 'number' ? (c.confidence?.[key] ?? 0.5) : -1);
  const best = copies.reduce((a, b) => (sure(b) > sure(a) ? b : a));
  return { file: best.file, value: best.values[key] };
}

/** Links reports of one agency in consecutive years and compares what they carry. */
export function crossYearChecks(reports: readonly CrossYearFacts[], aliases?: ReadonlyMap<string, string>): CrossYearResult {
  const named = reports.filter((r): r is CrossYearFacts & { agency: string; year: number } => Boolean(r.agency) && r.year !== null);
  const groups = groupAgencies(named.map((r) => agencyIdentity(r.agency, aliases)));
  const byAgency = new Map<string, Map<number, CrossYearFacts[]>>();
  named.forEach((r, i) => {
    const years = byAgency.get(groups[i]!) ?? new Map<number, CrossYearFacts[]>();
    years.set(r.year, [...(years.get(r.year) ?? []), r]);
    byAgency.set(groups[i]!, years);
  });
  const out: CrossYearResult = { pairs: 0, mismatches: [], carry: [] };
  for (const years of byAgency.values()) {
    for (const [year, cur] of years) {
      const prev = years.get(year - 1);
      if (!prev) continue;
      out.pairs++;
      for (const column of REQUEST_COLUMNS) {
        const fwd = pick(prev, `requests.carriedForward.${column}`);
        const over = pick(cur, `requests.carriedOver.${column}`);
        if (typeof fwd.value !== 'number' || typeof over.value !== 'number' || fwd.value === over.value) continue;
        out.mismatches.push({
          agency: cur[0]!.agency ?? '',
          column,
          previous: { file: fwd.file, year: year - 1, carriedForward: fwd.value },
          current: { file: over.file, year, carriedOver: over.value },
        });
      }
      pushAll(out.carry!, carryMismatches(prev, cur, year));
    }
  }
  return out;
}

function carryMismatches(prev: readonly CrossYearFacts[], cur: readonly CrossYearFacts[], year: number): CarryMismatch[] {
  const out: CarryMismatch[] = [];
  for (const row of CARRY_ROWS) {
    const before = pick(prev, `activeDisclosure.${row}.inForce`);
    const [issued, repealed, inForce] = ['issued', 'repealed', 'inForce'].map((c) => pick(cur, `activeDisclosure.${row}.${c}`));
    if (![before, issued, repealed, inForce].every((p) => typeof p!.value === 'number')) continue;
    const [b, i, r, f] = [before, issued, repealed, inForce].map((p) => p!.value as number);
    if (b! + i! - r! === f) continue;
    out.push({ agency: cur[0]!.agency ?? '', row, previous: { file: before.file, year: year - 1, inForce: b! }, current: { file: inForce!.file, year, issued: i!, repealed: r!, inForce: f! } });
  }
  return out;
}
