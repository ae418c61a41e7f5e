/**
 * @file Lines of one table region → candidate table rows: label text plus the values that follow
 * it. A row ends where a line ends after values, or where label text follows values on the same
 * line (crawler dumps put a whole table on one line). Text-only lines are kept as `pending` label
 * text for the next row (labels wrapped or split across lines: '(四) 无法提' / '供').
 */
import { memoByObject, memoByString, memoByStrings } from '../_internal/memo.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import type { Line, OcrCellInfo, SourceRef } from '../model/document.js';
import { ACTIVE_COLUMN_WORDS_2019, ACTIVE_COLUMN_WORDS_2021 } from '../template/active.js';
import { REVIEW_COLUMN_WORDS, REVIEW_GROUP_WORDS } from '../template/review.js';
import { numberingLines } from './numbering-lines.js';
import { groupedValue, MAX_SIGN_GAP, parseWholeValue, signDash, SPACED_GROUPS, tokenizeCell, type CellParts, type OcrToken, type ValueToken } from './tokenize-cell.js';
import { pushAll } from '../_internal/extremes.js';
import { tick } from '../_internal/work-budget.js';

/** One row candidate of a statistics table. */
export interface TableRow {
  /** Label text printed in the row itself. */
  label: string;
  /** Text of the text-only lines just above (a wrapped or split label, or noise). */
  pending: string;
  values: ValueToken[];
  /**
   * Values in printed order. In separated input (tab, `|`, `<td>`) empty cells are kept as `blank`
   * tokens; which of them are real cells is decided against the column count (row-candidates).
   */
  blankCells: number;
  /** The row's cells sit on a table grid, one per column, none missing (HTML full-width rows, ruled PDF). */
  onGrid?: boolean;
  /**
   * Read from an OCR'd line (Line.ocr): a cell OCR found empty may be a faint digit the recogniser missed, so the row's
   * empty cells are OCR readings too — read as 0 they carry `ocr` and the OCR trust rule (map/row-candidates `ocrBlanks`),
   * also when the row's segment of empty cells kept none of its tokens.
   */
  ocrRead?: true;
  /**
   * Built from a footnote line under (or over) a table, off its grid ('注：2023 年度共收到行政复议、行政诉讼3起…
   * 数据来源于 2024 年 1 月 15 日统计。'): its numbers are the note's (a year, a date), cut into rows at
   * each run of text ('注: 2023', '年 1', '月 15'), not a table row's cells (`NOTE_LINE`).
   */
  note?: true;
  /**
   * Placed by its OCR'd ruled grid's row order, the grid printing exactly the template's rows
   * (map/grid-order): its position is the grid's, not a guess between labelled rows.
   */
  gridOrdered?: boolean;
  /**
   * Label text no values followed (cut off by a column header or the end of the table): kept so
   * that the tail of a wrapped label can rejoin the row above (map/join-fragments); never a row itself.
   */
  orphan?: boolean;
  /**
   * The row's digits are in doubt though each token looks clean: printed beside or below a label
   * that was printed twice and read once (Line.undoubled: '66' may be 6 twice), or followed by a
   * line of bare numbers that may be the rest of its number ('行政许可 29' / '38' for 2938), or on
   * (or below a label on) a line with bytes that did not decode (Line.damaged).
   */
  digitsSuspect?: boolean;
  /**
   * The pending text's lines, when it is made of whole text-only lines that started right after a
   * line ending in values (or a column header, or the region's start) and the row's values stand
   * alone on their line: a label printed on lines of its own above its values ('2.其他法律…' /
   * values). Absent for text after values on one line, a pile split by splitPiledLabels or regrouped
   * by regroupWrappedPile. map/named-row decides whether such a label names the row.
   */
  pendingLines?: string[];
  /**
   * Of an orphan row closing the lines (text after the last values line): its label's whole lines, when they are clean as
   * `pendingLines` would be ('行政强制' / '第二十条第（八）项' / … / '行政事业性收费' after table 二's last value: map/active-small-tables
   * cuts them at the headings).
   */
  orphanLines?: string[];
  /**
   * The whole text-only lines printed between the previous values line and this row's (`above`) and
   * between this row's and the next values line (`below`), when this row's line holds one label
   * segment and its values and those lines are plain text lines (no header, no pile split): a label
   * wrapped around its values, the cell centred vertically (pdftotext -layout of a narrow label
   * column). map/named-row namedByCentredLabel decides whether they name the row.
   */
  around?: Around;
  /** Read from a PDF text dump's block-ordered line (Line.blockOrdered). */
  blockOrdered?: true;
  /** The row's values were put beside its label by their order in a stream after a pile of labels (Line.valuesByOrder). */
  valuesByOrder?: true;
  /** The text block of a block-ordered dump its values line is in (Line.block). */
  block?: number;
  /** Each value's text block, for a line put together from several (Line.valueBlocks). */
  valueBlocks?: number[];
  /** Printed beside unjoined pieces of wrapped numbers (Line.piecesBeside): any value may be a piece. */
  piecesBeside?: true;
  /** A label line alone read as a row of blank cells (Line.labelAlone): nothing was printed beside the label. */
  labelAlone?: true;
  /**
   * Values joined from this many lines of a block-ordered dump (map/table-rows mergeCellPerLine): the
   * row's cells were printed as separate text blocks, whose order the dumper chose (score BLOCK_ORDER_CAP).
   */
  blocksApart?: number;
  /**
   * Values tables/column-pages read from this many lines in stream order (headless columns, lead pages: Line.linesApart),
   * or map/table-rows mergeCellPerLine joined from this many adjacent lines (no blank line between):
   * the order of the row's cells is the stream's, and the row's own total holds in any order of its parts (score
   * BLOCK_ORDER_CAP, through RowEvidence.cellsApart). A block-ordered dump's lines count as blocks (blocksApart).
   */
  linesApart?: number;
  source: SourceRef;
}

