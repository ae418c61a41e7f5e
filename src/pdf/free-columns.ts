/**
 * @file Empty cells of borderless PDF tables kept in their columns. Without rulings an empty cell
 * prints nothing, so a row '规章 19 7' of a three-column table has lost which cell was empty: read
 * as printed, its values shift left or take the neighbour row's place. The header line above the
 * rows ('信息内容 本年新制作数量 本年新公开数量 对外公开总数量') says where each column is: every
 * number is put in the column whose header it sits under (x extents overlap), and the columns with
 * no number get an empty cell. A row whose numbers do not fall one per column is left as printed.
 * In small tables (few value columns: table 二) a label printed alone in the label column between
 * the rows is a row whose cells are all empty. Runs over the whole document's lines after page
 * furniture is dropped, so a header on one page still places the rows continued on the next.
 */
import { matchHeading } from '../sections/match-heading.js';
import { maxOf } from '../_internal/extremes.js';
import { MEASURE_SOURCE } from '../tables/tokenize-cell.js';
import { inkColumns, leafColumns } from './leaf-columns.js';
import { wideBlankRow, wideBlankTail } from './wide-blank-rows.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { ACTIVE_COLUMN_WORDS_2019, ACTIVE_COLUMN_WORDS_2021, ACTIVE_ROWS_2019, ACTIVE_ROWS_2021, SMALL_TABLE_HEADING } from '../template/active.js';

/** pt. Slack on a header's extent when a number is tested for sitting under it. */
const OVERLAP_SLACK = 3;
/** pt. Least overlap with a header leaf for a number to reach under it (more than a rounding of edges). */
const MIN_LEAF_OVERLAP = 1;
/** Most header lines stacked in one header block (multi-level headers, wrapped header cells). */
const MAX_HEADER_LINES = 5;
/** chars. A text cell longer than this is prose, not a header or a row label. */
const MAX_CELL_CHARS = 40;
/**
 * A table with at most this many value columns is "small" (table 二, one to three columns): its
 * header is one line of one cell per column, so the columns are sure. Wider tables (表三) print
 * multi-level headers whose narrow cells wrap character by character ('商' / '业' / '企' / '业'),
 * and a label alone between their rows is more often a group label spanning sub-rows
 * ('（三）不予公开'): they are left to the row readings and the identities.
 */
export const SMALL_TABLE_COLUMNS = 4;

/** A line of cells; free (whitespace) lines carry the left and right edge of every cell. */
export interface XLine {
  cells: string[];
  xs?: number[];
  ends?: number[];
  /** Column of each cell, set on rows placed under their headers (label cells 0, value columns from 1). */
  cols?: number[];
  /** Cells whose number may be the touching numbers of several cells (`mayBeFused`). */
  fused?: number[];
  /** A borderless table's column header read as whole cells (header-band.ts). */
  header?: boolean;
  source?: { page?: number };
}

export interface Span {
  x: number;
  end: number;
  /** The header cell's text (header leaves). */
  text?: string;
}

/**
 * A number cell, its measure word printed after it or not ('85件', '3 项': a report printing 件 after
 * some counts; tokenize-cell reads them as the numbers). Without it a row '二、上年结转… 1 2件 3' was
 * no row of numbers, so no row was placed under the header's columns and table 三's sparse rows
 * (zeros blank) stayed ambiguous.
 */
const NUMBER_CELL = new RegExp(`^[-\u2212]?[\\d,.]+(?:\\s?(?:${MEASURE_SOURCE}))?$`);
export const isNumber = (c: string): boolean => NUMBER_CELL.test(c);
const hasNumbers = (l: XLine): boolean => l.cells.some(isNumber);
/**
 * A line of prose or a heading: a cell too long for a label, unless the line is a row — label cells
 * then number cells (two label cells a narrow gap apart read as one, '（六）其他处' + '2.申请人逾期未按
 * 收费通知…', are longer than any label, and the table went on below them).
 */
