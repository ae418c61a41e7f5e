/**
 * @file Plain text → Line[]: one Line per text line, split into cells by the separators the
 * producer used (tab, markdown `|`, runs of spaces from `pdftotext -layout`); a table drawn with
 * borders gives one line per row, its wrapped cells joined (grid-tables.ts); rows saved as CSV
 * between the prose are split at their commas (csv-lines.ts). Page furniture
 * (page numbers, '— 3 —', a browser's running header and footer: text-furniture.ts) is dropped; a crawler dump's one-line body is cut at its headings.
 * A short row of a space-aligned table gets an empty cell in each column it left blank (aligned-columns.ts).
 * A counter printed before every line (`cat -n`, `nl`) is cut off (line-numbers.ts), and so are e-mail quote marks (email-quotes.ts).
 * A dump of miscoded glyphs ('ÿ一Ā', '一1本年新收') has them read as U+FFFD first (miscoded-chars.ts).
 */
import type { Line } from '../model/document.js';
import { fixCompatibilityChars } from './normalize-text.js';
import { unknownMiscoded } from './miscoded-chars.js';
import { barePageNumbers, cutGluedCounters, edgePageNumbers, cutGluedStamps, PAGE_FURNITURE, runningLines } from './text-furniture.js';
import { alignedRowCells } from './aligned-columns.js';
import { pipeWrappedRows } from './pipe-wrapped-rows.js';
import { joinCutGroups, joinGluedGroupChains } from './cut-groups.js';
import { gridRowCells } from './grid-tables.js';
import { unwrapLayoutGrids } from './layout-grids.js';
import { tabCell } from './tab-cell.js';
import { unpackRows } from './packed-cells.js';
import { csvRowCells } from './csv-lines.js';
import { stripLineNumbers } from './line-numbers.js';
import { stripEmailQuotes } from './email-quotes.js';
import { splitJoinedRows } from './joined-rows.js';
import { joinShatteredPipeRows } from './shattered-pipe-rows.js';
import { joinDocxParagraphRows } from './docx2txt-rows.js';
import { restoreExpandedTabs } from './expanded-tabs.js';
import { closePipeLedCells, joinTabLedCells } from './tab-led-cells.js';
import { joinTabEndedCells } from './tab-ended-cells.js';
import { joinTabTrailedCells } from './tab-trailed-cells.js';
import { joinCellLines, REVIEW_CELLS } from './cell-lines.js';
import { joinCutCellLines } from './cut-cell-lines.js';
import { joinLabelAboveRows } from './label-above-rows.js';
import { blankActiveRowLines, blankRequestRowLines, blankReviewRowLine, joinBlankReviewCells } from './blank-review-cells.js';
import { joinSpacedCells } from './spaced-cells.js';
import { joinGapCells } from './gap-cells.js';
import { restoreBlankTabRows } from './tab-blank-rows.js';
import { unwrapLines } from './hard-wrap.js';
import { joinStackedPieces, rowsBesidePieces } from './stacked-pieces.js';
import { joinPushedCells } from './pushed-cells.js';
import { dropColumnBars } from './column-bars.js';
import { unshiftOverrunRows } from './overrun-rows.js';
import { closeSpacedDigits } from './spaced-digits.js';
import { closeOcrSpacedHan } from './ocr-spaced-han.js';
import { bareCounts, joinUnitLines } from './unit-lines.js';
import { blankLayoutCounts } from './sequence-column.js';
import { hasOuterPipes, hasPipeTables, isPipeRow, markdownInline, MD_DELIMITER, pipeRowCells, pipeRowStarts } from './markdown-text.js';

export { tabCell } from './tab-cell.js';

export { PAGE_FURNITURE } from './text-furniture.js';

/** A line break inside a markdown table cell. */
const BR = /<br\s*\/?>/i;

/** chars. A line longer than this is a dump of many lines; it is cut before inline headings. */
export const LONG_LINE = 300;

