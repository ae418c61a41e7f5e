/**
 * @file The order of a 2-up document's halves. Read left then right, sheet after sheet, a sheet's two
 * halves are two consecutive pages of one report. An archive that imposed two agencies' reports side by
 * side (sheet j = report A's page j | report B's page j) breaks that: read left then right, A's and B's
 * pages alternate, the tables of the two mix and one report's numbers are read into the other's fields.
 *
 * Such a document shows it on its first sheet: each half begins with a report's title (a report's title
 * stands once, at the head of its first page; the right page of a report's first sheet is its page 2,
 * which never does — and a booklet's first sheet, last page | first page, has the title on one side only;
 * a cover page, the title alone, opens no section).
 * The halves are then read as two columns: every left half, then every right half — two whole reports,
 * one after the other, which `sections/multiple-reports.ts` tells apart (the warning, the choice of the
 * document's report by evidence, every value below 0.9 when the choice is not determined).
 *
 * A booklet (saddle-stitch imposition, printed both sides and folded) puts the last page beside the first:
 * sheet 1 = n | 1, sheet 2 = 2 | n−1, sheet 3 = n−2 | 3, … (n a multiple of 4, blank pages making it up).
 * Read left then right, the tables' pages come apart and out of order. The first sheet's right half
 * begins the report and its left does not: the halves are put in booklet order — when that order reads
 * the top-level sections (一、… 六、) in fewer places backwards than the sheets' order does.
 */
import type { PageLine } from './page-layout.js';

/** Which half of its sheet a laid-out page is: 'left', 'right', or a whole sheet (not split). */
export type HalfSide = 'left' | 'right' | 'whole';

/** A laid-out page and where it came from. */
export interface PlacedPage {
  lines: PageLine[];
  /** pt. The sheet's height. */
  height: number;
  side: HalfSide;
  /** The sheet's left half holds it (an unsplit sheet: its text lies in the sheet's left half). */
  leftColumn: boolean;
}

/** Lines from the top of a half within which a report's title stands (a running header or a date line may come first). */
const TITLE_LINES = 4;
/** chars. A title is at most this long. */
const MAX_TITLE = 60;
/** A report's title: …政府信息公开（工作）年度报告, nothing after it but a closing bracket, no sentence punctuation. */
const TITLE = /政府信息公开(?:工作)?年度报告[）)]?$/;
const SENTENCE = /[。，；：！？]/;

/** The line is a report's title (see TITLE). */
function titleLine(line: PageLine): boolean {
  const text = line.cells.join('').replace(/\s+/g, '');
  return text.length <= MAX_TITLE && !SENTENCE.test(text) && TITLE.test(text);
}

/** The page begins a report: a title among its first TITLE_LINES lines. */
export function beginsReport(lines: readonly PageLine[]): boolean {
  return lines.slice(0, TITLE_LINES).some(titleLine);
}

const TOP_HEADING = /^\s*([一二三四五六七八])\s*[、.．]/;
const NUMERAL = '一二三四五六七八';

/** Times a top-level section heading comes after a later-numbered one, reading the pages in this order. */
function backwards(pages: readonly PlacedPage[]): number {
  let last = 0;
  let count = 0;
  for (const page of pages) {
    for (const line of page.lines) {
      const m = TOP_HEADING.exec(line.cells[0] ?? '');
      if (!m) continue;
      const n = NUMERAL.indexOf(m[1]!) + 1;
      if (n < last) count++;
      last = n;
    }
  }
  return count;
}

/** The halves in booklet order (see the file comment), or null when the sheets do not make a booklet (a number of halves not a multiple of 4, a page not a half). */
function bookletOrder(pages: readonly PlacedPage[]): PlacedPage[] | null {
  // Each sheet holds two slots: a split sheet its left and right halves, an unsplit one its page and a blank.
  const slots: (PlacedPage | null)[] = [];
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]!;
    if (page.side === 'left' && pages[i + 1]?.side === 'right') slots.push(page, pages[++i]!);
    else if (page.side === 'whole') slots.push(page.leftColumn ? page : null, page.leftColumn ? null : page);
    else return null;
  }
  const total = slots.length;
  if (total % 4 !== 0 || !slots[1] || !beginsReport(slots[1].lines) || (slots[0] && beginsReport(slots[0].lines))) return null;
  const pageNumber = (k: number): number => {
    const [sheet, left] = [Math.floor(k / 2), k % 2 === 0];
    return sheet % 2 === 0 === left ? total - sheet : sheet + 1;
  };
  const numbered = slots.flatMap((page, k) => (page ? [{ page, n: pageNumber(k) }] : []));
  return numbered.sort((a, b) => a.n - b.n).map((x) => x.page);
}

/**
 * The pages in reading order: as laid out, unless the first split sheet's two halves each begin a
 * report — then every left half (and sheet whose text lies in its left half), then every right half
 * (`columns`) — or the sheets make a booklet whose order reads the sections in order (`booklet`).
 */
export function orderHalves(pages: readonly PlacedPage[]): { pages: PlacedPage[]; columns: boolean; booklet: boolean } {
  const first = pages.findIndex((p) => p.side === 'left');
  // A cover page (the title alone) beside page 1 (the title again, then 一、…) is one report: each half must open its sections.
  const opens = (p: PlacedPage | undefined): boolean => !!p && beginsReport(p.lines) && p.lines.some((l) => TOP_HEADING.test(l.cells[0] ?? ''));
  const columns = first >= 0 && pages[first + 1]?.side === 'right' && opens(pages[first]) && opens(pages[first + 1]);
  const byColumn = [...pages.filter((p) => p.leftColumn), ...pages.filter((p) => !p.leftColumn)];
  if (columns && backwards(byColumn) <= backwards(pages)) return { pages: byColumn, columns: true, booklet: false };
  const booklet = first >= 0 ? bookletOrder(pages) : null;
  if (booklet && backwards(booklet) < backwards(pages)) return { pages: booklet, columns: false, booklet: true };
  return { pages: [...pages], columns: false, booklet: false };
}