/** The text-only lines around a values line (TableRow.around). */
export interface Around {
  above: string[];
  below: string[];
  /** The row's values as printed (valuesKey): the row still holds its line's values. */
  values: string;
  /** The previous values line's label text and the lines above it, when that line had `around` too. */
  prev?: { label: string; above: string[] };
}

/** chars. Provenance keeps the end of the row's text (the label's distinctive part and the values). */
const SOURCE_TEXT_CHARS = 120;

/**
 * Column-header vocabulary (normalized): a text-only line with two of these is a header, not a label
 * part. Table 四's result and litigation sub-group words and table 二's column words are the
 * template's (template/review, template/active); 总计 heads tables 三 and 四 alike.
 */
const HEADER_WORDS: readonly string[] = [
  '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '法人或其他组织', '申请人情况',
  ...REVIEW_COLUMN_WORDS.filter(([, c]) => c !== 'total').map(([w]) => w),
  ...REVIEW_GROUP_WORDS.filter(([, g]) => g !== 'review').map(([w]) => w),
  ...Object.values(ACTIVE_COLUMN_WORDS_2021), '信息内容',
  // 2019's 处理决定数量 is inside 2021's 本年处理决定数量: listed once, so one printed word is not two.
  ...Object.entries(ACTIVE_COLUMN_WORDS_2019).filter(([k]) => k !== 'decisions').map(([, w]) => normalizeLabel(w)),
  '数据1', '数据2', '数据3', '总计', '勾稽关系',
];

/** Table furniture in labels: '第二十条第（一）项', '信息内容', '（单位：万元）', header words wrapped apart ('本年废止' / '件数'). */
// The item number stays when its brackets were lost (a Ghostscript reprint's undecodable '（', vertical forms): '第二十条第五项'.
const FURNITURE = /第二十条第?[一二三四五六七八九十]?项?|信息内容|单位万元|单位元|本年制发|本年废止|现行有效|件数/g;

/**
 * A normalized label without column-header words and table furniture, when something is left:
 * in dumps the header text runs straight into the first row's label ('…现行有效件数规章000').
 */
