/**
 * @file The whole reports of a document holding several (two years pasted one after the other, a page
 * listing several agencies' reports, one report per subordinate unit with or without a 汇总): where each
 * starts, its printed title and the short lines that announce it ('第二部分 XX中心', '以下为2024年度报告正文：',
 * '以上各单位数据合计如下：').
 * A second full report is a second 一、总体情况 heading with a table-bearing report on each side of it (the
 * other standard headings, and the digits of the statistics tables or the sections' text, before and
 * after it); a table of contents repeating the headings above the body has neither between them and is not one.
 */
import type { Line } from '../model/document.js';
import { isAgencyName } from '../meta/agency-name.js';
import { lineText } from '../meta/line-text.js';
import { dateOnLine } from '../meta/sign-off.js';
import { findTitle, type FoundTitle } from '../meta/title.js';
import { matchHeading } from './match-heading.js';

/** Other standard headings (of the five after 总体情况) each report must show. */
const MIN_HEADINGS = 3;
/**
 * Digits each report must show: its tables' (table 三 alone prints at least 175, fused into runs
 * or not); a table of contents' page numbers are a few.
 */
const MIN_DIGITS = 60;
/**
 * chars. Or this much text outside the headings: a report whose tables are pictures (no digits)
 * still has its sections' text; a table of contents has its headings only.
 */
const MIN_TEXT = 200;
/** lines. A report's title is looked for this far above its first heading. */
const TITLE_LOOKBACK = 15;
/** lines. Announcing lines are looked for this far above a report's title (or its first heading when it has none). */
const HEADER_LINES = 3;
/** chars. An announcing line without sentence punctuation is at most this long ('第二部分 某某局机关服务中心'). */
const MAX_LABEL = 30;
/** chars. An announcing line ending in a colon ('以下为2024年度报告正文：') is at most this long. */
const MAX_LEAD = 60;

/** One whole report of the document. */
export interface ReportPart {
  /** Index of its first line: its title or the first line announcing it, else its 一、总体情况. */
  start: number;
  /** Index of its 一、总体情况 heading. */
  overview: number;
  /** Its printed title (`line` 1-based in the document), null when none is printed above its first heading. */
  title: FoundTitle | null;
  /** The lines announcing it, above its title or between its title and its first heading. */
  headers: string[];
  /** An agency name alone on the line above its first line: the previous report's sign-off or this one's name. */
  nameAbove: string | null;
}

interface Extent {
  headings: Set<string>;
  digits: number;
  text: number;
}

/** ASCII and full-width digits. */
const DIGIT = /[0-9０-９]/g;
/** A year as written in an announcing line: its only digits. */
const YEAR_WORD = /(?:19|20)\d{2}\s*年/g;

/** Headings and digits of lines [from, to). */
function extentOf(lines: readonly Line[], keys: readonly (string | null)[], from: number, to: number): Extent {
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

const full = (p: Extent): boolean => p.headings.size >= MIN_HEADINGS && (p.digits >= MIN_DIGITS || p.text >= MIN_TEXT);

/** A part's number before its name ('第二部分', '（一）', '一、', '1.'). */
export const PART_NUMBER = /^(?:第[一二三四五六七八九十\d]+部分|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])\s*/;

/**
 * A line that announces the report below it: a short label ('第二部分 XX中心', '汇总情况') or a lead ending
 * in a colon ('以下为2024年度报告正文：'). Not a heading, a table row (digits other than a year or a part's
 * number) or a date; an agency name alone only where it cannot be the previous report's sign-off (`named`).
 */
function announces(line: Line | undefined, key: string | null, named: boolean): boolean {
  const t = lineText(line);
  if (!t || key) return false;
  const label = t.replace(PART_NUMBER, '');
  if (/[0-9０-９]/.test(label.replace(YEAR_WORD, '')) || dateOnLine(t, 0)) return false;
  if (!named && label === t && isAgencyName(t.replace(/\s+/g, ''))) return false;
  return (t.length <= MAX_LABEL && !/[。；;]/.test(t)) || (t.length <= MAX_LEAD && /[:：]$/.test(t) && !/[。；;]/.test(t.slice(0, -1)));
}

