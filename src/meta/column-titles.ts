/**
 * @file Two titles printed side by side near the top: a CMS page's own title, wrapped over two lines, beside a narrow
 * '相关信息' box whose links wrap too ('石柱县公安局第一分局2022年度政府信息公开工作' | '相关信息' /
 * '' | '石柱县公安局第一分局2021' / '年度报告' | '年政府信息公开工作年度报告'): a layout dump (pdftotext -layout, a 2-up
 * print) or a PDF read by position writes each line across both columns. Each title is read from the pieces of its own
 * column (cells placed by `Line.starts` or `Line.xs`), never across the gutter, and the candidates are ranked in one
 * pass by evidence: a column that is a list of links (a links heading over it, or several report titles in it) counts
 * against, a year the sign-off's date follows and the sign-off's agency for. A link is never taken as the title while
 * the page's own title stands beside it; when only a link reads whole, it is returned as a link (not trusted).
 */
import type { Line } from '../model/document.js';
import { titleParts } from './agency-name.js';
import type { LineDate } from './sign-off.js';
import { cleanTitle, tidyTitle, titleLooksWhole, REPORT_END, REPORT_TITLE, NAV_ENTRY, LINK_LEAD, NAV_RUN, CRUMBS, type FoundTitle } from './title.js';

/** lines. A title's tail is looked for this far below the line that places the columns (a large h1's lines stand apart). */
const TAIL_BELOW = 5;
/** The end of a title's last piece, however it wrapped ('…年度报告', '度报告', '告'). */
const TAIL = /[报\ufffd]?告\s*$/;
/** Pieces a title is printed on at most (a narrow column wraps a link over three lines). */
const MAX_PIECES = 3;
/** Lines empty in a column that a title's pieces may have between them (the other column's lines, a large h1's line gap). */
const MAX_GAP = 4;
/** lines. A column's links heading or other report titles are looked for this far around a candidate. */
const LIST_REACH = 6;
/** Report titles in a column (the candidate's own counted) that make it a list of links. */
const LIST_TITLES = 2;
/** chars. A longer text is running text, not a title. */
const MAX_TITLE = 60;
/** A links box's heading glued after a title's first piece by a 2-up dump ('…政府信息公 相关信息') or a PDF line ('…工作年度报相关年报'). */
const TRAILING_HEADING = /\s+(?:相关(?:阅读|链接|文章|信息|新闻|报告)|推荐阅读|延伸阅读)$|(?<=[\p{Script=Han}])\s*(?:相关(?:阅读|链接|文章|信息|新闻|报告|年报)|推荐阅读|延伸阅读|其他年报|年报目录|历年年报|往年年报)$/u;
/**
 * A links box's heading and its first entry's piece one space after a title's piece in one cell of a layout dump ('…工作年度报
 * 相关年报清河市…2023年政': the h1's first line and the box beside it, too close for the dump to part them): the other column's.
 */
const HEADED_ENTRY = /(?<=\p{Script=Han})\s+(?=(?:相关(?:阅读|链接|文章|信息|新闻|报告|年报)|其他年报|年报目录|历年年报|往年年报)[:：]?\p{Script=Han})/u;
/** Punctuation of running text or a labelled field: no title's piece holds it. */
const NOT_PIECE = /[。；，！？：:|｜>]/;

/** A column's cell: its text and left edge (characters of a layout dump, pt of a PDF). */
interface Placed {
  text: string;
  x: number;
}

/** The line's non-empty cells with their left edges; null when the line does not say where its cells are. */
function placed(line: Line | undefined): Placed[] | null {
  if (!line) return null;
  const at = line.starts?.length === line.cells.length ? line.starts : line.xs?.length === line.cells.length ? line.xs : null;
  if (!at) return line.cells.every((c) => c.trim() === '') ? [] : null;
  const chars = line.starts?.length === line.cells.length;
  return line.cells.flatMap((c, k) => {
    if (c.trim() === '') return [];
    // (Parted by characters only: a layout dump's cells start at character columns, a PDF's at points.)
    const m = chars ? HEADED_ENTRY.exec(c) : null;
    if (!m) return [{ text: c.trim(), x: at[k]! }];
    const from = m.index + m[0].length;
    return [{ text: c.slice(0, m.index).trim(), x: at[k]! }, { text: c.slice(from).trim(), x: at[k]! + from }];
  });
}