export const stripHeaderWords: (norm: string) => string = memoByString((norm) => {
  const rest = withoutHeaderWords(norm);
  return rest.length > 0 ? rest : norm;
});

function withoutHeaderWords(norm: string): string {
  let rest = norm.replace(FURNITURE, '');
  for (const w of HEADER_WORDS) rest = rest.split(w).join('');
  return rest;
}

/** True for a normalized text made of column-header words and table furniture only ('现行有效件数', '本年制发件数本年废止件数'). */
export const headerWordsOnly = memoByString((norm) => norm.length > 0 && withoutHeaderWords(norm).length === 0);

/** True for a text-only line that is a column header (it must not become a row label). */
export function isHeaderText(text: string): boolean {
  return hasHeaderWords(normalizeLabel(text));
}

/** Two or more column-header words in a normalized text (memoized: pure, asked of the same cells many times). */
const hasHeaderWords = memoByString((norm) => HEADER_WORDS.filter((w) => norm.includes(w)).length >= 2);

interface Segment {
  text: string;
  values: ValueToken[];
  blankCells: number;
}

/** OCR's knowledge of a cell as token data: alternative readings parsed as numbers. */
function ocrToken(info: OcrCellInfo | undefined): OcrToken {
  const alternatives = (info?.alternatives ?? []).map((a) => parseWholeValue(a)).flatMap((t) => (t?.kind === 'num' ? [t.value] : []));
  return { ...(alternatives.length > 0 ? { alternatives } : {}), ...(info?.unread ? { unread: true } : {}), ...(info?.deciphered ? { deciphered: true } : {}) };
}

/** A cell holding one plain number ('12', '0', '3.5'). */
const PLAIN_NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;

/**
 * A separated cell that holds numbers and marks but no label text, and is not one clean number
 * ('637 .38', '3、5', '476..38', '12 / 3'): the cell says where its value ends, and what it holds
 * there is not a value as printed. Each number read from it is only a piece of what was meant: suspect,
 * never confirmed as certain (a decimal point typed as '、' or doubled, a space inside the number).
 */
function damagedCell(parts: CellParts['parts']): boolean {
  const texts = parts.filter((p) => p.kind === 'text');
  return texts.length > 0 && parts.some((p) => p.kind === 'num') && texts.every((p) => !/\p{L}/u.test(p.text));
}

/** Text of U+FFFD only (an unread glyph's mark around a damaged number). */
const UNREAD_MARKS = /^[\s\ufffd]+$/;

/** Thousands grouped by single spaces, the first group not led by 0 ('78 776', '1 234 567'). */
const SPACED_THOUSANDS = /^[1-9]\d{0,2}(?: \d{3})+$/;

/** A separated cell that is one number grouped by spaces (SPACED_THOUSANDS): a grouped token, marked; null when it is not one. */
function spacedThousands(cell: string): ValueToken | null {
  if (!SPACED_THOUSANDS.test(cell)) return null;
  const t = groupedValue(cell, SPACED_THOUSANDS);
  return t && t.kind === 'num' ? { ...t, grouped: true } : null;
}

/**
 * A cell's tokens by its text and how it stands in its line (`how`: 'n' numerals read, 'p' phrases
 * read, then its ValueCellPlace): tokenizeCell is pure, and a table prints the same cells over and
 * over ('0', '1', a row's labels in each copy), so each is tokenized once. The parts are shared:
 * lineToSegments copies every value token it keeps and only reads the text ones.
 */
const cellTokens = memoByStrings((cell: string, how: string): CellParts['parts'] =>
  tokenizeCell(cell, { numerals: how.includes('n'), phrases: how.includes('p'), ...(how.endsWith('first') ? { valueCell: 'first' as const } : how.endsWith('after') ? { valueCell: 'after' as const } : {}) }).parts);

/** A cell ending with a one-character dash standing apart, as printed (full-width '－' too, which tokenize-cell reads as '-'). */
const PRINTED_SIGN_DASH = /(?:^|\s)[-−–—‐－]$/u;

