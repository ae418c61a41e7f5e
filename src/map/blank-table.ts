/**
 * @file Wholly blank tables: a statistics table printed with its heading, header and row labels and not one number (a
 * small agency with no request, no review: every cell a 0 printed as an empty cell). TEMPLATE.md: an empty cell is 0
 * (flag `blank`); a table all of whose cells are empty is read so too, where the input shows the table printed blank —
 * its region prints the header's words and the rows' labels in the template's order and no number anywhere (an HTML
 * table's empty `<td>`s, a PDF page's labels under the header, a text dump's label lines with nothing after them), and no
 * line of numbers alone follows the table in the document (a dumper writing the cells after the labels, at the page's
 * end or in a later section: the table was printed, its numbers went elsewhere). Every cell is then 0, flag `blank`,
 * placed `unprinted` (score UNPRINTED_ROW_CAP, ≤ 0.75: nothing printed tells a cell printed empty from one the converter
 * lost), and the document gets one `table_blank` warning instead of `table_unread`. In a report printing its zeros as '0'
 * elsewhere, only where the input draws the cells and shows each empty (`showsEmptyCells`: an HTML / .docx / `<div>`
 * table's empty cells, a ruled PDF grid's empty cells, every row of the table so printed) — a text dump or a page laid out
 * by position shows labels alone there, and a table of labels alone in such a report lost its cells. Where the input draws
 * every cell empty, numbers printed outside its grid (a `<p>` of numbers after the table) are none of its cells: the grid's
 * own rows decide, whatever the rows' reading made of those numbers (wrong55).
 *
 * One home for the verdict "this table prints no number": table 四's header-alone row (map/review-stream headerOnlyGroup),
 * and tables 三 and 二 read blank here (map/index `blankTables`), share `printsNoNumber` and `blankZerosGroup`.
 */
import { minOf } from '../_internal/extremes.js';
import type { Warning } from '../model/document.js';
import type { Group } from '../solve/index.js';
import type { Cell } from '../solve/types.js';
import { REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_KEYS, type RowSpec } from '../template/index.js';
import { ocrBlanks } from './row-candidates.js';
import type { RowEvidence } from './row-evidence.js';
import type { Placement } from './table-rows.js';

/**
 * An item number opening a row label ('1.属于国家秘密', '（三 4.保护第三方': a -layout dump's label column beside the
 * block's own label): a digit or two and a stop before Han text — no count is printed so.
 */
