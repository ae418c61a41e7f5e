/**
 * @file A row's item number printed in a cell of its own before its label ('1' | '属于国家秘密',
 * '二' | '上年结转政府信息公开申请数量', '（一）' | '予以公开': a table laid out with an item column)
 * joined to the label as the template prints it ('1.属于国家秘密'). Left apart, the lone number
 * reads as a value of the row or leaves the label unnumbered; a row whose value cells are all blank
 * (zeros printed as nothing) then went unread, where the same row with the number in the label
 * cell is read as zeros. A sequence column counting a table's rows 1 … N is no item number and was
 * left out before (layout/sequence-column).
 */
import type { Line } from '../model/document.js';
import { NUMERAL_WORD } from '../tables/chinese-numerals.js';
import { pushAll } from '../_internal/extremes.js';

/** An item number alone in its cell: '1', '1.', '一', '二、', '（一）', '(3)'. */
const ITEM = /^(?:(\d{1,2})[.．、]?|([一二三四五六七八九十]{1,2})[、.．]?|([（(][一二三四五六七八九十\d]{1,2}[）)]))$/;
/** A label cell: starts with an ideograph, holds no item number of its own and no digit (a value). */
export const LABEL = /^[\u4e00-\u9fff“"《]/;
/** A cell that starts with its own item number. */
export const HAS_ITEM = /^\s*(?:\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)])/;

/**
 * A cell that can be the label after an item number: it starts with an ideograph (or a quote) and holds
 * no digit (a value), no item number of its own, and is no Chinese numeral ('三' | '五' | '零': a row of
 * values, no label).
 */
export function isBareLabel(cell: string): boolean {
  const label = cell.trim();
  return LABEL.test(label) && !/\d/.test(label) && !HAS_ITEM.test(label) && !NUMERAL_WORD.test(label);
}

/** The template's way of writing an item number before its label: '1.', '二、', '（一）'; null for a cell that is no item number alone. */
export function itemPrefix(cell: string): string | null {
  const m = ITEM.exec(cell.trim());
  if (!m) return null;
  if (m[1]) return `${m[1]}.`;
  if (m[2]) return `${m[2]}、`;
  return m[3]!.replace('(', '（').replace(')', '）');
}

/** The line with its first cell (an item number) joined to its second (the label), per-cell records shifted with it. */
function joinFirstCells(l: Line, prefix: string): Line {
  const shift = (xs: readonly number[]): number[] => xs.filter((j) => j > 0).map((j) => j - 1);
  return {
    ...l,
    cells: [prefix + l.cells[1]!.trim(), ...l.cells.slice(2)],
    ...(l.cols ? { cols: l.cols.slice(1) } : {}),
    ...(l.starts ? { starts: [l.starts[0]!, ...l.starts.slice(2)] } : {}),
    ...(l.ocr ? { ocr: l.ocr.slice(1) } : {}),
    ...(l.unread ? { unread: shift(l.unread) } : {}),
    ...(l.fused ? { fused: shift(l.fused) } : {}),
  };
}

/** Each table row's lone item-number cell joined to the label after it (file header). Saved data keeps its cells. */
export function joinItemCells(lines: readonly Line[]): Line[] {
  return lines.map((l) => {
    if (!l.separated || l.saved || l.cells.length < 3) return l;
    if (!isBareLabel(l.cells[1]!)) return l;
    const prefix = itemPrefix(l.cells[0]!);
    return prefix ? joinFirstCells(l, prefix) : l;
  });
}

/** A line that is only a digit item number ('1', '2.'), as a reading-order dump prints an item column's cell: its number. */
function loneItem(l: Line): number | null {
  const cells = l.cells.filter((c) => c.trim());
  if (l.saved || cells.length !== 1) return null;
  const m = /^(\d)[.．、]?$/.exec(cells[0]!.trim());
  return m ? Number(m[1]) : null;
}

/** A line that is only a label without an item number of its own (as {@link joinItemCells} requires of the label cell). */
function loneLabel(l: Line | undefined): boolean {
  const cells = l ? l.cells.filter((c) => c.trim()) : [];
  return !l?.saved && cells.length === 1 && isBareLabel(cells[0]!);
}

/** Fewest item numbers a counting run of lone item lines must hold (1, 2, 3 …): a row's values 1, 2 before unnumbered labels is chance. */
export const MIN_ITEM_RUN = 3;

/**
 * An item column printed in reading order (plain `pdftotext` of a table whose item numbers sit in a
 * cell of their own: '1' / '属于国家秘密' / '2' / '其他法律行政法规禁止公开' / '0' …): a line holding only
 * a digit item number, the next non-empty line only an unnumbered label, joined as the template
 * prints it ('1.属于国家秘密'). Left apart, each number is one more value in the table's stream and
 * every row after it reads shifted. Only numbers counting 1, 2, 3 … before such labels, in runs of
 * {@link MIN_ITEM_RUN} or more, are item numbers: a value line before an unnumbered label is not.
 */