/**
 * Marks `sign` the one-character dash (tokenize-cell signDash) that ends the cell before cell `i` of a
 * space-aligned line (its cells' `starts` known) when cell `i` starts with a number of no sign at most
 * MAX_SIGN_GAP spaces after it: the dump split at that gap a minus sign printed apart from its number
 * ('行政处罚      1527      –  8': 1527, −8 and an empty cell, or 1527, a mark and 8), which inside one
 * cell tokenize-cell marks so. The row's cells decide (map/signed-pairs).
 */
function markSignApart(line: Line, i: number, values: ValueToken[], first: CellParts['parts'][number] | undefined): void {
  const starts = line.starts;
  const prev = values[values.length - 1];
  if (!starts || starts.length !== line.cells.length || first?.kind !== 'num' || first.value < 0 || !signDash(prev) || prev?.kind !== 'na' || prev.sign) return;
  const before = line.cells[i - 1]!.trimEnd();
  // The cell ends with the dash as printed (tokenize-cell reads a full-width '－' as '-').
  if (!PRINTED_SIGN_DASH.test(before) || starts[i]! - (starts[i - 1]! + before.length) > MAX_SIGN_GAP) return;
  values[values.length - 1] = { ...prev, sign: true };
}

/** A line → alternating (text, values) segments; interior blank cells between values are kept. */
function lineToSegments(line: Line): Segment[] {
  const segments: Segment[] = [];
  let cur: Segment = { text: '', values: [], blankCells: 0 };
  const plainCell = line.cols !== undefined && line.cells.some((c) => PLAIN_NUMBER.test(c));
  // A line of one cell that is only a Chinese numeral ('三': a sheet's name, a section's number) is a heading, not a value.
  const numerals = line.cells.filter((c) => c.trim() !== '').length > 1;
  // Several values in one phrase are a cell's, not a sentence's: only in a line of cells or a grid cell (tokenizeCell).
  const phrases = numerals || line.cols !== undefined;
  /** The last cell that printed text printed nothing else: the row's label cell. */
  let labelCell = false;
  for (const [i, cell] of line.cells.entries()) {
    const col = line.cols?.[i];
    const ocr = line.ocr ? ocrToken(line.ocr[i]) : undefined;
    // A grid cell is one column: digits with spaces between their groups are one number ('12 345', '1 2 3'),
    // when another cell of the line holds one plain number. Otherwise the line may be two rows pasted into one
    // (values stacked with <br>: '3 5' is 3 of one row and 5 of the next).
    // A cell of a line split at tabs or wide gaps holding one number with single spaces between groups of three
    // ('78 776'): one number grouped (marked), or two cells a narrow gap kept apart — the row's count of values
    // and the identities choose (map/row-candidates groupsConfirmed, groupsSplit).
    const grouped = col !== undefined && plainCell ? groupedValue(cell.trim(), SPACED_GROUPS) : line.separated && col === undefined ? spacedThousands(cell.trim()) : null;
    // After the row's label cell a cell is a value cell: what it prints beside its numbers is judged (tables/cell-words).
    // Not after text left over from a cell with values ('37件（含' | '28件）86': a PDF cell cut in two), which is no label cell.
    const valueCell = !phrases || !labelCell ? undefined : cur.values.some((v) => v.kind !== 'blank' || v.unread) ? 'after' : 'first';
    // An OCR'd cell marked unread that holds no digit (a lone glyph misread: ocr/index LONE_GLYPH) is a value not given, not label text.
    // A cell of U+FFFD marks only (every glyph of it printed and not decoded: pypdf's lone '\ufffd' line between 行政处罚
    // and its cut count's '8') is a cell not read, not label text: its value is not given.
    const unreadCell = line.unread?.includes(i) || (ocr?.unread === true && !/\d/.test(cell)) || (cell.includes('\ufffd') && UNREAD_MARKS.test(cell));
    const tokens: CellParts['parts'] = unreadCell ? [{ kind: 'blank', unread: true }] : grouped ? [grouped] : cellTokens(cell, `${numerals ? 'n' : ''}${phrases ? 'p' : ''}${valueCell ?? ''}`);
    if (tokens.some((t) => t.kind === 'text')) labelCell = tokens.every((t) => t.kind === 'text');
    const damaged = line.separated && damagedCell(tokens);
    // A dash ending the previous cell a narrow gap before this cell's number ('1527            –  8'): maybe its minus sign (markSignApart).
    if (i > 0) markSignApart(line, i, cur.values, tokens[0]);
    // A number marked unread on both sides and nothing else ('\ufffd1\ufffd': a number the page may not show whole — '1' of 15
    // clipped at the page's edge, or drawn over another) is a cell not read: its marks are no label (they would start a row
    // of their own and take the number from its row) and its number no value (it may be a piece of one).
    const marked = damaged && tokens.every((t) => t.kind === 'num' || (t.kind === 'text' && UNREAD_MARKS.test(t.text))) && tokens.filter((t) => t.kind === 'num').length === 1;
    const cellParts: CellParts['parts'] = marked ? [{ kind: 'blank', unread: true }] : damaged ? tokens.map((t) => (t.kind === 'num' ? { ...t, suspect: true, zeroLed: false } : t)) : tokens;
    for (const token of cellParts) {
      const fused = token.kind === 'num' && line.fused?.includes(i) === true;
      const joined = token.kind === 'num' && line.joined?.includes(i) === true;
      const part = token.kind === 'text' ? token : { ...token, ...(col === undefined ? {} : { col }), ...(ocr ? { ocr } : {}), ...(fused ? { mayFuse: true } : {}), ...(joined ? { wrapped: true } : {}) };
      if (part.kind === 'text') {
        if (cur.values.length > 0) {
          segments.push(cur);
          cur = { text: '', values: [], blankCells: 0 };
        }
        cur.text += (cur.text ? ' ' : '') + part.text.trim();
      } else if (part.kind === 'blank') {
        cur.values.push(part);
        cur.blankCells++;
      } else {
        cur.values.push(part);
      }
    }
  }
  segments.push(cur);
  for (const s of segments) {
    // A segment of empty cells only has no values: it is a blank row (or nothing). A cell printed and not read (`unread`) is not empty.
    if (s.values.every((v) => v.kind === 'blank' && !v.unread && !v.ocr?.unread)) s.values = [];
  }
  return segments;
}

