/**
 * @file Table 四's groups, and table 二's rows, whose cells a block-ordered dump wrote in several text blocks (score BLOCK_ORDER_CAP).
 *
 * Plain `pdftotext` writes a table cell that is a text block of its own as a paragraph, in poppler's block
 * order — not always left to right: on a page turned 180° it wrote 复议后起诉's '0 0 1 0 1' as '0 0 0 1 1'
 * (full-width '０' and '1' on baselines 0.6 pt apart; breakit56 ptt-plain-rot180/r27, 其他结果 and 尚未审结
 * exchanged at 0.98). A group's own total holds in any order of its parts and no identity reaches another
 * group, so the stream is all that places a part: it does so only for parts written in one block (on one line,
 * or lines of one block: mutool's `-F txt` writes a row's cells as the lines of one block in the page's order).
 * Table 二 has no identity at all: a row whose cells came in several blocks is placed by the stream alone, as a
 * group of table 四 (breakit57 ptt-plain-s80land/r31: 行政处罚's '345 | 3 | 4223' written '345', '4223', '3').
 */
import { REVIEW_COLUMNS } from '../template/index.js';
import { REVIEW_COLUMN_WORDS, REVIEW_GROUP_WORDS } from '../template/review.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import type { TableRow } from '../tables/build-rows.js';
import { pushAll } from '../_internal/extremes.js';

interface Cell {
  value: ValueToken;
  /** Its text block (undefined: not from a block-ordered dump). */
  block: number | undefined;
}

/** Each value's text block: its own (a line joined from several, TableRow.valueBlocks), else its line's. */
export const blockOf = (r: TableRow, i: number): number | undefined => (!r.blockOrdered ? undefined : r.valueBlocks?.length === r.values.length ? r.valueBlocks[i] : r.block);

/** The printed (not blank) cells of `rows` in order, each with its text block. */
const printedCells = (rows: readonly TableRow[]): Cell[] => rows.flatMap((r) => r.values.map((value, i) => ({ value, block: blockOf(r, i) }))).filter((c) => c.value.kind !== 'blank');

/** True when the cells came from two text blocks or more of a block-ordered dump. */
const apart = (of: readonly Cell[]): boolean => new Set(of.map((c) => c.block).filter((b) => b !== undefined)).size > 1;

/** True when a row's printed cells came from two text blocks or more of a block-ordered dump (table 二's rows: RowEvidence.cellsInBlocks). */
export const rowInBlocks = (row: TableRow): boolean => apart(printedCells([row]));

/** Cells of one group: its parts and its total. */
const GROUP_CELLS = REVIEW_COLUMNS.length;

/**
 * For each of table 四's groups (its 15 keys' order), true when the stream wrote its cells in two text blocks or
 * more of a block-ordered dump. `rows`: the lines the stream was read from, in order. A stream of other than the
 * 15 cells is read with cells moved or added (row-candidates): every group is open when it spans two blocks.
 */
export function groupsInBlocks(rows: readonly TableRow[], groups: number): boolean[] {
  const printed = printedCells(rows);
  if (printed.length !== groups * GROUP_CELLS) return Array.from({ length: groups }, () => apart(printed));
  return Array.from({ length: groups }, (_, g) => apart(printed.slice(g * GROUP_CELLS, (g + 1) * GROUP_CELLS)));
}

/** Result words (结果维持 … 总计, or their halves a narrow cell wrapped: 维持, 审结) and group words, bare. */
const RESULT_BITS = ['维持', '纠正', '其他', '审结', ...REVIEW_COLUMN_WORDS.map(([w]) => w)];
const bare = (text: string): string => normalizeLabel(text).replace(/\s+/g, '');

/**
 * True when a block-ordered dump wrote the table's values in text boxes with a result header (结果维持 …, no
 * group word) between two of them, at a group boundary: each box is a sub-table under its own header and the
 * boxes' order is the dumper's (pdfminer `-A -F 0.5` wrote 未经复议直接起诉's and 复议后起诉's box before
 * 行政复议's: the three groups rotated, every total still holding, at 0.98; gen59 pdfminer-boxflow-odt r19).
 * Whole groups move with their box, so no identity tells the boxes' order: every group is open (orderUnconfirmed).
 */
