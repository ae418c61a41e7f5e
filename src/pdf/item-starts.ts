/**
 * @file Keeps a borderless table's blank rows out of their neighbours' labels.
 *
 * `mergeWrappedLabels` (pdf-lines.ts) gives every text-only line near a row of numbers to that row:
 * a label wrapped over several lines. A row whose cells are all printed empty (zeros left blank) is
 * a text-only line too, and it is as close to the next row as a wrapped fragment: absorbed, its
 * label joined the row above ('1.本机关不掌握相关政府信息2.没有现成信息需要另行制作 22 3 3 28') and
 * its neighbour's numbers were read for both. A label starts with its item number ('2.', '（三）',
 * '四、'); a wrapped fragment does not. So in one label column a row takes, upwards, lines until
 * the one that starts its label (none when its own label cell starts with an item number) and,
 * downwards, lines until one that starts another item. Lines left out stay rows of their own,
 * read as blank rows where the table's columns are known.
 */
import type { PositionedLine } from './pdf-lines.js';
import { pushAll } from '../_internal/extremes.js';
import { ITEM_MARK_SOURCE, MEASURE_SOURCE, NA_SIGN_SOURCE } from '../tables/tokenize-cell.js';

/**
 * An item number starting a label: the text side's item marker ('3.', '3、', '（三）', '(3)', '四、'; not a
 * decimal '1.5') or a numeral set with a stop ('四.', '四 、'). pdf-lines reads label cells with it too.
 */
export const ITEM_LABEL_START = new RegExp(`^\\s*(?:${ITEM_MARK_SOURCE}|[一二三四五六七八九十]{1,2}\\s*[、.．])`, 'u');

/** An item number at the start of a label (ITEM_LABEL_START), or alone in its cell ('二' | '上年结转…': an item column). */
const ITEM_START = new RegExp(`${ITEM_LABEL_START.source}|^\\s*[一二三四五六七八九十]{1,3}\\s*$`, 'u');

/** pt. A fragment's cell this close (left edges) to a label cell is in that label's column (as absorb places it). */
const SAME_COLUMN = 24;

const startsItem = (c: string): boolean => ITEM_START.test(c);
/**
 * A value cell as a PDF's free line prints it: a number ('1,234', '0.5', '-3') or a not-applicable
 * sign alone ('/', '—', '－', '–', '——'; tables/tokenize-cell NA_SIGN_SOURCE, the text side's marks
 * without '无', which may be a character of a label wrapped one character a line). A row of '—'
 * cells (zeros printed as dashes) is a row, not a text-only line to give to its neighbour's label.
 * A count with its measure word ('26件', '0 件') is one too: a row whose every cell printed '件' took
 * no wrapped label lines, which then read as rows of blank cells (0 at 0.85; apb-variants).
 */
const VALUE_CELL = new RegExp(`^(?:[\\d,.\\-/]+|\\d[\\d,]*\\s?(?:${MEASURE_SOURCE})|${NA_SIGN_SOURCE})$`, 'u');
export const isNumberCell = (c: string): boolean => VALUE_CELL.test(c);

/** An arabic item number alone in its cell ('2.', '5．', '3、'): pdf-lines splits it from the label it starts. */
const ITEM_NUMBER_ALONE = /^\s*\d{1,2}\s*[.．、]\s*$/u;

/**
 * Index of a line's first value cell: its first number cell but an item number alone first on its
 * line or with values after it ('2. | — | 7 | …': a narrow item column, the label wrapped one character a line below it).
 * Read as the first value, it put the item column over the number columns: the label's characters
 * below were taken for header text and left out of the row. -1 when the line has no value.
 */
export function firstValueIndex(cells: readonly string[]): number {
  return cells.findIndex((c, k) => isNumberCell(c) && !(ITEM_NUMBER_ALONE.test(c) && (k === 0 || cells.slice(k + 1).some(isNumberCell))));
}

/** Label cells (before the first value) of a line as [x, text]. */
export function labelCells(l: PositionedLine): [number, string][] {
  const first = firstValueIndex(l.cells);
  const end = first < 0 ? l.cells.length : first;
  return l.cells.slice(0, end).map((c, i) => [l.xs[i]!, c]);
}

/** True when a cell of `line` starting an item lies in the column of one of `xs`. */
const startsItemNear = (line: PositionedLine, xs: readonly number[]): boolean =>
  labelCells(line).some(([x, c]) => startsItem(c) && xs.some((cx) => Math.abs(cx - x) <= SAME_COLUMN));

/**
 * Removes from `owner` the lines that begin (or lie past the beginning of) another item in the
 * label column of the row they were given to. `owner` maps a text-only line to its row.
 */
