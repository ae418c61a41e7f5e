/**
 * @file Stage 5, map: sections' lines → a value (or null) for every canonical key of the detected
 * template, with the placement signals the score stage needs.
 */
import type { Line, Warning } from '../model/document.js';
import type { Check } from '../schema/report.js';
import type { FoundSection } from '../sections/index.js';
import { solve, type SolvedField, type SolveStats } from '../solve/index.js';
import { lap } from '../_internal/stage-clock.js';
import { buildRows, type TableRow } from '../tables/build-rows.js';
import { columnMajorToRows, hasPrintedColumnHeader } from '../tables/column-major.js';
import { columnPagesToRows } from '../tables/column-pages.js';
import { reviewBoxOrderUnsure, reviewGroupsToRows } from '../tables/review-groups.js';
import { detectTemplate, TEMPLATE_MARKERS } from '../template/detect.js';
import { stackedLineTexts } from './stacked-header.js';
import { REVIEW_KEYS, TEMPLATE_2019, TEMPLATE_2021, TEMPLATE_2021_COMBINED, templateFor, type Template, type TemplateVersion } from '../template/index.js';
import { requestZerosBlank, reviewGroup, textZerosBlank, valuesAfterSection } from './review-stream.js';
import { blankByEmptyBoxes, blankDeclined, blankTableRead, blankTableWarning, reviewReadWhole, showsEmptyCells, type LabelsAloneEvidence } from './blank-table.js';
import { strayNumbers } from './stray-numbers.js';
import { CUT_REVIEW_WARNING } from './review-cut.js';
import { fillFromActiveBlocks } from './active-blocks.js';
import { fillFromSmallTables } from './active-small-tables.js';
import { fillEmptyActiveRows } from './empty-active-rows.js';
import { isCollapsedStream } from './stream-moves.js';
import { mergeCellPerLine, tableGroups, type Placement } from './table-rows.js';
import { narrowByStatedTotals } from './narrative.js';
import { fillFromColumnRuns } from './column-runs.js';
import { fillFromTableStream } from './table-stream.js';
import { fillFromAnchoredRuns } from './anchored-runs.js';
import { fillFromColumnBlocks } from './column-blocks.js';
import { fillFromPiledLabelColumns } from './piled-label-columns.js';
import { fillFromTotalRuns } from './total-run-rows.js';
import { fillFromLabelFlow } from './label-flow.js';
import { fillFromTwoParts } from './two-part-rows.js';
import { fillFromDerivedRows } from './derived-rows.js';
import { fillOpenRows } from './open-rows.js';
import { capOrphanAfter, capOrphanBefore } from './orphan-before.js';
import { capAfterHeading, capValuesApart } from './after-heading.js';
import { flagScaled, normalizeMoney } from './units.js';
import { flagCorrectedInText } from './errata.js';
import { followPrintedColumns, requestCategoriesRead, requestMovesByRows } from './column-order.js';
import { bandWordsContradict } from './header-word-stream.js';
import { requestStreamBoxOrdered } from './box-order.js';
import { dropAbsentColumns, printedRequestColumns } from './absent-columns.js';
import { clippedTableLines, clippedTotalColumns, fillClippedTotal, withoutClipped } from './clipped-total.js';
import { withoutCutDebris, withoutEdgeCutColumn, withoutEdgeDebris, withoutLabelBlanks } from './edge-cut-column.js';
import { dropEdgeBlankColumns, readCutActiveRows } from './edge-blank-column.js';
import { REQUEST_LEAVES } from './header-words.js';
import { followActiveColumns } from './active-column-order.js';
import { totalWordAsPrinted } from './total-word.js';
import { identitiesBeforeMoves, printedRequestMoves } from './printed-order.js';
import { duplicatedWarnings, missingRowsWarnings, mostlyMissingWarning, noValuesWarning, unreadTableWarnings } from './table-warnings.js';
import { reviewCopies, tableCopies, type Copies } from './earlier-copy.js';
import { mergeUntoldCopies } from './untold-copies.js';
import { copiesMayBeUnits, summaryCopy, summaryCopyWarning } from './summary-copy.js';
import { bandOfTableRead, tableOfRowsRead } from './table-band.js';
import { markBoxOrdered, markOrderUnconfirmed, markRequestsUnread } from './order-unconfirmed.js';
import { requestTableByHeader, reviewTableByHeader } from './review-by-header.js';
import { requestTableByShape, reviewTableByShape } from './table-by-shape.js';
import { readByGridOrder } from './grid-order.js';
import { joinSplitColumns } from './split-columns.js';
import { joinSplitByCounts } from './split-counts.js';
import { identitiesConfirm, printsValuesBeforeLabels } from './values-before-labels.js';
import type { TableFill } from './table-fill.js';
import { findSubtotalColumn, subtotalChecks, subtotalWarning } from './subtotal-column.js';
import { findYearSubcolumns, yearSubcolumnsWarning } from './year-subcolumns.js';
import { streamTailAfterHeading, tailLinesCompleting } from './stream-tail.js';
import { activeTextOutOfOrder } from './active-text-order.js';
import { pushAll } from '../_internal/extremes.js';
import { withAppendixTables } from './appendix-tables.js';
import { markBlankBesideValues, markUnreadValuesBeside } from './blank-beside-values.js';

export type { Placement } from './table-rows.js';

/** The mapped tables. */
export interface Mapped {
  version: TemplateVersion;
  template: Template;
  fields: Map<string, SolvedField>;
  placements: Map<string, Placement>;
  warnings: Warning[];
  /** Checks of printed values that are no field (a subtotal column the template lacks: map/subtotal-column). */
  checks: Check[];
  trace: { rows: Record<string, TableRow[]>; solve: SolveStats };
}

