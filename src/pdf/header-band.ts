/**
 * @file The column header of a borderless wide table (表三, 表四) read as cells. Its header cells are
 * narrow and wrap ('法律服' over '务机构', '自' / '然' / '人' in a cell two rows high), so the visual
 * lines of the header band hold pieces of several columns side by side ('人 法律服 社会公 商业 科研
 * 其 计'): read line by line no header word is whole and the printed column order is lost — and with
 * it the only evidence that the columns are not in the template's order (the identities hold under
 * any order). Without rulings the columns are those of the first rows' numbers: every piece of the
 * band is put in the column whose numbers it lies over (band-columns.ts), the pieces of one column stacked
 * top to bottom into cells; the lowest cell of each column is its leaf header, pieces over two or
 * more columns are group headers ('法人或其他组织'). The band becomes lines of whole header cells — the
 * label area's text, one line per group level, the leaf line — as a ruled grid would give them.
 *
 * The band is the run of text lines right above a table's first wide row of numbers (≥ 5), below a
 * heading, prose, a gap or the top of the page; lines between its last column text and the numbers
 * hold only label text and are the first row's wrapped label (left to mergeWrappedLabels).
 */
import { matchHeading } from '../sections/match-heading.js';
import { bandConflicts, columnOfRun, GAP_SIDES, type BandCell, type BandColumns, type Run } from './band-columns.js';
import { headerLeafCells } from './header-leaves.js';
import { ocrRequestBand, ocrRequestLeafCells } from './ocr-header-leaves.js';
import { isNumberCell as isValueCell } from './item-starts.js';
import { cellText, groupLines, itemsToLines, type PdfItem, type PositionedLine } from './pdf-lines.js';
import { maxOf, minOf, pushAll, spliceAll } from '../_internal/extremes.js';
import { fixCompatibilityChars } from '../layout/normalize-text.js';

/** A wide table's first row prints at least this many numbers (table 三: 7, table 四: 15). */
const MIN_COLUMNS = 5;
/**
 * A part of table 三 split column-wise (四 columns, then 三: 法律服务机构 其他 总计) prints fewer: its
 * rows then print at least this many numbers, and its first row is table 三's (本年新收…) or at least
 * MIN_PART_ROWS rows below the band print numbers (table 二's small tables print one or two rows under
 * each header; a part's rows may go on on the next page).
 */
const MIN_PART_COLUMNS = 3;
const MIN_PART_ROWS = 8;
/**
 * Table 三's first row: 一、本年新收政府信息公开申请数量. A small agency's report that prints its zeros blank may print it
 * with no number (nothing received, one request carried over): its label lines then end the band above the first row of
 * numbers ('二、上年结转…' '1'), and the band is table 三's all the same (pandoc's .docx printed by LibreOffice: sparse53).
 */
const TABLE3_FIRST_ROW = /新收/;
/** × the row's height. A row's wrapped label line ends at most this far above its numbers' line (cells centred vertically). */
const LABEL_ABOVE_GAP = 0.5;

/**
 * The text of line `f`, a row of a borderless table, with its label: a row whose label wraps in its
 * cell while its numbers are centred vertically (Chromium's A5 print of table 三: '一、本年新收政府
 * 信息公开申请数' / '9 1 10' / '量') prints the label's first line just above the numbers' line, which
 * starts with a number. That line (no number, starting left of the numbers, ending within
 * LABEL_ABOVE_GAP of the row's height above it) is the row's label: read as table 三's first row, the
 * band above is read by its own leaves (its stacked one-character header was read line by line:
 * `columns_unread`, the table's blank rows missing — fresh51 b13 chromium-a5: 15 of 161 read).
 */
function rowText(lines: readonly PositionedLine[], f: number): string {
  const l = lines[f]!;
  const own = l.cells.join('');
  const above = lines[f - 1];
  if (!above || !isNumberCell(l.cells[0] ?? '') || numbersOf(above) > 0) return own;
  const height = Math.max(1, l.bottom - l.top);
  const close = above.top < l.top && l.top - above.bottom <= LABEL_ABOVE_GAP * height && (above.xs[0] ?? Infinity) < (l.xs[0] ?? -Infinity);
  return close ? above.cells.join('') + own : own;
}
/**
 * Table 四's group headers. Its one row of numbers prints as few as one number when the report leaves
 * zeros blank ('5 5 5 5' under fifteen leaves): under a band holding both, a row of any count is read
 * by the band's own leaf columns (header-leaves.ts) — never by the few numbers' columns.
 */