const isProse = (l: XLine): boolean => {
  if (matchHeading(l.cells.join('')) !== null) return true;
  const first = l.cells.findIndex(isNumber);
  const row = first > 0 && l.cells.slice(first).every(isNumber);
  return !row && l.cells.some((c) => c.length > MAX_CELL_CHARS);
};
const spans = (l: XLine): Span[] => l.cells.map((c, i) => ({ x: l.xs![i]!, end: l.ends![i]!, text: c }));
const centre = (s: Span): number => (s.x + s.end) / 2;
const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.x, b.x);
const within = (inner: Span, outer: Span): boolean => centre(inner) >= outer.x - OVERLAP_SLACK && centre(inner) <= outer.end + OVERLAP_SLACK;
export const hasX = (l: XLine): boolean => l.xs !== undefined && l.ends !== undefined && l.xs.length === l.cells.length && l.ends.length === l.cells.length;

/** The header block whose last line is `lines[last]`: that line and the spanning lines above it. */
function headerBlock(lines: readonly XLine[], prose: readonly boolean[], last: number): XLine[] {
  const block = [lines[last]!];
  for (let i = last - 1; i >= 0 && block.length < MAX_HEADER_LINES; i--) {
    const l = lines[i]!;
    if (!hasX(l) || hasNumbers(l) || prose[i]) break;
    const below = spans(block[0]!);
    // A line above belongs to the header when it has several cells or spans several below it.
    const spanning = spans(l).some((s) => below.filter((b) => within(b, s)).length >= 2);
    if (l.cells.length < 2 && !spanning) break;
    block.unshift(l);
  }
  return block;
}

/** Leaf header cells of a block (no cell of a lower line sits under them), left to right. */
function leaves(block: readonly XLine[]): Span[] {
  const out: Span[] = [];
  block.forEach((l, i) => {
    const lower = block.slice(i + 1).flatMap(spans);
    for (const s of spans(l)) if (!lower.some((b) => within(b, s))) out.push(s);
  });
  return out.sort((a, b) => a.x - b.x);
}

/**
 * The header word of a table's label column ('信息内容', '项目'): a column of labels, never of values,
 * wherever the rows' labels print beside it (a centred '信息内容' over left-aligned labels that end
 * before it starts: A5 Chromium print of table 二, breaker44 h2 r21-a5 pdftohtml -xml; taken for a
 * value column, '规章 18 9' read '规章 | (blank) | 18 | 9', 18 as 本年废止件数 at 0.88).
 */
const LABEL_HEADER = /^(?:信息内容|项目|内容|类别|名称|事项|指标)$/;

/**
 * The value columns for a row whose first cell is `first`: the leaves but the one its label sits under
 * (or the label column's header word). `rows`: the other rows under the header, whose labels say the
 * same — a row's label cell may be a wrapped label's last piece that lies under no leaf ('量' of
 * '一、本年新收…申请数' / '量', its head read into the header band), while the other rows' labels
 * lie under the first leaf ('项之和）', the 勾稽关系 note's last line): taken for a value column, the
 * table's rows were put under eight columns where it prints seven and none was placed.
 */
function valueColumns(all: readonly Span[], line: XLine, rows: readonly XLine[] = []): Span[] {
  const labelOf = (l: XLine): Span | null => (hasX(l) && !isNumber(l.cells[0]!) ? spans(l)[0]! : null);
  const underFirst = (l: XLine): boolean => {
    const label = labelOf(l);
    return label !== null && overlap(all[0]!, label) > 0;
  };
  // Another row's label says so only where no row prints a number under that leaf (a label run on into the first value column, '1.属于国家秘密1').
  const othersSay = (): boolean => rows.some(underFirst) && !rows.some((l) => numbersOf(l).some((n) => overlap(n, all[0]!) > 0));
  const labelColumn = all[0] !== undefined && (underFirst(line) || LABEL_HEADER.test((all[0].text ?? '').replace(/\s/g, '')) || othersSay());
  return !isNumber(line.cells[0]!) && labelColumn ? all.slice(1) : [...all];
}