export function releaseOtherItems(owner: Map<PositionedLine, PositionedLine>): void {
  const byRow = new Map<PositionedLine, PositionedLine[]>();
  for (const [line, row] of owner) byRow.set(row, [...(byRow.get(row) ?? []), line]);
  for (const [row, parts] of byRow) {
    const own = labelCells(row);
    const ownStarts = own.filter(([, c]) => startsItem(c)).map(([x]) => x);
    // Above, nearest first: once a line starts the row's item, farther lines in that column are another row's.
    const above = parts.filter((p) => p.top < row.top).sort((a, b) => b.top - a.top);
    const closed: number[] = [...ownStarts];
    for (const p of above) {
      const xs = labelCells(p).map(([x]) => x);
      if (xs.some((x) => closed.some((cx) => Math.abs(cx - x) <= SAME_COLUMN))) {
        owner.delete(p);
        pushAll(closed, xs);
        continue;
      }
      for (const [x, c] of labelCells(p)) if (startsItem(c)) closed.push(x);
    }
    // Below, nearest first: a line starting an item in a label column begins the next row.
    const columns = [...own.map(([x]) => x), ...above.filter((p) => owner.has(p)).flatMap((p) => labelCells(p).map(([x]) => x))];
    const below = parts.filter((p) => p.top >= row.top).sort((a, b) => a.top - b.top);
    const cut: number[] = [];
    const numbers = itemNumbersIn(own.map(([, c]) => c).join(''));
    for (const p of below) {
      const xs = labelCells(p).map(([x]) => x);
      if (startsItemNear(p, columns) || startsSibling(p, numbers) || xs.some((x) => cut.some((cx) => Math.abs(cx - x) <= SAME_COLUMN))) {
        owner.delete(p);
        pushAll(cut, xs);
      }
    }
  }
}

/** An arabic item number inside a label ('（五）不予处理1.信访…' holds 1), not a decimal's digits. */
const INNER_ITEM = /(?<![\d.．])(\d{1,2})\s*[.．](?!\d)/gu;
/** An arabic item number starting a line's first label cell ('2.重复申请'). */
const LEADING_ITEM = /^\s*(\d{1,2})\s*[.．](?!\d)/u;

const itemNumbersIn = (label: string): string[] => [...label.matchAll(INNER_ITEM)].map((m) => m[1]!);

/**
 * A line below a row whose first label cell starts an arabic item other than the one the row's label
 * holds: the next item of the row's group, a row of its own however far its label stands from the
 * row's label cell. A blank row ('2.重复申请', zeros printed blank) under a row whose label cell ran
 * the group and the item together ('（五）不予处理1.信访举报投诉类申请', a `<pre>` table re-printed by
 * Ghostscript) stood right of that cell's start, was taken for its wrapped label, and named the row:
 * the values of 1 read for 2 at 0.88.
 */
function startsSibling(p: PositionedLine, rowNumbers: readonly string[]): boolean {
  if (rowNumbers.length === 0) return false;
  const first = labelCells(p)[0]?.[1];
  const n = first === undefined ? undefined : LEADING_ITEM.exec(first)?.[1];
  return n !== undefined && !rowNumbers.includes(n);
}

/**
 * An item number starting a label in a column wrapped one character a line: ITEM_LABEL_START, not a
 * numeral alone ('三' of '危及“三安全一稳定”' is a character of the label there, not an item).
 */
const labelStart = (c: string): boolean => ITEM_LABEL_START.test(c);

/** × line height. A label tail's characters start this close to the row's item number (same one-character column). */
const TAIL_COLUMN = 0.5;

/**
 * Gives each text-only line left without a row (farther than the wrap distance from any row's
 * numbers) to the row above it when the label it continues is top-aligned and ran on below the
 * row: a narrow label column wrapped one character a line ('4. | — — …' / '保' / '护' / … / '益' /
 * '5. | 28 …'). It goes to the row above when that row's own label cell in the line's column starts
 * an item, nothing between them starts one there, and the next line below in that column starts an
 * item of its own (the next row's item number, printed on its values' line or above them): the
 * characters in between can be no other row's. Left alone, they were read as a blank row's label or
 * as the label of the row below, and rows shifted. `sorted` is top to bottom; `owner` maps a
 * text-only line to its row; `claimable(line, row)` vetoes (a heading, a header over the numbers).
 */
export function claimLabelTails(sorted: readonly PositionedLine[], owner: Map<PositionedLine, PositionedLine>, claimable: (line: PositionedLine, row: PositionedLine) => boolean): void {
  const hasValues = (l: PositionedLine): boolean => firstValueIndex(l.cells) >= 0;
  sorted.forEach((line, i) => {
    if (owner.has(line) || hasValues(line) || line.cells.length === 0) return;
    // The row above, through text-only lines only.
    let j = i - 1;
    while (j >= 0 && !hasValues(sorted[j]!)) j--;
    const row = sorted[j];
    if (row === undefined || !claimable(line, row)) return;
    const own = labelCells(row).filter(([, c]) => startsItem(c)).map(([x]) => x);
    const cells = labelCells(line);
    // A line starting an item is a blank row's label, not a tail.
    if (cells.some(([, c]) => labelStart(c))) return;
    // Every cell of the line in the column where the row's item starts (left edges within half a
    // line: one-character columns stand about 1 em apart, and a group column's characters beside
    // them run down past several rows: they are no one row's).
    const tight = (line.bottom - line.top) * TAIL_COLUMN;
    if (cells.length !== line.cells.length) return;
    const x = own.find((ox) => cells.every(([cx]) => Math.abs(cx - ox) <= tight));
    if (x === undefined) return;
    const inColumn = (l: PositionedLine, at: number): [number, string][] => labelCells(l).filter(([cx]) => Math.abs(cx - at) <= tight);
    // Nothing between the row and the line starts an item in that column.
    if (sorted.slice(j + 1, i).some((l) => l.header === true || inColumn(l, x).some(([, c]) => labelStart(c)))) return;
    // The next line below with a value or an item start in that column starts an item there.
    const next = sorted.slice(i + 1).find((l) => l.header === true || hasValues(l) || inColumn(l, x).some(([, c]) => labelStart(c)));
    if (next === undefined || next.header === true || !inColumn(next, x).some(([, c]) => labelStart(c))) return;
    owner.set(line, row);
  });
}
