/**
 * @file Where report titles are printed among a page's first lines (meta/title): a title's first line and every line of it,
 * so a list of them (a CMS sidebar's '年报目录', a links box) is told from the page's own title. A title is printed on one
 * line, wrapped inside its words over two ('汀州市…2020年政府信息' / '公开工作年度报告'), or under its agency's line when it
 * starts with its year ('个旧市高新技术产业开发区管理委员会' / '2022年政府信息公开工作年度报告': a narrow sidebar's entry,
 * the agency and the rest each a line). The agency's line is the title's first: a list of such entries reads as a run of
 * titles with nothing between them, not as titles parted by lines of other words (its entry for the report's own year had
 * been taken as the page's title at 0.95).
 */
import type { Line } from '../model/document.js';
import { titleParts } from './agency-name.js';
import { metaText } from './line-text.js';

/** Where report titles are printed in the first lines looked at: `starts` a title's first line, `within` any of its lines. */
export interface ReportLines {
  starts: boolean[];
  within: boolean[];
}

/** chars. An agency's line over a title starting with its year is short. */
const MAX_AGENCY_LINE = 25;
/**
 * Words only: ideographs, maybe digits, Latin letters or a bracketed part; no punctuation of running text or a labelled
 * field. An agency's line over its title is such a line, and so is each piece of a wrapped title.
 */
const WORDS_ONLY = /^(?=.*\p{Script=Han})[\p{Script=Han}\dA-Za-z\uff10-\uff19（）()]+$/u;
/** Words of a site's page, never an agency's line (a menu entry, a links heading, a counter). */
const NOT_AGENCY = /信息公开|政务公开|年报|年度报告|首页|专栏|栏目|目录|指南|制度|正文|内容|来源|相关|访问/;
/** A title starting with its year ('2022年…', '二〇二二年…'). */
const YEAR_FIRST = /^(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})/;
const A_YEAR = /(?:19|20)\d{2}/;

/** Lines a title is printed on at most (a narrow sidebar's entry wraps a long agency's title over three). */
const MAX_TITLE_LINES = 3;
/** chars. A longer line is no piece of a wrapped title. */
const MAX_PIECE = 30;
/** Words of a list's heading or a site's page, never of a title's piece ('历年年报', '年报目录', '栏目导航'). */
const NOT_PIECE = /年报|目录|导航|栏目|首页|相关|访问|来源|浏览/;
/** A title's end ('…年度报告'). */
const TITLE_END = /年度[报\ufffd]告$/;

/**
 * Where report titles are printed in `lines[0..reach]`. `reportTitle` tells a line (or lines joined) that names a report
 * ('…政府信息公开…年度报告'). Read from the top: a line naming a report is a title; else up to MAX_TITLE_LINES lines joined
 * — pieces (WORDS_ONLY, no report's end, no menu entry) then a line ending it — that name a report and end as one, their last
 * line no whole title of its own ('年政府信息公开工作年度报告' names no year: the join does), or the year-first title under
 * its agency's line.
 */
export function reportLines(lines: readonly Line[], reach: number, reportTitle: RegExp, isNav: (text: string) => boolean): ReportLines {
  const n = Math.min(lines.length, reach);
  const head = lines.slice(0, n + MAX_TITLE_LINES);
  const text = head.map((l) => metaText(l).replace(/\s+/g, ''));
  // A layout dump writes the other column's text on a list's lines ('…局2021年政府信息公开工作' | '（一）主动公开' / '年度报告'): a
  // wrapped title is read in the line's first cell, or its last (a sidebar left or right of the article), as well as whole.
  const cellText = (pick: (cells: string[]) => string | undefined): string[] =>
    head.map((l, k) => {
      const cells = l.cells.filter((c) => c.trim() !== '');
      return cells.length > 1 ? metaText({ ...l, cells: [pick(cells)!] }).replace(/\s+/g, '') : text[k]!;
    });
  const columns = [text, cellText((c) => c[0]), cellText((c) => c[c.length - 1])];
  const whole = (k: number): boolean => reportTitle.test(text[k]!);
  const piece = (t: string): boolean => t.length <= MAX_PIECE && WORDS_ONLY.test(t) && !NOT_PIECE.test(t) && !TITLE_END.test(t) && !isNav(t);
  const wrapped = (k: number): number => {
    for (const col of columns) {
      const m = titleLines(col, k, (j) => reportTitle.test(col[j]!), (j) => piece(col[j]!), reportTitle);
      if (m > 0) return m;
    }
    return 0;
  };
  const starts = new Array<boolean>(n).fill(false);
  const within = new Array<boolean>(n).fill(false);
  for (let k = 0; k < n; ) {
    const m = whole(k) ? 1 : wrapped(k);
    if (m === 0) {
      k++;
      continue;
    }
    starts[k] = true;
    for (let j = k; j < Math.min(n, k + m); j++) within[j] = true;
    k += m;
  }
  return { starts, within };
}

/** How many lines from `k` print one title wrapped (2..MAX_TITLE_LINES), 0 when none does. */
function titleLines(text: readonly string[], k: number, whole: (k: number) => boolean, piece: (k: number) => boolean, reportTitle: RegExp): number {
  // Two lines neither of which names the report alone ('汀州市…2020年政府信息' / '公开工作年度报告'), whatever the first holds.
  if (k + 1 < text.length && !whole(k + 1) && reportTitle.test(`${text[k]!}${text[k + 1]!}`)) return 2;
  let join = '';
  for (let m = 1; m <= MAX_TITLE_LINES && k + m - 1 < text.length; m++) {
    const last = k + m - 1;
    if (m > 1) {
      const t = `${join}${text[last]!}`;
      // The year-first title under its agency's line: whole, maybe with another column's text after it (a layout dump).
      if (m === 2 && reportTitle.test(t) && agencyOver(join, text[last]!)) return 2;
      if (reportTitle.test(t) && TITLE_END.test(t) && titleParts(text[last]!).year === null && A_YEAR.test(t)) return m;
    }
    if (!piece(last)) return 0;
    join += text[last]!;
  }
  return 0;
}

/** Whether `t` is the agency's line over the title `below` (it starts with its year, names no agency, and the two do). */
function agencyOver(t: string, below: string): boolean {
  if (t.length > MAX_AGENCY_LINE || !WORDS_ONLY.test(t) || NOT_AGENCY.test(t) || A_YEAR.test(t)) return false;
  return YEAR_FIRST.test(below) && titleParts(below).agency === null && titleParts(`${t}${below}`).agency !== null;
}

/** lines. A title starts at most this far above one of its lines (its agency's line over a title wrapped in two). */
const MAX_START_ABOVE = 2;

/** The first line of the title printed on line `k` (k itself when no title starts above it). */
export function startOf(reports: ReportLines, k: number): number {
  for (let i = k; i >= 0 && i >= k - MAX_START_ABOVE; i--) {
    if (reports.starts[i]) return i;
    if (!reports.within[i]) return k;
  }
  return k;
}