function bodyOf(sections: readonly FoundSection[], key: FoundSection['key']): Line[] | null {
  return sections.find((s) => s.key === key)?.body ?? null;
}

function cellsText(lines: readonly Line[]): string {
  return lines.map((l) => l.cells.join(' ')).join('\n');
}

/**
 * Maps the document's tables onto the template. `opts.valuesDoubted`: the loader doubts its text shows every value (no table
 * of labels alone read blank); `opts.emptyCellBoxes`: the empty cells a text dump wrote as boxes of their own
 * (load/empty-cell-boxes, read by map/blank-table blankByEmptyBoxes).
 */
export function mapToReport(lines: readonly Line[], foundSections: readonly FoundSection[], year: number | null, opts: { valuesDoubted?: boolean; emptyCellBoxes?: number } = {}): Mapped {
  const warnings: Warning[] = [];
  // Tables printed after the prose as 附表1–3 (the sections refer to them): read as their sections' tables (map/appendix-tables).
  const sections = withAppendixTables(lines, foundSections);
  const activeLines = bodyOf(sections, 'activeDisclosure');
  // Table 三 printed wide, split column-wise across pages: its parts joined side by side (map/split-columns);
  // then printed with a subtotal column the template lacks: read without it (map/subtotal-column).
  // A scan whose headings and header OCR did not read: its grids by their shape (map/table-by-shape).
  const requestBody = bodyOf(sections, 'requests') ?? requestTableByHeader(lines) ?? clippedTableLines(lines) ?? requestTableByShape(lines);
  const split = joinSplitColumns(requestBody) ?? joinSplitByCounts(requestBody);
  // Every column printed twice, this year's and last year's sub-columns: the header's year words keep this year's (map/year-subcolumns).
  const years = findYearSubcolumns(split ? split.lines : requestBody, year);
  const joined = years ? years.lines : split ? split.lines : requestBody;
  const subtotal = findSubtotalColumn(joined);
  // A column the page's edge cuts through (the value lines' last numbers, most shown in part): left out (map/clipped-total).
  // Cut right after 自然人: the numbers the edge shows in part are left out (map/edge-cut-column withoutCutDebris).
  // Cut after 其他: a ruled row's empty label cell left of 自然人's column is left out (withoutLabelBlanks).
  const uncut = subtotal ? subtotal.lines : joined;
  // Ghostscript's re-print writes each cut cell's first glyphs on the page as a line of its own at the edge: left out first.
  const trimmed = withoutEdgeDebris(uncut) ?? uncut;
  const cutLines = withoutEdgeCutColumn(trimmed) ?? withoutCutDebris(trimmed) ?? withoutLabelBlanks(trimmed) ?? trimmed;
  // Table 三 printed page by page, labels first and then column after column (pdfminer, plain pdftotext): rows put back (tables/column-pages).
  // Not where the input draws the table's cells and shows each empty: numbers outside its grid are none of its cells (a `<pre>`,
  // list or second table of numbers after a blank HTML table 三 had been read into its rows at 0.85, break55).
  const gridBlank = cutLines && [TEMPLATE_2021, TEMPLATE_2021_COMBINED, TEMPLATE_2019].some((t) => showsEmptyCells('requests', cutLines, t.requestRows));
  const requestLines = cutLines && !gridBlank && columnPagesToRows(cutLines, lines) || cutLines;
  // Table 四 printed box by box (pdfminer: each group's header pieces, values and total apart): put back as one row (tables/review-groups);
  // table 三's cells printed after its heading are still read from the printed lines (map/stream-tail).
  const reviewBody = bodyOf(sections, 'reviewLitigation');
  const reviewGroups = reviewGroupsToRows(reviewBody, lines);
  const reviewPrinted = reviewBody ?? reviewTableByHeader(lines) ?? reviewTableByShape(lines);
  const reviewLines = reviewGroups ?? reviewPrinted;
  for (const [name, found] of [['activeDisclosure', activeLines], ['requests', requestLines], ['reviewLitigation', reviewLines]] as const) {
    if (!found) warnings.push({ code: 'section_not_found', message: `section ${name} not found; its table is looked for in the whole document` });
  }
  // Table 二 printed column by column is put back in row order (tables/column-major), with its header's words when they stand out of order.
  const activeRowLines = columnMajorToRows(activeLines ?? lines);
  const rows = {
    // (Tables 二 and 四 number no rows '1.'–'8.': a line '3.' there is a value printed with a stop.)
    activeDisclosure: buildRows(activeRowLines, { numbering: activeLines === null }),
    requests: buildRows(columnMajorToRows(requestLines ?? lines)),
    reviewLitigation: buildRows(reviewLines ?? [], { numbering: false }),
  };
  // Table 二's column words wrapped in narrow cells ('本年新' / '制作数' / '量') are read with their pieces joined too.
  const stackedWords = activeLines ? stackedLineTexts(activeLines, TEMPLATE_MARKERS) : [];
  const tableText = [cellsText([...(activeLines ?? lines), ...(requestLines ?? [])]), ...stackedWords].join('\n');
  // Rows printed one cell per line count once per label, not once per value line; rows of empty cells do not count.
  const detection = detectTemplate(tableText, year, mergeCellPerLine(rows.requests).filter(printsValues).length);
  pushAll(warnings, detection.warnings);
  let template = detection.version === 'unknown' ? TEMPLATE_2021 : templateFor(detection.version, detection.otherHandling);
  const collapsed = isCollapsedStream(lines);
  // Table 三 of a scan whose OCR'd labels are noise: its ruled rows by their order and count (map/grid-order).
  const byOrder = requestLines ? readByGridOrder(rows.requests, template) : null;
  if (byOrder) ({ rows: rows.requests, template } = byOrder);
  const activeOpts = { allowPosition: activeLines !== null, collapsed, year };
  // A table printed once per unit and once as their summary (map/summary-copy): the summary read.
  const keysOf = (table: string): string[] => template.keys.filter((k) => k.startsWith(`${table}.`));
  const activeKeys = keysOf('activeDisclosure');
  const activeCopies = tableCopies(rows.activeDisclosure, template.activeRows, year);
  const activeSummary = summaryOf('activeDisclosure', activeCopies, activeKeys, year, (chunk) => solve(tableGroups('activeDisclosure', chunk, template.activeRows, activeOpts).groups, []).fields, warnings);
  const active = tableGroups('activeDisclosure', activeSummary ?? rows.activeDisclosure, template.activeRows, activeOpts);
  // Table 三 printed without some columns its header does not name: values placed by the columns named.
  // Or printed with its 总计 column cut off the page (map/clipped-total): the six columns printed.
  // The header as its readers know it: a total column headed 合计 read as 总计 (map/total-word).
  const requestHeader = totalWordAsPrinted(requestLines);
  const named = printedRequestColumns(requestHeader, rows.requests);
  const clipped = named ? null : clippedTotalColumns(requestHeader, template.requestRows);
  const requestColumns = named ?? clipped;
  const requestOpts = { allowPosition: requestLines !== null, collapsed, year, identities: template.identities, ...(requestColumns ? { columns: requestColumns } : {}) };
  // Table 三 printed twice and nothing tells which copy is this year's (map/earlier-copy): each copy read on its own (map/untold-copies).
  const copies = tableCopies(rows.requests, template.requestRows, year);
  // Table 三's columns printed in another order: solved (and filled) under its identities as its values sit until they are moved (map/printed-order).
  const moves = requestColumns ? null : printedRequestMoves(requestHeader);
  // (More than 总计 cut off: no identity through a column not printed is used, none confirms or derives anything.)
  let identities = moves ? identitiesBeforeMoves(template.identities, moves) : clipped && clipped.length < REQUEST_LEAVES.length - 1 ? withoutClipped('requests', template.requestRows, template.identities, clipped).identities : template.identities;
  const requestKeys = keysOf('requests');
  const requestSummary = summaryOf('requests', copies, requestKeys, year, (chunk) => solve(tableGroups('requests', chunk, template.requestRows, requestOpts).groups, identities).fields, warnings);
  const untold = copies && copies.winner === null && !requestSummary ? copies.chunks : null;
  const requests = tableGroups('requests', requestSummary ?? (untold ? untold[0]! : rows.requests), template.requestRows, requestOpts);
  // A document whose table 三 prints its zeros blank (a positioned print or a text dump keeping columns showing empty cells
  // beside numbers, or a text dump read as dropping them): table 四 printed as its header alone is its row printed empty, and a
  // table 二 row printing its label alone is its cells printed empty (strip51: a crawler's dump of a small agency's page).
  // Or a text dump keeping no positions whose tables 二 and 三 print no 0 (map/review-stream textZerosBlank, plain51).
  const textBlank = textZerosBlank(rows.requests, rows.activeDisclosure, (requestLines ?? []).map((l) => l.cells.join(' ')));
  // Table 三 printed with its header and row labels and not one number (map/blank-table): every cell 0, flag blank, below 0.8.
  // (Numbers printed alone on lines after it are its cells written apart, unless they are table 四's 15 in its own region.)
  const afterRequests = valuesAfterSection(sections, 'requests').length;
  const afterReview = valuesAfterSection(sections, 'reviewLitigation').length;
  const inReview = afterRequests - afterReview;
  // (Only in a document printing no 0 anywhere: map/blank-table blankTableRead.)
  const printsZero = [...rows.activeDisclosure, ...rows.requests, ...rows.reviewLitigation].some((r) => r.values.some((v) => v.kind === 'num' && v.value === 0));
  // A table of labels alone (a text dump, a page laid out by position) in such a report: read blank only where no number is
  // printed as a cell outside it that tables 二 and 四 do not account for (map/stray-numbers): before it up to table 二's
  // cells, after it exactly table 四's 15 (fewer or more may be table 三's cells written there).
  const valuesDoubted = opts.valuesDoubted === true;
  // (A dump writing its empty cells as boxes of their own shows a blank table by their count, map/blank-table blankByEmptyBoxes:
  // its labels alone show none where the count does not match.)
  const aloneDoubted = valuesDoubted || (opts.emptyCellBoxes ?? 0) > 0;
  const requestsAlone: LabelsAloneEvidence = { strayNumbers: strayNumbers(sections, 'requests', { before: activeKeys.length, after: REVIEW_KEYS.length }), valuesDoubted: aloneDoubted };
  const requestsBlankRead = (later: number, alone = requestsAlone): ReturnType<typeof blankTableRead> => (bodyOf(sections, 'requests') ? blankTableRead('requests', requests, requestLines, template.requestRows, requestKeys, later, printsZero, alone) : null);
  let requestsBlank = requestsBlankRead(afterReview + inReview);
  const zerosBlankPrint = requestZerosBlank(rows.requests) || requests.zerosBlank === true || textBlank || requestsBlank !== null;
  // Table 四 of its header alone likewise: no number printed as a cell outside it beyond tables 二 and 三's cells before it, none
  // after it, no count of reviews or suits stated in a sentence (map/stray-numbers) — read blank so in a report printing '0'
  // (map/blank-table labelsAloneBlank), and in one printing its zeros blank as its one row printed empty (review-stream headerOnlyGroup).
  const reviewKeys = keysOf('reviewLitigation');
  const reviewAlone: LabelsAloneEvidence = { strayNumbers: strayNumbers(sections, 'reviewLitigation', { before: activeKeys.length + requestKeys.length }), valuesDoubted: aloneDoubted };
  // Table 四 printed twice, last year's copy under its caption (map/earlier-copy): this year's copy read.
  // Or printed twice and nothing tells which copy is this year's: each copy read on its own (map/untold-copies).
  const reviewRead = (reviewRows: readonly TableRow[]): ReturnType<typeof reviewGroup> => reviewGroup(reviewRows, collapsed ? { collapse: true } : undefined, valuesAfterSection(sections, 'reviewLitigation'), template.identities, (reviewLines ?? []).map((l) => l.cells.join(' ')), zerosBlankPrint && (reviewAlone.strayNumbers ?? 0) === 0);
  const reviewCopied = reviewCopies(rows.reviewLitigation, year, REVIEW_KEYS.length);
  const reviewSummary = summaryOf('reviewLitigation', reviewCopied, reviewKeys, year, (chunk) => solve(reviewRead(chunk).groups, identities).fields, warnings);
  const reviewUntold = reviewCopied && reviewCopied.winner === null && !reviewSummary ? reviewCopied.chunks : null;
  const review = reviewRead(reviewCopied && reviewCopied.winner !== null ? reviewCopied.chunks[reviewCopied.winner]! : reviewSummary ?? (reviewUntold ? reviewUntold[0]! : rows.reviewLitigation));
  // Table 四 as pdfminer's boxes, some holding several cells: their order is the tool's, not the table's (tables/review-groups).
  if (!reviewGroups && reviewBoxOrderUnsure(reviewBody)) {
    markOrderUnconfirmed('reviewLitigation.', review.placements);
    warnings.push({ code: 'columns_unread', message: 'table reviewLitigation prints its header in pieces and its values in boxes of several cells (a layout analysis\'s text boxes, in the order the tool grouped them): which group each box is, nothing printed confirms (each group adds up under either order); the values stay below 0.9', keys: ['reviewLitigation'] });
  }
  // Tables 二 and 四 printed with no number (map/blank-table): likewise (table 二 only as a grid of cells: no identity checks it,
  // and the numbers after it are table 三's).
  // …or the numbers there are table 四's own, read as its one row with every group's total holding.
  // (Its labels alone: the numbers in table 四's region, up to its 15 cells however a dumper fused them, are table 四's.)
  if (!requestsBlank && inReview > 0 && inReview <= REVIEW_KEYS.length && reviewReadWhole(review.groups)) {
    requestsBlank = requestsBlankRead(afterReview, { ...requestsAlone, strayNumbers: strayNumbers(sections, 'requests', { before: activeKeys.length, after: REVIEW_KEYS.length, readWhole: 'reviewLitigation' }) });
  }
  // In a positioned print (a PDF's page, an HTML table or `<div>` table, pdftohtml's boxes) no number leaves table 三's region:
  // those below table 四's heading are table 四's, whatever it reads (a text dump may write table 三's cells there: the strict guard above).
  const requestsPositioned = (requestLines ?? []).length > 0 && requestLines!.every((l) => l.source.line === undefined || l.elementCells);
  if (!requestsBlank && requestsPositioned) requestsBlank = requestsBlankRead(afterReview);
  // A text dump writing each empty cell as a box of a no-break space alone (pdfminer): tables of labels alone whose cells
  // number exactly those boxes read blank, though the report prints '0' elsewhere (map/blank-table blankByEmptyBoxes).
  // (Table 三's last cells printed after table 四's heading, completing its stream, are none of table 四's: map/stream-tail.)
  const boxedBlank = blankByEmptyBoxes([
    { table: 'requests', lines: bodyOf(sections, 'requests') ? cutLines : null, specs: template.requestRows, keys: requestKeys, stray: requestsAlone.strayNumbers },
    { table: 'reviewLitigation', lines: reviewBody && reviewBody.slice(tailLinesCompleting(cutLines, reviewBody, requestKeys.length)), specs: [], keys: reviewKeys, stray: afterReview + (reviewAlone.strayNumbers ?? 0) },
  ], valuesDoubted ? undefined : opts.emptyCellBoxes);
  const requestsBoxed = boxedBlank.get('requests');
  if (requestsBoxed) requestsBlank = requestsBoxed;
  if (requestsBlank) warnings.push(blankTableWarning('requests', requestKeys));
  const activeGrid = (activeLines ?? []).length > 0 && activeLines!.every((l) => l.source.table !== undefined && l.source.page === undefined && l.source.line === undefined);
  const activeBlank = activeGrid ? blankTableRead('activeDisclosure', active, activeLines, template.activeRows, activeKeys, 0, printsZero) : null;
  const reviewBlank = boxedBlank.get('reviewLitigation') ?? (bodyOf(sections, 'reviewLitigation') ? blankTableRead('reviewLitigation', review, reviewLines, [], reviewKeys, afterReview, printsZero, reviewAlone) : null);
  // Declined (map/blank-table blankDeclined): table_unread says why in words.
  const unreadReasons: Record<string, string> = {};
  const requestsDeclined = requestsBlank || !bodyOf(sections, 'requests') ? null : blankDeclined('requests', requests, requestLines, template.requestRows, requestsPositioned ? afterReview : afterRequests, printsZero, requestsAlone);
  if (requestsDeclined) unreadReasons.requests = requestsDeclined;
  const reviewDeclined = reviewBlank || !bodyOf(sections, 'reviewLitigation') ? null : blankDeclined('reviewLitigation', review, reviewLines, [], afterReview, printsZero, reviewAlone);
  if (reviewDeclined) unreadReasons.reviewLitigation = reviewDeclined;
  if (activeBlank) warnings.push(blankTableWarning('activeDisclosure', activeKeys));
  if (reviewBlank) warnings.push(blankTableWarning('reviewLitigation', reviewKeys));
  for (const [read, blank] of [[active, activeBlank], [requests, requestsBlank], [review, reviewBlank]] as const) if (blank) for (const [k, p] of blank.placements) read.placements.set(k, p);
  const groups = [...(activeBlank ?? active).groups, ...(requestsBlank ?? requests).groups, ...(reviewBlank ?? review).groups];
  lap('table mapping');
  let { fields, stats } = solve(groups, identities);
  // Table 三 whose header places no column while its rows' totals hold only with 总计 elsewhere (map/column-order
  // requestMovesByRows): solved again under the identities of that order, as a header naming it would be.
  // (No section, delimited table or grid bounds table 三 — a text dump without headings, its rows found by their labels in the
  // whole text: the lines from its header band through its last row placed are its band, so its columns are placed the same way.)
  const requestTableRead = requestHeader ?? tableOfRowsRead(lines, requests.placements, 'requests.');
  const byRows = moves ? null : requestMovesByRows(requestColumns ? null : bandOfTableRead(requestTableRead, requests.placements, 'requests.'), fields, requests.placements);
  if (byRows) {
    identities = identitiesBeforeMoves(template.identities, byRows);
    ({ fields, stats } = solve(groups, identities));
  }
  lap('solver');
  // (The totals a narrative states name the printed columns: not applied to values not yet moved there.)
  if (!moves && !byRows) narrowByStatedTotals(fields, stats, groups, identities, lines);
  // Table 二 printed as a label block then a value column of small tables (plain pdftotext): by the blocks' structure, capped.
  if (activeLines) fillFromActiveBlocks(rows.activeDisclosure, template.activeRows, fields, active.placements);
  // Table 二 in a dump that kept no layout: each small table whose block holds exactly its cells, read where its order is determined.
  const blockUnsure: string[] = [];
  const settled = activeLines ? fillFromSmallTables(rows.activeDisclosure, template.activeRows, fields, active.placements, blockUnsure, textBlank) : new Set<string>();
  // Table 二's last column past the page's edge, its header word shown in part ('现行'): its blank cells missing (map/edge-blank-column).
  const edgeCut = dropEdgeBlankColumns(activeLines, fields, active.placements, template.activeRows);
  if (edgeCut) warnings.push(edgeCut);
  // Table 二 cut before its last columns, their header words wholly past the edge: rows read under the words printed.
  const cutRows = readCutActiveRows(activeLines, template.activeRows, fields, active.placements);
  // Table 二's rows printing their label alone in a document printing its zeros blank: each cell 0, capped (map/empty-active-rows).
  if (zerosBlankPrint) fillEmptyActiveRows(activeLines, template.activeRows, fields, active.placements);
  // A text dump where table 二's cells were read printed blank (short blocks, label-alone rows): nothing printed tells a row
  // printing nothing from one whose values the dumper wrote elsewhere, so the values read beside them are in doubt too — a
  // value of another small table may be any row's (fresh50/fresh51 pdf2txt and plain pdftotext: 行政强制 1 at 0.88, want 0).
  // Table 二 has no identity to confirm them: held below 0.8.
  const activeText = rows.activeDisclosure.length > 0 && rows.activeDisclosure.every((r) => r.source.line !== undefined);
  if (activeText && [...active.placements].some(([k, p]) => k.startsWith('activeDisclosure.') && p.unprinted)) {
    for (const [k, p] of active.placements) if (k.startsWith('activeDisclosure.') && !p.unprinted) Object.assign(p, { orderUnconfirmed: true, orderOpen: true });
  }
  if (cutRows) warnings.push(cutRows);
  if (blockUnsure.length) warnings.push({ code: 'rows_unread', message: `${blockUnsure.join(', ')}: table activeDisclosure's small table prints its labels and values in no clean run (values past their label's row, or inside a wrapped label: a dump writing the cells' blocks in its own order), or prints a value before its first label while the small tables cannot all be read by their blocks (a label may take the next row's value); the cells read alike row by row and column by column may agree by chance and table 二 has no identity to confirm them; they stay below 0.8`, keys: blockUnsure });
  // Values printed with a scale word ('3万', '1.2亿'): flagged (capped) before the money ones are converted from 元.
  flagScaled(fields, 'activeDisclosure', template.activeRows, (spec) => active.matched.get(spec));
  flagScaled(fields, 'requests', template.requestRows, (spec) => requests.matched.get(spec));
  const moneyUnsure = normalizeMoney(fields, template.activeRows, activeLines ?? [], (spec) => active.matched.get(spec));
  if (moneyUnsure) warnings.push(moneyUnsure);
  const placements = new Map([...active.placements, ...requests.placements, ...review.placements]);
  // Labels that left their values (plain pdftotext): the requests table read again as one value stream,
  // in printed order (a column order put back into rows is not the stream when a column has a value too many).
  // (Its last cells may open the next section, printed after its heading in the middle of a column: map/stream-tail.)
  const cells = template.requestRows.reduce((n, r) => n + r.columns.length, 0);
  const tail = streamTailAfterHeading(requestLines, reviewPrinted, cells, REVIEW_KEYS.length);
  const printed = requestLines ? buildRows([...requestLines, ...tail]) : rows.requests;
  // (Not for a table printed without some columns: its streams hold fewer values than the template's grid; nor for one the
  // input draws with every cell empty, `gridBlank`: numbers outside its grid are none of its cells.)
  const fill: TableFill = { table: 'requests', specs: template.requestRows, identities, fields, placements };
  if (!requestColumns && !gridBlank && !requestsBoxed) {
    fillFromTableStream(fill, printed, collapsed);
    // Faults here and there in that stream (a value moved to a label pile or the page's end): the rows between rows placed by their labels.
    fillFromAnchoredRuns(fill, printed);
    // A table printed in two column parts, each printing every label: a row's first part's cells then its second part's.
    fillFromTwoParts(fill, printed);
    // Value columns cut into text blocks read in pdftotext's order (a narrow page): each value line a run of one row's cells.
    fillFromColumnBlocks(fill, printed);
    // A page printed column by column after a pile of its labels (a header word between columns): read when every row keeps its total.
    fillFromPiledLabelColumns(fill, printed);
    // Rows of six cells one after another, their 总计 column printed after them as a run: read where each row sums to its total.
    fillFromTotalRuns(fill, printed);
    // The same cut into a label flow (each row's first cells beside its label) and a value flow (the other cells, row by row).
    fillFromLabelFlow(fill, printed);
    // Printed column by column by an archiver that collapsed repeated lines: the columns' runs decoded together.
    if (collapsed && requestLines) fillFromColumnRuns(fill, requestLines);
    // Rows the row reading left ambiguous (a cell moved away), solved again with the rows read since held: placed by position.
    const firstPrinted = printed.find((r) => r.values.length > 0);
    if (firstPrinted) fillOpenRows(fill, requests.groups, firstPrinted.source);
    // Whole rows still unread that the identities determine from the rows read, their values printed and left over: derived, capped.
    fillFromDerivedRows(fill, printed);
  } else if (clipped && requestHeader) warnings.push(fillClippedTotal({ ...fill, identities: template.identities }, requestHeader, collapsed, clipped));
  else if (requestColumns) warnings.push(dropAbsentColumns('requests', requestColumns, fields, placements));
  // The other copies of table 三 nothing tells apart from the first: a value they print differently is ambiguous (as printed, before columns move).
  // Copies that may be the agency's units' tables (no summary printed): only what every unit prints as 0 is determined (map/summary-copy).
  const units = (c: Copies): boolean => copiesMayBeUnits(c.chunks.length, c.gaps, lines.map((l) => l.cells.join('')));
  if (untold) {
    const others = untold.slice(1).map((chunk) => solve(tableGroups('requests', chunk, template.requestRows, requestOpts).groups, identities).fields);
    warnings.push(mergeUntoldCopies('requests', requestKeys, fields, others, { units: units(copies!) }));
  }
  if (reviewUntold) {
    const others = reviewUntold.slice(1).map((chunk) => solve(reviewRead(chunk).groups, identities).fields);
    warnings.push(mergeUntoldCopies('reviewLitigation', reviewKeys, fields, others, { units: units(reviewCopied!) }));
  }
  // Table 二 is read over all its copies (its rows by label); as units' tables, every copy is merged into that reading.
  if (activeCopies && activeCopies.winner === null && !activeSummary && units(activeCopies)) {
    const all = activeCopies.chunks.map((chunk) => solve(tableGroups('activeDisclosure', chunk, template.activeRows, activeOpts).groups, []).fields);
    warnings.push(mergeUntoldCopies('activeDisclosure', activeKeys, fields, all, { units: true, printed: all.length }));
  }
  // Column headers printed in another order than the template's: values follow the header where it determines a swap; capped below 0.9.
  // (Table 三 printed without some columns was placed by its header's names already.)
  // (Table 四 printed transposed was read by its row labels and header names already: map/review-transposed.)
  // (Table 三's header: the band above the rows read, not a comparison table's printed before it: map/table-band.)
  const requestBand = requestColumns ? null : bandOfTableRead(requestTableRead, placements, 'requests.');
  pushAll(warnings, followPrintedColumns(requestBand, review.transposed || review.cut ? null : reviewLines, fields, placements, byRows));
  // Table 三's header dumped in a layout analyser's box order: the bodies were too; order-unconfirmed values need an identity through other rows (score BOX_ORDER_CAP).
  if (requestBand && requestStreamBoxOrdered(requestBand)) markBoxOrdered(placements);
  if (review.cut) warnings.push(CUT_REVIEW_WARNING);
  // (Table 二 printed column by column with its columns out of order: its rows put back under a header naming them as printed.)
  pushAll(warnings, followActiveColumns(activeLines && hasPrintedColumnHeader(activeRowLines) ? activeRowLines : activeLines, template.activeRows, fields, placements));
  // Table 二 rows read after their labels while a values line just before the label was read by no row: either reading is printed, capped.
  const orphaned = capOrphanBefore('activeDisclosure.', rows.activeDisclosure, placements, template.activeRows, settled);
  if (orphaned.length) warnings.push(orphanWarning(orphaned, 'before'));
  // …and rows read from their own label line while a values line just after it, naming no row, was read by no row (a footer glued to the label line).
  const orphanedAfter = capOrphanAfter('activeDisclosure.', rows.activeDisclosure, placements, template.activeRows);
  if (orphanedAfter.length) warnings.push(orphanWarning(orphanedAfter, 'after'));
  // …and rows whose label and values have a small table's heading between them: the values may be a row's of either side (map/after-heading).
  const afterHeading = capAfterHeading('activeDisclosure.', rows.activeDisclosure, placements, template.activeRows, settled);
  if (afterHeading.length) warnings.push(orphanWarning(afterHeading, 'heading'));
  // …and, in a text dump keeping no positions, rows read from a values-only line under their label: the dump may write a row's value
  // before or after its label (a vertically centred cell), so it may be the next label's; nothing confirms it (map/after-heading capValuesApart).
  const apart = activeText ? capValuesApart('activeDisclosure.', rows.activeDisclosure, placements, activeLines ?? [], template.activeRows, settled) : [];
  if (apart.length) warnings.push({ code: 'rows_unread', message: `${apart.join(', ')}: the values were read from a line of values only under the row's label, in a text dump that keeps no cell positions: such a dump writes a row's value before or after its label (a cell centred vertically), so the value may be the next row's; table activeDisclosure has no identity to confirm it; these values stay below 0.8`, keys: apart });
  // …and every row when the table's own text is printed out of the template's order (plain pdftotext of a turned page): the stream's order is not the page's (map/active-text-order).
  const disorder = activeTextOutOfOrder(lines, sections, template.activeRows);
  const doubted = disorder ? disorder.rows.map((r) => `activeDisclosure.${r}`).filter((r) => [...placements.keys()].some((k) => k.startsWith(`${r}.`))) : [];
  if (disorder && doubted.length > 0) {
    for (const [k, p] of placements) if (doubted.includes(k.slice(0, k.lastIndexOf('.')))) (p.orderUnconfirmed = true), (p.textDisorder = true);
    warnings.push({ code: 'rows_unread', message: `${doubted.join(', ')}: table activeDisclosure prints its own text out of the template's order (${disorder.why}: a turned page's plain text dump, or shuffled lines): the order these values were read in is not the page's and table 二 has no identity to confirm it; they stay below 0.8`, keys: doubted });
  }
  // Blank cells of a row printed beside a values line with no label (its wrapped neighbour's, a heading's): that line may be the row's (map/blank-beside-values).
  markBlankBesideValues('activeDisclosure.', rows.activeDisclosure, fields, placements, template.activeRows);
  markBlankBesideValues('requests.', rows.requests, fields, placements, template.requestRows);
  // …and table 三's rows followed by an unread line of as many values with no label (a 2-up page's lines interleaved).
  markUnreadValuesBeside('requests.', rows.requests, placements);
  // Values printed one cell per line, a value block before the table's first row label: each row's values may
  // precede its label as well as follow it (pdftotext -raw), a shift of every row the identities cannot see.
  for (const [table, read] of [['activeDisclosure', active], ['requests', requests]] as const) {
    // (Table 二's rows its small tables' blocks placed are not in doubt: map/active-small-tables.)
    const open = table === 'requests' || [...placements.keys()].some((k) => k.startsWith('activeDisclosure.') && !settled.has(k.slice(0, k.lastIndexOf('.'))));
    if (read.valuesFirst && open) warnings.push(valuesFirstWarning(table, placements, table === 'activeDisclosure' ? settled : undefined));
  }
  // Table 三 printed values before labels on whole-row lines (map/values-before-labels): read after its labels,
  // which holds only while no row is damaged; unless every identity of the table is evaluated and holds, capped.
  if (!requests.valuesFirst && printsValuesBeforeLabels(requestLines ?? lines) && !identitiesConfirm('requests.', template.identities, fields)) {
    warnings.push(valuesFirstWarning('requests', placements));
  }
  // Parts of a split table joined by row order (a part printing no labels): unless the identities confirm the rows line up, capped.
  if (split?.byOrder && !identitiesConfirm('requests.', template.identities, fields)) warnings.push(capSplitRequests(placements, 'rows_unread', 'a later part printing no row labels: its rows are joined to the first part\'s by order, which the identities do not confirm'));
  // Rows tables/column-pages put together from values in stream order, no header word placing their columns: the dump's order
  // alone says which column is which (pdfminer prints a page's column boxes in its own order) and no identity confirms it: capped.
  // (Below 0.8 — no identity tells the categories apart — unless the band names them in the template's order: map/column-order requestCategoriesRead.)
  if (requestLines?.some((l) => l.columnsByStream)) {
    // The header band as printed (tables/column-pages writes its own header line, the template's words in their order, above
    // such rows: `headerWritten`, left out). It names the categories in the template's order (0.85, order48), or prints its
    // words in another order (lynx of a reordered page, a word a paragraph: open, crawl48), or neither (open, order48). No row
    // is exempt as order-free (a row of zeros): the stream's order put each value in its row too, as a layout analyser's
    // grouping of cells (map/column-order followPrintedColumns skips box-ordered bands alike).
    const printedBand = (lines: readonly Line[] | null | undefined): Line[] | null => lines?.filter((l) => !l.headerWritten) ?? null;
    const band = printedBand(requestBand ?? bandOfTableRead(requestTableRead, placements, 'requests.'));
    const open = band !== null && bandWordsContradict(band, REQUEST_LEAVES, true);
    const read = !open && band !== null && !requestLines.some((l) => l.runsByOrder) && requestCategoriesRead(band);
    if (read) markOrderUnconfirmed('requests.', placements);
    else markRequestsUnread(placements);
    warnings.push({ code: 'columns_unread', message: `table requests is printed labels first, then its values one per line with no header word beside them (a plain or layout-analysis dump): its rows were put back in the template's column order by the stream's order alone, which ${read ? 'its header band names the categories in, but no identity confirms; every value of the table stays below 0.9' : `no printed header or identity confirms${open ? ', and the header prints its words in another order' : ''}; every value of the table stays below 0.8`}`, keys: ['requests'] });
  }
  // Parts told by their value counts (bands unnamed: map/split-counts), or whose bands left the columns' order open (words on several lines, their interleaving not printed) and whose values do not settle it: capped.
  if (split?.unnamed) warnings.push(capSplitRequests(placements, 'columns_unread', 'its parts told by their rows\' value counts (their header bands name no column that could be read): joined row by row and read in the template\'s column order, which no printed header confirms'));
  else if (split?.orderAssumed) warnings.push(capSplitRequests(placements, 'columns_unread', 'and a part names its columns on several header lines without their places (blank cells dropped): the order across those lines is not printed and the values fit more than one order; the template\'s order is assumed'));
  // A printed value the report's text says is wrong (更正说明, 注：…应为…): kept as printed, flagged correctedInText, capped (map/errata).
  pushAll(warnings, flagCorrectedInText(fields, lines, { activeDisclosure: template.activeRows, requests: template.requestRows }));
  pushAll(warnings, [...noValuesWarning(fields, sections.length), ...mostlyMissingWarning(fields, template.keys), ...unreadTableWarnings(fields, template.keys, sections, unreadReasons), ...duplicatedWarnings(placements)]);
  pushAll(warnings, missingRowsWarnings(fields, [['activeDisclosure', template.activeRows], ['requests', template.requestRows]]));
  // The subtotal column left out: its printed values checked against the sub-columns of the rows read from its lines.
  const checks = subtotal ? subtotalChecks('requests', subtotal, template.requestRows.map((r) => r.key), fields, (k) => placements.get(k)?.source) : [];
  if (subtotal) warnings.push(subtotalWarning('requests', subtotal, checks));
  if (years) warnings.push(yearSubcolumnsWarning('requests', years));
  return { version: detection.version, template, fields, placements, warnings, checks, trace: { rows, solve: stats } };
}

