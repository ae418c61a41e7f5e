/**
 * @file Table 四 is one printed row of 15 cells under a two-level header; real reports split it in
 * three small tables, wrap it, or fuse it into one digit run. Its values are read as one stream in
 * column order from the lines that hold only header words and numbers.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { Group } from '../solve/index.js';
import type { TableRow } from '../tables/build-rows.js';
import { parseWholeValue, type ValueToken } from '../tables/tokenize-cell.js';
import type { FoundSection } from '../sections/index.js';
import { REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_KEYS } from '../template/index.js';
import { boxesBetweenGroups, boxOrderOpen, groupsInBlocks } from './review-blocks.js';
import { emptyCellsRow, gluedWholeRow, ocrBlanks, ocrRow, rowCandidates, tiedReadings } from './row-candidates.js';
import { groupRowWays } from './review-group-stream.js';
import { MAX_REPAIR } from './repair-limit.js';
import type { StreamMode } from './stream-moves.js';
import { valueSources, type Placement } from './table-rows.js';
import { digitsDoubt, type RowEvidence } from './row-evidence.js';
import { solve } from '../solve/index.js';
import type { Identity } from '../template/index.js';
import { exactTail, reviewTailReading, valuesAfterFirstHeader, valuesAfterHeader, valuesFromHeaders } from './review-tail.js';
import { readTransposed } from './review-transposed.js';
import { labelPairReading } from './review-label-pairs.js';
import type { Candidate, Cell } from '../solve/types.js';
import { REVIEW_HEADER_TEXT } from './header-words.js';
import { headerCutPerCharacter, withBoundaryReadings } from './review-boundary.js';
import { cutReviewColumns } from './review-cut.js';
import { pushAll } from '../_internal/extremes.js';
import { blankZerosGroup, printedBlankGroup } from './blank-table.js';

/** Header words taken out of a row's label: the template's, then short forms some reports print (a result without 结果, a group without 未经复议). */
const REVIEW_WORDS = [...REVIEW_HEADER_TEXT, '维持', '纠正', '直接起诉'];
/** chars. Label text left after removing header words; more than this is narrative, not table. */
const MAX_FOREIGN_CHARS = 2;

/** A row's label naming the year its values are (a row per year under one header: '本年度', '2023年', '上年情况'): captions the row (map/earlier-copy). */
const YEAR_LABEL = /^(?:(?:本|上|今|去|当)年|(?:19|20)\d\d年)度?(?:数据|情况|数)?/;

function isTableText(text: string): boolean {
  let rest = normalizeLabel(text).replace(YEAR_LABEL, '');
  for (const w of REVIEW_WORDS) rest = rest.split(w).join('');
  return rest.length <= MAX_FOREIGN_CHARS;
}

/**
 * The review table's rows → one group of 15 keys. `later`: the number-only values of the sections
 * after the table, `identities`: the template's, `lines`: the section's line texts (its header).
 * A table printed transposed is read back by its labels (map/review-transposed). A stream that is
 * not the 15 values and leaves a field unresolved is read from the table's header on instead
 * (map/review-tail) when that reads a group. `zerosBlank`: the document is a positioned print (PDF, `pdftohtml
 * -xml`) whose table 三 prints its zeros blank — a table of header words only is then its one row printed empty
 * (`headerOnlyGroup`).
 */
export function reviewGroup(
  rows: readonly TableRow[],
  stream?: StreamMode,
  later: readonly ValueToken[] = [],
  identities: readonly Identity[] = [],
  lines: readonly string[] = [],
  zerosBlank = false,
): { groups: Group[]; placements: Map<string, Placement>; transposed?: boolean; cut?: boolean } {
  const read = reviewGroupAsStream(rows, stream, lines);
  if (read.cut) return read;
  if (zerosBlank && read.groups.length === 0 && later.length === 0) {
    const unprinted = headerOnlyGroup(rows, lines);
    if (unprinted) return unprinted;
  }
  // Each cell after the result word it sits under, in a layout analyser's box order (map/review-label-pairs).
  const paired = read.transposed ? null : labelPairReading(lines);
  if (paired) return readingOf(paired, rows, read.placements, true);
  const tail = valuesAfterHeader(rows);
  const streamed = read.groups[0]?.candidates;
  if (read.transposed || !tail || (streamed && read.count === REVIEW_KEYS.length)) return read;
  const reading = reviewTailReading(tail, later, valuesAfterFirstHeader(rows), valuesFromHeaders(rows));
  if (!reading) return read;
  if (streamed) {
    const { fields } = solve(read.groups, identities);
    if ([...fields.values()].every((f) => typeof f.value === 'number' && !f.flags.includes('ambiguous'))) return read;
  }
  return readingOf(reading, rows, read.placements, !exactTail(tail, later));
}