/** Index of the column a number sits under (the most overlapped), or -1. */
function columnOf(n: Span, cols: readonly Span[]): number {
  const under = cols.map((c, i) => [i, overlap(n, { x: c.x - OVERLAP_SLACK, end: c.end + OVERLAP_SLACK })] as const).filter(([, o]) => o > 0);
  if (under.length === 0) return -1;
  return under.sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * Index of the column a number surely sits under, or -1: the one its ink overlaps most, by at least
 * MIN_LEAF_OVERLAP with no slack. A number that only comes within OVERLAP_SLACK of a column sits in
 * the gap between two columns: a right-aligned number at the end of its cell lies just before the
 * next column's left-aligned header ('行政事业性收费 … 6' under 上一年项目数量 read as 本年增/减), a
 * left-aligned one just after the previous column's right-aligned header. Which cell it fills the
 * header does not say; the row is left to the row readings (several readings, so no confident
 * value unless the identities choose). A number under two columns is placed by the most overlapped
 * and marked as maybe fused (fusedCells).
 */
function sureColumnOf(n: Span, cols: readonly Span[]): number {
  const c = columnOf(n, cols);
  return c >= 0 && overlap(n, cols[c]!) >= MIN_LEAF_OVERLAP ? c : -1;
}

/** The row with an empty cell in every column no number sits under, or null when it cannot be placed. */
function placeRow<L extends XLine>(line: L, all: readonly Span[]): L | null {
  const cols = valueColumns(all, line);
  const first = line.cells.findIndex(isNumber);
  if (first < 0 || line.cells.slice(first).some((c) => !isNumber(c))) return null;
  const numbers = spans(line).slice(first);
  if (numbers.length >= cols.length || cols.length > SMALL_TABLE_COLUMNS) return null;
  return placeUnder(line, first, numbers, cols);
}

/**
 * The line with its `numbers` (cells from `first` on) put under `cols` and an empty cell in every
 * column no number sits under; null when a number is under no column for sure (sureColumnOf), two
 * share one or go out of order, or a label cell reaches into the first value column (the header is not this row's).
 */
function placeUnder<L extends XLine>(line: L, first: number, numbers: readonly Span[], cols: readonly Span[]): L | null {
  const at = numbers.map((n) => sureColumnOf(n, cols));
  if (at.some((c, i) => c < 0 || (i > 0 && c <= at[i - 1]!))) return null;
  if (spans(line).slice(0, first).some((s) => s.end > cols[0]!.x + OVERLAP_SLACK)) return null;
  const cells = line.cells.slice(0, first);
  const xs = line.xs!.slice(0, first);
  const ends = line.ends!.slice(0, first);
  cols.forEach((c, j) => {
    const k = at.indexOf(j);
    cells.push(k < 0 ? '' : line.cells[first + k]!);
    xs.push(k < 0 ? c.x : line.xs![first + k]!);
    ends.push(k < 0 ? c.end : line.ends![first + k]!);
  });
  // Cells joined from pieces (row-break, wrapped-numbers) keep their mark at their new place.
  const joined = (line as { joined?: number[] }).joined?.map((k) => (k < first ? k : first + at[k - first]!));
  return { ...line, cells, xs, ends, cols: cells.map((_, i) => Math.max(0, i - first + 1)), ...(joined ? { joined } : {}) };
}

/** True when every cell of a text line lies in the label column (under the leftmost leaf). */
function inLabelColumn(line: XLine, all: readonly Span[]): boolean {
  if (all.length < 2 || hasNumbers(line) || isProse(line)) return false;
  const s = spans(line);
  return overlap(s[0]!, all[0]!) > 0 && s.every((x) => x.end <= all[1]!.x + OVERLAP_SLACK);
}

/** A text line whose cells all end before the first header leaf: labels of a row, not a header. */
function leftOfColumns(line: XLine, all: readonly Span[]): boolean {
  return all.length >= 2 && !hasNumbers(line) && !isProse(line) && spans(line).every((x) => x.end <= all[0]!.x + OVERLAP_SLACK);
}

/** A label alone in the label column of a small table: the label with an empty cell per value column. */
function blankRow<L extends XLine>(line: L, all: readonly Span[]): L | null {
  const cols = all.slice(1);
  if (cols.length > SMALL_TABLE_COLUMNS) return null;
  return { ...line, cells: [line.cells.join(''), ...cols.map(() => '')], xs: [line.xs![0]!, ...cols.map((c) => c.x)], ends: [line.ends!.at(-1)!, ...cols.map((c) => c.end)], cols: [0, ...cols.map((_, j) => j + 1)] };
}

const numbersOf = (l: XLine): Span[] => spans(l).filter((_, i) => isNumber(l.cells[i]!));

/** A wide table's complete row has at least this many numbers (table 三: 7, table 四: 15). */
const MIN_WIDE_COLUMNS = SMALL_TABLE_COLUMNS + 1;
/** Rows that must print a number in every column, at the same places, for their columns to be taken. */
const MIN_COMPLETE_ROWS = 2;

/**
 * Wide tables (表三) whose headers wrap character by character: the columns are those of the rows
 * that printed a number in every column (the most numbers in the stretch of rows printed by at least
 * MIN_COMPLETE_ROWS rows, at least MIN_WIDE_COLUMNS, that agree on where each column is; a row
 * printing more is one whose number came in touching pieces, joined, or nothing is placed). A row with fewer numbers
 * puts each under the column whose numbers it overlaps, and an empty cell elsewhere; a row whose
 * numbers do not fall one per column, or a stretch without a complete row, is left as printed.
 */
function placeWide<L extends XLine>(lines: readonly L[], from: number, to: number, out: L[]): void {
  const rows = lines.slice(from, to).filter((l) => hasX(l) && hasNumbers(l));
  // One row alone could hold a stray number or miss a column: two rows must print every column alike.
  const most = maxOf(rows.map((l) => numbersOf(l).length).filter((n, _, all) => all.filter((m) => m === n).length >= MIN_COMPLETE_ROWS), 0);
  if (most < MIN_WIDE_COLUMNS) return;
  const complete = rows.filter((l) => numbersOf(l).length === most);
  const cols = numbersOf(complete[0]!).map((s) => ({ ...s }));
  for (const l of complete.slice(1)) {
    const ns = numbersOf(l);
    if (ns.some((n, j) => columnOf(n, cols) !== j)) return; // complete rows disagree: no sure columns
    ns.forEach((n, j) => (cols[j] = { x: Math.min(cols[j]!.x, n.x), end: Math.max(cols[j]!.end, n.end) }));
  }
  if (cols.some((c, j) => j > 0 && c.x <= cols[j - 1]!.end)) return;
  // A row printing more numbers is a complete row whose number was printed in touching pieces, or the columns are not sure.
  for (let i = from; i < to; i++) {
    const l = out[i]!;
    if (!hasX(l) || numbersOf(l).length <= most) continue;
    const whole = joinedPieces(l, cols);
    if (!whole || numbersOf(whole).length !== most) return;
    out[i] = whole;
  }
  placeShortRows(out, from, to, cols, most);
  placeWideBlankRows(lines, from, to, cols, out);
}

/** Each row of [from, to) printing fewer than `most` numbers, numbers only after its label, put under `cols`. */
function placeShortRows<L extends XLine>(out: L[], from: number, to: number, cols: readonly Span[], most: number, only?: (i: number) => boolean): void {
  for (let i = from; i < to; i++) {
    const l = out[i]!;
    if (!hasX(l) || !hasNumbers(l) || numbersOf(l).length >= most || (only && !only(i))) continue;
    const first = l.cells.findIndex(isNumber);
    if (l.cells.slice(first).some((c) => !isNumber(c))) continue;
    const placed = placeUnder(l, first, numbersOf(l), cols);
    if (placed) out[i] = markFused(placed, null);
  }
}

/** Label lines between a wide table's rows that are rows printed with every cell empty (wide-blank-rows.ts). */
function placeWideBlankRows<L extends XLine>(lines: readonly L[], from: number, to: number, cols: readonly Span[], out: L[]): void {
  const rows = [];
  for (let i = from; i < to; i++) if (hasNumbers(lines[i]!)) rows.push(i);
  if (rows.length < 2) return;
  const nextLabel = (i: number): XLine | undefined => out.slice(i + 1, to).find((l) => l.cells.some((c) => c.trim() !== '' && !isNumber(c)));
  for (let i = rows[0]! + 1; i < rows.at(-1)!; i++) {
    const blank = wideBlankRow(out[i]!, nextLabel(i), cols, OVERLAP_SLACK);
    if (blank) out[i] = blank;
  }
  // The table's last rows printed empty, after its last row with numbers (wide-blank-rows.ts wideBlankTail).
  for (let i = rows.at(-1)! + 1; i < to; i++) {
    const blank = wideBlankTail(out[i]!, nextLabel(i), cols, OVERLAP_SLACK, (t) => matchHeading(t) !== null);
    if (!blank) break;
    out[i] = blank;
  }
}

/**
 * Rows of a small table that placeRow left as printed because a number's ink does not reach under
 * its header's text by MIN_LEAF_OVERLAP: a narrow right-aligned column under a centred header, the
 * more so in a print scaled down (Chromium at 70 %: '6' ends 0.5 pt inside 总计, a wrapped
 * '法律服务机' / '构' centred over a column whose numbers sit right of '构'). The numbers of all the
 * header's rows say where each column is (their ink, overlapping from row to row: leaf-columns.ts):
 * each leaf is widened over the one number column under it, and a row is placed under those
 * columns. Nothing changes when the number columns do not fall one per leaf in one way. `leavesAt[i]`:
 * the header leaves in force at line i (one array per header).
 */
function placeSmallByInk<L extends XLine>(lines: readonly L[], out: L[], leavesAt: readonly (Span[] | null)[]): void {
  const rowsOf = new Map<Span[], number[]>();
  leavesAt.forEach((all, i) => {
    if (all && hasX(lines[i]!) && hasNumbers(lines[i]!)) rowsOf.set(all, [...(rowsOf.get(all) ?? []), i]);
  });
  for (const [all, rows] of rowsOf) {
    const open = rows.filter((i) => out[i]!.cols === undefined);
    if (open.length === 0) continue;
    const numbers = rows.flatMap((i) => numbersOf(lines[i]!));
    for (const i of open) {
      const line = lines[i]!;
      const first = line.cells.findIndex(isNumber);
      if (line.cells.slice(first).some((c) => !isNumber(c))) continue;
      const value = valueColumns(all, line);
      if (value.length > SMALL_TABLE_COLUMNS) continue;
      const cols = leafColumns(value, numbers);
      if (!cols || numbersOf(line).length >= cols.length) continue;
      const placed = placeUnder(line, first, numbersOf(line), cols);
      if (placed) out[i] = markFused(placed, all);
    }
  }
}

/**
 * Whether two leaves of a header overlap (by more than MIN_LEAF_OVERLAP): leaf cells stand side by
 * side, so such leaves are not columns but pieces misread — an OCR'd caption's wrapped tail over the
 * label area ('加第三' around '项', left of the number columns) made three leaves no column has, and
 * the rows were placed under ten columns where the table prints seven (s964003, once lone values
 * were read). The rows are then left to placeWide.
 */
const leavesOverlap = (leaves: readonly Span[]): boolean => leaves.some((l, i) => i > 0 && overlap(leaves[i - 1]!, l) > MIN_LEAF_OVERLAP);

/** A header read as whole leaf cells (header-band.ts): its leaves and the page it is on. */
interface WholeHeader {
  leaves: Span[];
  page: number | undefined;
}

/**
 * A wide table whose header, read as whole leaf cells (header-band.ts), has more leaves than its
 * rows have number columns (whole columns empty: zeros printed blank), so no row is complete: its
 * rows placed under the columns the leaves and the rows' number columns give together
 * (leaf-columns.ts). Rows on the header's page give the columns; rows on a later page (the table
 * broken by the page) are placed only when each of their number columns lies on one of those
 * (another table's layout, printed without a header, is not) — on one of the header page's number
 * columns or, as a small agency's rows print 1–3 numbers (a later page's rows may print in a column
 * no row on the header's page did: 法律服务机构's one request), on one of the leaf columns (sparseb48). `under[i]`: the header in force at
 * line i. The headers whose rows it placed; the stretch's other rows are placeWide's (tables after
 * the prose as 附表 follow each other with no prose between: table 四 placed by its leaves had left
 * table 三 above it, whose complete rows give its columns, unplaced).
 */
function placeByLeaves<L extends XLine>(out: L[], from: number, to: number, under: readonly (WholeHeader | null)[]): Set<WholeHeader> {
  const tables = new Set(under.slice(from, to).filter((u): u is WholeHeader => u !== null && u.leaves.length >= MIN_WIDE_COLUMNS));
  const placed = new Set<WholeHeader>();
  for (const header of tables) {
    if (leavesOverlap(header.leaves)) continue;
    const mine = (i: number): boolean => under[i] === header && hasX(out[i]!) && hasNumbers(out[i]!);
    const rows = out.slice(from, to).filter((_, k) => mine(from + k));
    const first = rows.filter((l) => l.source?.page === header.page);
    const ink = inkColumns(first.flatMap(numbersOf));
    const cols = first.length > 0 ? leafColumns(valueColumns(header.leaves, first[0]!, rows), first.flatMap(numbersOf)) : null;
    if (!cols || cols.length <= ink.length) continue;
    const fits = new Map<number | undefined, boolean>();
    const pageFits = (page: number | undefined): boolean => {
      const one = (spans: readonly Span[]) => (c: Span): boolean => spans.filter((h) => Math.min(h.end, c.end) > Math.max(h.x, c.x)).length === 1;
      const there = (): Span[] => inkColumns(rows.filter((l) => l.source?.page === page).flatMap(numbersOf));
      if (!fits.has(page)) fits.set(page, page === header.page || there().every(one(ink)) || there().every(one(cols)));
      return fits.get(page)!;
    };
    placeShortRows(out, from, to, cols, cols.length, (i) => mine(i) && pageFits(out[i]!.source?.page));
    const own = under.slice(from, to).flatMap((u, k) => (u === header ? [from + k] : []));
    placeWideBlankRows(out, own[0]!, own.at(-1)! + 1, cols, out);
    placed.add(header);
  }
  return placed;
}

/** pt. Ink of two numbers this close touches: a cell's padding keeps two cells' numbers further apart. */
const TOUCH_GAP = 0.5;

/**
 * The line with each run of touching digit pieces under one column joined into one number (LibreOffice
 * prints a 总计 cell's '61' as '6' and '1', ink touching, so the row seems to print a number too many);
 * null when a piece lies under no column for sure or touching pieces lie under two columns (two cells).
 */
function joinedPieces<L extends XLine>(line: L, cols: readonly Span[]): L | null {
  const cells: string[] = [];
  const xs: number[] = [];
  const ends: number[] = [];
  let joinedAny = false;
  line.cells.forEach((c, i) => {
    const x = line.xs![i]!;
    const end = line.ends![i]!;
    const k = cells.length - 1;
    const touching = k >= 0 && /^\d+$/.test(c) && /^\d+$/.test(cells[k]!) && x - ends[k]! <= TOUCH_GAP && x >= ends[k]! - TOUCH_GAP;
    const sameColumn = touching && sureColumnOf({ x, end }, cols) >= 0 && sureColumnOf({ x, end }, cols) === sureColumnOf({ x: xs[k]!, end: ends[k]! }, cols);
    if (sameColumn) {
      cells[k] += c;
      ends[k] = end;
      joinedAny = true;
      return;
    }
    cells.push(c);
    xs.push(x);
    ends.push(end);
  });
  if (!joinedAny) return null;
  const { fused: _fused, cols: _cols, ...rest } = line;
  return { ...rest, cells, xs, ends } as L;
}

/**
 * Cells of a free line whose number may hold the numbers of two cells that touch (a right-aligned
 * cell beside a left-aligned one, no padding: '16' | '18' printed as one run '1618', with no text
 * object, ruling or drawn space between them): a multi-digit integer written with a leading zero
 * ('019': no printed count starts with 0, so it is 0 | 19), or a number reaching under two header
 * leaves of its table (`all`; the number's own column is one of them). Such a cell is not read
 * confidently as one number: the row readings also split it (map/row-candidates).
 */
function fusedCells(line: XLine, all: readonly Span[] | null): number[] {
  const out: number[] = [];
  line.cells.forEach((c, i) => {
    if (!/^\d{2,}$/.test(c)) return;
    const span = { x: line.xs![i]!, end: line.ends![i]! };
    const leavesUnder = all ? all.filter((leaf) => overlap(span, leaf) >= MIN_LEAF_OVERLAP).length : 0;
    if (c.startsWith('0') || leavesUnder >= 2) out.push(i);
  });
  return out;
}

/** The line with its maybe-fused number cells marked (`fusedCells`). */
function markFused<L extends XLine>(line: L, all: readonly Span[] | null): L {
  const { fused: _old, ...rest } = line;
  const fused = fusedCells(line, all);
  return (fused.length > 0 ? { ...rest, fused } : rest) as L;
}

/**
 * A stretch (one borderless table) where a row printed a number with a leading zero ('00', '019')
 * has cells that touch: every multi-digit integer of its rows may be two cells' numbers ('20' is
 * 2 | 0 beside '00'), since the columns are aligned alike in every row.
 */
function markTouchingStretch<L extends XLine>(out: L[], from: number, to: number): void {
  const zeroLed = (l: XLine): boolean => l.cells.some((c) => /^0\d+$/.test(c));
  if (!out.slice(from, to).some(zeroLed)) return;
  for (let i = from; i < to; i++) {
    const l = out[i]!;
    const fused = l.cells.flatMap((c, j) => (/^\d{2,}$/.test(c) ? [j] : []));
    if (fused.length > 0) out[i] = { ...l, fused };
  }
}

/** The runs of [from, to) whose lines are not `taken`: [a, b) pairs. */
function runsApart(from: number, to: number, taken: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let i = from; i < to; i++) {
    if (taken(i)) continue;
    const a = i;
    while (i < to && !taken(i)) i++;
    out.push([a, i]);
  }
  return out;
}