const REVIEW_BAND = [/行政复/, /行政诉/];
/**
 * Table 三's band (its applicant group and first leaf) over its first row (本年新收…): a small agency's
 * report prints its zeros blank and most rows one to three numbers (自然人 and 总计), fewer than
 * MIN_PART_COLUMNS, so the band had no columns and was read line by line — pieces of neighbouring
 * columns joined ('自然商科'), `columns_unread`, every row ambiguous. Like table 四's, such a band is
 * read by its own leaf columns (header-leaves.ts) when they read consistently, never by the few
 * numbers' columns alone (`scripts/blank-band-variants.mjs --sparse`).
 */
const REQUEST_BAND = [/自然/, /法人或其他组织/];
/**
 * The band's group header wrapped in its cell: a line's cell '法人或其他组' (or '法人或其他'), its last character on the next
 * line centred under it ('织': Chromium A5 at 14 pt). Read by lines or by columns '法人或其他组织' is never whole there, and
 * the band was read line by line: the table's 161 blank cells were missing (sparse53). Stands for REQUEST_BAND's second word.
 */
const WRAPPED_GROUP = /^法人或其他组?$/;
/** Most lines in a header band (a six-character header wrapped one character per line, plus group lines and a wrapped note beside them: 13 in Chromium's A3 print). */
const MAX_BAND_LINES = 16;
/** × font size. A vertical gap wider than this (and than the rows' pitch) between two lines ends the band (the table's top). */
const BAND_GAP = 1.5;
/**
 * × the row's height. A table's last (or only) row of numbers on its page has no pitch to measure
 * (table 四 prints one row): its header band may end this far above it — the header row's bottom
 * padding and the row's top padding (2.5 em in Chromium's print of a borderless table 四 whose
 * header cells wrap one character per line).
 */
const LAST_ROW_GAP = 3;
/** chars. A cell longer than this is prose, not header text. */
const MAX_HEADER_CHARS = 40;
/** × font size. Items closer than this on one line are one run (one cell's text). */
const TOUCH = 0.2;
/** × font size. Pieces of one column this close vertically are one wrapped cell. */
const STACK_GAP = 0.8;
/** Lines below a band searched for the table's complete rows (whose numbers give the columns). */
const ROWS_SCANNED = 40;

/** A value cell (pdf/item-starts: a number or a not-applicable sign), also one whose digits are not trusted ('�2�': cut at the page's edge, overprinted): it still marks its column. */
const isNumberCell = (c: string): boolean => isValueCell(c.replace(/^\uFFFD/, '').replace(/\uFFFD$/, ''));
const numbersOf = (l: PositionedLine): number => l.cells.filter(isNumberCell).length;
/**
 * A table's caption line ('（续表）', '续表', '表三（续）', '附表3', '附表 2：'): the top of the table below
 * it, as a heading is (tables printed after the prose as 附表1–3 follow each other with only their
 * captions between: table 四's band had run up over '附表3' into table 三's last row).
 */
const CAPTION = /^[（(]?(?:续表|表[一二三四五六七八九十\d]*[（(]续[）)]|附表[一二三四五六七八九十\d]*[:：]?)[）)]?$/;
const isStop = (l: PositionedLine): boolean => l.cells.some((c) => c.length > MAX_HEADER_CHARS) || matchHeading(l.cells.join('')) !== null || CAPTION.test(l.cells.join('').replace(/\s/g, ''));

type Cell = BandCell;

/**
 * The number columns from the rows below `from` that print the most numbers (≥ MIN_COLUMNS): the
 * centres of the first such row, and the ink of all of them (each column's numbers, left to right).
 */