/** Table 四's group read as `reading`, each key placed as the stream placed it (or at the table's first value row). */
function readingOf(reading: Candidate, rows: readonly TableRow[], streamed: ReadonlyMap<string, Placement>, digitsDoubt: boolean): { groups: Group[]; placements: Map<string, Placement> } {
  const keys = REVIEW_KEYS.map((k) => `reviewLitigation.${k}`);
  const source = rows.find((r) => r.values.length > 0)?.source ?? rows[0]!.source;
  const row: RowEvidence = { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt };
  const placements = new Map<string, Placement>(keys.map((k) => [k, streamed.get(k) ?? { by: 'columns', labelScore: 1, source, row }]));
  return { groups: [{ id: 'reviewLitigation', keys, candidates: [reading] }], placements };
}

/**
 * A grid row of the table that prints one cell more than whole groups (6 or 16 cells), the first an
 * empty cell in a column before all its values: that cell is the row's empty label cell (a spreadsheet
 * export's merged label column under the group's name), not a value. Read as one, the stream holds 18
 * cells for 15 keys and its repair moved numbers across groups (breakit48 calc-html).
 */
function withoutLabelCell(row: TableRow): TableRow {
  const [first, second] = row.values;
  const wholeGroups = (row.values.length - 1) % REVIEW_COLUMNS.length === 0 && row.values.length > 1;
  const labelCell = first?.kind === 'blank' && !first.unread && first.col !== undefined && second?.col !== undefined && first.col < second.col;
  return wholeGroups && labelCell && row.label === '' ? { ...row, values: row.values.slice(1) } : row;
}

/**
 * The table's one row printed with no number and its 15 cells counted empty (a pypdf / PDFBox dump's line of spaces
 * after the header: layout/blank-review-cells `blankReviewRowLine`; the only source of a labelless row of empty cells in a text
 * table 四): every cell 0, flag `blank`, as a blank cell is read
 * elsewhere. Called when no row of the table's text prints a number; null unless exactly one row is so.
 */
function blankRowGroup(rows: readonly TableRow[], keys: readonly string[]): { groups: Group[]; placements: Map<string, Placement>; count: number } | null {
  // Its label '' — or the header's last line ('计') a wrapped-label merge put before it, its cells then counted as another table's.
  const blank = rows.filter((r) => (r.label === '' && emptyCellsRow(r, keys.length)) || (r === rows.at(-1) && r.values.length === 0 && r.blankCells > 0 && /^[总计]{1,2}$/.test(r.label)));
  if (blank.length !== 1) return null;
  return { ...blankZerosGroup('reviewLitigation', keys, blank[0]!.source, { ocr: ocrRow(blank[0]!), run: 'reviewLitigation' }), count: keys.length };
}

/** Rows of table 三 printing some of their cells and not others that show a print's zeros left blank. */
const MIN_SHORT_REQUEST_ROWS = 3;
/** Cells a table 三 row prints beside its total in the 2021 template (7 applicant columns + 总计). */
const REQUEST_ROW_CELLS = 8;