/** The text of line `k` in one column (left of `mid`, or right of it): '' when the column is empty there, null when unplaced. */
function piece(lines: readonly Line[], k: number, left: boolean, mid: number): string | null {
  const cells = placed(lines[k]);
  return cells === null ? null : cells.filter((c) => c.x < mid === left).map((c) => c.text.replace(TRAILING_HEADING, '')).join(' ');
}

/** A links box's heading ('相关信息') or a menu's or breadcrumb's words: the top of a column's title. */
function furniture(text: string): boolean {
  const flat = text.replace(/\s+/g, '');
  return NAV_ENTRY.test(flat) || LINK_LEAD.test(flat) || REPORTS_HEADING.test(flat) || NAV_RUN.test(text) || CRUMBS.test(text);
}

/** chars of a layout dump, pt of a PDF. Left edges this far apart are two columns' (a centred title's lines move less). */
const COLUMNS_APART = 8;
/** lines. A links heading's other column is looked for this far around it. */
const HEADING_REACH = 3;

/**
 * Where line `i` places the gutter between two columns: between its two cells, or, for a links heading alone on its line
 * ('相关链接': a PDF line of the box, the title's lines on other baselines), between it and the nearest line's text in the
 * other column. Null when the line places none.
 */
function gutter(lines: readonly Line[], i: number): { mid: number; headed: boolean } | null {
  const cells = placed(lines[i]);
  if (cells === null || cells.length === 0 || cells.length > 2) return null;
  if (cells.length === 2) return { mid: (cells[0]!.x + cells[1]!.x) / 2, headed: heading(cells[0]!.text) || heading(cells[1]!.text) };
  if (!heading(cells[0]!.text)) return null;
  const x = cells[0]!.x;
  for (let d = 1; d <= HEADING_REACH; d++) {
    for (const k of [i + d, i - d]) {
      const other = placed(lines[k])?.find((c) => Math.abs(c.x - x) > COLUMNS_APART);
      if (other) return { mid: (x + other.x) / 2, headed: true };
    }
  }
  return null;
}

/** A links box's heading ('相关信息', '相关链接'). */
function heading(text: string): boolean {
  const flat = text.replace(/\s+/g, '');
  return (LINK_LEAD.test(flat) && NAV_ENTRY.test(flat)) || REPORTS_HEADING.test(flat);
}

/** A box of reports' heading ('相关年报', '年报目录'): a links heading too. */
const REPORTS_HEADING = /^(?:相关年报|其他年报|年报目录|历年年报|往年年报)[:：]?$/;

/** Menu entries in a column beside a title (on the line placing the gutter and the lines below it) that make it a site's menu. */
const MENU_ENTRIES = 2;

/** Whether the column's pieces on line `i` and the few below it are a site's menu entries only, MENU_ENTRIES of them at least. */
function menuBeside(lines: readonly Line[], i: number, left: boolean, mid: number): boolean {
  let entries = 0;
  for (let j = i; j <= i + TAIL_BELOW && j < lines.length; j++) {
    const p = piece(lines, j, left, mid);
    if (p === null) return false;
    if (p === '') continue;
    if (!furniture(p)) return false;
    entries++;
  }
  return entries >= MENU_ENTRIES;
}

/** A title read from one column's pieces. */
interface Candidate {
  text: string;
  /** 0-based line of its last piece. */
  tail: number;
  /** 0-based line of its first piece. */
  head: number;
  left: boolean;
}