/**
 * lineToSegments' result per line: buildRows reads the same lines several times per document (table
 * 三's region as rows and again as printed, the clipped-total checks) and a line's cells are not
 * changed once loaded. Each caller gets its own segments and value arrays (rows take them over).
 */
const lineSegments = memoByObject(lineToSegments);

function segmentsOf(line: Line): Segment[] {
  return lineSegments(line).map((s) => ({ ...s, values: [...s.values] }));
}

/** A footnote line: '注：', '注:', '备注：', '说明：' (TableRow.note). */
const NOTE_LINE = /^\s*(?:注|备注|说明)\s*[:：]/;
/** A note's line ending its sentence: the next line is no more of it. */
const SENTENCE_END = /[。.；;]\s*$/;

/** The start of a numbered sub-row label in running text: '2.其他…', '3、危及…'. */
const SUB_ROW_START = /(?:^|\s)(?=\d{1,2}\s*[.、．](?!\d))/;

/**
 * Pending text that holds several numbered sub-row labels ('2.其他法律… 3.危及… 4.保护第三方…')
 * means the earlier rows lost their values (a page break, a dropped line): they become rows
 * without values, and only the last label goes with the values that follow. Otherwise values
 * would be matched to whichever label in the pile fits best, not to the one printed beside them.
 */