function columnsBelow(lines: readonly PositionedLine[], from: number, review = false): BandColumns | null {
  const rows: PositionedLine[] = [];
  for (let i = from; i < lines.length && i < from + ROWS_SCANNED && !isStop(lines[i]!); i++) rows.push(lines[i]!);
  const most = maxOf(rows.map(numbersOf), 0);
  const part = TABLE3_FIRST_ROW.test(lines[from]?.cells.join('') ?? '') || rows.filter((l) => numbersOf(l) > 0).length >= MIN_PART_ROWS;
  if (most < 1 || (!review && (most < MIN_PART_COLUMNS || (most < MIN_COLUMNS && !part)))) return null;
  const spansOf = (l: PositionedLine): { x: number; end: number }[] => l.cells.flatMap((c, i) => (isNumberCell(c) ? [{ x: l.xs[i]!, end: l.ends?.[i] ?? l.xs[i]! }] : []));
  const complete = rows.filter((l) => numbersOf(l) === most).map(spansOf);
  const centres = complete[0]!.map((s) => (s.x + s.end) / 2);
  if (!centres.every((c, i) => i === 0 || c > centres[i - 1]!)) return null;
  const ink = complete[0]!.map((s, j) => ({ x: minOf(complete.map((r) => r[j]!.x)), end: maxOf(complete.map((r) => r[j]!.end)) }));
  const spans = ink.every((s, j) => j === 0 || s.x > ink[j - 1]!.end) ? ink : complete[0]!;
  // A label that ends past where the first number column starts has taken a number in ('3.危及“三安全一稳定”5':
  // A5, the number printed right after the label's end): its end is no edge of the label column.
  const labels = rows.filter((l) => numbersOf(l) > 0 && !isNumberCell(l.cells[0]!) && l.ends?.[0] !== undefined).map((l) => l.ends![0]!);
  pushAll(labels, wrappedLabelEnds(lines, from, from + rows.length));
  const inLabelColumn = labels.filter((e) => e <= spans[0]!.x);
  return { centres, ink: spans, ...(inLabelColumn.length > 0 ? { labelEnd: maxOf(inLabelColumn) } : {}) };
}

/**
 * Ends of the label lines of rows in [from, to) that print their numbers on a line of their own: a label wrapped
 * in its cell while the numbers are centred vertically ('一、本年新收政府信息' / '4 3 1 8' / '公开申请数量') prints
 * its lines just above and below the numbers (within LABEL_ABOVE_GAP of the row's height). They are the label
 * column's too: where no row prints its label on its numbers' line (the page's rows below the band are such rows),
 * the band's text over the label column ('项之和）', the wrapped note's last line, level with the leaves) was
 * read as a leaf of its own, and the band's rows were no longer under it past the first label line wider than that leaf.
 */
function wrappedLabelEnds(lines: readonly PositionedLine[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const row = lines[i]!;
    if (!isNumberCell(row.cells[0] ?? '') || row.ends === undefined) continue;
    const height = Math.max(1, row.bottom - row.top);
    for (const l of [lines[i - 1], lines[i + 1]]) {
      if (!l || numbersOf(l) > 0 || l.ends === undefined || (l.xs[0] ?? Infinity) >= (row.xs[0] ?? -Infinity)) continue;
      const gap = l.top < row.top ? row.top - l.bottom : l.top - row.bottom;
      if (gap <= LABEL_ABOVE_GAP * height) out.push(maxOf(l.ends));
    }
  }
  return out;
}

/** × font size. An item starting this close to where a column's numbers start (or a run ending this close to where they end) is at that column's edge. */
const EDGE = 0.05;
/** × font size. Items of one line of a cell's text follow each other without a gap (float noise aside); cells' texts that touch are this far apart or more. */
const SEAM = 0.01;

/**
 * Two touching items a column's edge lies between: apart by a seam (not one text's continuation),
 * the second starting where a column's numbers start (cells left-aligned) or the first ending where
 * they end (right-aligned), the run having begun before that edge. LibreOffice fills narrow header
 * cells to their width, so the texts of neighbouring cells touch ('结果纠' | '其他结' 0.3 pt apart):
 * joined, they read as one run over many columns, a group header, and table 四's leaves were lost.
 */