/** The title whose last piece is line `tail`'s in the column: pieces above joined until it reads whole. */
function titleEndingAt(lines: readonly Line[], tail: number, left: boolean, mid: number): Candidate | null {
  let text = piece(lines, tail, left, mid) ?? '';
  let head = tail;
  for (let k = tail - 1, gap = 0, n = 1; k >= 0 && n < MAX_PIECES && !reads(text); k--) {
    const p = piece(lines, k, left, mid);
    if (p === null) break;
    if (p === '') {
      if (++gap > MAX_GAP) break;
      continue;
    }
    if (furniture(p) || NOT_PIECE.test(p) || REPORT_END.test(p)) break;
    text = `${p}${text}`;
    head = k;
    gap = 0;
    n++;
  }
  const t = tidyTitle(cleanTitle(text).text);
  if (!reads(t)) return null;
  // A title starting with its year takes the agency printed on its column's line above ('舟曲县…管理中心' / '2019年度…').
  const above = agencyAbove(lines, head, left, mid, t);
  return above ? { text: above.text, tail, head: above.head, left } : { text: t, tail, head, left };
}

/** chars. An agency's line over a title starting with its year is short. */
const MAX_AGENCY_LINE = 25;

/** The title with its agency's line above it in the column, when it starts with its year and names no agency; null otherwise. */
function agencyAbove(lines: readonly Line[], head: number, left: boolean, mid: number, text: string): { text: string; head: number } | null {
  if (!/^(?:19|20)\d{2}/.test(text) || titleParts(text).agency !== null) return null;
  for (let k = head - 1, gap = 0; k >= 0 && gap <= MAX_GAP; k--) {
    const p = piece(lines, k, left, mid);
    if (p === null) return null;
    if (p === '') {
      gap++;
      continue;
    }
    const flat = p.replace(/\s+/g, '');
    if (flat.length > MAX_AGENCY_LINE || furniture(p) || NOT_PIECE.test(p) || /(?:19|20)\d{2}/.test(flat)) return null;
    const joined = tidyTitle(`${flat}${text}`);
    return titleParts(joined).agency !== null ? { text: joined, head: k } : null;
  }
  return null;
}

function reads(text: string): boolean {
  const t = tidyTitle(text);
  return t.length <= MAX_TITLE && !NOT_PIECE.test(t) && titleLooksWhole(t, null) && !repeated(t);
}

/** chars. A run this long printed twice in one title is two titles' pieces ('…第一师阿拉尔' of the page's and of a link's). */
const REPEAT = 6;

/** Whether the text holds a run of REPEAT characters twice (a title is at most MAX_TITLE long: a few hundred slices). */
function repeated(text: string): boolean {
  const seen = new Set<string>();
  for (let k = 0; k + REPEAT <= text.length; k++) {
    const run = text.slice(k, k + REPEAT);
    if (seen.has(run) && !run.includes('政府信息公开')) return true;
    seen.add(run);
  }
  return false;
}

/** A list mark a dump printed as a cell of its own or at a cell's start ('-', '•', '*'): the line is a list's items. */
const LIST_MARK = /^\s*(?:[-•·●○◦▪*](?:\s|$))/;

/**
 * Whether the candidate's column is a list of links: a links heading above it, or other report titles near it. So is a
 * candidate whose line starts with a list mark ('-' | '2023年度…年度报告-' | '2022年度…年度报告': pandoc's list under a
 * '相关文章' heading, its items' marks read as cells), or one printed below the sign-off (the page's own title is above its body).
 */
function inList(lines: readonly Line[], c: Candidate, mid: number, signed: LineDate | null): boolean {
  const first = lines[c.tail]?.cells.find((x) => x.trim() !== '');
  if (first !== undefined && LIST_MARK.test(first)) return true;
  if (signed !== null && !signed.labelled && c.head + 1 > signed.line) return true;
  let titles = 0;
  for (let k = Math.max(0, c.head - LIST_REACH); k < Math.min(lines.length, c.tail + LIST_REACH); k++) {
    const p = piece(lines, k, c.left, mid);
    if (!p || NAV_RUN.test(p) || CRUMBS.test(p)) continue;
    if (k < c.head && furniture(p)) return true;
    if (TAIL.test(p) || (REPORT_TITLE.test(p) && k !== c.tail)) titles++;
  }
  return titles >= LIST_TITLES;
}