const ITEM_NUMBER = /(?<![\d.．,，])\d{1,2}\s*[.．、](?=[\s\u3000]*[\p{Script=Han}“"（(])/gu;
/** Page furniture a PDF's text keeps inside a table's region: '- 3 -', '第 3 页', '第3页 共5页', '3 / 5'. */
const PAGE_MARK = /^[\s\u3000]*(?:[-—–][\s\u3000]*\d{1,3}[\s\u3000]*[-—–]|第[\s\u3000]*\d{1,3}[\s\u3000]*页(?:[\s\u3000]*[,，]?[\s\u3000]*共[\s\u3000]*\d{1,3}[\s\u3000]*页)?|\d{1,3}[\s\u3000]*\/[\s\u3000]*\d{1,3})[\s\u3000]*$/;
/** A digit (ASCII or full-width) or a mark a report prints for none ('—', '/', '无'), left after item numbers go. */
const PRINTED_VALUE = /[0-9０-９]|^[\s\u3000]*(?:[—–\-/／]+|无|不适用)[\s\u3000]*$/;

/** True when `text` is page furniture ('- 3 -', '第 3 页', '3 / 5'), no cell. */
export const pageMark = (text: string): boolean => PAGE_MARK.test(text);

/**
 * True when none of `lines` (a table's region, one string per cell or line) prints a number or a mark for none: item
 * numbers of row labels and page marks aside, no digit at all. A cell holding '—' or '/' alone is a printed mark.
 */
export function printsNoNumber(lines: readonly (readonly string[])[]): boolean {
  for (const cells of lines) {
    if (pageMark(cells.join(' '))) continue;
    for (const cell of cells) if (PRINTED_VALUE.test(cell.replace(ITEM_NUMBER, ''))) return false;
  }
  return true;
}

/** Characters a label's text may have between two of its own (another column's wrapped piece, a block label's). */
const LABEL_SLACK = 6;
/**
 * Characters per header word a header printed in narrow columns spreads it over: each cell's word stacked a character a
 * line ('自' / '然' / '人'), the line's other cells' characters between them.
 */
const HEADER_SLACK = 4;
/** Share of the table's template rows whose labels its region must print, in order. */
const MIN_LABEL_SHARE = 0.8;

/** Squeezed text: no spaces, punctuation or item numbers (the template's labels are so written). */
const squeeze = (s: string): string => s.replace(/[^\p{Script=Han}A-Za-z]/gu, '');

/**
 * Index after `label`'s characters found in order in `text` from `from` within `window` characters (by default the
 * label's length plus LABEL_SLACK (a -layout dump's label column wrapped beside a block label: '（三 4.保护第三方' / '）不 合法权益'); -1 when not.
 */
function findSpread(text: string, label: string, from: number, window = label.length + LABEL_SLACK): number {
  const first = text.indexOf(label[0]!, from);
  for (let start = first; start >= 0; start = text.indexOf(label[0]!, start + 1)) {
    let at = start + 1;
    let i = 1;
    for (; i < label.length && at < text.length && at - start < window; at++) if (text[at] === label[i]) i++;
    if (i === label.length) return at;
  }
  return -1;
}

/** How many of `specs`' labels (any variant) `text` prints in the template's order. */
export function labelsInOrder(text: string, specs: readonly RowSpec[]): number {
  const squeezed = squeeze(text);
  let at = 0;
  let found = 0;
  for (const spec of specs) {
    const ends = spec.labels.map((l) => findSpread(squeezed, squeeze(l), at)).filter((e) => e >= 0);
    if (ends.length === 0) continue;
    found++;
    at = minOf(ends);
  }
  return found;
}

/**
 * True when a table's region (`lines`: its section's lines, cells as printed) prints the table blank: its header's words
 * (`headerWords`, all of them), MIN_LABEL_SHARE of its rows' labels in the template's order, and no number
 * (`printsNoNumber`); `laterValues`: the numbers printed alone on lines after the table that are no other table's (a
 * dumper's cells written apart from their labels) — any makes the table not shown blank.
 */
export function printedBlank(lines: readonly (readonly string[])[], specs: readonly RowSpec[], headerWords: readonly string[], laterValues: number): boolean {
  if (laterValues > 0 || lines.length === 0 || !printsNoNumber(lines)) return false;
  const text = lines.map((cells) => cells.join(' ')).join('\n');
  const squeezed = squeeze(text);
  if (!headerWords.every((w) => findSpread(squeezed, w, 0, HEADER_SLACK * w.length + LABEL_SLACK * 2) >= 0)) return false;
  return labelsInOrder(text, specs) >= Math.ceil(MIN_LABEL_SHARE * specs.length);
}

/**
 * A table's `keys` read as their cells printed empty: each 0, flag `blank` (and `ocr` where the row was OCR'd), placed by
 * columns at `source`; `unprinted` when no glyph of the cells is printed (score UNPRINTED_ROW_CAP). `run`: the group is one
 * positional run (table 四's 15 cells).
 */
export function blankZerosGroup(
  id: string,
  keys: readonly string[],
  source: Placement['source'],
  how: { ocr?: boolean; unprinted?: true; labelsAlone?: true; run?: string },
): { groups: Group[]; placements: Map<string, Placement> } {
  const row: RowEvidence = { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false };
  const placements = new Map<string, Placement>(keys.map((k) => [k, { by: 'columns', labelScore: 1, source, row, ...(how.run ? { run: how.run } : {}), ...(how.unprinted ? { unprinted: true } : {}), ...(how.labelsAlone ? { labelsAlone: true } : {}) }]));
  const cells = keys.map((): Cell => ({ value: 0, flags: ['blank'] }));
  const candidates = [{ cost: 0, cells }];
  return { groups: [{ id, keys: [...keys], candidates: how.ocr ? ocrBlanks(candidates) : candidates }], placements };
}

/** The report's name of each statistics table. */
const TABLE_NAMES: Record<string, string> = { activeDisclosure: '二', requests: '三', reviewLitigation: '四' };

/** The one warning of a table read as printed blank: what was read, and why it is held below 0.8. */
export function blankTableWarning(table: string, keys: readonly string[]): Warning {
  return {
    code: 'table_blank',
    message: `table ${TABLE_NAMES[table] ?? table} prints no number (its header and row labels printed, every cell empty): its ${keys.length} cells read 0 (printed blank, flag blank), held below 0.8 — nothing printed tells a cell printed empty from one a converter lost`,
    keys: [...keys],
  };
}

/** Words the header of each table prints (squeezed), whichever template: the region shows the table itself, not prose. */
export const BLANK_HEADER_WORDS: Record<'activeDisclosure' | 'requests' | 'reviewLitigation', readonly string[]> = {
  activeDisclosure: ['本年'],
  requests: ['自然人', '总计'],
  reviewLitigation: ['复议', '诉讼', '维持', '纠正', '审结'],
};

/** True when no reading of `groups` holds any value: nothing of the table was read. */
export function readsNothing(groups: readonly Group[]): boolean {
  return groups.every((g) => g.candidates.every((c) => c.cells.every((cell) => cell.value === undefined)));
}

/** A line of a table's region with what its source says of its cells. */
type RegionLine = { cells: readonly string[]; unread?: readonly number[]; source: Placement['source']; ocr?: readonly unknown[]; elementCells?: true; damaged?: boolean; opaqueCells?: true };

/**
 * Fewest cells each row line of a table must show printed empty after its label: table 三's seven columns, table 四's
 * fifteen (its one row, printed without a label), table 二's one (its small tables' rows have one to three).
 */
const SHOWN_EMPTY: Record<'activeDisclosure' | 'requests' | 'reviewLitigation', number> = {
  activeDisclosure: 1,
  requests: REQUEST_COLUMNS.length,
  reviewLitigation: REVIEW_KEYS.length,
};

/**
 * A line that is a row of a grid the input itself draws: an HTML or .docx table's `<tr>` (its `<td>`s each a cell, empty
 * ones kept), a `<div>` table's row (`elementCells`) or a ruled PDF grid's row (each drawn cell a cell) — no text dump,
 * whose writer may drop or move a cell, no OCR'd row (a faint digit OCR did not see leaves its cell empty), no row
 * whose digits may not show (`damaged`: laid out so a digit may be hidden, bytes that do not decode), and no row with a cell
 * showing what its text does not give (`opaqueCells`: a picture of its digits, a form field, digits left out as hidden).
 */
function gridRow(l: RegionLine): boolean {
  if (mayHideDigits(l)) return false;
  if (l.elementCells) return true;
  return l.source.line === undefined && l.source.table !== undefined && (l.source.page === undefined || l.source.strategy === 'ruled');
}

/** A line whose text may not show every digit printed: OCR'd, `damaged`, or holding an opaque cell. */
const mayHideDigits = (l: RegionLine): boolean => l.ocr !== undefined || l.damaged === true || l.opaqueCells === true;

/** Empty cells `cells` ends with after its text cells (a label's, or none), or 0 when a cell after its first empty one holds text. */
function trailingEmpty(cells: readonly string[]): number {
  const first = cells.findIndex((c) => c.trim() === '');
  if (first < 0 || cells.slice(first).some((c) => c.trim() !== '')) return 0;
  return cells.length - first;
}

/**
 * True when the input shows `table`'s cells printed empty, not lost: its region's rows are rows of a grid the input draws
 * (`gridRow`), none holds a cell the reader could not read (a clipped digit, a cell past the page), every template row's
 * label (`specs`, all of them, in order) is printed in them, and as many of them as the table has rows (table 四: one) print
 * their label and then SHOWN_EMPTY[table] empty cells or more and nothing else. A table cut off after some rows (a page
 * break into a page drawn without rulings, a truncated page) shows fewer and is not shown blank.
 */
export function showsEmptyCells(table: 'activeDisclosure' | 'requests' | 'reviewLitigation', lines: readonly RegionLine[], specs: readonly RowSpec[]): boolean {
  const grid = lines.filter(gridRow);
  if (grid.length === 0 || grid.some((l) => (l.unread?.length ?? 0) > 0)) return false;
  if (labelsInOrder(grid.map((l) => l.cells.join(' ')).join('\n'), specs) < specs.length) return false;
  const shown = grid.filter((l) => trailingEmpty(l.cells) >= SHOWN_EMPTY[table]).length;
  return shown >= Math.max(1, specs.length);
}

/**
 * `table` (its `keys`) read as printed blank from a region starting at `source`: every cell 0 flagged `blank`, placed
 * `unprinted` (score UNPRINTED_ROW_CAP) — `labelsAlone` (LABELS_ALONE_CAP) where only its labels show it; table 四 as its
 * one run.
 */
export function printedBlankGroup(table: 'activeDisclosure' | 'requests' | 'reviewLitigation', keys: readonly string[], source: Placement['source'], labelsAlone = false): { groups: Group[]; placements: Map<string, Placement> } {
  return blankZerosGroup(table, keys, source, { unprinted: true, ...(labelsAlone ? { labelsAlone: true as const } : {}), ...(table === 'reviewLitigation' ? { run: table } : {}) });
}

/**
 * What shows a table of labels alone printed blank where the input draws no cell (a text dump, a page laid out by
 * position) in a report printing its zeros as '0' elsewhere.
 */
export interface LabelsAloneEvidence {
  /**
   * Numbers printed as cells outside the table's region that no other table's region accounts for (map/stray-numbers):
   * a column-major dump's cells after the labels or past the next heading, a page's run on a later page. Null when no
   * section follows the table (a dump cut inside it or right after its labels).
   */
  strayNumbers: number | null;
  /** The loader doubts its text shows every value printed: a picture in a table, an OCR'd layer, text hidden, undecoded or overlapping. */
  valuesDoubted: boolean;
}

/**
 * True when a table of labels alone (`lines`: its region, no cell drawn) is shown printed blank though the report prints
 * '0' elsewhere: every template row's label printed in order (a table cut off after some rows prints fewer), no line OCR'd
 * or `damaged` or holding an opaque cell, no number printed as a cell anywhere outside it that no other table's region
 * accounts for, and nothing the loader saw that may hide a value. A dumper writes a table's digits where it writes its
 * labels, or after them: a table whose labels are all printed and whose digits are printed nowhere printed none. Weaker
 * than a grid's empty cells: read so at LABELS_ALONE_CAP (score).
 */
function labelsAloneBlank(lines: readonly RegionLine[], specs: readonly RowSpec[], evidence: LabelsAloneEvidence): boolean {
  if (evidence.valuesDoubted || evidence.strayNumbers !== 0) return false;
  // (A grid the input draws shows its cells: `showsEmptyCells` alone decides there — a row of 14 cells is no blank row of 15.)
  if (lines.some((l) => mayHideDigits(l) || gridRow(l))) return false;
  return labelsInOrder(lines.map((l) => l.cells.join(' ')).join('\n'), specs) >= specs.length;
}

/** Why a table of labels alone is not shown blank by `labelsAloneBlank`, in words. */
function aloneDoubt(alone: LabelsAloneEvidence | null): string {
  if (!alone) return 'its labels alone do not show it';
  if (alone.valuesDoubted) return 'the loader doubts its text shows every value (a picture, an OCR layer, hidden or undecoded text)';
  if (alone.strayNumbers === null) return 'no section follows it (a text cut inside the table or after its labels)';
  if (alone.strayNumbers > 0) return `${alone.strayNumbers} number${alone.strayNumbers === 1 ? ' is' : 's are'} printed as cells outside it that no other table's region accounts for (its cells may be written there)`;
  return 'not every row label is printed in order, or a row is OCR\'d or damaged';
}

/**
 * The table `table` (its `keys`, template rows `specs`) read as printed blank (`printedBlank`) from its section's `lines`:
 * where the input shows the cells printed empty (`showsEmptyCells`: a grid's empty cells), from the grid's rows alone (lines
 * outside it, and what `read` made of them, are no cells of it); else when `read` (the reading of its rows) read nothing and
 * either the report prints no '0' anywhere or its labels alone show it (`labelsAloneBlank` from `alone`: every label
 * printed, no number printed as a cell elsewhere; placed `labelsAlone`, below the grid's cap). A report printing its zeros
 * as '0' would print them in this table too, so a table of labels alone in a text dump or a page laid out by position
 * there lost its cells unless nothing of them is printed anywhere (`printsZero`). Null otherwise.
 */
export function blankTableRead(
  table: 'activeDisclosure' | 'requests' | 'reviewLitigation',
  read: { groups: Group[] },
  lines: readonly RegionLine[] | null,
  specs: readonly RowSpec[],
  keys: readonly string[],
  laterValues: number,
  printsZero: boolean,
  alone: LabelsAloneEvidence | null = null,
): { groups: Group[]; placements: Map<string, Placement> } | null {
  if (!lines || lines.length === 0 || leftUnread(lines) > 0) return null;
  const blank = (labelsAlone: boolean): { groups: Group[]; placements: Map<string, Placement> } => printedBlankGroup(table, keys, lines[0]!.source, labelsAlone);
  // Where the input draws every cell empty, numbers outside its grid are none of its cells (a `<p>` of numbers after the
  // table, what its rows read of them aside): the grid's own rows decide.
  // A grid of no row label (table 四's one row) shows less: numbers printed elsewhere that may be its cells (a sentence stating
  // its counts, the same table printed again under 六) leave it unread (break56).
  if (showsEmptyCells(table, lines, specs)) {
    if (specs.length === 0 && (alone?.strayNumbers ?? 0) !== 0) return null;
    return printedBlank(lines.filter(gridRow).map((l) => l.cells), specs, BLANK_HEADER_WORDS[table], 0) ? blank(false) : null;
  }
  if (!readsNothing(read.groups)) return null;
  // (A report printing no '0': numbers printed alone after the table, or elsewhere beyond the other tables' cells or stated in a
  // sentence (`alone.strayNumbers`, map/stray-numbers), may be its cells.)
  if (!printsZero) return (alone?.strayNumbers ?? 0) === 0 && printedBlank(lines.map((l) => l.cells), specs, BLANK_HEADER_WORDS[table], laterValues) ? blank(false) : null;
  if (!alone || !labelsAloneBlank(lines, specs, alone)) return null;
  // (Read from its labels alone, the numbers printed after it are counted by `alone.strayNumbers`, table 四's own set aside.)
  return printedBlank(lines.map((l) => l.cells), specs, BLANK_HEADER_WORDS[table], 0) ? blank(true) : null;
}

/** A table whose region may print it blank, as `blankByEmptyBoxes` weighs it against a dump's empty-cell boxes. */
export interface BoxedTable {
  table: 'requests' | 'reviewLitigation';
  /** Its region's lines as printed (null: no section of its own) — not what a stream reader put back from elsewhere. */
  lines: readonly RegionLine[] | null;
  specs: readonly RowSpec[];
  keys: readonly string[];
  /** Numbers printed as cells outside its region that no other table's region accounts for (null: not counted). */
  stray: number | null;
}

/**
 * True when `t`'s region prints the table and none of its cells: every template row's label in order (table 三) or its
 * header's words (table 四, printed without labels), no number, no cell left unplaced, no line that may hide a digit, and
 * no number printed as a cell outside it that no other table accounts for (its cells written apart). What a stream reader
 * made of numbers outside the region is not weighed: those boxes show the region's cells printed empty.
 */
function labelsAloneBoxed(t: BoxedTable): boolean {
  const lines = t.lines;
  if (!lines || lines.length === 0 || t.stray !== 0 || leftUnread(lines) > 0 || lines.some(mayHideDigits)) return false;
  const cells = lines.map((l) => l.cells);
  if (t.specs.length === 0) return printedBlank(cells, [], BLANK_HEADER_WORDS[t.table], 0);
  return printsNoNumber(cells) && labelsInOrder(cells.map((c) => c.join(' ')).join('\n'), t.specs) >= t.specs.length;
}

/**
 * The tables of `tables` read as printed blank by a text dump's empty-cell boxes (`boxes`: lines holding a no-break space
 * alone, load/empty-cell-boxes — pdfminer's box of each empty cell of a LibreOffice or Chromium print of a Word page). A
 * table of labels alone in a report printing '0' elsewhere may have lost its cells (`blankTableRead` declines it); here the
 * dump shows them printed empty: the tables whose regions print labels alone (`labelsAloneBoxed`) are read blank when
 * their cells number exactly the boxes — each box one of their cells, no box left for an empty cell elsewhere (a sparse
 * table's blanks, a blank paragraph: then none is read so). Placed `unprinted` (score UNPRINTED_ROW_CAP, ≤ 0.75), as a
 * grid's empty cells are. Keyed by table; empty when the boxes do not account for them.
 */
export function blankByEmptyBoxes(tables: readonly BoxedTable[], boxes: number | undefined): Map<string, { groups: Group[]; placements: Map<string, Placement> }> {
  const read = new Map<string, { groups: Group[]; placements: Map<string, Placement> }>();
  if (boxes === undefined || boxes === 0) return read;
  const shown = tables.filter(labelsAloneBoxed);
  if (shown.length === 0 || shown.reduce((n, t) => n + t.keys.length, 0) !== boxes) return read;
  for (const t of shown) read.set(t.table, printedBlankGroup(t.table, t.keys, t.lines![0]!.source));
  return read;
}

/**
 * Cells of a text dump's table region that the column reader saw printed and could not place (a line's `unread` cells:
 * text under no column of the header, lynx's values beside a header of two bands): no cell printed empty, the table is
 * not blank. (A positioned print's lines are not counted: there a cell marked so holds no value a dump could have moved —
 * a LibreOffice print's blank table 四, blank-band-variants --tables-blank seed 21.)
 */
function leftUnread(lines: readonly { unread?: readonly number[]; source?: Placement['source'] }[]): number {
  return lines.reduce((n, l) => n + (l.source?.line !== undefined ? (l.unread?.length ?? 0) : 0), 0);
}

/**
 * Why `table` was not read as printed blank though its region shows it so (its header and labels printed, no number,
 * nothing of it read): the report prints its zeros as '0' elsewhere (`printsZero`: a table of labels alone there lost its
 * cells), its region holds cells the layout could not read (`leftUnread`), or `laterValues` numbers printed alone follow
 * the table (its cells may be written apart from their labels).
 * In words for `table_unread`; null when the region does not show the table blank or nothing declined it.
 */
export function blankDeclined(
  table: 'activeDisclosure' | 'requests' | 'reviewLitigation',
  read: { groups: Group[] },
  lines: readonly RegionLine[] | null,
  specs: readonly RowSpec[],
  laterValues: number,
  printsZero: boolean,
  alone: LabelsAloneEvidence | null = null,
): string | null {
  if (!lines || lines.length === 0 || !readsNothing(read.groups)) return null;
  if (!printedBlank(lines.map((l) => l.cells), specs, BLANK_HEADER_WORDS[table], 0)) return null;
  const name = `table ${TABLE_NAMES[table] ?? table}`;
  const shown = `${name} prints its header${specs.length > 0 ? ' and row labels' : ''} and no number beside them`;
  if (printsZero && !showsEmptyCells(table, lines, specs) && !(alone && labelsAloneBlank(lines, specs, alone))) return `${shown}, but the report prints its zeros as '0' elsewhere, the input does not draw this table's cells empty, and ${aloneDoubt(alone)} (a table of labels alone there may have lost its cells): not read as blank`;
  const unread = leftUnread(lines);
  if (unread > 0) return `${name} prints its header, but ${unread} of its cells hold text the reader could not place under a column (printed, not empty): not read as blank`;
  if (laterValues > 0) return `${shown}, but ${laterValues} number${laterValues === 1 ? '' : 's'} printed alone follow after the table (its cells may be written apart from their labels): not read as blank`;
  if (!printsZero && alone && (alone.strayNumbers ?? 0) > 0) return `${shown}, but ${aloneDoubt(alone)}: not read as blank`;
  return null;
}

/**
 * True when table 四's reading (`groups`) read its one row whole: a reading with all 15 cells, some number, and each
 * group's 总计 the sum of its four results — the numbers printed in its region are its own, not another table's.
 */
export function reviewReadWhole(groups: readonly Group[]): boolean {
  const g = groups.find((x) => x.id === 'reviewLitigation' && x.keys.length === REVIEW_KEYS.length);
  if (!g) return false;
  return g.candidates.some((c) => {
    const v = c.cells.map((cell) => cell.value);
    if (v.some((x) => typeof x !== 'number') || !v.some((x) => x !== 0)) return false;
    const n = v as number[];
    return REVIEW_GROUPS.every((_, i) => n[i * REVIEW_COLUMNS.length + REVIEW_COLUMNS.length - 1] === n.slice(i * REVIEW_COLUMNS.length, (i + 1) * REVIEW_COLUMNS.length - 1).reduce((a, b) => a + b, 0));
  });
}