function splitPiledLabels(pending: string, source: SourceRef, starts: readonly PendingStart[] = [], ocrRead = false): { lost: TableRow[]; label: string } {
  const pieces = pending.split(SUB_ROW_START).map((p) => p.trim()).filter(Boolean);
  const numbered = pieces.filter((p) => /^\d{1,2}\s*[.、．]/.test(p));
  if (numbered.length < 2) return { lost: [], label: pending };
  const last = pieces.length - 1;
  // Each lost row's source is the line its label starts on, not the values line that ended the pile (a -layout dump's blank
  // rows '（二）部分公开…' / '1.属于国家秘密' had pointed at the line of '2.其他法律行政法规禁止公开 1 1 2' below them).
  let from = 0;
  const lost = pieces.slice(0, last).map((text): TableRow => {
    const at = pending.indexOf(text, from);
    if (at >= 0) from = at + text.length;
    let own: SourceRef | undefined;
    if (at >= 0) for (const s of starts) if (s.at <= at) own = s.source;
    return { label: text, pending: '', values: [], blankCells: 0, ...(ocrRead ? { ocrRead } : {}), source: { ...(own ?? source), text } };
  });
  return { lost, label: pieces[last]! };
}

/** Where a line's text starts in the pending label text, and that line's source. */
interface PendingStart {
  at: number;
  source: SourceRef;
}

/**
 * rows. A table region yields at most this many rows; the lines after them are not read. The
 * largest real table seen (2021 table 三 printed one cell per line) gives ~180; a whole document
 * taken as the region when its headings are lost, a few hundred. Each row is matched against
 * every template row (tens of microseconds), so 200 000 lines of '总计 1 2 3' took ~15 s.
 */
export const MAX_TABLE_ROWS = 2000;

/**
 * Builds the rows of a table region (at most MAX_TABLE_ROWS). `numbering: false` for a table whose
 * rows carry no item numbers (tables 二 and 四): a line '3.' there is a value printed with a stop.
 */
