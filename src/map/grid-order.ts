/**
 * @file Table 三 of a scan read by the order and count of its ruled rows when OCR garbles the
 * labels. On a 100 dpi scan of 6.5 pt print (huaian-2024) the page pass reads the row labels as
 * noise ('因亿泪评什生六想菜目会作' for 2.其他法律行政法规禁止公开): some match no template row, some
 * match another one weakly, and a stray word or an item number ('2' of '2.其他…') read in a grid
 * row cuts it into several rows. The rulings still say which cells are one row and in what order
 * the rows are printed: when the OCR'd grids of the table hold exactly as many rows of the
 * template's width as the template has rows, and no label clearly names another row than the one
 * at its place, each grid row is the template row at its place. A row whose label names its place
 * keeps it (placed by label); the others lose their label and are placed by position (flag
 * `position`, ≤ 0.85), so the identities still check every value.
 */
import type { TableRow } from '../tables/build-rows.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import { templateFor, type RowSpec, type Template } from '../template/index.js';
import { maxOf, minOf } from '../_internal/extremes.js';
import { MIN_LABEL_SCORE, rowMatches } from './join-fragments.js';

/** A label at least this close to another template row than the one at its place contradicts the order. */
const NAMES_OTHER = 0.85;
/** Value cells a grid row may lack (lost in the scan) and still be a row of the table, not a header row. */
const WIDTH_SLACK = 2;

const gridKey = (r: TableRow): string => `${r.source.page}:${r.source.table}:${r.source.row}`;
const isOcrRuled = (r: TableRow): boolean => r.source.table !== undefined && r.source.row !== undefined && r.values.some((v) => v.ocr !== undefined);

/** The trace rows of one grid row joined back into one: labels in order, values by their grid column. */
function joinGridRow(parts: readonly TableRow[]): TableRow {
  const label = parts.map((p) => [p.pending, p.label].filter(Boolean).join(' ')).filter(Boolean).join(' ');
  const values = parts.flatMap((p) => p.values).map((v, i) => ({ v, i }));
  values.sort((a, b) => (a.v.col ?? 0) - (b.v.col ?? 0) || a.i - b.i);
  return { label, pending: '', values: values.map((x) => x.v), blankCells: parts.reduce((s, p) => s + p.blankCells, 0), source: parts[0]!.source, onGrid: true, ...(parts.some((p) => p.ocrRead) ? { ocrRead: true as const } : {}) };
}

/**
 * A grid's value columns: those holding a value (a number, or ink that did not read) in at least
 * half of its rows of values. An item number read in a label column ('2' of '2.其他…') holds one
 * in a few rows only. When more columns than the template's width qualify, a column whose cells
 * mostly did not read as numbers is a label column the cell reader took for values (a Word
 * table's narrow sub-label column, '1.属于国家秘密' wrapped over four lines, read as unread ink in
 * every row beside seven columns of numbers): the columns whose cells read as numbers in at least
 * half of their rows are the value columns when they are exactly as many as the width.
 */
export function valueColumns(rows: readonly TableRow[], width: number): number[] | null {
  const wide = rows.filter((r) => r.values.filter((v) => v.kind === 'num').length >= width / 2);
  const count = new Map<number, number>();
  const numbers = new Map<number, number>();
  for (const r of wide) {
    for (const c of new Set(r.values.filter((v) => v.kind !== 'blank' || v.ocr?.unread).map((v) => v.col))) {
      if (c === undefined) return null;
      count.set(c, (count.get(c) ?? 0) + 1);
    }
    for (const c of new Set(r.values.filter((v) => v.kind === 'num').map((v) => v.col))) numbers.set(c!, (numbers.get(c!) ?? 0) + 1);
  }
  const cols = [...count.entries()].filter(([, n]) => n >= wide.length / 2).map(([c]) => c).sort((a, b) => a - b);
  if (cols.length < width) return sparseColumns(rows, width);
  if (cols.length === width) return cols;
  const read = cols.filter((c) => (numbers.get(c) ?? 0) >= count.get(c)! / 2);
  return read.length === width ? read : null;
}

/** Share of a grid's rows of values that must sum to their last number column for `sparseColumns` to take the columns. */
const SPARSE_SUMS = 0.5;

/**
 * The value columns of a table printed with blank zeros, whose rows mostly hold two or three
 * numbers: a column such as 社会公益组织 holds a number in one row of the few wide ones, and
 * `valueColumns`' half-the-rows count left it out (a 2019 scan of 6.5 pt print with blank zeros:
 * six columns of seven, no grid order, table 三 placed by position one row off). The columns
 * holding a number in any row of two or more numbers are the value columns when they are exactly
 * as many as the width and most of those rows sum to their last one (the row total: an item
 * number read in a label column, or a column of another table, breaks the sums); else null.
 */
