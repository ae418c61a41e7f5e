/**
 * @file Table 四 whose region does not hold its 15 values as one stream: plain `pdftotext` puts a
 * page's leftover cells of table 三 between table 四's header lines, leaves the cells that did not
 * fit the page's text block for after the report's last sections ('六、其他需要报告的事项 … 15 5 1 0 5
 * 11'), and a print that cut the table at the page's edge keeps only its first cells. The values
 * printed after the table's last header line are its row, in printed order, from 行政复议's first
 * column: read group by group (结果维持, 结果纠正, 其他结果, 尚未审结, 总计), each complete group kept
 * while its own identity (the four parts sum to 总计) holds; the values of the last group when the
 * stream ends inside it are kept by position. The number-only lines of the sections after the table
 * complete the stream only when they are exactly the values missing and all three groups then hold;
 * so do they the values from the table's first header line on (each group printed under a header
 * line of its own).
 * Every value so read is flagged `repaired` (below 0.9): the start of the row is placed by the
 * header's end, which nothing but a group's sum confirms, and a row of zeros confirms nothing.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { Candidate, Cell } from '../solve/types.js';
import { EPSILON } from '../solve/propagate.js';
import type { TableRow } from '../tables/build-rows.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import { REVIEW_COLUMNS, REVIEW_KEYS } from '../template/index.js';
import { REVIEW_HEADER_TEXT } from './header-words.js';

/** Header words of table 四 (the template's, 直接起诉 without 未经复议, 合计 for 总计): a row holding one is a header line. */
const HEADER_WORDS = [...REVIEW_HEADER_TEXT, '直接起诉', '合计'];
const GROUP = REVIEW_COLUMNS.length;
const WIDTH = REVIEW_KEYS.length;

const isHeader = (r: TableRow): boolean => {
  const text = normalizeLabel(`${r.pending} ${r.label}`);
  return HEADER_WORDS.some((w) => text.includes(w));
};

/** The values printed from the last header row on (that row's own values included); null when no row is a header. */
export function valuesAfterHeader(rows: readonly TableRow[]): ValueToken[] | null {
  let last = -1;
  rows.forEach((r, i) => {
    if (isHeader(r)) last = i;
  });
  if (last < 0) return null;
  return rows.slice(last).flatMap((r) => r.values.filter((v) => v.kind !== 'blank'));
}

/**
 * The values printed from the first header row on: each group printed under a header of its own
 * (plain `pdftotext` of three small tables, '结果维持 … 总计' / '0 0 0 3 3' / '结果维持 … 总计' / …).
 */
export function valuesAfterFirstHeader(rows: readonly TableRow[]): ValueToken[] {
  const first = rows.findIndex(isHeader);
  return first < 0 ? [] : rows.slice(first).flatMap((r) => r.values.filter((v) => v.kind !== 'blank'));
}

/**
 * The values from a header row on when they are exactly the row's 15 cells, for each such header row: a layout
 * analyser (pdfminer) prints a page's leftover cells of table 三 after the table's first header words ('行政复议 行政诉讼 /
 * 1 1 0 0 0 0 2 / 结果维持 … 未经复议直接起诉 复议后起诉 / 6 0 0 0 6 4 6 5 0 / 结果维持 … 合计 / 15 / …'), or prints header
 * words again after the row's last cell; the row is then neither after the first nor after the last header row.
 */
export function valuesFromHeaders(rows: readonly TableRow[]): ValueToken[][] {
  const out: ValueToken[][] = [];
  const reversed: ValueToken[] = [];
  for (let i = rows.length - 1; i >= 0 && reversed.length <= WIDTH; i--) {
    const own = rows[i]!.values;
    for (let j = own.length - 1; j >= 0 && reversed.length <= WIDTH; j--) if (own[j]!.kind !== 'blank') reversed.push(own[j]!);
    if (reversed.length === WIDTH && isHeader(rows[i]!)) out.push([...reversed].reverse());
  }
  return out;
}

const num = (t: ValueToken | undefined): number | null => (t?.kind === 'num' ? t.value : null);

/** True when the group starting at `at` is complete and its four parts sum to its total. */
export function groupHolds(values: readonly ValueToken[], at: number): boolean {
  const cells = values.slice(at, at + GROUP).map(num);
  if (cells.length < GROUP || cells.some((v) => v === null)) return false;
  const parts = cells.slice(0, -1).reduce((a, b) => a! + b!, 0)!;
  return Math.abs(parts - cells.at(-1)!) < EPSILON;
}

/**
 * The reading of table 四 from the values after its header (`tail`) and the number-only values of
 * the sections after it (`later`), or null when not even the first group holds. Cells not read are
 * unknown (the solver derives what the identities give).
 */
export function reviewTailReading(tail: readonly ValueToken[], later: readonly ValueToken[], whole: readonly ValueToken[] = tail, fromHeaders: readonly ValueToken[][] = []): Candidate | null {
  const complete = (xs: readonly ValueToken[]): boolean => xs.length === WIDTH && [0, GROUP, 2 * GROUP].every((at) => groupHolds(xs, at));
  const exact = exactTail(tail, later);
  const joined = [...tail, ...later];
  // Groups printed under headers of their own: the values from the first header on, completed by the later lines alike.
  const wholeJoined = [...whole, ...later];
  // The 15 values from a header row between the first and the last (valuesFromHeaders), every group holding.
  const between = tail.length < WIDTH ? fromHeaders.find(complete) : undefined;
  const stream = tail.length < WIDTH && complete(joined) ? joined : whole.length < WIDTH && complete(wholeJoined) ? wholeJoined : between ?? tail;
  if (stream.length > WIDTH) return null;
  let read = 0;
  while (read < WIDTH && groupHolds(stream, read)) read += GROUP;
  if (read === 0) return null;
  // The stream ends inside the next group: its first values, by position.
  if (stream.length < read + GROUP) read = stream.length;
  const cells: Cell[] = Array.from({ length: WIDTH }, (_, i) => {
    const v = i < read ? num(stream[i]) : null;
    return v === null ? { value: undefined, flags: ['derived'] } : { value: v, flags: exact ? [] : ['repaired'] };
  });
  return { cells, cost: 1 };
}

/**
 * The values after the header are exactly the row: 15 clean counts from the last header row to the
 * table's end (nothing before them after the header, nothing after them before the next section, no
 * number-only values in the sections after the table, where cells left off a page may have gone),
 * every group's four parts summing to its total, not all 0. A dump of text boxes (pdfminer) prints
 * the header's words, then the row's cells left to right, a page's leftover cells of table 三 before
 * the header: both ends of the row are then printed, so no group's start is placed by a guess and the
 * reading is not `repaired`. (The order of the sub-columns is followed and checked elsewhere:
 * map/review-columns, header-order.)
 */
export function exactTail(tail: readonly ValueToken[], later: readonly ValueToken[]): boolean {
  if (later.length > 0 || tail.length !== WIDTH || tail.some((t) => t.kind !== 'num' || t.suspect || t.approximate || t.cellWords || t.scaled || !/^\d+$/.test(t.raw))) return false;
  if (![0, GROUP, 2 * GROUP].every((at) => groupHolds(tail, at))) return false;
  return tail.some((t) => num(t) !== 0);
}