/**
 * True when `requestRows` (table 三's rows) come from a positioned print (a PDF page, `pdftohtml -xml`) and at least
 * MIN_SHORT_REQUEST_ROWS of them print a number and leave a cell empty (a blank cell seen, or fewer numbers than the
 * row's cells): the document prints its zeros blank. Or from a text dump laying its cells out in columns (`pdftotext
 * -layout`: rows placed in its header's columns, layout/aligned-columns, header-bands) one row of which at least prints a
 * number beside a cell its columns show printed empty (a `blank` token placed in a column, not an unread one) and
 * MIN_SHORT_REQUEST_ROWS print a number and leave a cell empty so: a dump without positions (fewer numbers than cells may
 * be cells it dropped) needs the blank cell seen (layout51). Or from another text dump keeping columns whose rows show so
 * many empty cells beside numbers and print no 0 (lynx, w3m, html2text; strip51). (A text dump dropping its blank cells:
 * map/row-candidates zerosPrintedBlank, TableRead.zerosBlank; one keeping no positions: textZerosBlank below.)
 */
export function requestZerosBlank(requestRows: readonly TableRow[]): boolean {
  if (requestRows.length === 0) return false;
  const positioned = requestRows.every((r) => r.source.page !== undefined && r.source.line === undefined);
  const placedBlank = (r: TableRow): boolean => r.values.some((v) => v.kind === 'blank' && !v.unread && v.col !== undefined);
  const laidOut = requestRows.every((r) => r.source.line !== undefined) && requestRows.some((r) => placedBlank(r) && r.values.some((v) => v.kind === 'num'));
  const short = requestRows.filter((r) => {
    const nums = r.values.filter((v) => v.kind === 'num').length;
    return nums > 0 && (nums < REQUEST_ROW_CELLS - 1 || (laidOut ? placedBlank(r) : r.values.some((v) => v.kind === 'blank')));
  });
  if (positioned || laidOut) return short.length >= MIN_SHORT_REQUEST_ROWS;
  // A text dump keeping the table's columns (lynx, w3m, html2text: a blank cell is spaces under its column, read as an empty
  // cell, not an unread one): MIN_SHORT_REQUEST_ROWS rows printing a number beside an empty cell seen, and no 0 printed.
  const seen = requestRows.filter((r) => r.values.some((v) => v.kind === 'num') && r.values.some((v) => v.kind === 'blank' && !v.unread));
  return seen.length >= MIN_SHORT_REQUEST_ROWS && !requestRows.some((r) => r.values.some((v) => v.kind === 'num' && v.value === 0));
}

/** Row labels of table 三 a text dump must show before its lack of zeros says anything (of its 26 rows' labels). */
const MIN_REQUEST_LABELS = 10;
/** A line opening one of table 三's row labels: an item ('3.其他'), a block ('（七）总计'), a section ('四、结转…'). */
const REQUEST_LABEL = /^[ \u00a0\u3000]*(?:\d{1,2}\s*[.、．](?!\d)|[（(][一二三四五六七][)）]|[一二三四]\s*[、.．])\s*\p{Script=Han}/u;

/**
 * True when `requestRows` (table 三's rows, `requestLines` its section's line texts) come from a text dump that keeps no
 * positions (plain `pdftotext`, pypdf, PDFBox: a row of blank cells is its label alone) and the table prints its zeros
 * blank: at least MIN_REQUEST_LABELS of its row labels are printed, no cell of table 三 or 二 (`activeRows`) prints a 0 or a
 * mark for none ('—', '/', '不适用'; a cell printed empty is a blank zero), and table 三 prints fewer numbers than it has
 * cells (a table printing its zeros prints '0' in nearly every row; one printing none has its zeros blank — or no number
 * at all, every cell blank).
 */
export function textZerosBlank(requestRows: readonly TableRow[], activeRows: readonly TableRow[], requestLines: readonly string[]): boolean {
  if (requestRows.some((r) => r.source.line === undefined || r.onGrid)) return false;
  if (requestLines.filter((l) => REQUEST_LABEL.test(l)).length < MIN_REQUEST_LABELS) return false;
  const values = [...requestRows, ...activeRows].flatMap((r) => r.values);
  // (A cell printed empty — a no-break space a Word table leaves in it — is a blank zero too.)
  if (values.some((v) => v.kind === 'na' || (v.kind === 'num' && v.value === 0))) return false;
  // (A row glued whole, map/row-candidates gluedWholeRow, prints its 7 cells in one run: its zeros are inside it.)
  const width = REQUEST_COLUMNS.length;
  const printed = (r: TableRow): number => (gluedWholeRow(r.values, width, [width - 1]) ? width : r.values.filter((v) => v.kind === 'num').length);
  return requestRows.reduce((n, r) => n + printed(r), 0) < REQUEST_CELLS;
}