/** A section heading written inline in a dump: '…联系。一、总体情况2021年…'. */
const INLINE_HEADING =
  /(?=[一二三四五六]\s*[、.．]\s*(?:总体情况|主动公开政府信息|收到和处理政府信息公开申请|政府信息公开行政复议|因政府信息公开申请|存在的主要问题|政府信息公开工作存在|其他需要报告))/g;

/**
 * Splits one raw line into cells; `separated` says whether real separators were found. `pipeRow`:
 * the line is a row of a markdown pipe table (markdown-text.ts), its cells split at its pipes.
 */
export function splitCells(raw: string, pipeRow = false, spacedToo = false): { cells: string[]; separated: boolean; starts?: number[] } {
  // Tabs only before one cell ('\t62', a browser's innerText of a table dumped one cell per line)
  // are indentation, not an empty first cell: the line is read as if they were not there. Tabs
  // after a cell stay cells ('label\t\t\t': a row printed blank).
  if (raw.trimStart().includes('\t')) return { cells: (spacedToo ? raw.split('\t').flatMap(spacedTabCells) : raw.split('\t').map(tabCell)), separated: true };
  if (pipeRow || isPipeRow(raw, false)) {
    const cells = pipeRowCells(raw);
    const starts = hasOuterPipes(raw) ? pipeRowStarts(raw, cells) : undefined;
    return { cells, separated: true, ...(starts ? { starts } : {}) };
  }
  const trimmed = raw.trim();
  // Where each cell starts on the printed line (character columns, the line's indent included).
  const line = raw.replace(/\u3000/g, '  ');
  const starts = raw.includes('\t') ? undefined : [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => m.index!);
  const spaced = trimmed.replace(/\u3000/g, '  ');
  if (/\S(?: {2,})\S/.test(spaced)) return splitUnitValue({ cells: spaced.split(/ {2,}/), separated: true, starts });
  return { cells: [trimmed], separated: false, ...(starts ? { starts: starts.slice(0, 1) } : {}) };
}

/** Lines (each) that show a text's cells parted by tabs and by runs of spaces, from which a text mixes both. */
const MIXED_SEPARATOR_LINES = 3;
/** Numbers parted by single spaces: in a text whose cells are also parted by spaces, several cells. */
const SPACED_NUMBERS = /^[-\u2212]?\d[\d,]*(?:\.\d+)?(?: [-\u2212]?\d[\d,]*(?:\.\d+)?)+$/;

/**
 * The text parts cells both by tabs and by runs of spaces (a layout dump whose runs of spaces a mail
 * client or an editor turned into tabs on some lines only): then a tab does not say where every cell
 * ends, and a tab field holding runs of spaces, or numbers parted by a space ('2 4', '755 0 1 0'), is
 * several cells, as the same row printed with spaces is.
 */
export function mixesSeparators(raws: readonly string[]): boolean {
  let tabbed = 0;
  let spaced = 0;
  for (const raw of raws) {
    if (/\S\t+\S/.test(raw)) tabbed++;
    else if (/\S {3,}\S/.test(raw)) spaced++;
    if (tabbed >= MIXED_SEPARATOR_LINES && spaced >= MIXED_SEPARATOR_LINES) return true;
  }
  return false;
}

/** A tab field of a text that also parts cells by spaces (mixesSeparators): its cells. */
function spacedTabCells(field: string): string[] {
  const t = field.trim();
  if (t === '') return [''];
  return t.split(/ {2,}|\u3000+/).flatMap((c) => (SPACED_NUMBERS.test(c) ? c.split(' ') : [c]));
}

/** A value printed with its unit ('699件', '-17件', '12.5万元'): one value, never its digits apart. */
const UNIT_VALUE = /^[-\u2212]?\d[\d,]*(?:\.\d+)?(?:件|个|项|次|人次|家|万元|元)$/;