/** Stretches of free lines between prose, headings and ruled lines: [from, to) pairs. */
const stretches = (lines: readonly XLine[], prose: readonly boolean[]): [number, number][] => runsApart(0, lines.length, (i) => !hasX(lines[i]!) || prose[i]!);

/**
 * A label alone in the label column reads as a row of empty cells (0 each) only when the table
 * prints its numbers there: some line under the same header holds numbers. A header whose lines
 * hold no number at all is not a table's columns on this page — the numbers are elsewhere (a wide
 * table cut into halves, labels on one page and numbers on the next; a page clipped at the right;
 * or two cells of a wrapped label taken for a header): its label lines stay as printed, their
 * values missing, never 0 (`out` is changed in place).
 */
function noBlankWithoutNumbers<L extends XLine>(lines: readonly L[], out: L[], blanks: readonly { at: number; header: Span[] }[], numbered: ReadonlySet<Span[]>): void {
  for (const b of blanks) if (!numbered.has(b.header) && !activeGridPrinted(lines, b)) out[b.at] = lines[b.at]!;
}

/** Table 二's column words, both templates (normalized): a value column headed by one is a column of table 二's grid. */
const ACTIVE_COLUMN_WORDS = [...Object.values(ACTIVE_COLUMN_WORDS_2021), ...Object.values(ACTIVE_COLUMN_WORDS_2019)].map((w) => normalizeLabel(w));
/** Table 二's row labels, both templates (normalized). */
const ACTIVE_ROW_LABELS = new Set([...ACTIVE_ROWS_2021, ...ACTIVE_ROWS_2019].flatMap((r) => r.labels).map((l) => normalizeLabel(l)));