/** Cells of table 三 in the 2021 template (25 rows × 7). */
const REQUEST_CELLS = 175;

/** Characters of table 四's header words (and the short forms some reports print): a row of these only is header text. */
const HEADER_CHARS = new Set([...REVIEW_WORDS, '合计', '情况'].join(''));
/** A character html2text -utf8 cut inside its bytes at a narrow cell's edge ('结�结�其�'): a header word's piece, no digit (a digit is one byte). */
const CUT_CHAR = '\uFFFD';

/**
 * Table 四 printed as its header and nothing under it (no number, no empty cell seen, no number-only line after the
 * table) in a positioned print whose zeros are printed blank: a borderless table's row of 15 empty cells leaves no
 * glyph, so the header is all the page shows of it — yet the template's table has its one row, and a cell printed
 * empty is 0. Read as 15 × 0, flag `blank`, the row marked `unprinted` (score UNPRINTED_ROW_CAP, < 0.8: nothing printed
 * shows the row was not lost instead). Null unless the table's lines (`lines`) are header text only, naming 复议 and 诉讼 and a
 * 总计/合计 column.
 */
function headerOnlyGroup(rows: readonly TableRow[], lines: readonly string[]): { groups: Group[]; placements: Map<string, Placement> } | null {
  if (rows.length === 0 || rows.some((r) => r.values.length > 0 || r.blankCells > 0 || r.note)) return null;
  const text = lines.map((l) => normalizeLabel(l).replace(/\s+/g, '')).join('');
  if (!text.includes('复议') || !text.includes('诉讼') || !/[总合]/.test(text) || ![...text].every((c) => HEADER_CHARS.has(c) || c === CUT_CHAR)) return null;
  return printedBlankGroup('reviewLitigation', REVIEW_KEYS.map((k) => `reviewLitigation.${k}`), rows.at(-1)!.source);
}