/**
 * A first cell holding its row's first value after one space ('行政处罚 699件    -17件  630件': lynx
 * pads the label's cell by one space only) split into label and value, when the value and every
 * other cell are numbers with a unit: the unit says where the value ends, the space where it starts.
 */
function splitUnitValue(split: { cells: string[]; separated: boolean; starts?: number[] }): { cells: string[]; separated: boolean; starts?: number[] } {
  const [first, ...rest] = split.cells;
  const m = /^(.*[^\d\s,.\-\u2212]) ([^ ]+)$/.exec(first ?? '');
  if (!m || rest.length === 0 || !UNIT_VALUE.test(m[2]!) || !rest.every((c) => UNIT_VALUE.test(c))) return split;
  const starts = split.starts && [split.starts[0]!, split.starts[0]! + m[1]!.length + 1, ...split.starts.slice(1)];
  return { cells: [m[1]!, m[2]!, ...rest], separated: true, ...(starts ? { starts } : {}) };
}

/**
 * Text → lines of cells, 1-based line numbers kept as provenance. `boxes`: a PDF dumper's page-fed boxes of full tables are
 * left as boxes, not joined as docx2txt's paragraphs (layout/docx2txt-rows pageFedFullCounts).
 */
export function textToLines(text: string, boxes = false): Line[] {
  const lines: Line[] = [];
  // E-mail quote marks (email-quotes.ts) and a counter before every line (cat -n, nl, an editor's export: line-numbers.ts) are cut off first.
  // …then the pieces of lines hard-wrapped at a fixed width joined back (hard-wrap.ts).
  // Before them, html2text's tables broken over lines are put back one row per line (shattered-pipe-rows.ts): its '|' lines are no quote marks;
  // and so are the rows of a docx2txt dump, whose empty cells are blank lines (docx2txt-rows.ts), and of a dump writing
  // each cell on a line, an empty cell as an empty line (Perl docx2txt: cell-lines.ts), and of a dump writing each cell a
  // paragraph, a run of empty cells one more empty line (lynx of Word's HTML: gap-cells.ts); a tab table's row of empty cells
  // whose tabs a trim dropped gets them back (tab-blank-rows.ts). Before them, a table 三 cut at the page's edge dumped a cell a
  // line (plain pdftotext / mutool of a LibreOffice print) written as tab rows under the k columns its header names (cut-cell-lines.ts),
  // and table 四's 15 cells of a mutool dump whose blank cells show written as one tab row (blank-review-cells.ts).
  // First of all, rows of a drawn table an archiver joined onto one line are split back (joined-rows.ts).
  // Before that, a layout table a converter drew as a grid table is replaced by its cells' text (layout-grids.ts),
  // after a tab dump's tabs expanded to spaces are put back (expanded-tabs.ts) and the rows of a dump writing a tab after
  // every cell and a line break after every paragraph joined back onto their lines (tab-led-cells.ts), and so are the rows of
  // a dump writing ' | ' before every cell, then closed with the pipe it left out (a blank last cell stays a cell), and the tables
  // of a .docx dumped with a tab after every cell and a line break after every paragraph written as tab rows (tab-ended-cells.ts).
  // Then a dump writing a tab before every cell, each cell's paragraph a line ending in the next cell's tab (tab-trailed-cells.ts).
  // …and a unit wrapped onto a line of its own after its number written back onto it, the '件' of a row's counts printed
  // one space apart dropped ('0件 3件 5件' → '0 3 5': unit-lines.ts bareCounts).
  // Last, numbers wrapped in a narrow cell around their row's line (head above, tail below) joined into it (stacked-pieces.ts),
  // then a row's last cells pdftotext -layout pushed onto the lines below it joined back (pushed-cells.ts).
  // Before everything, a preformatted table's column bars printed into a PDF dump written as spaces (column-bars.ts), and a
  // count wrapped at its thousands separator one piece a line ('3,31' / '8') joined (cut-groups.ts), and pypdf's row of such
  // counts glued across its cells, a wrap a line ('…数量46,5' / '8623,0' / … / '55'), joined into one run (cut-groups.ts).
  // Before the cut cell lines, table 三 laid out a row a paragraph, its label on a line and its values on the next (lynx of a
  // narrow page), each such paragraph written as one line: a label alone is a row printing nothing (label-above-rows.ts).
  // Very first, a dump of an OCR text layer has the OCR's spaces between CJK characters closed (ocr-spaced-han.ts): its lines are OCR'd.
  const ocrDump = closeOcrSpacedHan(unknownMiscoded(fixCompatibilityChars(text)).split(/\r\n|\r|\n/));
  const printed = joinPushedCells(joinStackedPieces(unwrapLines(bareCounts(joinUnitLines(blankLayoutCounts(stripLineNumbers(stripEmailQuotes(restoreBlankTabRows(joinGapCells(joinSpacedCells(joinCellLines(joinBlankReviewCells(joinCutCellLines(joinLabelAboveRows(joinDocxParagraphRows(joinShatteredPipeRows(splitJoinedRows(unwrapLayoutGrids(joinTabLedCells(joinTabTrailedCells(joinTabEndedCells(closePipeLedCells(restoreExpandedTabs(joinGluedGroupChains(joinCutGroups(dropColumnBars(ocrDump.lines))))))))))), boxes))))))))))))))));
  // Markdown read as the page it renders to (markdown-text.ts): a line that is not a pipe-table row
  // has its escapes read and its strong emphasis dropped here; a row's cells, once split at its pipes.
  const pipeTables = hasPipeTables(printed);
  // A running header glued to the end of the line before it is cut off it (text-furniture.ts).
  // …and so is a page counter glued to the start of the next page's first line.
  // …and numbers printed letter-spaced closed up where each line's gaps decide, the other such lines' digits in doubt (spaced-digits.ts).
  const spacedDigits = closeSpacedDigits(cutGluedCounters(cutGluedStamps(printed.map((raw) => (isPipeRow(raw, pipeTables) ? raw : markdownInline(raw))))));
  const raws = spacedDigits.lines;
  const running = runningLines(raws);
  for (const i of barePageNumbers(raws)) running.add(i);
  // Tables drawn with borders, cells wrapped over lines (grid-tables.ts): one line per row.
  const grid = gridRowCells(raws);
  const skip = (index: number): boolean => running.has(index) || grid.covered.has(index) || PAGE_FURNITURE.test(raws[index]!) || MD_DELIMITER.test(raws[index]!);
  // Short rows of space-aligned tables, their numbers put in the columns they sit under (aligned-columns.ts).
  // …and a tall row's numbers on a line of their own between its label's pieces, when not placed: the label joined onto that line.
  const joinedLabels = new Map<number, string>();
  // …and cells of a row whose column the header's spans leave open (header-spans.ts): unread.
  const unreadCells = new Map<number, number[]>();
  // …and rows placed in a header's bands (header-bands.ts): their columns in doubt.
  const banded = new Set<number>();
  // …and label lines alone the bands read as rows of blank cells (header-bands.ts): nothing was printed beside them.
  const alone = new Set<number>();
  const aligned = alignedRowCells(raws, skip, joinedLabels, unreadCells, banded, alone);
  // Rows of a `|`-drawn table whose label cells wrap over lines with empty value cells (pipe-wrapped-rows.ts).
  const piped = pipeWrappedRows(raws, skip);
  // Rows saved as comma-separated values between the prose (csv-lines.ts).
  const csv = csvRowCells(raws);
  const spacedToo = mixesSeparators(raws);
  // Rows beside number pieces left unjoined (stacked-pieces.ts): their digits are in doubt.
  const besidePieces = rowsBesidePieces(raws);
  for (const i of spacedDigits.doubt) besidePieces.add(i);
  for (const i of banded) besidePieces.add(i);
  // …and a bare number at a page's edge that may count the page (text-furniture.ts edgePageNumbers): its row's values in doubt.
  for (const i of edgePageNumbers(raws, running)) besidePieces.add(i);
  // Table 四's one row printed with every cell blank, written as spaces (pypdf, PDFBox): its 15 cells, each empty (blank-review-cells.ts).
  const blankReviewRow = blankReviewRowLine(raws);
  // …and table 三's rows printed so, each its label and spaces (blank-review-cells.ts blankRequestRowLines).
  const blankRequestRows = blankRequestRowLines(raws);
  // …and table 二's rows printed so in a dump laying cells out in place, each its label alone (blank-review-cells.ts blankActiveRowLines).
  const blankActiveRows = blankActiveRowLines(raws);
  raws.forEach((printed, index) => {
    if (index === blankReviewRow) {
      lines.push({ cells: new Array<string>(REVIEW_CELLS).fill(''), separated: true, blankCells: true, source: { line: index + 1 } });
      return;
    }
    if (skip(index) || printed.trim() === '') return;
    // Table 三's row printed with every cell blank, written as its label and spaces (pypdf, PDFBox): its label beside a blank cell.
    const activeCells = blankActiveRows.get(index);
    if (activeCells !== undefined) {
      lines.push({ cells: [printed.trim(), ...new Array<string>(activeCells).fill('')], separated: true, source: { line: index + 1 } });
      return;
    }
    if (blankRequestRows.has(index)) {
      lines.push({ cells: [printed.trim(), ''], separated: true, source: { line: index + 1 } });
      return;
    }
    const raw = joinedLabels.get(index) ?? printed;
    const drawn = grid.rows.get(index);
    if (drawn) {
      lines.push({ ...drawn, separated: true, source: { line: index + 1 } });
      return;
    }
    const row = csv.get(index);
    if (row) {
      lines.push({ cells: row, separated: true, source: { line: index + 1 } });
      return;
    }
    const placed = aligned.get(index) ?? piped.get(index);
    // A wrapped label's line joined into its row's line (aligned-columns.ts).
    if (placed?.length === 0) return;
    if (placed) {
      // One cell per column of the table (label 0, values 1…): its empty cells are cells, not layout.
      const open = unreadCells.get(index);
      lines.push({ cells: placed, separated: true, cols: placed.map((_, i) => i), ...(open ? { unread: open } : {}), ...(besidePieces.has(index) ? { piecesBeside: true as const } : {}), ...(alone.has(index) ? { labelAlone: true as const } : {}), source: { line: index + 1 } });
      return;
    }
    const pieces = raw.length > LONG_LINE ? raw.split(INLINE_HEADING) : [raw];
    for (const piece of pieces) {
      const { cells, separated, starts } = splitCells(piece, isPipeRow(piece, pipeTables), spacedToo);
      // Markdown cells with line breaks written `<br>`: rows packed in one row (packed-cells.ts), or one cell's lines.
      if (separated && cells.some((c) => BR.test(c))) {
        const packed = unpackRows(cells.map((c) => c.split(BR)));
        for (const row of packed ?? [cells.map((c) => c.split(BR).join(' ').trim())]) lines.push({ cells: row, separated, source: { line: index + 1 } });
        continue;
      }
      // A line cut at an inline heading has lost its columns.
      const positioned = pieces.length === 1 && starts && starts.length === cells.length;
      lines.push({ cells, separated, ...(positioned ? { starts } : {}), ...(besidePieces.has(index) ? { piecesBeside: true as const } : {}), source: { line: index + 1 } });
    }
  });
  // A row a group label's rowspan ran over, as a converter flattened it (pandoc's wiki writers): moved back one column (overrun-rows.ts).
  const rows = unshiftOverrunRows(lines);
  return ocrDump.ocr ? rows.map((l) => ({ ...l, ocr: l.cells.map(() => ({ foreign: true })) })) : rows;
}