function atColumnEdge(cur: Run, it: PdfItem, cols: BandColumns | undefined): boolean {
  const e = EDGE * it.size;
  if (!cols || it.x - cur.end < SEAM * it.size) return false;
  return cols.ink.some((s) => (Math.abs(it.x - s.x) <= e && cur.x < s.x - e) || (Math.abs(cur.end - s.end) <= e && it.x + it.width > s.end + e));
}

/** Runs of touching items (one cell's text on one line), cut at the columns' edges (`cols`); items with inner spaces cut at them. */
function runsOf(items: readonly PdfItem[], cols?: BandColumns): Run[] {
  const pieces = items.flatMap((it) => {
    if (!/\S\s+\S/.test(it.str)) return [it];
    const per = it.width / it.str.length;
    return [...it.str.matchAll(/\S+/g)].map((m) => ({ ...it, str: m[0], x: it.x + m.index * per, width: m[0].length * per }));
  });
  const runs: Run[] = [];
  for (const line of groupLines(pieces)) {
    let cur: Run | null = null;
    for (const it of line) {
      if (cur && it.x - cur.end <= TOUCH * it.size && !atColumnEdge(cur, it, cols)) {
        cur.str += it.str;
        cur.end = Math.max(cur.end, it.x + it.width);
        cur.top = Math.min(cur.top, it.top);
        cur.bottom = Math.max(cur.bottom, it.top + it.height);
      } else {
        cur = { str: it.str, x: it.x, end: it.x + it.width, top: it.top, bottom: it.top + it.height, size: it.size };
        runs.push(cur);
      }
    }
  }
  return runs.filter((r) => r.str.trim() !== '');
}

/** Runs stacked into cells: same column (or, for group headers, overlapping), each under the previous within STACK_GAP. */
function stack(runs: readonly Run[], col: (r: Run) => number): Cell[] {
  const cells: Cell[] = [];
  for (const r of [...runs].sort((a, b) => a.top - b.top || a.x - b.x)) {
    const c = col(r);
    const into = cells.find((cell) => {
      const last = cell.runs.at(-1)!;
      // A group header's next line is no wider than its first (wrapping fills the first line): a wider
      // run below is a sub-group under it (行政诉讼 over 未经复议直接起诉), not its continuation.
      const sameColumn = c >= 0 ? cell.col === c : cell.col === c && Math.min(last.end, r.end) > Math.max(last.x, r.x) && r.end - r.x <= last.end - last.x + r.size;
      return sameColumn && r.top - last.bottom <= STACK_GAP * r.size && r.top > last.top;
    });
    if (into) into.runs.push(r);
    else cells.push({ runs: [r], col: c });
  }
  return cells;
}

const textOf = (cell: Cell): string => cellText(cell.runs.map((r) => r.str).join(''));
const box = (cells: readonly Cell[]): { x: number; end: number; top: number; bottom: number } => {
  const runs = cells.flatMap((c) => c.runs);
  return { x: minOf(runs.map((r) => r.x)), end: maxOf(runs.map((r) => r.end)), top: minOf(runs.map((r) => r.top)), bottom: maxOf(runs.map((r) => r.bottom)) };
};

/** × font size. Slack on "half-way between the levels above and below" for a cell spanning two header rows. */
const MIDWAY = 0.35;

const overlaps = (a: Cell, others: readonly Cell[]): boolean => others.some((o) => Math.min(box([a]).end, box([o]).end) > Math.max(box([a]).x, box([o]).x));

/**
 * Group levels (top, cells) with a level of cells spanning two header rows joined to the upper row.
 * A ruled grid gives a cell the row it starts in; text centred in a cell two rows high sits half-way
 * between those rows' lines (三线表 table 四: 行政复议 over two rows beside 行政诉讼 over its
 * sub-groups is read a line below 行政诉讼 and above 未经复议直接起诉 / 复议后起诉, so read by lines
 * 行政复议 would follow 行政诉讼). A level half-way between the levels above and below it whose cells
 * overlap no cell of either (nothing above or below them in their columns) starts in the upper row.
 */