export function buildRows(lines: readonly Line[], opts: { numbering?: boolean } = {}): TableRow[] {
  const rows: TableRow[] = [];
  /** Rows that took the last label of a pile (splitPiledLabels), with the lost row just before them. */
  const piledAt = new Set<number>();
  let pending = '';
  /** Where the pending text started: an orphan row keeps its own line's source (a caption under a `<table>` is that table's). */
  let pendingSource: SourceRef | null = null;
  /** The line each piece of the pending text came from (splitPiledLabels: a lost row's own line). */
  let pendingStarts: PendingStart[] = [];
  let pendingUndoubled = false;
  /** Whole lines of the pending text while it is clean (see TableRow.pendingLines), else null. */
  let pendingLines: string[] | null = null;
  /** The line before ended in values (or was a header, or there was none): a label starting now starts clean. */
  let afterValues = true;
  /** Whole text-only lines since the last values line (null once something else came between). */
  let gap: string[] | null = [];
  /** The last row built from a single-segment values line, still collecting the lines below it. */
  let lastAround: Around | null = null;
  let lastLabel = '';
  // Lines printing only a label's item number ('3.' above '危及…', plain pdftotext): label text, not values.
  const numbering = opts.numbering === false ? new Set<Line>() : numberingLines(lines);
  /** The line before was a note's, not ended (TableRow.note). */
  let inNote = false;
  for (const line of lines) {
    if (rows.length >= MAX_TABLE_ROWS) break;
    tick();
    const segments = numbering.has(line) ? [{ text: line.cells.join(' ').trim(), values: [], blankCells: 0 }] : segmentsOf(line);
    const wasAfterValues = afterValues;
    afterValues = false;
    const firstRow = rows.length;
    for (const [si, seg] of segments.entries()) {
      const blankRow = seg.values.length === 0 && seg.blankCells > 0 && line.separated && (seg.text !== '' || line.blankCells === true);
      if (seg.values.length === 0 && (!blankRow || isHeaderText(seg.text))) {
        // Text only: a header resets the pending label, anything else waits for the next values.
        if (isHeaderText(seg.text)) {
          // A header line alone starts the label text afresh (as the region's start does).
          gap = segments.length === 1 ? [] : null;
          lastAround = null;
          if (pending) rows.push(orphanRow(pending, pendingSource ?? line.source, line.ocr !== undefined));
          pending = '';
          pendingUndoubled = false;
          pendingLines = null;
          afterValues = segments.length === 1;
        }
        else if (seg.text) {
          const whole = segments.length === 1;
          if (whole && gap !== null) gap.push(seg.text);
          else gap = null;
          if (lastAround !== null) {
            if (whole && gap !== null) lastAround.below.push(seg.text);
            else lastAround = null;
          }
          // Appended in place (a copy per line made a label pile of n lines cost n²/2: 30 000 lines of text took minutes).
          // The array is this variable's alone until a row takes it, and then the variable is reset.
          if (whole && (pending ? pendingLines !== null : wasAfterValues)) (pending ? pendingLines! : (pendingLines = [])).push(seg.text);
          else pendingLines = null;
          if (!pending) {
            pendingSource = line.source;
            pendingStarts = [];
          }
          pendingStarts.push({ at: pending ? pending.length + 1 : 0, source: line.source });
          pending = pending ? `${pending} ${seg.text}` : seg.text;
          pendingUndoubled ||= line.undoubled === true || line.damaged === true;
        }
        continue;
      }
      const source: SourceRef = { ...line.source, text: `${seg.text} ${valuesKey(seg.values)}`.trim().slice(-SOURCE_TEXT_CHARS) };
      const piled = splitPiledLabels(pending, line.source, pending ? pendingStarts : [], line.ocr !== undefined);
      const onGrid = line.cols !== undefined && !line.short;
      const digitsSuspect = line.undoubled || line.damaged || pendingUndoubled;
      if (piled.lost.length > 0) piledAt.add(rows.length + piled.lost.length);
      const ownLine = si === 0 && segments.length === 1 && seg.text === '' && piled.lost.length === 0 && pendingLines !== null;
      const around: Around | null = segments.length === 1 && gap !== null && piled.lost.length === 0 ? { above: gap, below: [], values: valuesKey(seg.values), ...(lastAround ? { prev: { label: lastLabel, above: lastAround.above } } : {}) } : null;
      pushAll(rows, piled.lost).push({ label: seg.text, pending: piled.label, values: seg.values, blankCells: blankRow ? seg.blankCells : 0, ...(onGrid ? { onGrid } : {}), ...(line.ocr ? { ocrRead: true as const } : {}), ...(digitsSuspect ? { digitsSuspect } : {}), ...(ownLine ? { pendingLines: pendingLines! } : {}), ...(around ? { around } : {}), ...(line.blockOrdered ? { blockOrdered: true as const } : {}), ...(line.valuesByOrder ? { valuesByOrder: true as const } : {}), ...(line.block !== undefined ? { block: line.block } : {}), ...(line.valueBlocks && segments.length === 1 ? { valueBlocks: line.valueBlocks } : {}), ...(line.piecesBeside ? { piecesBeside: true as const } : {}), ...(line.labelAlone && blankRow ? { labelAlone: true as const } : {}), ...(line.linesApart && segments.length === 1 ? { linesApart: line.linesApart } : {}), ...(line.blocksApart && segments.length === 1 ? { blocksApart: line.blocksApart } : {}), source });
      lastAround = around;
      lastLabel = seg.text;
      gap = [];
      pending = '';
      pendingUndoubled = false;
      pendingLines = null;
      afterValues = si === segments.length - 1;
    }
    // A note's line, or the next line of a note whose line ended mid-sentence ('…已在 2021 年 8' / '月审结，…截至 2022 年 1 月 15日…。').
    const text = line.cells.join('').trim();
    inNote = line.cols === undefined && (NOTE_LINE.test(text) || (inNote && text !== ''));
    if (inNote) for (let i = firstRow; i < rows.length; i++) rows[i]!.note = true;
    if (inNote && SENTENCE_END.test(text)) inNote = false;
  }
  if (pending) rows.push({ ...orphanRow(pending, pendingSource ?? lines.at(-1)!.source, lines.at(-1)!.ocr !== undefined), ...(pendingLines ? { orphanLines: pendingLines } : {}) });
  const out = regroupWrappedPile(rows, piledAt);
  markContinuedNumbers(out);
  return out;
}

