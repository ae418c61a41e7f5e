/** The sample builders tests use (scripts/make-samples.mjs). */
export interface SampleRow { kind: string; cells: string[] }
export function activeTable(data: unknown, version: string): SampleRow[];
export function requestTable(data: unknown, combined: boolean): SampleRow[];
export function reviewTable(data: unknown): SampleRow[];
export function renderRows(rows: SampleRow[], style: string): string;
export function base(seed: number, opts?: { version?: string }): { agency: string; year: number; published: string };
export function textReport(opts: { agency: string; year: number; published: string; tables: Record<string, string> }): string;
/** The section headings and the prose of a generated report. */
export const H: Record<string, string>;
export const NARRATIVE: Record<string, string>;
