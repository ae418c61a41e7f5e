/**
 * @file A borderless table's item numbers printed in a column of their own ('一' | '上年结转政府信息公开
 * 申请数量', '1' | '属于国家秘密', '（二）' | '部分公开…') joined to the label after them, on the PDF's
 * free lines, before they are read as rows. Left apart, the lone number is a cell of its own: '1'
 * reads as a value (the row '1 | 属于国家秘密' seems to print one number and no label-then-numbers
 * shape, so no column places it), '三' | '本年度办理结果' is a text line of two cells, taken for a
 * column header (the header in force reset, every row below it placed under '三' and '本年度…'),
 * and '二' | '上年结转…' starts no item, so a row printed blank (zeros left empty) under a row of
 * numbers was absorbed into its label ('一二、本年新收…上年结转…', item-starts.ts). Joined as the
 * template writes it ('二、上年结转…'), the line is a label: a blank row where the table's columns are
 * known. layout/item-cells.ts does the same for every kind of input later; here it must come before
 * the header and row stages.
 */
import type { PositionedLine } from './pdf-lines.js';
import { isNumberCell } from './item-starts.js';
import { maxOf, minOf } from '../_internal/extremes.js';
import { HAS_ITEM, isBareLabel, itemPrefix, LABEL } from '../layout/item-cells.js';

/** × font size. An item cell this far or more before its label is in a column of its own (a label's own '1.' is closer). */
const MAX_ITEM_GAP = 6;

/** The line with its first cell joined to the second when it is an item number before a label (file header). */
function joinItem(l: PositionedLine): PositionedLine {
  if (l.cells.length < 2 || l.header === true || !l.ends) return l;
  const label = l.cells[1]!.trim();
  if (!isBareLabel(label)) return l;
  const prefix = itemPrefix(l.cells[0]!);
  const size = Math.max(1, l.bottom - l.top);
  if (!prefix || l.xs[1]! - l.ends[0]! > MAX_ITEM_GAP * size) return l;
  return { ...l, cells: [prefix + label, ...l.cells.slice(2)], xs: [l.xs[0]!, ...l.xs.slice(2)], ends: [l.ends[1]!, ...l.ends.slice(2)] };
}

/** × font size. A wrapped label line this close above or below (or overlapping) a lone item number is its label's. */
const WRAP_GAP = 0.5;

/**
 * A lone item number centred in its row ('（二）', '5'; with the row's numbers, '一 | 11 | 4 | 16')
 * between the lines of its label wrapped in the next column (the line above it and the line below
 * it): those lines joined into its line as its label, top to bottom. Lines that start an item of their own, hold numbers or lie under another
 * column are not taken.
 */
function joinWrappedAround(lines: readonly PositionedLine[]): PositionedLine[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    const prefix = l.header !== true && l.ends && l.cells.slice(1).every(isNumberCell) ? itemPrefix(l.cells[0]!) : null;
    if (!prefix) continue;
    const size = Math.max(1, l.bottom - l.top);
    const fits = (o: PositionedLine | undefined): o is PositionedLine =>
      o !== undefined && o.header !== true && o.cells.length === 1 && LABEL.test(o.cells[0]!.trim()) && !/\d/.test(o.cells[0]!) && !HAS_ITEM.test(o.cells[0]!.trim()) &&
      o.xs[0]! > (l.xs[0]! + l.ends![0]!) / 2 && o.xs[0]! - l.ends![0]! <= MAX_ITEM_GAP * size && Math.max(o.top, l.top) - Math.min(o.bottom, l.bottom) <= WRAP_GAP * size;
    const above = fits(out[i - 1]) ? out[i - 1] : undefined;
    const below = fits(out[i + 1]) ? out[i + 1] : undefined;
    if (!above || !below) continue;
    const parts = [above, below];
    const joined: PositionedLine = {
      cells: [prefix + parts.map((p) => p.cells[0]!.trim()).join(''), ...l.cells.slice(1)],
      xs: [l.xs[0]!, ...l.xs.slice(1)],
      ends: [maxOf(parts.map((p) => p.ends?.[0] ?? p.xs[0]!)), ...l.ends!.slice(1)],
      top: minOf([l.top, above.top, below.top]),
      bottom: maxOf([l.bottom, above.bottom, below.bottom]),
    };
    out.splice(i - 1, 3, joined);
    i--;
  }
  return out;
}

/** Every free line's lone item-number cell joined to the label after it, or to its label wrapped around it (file header). */
export function joinItemColumn(lines: readonly PositionedLine[]): PositionedLine[] {
  return joinWrappedAround(lines.map(joinItem));
}