/**
 * The rows of a table's summary copy when the table is printed once per unit and once as their
 * summary and no caption told the copies apart by year (map/summary-copy: each copy solved on its
 * own by `solveCopy`), its warning pushed; else null.
 */
function summaryOf(table: string, copies: Copies | null, keys: readonly string[], year: number | null, solveCopy: (chunk: readonly TableRow[]) => ReadonlyMap<string, SolvedField>, warnings: Warning[]): TableRow[] | null {
  if (!copies || copies.winner !== null) return null;
  const chosen = summaryCopy(keys, copies.chunks.map(solveCopy), copies.gaps, year);
  if (chosen === null) return null;
  warnings.push(summaryCopyWarning(table, copies.chunks.length, chosen, keys));
  return copies.chunks[chosen]!;
}

/** Caps table 三, printed in parts split column-wise, whose parts were joined on what `why` says the print does not confirm; its warning. */
function capSplitRequests(placements: Map<string, Placement>, code: Warning['code'], why: string): Warning {
  // A column order unread (columns_unread) is open: no identity of table 三 tells its categories apart (order48).
  if (code === 'columns_unread') markRequestsUnread(placements);
  else markOrderUnconfirmed('requests.', placements);
  return { code, message: `table requests is printed in parts split column-wise, ${why}; every value of the table stays below ${code === 'columns_unread' ? '0.8' : '0.9'}`, keys: ['requests'] };
}