function sparseColumns(rows: readonly TableRow[], width: number): number[] | null {
  const numbers = (r: TableRow): ValueToken[] => r.values.filter((v) => v.kind === 'num');
  const valued = rows.filter((r) => numbers(r).length >= 2);
  const cols = [...new Set(valued.flatMap((r) => numbers(r).map((v) => v.col)))];
  if (cols.length !== width || cols.some((c) => c === undefined)) return null;
  const sorted = (cols as number[]).sort((a, b) => a - b);
  const total = sorted.at(-1)!;
  const sums = valued.filter((r) => {
    const at = numbers(r).find((v) => v.col === total);
    const parts = numbers(r).filter((v) => v.col !== total);
    return at?.kind === 'num' && parts.reduce((s, v) => s + (v.kind === 'num' ? v.value : 0), 0) === at.value;
  });
  return sums.length >= SPARSE_SUMS * valued.length ? sorted : null;
}

/** A grid row's values one per value column: a column whose cell gave no token (lost, or read as a word) is a value unread, never a shift of the cells after it. */
function byColumn(r: TableRow, cols: readonly number[]): TableRow {
  const values = cols.flatMap((c): ValueToken[] => {
    const at = r.values.filter((v) => v.col === c);
    return at.length > 0 ? at : [{ kind: 'blank', col: c, ocr: { unread: true } }];
  });
  return { ...r, values };
}

/**
 * Every grid row from a grid's first row of values to its last, whatever it holds: a row whose
 * cells all gave no value (a keystoned scan: '2.重复申请 25 0 0 0 0 0 25' read as its item number
 * and a few Han) is still a row the rulings print, its values unread. Rows of no text at all are
 * rows too.
 */
function framedRows(joined: readonly TableRow[], valueRows: readonly TableRow[], columns: Map<string, number[] | null>, gridOf: (r: TableRow) => string): TableRow[] {
  const out: TableRow[] = [];
  for (const g of new Set(valueRows.map(gridOf))) {
    const cols = columns.get(g)!;
    const at = valueRows.filter((r) => gridOf(r) === g).map((r) => r.source.row!);
    const [lo, hi] = [minOf(at), maxOf(at)];
    const source = valueRows.find((r) => gridOf(r) === g)!.source;
    for (let row = lo; row <= hi; row++) {
      const r = joined.find((x) => gridOf(x) === g && x.source.row === row);
      out.push(byColumn(r ?? { label: '', pending: '', values: [], blankCells: 0, source: { page: source.page, table: source.table, row } }, cols!));
    }
  }
  return out;
}

/** Most rows without values after the frame's last row that `trailingRows` adds. */
const MAX_TRAILING = 2;
/**
 * Least label score of a trailing row at its place (and no other row scoring higher): below
 * `MIN_LABEL_SCORE`, as a 6.5 pt OCR'd label reads ('次、精围下年度他续办涅' for 四、结转下年度继续办理:
 * 0.57), since the row's place is given by the rulings and its empty cells, the label only confirms it.
 */
const TRAILING_LABEL_SCORE = 0.5;

/**
 * Grid rows after the frame's last row of values that print no value, when their labels name the
 * template rows they stand at: a table printed with blank zeros leaves a row of all zeros empty,
 * and at the table's foot (四、结转下年度继续办理 with nothing carried forward) it lies outside
 * the rows of values (a 2021 scan: 24 framed rows where the template has 25, no grid order, every
 * row placed by position). Their cells are unread (the identities derive them), as in
 * `framedRows`. None when a row is missing, holds a value, was not seen empty in (nearly) every
 * value column, or its label does not name its place best.
 */
function trailingRows(joined: readonly TableRow[], framed: readonly TableRow[], columns: Map<string, number[] | null>, gridOf: (r: TableRow) => string, specs: readonly RowSpec[]): TableRow[] {
  const need = specs.length - framed.length;
  const last = framed.at(-1);
  if (!last || need > MAX_TRAILING) return [];
  const cols = columns.get(gridOf(last));
  const out: TableRow[] = [];
  for (let k = 1; k <= need; k++) {
    const r = joined.find((x) => gridOf(x) === gridOf(last) && x.source.row === last.source.row! + k);
    if (!cols || !r || r.values.some((v) => v.kind === 'num') || r.blankCells < cols.length - WIDTH_SLACK) return [];
    const scores = rowMatches(r, specs).best.map((m) => m.score);
    const own = scores[framed.length + k - 1] ?? 0;
    if (own < TRAILING_LABEL_SCORE || own < maxOf(scores, 0)) return [];
    out.push(byColumn(r, cols));
  }
  return out;
}

