/**
 * @file Table 四 of a `mutool draw -F txt` dump of a LibreOffice print with its zeros left blank: its 15
 * cells a line each, a blank cell a line of spaces, a blank cell right after a filled one two spaces ending
 * that cell's line ('15  ' / '3  ' / ' ' / '3'; layout/cut-cell-lines reads table 三 so). Read a line at a
 * time, the blank cells are empty lines like the ones parting mutool's blocks, and the 15 cells lose their
 * places. Here the one run of value lines holding exactly 15 cells so counted, after the table's header, is
 * written as one tab row (a blank cell empty). Only where the table shows three blank-cell lines or more.
 */
import { BLANK_AFTER, BLANK_LINE, MIN_BLANK_LINES, VALUE } from './cut-cell-lines.js';

const TABLE_START = /政府信息公开行政复议、?行政诉讼情况/;
const TABLE_END = /存在的主要问题|其他需要报告/;
/** Table 四's cells. */
const CELLS = 15;
/** Lines a table 四 region may hold. */
const MAX_REGION = 200;

const squeeze = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/**
 * Table 四's stretch of the dump: from its heading (`start`) to the heading after it (`end`: section 五's, or where
 * MAX_REGION lines or the text end); null without the heading.
 */
function reviewRegion(lines: readonly string[]): { start: number; end: number } | null {
  const start = lines.findIndex((l) => TABLE_START.test(l) && squeeze(l).length < 30);
  if (start < 0) return null;
  let end = start + 1;
  while (end < lines.length && end - start < MAX_REGION && !(TABLE_END.test(lines[end]!) && squeeze(lines[end]!).length < 30)) end++;
  return { start, end };
}

/** The dump's lines with table 四's 15 cells, counted by mutool's blank cells, as one tab row (unchanged when not so). */
export function joinBlankReviewCells(lines: readonly string[]): readonly string[] {
  const region = reviewRegion(lines);
  if (!region) return lines;
  const { start, end } = region;
  let blanks = 0;
  for (let i = start + 1; i < end; i++) if (BLANK_LINE.test(lines[i]!)) blanks++;
  if (blanks < MIN_BLANK_LINES) return lines;
  // Runs of value lines (empty lines inside a run part mutool's blocks, no cells), their cells counted.
  const runs: { from: number; to: number; cells: string[] }[] = [];
  let run: { from: number; to: number; cells: string[] } | null = null;
  for (let i = start + 1; i < end; i++) {
    const l = lines[i]!;
    const t = squeeze(l);
    if (BLANK_LINE.test(l) || VALUE.test(t)) {
      run ??= { from: i, to: i, cells: [] };
      run.cells.push(t);
      if (t !== '' && BLANK_AFTER.test(l)) run.cells.push('');
      run.to = i;
    } else if (l !== '') {
      if (run) runs.push(run);
      run = null;
    }
  }
  if (run) runs.push(run);
  const whole = runs.filter((r) => r.cells.length === CELLS);
  if (whole.length !== 1 || runs.some((r) => r !== whole[0] && r.cells.some((c) => c !== ''))) return lines;
  const { from, to, cells } = whole[0]!;
  return [...lines.slice(0, from), cells.join('\t'), ...lines.slice(to + 1)];
}

/** A line of spaces only (pypdf / PDFBox write a row of blank cells so: a space where each cell's text would be, no digit). */
const SPACES_ONLY = /^[ \u00a0\u3000]{2,}$/;
/** A line showing blank cells beside printed ones: two spaces between words, or one or more ending the line after text ('规章   ', '8 3  3 14'). */
const BLANK_CELLS_SHOWN = /\S(?: {2,}\S| +$)/;
/** Lines of the document outside table 四 that must show blank cells so before its row of spaces reads as 15 blank cells. */
const MIN_BLANK_SHOWN = 3;
/** Words table 四's header prints (squeezed): the table was printed, its header whole. */
const REVIEW_HEADER_WORDS = ['行政复议', '行政诉讼', '维持', '纠正', '尚未', '审结', '总计'];

