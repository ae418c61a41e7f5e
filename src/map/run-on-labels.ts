/**
 * @file Two rows' labels run into one before the second row's values: text refilled into paragraphs
 * (`fmt -w 80`, a crawler joining lines) puts a row that printed nothing — its zeros left blank, its
 * values lost — on the line of the next row's label: '（六）其他处理 （七）总计 114 35 5 …',
 * '2.重复申请 3.要求提供公开出版物 7'. Read as one label it names the first row (its whole label is
 * there, the second only adds words), which then takes the second row's values (the 总计 row's into
 * （六）其他处理, 0.85). Printed values follow the label printed last: when the last label piece (cut
 * at a row start: '（七）', '四、', '3.') names a template row by itself, and the text before it names
 * another row than that one, the row is split — the earlier text a row of its own that printed
 * nothing (in a table printing its zeros blank that is all 0; elsewhere its cells are unread), the
 * values the last label's. One value per line does the same with the label lines above a row's values
 * ('3.其他' / '（七）总计' / '728': a blank row's label, then the next row's): the row's pending text is
 * split so when it has no label of its own. A block heading before its first item ('（三）不予公开 1.属于国家秘密') names
 * no row of its own (map/join-fragments: a heading matches only a row it is the label of) and stays.
 */
import type { RowSpec } from '../template/index.js';
import { MIN_LABEL_SCORE, rowMatches, type MappedRow } from './join-fragments.js';
import { maxOf } from '../_internal/extremes.js';
import { ITEM_MARK_SOURCE, NA_MARK_SOURCE } from '../tables/tokenize-cell.js';

/** Where a row label starts inside running text: '（七）', '(6)', '四、', '3.', '3、' (not '3.5'). */
const ROW_START = new RegExp(`(?:^|\\s+)(?=${ITEM_MARK_SOURCE})`, 'u');

/**
 * Label score the last piece must reach alone to take the values from the whole label's row: a
 * label printed whole ('（七）总计' is 1), not a fragment's partial match.
 */
const LAST_PIECE_SCORE = 0.9;

/**
 * A not-applicable mark standing apart in label text ('2.其他法律行政法规禁止公开 － － － － － － －' of a
 * page joined by single spaces): the earlier row printed marks, not nothing — it is not split off as
 * a row of no values (which a table printing its zeros blank reads as 0).
 */
const STANDING_MARK = new RegExp(`(?:^|\\s)${NA_MARK_SOURCE}(?=\\s|$)`, 'u');

/** A group's numbering ('（六）'): the template prints its items '1.', '2.' … */
const GROUP_START = /^[（(][一二三四五六七八九十]{1,2}[)）]/u;

/** An item of a group (key 'otherHandling.other'), not a row printed under a group numeral ('otherHandling.combined'). */
const isGroupItem = (key: string): boolean => key.includes('.') && !key.endsWith('.combined');

/** The best template row for a label (its index) and the score, or null below MIN_LABEL_SCORE. */
function named(row: Pick<MappedRow, 'label' | 'pending'>, specs: readonly RowSpec[]): { index: number; score: number } | null {
  const scores = rowMatches(row, specs).best.map((m) => m.score);
  const score = maxOf(scores, 0);
  return score >= MIN_LABEL_SCORE ? { index: scores.indexOf(score), score } : null;
}

/** `row` split into the row that printed nothing and the row its values are printed after, or null. */
function splitRow(row: MappedRow, specs: readonly RowSpec[]): [MappedRow, MappedRow] | null {
  // The row's own label, or the text lines above its values when it has none (one value per line: '3.其他' / '（七）总计' / '728').
  const text = row.label !== '' ? row.label : row.pending;
  if (row.values.length === 0 || text === '') return null;
  const pieces = text.split(ROW_START).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2) return null;
  const last = pieces.at(-1)!;
  const head = pieces.slice(0, -1).join(' ');
  if (STANDING_MARK.test(head)) return null;
  const lastRow = named({ label: last, pending: '' }, specs);
  if (!lastRow || lastRow.score < LAST_PIECE_SCORE) return null;
  const whole = named(row, specs);
  if (!whole || whole.index === lastRow.index) return null;
  const before = row.label !== '' ? row.pending : '';
  const headRow = named({ label: head, pending: before }, specs);
  if (!headRow || headRow.index === lastRow.index) return null;
  // A piece numbered as a group ('（六）其他' after '1.申请人无正当理由…', a wrapped label's tail on its line) is that
  // group's heading, not one of its items (numbered '1.', '2.', '3.'): it names no item row, whatever words they share ('3.其他').
  const groupHeading = (piece: string, index: number): boolean => GROUP_START.test(piece) && isGroupItem(specs[index]!.key);
  if (groupHeading(head, headRow.index) || groupHeading(last, lastRow.index)) return null;
  const { around: _around, pendingLines: _lines, joined: _joined, ...rest } = row;
  return [
    { ...rest, label: head, pending: before, values: [], blankCells: 0, source: { ...row.source, text: head } },
    { ...rest, label: last, pending: '' },
  ];
}

