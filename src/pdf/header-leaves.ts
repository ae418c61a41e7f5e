/**
 * @file The leaf columns of a borderless wide table's header band read from the header's own
 * pieces, for a table whose rows leave whole columns empty. header-band.ts puts each header piece in
 * the column whose numbers it lies over; a report that prints zeros as empty cells may leave a
 * category column with no number in any row (科研机构 and 社会公益组织 of a small office: nothing
 * received), so the rows give five columns for seven headers. Forced into five columns, the pieces
 * of the two headers over no numbers were stacked into their neighbours' cells ('科研机构' above
 * '商业企业', '社会公益' + '组织' beside '法律服务机构'): the header read 自然人 商业企业 社会公益组织
 * 其他 总计, the column order stage took it for a permutation (`columns_reordered`) and left the
 * table's 200 values ambiguous (Chromium, borderless, 12 pt, narrow columns wrapping '社会公益' /
 * '组织').
 *
 * A header cell's wrapped lines share its width (left, centred or right aligned alike), so the
 * pieces of one column chain by x-overlap down the band; a piece over two chains that do not overlap
 * each other is a group header ('法人或其他组织'); text left of the rows' labels' right edge is the
 * label column's (a leaf over an empty first column is not). The chains are the leaf columns, each
 * as wide as its pieces. They are taken only when they are more than the rows' number columns, read
 * consistently (one leaf cell per column, pieces over each other: band-columns.ts `bandConflicts`)
 * and the rows' number columns fall one per leaf in one way (leaf-columns.ts, which free-columns.ts
 * then places the rows by).
 */
import { leafColumns } from './leaf-columns.js';
import { maxOf, minOf, pushAll } from '../_internal/extremes.js';
import { bandConflicts, columnOfRun, type BandCell, type BandColumns, type Run } from './band-columns.js';

/** pt. Least horizontal overlap for two pieces to be one column's (more than touching edges). */
const MIN_OVERLAP = 0.5;
/** × font size. A wrapped piece lies this close under the one above it in its cell (as header-band.ts STACK_GAP). */
const STACK_GAP = 0.8;

const overlap = (a: { x: number; end: number }, b: { x: number; end: number }): number => Math.min(a.end, b.end) - Math.max(a.x, b.x);
const overlapX = (a: { x: number; end: number }, b: { x: number; end: number }): boolean => overlap(a, b) > MIN_OVERLAP;

/** A piece lying over two lower pieces that do not overlap each other: it heads both (a group header). */
function isSpanning(r: Run, runs: readonly Run[]): boolean {
  const below = runs.filter((b) => b !== r && b.top > r.top && overlapX(b, r));
  return below.some((a, i) => below.slice(i + 1).some((b) => !overlapX(a, b)));
}

/** Connected groups of pieces by x-overlap, as x ranges left to right; null when two ranges overlap. */
function chains(runs: readonly Run[]): { x: number; end: number }[] | null {
  const groups: { x: number; end: number }[] = [];
  for (const r of [...runs].sort((a, b) => a.x - b.x)) {
    const last = groups.at(-1);
    if (last && overlapX(last, r)) last.end = Math.max(last.end, r.end);
    else groups.push({ x: r.x, end: r.end });
  }
  return groups.every((g, i) => i === 0 || g.x >= groups[i - 1]!.end) ? groups : null;
}

/** Pieces stacked into cells by the columns `col` gives (as header-band.ts `stack`; a group header stacks by overlap). */
function stackCells(runs: readonly Run[], col: (r: Run) => number): BandCell[] {
  const cells: BandCell[] = [];
  for (const r of [...runs].sort((a, b) => a.top - b.top || a.x - b.x)) {
    const c = col(r);
    const into = cells.find((cell) => {
      const last = cell.runs.at(-1)!;
      const same = c >= 0 ? cell.col === c : cell.col === c && overlapX(last, r);
      return same && r.top - last.bottom <= STACK_GAP * r.size && r.top > last.top;
    });
    if (into) into.runs.push(r);
    else cells.push({ runs: [r], col: c });
  }
  return cells;
}

/**
 * Rows that print no label (table 四: one row of numbers only) have no label column: header text left
 * of their first number column is leaves over first columns printed blank ('结果维持' of 行政复议 over
 * an empty cell), not the label column's. It is taken as leaves only when its pieces, group headers
 * over two or more of them aside ('行政复议' over its five leaves, all printed blank by a small agency:
 * sparse48), are columns' pieces (chains) each ending on its neighbour leaf's level (its lowest piece
 * as low as the next column's), or two or more columns under such a group header ending on one level
 * that reaches into the next leaves' level: a '项目' label header centred on the band, or text over
 * several columns with nothing under it, is not.
 */