/**
 * Table 四 printed with every cell blank, in a dump writing blank cells as spaces (pypdf `extract_text()`,
 * PDFBox ExtractText of a Chromium or LibreOffice print of a report whose tables leave 0 empty): after the
 * table's header lines its one row is a line of spaces only ('        '), which a line reader drops as
 * empty — the table read as not printed, its 15 fields missing. The index of that line when it is the
 * table's only line after its header — the region from the table's heading to section 五 printing the
 * header's words, no digit, and exactly one line of spaces, the last line there holding anything — and the
 * document shows blank cells elsewhere (MIN_BLANK_SHOWN lines with a double space or trailing spaces after
 * text); -1 otherwise. Such a row is read as 15 cells printed empty (0, flag `blank`: map/review-stream).
 */
export function blankReviewRowLine(lines: readonly string[]): number {
  const stretch = reviewRegion(lines);
  if (!stretch) return -1;
  const { start, end } = stretch;
  if (end >= lines.length || end - start >= MAX_REGION) return -1;
  const region = lines.slice(start + 1, end);
  if (region.some((l) => /\d/.test(l) || l.includes('\t'))) return -1;
  const header = squeeze(region.join(''));
  if (!REVIEW_HEADER_WORDS.every((w) => header.includes(w))) return -1;
  const spaces = region.flatMap((l, i) => (SPACES_ONLY.test(l) ? [i] : []));
  if (spaces.length !== 1) return -1;
  if (region.slice(spaces[0]! + 1).some((l) => l.trim() !== '')) return -1;
  let shown = 0;
  for (let i = 0; i < lines.length && shown < MIN_BLANK_SHOWN; i++) if ((i <= start || i >= end) && BLANK_CELLS_SHOWN.test(lines[i]!)) shown++;
  return shown >= MIN_BLANK_SHOWN ? start + 1 + spaces[0]! : -1;
}

/** Table 三's heading: its rows lie from here to table 四's heading. */
const REQUEST_START = /收到和处理政府信息公开申请情况/;
/** A line of label text ended by spaces (pypdf / PDFBox write a row's blank cells after its label so: '8.属于行政查询事项   '). */
const LABEL_THEN_SPACES = /\p{Script=Han}[）)”」]?[ \u00a0\u3000]+$/u;
/** A count standing alone on the line (a value printed): such a line is a row with values, not one printing none. */
const STANDING_NUMBER = /(?:^|[ \u00a0\u3000])\d[\d,.]*(?=[ \u00a0\u3000]|$)/;
/** A line starting a row of its own: an item ('3.其他'), a block ('（七）总计'), a section ('四、结转…'). */
const ROW_START = /^[ \u00a0\u3000]*(?:\d{1,2}\s*[.、．](?!\d)|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+\s*[、.．])/;
/** A line of values only ('0  0 00', '3'). */
const VALUES_ONLY = /^[ \u00a0\u3000]*\d[\d,. \u00a0\u3000]*$/;
/** A line ending in a run of two digits or more glued to its label ('…申请数量743841612747288': pypdf of cells that touch, map/row-candidates gluedWholeRow): it prints values. */
const GLUED_RUN_END = /\p{Script=Han}[\d,]*\d\d[\d,]*[ \u00a0\u3000]*$/u;
/** Tab rows in table 三 (cells cut by an earlier stage) that leave its label lines to the row readers. */
const MIN_TAB_ROWS = 3;
/** Fewest rows printing values on their label's line before label lines with none are rows printing nothing. */
const MIN_VALUED_ROWS = 2;
/** A group label alone (squeezed; '（三）不予公开', '三、本年度办理结果'): the label of the rows under it, no row. */
const GROUP_LABEL = /^(?:[（(][三四五六][）)])?(?:不予公开|无法提供|不予处理|其他处理)$|^三、?本年度办理结果$/;
/** Header words of table 三 (squeezed): a header line is no row. */
const REQUEST_HEADER = /申请人情况|自然人|法人或其他组织|商业企业|科研机构|社会公益|法律服务|勾稽/;

