/**
 * @file Two pages side by side in one `pdftotext -layout` page, read as two pages. A sheet imposing two
 * pages (2-up: printer drivers, `pdfjam --nup`, `gs -sNupControl`) dumped with -layout writes each text
 * line of the sheet as the left page's line, spaces, then the right page's line at the same height: read
 * as it is, every row of one page runs into the other page's text beside it. The order the dump writes
 * the cells in is *left page's column, then right page's column, line by line*: the right page starts at
 * one character column on every line that reaches it (its left margin), and no line of the left page
 * crosses it (-layout counts columns in characters: an ideograph is one).
 *
 * The gutter is a run of spaces shared by every line of the page ending at the column where the right
 * page's text begins — many of its lines begin there with an ideograph or full-width punctuation (a
 * page's left-aligned prose, headings and row labels), and both sides hold lines of words (runs of
 * ideographs), as a page does. A table's number columns also leave such runs, but the text beginning at
 * them is digits and header words, not the long words of labels and prose: a page is split only when
 * each side holds several long words and the right side's margin is where several of its lines start.
 * The page is rewritten as the left page, a page feed, then the right page (its margin cut off).
 * Only dumps with page feeds (pdftotext's) are read so: a crawler's side-by-side layout (a sidebar) is
 * no imposed page.
 *
 * A page printed in two text columns (CSS `column-count: 2`) dumped with plain -layout (no -fixed) is
 * the same text: its columns' widths in characters differ by 0.2–0.25 (a column's CJK text squeezed),
 * which `two-column-text.ts`'s as-wide test refuses, but its right column's lines start at the gutter
 * and its left column holds a page's lines, so it is split here. The last page's two balanced short
 * columns are split once another page of the dump is (COLUMN_END: sentences in the right column).
 * The gutters are found by `gutter.ts`, as the PDF split's and two-column-text's are.
 */
import { maxOf, minOf } from '../_internal/extremes.js';
import { gapsBetween, inkSpans } from './gutter.js';

/** Fewest spaces of the gutter between the pages (a sheet's halves are apart by their margins; letter-spaced labels leave 1–2). */
const MIN_GUTTER = 3;
/** Fewest lines of each side that read as a page's lines (lineKind). */
const MIN_PAGE_LINES = 3;
/** Fewest lines of prose on a left side without a row of numbers (a single table page's label column holds 5–6 long labels). */
const LEFT_PROSE_LINES = 8;
/** Fewest lines holding text on each side: a page, not a column of labels or a side note. */
const MIN_SIDE_LINES = 12;
/**
 * Once a page of the dump is two pages side by side, the dump is a 2-up sheet's: another of its pages
 * splits with less on its right (the report's last page: a heading, a line of prose and the date) —
 * this many page lines (long words: two, as a lone page's signature '汀枫市第二实验小学' is one) and
 * lines of text there; its left still holds a page.
 */
const MIN_PAGE_LINES_IMPOSED = 2;
const MIN_SIDE_LINES_IMPOSED = 2;
/** Fewest characters of the right side then: its longest line may be a short heading ('六、其他需要报告的事项'). */
const MIN_RIGHT_WIDTH_IMPOSED = 8;
/**
 * A page in two text columns (CSS `column-count: 2`) ends on two short columns (the last page's are
 * balanced: 5–12 lines each, table 四's end beside the last sections and the date). Once another page
 * of the dump splits, such a page splits with its right side's lines at its margin (as IMPOSED) when
 * the right side holds this many lines of sentences (SENTENCE) — a text column, not a table's labels or
 * numbers beside the left side — and the left side a page line (lineKind: a heading, a row, prose; its
 * column may hold only table 四's header, its numbers and the next section's heading).
 */
const MIN_SENTENCES_COLUMN_END = 2;
const MIN_PAGE_LINES_COLUMN_END = 1;
/** A line of a sentence: 8 ideographs or more and a sentence's punctuation (a table's labels and headings hold none). */
const SENTENCE = /[，。；：！？]/u;
const SENTENCE_HAN = 8;
/**
 * Characters a line of the right page may start after its margin (the gutter's end, where its first line
 * starts): pdftotext pushes a whole line by one or two (curly quotes, a wide glyph before it) and a
 * page indents its table and paragraphs from its headings.
 */
