/** Types for render-html.mjs (a generated report page). */
import type { SampleRow } from './make-samples.mjs';
export function renderHtml(opts: {
  title: string; agency: string; published: string; tables: Record<string, SampleRow[]>; narrative: unknown; headings: unknown;
  style?: string; charset?: string; print?: Record<string, boolean>; layoutTable?: boolean; imageTables?: boolean; crawled?: Record<string, unknown>;
}): string;