export function joinLoneItemLines(lines: readonly Line[]): Line[] {
  const next = (i: number): number => {
    let j = i + 1;
    while (j < lines.length && lines[j]!.cells.every((c) => !c.trim())) j++;
    return j;
  };
  const pairs: { at: number; label: number; n: number }[] = [];
  lines.forEach((l, i) => {
    const n = loneItem(l);
    const j = next(i);
    if (n !== null && loneLabel(lines[j])) pairs.push({ at: i, label: j, n });
  });
  const kept: typeof pairs = [];
  for (let s = 0; s < pairs.length; ) {
    let e = s + 1;
    while (e < pairs.length && pairs[e]!.n === pairs[e - 1]!.n + 1) e++;
    if (pairs[s]!.n === 1 && e - s >= MIN_ITEM_RUN) pushAll(kept, pairs.slice(s, e));
    s = e;
  }
  if (kept.length === 0) return [...lines];
  const drop = new Set(kept.map((p) => p.at));
  const joined = new Map(kept.map((p) => [p.label, p.n]));
  return lines.flatMap((l, i) => {
    if (drop.has(i)) return [];
    const n = joined.get(i);
    return n === undefined ? [l] : [{ ...l, cells: l.cells.map((c) => (c.trim() ? `${n}.${c.trim()}` : c)) }];
  });
}

/** The one non-empty cell of a line, trimmed; null when it has none or several. */
function singleCell(l: Line): string | null {
  const cells = l.cells.filter((c) => c.trim());
  return cells.length === 1 ? cells[0]!.trim() : null;
}

/** A line that is only an item number with its mark ('1.', '2．', '3、'): a bare '1' may be a value, '1.' is not. */
function itemMark(l: Line): number | null {
  const m = l.saved ? null : /^(\d{1,2})[.．、]$/.exec(singleCell(l) ?? '');
  return m ? Number(m[1]) : null;
}

/** A line of values only (digits, spaces, separators and decimal points), as a value stream prints a row's cells. */
const valuesOnly = (l: Line | undefined): boolean => {
  const text = l ? l.cells.join(' ').trim() : '';
  return text !== '' && /^[\d\s,，.．-]+$/.test(text) && /\d/.test(text);
};

/**
 * An item column printed in a text dump's value stream, its labels elsewhere (plain `pdftotext` of
 * a table whose item numbers sit in a cell of their own, the labels printed in a pile before the
 * values: '524' / '1.' / '84' / '5' … / '2.' / '0' …): a line holding only an item number with its
 * mark, either in a run counting n, n + 1, n + 2 … in document order ({@link MIN_ITEM_RUN} or more,
 * at least that many of them followed by a values line or another mark: a group's first number
 * may have stayed on its group label's line), or in a block of {@link MIN_ITEM_RUN} or more such
 * lines with nothing but blank lines between them (a page's item column printed as one block:
 * '1.' / '1.' / '2.' / '3.'). Left in, each mark reads as one more value of the table's stream
 * and no alignment of the stream to the grid holds; dropped. Runs before their labels are joined
 * to them first ({@link joinLoneItemLines}).
 */
export function dropItemMarks(lines: readonly Line[]): Line[] {
  // A dump that prints more of its values with a full stop ('48.', '162.' one per line) than without:
  // the mark is the values' own, no item column's.
  const marked = lines.filter((l) => /^\d[\d,]*[.．、]$/.test(singleCell(l) ?? '')).length;
  const bare = lines.filter((l) => /^\d[\d,]*(?:\.\d+)?$/.test(singleCell(l) ?? '')).length;
  if (marked > bare) return [...lines];
  const marks: { at: number; n: number; next: number; beforeValues: boolean }[] = [];
  lines.forEach((l, i) => {
    const n = itemMark(l);
    if (n === null) return;
    let j = i + 1;
    while (j < lines.length && lines[j]!.cells.every((c) => !c.trim())) j++;
    const markNext = j < lines.length && itemMark(lines[j]!) !== null;
    marks.push({ at: i, n, next: j, beforeValues: valuesOnly(lines[j]) || markNext });
  });
  const drop = new Set<number>();
  const take = (run: readonly { at: number }[]): void => run.forEach((m) => drop.add(m.at));
  // Counting runs.
  for (let s = 0; s < marks.length; ) {
    let e = s + 1;
    while (e < marks.length && marks[e]!.n === marks[e - 1]!.n + 1) e++;
    const run = marks.slice(s, e);
    if (run.length >= MIN_ITEM_RUN && run.filter((m) => m.beforeValues).length >= MIN_ITEM_RUN) take(run);
    s = e;
  }
  // Blocks of marks.
  for (let s = 0; s < marks.length; ) {
    let e = s + 1;
    while (e < marks.length && marks[e - 1]!.next === marks[e]!.at) e++;
    if (e - s >= MIN_ITEM_RUN) take(marks.slice(s, e));
    s = e;
  }
  return drop.size === 0 ? [...lines] : lines.filter((_, i) => !drop.has(i));
}
