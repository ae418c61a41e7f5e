/**
 * @file A sequence-number column (序号) before a table's label column: its cells count the table's
 * rows 1, 2 … N and are not values of the template (read as values, '2' beside 行政许可 2242 was
 * joined to 22422, and every row had one cell too many). It is decided from the table alone, not
 * from the document's other lines (a line counter, layout/line-numbers, counts those): the rows
 * under a header line, up to the table's end, each start with a whole number followed by a label,
 * and those numbers are exactly 1 … N for its N rows. The first cell of those rows is left out, and
 * so is the header's cell above it when it is the column's header (序号, or empty on a header line
 * as wide as the rows). A page's table grid (HTML, .docx, ruled PDF) loses the column the same way
 * when every row below its header starts in one grid column with the count 1 … N (a table continued
 * on the next page's grid, with no header, going on from the count where the last one stopped); the
 * other cells keep their grid columns. Section 二 printed as one long table counts on across its
 * parts (3 行政许可 under the part's sub-heading and repeated 序号 header): the count goes on past such
 * lines, on a grid and in free lines alike. Saved data (CSV, JSON, .xlsx) keeps every column.
 */
import type { Line } from '../model/document.js';
import { minOf } from '../_internal/extremes.js';

/** Header words of a sequence column (spaces inside ignored). */
const SEQ_HEADER = /^(?:序号|序|编号|行次|No\.?|#)$/i;
/** A sequence number: a whole number of up to 3 digits, nothing else (no '1.', no '（一）'). */
const SEQ_NUMBER = /^\d{1,3}$/;
/** A label cell: text with a letter or ideograph in it, not a number. */
const LABEL = /[\p{L}]/u;
/** A cell holding a number (a header line has none). */
const NUMBER = /\d/;

const squeeze = (s: string): string => s.replace(/[\s\u3000]/g, '');
/** A line the step can take apart: separated cells, not placed on a grid. */
const isFree = (l: Line): boolean => l.separated && !l.cols && !l.saved;
/** A header line: two or more cells, no numbers in them (a sequence header '序号' has none either). */
const isHeader = (l: Line): boolean => isFree(l) && l.cells.filter((c) => c.trim()).length >= 2 && !l.cells.some((c) => NUMBER.test(c));
/** A row that may start with a sequence number: that number, then a label. */
const seqOf = (l: Line): number | null => (isFree(l) && l.cells.length >= 3 && SEQ_NUMBER.test(l.cells[0]!.trim()) && LABEL.test(l.cells[1]!) ? Number(l.cells[0]!.trim()) : null);

/** The line without its first cell, its per-cell records shifted with it. */
function dropFirstCell(l: Line): Line {
  const shift = (xs: readonly number[]): number[] => xs.filter((j) => j > 0).map((j) => j - 1);
  return {
    ...l,
    cells: l.cells.slice(1),
    ...(l.starts ? { starts: l.starts.slice(1) } : {}),
    ...(l.ocr ? { ocr: l.ocr.slice(1) } : {}),
    ...(l.unread ? { unread: shift(l.unread) } : {}),
    ...(l.fused ? { fused: shift(l.fused) } : {}),
  };
}

/** The rows from `i` on that count start, start + 1 … to the table's end (the next line that is not such a row), or 0 when one breaks the count. */
function countedRows(lines: readonly Line[], i: number, start = 1): number {
  let n = 0;
  while (i + n < lines.length && seqOf(lines[i + n]!) === start + n && lines[i + n]!.source.table === lines[i]!.source.table) n++;
  const next = lines[i + n];
  // The table goes on with a row that is not counted: the numbers do not count the table's rows.
  if (next && isFree(next) && !isHeader(next) && next.cells.some((c) => NUMBER.test(c)) && next.source.table === lines[i]!.source.table) return 0;
  return n;
}

/** A text line with no cells apart that starts with a count, then a label: '4 行政处罚' (plain pdftotext of a 序号 column), or its values after it too ('4 行政处罚 944', `pdftotext -raw`, PDFBox). */
const COUNTED_LABEL = /^(\d{1,3})[ \u3000]+(?=[^\d\s])(?=\S*\p{L})(.+)$/u;
/** A count alone on its line: a 序号 cell a dump printed apart from its row (a wrapped label, a column-by-column dump). */
const LONE_COUNT = /^\d{1,3}$/;
/** A line whose first word names a sequence column: '序号 信息内容'; or '序' over '号' (a narrow header cell wrapped). */
const namesSequence = (l: Line, next: Line | undefined): boolean => {
  const first = (x: Line | undefined): string => squeeze(x?.cells[0]!.trim().split(/[ \u3000]/)[0] ?? '');
  return SEQ_HEADER.test(first(l)) && (first(l) !== '序' || first(next) === '号' || first(next).startsWith('号'));
};
/** A text line holding a label (a letter), not starting with a number: a row's label the count was printed before. */
const labelLine = (l: Line | undefined): boolean => l !== undefined && !l.separated && l.cells.length === 1 && /\p{L}/u.test(l.cells[0]!) && !/^\s*\d/.test(l.cells[0]!);
/** Fewest counted labels that make a sequence column of lines apart. */
const MIN_COUNTED_LABELS = 3;

/**
 * A sequence column a dump printed with no cells apart (plain pdftotext, `pdftotext -raw`, PDFBox -sort):
 * each row's line starts with its count ('4 行政处罚', its value on a line of its own or after it:
 * '4 行政处罚 623'), and the rows' lines, values, wrapped label pieces and header lines between them,
 * count 1, 2 … N (N ≥ 3) after a line naming the column (序号, or 序 over 号). A count printed on a line
 * of its own (its row's label wrapped, or the column printed apart: '序号' / '1' / '2' / '信息内容') is
 * one when it is the next count and a label line, or the next count, follows it. Read as a value, the
 * count went to the row above (行政处罚 623 read as the '5' of '5 行政强制', at 0.95: table 二 has no
 * identity to check it; '6' for 行政强制's 1 in a column-by-column dump). The counts are left out; a line
 * breaking the count ends the run; a run of counts printed with their labels may start past 1 (the first
 * rows' counts lost among values printed one a line).
 */
function dropCountedLabels(lines: readonly Line[]): Line[] {
  const out: (Line | null)[] = [...lines];
  let named = false;
  // The run's lines and their labels without the count (null: a lone count, the line left out).
  let run: [number, string | null][] = [];
  // The count the run's next row prints.
  let expected = 1;
  const close = (): void => {
    if (named && run.length >= MIN_COUNTED_LABELS) for (const [k, label] of run) out[k] = label === null ? null : { ...out[k]!, cells: [label] };
    run = [];
    expected = 1;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.separated || l.cells.length !== 1) continue;
    if (namesSequence(l, lines[i + 1])) named = true;
    const text = l.cells[0]!.trim();
    if (LONE_COUNT.test(text)) {
      const count = Number(text);
      const next = lines[i + 1];
      const nextCount = next && !next.separated && next.cells.length === 1 ? Number(/^\d{1,3}(?=$|[ \u3000])/.exec(next.cells[0]!.trim())?.[0] ?? NaN) : NaN;
      const fits = (start: number): boolean => count === start && (labelLine(next) || nextCount === count + 1);
      if (fits(expected)) (run.push([i, null]), expected++);
      else if (fits(1)) {
        close();
        (run.push([i, null]), expected++);
      }
      continue;
    }
    const m = COUNTED_LABEL.exec(text);
    if (!m) continue;
    const count = Number(m[1]);
    // A run may start past 1 on a count printed with its label (the first counts printed apart among the values, one a line).
    if (count !== expected) close();
    run.push([i, m[2]!]);
    expected = count + 1;
  }
  close();
  return out.filter((l): l is Line => l !== null);
}

