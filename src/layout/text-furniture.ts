/**
 * @file Running headers and footers in text a converter made of a printed page (plain `pdftotext`,
 * Ghostscript's txtwrite, a browser's "save as text" of a PDF). A browser prints every page with a
 * date and time, the page title, the URL and 'n/m' (Chromium: '11/25/26, 1:55 PM' · title ·
 * 'file:///…/report.html' · '2/5'); pdftotext writes them where the page breaks, often in the
 * middle of a table's value stream, where their digits would be read as values. Dropped here:
 *  - a line that is only a URL, or only a date with a clock time (never a cell of a report table:
 *    the tables hold counts and amounts, the text writes dates as '2025年1月20日');
 *  - a line with words that sits next to such a line or to a page counter at two places at least,
 *    the same (digits aside) each time: the running title beside the date. The same line where it
 *    is not next to furniture (the report's own title) stays, and so does a line that is next to
 *    furniture once (a table header that starts a page).
 * Page counters ('2/5', '— 3 —': PAGE_FURNITURE) are dropped wherever they are, and bare page
 * numbers ('3' alone) where they count the pages at the pages' edges (barePageNumbers).
 */

import { PAGE_COUNTER, PAGE_FURNITURE } from './page-marks.js';

export { PAGE_FURNITURE } from './page-marks.js';

/** A whole line that is a URL (file://, http(s)://, or a bare www. host with a path). */
const URL_LINE = /^\s*(?:(?:file|https?):\/\/|www\.)\S+\s*$/i;

/**
 * A whole line that is a date with a clock time, as browsers print it in the running header:
 * '11/25/26, 1:55 PM', '2025/1/20 13:55', '20.01.2025, 13:55', '2025-01-20 13:55:07', '2025/1/20 下午1:55'.
 */
const DATE_TIME_LINE = /^\s*\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4},?\s+(?:上午|下午|AM|PM)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|上午|下午)?\s*$/i;

/** The date-time stamp of DATE_TIME_LINE, at the start or the end of a line ('11/25/26, 1:55 PM'). */
const STAMP = String.raw`\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4},?\s+(?:上午|下午|AM|PM)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|上午|下午))?`;
/** A URL as browsers print it in the running footer. */
const URL = String.raw`(?:(?:file|https?):\/\/|www\.)\S+`;
/**
 * A running header or footer printed on one line with the page title or the page counter, as
 * `pdftotext -layout`, `-raw` and Ghostscript's txtwrite write them: '11/25/26, 1:55 PM    XX局2024年…报告',
 * '2026/11/25 13:55 XX局…', 'file:///…/report.html    1/5', '1/5    11/25/26, 1:55 PM'. A stamp
 * followed by a page title is never report text: the text writes dates as '2025年1月20日', the
 * tables hold counts without clock times. A stamp followed by a label or a sentence ('2025-01-20 10:30
 * 来源：XX局') or after words ('发布时间：2025-01-20 10:30') is a web page's byline, kept: it dates the report.
 */
const SHARED_LINE = new RegExp(
  String.raw`^\s*(?:${STAMP}\s+[^:：，。；]*\S|${PAGE_COUNTER}\s+${STAMP}|${URL}(?:\s+${PAGE_COUNTER})?|${PAGE_COUNTER}\s+${URL}|.*\S\s+${URL}\s+${PAGE_COUNTER}|${URL}\s+.*\S\s+${PAGE_COUNTER})\s*$`,
  'i',
);

/**
 * What every line SHARED_LINE matches holds: a stamp's clock time (':') or a URL ('://', 'www.').
 * Tested first because compiling SHARED_LINE costs ~10 ms of a cold start (more than the rest of
 * the text path's furniture search), and most documents have no line that could match it.
 */
const MAY_BE_SHARED = /:|www\./i;

/** A line that can only be furniture: a URL, a date-time stamp, a page counter, or these with the page title. */
export function isHardFurniture(raw: string): boolean {
  return URL_LINE.test(raw) || DATE_TIME_LINE.test(raw) || PAGE_FURNITURE.test(raw) || (MAY_BE_SHARED.test(raw) && SHARED_LINE.test(raw));
}

/** SHARED_LINE without its prefilter (for the test that both agree). */
export const sharedLineUnfiltered = (raw: string): boolean => SHARED_LINE.test(raw);