/** Table 二 rows whose values may be the unread line just before their label, or just after their label's line (map/orphan-before). */
function orphanWarning(rows: readonly string[], where: 'before' | 'after' | 'heading'): Warning {
  if (where === 'heading') {
    const why = "the values were read after the row's label, but a small table's heading (第二十条第…项) is printed between them: the values may be a row's of either small table";
    return { code: 'rows_unread', message: `${rows.join(', ')}: ${why}; nothing tells the readings apart; these values stay below 0.8`, keys: [...rows] };
  }
  const why =
    where === 'before'
      ? "the values were read after the row's label, but a line of values just before the label was read by no row (a converter that prints values above their labels)"
      : "the values were read from the row's label line, but the line just after it holds as many values, names no row and was read by no row (a page footer or note glued to the label line, the values below it)";
  return { code: 'rows_unread', message: `${rows.join(', ')}: ${why}; either reading is printed, nothing tells them apart; these values stay below 0.9`, keys: [...rows] };
}

/** `settled`: rows whose values a small table's block placed (map/active-small-tables): not in doubt, not capped. */
function valuesFirstWarning(table: string, placements: Map<string, Placement>, settled: ReadonlySet<string> = new Set()): Warning {
  markOrderUnconfirmed(`${table}.`, placements, settled);
  return {
    code: 'rows_unread',
    message: `table ${table} prints one cell per line with values before its first row label: each row's values may belong to the label after them rather than the one before (every row shifted by one keeps the identities true); the values are read after their labels, which nothing confirms; every value of the table stays below 0.9`,
    keys: [table],
  };
}

/**
 * A row of table 三 that prints values, for the template's row count. A lone OCR'd number is not
 * one: it is a label's item number read as a digit ('3.危及…' read '3' + '危及…', split off on its
 * own line). Three such fragments made a scanned 23-row table count 26 rows, and with its
 * '（六）其他处理' read '《大)其她处理' it was taken for the 25-row layout: its （六） row was lost.
 */
export function printsValues(r: { values: readonly { ocr?: unknown }[] }): boolean {
  return r.values.length > 1 || (r.values.length === 1 && r.values[0]!.ocr === undefined);
}