export function boxesBetweenGroups(rows: readonly TableRow[]): boolean {
  let cells = 0;
  let lastBlock: number | undefined;
  for (const r of rows) {
    const n = r.values.filter((v) => v.kind !== 'blank').length;
    if (n === 0) continue;
    const between = bare(`${r.label} ${r.pending}`);
    const headed = RESULT_BITS.some((w) => between.includes(w)) && !REVIEW_GROUP_WORDS.some(([w]) => between.includes(w));
    if (r.blockOrdered && lastBlock !== undefined && r.block !== lastBlock && cells > 0 && cells % GROUP_CELLS === 0 && headed) return true;
    cells += n;
    lastBlock = r.blockOrdered ? r.block : undefined;
  }
  return false;
}

/** Most steps spent trying the boxes' other orders; past it the order is taken as open. */
const MAX_ORDER_STEPS = 50_000;

/** Each group's total and its parts sorted: what a box order reads, parts' places aside (score/block-order caps those). */
const groupsRead = (cells: readonly number[], groups: number): string =>
  Array.from({ length: groups }, (_, g) => {
    const c = cells.slice(g * GROUP_CELLS, (g + 1) * GROUP_CELLS);
    return `${c[GROUP_CELLS - 1]}:${c.slice(0, -1).sort((a, b) => a - b).join(',')}`;
  }).join('|');

/** True when group `g` of `cells` (complete) sums to its total. */
const groupHolds = (cells: readonly number[], g: number): boolean => {
  const c = cells.slice(g * GROUP_CELLS, (g + 1) * GROUP_CELLS);
  return c.slice(0, -1).reduce((s, v) => s + v, 0) === c[GROUP_CELLS - 1];
};

/**
 * True when table 四's stream came from two text boxes or more of a block-ordered dump (pdfminer's boxes, each a
 * paragraph) and the boxes' order, the dumper's, is not the only one they read in: another order of the same boxes
 * keeps every group's total holding and reads other totals or other groups. No identity reaches across groups, so
 * a total holding is no sign its group's cells are its own (gen60 987506 pdfminer of a Chromium print: 行政复议's boxes
 * '1.0' / '0.0 0.0 0.0 1.0' written after the other groups', '4.0' / '1.0 3.0 1.0 9.0' read as 行政复议, three totals
 * wrong at 0.98). Also true for boxes holding fewer than the 15 cells (read with cells added, or decoded as collapsed
 * lines): which cells a box stands for is the reading's choice, the totals it holds chose it (gen61 984521 r21, a
 * LibreOffice print: '2' / '2' / '0' / '6' / '6' / '0' / '12' … read collapsed, 12 for 2 at 0.98). The 15 cells a box
 * each are a reading order's (plain `pdftotext` writes a row's cell blocks left to right, exchanging neighbours at most:
 * score/block-order caps the parts); boxes of several cells are a layout analyser's grouping, its order its own.
 */
export function boxOrderOpen(rows: readonly TableRow[], groups: number): boolean {
  const cells = rows.flatMap((r) => r.values.map((value, i) => ({ value, block: blockOf(r, i) })));
  if (cells.length === 0 || cells.some((c) => c.block === undefined)) return false;
  const boxes: number[][] = [];
  cells.forEach((c, i) => {
    if (i === 0 || c.block !== cells[i - 1]!.block) boxes.push([]);
    boxes[boxes.length - 1]!.push(c.value.kind === 'num' ? c.value.value : 0);
  });
  if (boxes.length < 2) return false;
  if (cells.length !== groups * GROUP_CELLS) return cells.length < groups * GROUP_CELLS;
  const read = boxes.flat();
  if (!Array.from({ length: groups }, (_, g) => groupHolds(read, g)).every(Boolean)) return false;
  if (boxes.every((b) => b.length === 1)) return false;
  const readAs = groupsRead(read, groups);
  const used = boxes.map(() => false);
  const seq: number[] = [];
  let steps = 0;
  const other = (): boolean => {
    if (++steps > MAX_ORDER_STEPS) return true;
    if (seq.length === read.length) return groupsRead(seq, groups) !== readAs;
    const tried = new Set<string>();
    for (let i = 0; i < boxes.length; i++) {
      const key = boxes[i]!.join(',');
      if (used[i] || tried.has(key)) continue;
      tried.add(key);
      const before = seq.length;
      pushAll(seq, boxes[i]!);
      let holds = true;
      for (let g = Math.floor(before / GROUP_CELLS); g < Math.floor(seq.length / GROUP_CELLS); g++) holds &&= groupHolds(seq, g);
      used[i] = true;
      if (holds && other()) return true;
      used[i] = false;
      seq.length = before;
    }
    return false;
  };
  return other();
}