/** A stamp with the digits glued before it: 'row values 7' + '11/25/26, 1:55 PM' printed as '… 711/25/26, 1:55 PM'. */
const GLUED_STAMP = new RegExp(String.raw`\d*${STAMP}`, 'gi');
/** Occurrences of the running stamp a document must print to be cut off the lines it is glued to. */
const MIN_STAMPS = 2;
/** Occurrences that must all end with one stamp for it to be cut when none is printed after a non-digit (the digits before it differ). */
const MIN_SHARED_STAMPS = 3;

/**
 * The browser's running header glued to the end of the line before it (pypdf's `extract_text`, and
 * other extractors that join a page's last text run and the next page's header without a line
 * break): '0 61 0 0 0 711/25/26, 1:55 PM 示例市第301局…报告' is a row ending in 7 and the header
 * '11/25/26, 1:55 PM 示例市…'. The stamp is the same on every page, so its digits are known: the
 * longest stamp every occurrence ends with ('711/…' and '011/…' both end with '11/…'), confirmed by
 * an occurrence printed after a character that is no digit, no space and no mark a number holds
 * ('第（六）项11/25/26, …': the stamp's first digit is known there; not '5840.712/5/26, …', an amount's
 * '.7' glued to '12/5/26') and printed twice at least. Each line holding it after other text is cut before it
 * when the stamp and what follows it on the line are furniture (the stamp alone, or with the page
 * title: SHARED_LINE). Lines are kept (numbering unchanged); nothing is cut when no occurrence
 * confirms the stamp.
 */
export function cutGluedStamps(raws: readonly string[]): string[] {
  if (!raws.some((r) => MAY_BE_SHARED.test(r))) return [...raws];
  const found: { line: number; at: number; text: string }[] = [];
  raws.forEach((raw, line) => {
    if (raw.includes(':')) for (const m of raw.matchAll(GLUED_STAMP)) found.push({ line, at: m.index!, text: m[0] });
  });
  if (found.length < MIN_STAMPS) return [...raws];
  // Indexed once, so that a log of 30 000 time-stamped lines costs a pass, not a pass per line.
  const whole = new RegExp(String.raw`^${STAMP}$`, 'i');
  const wholeSuffixes = new Map<string, string[]>();
  const suffixesOf = (text: string): string[] => {
    let list = wholeSuffixes.get(text);
    if (!list) wholeSuffixes.set(text, (list = [...text].map((_, k) => text.slice(k)).filter((c) => /^\d/.test(c) && whole.test(c))));
    return list;
  };
  // Confirmed: printed as a whole match after a character that is neither digit nor space, nor a mark inside a number
  // ('5840.7' + '12/5/26, …' is matched from the amount's last digit, '712/5/26': that '.' shows no start).
  const confirmed = new Set(found.filter((f) => /[^\d\s.,，:/\-]$/u.test(raws[f.line]!.slice(0, f.at))).map((f) => f.text));
  const endings = new Map<string, number>();
  for (const f of found) for (const c of suffixesOf(f.text)) endings.set(c, (endings.get(c) ?? 0) + 1);
  const byLength = [...endings.keys()].sort((x, y) => y.length - x.length);
  // No occurrence after a non-digit: the stamp is the longest ending every occurrence shares, where MIN_SHARED_STAMPS or more
  // print it (pypdf's '478112/5/26, …', '2412/5/26, …', '3712/5/26, …', '…9012/5/26, …': the digits before '12/5/26' differ, so
  // '12/5/26, …' is the stamp and 4781 the value; left whole, 478112 was read at 0.85).
  const stamp =
    byLength.find((c) => confirmed.has(c) && endings.get(c)! >= MIN_STAMPS) ??
    (confirmed.size === 0 && found.length >= MIN_SHARED_STAMPS ? byLength.find((c) => endings.get(c) === found.length) : undefined);
  if (stamp === undefined) return [...raws];
  const s = stamp;
  const hitsOn = new Map<number, { at: number; text: string }[]>();
  for (const f of found) if (f.text.endsWith(s)) hitsOn.set(f.line, [...(hitsOn.get(f.line) ?? []), f]);
  return raws.map((raw, line) => {
    const hits = hitsOn.get(line);
    if (hits?.length !== 1) return raw;
    const cut = hits[0]!.at + hits[0]!.text.length - s.length;
    const head = raw.slice(0, cut);
    const rest = raw.slice(cut);
    return head.trim() !== '' && (DATE_TIME_LINE.test(rest) || SHARED_LINE.test(rest)) ? head.trimEnd() : raw;
  });
}

/** A page counter ('-4-', '— 12 —') at the start of a line, glued to the text after it. */
const GLUED_COUNTER = /^\s*[—–\-－]\s*(\d{1,3})\s*[—–\-－](?=\S)/;
/** Glued counters a document must print, numbered one after another, to be cut off their lines. */
const MIN_COUNTERS = 2;