/**
 * A row of no values whose label runs several rows' labels together, each a row that printed nothing: a dump writing
 * a table's label cells as one block where the rows between them printed no value ('三、本年度办理结果 （一）予以公开' /
 * '（二）部分公开（…）' / '（三）不予公开' joined, `mutool draw -F txt` of a table printing its zeros blank), or the earlier
 * text `splitRow` cut off ('5.要求行政机关确认… （六）其他处理'). Split where a piece names a template row by itself
 * (LAST_PIECE_SCORE), in the template's order (pieces naming one row in a row are its label), each row distinct: text naming no row (a block heading '三、本年度办理结果',
 * a group heading '（三）不予公开') stays with the row after it, or, closing the label, with the row before it; a group
 * numeral before an item of its group ('（六）其他处理 1.申请人…') is the group's heading, not its one-row form. Null
 * when fewer than two rows are named so.
 */
function splitValueless(row: MappedRow, specs: readonly RowSpec[]): MappedRow[] | null {
  if (row.values.length > 0 || row.label === '' || STANDING_MARK.test(row.label)) return null;
  const pieces = row.label.split(ROW_START).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2) return null;
  const parts: { text: string; index: number }[] = [];
  let carried: string[] = [];
  pieces.forEach((piece, i) => {
    carried.push(piece);
    const n = named({ label: piece, pending: '' }, specs);
    if (!n || n.score < LAST_PIECE_SCORE || (GROUP_START.test(piece) && (isGroupItem(specs[n.index]!.key) || ITEM_NEXT.test(pieces[i + 1] ?? '')))) return;
    // (A block heading naming the row of its first item, '三、本年度办理结果' then '（一）予以公开': one row's label.)
    const last = parts.at(-1);
    if (last?.index === n.index) last.text = [last.text, ...carried].join(' ');
    else parts.push({ text: carried.join(' '), index: n.index });
    carried = [];
  });
  if (parts.length < 2 || parts.some((p, i) => i > 0 && p.index <= parts[i - 1]!.index)) return null;
  if (carried.length > 0) parts.at(-1)!.text = [parts.at(-1)!.text, ...carried].join(' ');
  const { around: _around, pendingLines: _lines, joined: _joined, ...rest } = row;
  return parts.map((p) => ({ ...rest, label: p.text, source: { ...row.source, text: p.text } }));
}

/** An item's numbering ('1.', '2、'): a piece of a group's rows. */
const ITEM_NEXT = /^\d{1,2}\s*[.、．]/u;

/** Rows whose label runs two rows' labels together (see the file comment) split in two. */
export function splitRunOnLabels(rows: readonly MappedRow[], specs: readonly RowSpec[]): MappedRow[] {
  return rows.flatMap((r) => splitRow(r, specs) ?? [r]);
}

/**
 * Rows of no values naming several rows split into them (`splitValueless`). Only where the table then reads as printing
 * its zeros blank (table-rows tableGroups): a layout analyser's pile of labels (pdfminer: '1.属于国家秘密' … '8.属于行政查询事项'
 * one box, the values in boxes after it) names rows whose values were printed apart, not rows that printed nothing.
 */
export function splitValuelessRows(rows: readonly MappedRow[], specs: readonly RowSpec[]): MappedRow[] {
  return rows.flatMap((r) => splitValueless(r, specs) ?? [r]);
}
