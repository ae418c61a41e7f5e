/**
 * @file Two reports in one document (a 2023 and a 2024 report pasted into one text file, a page
 * saving two years' articles). Read whole, the sections and tables came from the first report while
 * the sign-off date — read from the document's last lines — came from the second: a report mixing
 * two. A second full report is a second 一、总体情况 heading with a table-bearing report on each side
 * of it (the other standard headings, and the digits of the statistics tables or the sections' text,
 * before and after it); a table of contents repeating the headings above the body has neither between
 * them and is not one.
 * The document is cut where the second report starts (at its title, when one is printed just above its
 * first heading): only the first report is read — title, sections, tables and dates from it alone —
 * and a `multiple_reports` warning names the line where the second one starts.
 */
import type { Line, Warning } from '../model/document.js';
import { findTitle } from '../meta/title.js';
import { lineText } from '../meta/line-text.js';
import { matchHeading } from './match-heading.js';

/** Other standard headings (of the five after 总体情况) each report must show. */
const MIN_HEADINGS = 3;
/**
 * Digits each report must show: its tables' (table 三 alone prints at least 175, fused into runs
 * or not); a table of contents' page numbers are a few.
 */
const MIN_DIGITS = 60;
/** lines. The second report's title is looked for this far above its first heading. */
const TITLE_LOOKBACK = 15;

/**
 * chars. Or this much text outside the headings: a report whose tables are pictures (no digits)
 * still has its sections' text; a table of contents has its headings only.
 */
const MIN_TEXT = 200;

interface Part {
  headings: Set<string>;
  digits: number;
  text: number;
}

/** ASCII and full-width digits. */
const DIGIT = /[0-9０-９]/g;

/** Headings and digits of lines [from, to). */
function partOf(lines: readonly Line[], keys: readonly (string | null)[], from: number, to: number): Part {
  const headings = new Set<string>();
  let digits = 0;
  let text = 0;
  for (let i = from; i < to; i++) {
    const k = keys[i];
    if (k && k !== 'overview') headings.add(k);
    if (!k) text += lineText(lines[i]).length;
    for (const c of lines[i]!.cells) digits += c.match(DIGIT)?.length ?? 0;
  }
  return { headings, digits, text };
}

const full = (p: Part): boolean => p.headings.size >= MIN_HEADINGS && (p.digits >= MIN_DIGITS || p.text >= MIN_TEXT);

/** The first report's lines and a warning when a second full report follows; the lines unchanged otherwise. */
export function firstReport(lines: readonly Line[]): { lines: readonly Line[]; warning: Warning | null } {
  const memo = new Map<string, string | null>();
  const keys = lines.map((l) => {
    const t = lineText(l);
    if (!memo.has(t)) memo.set(t, matchHeading(t)?.key ?? null);
    return memo.get(t)!;
  });
  const overviews = keys.flatMap((k, i) => (k === 'overview' ? [i] : []));
  for (let n = 1; n < overviews.length; n++) {
    const second = overviews[n]!;
    const first = overviews[n - 1]!;
    const next = overviews[n + 1] ?? lines.length;
    if (!full(partOf(lines, keys, first, second)) || !full(partOf(lines, keys, second, next))) continue;
    const from = Math.max(first + 1, second - TITLE_LOOKBACK);
    const title = findTitle(lines.slice(from, second));
    let cut = second;
    if (title?.line !== undefined) {
      cut = from + title.line - 1;
      // A title printed on two lines starts on the line above.
      if (cut > from && title.text !== lineText(lines[cut]).trim() && title.text.endsWith(lineText(lines[cut]).trim())) cut--;
    }
    const named = title ? `'${title.text}'` : `'${lineText(lines[second])}'`;
    const where = lines[cut]!.source.line ?? cut + 1;
    const page = lines[cut]!.source.page;
    return {
      lines: lines.slice(0, cut),
      warning: {
        code: 'multiple_reports',
        message: `a second report starts at ${page !== undefined ? `page ${page}, ` : ''}line ${where} (${named}): only the first report is read (its title, sections, tables and dates); extract the second from a file of its own`,
      },
    };
  }
  return { lines, warning: null };
}