/** A row of a page's grid (HTML, .docx, ruled PDF), not saved data. */
const onPageGrid = (l: Line): boolean => l.cols !== undefined && l.cols.length === l.cells.length && !l.saved && l.source.table !== undefined;
/** The line without its first cell and that cell's grid column. */
const dropGridCell = (l: Line): Line => ({ ...dropFirstCell(l), cols: l.cols!.slice(1) });

/** A digit-free grid row between parts of a long table: a sub-heading (one cell with text) or the part's repeated header (序号 first). */
const isGridBetweenParts = (l: Line, first: number): boolean =>
  !l.cells.some((c) => NUMBER.test(c)) && (l.cells.filter((c) => c.trim() !== '').length === 1 || (l.cols![0] === first && SEQ_HEADER.test(squeeze(l.cells[0]!))));

/**
 * Each page grid's sequence column left out: the rows after its digit-free header rows each start at
 * the table's first grid column with the next number of the count (1 … N, or going on from the
 * table before when this one prints no header), then a label (after empty spanned cells); at least
 * two rows, every row counted.
 */
function dropGridSequences(lines: readonly Line[]): Line[] {
  const out = [...lines];
  let carried = 0;
  for (let i = 0; i < out.length; ) {
    if (!onPageGrid(out[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end < out.length && onPageGrid(out[end]!) && out[end]!.source.table === out[i]!.source.table) end++;
    const first = minOf(out.slice(i, end).flatMap((l) => l.cols!));
    let body = i;
    while (body < end && !out[body]!.cells.some((c) => NUMBER.test(c))) body++;
    const start = body === i ? carried + 1 : 1;
    // Section 二 as one long grid: its parts' sub-headings and repeated headers lie between counted rows.
    const rows = out.slice(body, end).filter((l) => !isGridBetweenParts(l, first));
    const counted = rows.every((l, k) => l.cols![0] === first && SEQ_NUMBER.test(l.cells[0]!.trim()) && Number(l.cells[0]!.trim()) === start + k && LABEL.test(l.cells.slice(1).find((c) => c.trim() !== '') ?? ''));
    const headCell = (l: Line): boolean => SEQ_HEADER.test(squeeze(l.cells[0]!)) || squeeze(l.cells[0]!) === '';
    const sub = (l: Line): boolean => l.cols![0] === first && !headCell(l) && isGridBetweenParts(l, first);
    const heads = out.slice(i, body).every((l) => l.cols![0] !== first || headCell(l) || sub(l));
    if (counted && rows.length >= 2 && heads && (body > i || carried > 0)) {
      for (let k = i; k < end; k++) if (out[k]!.cols![0] === first && !sub(out[k]!)) out[k] = dropGridCell(out[k]!);
      carried = start + rows.length - 1;
    } else carried = 0;
    i = end;
  }
  return out;
}

/**
 * A line between two parts of one table whose count goes on (section 二 printed as one long table:
 * '第二十条第（五）项' and the repeated '序号 信息内容 …' header between its parts): a header line or
 * a text line with no digit.
 */
const isBetweenParts = (l: Line): boolean => isHeader(l) || (!l.separated && l.cells.length === 1 && !NUMBER.test(l.cells[0]!));

/** Table 二's label column header: the small tables a pile of 序号 boxes is left out of. */
const ACTIVE_LABEL_HEADER = '信息内容';
/** A small table's heading box ('第二十条第（八）项'): no row label after a count. */
const ITEM_HEADING = /^第.*项$/;
/** Lines of a pile: header words after the 序号 box before its numbers (信息内容, 本年制发件数 …) at most. */
const MAX_PILE_HEADER_LINES = 6;
/** A box's text: one cell, squeezed. */
const boxText = (l: Line): string | null => (l.blockOrdered && l.cells.length === 1 ? squeeze(l.cells[0]!) : null);
/** A label box: letters, no digit (规章, 行政许可, 行政事业性收费). */
const isLabelBox = (l: Line): boolean => { const t = boxText(l); return t !== null && LABEL.test(t) && !NUMBER.test(t); };

/**
 * A sequence column (序号) of a layout analyser's box dump (pdfminer `pdf2txt` of a table counting its rows: the column's
 * cells a pile of boxes of their own, '4' / '5', before the label boxes '行政处罚' / '行政强制' and the values '4101' / '6'):
 * after a '序号' box and at most MAX_PILE_HEADER_LINES header boxes (no digit), a run of one-number boxes n, n + 1 … n + k − 1,
 * starting at 1 or going on from the last such run (section 二 counting on across its parts: 1 2 / 3 / 4 5 / 6), followed by at
 * least k label boxes, with the next count n + k only after the next 序号 box, is the column: its boxes are left out. Read as values they were the small tables' values (print-mix
 * rowNo, pdf2txt: 4101 read as 行政强制's at 0.88, 6 lost). Only under a header naming 信息内容 (table 二): table 三's
 * readers place its 序号 boxes themselves. Anything else stays as printed.
 */
function dropSequencePiles(lines: readonly Line[]): Line[] {
  const drop = new Set<number>();
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    if (boxText(lines[i]!) === null || !SEQ_HEADER.test(boxText(lines[i]!)!)) continue;
    let j = i + 1;
    while (j < lines.length && j - i - 1 < MAX_PILE_HEADER_LINES && boxText(lines[j]!) !== null && !NUMBER.test(boxText(lines[j]!)!)) j++;
    // Table 二's small tables only (their header names the 信息内容 column): table 三's readers take its 序号 boxes themselves.
    if (!lines.slice(i + 1, j).some((l) => boxText(l) === ACTIVE_LABEL_HEADER)) continue;
    const first = j < lines.length && boxText(lines[j]!) !== null && SEQ_NUMBER.test(boxText(lines[j]!)!) ? Number(boxText(lines[j]!)) : 0;
    if (first !== 1 && first !== last + 1) continue;
    let k = 0;
    while (j + k < lines.length && boxText(lines[j + k]!) === String(first + k)) k++;
    let labels = 0;
    while (j + k + labels < lines.length && isLabelBox(lines[j + k + labels]!)) labels++;
    if (k === 0 || labels < k) continue;
    // A pile holds its small table's every count: the next count before a label stands after the next 序号 box, not among this
    // table's values (plain pdftotext prints a row's count, its label, its values, then the next row's: '1 规章 8 7 12 2 行政规范性文件').
    let next = j + k + labels;
    const nextCount = (m: number): boolean => boxText(lines[m]!) === String(first + k) && m + 1 < lines.length && isLabelBox(lines[m + 1]!) && !ITEM_HEADING.test(boxText(lines[m + 1]!)!);
    while (next < lines.length && !SEQ_HEADER.test(boxText(lines[next]!) ?? '') && !nextCount(next)) next++;
    if (next < lines.length && nextCount(next)) continue;
    for (let m = j; m < j + k; m++) drop.add(m);
    last = first + k - 1;
    i = j + k - 1;
  }
  return drop.size === 0 ? [...lines] : lines.filter((_, i) => !drop.has(i));
}

/** The lines with every table's sequence-number column left out. */
export function dropSequenceColumns(lines: readonly Line[]): Line[] {
  const out = dropCountedLabels(dropGridSequences(dropSequencePiles(lines)));
  // The last count left out and the line after its run: a later part of the same table may go on from it.
  let last = { count: 0, end: -1 };
  for (let i = 1; i < out.length; i++) {
    const head = out[i - 1]!;
    const named = isHeader(head) && SEQ_HEADER.test(squeeze(head.cells[0]!));
    // Under a header naming the column, after only sub-headings and headers since the last run, the count may go on (3 行政许可 under its own header).
    const goesOn = named && last.end >= 0 && out.slice(last.end, i).every(isBetweenParts) ? last.count + 1 : 0;
    const start = seqOf(out[i]!);
    if (!isHeader(head) || (start !== 1 && (goesOn === 0 || start !== goesOn))) continue;
    const n = countedRows(out, i, start!);
    // One counted row is a sequence only under a header naming the column.
    if (n === 0 || (n === 1 && !named)) continue;
    last = { count: start! + n - 1, end: i + n };
    for (let k = i; k < i + n; k++) out[k] = dropFirstCell(out[k]!);
    const width = out[i]!.cells.length + 1;
    for (let k = i - 1; k >= 0 && isHeader(out[k]!) && out[k]!.source.table === head.source.table; k--) {
      const first = squeeze(out[k]!.cells[0]!);
      if (SEQ_HEADER.test(first) || (first === '' && out[k]!.cells.length === width)) out[k] = dropFirstCell(out[k]!);
      else break;
    }
    i += n - 1;
  }
  return out;
}

/** A space-aligned dump's line starting, flush left, with a count ('4    计这一情形 …', '7         3.危及 0'). */
const FLUSH_COUNT = /^(\d{1,3})(?=[ \u3000]|$)/;
/** A line starting with the 序号 header flush left: '序号', or '序' over '号' (the next line's first character). */
const FLUSH_SEQ_HEADER = /^(?:序[ \u3000]*号|序(?=[ \u3000]|$))/;
/** Non-blank lines. How far after a count the next one may stand (a row's label wrapped over lines of a narrow page); twice as far for the first, after the header. */
const MAX_COUNT_GAP = 12;
/** Share of the lines a run spans that are indented by two spaces or more: a space-aligned dump (`pdftotext -layout`). */
const MIN_INDENTED_SHARE = 1 / 3;

/**
 * A sequence column (序号) of a space-aligned dump (`pdftotext -layout` of a page whose tables count
 * their rows: the count flush left on its row's middle line, the label and values after it, the
 * label's wrapped pieces indented on the lines around it): after a line starting with 序号 (or 序
 * over 号), lines starting flush left with 1, 2 … N (N ≥ 3, each within MAX_COUNT_GAP lines of the
 * last, a third or more of the lines between indented) have the count written as spaces, so every
 * cell keeps its column; the header's 序 / 号 too. Read as a value the count was a cell too many in
 * its row ('4' before 部分公开's counts). Anything else stays as printed.
 */
export function blankLayoutCounts(raws: readonly string[]): string[] {
  let out: string[] | null = null;
  for (let h = 0; h < raws.length; h++) {
    if (!FLUSH_SEQ_HEADER.test(raws[h]!)) continue;
    const at: number[] = [];
    // Non-blank lines since the last count (or the header); the header's own lines may be as many.
    let gap = 0;
    for (let i = h + 1, expected = 1; i < raws.length && gap <= (at.length ? MAX_COUNT_GAP : 2 * MAX_COUNT_GAP); i++) {
      if (raws[i]!.trim() === '') continue;
      gap++;
      const m = FLUSH_COUNT.exec(raws[i]!);
      if (m && Number(m[1]) === expected) (at.push(i), expected++, (gap = 0));
    }
    if (at.length < 3) continue;
    const span = raws.slice(at[0]!, at.at(-1)! + 1).filter((l) => l.trim() !== '');
    if (span.filter((l) => /^[ \u3000]{2,}\S/.test(l)).length < span.length * MIN_INDENTED_SHARE) continue;
    out ??= [...raws];
    for (const k of at) out[k] = out[k]!.replace(FLUSH_COUNT, (d) => ' '.repeat(d.length));
    out[h] = out[h]!.replace(/^序/, ' ');
    if (/^号/.test(out[h + 1] ?? '')) out[h + 1] = out[h + 1]!.replace(/^号/, ' ');
    h = at.at(-1)!;
  }
  return out ?? [...raws];
}
