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
import { ITEM_MARK_SOURCE, NA_SIGN_SOURCE } from '../tables/tokenize-cell.js';

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
 */
const VALUE_CELL = new RegExp(`^(?:[\\d,.\\-/]+|${NA_SIGN_SOURCE})$`, 'u');
export const isNumberCell = (c: string): boolean => VALUE_CELL.test(c);

/** Label cells (before the first number) of a line as [x, text]. */
function labelCells(l: PositionedLine): [number, string][] {
  const first = l.cells.findIndex(isNumberCell);
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
    for (const p of below) {
      const xs = labelCells(p).map(([x]) => x);
      if (startsItemNear(p, columns) || xs.some((x) => cut.some((cx) => Math.abs(cx - x) <= SAME_COLUMN))) {
        owner.delete(p);
        pushAll(cut, xs);
      }
    }
  }
}