/** Item number of a numbered sub-row label ('2.申请人…' → 2), or null. */
function itemNumber(label: string): number | null {
  const m = /^(\d{1,2})\s*[.、．](?!\d)/.exec(label.trim());
  return m ? Number(m[1]) : null;
}

/** Starts a row of its own: a numbered item ('3.其他'), a block ('（七）总计'), a section ('四、结转…'). */
const OWN_ROW_START = /^\s*(?:\d{1,2}\s*[.、．](?!\d)|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+\s*[、.．])/;

/**
 * Two numbered sub-rows whose labels both wrap, printed by `pdftotext -layout` from a table whose
 * cells are centred vertically ('1.申请人…不再' / '处理其…申请' / '（六）其他 2.申请人…、行政' /
 * values / '处理 机关不再处理…申请 values'): the first row's values land below the START of the
 * second row's label, and the second row's values come further down beside the rest of its label.
 * Taken as printed, the values line goes to item n+1 and item n gets nothing (or the next line's
 * values): rows of one block swapped, which no sum can see. When a pile's last label (item n+1)
 * got a values line with no label of its own, and the next row is the unnumbered rest of a label
 * with values of its own, the values line belongs to item n (the label complete above it) and
 * item n+1's label continues on the next row.
 */
function regroupWrappedPile(rows: readonly TableRow[], piledAt: ReadonlySet<number>): TableRow[] {
  const out = [...rows];
  const drop = new Set<number>();
  for (const r of [...piledAt].sort((a, b) => a - b)) {
    const row = out[r]!;
    const lost = out[r - 1];
    const next = out[r + 1];
    if (!lost || !next || row.label !== '' || next.pending !== '' || next.orphan) continue;
    const n = itemNumber(lost.label);
    if (n === null || itemNumber(row.pending) !== n + 1) continue;
    if (!/\p{L}/u.test(next.label) || OWN_ROW_START.test(next.label) || SUB_ROW_START.test(next.label)) continue;
    if (!next.values.some((v) => v.kind === 'num')) continue;
    const { pendingLines: _row, around: _rowAround, ...rowRest } = row;
    const { pendingLines: _next, around: _nextAround, ...nextRest } = next;
    out[r - 1] = { ...rowRest, label: '', pending: lost.label };
    out[r + 1] = { ...nextRest, pending: row.pending };
    drop.add(r);
  }
  return out.filter((_, i) => !drop.has(i));
}

/** The printed values of a row, to tell whether a row still holds the values of its line. */
export function valuesKey(values: readonly ValueToken[]): string {
  return values.map((v) => (v.kind === 'blank' ? '∅' : v.raw)).join(' ');
}

function orphanRow(text: string, source: SourceRef, ocrRead: boolean): TableRow {
  return { label: text, pending: '', values: [], blankCells: 0, orphan: true, ...(ocrRead ? { ocrRead } : {}), source: { ...source, text: text.slice(-SOURCE_TEXT_CHARS) } };
}

/**
 * A labelled row followed by a row of bare numbers (no label, no text above it): the numbers may be
 * the rest of the row's own number wrapped onto the next line ('行政许可 29' / '38' for 2938), so
 * the row's digits are in doubt. One value per line tables are not concerned: their label rows
 * carry no values of their own (the label is pending text above the first value).
 */
function markContinuedNumbers(rows: TableRow[]): void {
  for (let i = 0; i + 1 < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1]!;
    // No label, or only the punctuation the number was cut at ('699' / '.39').
    const bare = !/\p{L}/u.test(next.label) && next.pending === '' && next.values.length > 0 && next.values.every((v) => v.kind === 'num');
    if (row.label !== '' && row.values.some((v) => v.kind === 'num') && bare) row.digitsSuspect = true;
  }
}