function reviewGroupAsStream(rows: readonly TableRow[], stream: StreamMode | undefined, lines: readonly string[]): { groups: Group[]; placements: Map<string, Placement>; count: number; transposed?: boolean; cut?: boolean } {
  // A footnote's numbers (its year, a date: '注: 2023', '年 1', '月 15') are no cells of the table (TableRow.note).
  const printedRows = rows.filter((r) => r.values.length > 0 && !r.note && isTableText(r.label)).map(withoutLabelCell);
  // Printed transposed (results as rows, groups as columns): read back into template order (map/review-transposed).
  const transposed = readTransposed(rows, printedRows, lines);
  const tableRows = transposed ? transposed.rows : printedRows;
  const values = transposed ? transposed.values : printedRows.flatMap((r) => r.values);
  const placements = new Map<string, Placement>();
  const keys = REVIEW_KEYS.map((k) => `reviewLitigation.${k}`);
  if (values.length === 0) return blankRowGroup(rows, keys) ?? { groups: [], placements, count: 0 };
  const sources = transposed ? transposed.values.map((v, i) => (v.col === undefined ? transposed.rows[i]!.source : { ...transposed.rows[i]!.source, column: v.col })) : valueSources(tableRows, keys.length);
  // One stream in column order: no neighbours to confirm it, its value count (exactly 15) does.
  // Too few values to be read with missing cells: the row's runs are split (row-candidates), and the
  // only identities, each group's own total, are what chose the split: nothing read apart confirms it.
  const glued = !stream && values.filter((v) => v.kind !== 'blank').length + MAX_REPAIR < keys.length;
  const doubt = glued || tableRows.some((r) => digitsDoubt(r, false)) || digitsDoubt({ label: '', pending: '', values, source: {} });
  const row: RowEvidence = { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: doubt };
  // One run read positionally: a group whose total fails shows the whole run misread (score: `run`).
  // A group whose cells a block-ordered dump wrote in several text blocks: its parts' order is the dumper's (map/review-blocks).
  const inBlocks = transposed ? [] : groupsInBlocks(tableRows, REVIEW_GROUPS.length);
  // Whole groups in text boxes under headers of their own: the boxes' order is the dumper's (map/review-blocks).
  // …or in text boxes another order of which reads other groups, every total still holding (map/review-blocks boxOrderOpen).
  const boxed = !transposed && (boxesBetweenGroups(rows) || boxOrderOpen(tableRows, REVIEW_GROUPS.length));
  const rowOfKey = (i: number): RowEvidence => (inBlocks[Math.floor(i / REVIEW_COLUMNS.length)] ? { ...row, cellsApart: true } : row);
  keys.forEach((k, i) => placements.set(k, { by: 'columns', labelScore: 1, source: sources?.[i] ?? tableRows[0]!.source, row: rowOfKey(i), run: 'reviewLitigation', ...(transposed?.orderUnconfirmed || boxed ? { orderUnconfirmed: true } : {}) }));
  const count = values.filter((v) => v.kind !== 'blank').length;
  // Cut at the page's edges (map/review-cut): each value in the column its header word names, the others not printed; capped.
  const cutAt = transposed ? null : cutReviewColumns(lines, values);
  if (cutAt) {
    for (const k of keys) placements.set(k, { ...placements.get(k)!, orderUnconfirmed: true });
    const cells = keys.map((_, i) => {
      const v = values[cutAt.indexOf(i)];
      // A grid cell printed empty among the numbers: 0, as a blank cell is read elsewhere.
      if (v?.kind === 'blank') return { value: 0, flags: v.ocr ? ['blank' as const, 'ocr' as const] : ['blank' as const] };
      return { value: v && v.kind === 'num' ? v.value : undefined, flags: [] };
    });
    return { groups: [{ id: 'reviewLitigation', keys, candidates: [{ cost: 0, cells }] }], placements, count: REVIEW_KEYS.length, cut: true };
  }
  // A line printing several values was no line an archiver collapsed (it collapses whole lines): its
  // values stand for no runs of cells (table 四 clipped after 12 cells: its last '0' had been read as three, at 0.85).
  const mode = stream?.collapse && tableRows.some((r) => r.values.length > 1) ? { ...stream, collapse: false } : stream;
  // One row per group, its labels piled and its cells maybe column by column (map/review-group-stream): each way read, the totals choose.
  const ways = transposed ? null : groupRowWays(tableRows, lines);
  const printed = ways ? tiedReadings(ways.map((w) => rowCandidates({ values: w, blankCells: 0 }, keys.length, [], mode))) : rowCandidates({ values, blankCells: 0 }, keys.length, [], mode);
  // A narrow page's row cut into text blocks (no line holds a group, the header one character per line): the groups' boundary columns may come last (map/review-boundary).
  const cut = !transposed && headerCutPerCharacter(lines) && tableRows.every((r) => r.values.length < REVIEW_COLUMNS.length);
  const candidates = cut ? withBoundaryReadings(printed, values) : printed;
  return { groups: [{ id: 'reviewLitigation', keys, candidates }], placements, count, ...(transposed ? { transposed: true } : {}) };
}

/** The values of the number-only lines in the sections after `key` (cells left behind by plain pdftotext at the page's end). */
export function valuesAfterSection(sections: readonly FoundSection[], key: FoundSection['key']): ValueToken[] {
  const at = sections.findIndex((s) => s.key === key);
  if (at < 0) return [];
  const out: ValueToken[] = [];
  for (const s of sections.slice(at + 1)) {
    for (const line of s.body) {
      const cells = line.cells.flatMap((c) => c.trim().split(/\s+/)).filter((c) => c !== '');
      const values = cells.map(parseWholeValue);
      if (cells.length > 0 && values.every((v) => v?.kind === 'num')) pushAll(out, values as ValueToken[]);
    }
  }
  return out;
}
