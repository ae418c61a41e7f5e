/**
 * @file The lines of the table the template alignment read, from its header band on: a section that
 * prints another table of template rows before it (a comparison '项目 | 本年 | 上年' of the totals,
 * last year's copy) has that table's header first, which is not the header of the values read.
 */
import type { Line, SourceRef } from '../model/document.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';
import type { Placement } from './table-rows.js';
import { textValues } from './header-order.js';
import { maxOf, minOf } from '../_internal/extremes.js';

/** Numeric cells from which a line is a table row (a header line prints none; a row label and its values do). */
const ROW_NUMBERS = 2;

/**
 * A line printing table values: two or more numbers, other than the header's column numbers
 * (three or more counting from 1: '甲 1 2 3 4 5 6 7', numbering the columns under their names) — part of the band, not a table above it.
 * A line of one cell (a text dump with no cell structure: refilled paragraphs, rows run together by one space)
 * prints its values inside its text: those the header band reads as values count (map/header-order textValues:
 * not '2024年', '表3' or '1.属于').
 */
function isRow(l: Line): boolean {
  const nums = l.cells.length === 1 ? textValues(l.cells[0]!) : l.cells.flatMap((c) => {
    const t = parseWholeValue(c);
    return t?.kind === 'num' ? [t.value] : [];
  });
  return nums.length >= ROW_NUMBERS && !(nums.length >= 3 && nums.every((n, i) => n === i + 1));
}

/** The indexes in `lines` of the first line printing each value placed by its label under `prefix` (none: empty). */
function placedLineIndexes(lines: readonly Line[], placements: ReadonlyMap<string, Placement>, prefix: string): number[] {
  const sources = [...placements].filter(([k, p]) => k.startsWith(prefix) && p.by === 'label').map(([, p]) => p.source);
  // A placement's row is the first line printing it: a text line by its number, else a grid row by its table, row and page.
  // (The first line of each, found once for all placements.)
  const at = new Map<string, number>();
  lines.forEach((l, i) => {
    const k = l.source.line !== undefined ? `L${l.source.line}` : l.source.table !== undefined ? `T${l.source.table}:${l.source.row}:${l.source.page}` : null;
    if (k !== null && !at.has(k)) at.set(k, i);
  });
  const firstOf = (s: SourceRef): number => minOf([s.line !== undefined ? at.get(`L${s.line}`) : undefined, s.table !== undefined ? at.get(`T${s.table}:${s.row}:${s.page}`) : undefined].filter((i): i is number => i !== undefined));
  return sources.map(firstOf).filter(Number.isFinite);
}

/** The start of the header band above line `first`: after the last table row printed before it. */
function bandStart(lines: readonly Line[], first: number): number {
  let start = first;
  while (start > 0 && !isRow(lines[start - 1]!)) start--;
  return start;
}

/**
 * `lines` from the header band of the table whose rows the keys under `prefix` were placed from by
 * their labels: from after the last table row printed above the first placed row. All `lines` when
 * no table row comes before that band.
 */
export function bandOfTableRead(lines: readonly Line[] | null, placements: ReadonlyMap<string, Placement>, prefix: string): readonly Line[] | null {
  if (!lines) return lines;
  const first = minOf(placedLineIndexes(lines, placements, prefix));
  if (!Number.isFinite(first)) return lines;
  const start = bandStart(lines, first);
  return start > 0 && lines.slice(0, start).some(isRow) ? lines.slice(start) : lines;
}

/**
 * The table the keys under `prefix` were read from in a document where no section heading, delimited
 * table or grid bounds it (the rows found by their labels in the whole text): its header band (the lines
 * after the last table row above the first placed row, none when a row comes right before it) through
 * the last line placed. So its columns are placed as a found section's are — by a header naming them,
 * else by the rows' totals, else capped (map/column-order) — never taken in the template's order unseen.
 * Null when no value was placed by its label.
 */
export function tableOfRowsRead(lines: readonly Line[], placements: ReadonlyMap<string, Placement>, prefix: string): readonly Line[] | null {
  const placed = placedLineIndexes(lines, placements, prefix);
  if (!placed.length) return null;
  return lines.slice(bandStart(lines, minOf(placed)), maxOf(placed) + 1);
}
