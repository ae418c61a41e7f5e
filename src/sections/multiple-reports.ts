/**
 * @file Several reports in one document (a 2023 and a 2024 report pasted into one text file, a page
 * listing several agencies' reports, one full report per subordinate unit with or without the 汇总).
 * Read whole, the sections and tables came from one report while the sign-off date — read from the
 * document's last lines — came from another: a report mixing several. The reports are found by
 * `report-parts.ts`; which one is the document's is decided by evidence (`report-choice.ts`: the year and
 * agency its title and file name state, a part announced as the whole of the units the title covers), not
 * by position. Only that report is read — the document's title (the lines down to it) and the chosen
 * report's lines, its sections, tables and dates — with a `multiple_reports` warning naming where it is.
 * When the evidence does not determine the report (no report, or several, fit the document's title; units
 * without a 汇总), the first report left is read and `uncertain` is set: every value stays below 0.9.
 */
import type { Line, LoadedDocument, Warning } from '../model/document.js';
import { lineText } from '../meta/line-text.js';
import { chooseReport, documentClaim } from './report-choice.js';
import { reportParts, type ReportPart } from './report-parts.js';

/** The lines to read, the warning when the document holds several reports, and whether the choice among them is in doubt. */
export interface OneReport {
  lines: readonly Line[];
  warning: Warning | null;
  /** Which report is the document's is not determined: no value of the one read may reach 0.9. */
  uncertain: boolean;
}

/** Other reports named in the warning (a page may list 80). */
const LISTED = 5;

/** 'page 3, line 120' of line `i`. */
function where(lines: readonly Line[], i: number): string {
  const { page, line } = lines[i]!.source;
  return `${page !== undefined ? `page ${page}, ` : ''}line ${line ?? i + 1}`;
}

/** How a part is named in the warning: its title, else its first line. */
function named(lines: readonly Line[], p: ReportPart): string {
  return `'${p.title?.text ?? lineText(lines[p.start])}' at ${where(lines, p.start)}`;
}

/** The document's lines reduced to the one report it is about (see the file comment); unchanged when it holds one. */
export function oneReport(doc: Pick<LoadedDocument, 'lines' | 'metaTitle' | 'name'>): OneReport {
  const { lines } = doc;
  const parts = reportParts(lines);
  if (!parts) return { lines, warning: null, uncertain: false };
  const claim = documentClaim(lines, doc.metaTitle, doc.name);
  const choice = chooseReport(lines, parts, claim);
  const part = parts[choice.index]!;
  const end = parts[choice.index + 1]?.start ?? lines.length;
  // A later report is read under the document's title: the lines down to it, not the first report's text.
  const head = choice.index === 0 ? [] : lines.slice(0, Math.min(claim.title?.line ?? 0, parts[0]!.overview));
  const chosen = [...head, ...lines.slice(part.start, end)];
  const rest = parts.filter((p) => p !== part);
  const others = [...rest.slice(0, LISTED).map((p) => named(lines, p)), ...(rest.length > LISTED ? [`${rest.length - LISTED} more`] : [])];
  const read = `report ${choice.index + 1} of ${parts.length} is read (${named(lines, part)}), its title, sections, tables and dates`;
  const message = choice.determined
    ? `${parts.length} reports in one document: ${read}: ${choice.why}; the others (${others.join('; ')}) are not read: extract them from files of their own`
    : `${parts.length} reports in one document and which one is the document's is not determined: ${choice.why}. ${read}, every value below 0.9; the others: ${others.join('; ')}`;
  return { lines: chosen, warning: { code: 'multiple_reports', message }, uncertain: !choice.determined };
}