/**
 * Whether the candidate, read whole on one line, has a report's title read whole beside it in the other column ('…2019年…年度报告' |
 * '…2018年…年度报告'): a row of links (a page's links to its other years' reports printed two a line before its title), not a title
 * beside a links box; the page's own title, centred under them, may cross the gutter.
 */
function besideTitle(lines: readonly Line[], c: Candidate, mid: number): boolean {
  const other = c.head === c.tail ? piece(lines, c.tail, !c.left, mid) : null;
  return !!other && REPORT_TITLE.test(other.replace(/\s+/g, '')) && reads(other);
}

/** The candidate's evidence: outside a list of links first, then a year the sign-off follows, then the sign-off's agency. */
function evidence(c: Candidate, listed: boolean, signed: LineDate | null): number {
  const parts = titleParts(c.text);
  const year = signed ? Number(signed.date.slice(0, 4)) - 1 : null;
  const agency = signed?.agency?.replace(/\s+/g, '') ?? null;
  return (listed ? 0 : 4) + (year !== null && parts.year === year ? 2 : 0) + (agency !== null && parts.agency === agency ? 1 : 0);
}

/**
 * The page's own title read from its column when a line near the top holds two columns' pieces and one column is a list of
 * links holding a report title: the best candidate by evidence (a link returned as `link`, not trusted); null when the top
 * is not so laid out.
 */
export function columnTitle(lines: readonly Line[], window: number, signed: LineDate | null): FoundTitle | null {
  let link: FoundTitle | null = null;
  for (let i = 0; i < window; i++) {
    const at = gutter(lines, i);
    if (at === null) continue;
    const { mid } = at;
    const found: { c: Candidate; listed: boolean; score: number }[] = [];
    for (const left of [true, false]) {
      for (let j = i; j <= i + TAIL_BELOW && j < lines.length; j++) {
        const p = piece(lines, j, left, mid);
        if (p === null) break;
        // (The links box's heading on the line placing the columns: its entries start below it.)
        if (p !== '' && furniture(p)) {
          if (j === i) continue;
          break;
        }
        if (!TAIL.test(p)) continue;
        const c = titleEndingAt(lines, j, left, mid);
        if (c) {
          const listed = besideTitle(lines, c, mid) || inList(lines, c, mid, signed);
          found.push({ c, listed, score: evidence(c, listed, signed) });
        }
        break;
      }
    }
    // A links box's heading placed the gutter, or a site's menu fills the other column (a sidebar's '政府信息公开' / '…指南' /
    // '…制度' beside a title wrapped at its line gap, the list of reports further down): the column beside it is the page's own.
    const alone = found.length === 1 && (at.headed || menuBeside(lines, i, !found[0]!.c.left, mid));
    if (!found.some((f) => f.listed) && !alone) continue;
    const best = found.reduce((a, b) => (b.score > a.score ? b : a));
    const own = { text: best.c.text, line: best.c.tail + 1, from: 'title' as const, trimmed: false, column: { left: best.c.left, mid } };
    // Only links read whole here: the page's own title may be read from a line further down.
    if (!best.listed) return own;
    link ??= { ...own, trimmed: true, link: true };
  }
  return link;
}

/** lines. The lines under a column's title read in its column only (its byline: '信息来源：…' beside the links box's entries). */
const COLUMN_BELOW = 8;

/** The lines with those just under a title read from a column holding that column's cells only (`Line.starts`/`xs` kept alike). */
export function inColumn(lines: readonly Line[], titleLine: number, column: { left: boolean; mid: number }): readonly Line[] {
  const out = [...lines];
  for (let k = titleLine; k < Math.min(lines.length, titleLine + COLUMN_BELOW); k++) {
    const l = lines[k]!;
    const at = l.starts?.length === l.cells.length ? l.starts : l.xs?.length === l.cells.length ? l.xs : null;
    if (!at) continue;
    const keep = l.cells.map((_, i) => at[i]! < column.mid === column.left);
    out[k] = { ...l, cells: l.cells.filter((_, i) => keep[i]), ...(l.starts ? { starts: at.filter((_, i) => keep[i]) } : {}), ...(l.xs ? { xs: at.filter((_, i) => keep[i]) } : {}) };
  }
  return out;
}