/**
 * A small table of table 二 printed with every cell empty (a small agency issued no 规章 and printed its zeros blank):
 * no line under its header holds a number, yet the grid is printed — the header names table 二's columns in its
 * template words ('信息内容 本年制发件数 本年废止件数 现行有效件数'), and the label alone in the label column is one of its
 * row labels ('规章'), with a line of the header's page after it, or the next small table's heading or a section heading
 * opening the next page (the table goes on below, not cut off by the page: its numbers are on no other page). Such a
 * label is a row of empty cells, each 0 `blank`.
 */
function activeGridPrinted(lines: readonly XLine[], b: { at: number; header: Span[] }): boolean {
  const cols = b.header.slice(1);
  if (cols.length === 0 || !cols.every((c) => ACTIVE_COLUMN_WORDS.some((w) => normalizeLabel(c.text ?? '').startsWith(w)))) return false;
  const line = lines[b.at]!;
  if (!ACTIVE_ROW_LABELS.has(normalizeLabel(line.cells.join('')))) return false;
  const after = lines[b.at + 1];
  return after !== undefined && (after.source?.page === line.source?.page || SMALL_TABLE_HEADING.test(normalizeLabel(after.cells.join(''))) || matchHeading(after.cells.join('')) !== null);
}

/**
 * Puts every number of a borderless table's rows under its column header, with empty cells where
 * nothing was printed; in small tables, labels printed alone between rows become rows of empty
 * cells; in wide tables the columns come from a row that printed every column (placeWide). `lines`: the document's lines top to bottom; lines without x positions (ruled grids) end a table.
 */