/**
 * Whether line `i` is the wrapped tail of a row that printed its values on an earlier line: going up from `i` to its
 * row's start (a ROW_START line, `first` at most), a line above `i` holds a count — a label column setting its text at
 * the top prints the values on the row's first line and the label below ('(8)  0  0 …' / '属于' / '行政' / '查询' /
 * '事项': test/item-rows), so the label's last piece is no row printing nothing.
 */
function tailOfValuedRow(lines: readonly string[], i: number, first: number): boolean {
  for (let k = i; k >= first; k--) {
    const l = lines[k]!;
    if (k < i && STANDING_NUMBER.test(l)) return true;
    if (ROW_START.test(l)) return false;
  }
  return false;
}

/**
 * Table 三's rows printed with every cell blank, in a dump writing blank cells as spaces (pypdf `extract_text()`, PDFBox
 * ExtractText of a print whose tables leave 0 empty): the row's label line ends in the spaces of its cells
 * ('（一）予以公开        ', '8.属于行政查询事项   '), which a line reader trims to a label alone — taken as the start of
 * the next row's label, the row lost. The indexes of such lines between table 三's heading and table 四's, when the next
 * line holding anything starts a row of its own (an item, a block, a section: a wrapped label's first line ending in a
 * space is no row) or is table 四's heading, and the table shows MIN_BLANK_SHOWN of them. In a dump whose rows print their
 * values on their label's line (MIN_VALUED_ROWS such lines, no line of values alone: pypdf of a borderless print trims the
 * spaces), a label line with no value is such a row whether spaces end it or not (a group label alone is none) (a producer ending every text
 * line in a space shows a few at most between value rows). Each is read as its label beside blank cells (build-rows
 * `blankRow`): 0 where the table prints its zeros blank (map/row-candidates zerosPrintedBlank), else not read. A line
 * parting cells by tabs is a row of cells already, and the wrapped tail of a row that printed its values on an earlier
 * line (`tailOfValuedRow`) is no row.
 */
export function blankRequestRowLines(lines: readonly string[]): ReadonlySet<number> {
  const start = lines.findIndex((l) => REQUEST_START.test(l) && squeeze(l).length < 30);
  if (start < 0) return new Set();
  const review = reviewRegion(lines);
  const end = review && review.start > start ? review.start : -1;
  if (end < 0 || end - start >= MAX_REGION) return new Set();
  // Rows start at the first row label (the header's lines before it: no row).
  let first = start + 1;
  while (first < end && !ROW_START.test(lines[first]!)) first++;
  // Rows an earlier stage already cut into cells (tab rows: a block dump's boxes rejoined, map/box-pages, lone-runs) say
  // which rows printed values: a label line alone among them is a wrapped label's piece or a pile's label, no row printing
  // nothing (fresh49 k2-2002 pm-L03: the pile of 不予公开's labels 1.–6. read as blank rows, 0.88 on the values after it).
  const body = lines.slice(first, end);
  if (body.filter((l) => l.includes('\t')).length >= MIN_TAB_ROWS) return new Set();
  // A dump writing each row's values on its label's line (no line of values alone; pypdf of a borderless print trims the
  // blank cells' spaces): a label line with no value is a row printing nothing too.
  const valued = body.filter((l) => /\p{Script=Han}/u.test(l) && STANDING_NUMBER.test(l)).length;
  const onLabelLines = valued >= MIN_VALUED_ROWS && !body.some((l) => VALUES_ONLY.test(l));
  const found = new Set<number>();
  for (let i = first; i < end; i++) {
    const l = lines[i]!;
    // (A line parting cells by tabs is a row of cells already, its blanks empty cells: 'label\t0', 'label\t\t'.)
    if (l.includes('\t') || !(onLabelLines ? /\p{Script=Han}/u.test(l) : LABEL_THEN_SPACES.test(l)) || STANDING_NUMBER.test(l) || GLUED_RUN_END.test(l) || /\S {2,}\S/.test(l) || REQUEST_HEADER.test(squeeze(l)) || GROUP_LABEL.test(squeeze(l))) continue;
    if (tailOfValuedRow(lines, i, first)) continue;
    let j = i + 1;
    while (j < end && lines[j]!.trim() === '') j++;
    if (j === end || ROW_START.test(lines[j]!)) found.add(i);
  }
  return found.size >= MIN_BLANK_SHOWN ? found : new Set();
}