function headsEmptyFirstColumns(left: readonly Run[], body: readonly Run[]): boolean {
  if (left.length === 0 || body.length === 0) return false;
  const own = left.filter((r) => !isSpanning(r, left));
  const columns = chains(own);
  const leaves = body.filter((r) => !isSpanning(r, body));
  // Left of the body's leaves: a group header over both may start further left (未经复议直接起诉 over
  // leaves of its own beside 行政复议's on A5).
  if (!columns || columns.length === 0 || columns.at(-1)!.end > minOf(leaves.map((r) => r.x))) return false;
  const next = chains(leaves)?.[0];
  if (!next) return false;
  const floor = maxOf(leaves.filter((r) => overlapX(r, next)).map((r) => r.bottom));
  const lows = columns.map((c) => maxOf(own.filter((r) => overlapX(r, c)).map((r) => r.bottom)));
  const slack = LEVEL_SLACK * own[0]!.size;
  if (lows.every((low) => Math.abs(floor - low) <= slack)) return true;
  // Two or more columns under a group header of their own, their cells spanning the header's lower
  // levels (行政复议's leaves, centred in cells two levels high): one level among themselves, reaching
  // down into the next leaves' level, or on that level.
  // Columns ending on the next leaves' level ('结果维持' of 未经复议直接起诉, whose other leaves hold numbers) may sit between them and the first.
  const high = minOf(lows);
  // (Or, four or more such columns — a label column is one chain —, ending above the next leaves' level: table 四's band
  // on A5 at 10 pt, 行政复议's leaves two lines high over a one-line group level, 诉讼's leaves a level lower, the row's
  // numbers all under 复议后起诉: sparse53.)
  if (!(columns.length >= 2 && own.length < left.length && (high > minOf(leaves.map((r) => r.top)) || columns.length >= MANY_LEFT_COLUMNS))) return false;
  if (lows.every((low) => Math.abs(low - high) <= slack || Math.abs(low - floor) <= slack)) return true;
  // Cells centred vertically (Chromium): a leaf of two characters ('总' / '计') wrapped beside leaves of
  // four ends higher than they do, its middle level with theirs (A5, one character per line: sparseb48).
  const mid = (rs: readonly Run[]): number => (minOf(rs.map((r) => r.top)) + maxOf(rs.map((r) => r.bottom))) / 2;
  const mids = columns.map((c) => mid(own.filter((r) => overlapX(r, c))));
  const floorMid = mid(leaves.filter((r) => overlapX(r, next)));
  const highMid = minOf(mids);
  return highMid < floorMid - slack && mids.every((m) => Math.abs(m - highMid) <= slack || Math.abs(m - floorMid) <= slack);
}

/**
 * Columns left of the rows' first number that are leaves, not a label column, whatever their level: a label column's text
 * chains into one column; four or more are a table's leaves over blank cells (table 四's first group and more).
 */
const MANY_LEFT_COLUMNS = 4;
/** × font size. Two leaves' lowest pieces end this close vertically when they are on one header level. */
const LEVEL_SLACK = 0.45;

/**
 * The band's pieces (`runs`, label pieces included) read as cells of the header's own leaf columns,
 * or null when the header does not give more consistent columns than the rows' numbers (`cols`).
 * Returns the cells and the leaf columns as BandColumns (centres and extents of the chains).
 * `asMany`: also as many leaves as number columns — for a band the numbers' columns read
 * inconsistently (narrow right-aligned numbers: a leaf wider than its column's share of the row
 * looked like a group header, '法律服' / '务机构' over '24' | '17' | '227' of table 三's second part).
 */
export function headerLeafCells(runs: readonly Run[], cols: BandColumns, asMany = false): { cells: BandCell[]; cols: BandColumns } | null {
  // The label column: header text starting left of the rows' labels' right edge ('项目', the 勾稽关系 note); a
  // leaf over an empty first column ('自然' / '人' with no number under it) is not.
  const inBody = (r: Run): boolean => (cols.labelEnd !== undefined ? r.x >= cols.labelEnd : columnOfRun(r, cols) !== -1);
  const body = runs.filter(inBody);
  if (cols.labelEnd === undefined && headsEmptyFirstColumns(runs.filter((r) => !inBody(r)), body)) pushAll(body, runs.filter((r) => !inBody(r)));
  const spanning = new Set(body.filter((r) => isSpanning(r, body)));
  const leaves = chains(body.filter((r) => !spanning.has(r)));
  if (!leaves || leaves.length < cols.centres.length + (asMany ? 0 : 1) || !leafColumns(leaves, cols.ink)) return null;
  const own: BandColumns = { centres: leaves.map((l) => (l.x + l.end) / 2), ink: leaves };
  const colOf = (r: Run): number => (!body.includes(r) ? -1 : spanning.has(r) ? -2 : leaves.findIndex((l) => overlapX(l, r)));
  const cells = stackCells(runs, colOf);
  return bandConflicts(cells, leaves.length) === 0 ? { cells, cols: own } : null;
}
