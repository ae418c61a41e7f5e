/**
 * @file Table 三 of a scan whose OCR'd column header is noise: the order of its columns confirmed by
 * its ruled grid and its values, not by header words. A 100 dpi scan reads the narrow header cells
 * (自然人, 总计 printed a character a line; 商业企业 … 其他 at 6.5 pt) as nothing or as noise, and a
 * header that cannot be read left every value of the table capped below 0.9 (`columns_unread`)
 * though the rulings still print the template's shape:
 *
 *  - every row of values of the table is an OCR'd row of a ruled grid, its numbers in the same seven
 *    consecutive grid columns (the template's seven value columns, no more, no fewer);
 *  - and either a header row of the grid ruled as the template's middle header row — three cells in
 *    those columns, at the first, the second and the last (自然人 | 法人或其他组织 over five | 总计) — so
 *    that 总计 is one of the two edge columns, and no row whose values are all read sums with 总计 first
 *    unless both edge columns hold the same value there (then both readings give the same values);
 *  - or, with no such header row read, the rows' totals place 总计 last: no other column fits the rows
 *    as well, and a nonzero total holds (`total-column.ts`).
 *
 * The categories' order between the edges is then the template's, as printed by nearly every
 * report; a header read in another order is followed or capped as before (`column-order.ts`: this
 * is consulted only when no header reading names an order). The values keep the OCR trust rule: each
 * reaches 0.9 only when the identities through it hold through other cells read.
 */
import type { Line } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';
import { otherTotalPlaces, sumsTo } from './total-column.js';
import { REQUEST_LEAVES } from './header-words.js';

const WIDTH = 7;
const NUM = /^\s*-?\d[\d,]*(?:\.\d+)?\s*$/;

const gridOf = (l: Line): string => `${l.source.page}:${l.source.table}`;

/**
 * The value columns of each grid of the table: the grid columns holding a number in at least half
 * of its rows of values — seven, no number outside them — or null. A thin extra column (a leaning
 * border found in two pieces) holds no number and is passed over.
 */
function valueColumns(lines: readonly Line[]): Map<string, number[]> | null {
  const rows = lines.filter((l) => l.cells.filter((c) => NUM.test(c)).length >= 3);
  if (rows.length === 0) return null;
  if (rows.some((l) => !l.ocr || !l.cols || l.source.table === undefined || l.source.row === undefined)) return null;
  const colsOf = (l: Line): number[] => l.cells.flatMap((c, i) => (NUM.test(c) ? [l.cols![i]!] : []));
  const out = new Map<string, number[]>();
  for (const g of new Set(rows.map(gridOf))) {
    const mine = rows.filter((l) => gridOf(l) === g);
    const count = new Map<number, number>();
    for (const l of mine) for (const c of new Set(colsOf(l))) count.set(c, (count.get(c) ?? 0) + 1);
    const cols = [...count].filter(([, n]) => 2 * n >= mine.length).map(([c]) => c).sort((a, b) => a - b);
    // Numbers beyond the seven columns (an item number read in a label column, a remark): not the template's shape.
    if (cols.length !== WIDTH || mine.some((l) => colsOf(l).some((c) => !cols.includes(c)))) return null;
    out.set(g, cols);
  }
  // Most rows hold a number in each of the seven columns: the columns are the table's, not a guess from short rows.
  const full = rows.filter((l) => new Set(colsOf(l)).size === WIDTH).length;
  return 2 * full > rows.length ? out : null;
}

/** A header row (above a grid's rows of values) ruled as 自然人 | 法人或其他组织 (over five) | 总计 in the value columns. */
function groupRowRuled(lines: readonly Line[], columns: ReadonlyMap<string, readonly number[]>): boolean {
  return lines.some((l) => {
    const v = columns.get(gridOf(l));
    if (v === undefined || !l.ocr || !l.cols || l.cells.some((c) => NUM.test(c))) return false;
    const inSpan = l.cols.filter((c) => c >= v[0]! && c <= v[WIDTH - 1]!);
    return inSpan.length === 3 && inSpan[0] === v[0] && inSpan[1]! > v[0]! && inSpan[1]! <= v[1]! && inSpan[2] === v[WIDTH - 1] && l.cols.every((c) => c < v[0]! || inSpan.includes(c));
  });
}

/** Rows of table 三's leaf values in template order, every value read (none chosen or computed by the identities). */
function readRows(fields: ReadonlyMap<string, SolvedField>): number[][] {
  const rows = new Set([...fields.keys()].filter((k) => k.startsWith('requests.') && k.endsWith('.total')).map((k) => k.slice(0, -'total'.length)));
  const out: number[][] = [];
  for (const row of rows) {
    const f = REQUEST_LEAVES.map((c) => fields.get(row + c));
    if (f.some((x) => !x || x.value === null || x.flags.some((g) => g === 'derived' || g === 'repaired'))) continue;
    out.push(f.map((x) => x!.value!));
  }
  return out;
}

/**
 * The OCR'd table 三's columns are the template's by its ruled grid and its values (see the file
 * comment); `lines`: the table's band and rows.
 */
export function ocrGridConfirmsColumns(lines: readonly Line[], fields: ReadonlyMap<string, SolvedField>): boolean {
  const columns = valueColumns(lines);
  if (!columns) return false;
  const rows = readRows(fields);
  const last = WIDTH - 1;
  const someTotal = rows.some((v) => v[last] !== 0 && sumsTo(v, last));
  if (!someTotal) return false;
  if (groupRowRuled(lines, columns)) return rows.every((v) => !sumsTo(v, 0) || sumsTo(v, last) || v[0] === v[last]);
  const read = new Map([...fields].filter(([, f]) => !f.flags.some((g) => g === 'derived' || g === 'repaired')));
  return otherTotalPlaces('requests.', REQUEST_LEAVES, read).length === 0;
}