export function placeFreeColumns<L extends XLine>(lines: readonly L[]): L[] {
  let all: Span[] | null = null;
  // The header leaves in force at each line (placeSmallByInk).
  const leavesAt: (Span[] | null)[] = [];
  // The leaves of a header read as whole cells (header-band.ts) in force at each line (placeByLeaves).
  let whole: WholeHeader | null = null;
  const under: (WholeHeader | null)[] = [];
  // Whether each line is prose or a heading, decided once (the passes below all ask).
  const prose = lines.map((l) => hasX(l) && isProse(l));
  // Labels read as rows of empty cells, and the headers some line with numbers was read under (noBlankWithoutNumbers).
  const blanks: { at: number; header: Span[] }[] = [];
  const numbered = new Set<Span[]>();
  const out = lines.map((line, i) => {
    under.push(whole);
    leavesAt.push(all);
    if (!hasX(line) || prose[i]) {
      all = whole = null;
      return line;
    }
    if (hasNumbers(line)) {
      if (all) numbered.add(all);
      return markFused(all ? (placeRow(line, all) ?? line) : line, all);
    }
    if (all && inLabelColumn(line, all)) {
      const blank = blankRow(line, all);
      if (blank) blanks.push({ at: i, header: all });
      return blank ?? line;
    }
    // Label cells all left of the columns ('（三）' | '1.属于国家秘密', '理' | '4.无正当理由…': a group
    // label beside its sub-row printed blank) are a row of the table, not the header of another.
    if (all && line.header !== true && leftOfColumns(line, all)) return line;
    // A text line with several cells is a header: the columns of the rows below it.
    if (line.cells.length >= 2) {
      all = leaves(headerBlock(lines, prose, i));
      whole = line.header === true ? { leaves: all, page: line.source?.page } : null;
    }
    return line;
  });
  noBlankWithoutNumbers(lines, out, blanks, numbered);
  placeSmallByInk(lines, out, leavesAt);
  for (const [from, to] of stretches(lines, prose)) {
    const byLeaves = placeByLeaves(out, from, to, under);
    for (const [a, b] of runsApart(from, to, (i) => byLeaves.has(under[i]!))) placeWide(lines, a, b, out);
    markTouchingStretch(out, from, to);
  }
  return out;
}