const MARGIN_INDENT = 6;
/** Fewest characters of each side (a half page is at least this wide). */
const MIN_SIDE_WIDTH = 20;
/**
 * A word of a label or of prose: this many ideographs in a run, maybe letter spaced one space apart ('行 政 处 罚')
 * (table headers print 自然人, 法人或其他组织 — 7 — and 本年处理决定数量 — 8 — in their columns).
 */
const LONG_WORD = /(?:\p{Script=Han} ?){9,}/u;
/** A character a page's text line starts with: an ideograph or full-width punctuation (（一）, “). */
const TEXT_CHAR = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/u;
/** An item's number before its label ('1.信访举报投诉类申请', '2、'): the label is the line's text. */
const ITEM_NUMBER = /^\d{1,2}[.．、](?=[\p{Script=Han}])/u;
const DIGIT = /[0-9\uff10-\uff19]/;
const PAGE_FEED = '\f';

const isText = (ch: string | undefined): boolean => ch !== undefined && TEXT_CHAR.test(ch);

/** What a line beginning at a column holds: a row (text, then its numbers), a long word, or neither. */
type LineKind = 'row' | 'words' | null;

/**
 * A page's line beginning at column `at`: text starting there (two characters of it, maybe letter spaced
 * one apart — a letter-spaced label's single characters line up in columns of their own) that is a row
 * label followed by its numbers (`row`) or holds a long word (`words`: prose, a heading, a label). A
 * table's header words at a number column hold neither. `items`: a label may start with its item's
 * number ('1.信访举报投诉类申请': a left page's rows; at a right margin these are a table's sub-label column).
 */
function lineKind(row: readonly string[], at: number, items: boolean): LineKind {
  if (row[at - 1] !== undefined && row[at - 1] !== ' ') return null;
  const item = items ? ITEM_NUMBER.exec(row.slice(at, at + 4).join('')) : null;
  const from = at + (item ? item[0].length : 0);
  if (!isText(row[from]) || !(isText(row[from + 1]) || (row[from + 1] === ' ' && isText(row[from + 2])))) return null;
  const rest = row.slice(from).join('');
  return DIGIT.test(rest) ? 'row' : LONG_WORD.test(rest) ? 'words' : null;
}

/**
 * Whether the left side holds a page: its lines, each read from its own first character (the left page's
 * margin is anywhere before the gutter) and on the left side only, hold a row with its numbers and
 * MIN_PAGE_LINES page lines, or are prose (LEFT_PROSE_LINES long words). A single page's label column
 * holds long labels ('一、本年新收政府信息公开申请数量') but their numbers are across the gutter.
 */
function leftHoldsPage(rows: readonly string[][], at: number): boolean {
  let rowsOf = 0;
  let words = 0;
  for (const r of rows) {
    const left = r.slice(0, at);
    const first = left.findIndex((ch) => ch !== ' ');
    const kind = first >= 0 ? lineKind(left, first, true) : null;
    if (kind === 'row') rowsOf++;
    else if (kind === 'words') words++;
  }
  return (rowsOf >= 1 && rowsOf + words >= MIN_PAGE_LINES) || words >= LEFT_PROSE_LINES;
}

/** Where a line of the right page begins when it reads as a page's line at its margin `at` (or up to MARGIN_INDENT after it), else null. */
function marginLine(row: readonly string[], at: number, rows: boolean): number | null {
  for (let c = at; c <= at + MARGIN_INDENT && c < row.length; c++) {
    if (row[c] === ' ') continue;
    const kind = lineKind(row, c, false);
    return kind === 'words' || (kind === 'row' && rows) ? c : null;
  }
  return null;
}

interface Evidence {
  /** Fewest page lines the right side must hold at its margin. */
  readonly pageLines: number;
  /** Fewest lines of text on the right side. */
  readonly rightLines: number;
  /** Fewest characters from the right side's margin to the end of the page's longest line. */
  readonly rightWidth: number;
  /**
   * Whether a row (a label and its numbers) counts at the right margin, or only long words: on so little
   * evidence a row may be a single page's signature beside its last number columns ('测试市第346局').
   */
  readonly rows: boolean;
  /** Whether the sides are a two-column page's last columns (MIN_SENTENCES_COLUMN_END), not a page each. */
  readonly columnEnd?: boolean;
}
const ALONE: Evidence = { pageLines: MIN_PAGE_LINES, rightLines: MIN_SIDE_LINES, rightWidth: MIN_SIDE_WIDTH, rows: true };
const IMPOSED: Evidence = { pageLines: MIN_PAGE_LINES_IMPOSED, rightLines: MIN_SIDE_LINES_IMPOSED, rightWidth: MIN_RIGHT_WIDTH_IMPOSED, rows: false };
const COLUMN_END: Evidence = { ...IMPOSED, columnEnd: true };