function liftSpanningLevels(levels: readonly [number, Cell[]][]): [number, Cell[]][] {
  const out = levels.map(([t, cs]) => [t, [...cs]] as [number, Cell[]]);
  for (let i = out.length - 2; i >= 1; i--) {
    const [above, mid, below] = [out[i - 1]!, out[i]!, out[i + 1]!];
    const size = maxOf(mid[1].map((c) => c.runs[0]!.size));
    const midway = Math.abs(mid[0] - (above[0] + below[0]) / 2) <= MIDWAY * size;
    if (!midway || mid[1].some((c) => overlaps(c, above[1]) || overlaps(c, below[1]))) continue;
    pushAll(above[1], mid[1]);
    out.splice(i, 1);
  }
  return out;
}

/**
 * The band's runs read as cells: the nearest-column reading when it is consistent, else the one
 * consistent reading of the gap hypotheses (band-columns.ts; two that differ leave the nearest).
 */
function bandCells(runs: readonly Run[], cols: BandColumns): Cell[] {
  const readings = GAP_SIDES.map((side) => stack(runs, (r) => columnOfRun(r, cols, side)));
  const consistent = readings.filter((cells) => bandConflicts(cells, cols.centres.length) === 0);
  const leaves = (cells: readonly Cell[]): string => JSON.stringify(cells.filter((c) => c.col >= 0).map((c) => [c.col, textOf(c)]).sort());
  if (consistent[0] === readings[0] || consistent.length === 0) return readings[0]!;
  return consistent.every((c) => leaves(c) === leaves(consistent[0]!)) ? consistent[0]! : readings[0]!;
}

/** The number columns' reading of the band when it is consistent, else the header's own leaf columns when they are as many and consistent, else that reading. */
function consistentOr(cells: Cell[], runs: readonly Run[], cols: BandColumns): Cell[] {
  if (bandConflicts(cells, cols.centres.length) === 0) return cells;
  return headerLeafCells(runs, cols, true)?.cells ?? cells;
}