/**
 * A grid's first rows of values that are its header read as numbers: more of their value cells hold
 * ink that did not read as a number than read as one. At 6.5 pt a narrow header cell printed in a
 * stack ('法律服务机构' one glyph a line) read '1111', and the header, its other cells unread, counted
 * as a row of values: one row too many for the template, and 2021's other （六） layout (two rows
 * fewer) then matched by count with an empty row inside — every row of table 三 placed a row or
 * more off (100 dpi scan, 6.5 pt: 67 wrong at 0.7). Only the leading rows: a row inside the table
 * reading so is a row of faint values (framed by `framedRows` either way).
 */
function dropHeaderRows(valueRows: TableRow[], gridOf: (r: TableRow) => string): void {
  const unread = (r: TableRow): number => r.values.filter((v) => v.kind === 'blank' && v.ocr?.unread).length;
  const nums = (r: TableRow): number => r.values.filter((v) => v.kind === 'num').length;
  for (const g of new Set(valueRows.map(gridOf))) {
    for (;;) {
      const mine = valueRows.filter((r) => gridOf(r) === g);
      const first = mine.reduce((a, b) => (b.source.row! < a.source.row! ? b : a));
      if (mine.length < 2 || unread(first) <= nums(first)) break;
      valueRows.splice(valueRows.indexOf(first), 1);
    }
  }
}

/**
 * Table 三's rows read from OCR'd ruled grids by their order and count (the rows holding values;
 * else every row from a grid's first such row to its last), or null when the rows are not all
 * OCR'd grid rows, their count is not the template's, or a label names another row.
 */
export function rowsByGridOrder(rows: readonly TableRow[], specs: readonly RowSpec[]): TableRow[] | null {
  // Every row of values on a grid is OCR'd (prose above the table, off the grids, is no row of it).
  const valued = rows.filter((r) => r.values.some((v) => v.kind === 'num') && r.source.table !== undefined);
  if (valued.length === 0 || !valued.every(isOcrRuled)) return null;
  const byGrid = new Map<string, TableRow[]>();
  for (const r of rows) {
    if (r.source.table === undefined || r.source.row === undefined) continue;
    const parts = byGrid.get(gridKey(r)) ?? [];
    parts.push(r);
    byGrid.set(gridKey(r), parts);
  }
  const joined = [...byGrid.values()].map(joinGridRow);
  const width = maxOf(specs.map((s) => s.columns.length), 0);
  // Per grid: its value columns; values elsewhere are item numbers of the labels, not values.
  const gridOf = (r: TableRow): string => `${r.source.page}:${r.source.table}`;
  const columns = new Map<string, number[] | null>();
  for (const g of new Set(joined.map(gridOf))) columns.set(g, valueColumns(joined.filter((r) => gridOf(r) === g), width));
  const valueRows: TableRow[] = [];
  for (const r of joined) {
    const cols = columns.get(gridOf(r));
    const inCols = cols ? r.values.filter((v) => v.col !== undefined && cols.includes(v.col)) : [];
    if (!inCols.some((v) => v.kind === 'num') || inCols.length < width - WIDTH_SLACK) continue;
    if (!cols) return null;
    valueRows.push(byColumn(r, cols));
  }
  dropHeaderRows(valueRows, gridOf);
  const framed = valueRows.length === specs.length ? valueRows : framedRows(joined, valueRows, columns, gridOf);
  const read = framed.length < specs.length ? [...framed, ...trailingRows(joined, framed, columns, gridOf, specs)] : framed;
  if (read.length !== specs.length) return null;
  const out: TableRow[] = [];
  for (const [i, r] of read.entries()) {
    const scores = rowMatches(r, specs).best.map((m) => m.score);
    const top = maxOf(scores, 0);
    const own = scores[i] ?? 0;
    if (top >= NAMES_OTHER && scores.indexOf(top) !== i && own < MIN_LABEL_SCORE) return null;
    out.push(own >= MIN_LABEL_SCORE && own >= top ? { ...r, gridOrdered: true } : { ...r, label: '', pending: '', gridOrdered: true });
  }
  return out;
}

/**
 * Table 三 read by grid order under the detected template, or under 2021's other （六） layout when
 * only that one has as many rows as the grids print: on a scan the block label '（六）其他处理' may be
 * read while its three sub-row labels are not, which detects the one-row layout (23 rows) though
 * the rulings print 25.
 */
export function readByGridOrder(rows: readonly TableRow[], template: Template): { rows: TableRow[]; template: Template } | null {
  const other = template.version === '2021' ? [templateFor('2021', template.otherHandling === 'split' ? 'combined' : 'split')] : [];
  for (const t of [template, ...other]) {
    const read = rowsByGridOrder(rows, t.requestRows);
    if (read) return { rows: read, template: t };
  }
  return null;
}