/**
 * The page counter of a footer glued to the start of the next page's first line (pypdf's
 * `extract_text()` joins a page's last run and the next page's first without a line break):
 * '-4-3.补正后申请内容仍不明确 880001190', '-5-法提供2.没有现成信息…'. Its digits are no value and
 * its dashes no minus; left on, the row's label was cut and '5' read as a row of its own. Cut when
 * the document prints MIN_COUNTERS of them or more, each numbered one more than the one before
 * (pages 4 and 5 both glued): the page numbering, not a line that happens to start with dashes.
 */
export function cutGluedCounters(raws: readonly string[]): string[] {
  const hits = raws.map((raw, line) => ({ line, m: GLUED_COUNTER.exec(raw) })).filter((h) => h.m !== null);
  if (hits.length < MIN_COUNTERS) return [...raws];
  const numbers = hits.map((h) => Number(h.m![1]));
  if (!numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1)) return [...raws];
  const out = [...raws];
  for (const h of hits) out[h.line] = raws[h.line]!.slice(h.m![0].length);
  return out;
}

/** A line's text with every number replaced and spaces removed: the same running title on every page. */
const shape = (raw: string): string => raw.replace(/\s+/g, '').replace(/\d+/g, '#');

/** Non-empty lines between two furniture lines of one page break (footer, title, header: the title is between). */
const BREAK_GAP = 1;
/** Page breaks at which a line must sit beside furniture to be a running title (one could be chance: a table header at a page top). */
const MIN_PAGES = 2;

/** Letters a repeated line needs to be taken for a running title (a lone '0' repeats in every table). */
const MIN_LETTERS = 4;

/**
 * Indexes of the raw lines (the text split at line breaks, form feeds removed) that are running
 * headers or footers: the hard furniture lines, and repeated lines with words right next to one.
 */