/** The header lines the band's items make, or null when they do not fall in the columns. */
function bandLines(items: readonly PdfItem[], cols: BandColumns, review = false, ocrRequest = false): PositionedLine[] | null {
  const runs = runsOf(items, cols);
  // A header with more leaf columns than the rows print numbers in (whole columns left empty) is read by its own columns.
  // Table 三's band on a scan, its stacked words read in pieces: by the template's leaves (ocr-header-leaves.ts).
  const inBody = (r: Run): boolean => (cols.labelEnd !== undefined ? r.x >= cols.labelEnd : columnOfRun(r, cols) !== -1);
  const leafRead = headerLeafCells(runs, cols) ?? (ocrRequest ? ocrRequestLeafCells(runs, cols, inBody) : null);
  if (review && cols.centres.length < MIN_PART_COLUMNS && !leafRead) return null;
  const wider = leafRead?.cells;
  // Rows of 3–4 numbers under more leaves: a sparse wide table (zeros blank) when the header has a wide table's leaves, else left to the line reading.
  if (leafRead && cols.centres.length < MIN_COLUMNS && leafRead.cols.centres.length < MIN_COLUMNS + 2) return null;
  const cells = wider ?? consistentOr(bandCells(runs, cols), runs, cols);
  const leafOf = new Map<number, Cell>();
  for (const c of cells) if (c.col >= 0 && (!leafOf.has(c.col) || box([c]).top > box([leafOf.get(c.col)!]).top)) leafOf.set(c.col, c);
  if (leafOf.size < 2) return null;
  const leaves = [...leafOf.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  const label = cells.filter((c) => c.col === -1);
  const upper = cells.filter((c) => c.col === -2 || (c.col >= 0 && leafOf.get(c.col) !== c));
  const line = (cs: readonly Cell[], top: number): PositionedLine => {
    const sorted = [...cs].sort((a, b) => box([a]).x - box([b]).x);
    const b = box(cs);
    return { cells: sorted.map(textOf), xs: sorted.map((c) => box([c]).x), ends: sorted.map((c) => box([c]).end), top, bottom: Math.max(top, b.bottom), header: true };
  };
  const out: PositionedLine[] = [];
  if (label.length) out.push({ ...line([], 0), cells: [cellText(label.flatMap((c) => c.runs).sort((a, b) => a.top - b.top || a.x - b.x).map((r) => r.str).join(''))], xs: [box(label).x], ends: [box(label).end], top: box(label).top, bottom: box(label).bottom });
  // Group levels: upper cells whose first lines start at the same height, top to bottom.
  const levels = new Map<number, Cell[]>();
  for (const c of upper) {
    const top = box([c]).top;
    const key = [...levels.keys()].find((k) => Math.abs(k - top) <= 0.45 * c.runs[0]!.size) ?? top;
    levels.set(key, [...(levels.get(key) ?? []), c]);
  }
  let last = out.at(-1)?.top ?? -Infinity;
  for (const [top, cs] of liftSpanningLevels([...levels].sort((a, b) => a[0] - b[0]))) {
    last = Math.max(top, last + 0.01);
    out.push(line(cs, last));
  }
  out.push(line(leaves, Math.max(box(leaves).top, last + 0.01)));
  return out.sort((a, b) => a.top - b.top);
}

/**
 * The band's text read column by column: its runs (runsOf) grouped by where they start, each group top
 * to bottom, groups left to right. A header wrapped one character per line in narrow cells prints the
 * characters of neighbouring columns on one visual line ('然 商 科 会 律' under '自 社 法'): read by
 * lines, no header word is whole — '自然' of table 三's band was never seen and the band of a small
 * agency's report (rows of 1–2 numbers) was not read by its leaves (A5 Chromium prints: every row
 * ambiguous). Only for recognising the band (REVIEW_BAND, REQUEST_BAND), not for reading it.
 */
function columnText(items: readonly PdfItem[]): string {
  const runs = runsOf(items).sort((a, b) => a.x - b.x || a.top - b.top);
  const groups: Run[][] = [];
  for (const r of runs) {
    const g = groups.find((rs) => Math.abs(rs[0]!.x - r.x) <= TOUCH * r.size);
    if (g) g.push(r);
    else groups.push([r]);
  }
  // As cellText reads them: pdftohtml -xml writes a Chromium print's '自' '人' as Kangxi radicals ('⾃然⼈', '法⼈或其他组织'),
  // and the band was not recognised (table 三 of an A5 print read line by line, `columns_unread`, every row ambiguous).
  return fixCompatibilityChars(groups.map((rs) => rs.sort((a, b) => a.top - b.top).map((r) => r.str).join('')).join(''));
}

/**
 * Replaces each borderless wide table's header band (see the file comment) by lines of whole header
 * cells, marked `header`. `lines`: a page's free lines top to bottom (itemsToLines); `items`: their items.
 */
export function stackHeaderBands(lines: readonly PositionedLine[], items: readonly PdfItem[]): PositionedLine[] {
  const out = [...lines];
  for (let f = out.length - 1; f > 0; f--) {
    if (numbersOf(out[f]!) === 0 || numbersOf(out[f - 1]!) > 0) continue;
    // The text lines above: stopped by a heading, prose, a gap or the band's size — not by numbers (then it is not the table's top).
    // Borderless rows are padded: a gap up to the rows' own pitch is still inside the table (a last row: LAST_ROW_GAP).
    const next = out.slice(f + 1).find((l) => numbersOf(l) > 0);
    const pitch = next ? next.top - out[f]!.top : LAST_ROW_GAP * Math.max(1, out[f]!.bottom - out[f]!.top);
    let top = f;
    // A line of numbers right above (within the gap) ends no band: the lines are another table's rows, not this one's top.
    // Above a gap it is the previous table's last row ('行政事业性收费 /' over a heading the page's edge cut to '处理政府…').
    let underRow = false;
    while (top > 0 && f - top < MAX_BAND_LINES) {
      const l = out[top - 1]!;
      const size = Math.max(1, l.bottom - l.top);
      const apart = out[top]!.top - l.bottom > Math.max(BAND_GAP * size, pitch);
      underRow = !apart && numbersOf(l) > 0;
      if (isStop(l) || numbersOf(l) > 0 || apart) break;
      top--;
    }
    if (top === f || underRow) continue;
    const band = out.slice(top, f);
    const y1 = minOf(band.map((l) => l.top));
    const y2 = maxOf(band.map((l) => l.bottom));
    const mine = items.filter((it) => it.top + it.height / 2 >= y1 && it.top + it.height / 2 <= y2);
    const bandText = band.map((l) => l.cells.join('')).join('') + columnText(mine);
    // A scan's band (OCR'd items) read with a character of 自然 lost still names most of table 三's leaves.
    const ocr = mine.some((it) => it.ocr === true);
    // (Or over a later row, table 三's first row printed blank: its label is the band's last text, no number beside it.)
    const firstRow = TABLE3_FIRST_ROW.test(rowText(out, f)) || band.some((l) => TABLE3_FIRST_ROW.test(l.cells.join('')));
    const named = REQUEST_BAND.every((re) => re.test(bandText)) || (REQUEST_BAND[0]!.test(bandText) && band.some((l) => l.cells.some((c) => WRAPPED_GROUP.test(c))));
    const request = firstRow && (named || (ocr && ocrRequestBand(bandText)));
    const review = REVIEW_BAND.every((re) => re.test(bandText)) || request;
    if (numbersOf(out[f]!) < MIN_PART_COLUMNS && !review) continue;
    const cols = columnsBelow(out, f, review);
    if (!cols) continue;
    // The first row's own wrapped label (lines of label text only under the last column text) stays out.
    const lowest = maxOf(runsOf(mine, cols).filter((r) => columnOfRun(r, cols) !== -1).map((r) => r.bottom));
    const header = mine.filter((it) => it.top < lowest);
    const keep = band.filter((l) => l.top >= lowest);
    const stacked = bandLines(header, cols, review, ocr && request);
    if (!stacked) continue;
    spliceAll(out, top, f - top, [...stacked, ...keep]);
    f = top; // the lines above the band are scanned next (indices below it are unchanged)
  }
  return out;
}

/** Lines at the top of a page that may come before the first row of a header cut by the page break (the band's last pieces). */
const CARRY_LINES = 4;
/** × font size. Gap left between a carried band and the next page's first line. */
const CARRY_GAP = 0.5;

/**
 * A borderless wide table's header band cut from its rows by the page break: page `a` ends with the
 * band (text lines only, up to MAX_BAND_LINES, below a heading or prose) and page `b` starts with the
 * table's first wide row of numbers (after at most CARRY_LINES lines of text: the band's last pieces,
 * '组织 机构'). The band has no numbers on its own page to give it its columns, so it was read line by
 * line (no header word whole: `columns_unread`). Its items are moved onto page `b` right above that
 * page's first line, where stackHeaderBands reads them with the rows' columns. Table 四's band (or
 * table 三's over its 本年新收 row) may be cut higher: only its group headers on page `a`, its leaves,
 * wrapped one character per line, on up to MAX_BAND_LINES lines of page `b` (A5), over a row of 1–4
 * numbers (zeros blank): carried too, read by the band's own leaves (sparseb48). Null when the pages
 * are not so; else page `a`'s items kept and the band's items placed on page `b`.
 */
export function carryHeaderBand(a: readonly PdfItem[], b: readonly PdfItem[], heights?: readonly [number, number]): { kept: PdfItem[]; carried: PdfItem[]; under: PdfItem[] } | null {
  const [la, lb] = withoutRunningLines(itemsToLines(a), itemsToLines(b), heights);
  let top = la.length;
  while (top > 0 && la.length - top < MAX_BAND_LINES && !isStop(la[top - 1]!) && numbersOf(la[top - 1]!) === 0) top--;
  if (top === la.length || top === 0 || !isStop(la[top - 1]!)) return null;
  const f = lb.findIndex((l) => numbersOf(l) > 0 || isStop(l));
  if (f < 0) return null;
  const y = la[top]!.top;
  const end = la.at(-1)!.bottom;
  const inBand = (it: PdfItem): boolean => it.top + it.height / 2 >= y && it.top + it.height / 2 <= end;
  const band = a.filter(inBand);
  // Table 四's band (行政复议 … 行政诉讼 over its leaves wrapped one character per line) or table 三's over
  // its first row: its rows may print fewer numbers than MIN_COLUMNS (zeros blank) and its leaves many lines.
  const head = lb.slice(0, f);
  const text = [...la.slice(top), ...head].map((l) => l.cells.join('')).join('') + columnText([...band, ...b.filter((it) => head.length > 0 && it.top + it.height / 2 <= head.at(-1)!.bottom)]);
  // A scan's band (OCR'd items) read with characters lost still names 组织 and most of table 三's leaves (as stackHeaderBands).
  const ocr = band.some((it) => it.ocr === true);
  const request = TABLE3_FIRST_ROW.test(rowText(lb, f)) && (REQUEST_BAND.every((re) => re.test(text)) || (ocr && ocrRequestBand(text)));
  const review = REVIEW_BAND.every((re) => re.test(text)) || request;
  // On a scan only a band named as table 三's or 四's over a row printing fewer numbers than MIN_COLUMNS (zeros blank) is
  // carried: there only the header places the values. A row printing every column is placed by the template's order
  // already, and OCR's reading of a band (its characters misread, fresh51 f32 '皮层 洒 沙') placed it worse.
  if (ocr && (!review || numbersOf(lb[f]!) >= MIN_COLUMNS)) return null;
  if (review ? f > MAX_BAND_LINES || numbersOf(lb[f]!) < 1 || !columnsBelow(lb, f, true) : f > CARRY_LINES || numbersOf(lb[f]!) < MIN_COLUMNS || !columnsBelow(lb, f)) return null;
  const size = maxOf(band.map((it) => it.size));
  const dy = lb[0]!.top - CARRY_GAP * size - maxOf(band.map((it) => it.top + it.height));
  const carried = band.map((it) => ({ ...it, top: it.top + dy }));
  // Page b's running header (above its first line) is moved above the carried band, off its lines.
  const above = (it: PdfItem): boolean => it.top + it.height <= lb[0]!.top;
  const lift = maxOf(b.filter(above).map((it) => it.top + it.height), 0) - minOf(carried.map((it) => it.top)) + RUNNING_GAP * size;
  const under = b.map((it) => (above(it) && lift > 0 ? { ...it, top: it.top - lift } : it));
  return { kept: a.filter((it) => !inBand(it)), carried, under };
}

/** × font size. Gap left above a carried band for the next page's running header: wider than any gap inside a band, so the band ends below it. */
const RUNNING_GAP = 8;

/** Share of the page height at its top and at its bottom where running headers and footers print (as pdf/furniture.ts). */
const RUNNING_MARGIN = 0.09;

/**
 * Two pages' lines without their running headers and footers (Chromium's date and title above, URL
 * and '1/3' below): lines in a page's top or bottom margin that the other page prints in its margins
 * too, numbers aside. They lie between a band ending one page and the rows starting the next.
 * `heights`: the pages' heights (none: the lines as they are).
 */
function withoutRunningLines(la: PositionedLine[], lb: PositionedLine[], heights?: readonly [number, number]): [PositionedLine[], PositionedLine[]] {
  if (!heights) return [la, lb];
  const shape = (l: PositionedLine): string => l.cells.join(' ').replace(/\d+/g, '#');
  const inMargin = (l: PositionedLine, h: number): boolean => l.top < RUNNING_MARGIN * h || l.bottom > (1 - RUNNING_MARGIN) * h;
  const margins = (ls: PositionedLine[], h: number): Set<string> => new Set(ls.filter((l) => inMargin(l, h)).map(shape));
  const [ma, mb] = [margins(la, heights[0]), margins(lb, heights[1])];
  return [la.filter((l) => !inMargin(l, heights[0]) || !mb.has(shape(l))), lb.filter((l) => !inMargin(l, heights[1]) || !ma.has(shape(l)))];
}