const sentence = (text: string): boolean => SENTENCE.test(text) && (text.match(/\p{Script=Han}/gu) ?? []).length >= SENTENCE_HAN;

/** Whether a page's two sides at `at` read as two short text columns: sentences on the right, page lines on the left. */
function columnEnd(rows: readonly string[][], at: number): boolean {
  const sentences = rows.filter((r) => sentence(r.slice(at).join(''))).length;
  const pageLines = rows.filter((r) => {
    const left = r.slice(0, at);
    const first = left.findIndex((ch) => ch !== ' ');
    return first >= 0 && lineKind(left, first, true) !== null;
  }).length;
  return sentences >= MIN_SENTENCES_COLUMN_END && pageLines >= MIN_PAGE_LINES_COLUMN_END;
}

/** The column where the right page begins on a page of `rows` (characters of each line), or null. */
function gutterColumn(rows: readonly string[][], need: Evidence): number | null {
  const width = maxOf(rows.map((r) => r.length), 0);
  if (width < MIN_SIDE_WIDTH + MIN_GUTTER + need.rightWidth) return null;
  // Gutters: runs of MIN_GUTTER columns no line has a character in (the page's left margin counts), ending where text begins.
  const ends = gapsBetween(rows.flatMap(inkSpans), 0)
    .filter((g) => g.to - g.from >= MIN_GUTTER && g.to >= MIN_SIDE_WIDTH && g.to <= width - need.rightWidth)
    .map((g) => g.to);
  let best: { lines: number; from: number } | null = null;
  for (const c of ends) {
    const starts = rows.map((r) => marginLine(r, c, need.rows)).filter((s): s is number => s !== null);
    if (starts.length >= need.pageLines && (!best || starts.length > best.lines)) best = { lines: starts.length, from: minOf(starts) };
  }
  if (!best) return null;
  // The gutter ends right before the right page's first line: a gutter found a few columns earlier ends inside the left page's last column.
  const at = maxOf(ends.filter((e) => e <= best!.from));
  const sideLines = (side: (r: string[]) => string[]): number => rows.filter((r) => side(r).some((ch) => ch !== ' ')).length;
  if (need.columnEnd) return columnEnd(rows, at) ? at : null;
  if (sideLines((r) => r.slice(0, at)) < MIN_SIDE_LINES || sideLines((r) => r.slice(at)) < need.rightLines) return null;
  return leftHoldsPage(rows, at) ? at : null;
}

/** One page's text → itself, or its left page, a page feed and its right page when it holds two side by side. */
function splitPage(page: string, need: Evidence): string {
  // A CRLF dump's line ends are no text in the gutter.
  const rows = page.split('\n').map((l) => [...l.replace(/\r$/, '')]);
  const at = gutterColumn(rows, need);
  if (at === null) return page;
  const left = rows.map((r) => r.slice(0, at).join('').trimEnd());
  const right = rows.map((r) => r.slice(at).join('').trimEnd());
  return `${left.join('\n')}\n${PAGE_FEED}${right.join('\n')}`;
}

/** A pdftotext dump with its 2-up pages each read as two pages (left, then right); other text as it is. */
export function splitTwoUpPages(text: string): string {
  if (!text.includes(PAGE_FEED)) return text;
  const pages = text.split(PAGE_FEED);
  const alone = pages.map((p) => splitPage(p, ALONE));
  if (alone.every((p, i) => p === pages[i])) return text;
  return pages
    .map((p, i) => {
      if (alone[i] !== p) return alone[i]!;
      const imposed = splitPage(p, IMPOSED);
      return imposed !== p ? imposed : splitPage(p, COLUMN_END);
    })
    .join(PAGE_FEED);
}