export function runningLines(raws: readonly string[]): Set<number> {
  const out = new Set<number>();
  raws.forEach((raw, i) => {
    if (isHardFurniture(raw)) out.add(i);
  });
  if (out.size === 0) return out;
  /** The nearest non-empty line before (step −1) or after (step 1) line i. */
  const near = (i: number, step: number): number => {
    let j = i + step;
    while (j >= 0 && j < raws.length && raws[j]!.trim() === '') j += step;
    return j;
  };
  const hard = (j: number): boolean => j >= 0 && j < raws.length && isHardFurniture(raws[j]!);
  // Page breaks: runs of furniture lines at most BREAK_GAP non-empty lines apart (the title sits between the footer and the header).
  const breakOf = new Map<number, number>();
  let breaks = 0;
  let last = -Infinity;
  let seen = 0;
  raws.forEach((raw, i) => {
    if (raw.trim() === '') return;
    seen++;
    if (!out.has(i)) return;
    if (seen - last > BREAK_GAP + 1) breaks++;
    breakOf.set(i, breaks);
    last = seen;
  });
  // Lines with words beside furniture, by shape, with the page breaks they sit at: a running title sits at two or more.
  const beside = new Map<string, { at: number[]; breaks: Set<number> }>();
  raws.forEach((raw, i) => {
    if (out.has(i) || (raw.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return;
    const next = [near(i, -1), near(i, 1)].filter(hard);
    if (next.length === 0) return;
    const entry = beside.get(shape(raw)) ?? { at: [], breaks: new Set<number>() };
    entry.at.push(i);
    for (const j of next) entry.breaks.add(breakOf.get(j)!);
    beside.set(shape(raw), entry);
  });
  for (const { at, breaks: b } of beside.values()) if (b.size >= MIN_PAGES) at.forEach((i) => out.add(i));
  return out;
}

/**
 * A bare page number: a line of 1–3 digits only, not led by 0. No page is numbered 0: a table's
 * last value '0' at one page's end and '1' at the next page's end (plain `pdftotext` of the last
 * rows of a table printed column by column) counted the pages from 0 and were both dropped.
 */
const BARE_NUMBER = /^\s*([1-9]\d{0,2})\s*$/;

/**
 * Lines that are bare page numbers ('3' alone, a footer '- 3 -' saved without its dashes, or an
 * archive's dump that kept the digits only): the first or last non-empty line of a page (pages
 * split at form feeds) whose number is the page's index plus one offset the whole document agrees
 * on, at MIN_PAGES pages at least (two of them in a row) and at half the pages that start or end
 * with a bare number. A table's value alone at a page's edge is kept unless it happens to continue
 * that count.
 */
export function barePageNumbers(raws: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (!raws.some((r) => r.includes('\f'))) return out;
  // Pages as [first, last] non-empty line indices; a form feed starts a page (text after it is on the new page).
  const pages: { first: number; last: number }[] = [];
  let page: { first: number; last: number } | null = null;
  raws.forEach((raw, i) => {
    if (raw.includes('\f')) {
      if (page) pages.push(page);
      page = null;
    }
    if (raw.trim() === '') return;
    if (page) page.last = i;
    else page = { first: i, last: i };
  });
  if (page) pages.push(page);
  const found: { line: number; page: number; offset: number }[] = [];
  pages.forEach((p, k) => {
    for (const line of new Set([p.first, p.last])) {
      const m = BARE_NUMBER.exec(raws[line]!.replace(/\f/g, ''));
      if (m) found.push({ line, page: k, offset: Number(m[1]) - k });
    }
  });
  const withNumber = new Set(found.map((f) => f.page)).size;
  const pagesAt = new Map<number, Set<number>>();
  for (const f of found) pagesAt.set(f.offset, (pagesAt.get(f.offset) ?? new Set()).add(f.page));
  const best = [...pagesAt].sort((a, b) => b[1].size - a[1].size)[0];
  if (!best || best[1].size < MIN_PAGES || best[1].size * 2 < withNumber || ![...best[1]].some((k) => best[1].has(k + 1))) return out;
  // Two offsets that both qualify (a count and a table's column of values at page tops): neither is taken.
  if ([...pagesAt].filter(([, ps]) => ps.size === best[1].size).length > 1) return out;
  for (const f of found) if (f.offset === best[0]) out.add(f.line);
  // A page whose count is not at its edge: pdftotext may print the footer's block just before the page's last
  // block (a table's header cell) — the count within EDGE_REACH lines of an edge, the only line there that reads it.
  pages.forEach((p, k) => {
    if (best[1].has(k)) return;
    const lines = raws.slice(p.first, p.last + 1).map((raw, i) => ({ i: p.first + i, raw })).filter(({ raw }) => raw.trim() !== '');
    const near = [...lines.slice(0, EDGE_REACH), ...lines.slice(-EDGE_REACH)];
    const hits = [...new Set(near.filter(({ raw }) => BARE_NUMBER.exec(raw.replace(/\f/g, ''))?.[1] === String(k + best[0])).map(({ i }) => i))];
    if (hits.length === 1) out.add(hits[0]!);
  });
  return out;
}

/** Non-empty lines from a page's edge within which a page count the document's other pages print at their edges is still one. */
const EDGE_REACH = 3;
/** How far a bare number at a page's edge may be from the page's own index (1-based) and still count it: a cover or a contents page numbered apart. */
const PAGE_SLACK = 2;

/**
 * Bare numbers at a page's edge that may count that page but were not confirmed as its page number
 * (barePageNumbers needs the count at two pages or more): a Word draft printed with a page-number
 * footer, dumped by plain `pdftotext`, writes '1' at the page's end — after the label of a row the
 * page break cut, before its value on the next page ('行政处罚' / '1' / ⇟ / '4733'), where the row read 1.
 * Lines of 1–3 digits within EDGE_REACH non-empty lines of a form feed whose number is within
 * PAGE_SLACK of the page's own; their digits are in doubt (text-to-lines: the row's values below 0.8),
 * never dropped (a table's value may print there).
 */
export function edgePageNumbers(raws: readonly string[], taken: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  if (!raws.some((r) => r.includes('\f'))) return out;
  let page = 0;
  let kept: number[] = [];
  const close = (k: number, hasBreak: boolean): void => {
    const edge = hasBreak ? [...kept.slice(0, EDGE_REACH), ...kept.slice(-EDGE_REACH)] : kept.slice(0, k === 0 ? 0 : EDGE_REACH);
    for (const i of edge) {
      const m = BARE_NUMBER.exec(raws[i]!.replace(/\f/g, ''));
      if (m && !taken.has(i) && Math.abs(Number(m[1]) - (k + 1)) <= PAGE_SLACK) out.add(i);
    }
  };
  raws.forEach((raw, i) => {
    const parts = raw.split('\f');
    // A form feed ends the page: text before it on this line is the page's last, text after it the next page's first.
    for (let p = 0; p < parts.length; p++) {
      if (p > 0) {
        close(page, true);
        page++;
        kept = [];
      }
      if (parts[p]!.trim() !== '' && kept[kept.length - 1] !== i) kept.push(i);
    }
  });
  close(page, false);
  return out;
}
