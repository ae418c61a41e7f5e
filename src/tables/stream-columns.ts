/**
 * @file A page of table 三 whose values a layout analyser (pdfminer `pdf2txt` of a LibreOffice docx/odt print)
 * wrote after its labels as one stream of counts, column after column, with no header word before each column:
 *
 * - the first row's first k cells beside its label ('一、本年新收政府信息公开申请数量' / '109' / '26', k = 2),
 *   so the columns 0..k−1 hold one value fewer in the stream;
 * - the last one or two columns read row by row ('19 237' / '0' / '3': 其他 and 总计 of 本年新收, then of 上年结转);
 * - row 0's cells of some adjacent columns printed together before those columns ('21 17 180': 法律服务机构, 其他,
 *   总计 of 本年新收, then each of the three from row 1);
 * - 总计's numbers wrapped in its narrow column ('16' / '5'), joined only where the join makes the row's sum.
 *
 * Each reading the counts fit exactly is tried; the page is read only when exactly one reading keeps every row's
 * 总计 the sum of its six applicant columns and no line's counts go to two rows (a row of blanks, a wrapped number '17' / '6', a '/' row: no fit, left
 * as printed). Which applicant column is which only the stream's order says: the caller marks the rows so
 * (columnsByStream, linesApart) and map/index caps the table.
 */
import { APPLICANT_COLUMNS, REQUEST_COLUMNS } from '../template/requests.js';

export interface StreamToken { value: number; line: number }
export interface StreamRead { cells: number[][]; lines: number[][] }

/** Trailing columns read row by row that a reading may take (其他 and 总计 sharing one box: '19 237'). */
const MAX_ROW_TAIL = 2;
const WIDTH = REQUEST_COLUMNS.length;
const TOTAL = REQUEST_COLUMNS.indexOf('total');
const APPLICANTS = APPLICANT_COLUMNS.map((c) => REQUEST_COLUMNS.indexOf(c));

/**
 * 总计's values for rows whose applicant sums are `sums`, from `tokens` (all of them), a number the narrow column
 * wrapped joined back ('16' / '5' for 165) only where the join makes the row's sum; null when they do not fit so.
 */
function joinedTotals(sums: readonly number[], tokens: readonly StreamToken[]): StreamToken[] | null {
  const out: StreamToken[] = [];
  let at = 0;
  for (const sum of sums) {
    const want = String(sum);
    const first = tokens[at];
    let text = '';
    while (at < tokens.length && text.length < want.length) text += String(tokens[at++]!.value);
    if (!first || text !== want) return null;
    out.push({ value: sum, line: first.line });
  }
  return at === tokens.length ? out : null;
}

/** Row 0's cells of columns at..at+size−1 printed together before those columns' other rows ('21 17 180' / then 法律服务机构 from row 1). */
interface Group { at: number; size: number }

/**
 * Cells of `rows` rows from the lead (row 0's first `lead.length` cells) and the stream, row 0 of a group of columns
 * printed together (`group`), the `tail` last columns row by row (tail 0: 总计 last, its wrapped numbers joined,
 * joinedTotals); null when the counts do not fit.
 */
function readAs(rows: number, lead: readonly StreamToken[], stream: readonly StreamToken[], tail: number, group: Group | null): StreamRead | null {
  const k = lead.length;
  const exact = rows * WIDTH - k;
  if (k > WIDTH - tail || stream.length < exact || (tail > 0 && stream.length !== exact)) return null;
  const byColumn = tail === 0 ? TOTAL : WIDTH - tail;
  if (group && (group.at < k || group.at + group.size > (tail === 0 ? WIDTH : byColumn))) return null;
  const cells = Array.from({ length: rows }, () => new Array<number>(WIDTH).fill(0));
  const lines = Array.from({ length: rows }, () => new Array<number>(WIDTH).fill(-1));
  const put = (r: number, c: number, t: StreamToken): void => { cells[r]![c] = t.value; lines[r]![c] = t.line; };
  const grouped = (c: number): boolean => !!group && c >= group.at && c < group.at + group.size;
  lead.forEach((t, c) => put(0, c, t));
  let at = 0;
  const take = (r: number, c: number): void => put(r, c, stream[at++]!);
  for (let c = 0; c < byColumn; c++) {
    if (group?.at === c) for (let g = c; g < c + group.size; g++) take(0, g);
    for (let r = c < k || grouped(c) ? 1 : 0; r < rows; r++) take(r, c);
  }
  if (tail === 0) {
    if (group?.at === TOTAL) return null;
    const from = grouped(TOTAL) ? 1 : 0;
    const sums = cells.slice(from).map((row) => APPLICANTS.reduce((s, c) => s + row[c]!, 0));
    const totals = joinedTotals(sums, stream.slice(at));
    totals?.forEach((t, r) => put(from + r, TOTAL, t));
    return totals ? { cells, lines } : null;
  }
  for (let r = 0; r < rows; r++) for (let c = WIDTH - tail; c < WIDTH; c++) take(r, c);
  return { cells, lines };
}

const addsUp = (row: readonly number[]): boolean => APPLICANTS.reduce((s, c) => s + row[c]!, 0) === row[TOTAL];

/** The groups a reading may take: none, or row 0 of two or more adjacent columns printed together. */
function groups(): Array<Group | null> {
  const out: Array<Group | null> = [null];
  for (let at = 0; at < WIDTH - 1; at++) for (let size = 2; at + size <= WIDTH; size++) out.push({ at, size });
  return out;
}
const GROUPS = groups();

/** Whether no line's counts went to two rows (a line of counts is one row's cells side by side: '19 237', never a column's). */
function linesInRows(read: StreamRead): boolean {
  const rowOf = new Map<number, number>();
  return read.lines.every((cells, r) => cells.every((line) => (rowOf.get(line) ?? r) === r && !!rowOf.set(line, r)));
}

/** The one reading of the page's counts (see the file note) every row of which adds up, or null (none, or several differing). */
export function readStreamColumns(rows: number, lead: readonly StreamToken[], stream: readonly StreamToken[]): StreamRead | null {
  let found: StreamRead | null = null;
  for (let tail = 0; tail <= MAX_ROW_TAIL; tail++) for (const group of GROUPS) {
    const read = readAs(rows, lead, stream, tail, group);
    if (!read || !read.cells.every(addsUp) || !linesInRows(read)) continue;
    if (found && JSON.stringify(found.cells) !== JSON.stringify(read.cells)) return null;
    found ??= read;
  }
  return found;
}