/** Table 二's heading: its rows lie from here to table 三's heading. */
const ACTIVE_START = /主动公开政府信息情况/;
/** Table 二's (2021 template) row labels and the cells each prints. */
const ACTIVE_ROW_CELLS: ReadonlyMap<string, number> = new Map([['规章', 3], ['行政规范性文件', 3], ['行政许可', 1], ['行政处罚', 1], ['行政强制', 1], ['行政事业性收费', 1]]);
/** A table 二 row printing its label, then its value after a gap of columns ('行政处罚          267'): the dump lays its cells out in place. */
const LABEL_GAP_VALUE = /\p{Script=Han}[ \u3000]{3,}\d[\d,.]*(?:[ \u3000]|$)/u;

/**
 * Table 二's rows printed with every cell blank in a dump laying cells out in place (`pdftotext -layout` of a print whose
 * tables leave 0 empty): the row is its label alone on its line ('规章', '行政强制') — read as an orphan label, joined to
 * the next sub-table's caption ('行政处罚 行政强制 第二十条第（八）项'), its cells missing. The lines (index → the row's
 * cells) between table 二's heading and table 三's whose whole text is one of the template's row labels, no line of
 * values alone beside them (a row whose values pdftotext set on a line of their own), when another row of the table prints
 * its label and a value after a gap of columns (LABEL_GAP_VALUE) — and table 三 shows rows printing nothing the same way
 * (`requestRowsShown`: MIN_BLANK_SHOWN label lines of its rows alone). Each is read as its label beside blank cells (0,
 * flag `blank`, as table 三's rows printing nothing are: blankRequestRowLines).
 */
export function blankActiveRowLines(lines: readonly string[]): ReadonlyMap<number, number> {
  const start = lines.findIndex((l) => ACTIVE_START.test(l) && squeeze(l).length < 30);
  const end = lines.findIndex((l, i) => i > start && REQUEST_START.test(l) && squeeze(l).length < 30);
  if (start < 0 || end < 0 || end - start >= MAX_REGION) return new Map();
  const region = lines.slice(start + 1, end);
  if (!region.some((l) => LABEL_GAP_VALUE.test(l)) || !requestRowsShown(lines, end)) return new Map();
  const near = (i: number, step: 1 | -1): string => {
    for (let j = i + step; j > start && j < end; j += step) if (lines[j]!.trim() !== '') return lines[j]!;
    return '';
  };
  const found = new Map<number, number>();
  for (let i = start + 1; i < end; i++) {
    const cells = ACTIVE_ROW_CELLS.get(lines[i]!.trim());
    if (cells !== undefined && !VALUES_ONLY.test(near(i, -1)) && !VALUES_ONLY.test(near(i, 1))) found.set(i, cells);
  }
  return found;
}

/** Whether table 三 (from its heading `start` to table 四's) shows MIN_BLANK_SHOWN of its numbered rows as their label alone on a line. */
function requestRowsShown(lines: readonly string[], start: number): boolean {
  const review = reviewRegion(lines);
  const end = review && review.start > start ? review.start : Math.min(lines.length, start + MAX_REGION);
  let shown = 0;
  for (let i = start + 1; i < end && shown < MIN_BLANK_SHOWN; i++) {
    const l = lines[i]!.trim();
    if (/^(?:\d{1,2}\s*[.、．]|[一二三四]、)\S*\p{Script=Han}$/u.test(l) && !STANDING_NUMBER.test(l) && !/\S\s{2,}\S/.test(l)) shown++;
  }
  return shown >= MIN_BLANK_SHOWN;
}