/** The report title nearest above `overview` in lines [from, overview), with its 0-based first line. */
function titleAbove(lines: readonly Line[], from: number, overview: number): { title: FoundTitle; first: number } | null {
  const region = lines.slice(from, overview);
  let found: { title: FoundTitle; first: number } | null = null;
  // findTitle returns the first title of the region: look again below it until none is left.
  for (let at = 0; at < region.length; ) {
    const t = findTitle(region.slice(at));
    if (t?.line === undefined) break;
    const index = at + t.line - 1;
    let first = index;
    // A title printed on two lines starts on the line above.
    const own = lineText(region[index]).trim();
    if (index > 0 && t.text !== own && t.text.endsWith(own)) first--;
    found = { title: { ...t, line: from + index + 1 }, first: from + first };
    at = index + 1;
  }
  return found;
}

/** Announcing lines from `below - 1` upward (at most HEADER_LINES, not above `floor`), top first. */
function headersAbove(lines: readonly Line[], keys: readonly (string | null)[], below: number, floor: number): number[] {
  const out: number[] = [];
  for (let i = below - 1; i >= floor && out.length < HEADER_LINES && announces(lines[i], keys[i]!, false); i--) out.unshift(i);
  return out;
}

/** One part's title, announcing lines and first line; `floor`: the line after the previous part's first heading. */
function partAt(lines: readonly Line[], keys: readonly (string | null)[], overview: number, floor: number, first: boolean): ReportPart {
  // The first report's title is the document's: anywhere above its first heading.
  const found = titleAbove(lines, first ? 0 : Math.max(floor, overview - TITLE_LOOKBACK), overview);
  const between: number[] = [];
  let below = found ? found.title.line! : overview;
  // A title broken inside its words ('…年度报' / '告') ends on a later line.
  while (found && below < overview && lineText(lines[below]) && found.title.text.endsWith(lineText(lines[below]))) below++;
  // Below a title an agency name alone is a byline or a unit's name, not a sign-off.
  for (let i = below; i < overview; i++) if (announces(lines[i], keys[i]!, true)) between.push(i);
  // Above the first report's title is page furniture, not what announces it.
  const above = found && first ? [] : headersAbove(lines, keys, found ? found.first : overview, floor);
  const start = first ? 0 : (above[0] ?? found?.first ?? overview);
  const name = first || start <= floor ? '' : lineText(lines[start - 1]).replace(/\s+/g, '');
  return { start, overview, title: found?.title ?? null, headers: [...above, ...between].map((i) => lineText(lines[i])), nameAbove: isAgencyName(name) ? name : null };
}

/** The document's whole reports, first line first; null when it holds one (or none). */
export function reportParts(lines: readonly Line[]): ReportPart[] | null {
  const memo = new Map<string, string | null>();
  const keys = lines.map((l) => {
    const t = lineText(l);
    if (!memo.has(t)) memo.set(t, matchHeading(t)?.key ?? null);
    return memo.get(t)!;
  });
  const overviews = keys.flatMap((k, i) => (k === 'overview' ? [i] : []));
  const starts: number[] = [];
  for (let n = 1; n < overviews.length; n++) {
    const [first, second] = [overviews[n - 1]!, overviews[n]!];
    const next = overviews[n + 1] ?? lines.length;
    if (!full(extentOf(lines, keys, first, second)) || !full(extentOf(lines, keys, second, next))) continue;
    if (starts.length === 0) starts.push(first);
    if (starts.at(-1) !== second) starts.push(second);
  }
  if (starts.length < 2) return null;
  return starts.map((overview, n) => partAt(lines, keys, overview, n === 0 ? 0 : starts[n - 1]! + 1, n === 0));
}
