/**
 * @file Printed rows of one table → solver groups: align rows to template rows, then turn each
 * matched row's values into readings. Records how each field was placed (the score stage's signal).
 */
import type { SourceRef } from '../model/document.js';
import type { Group } from '../solve/index.js';
import type { Candidate } from '../solve/types.js';
import type { FieldFlag } from '../schema/report.js';
import type { TableRow } from '../tables/build-rows.js';
import { valuesKey } from '../tables/build-rows.js';
import type { Identity, RowSpec } from '../template/index.js';
import { parsePart } from '../solve/propagate.js';
import { alignRows, type RowMatch } from './align-rows.js';
import { copyLag } from './earlier-copy.js';
import { joinFragments, namedRowsInLabel } from './join-fragments.js';
import { joinSplitRows } from './split-rows.js';
import { splitRunOnLabels, splitValuelessRows } from './run-on-labels.js';
import { pairLiftedLabels } from './lifted-labels.js';
import { blankTotalOnly, cellsCounted, rowCandidates, streamRowsDelimited, withDecimalReadings, totalPrintedBlank, zerosPrintedBlank } from './row-candidates.js';
import { EXACT_LABEL, rowEvidence, type RowEvidence } from './row-evidence.js';
import { unshiftLabels } from './shifted-labels.js';
import { joinWrappedCells } from './wrapped-cells.js';
import { placeOutOfOrder } from './out-of-order-rows.js';
import { centredLabel, isBlockHeading, namesItsRow, printsLabelLines } from './named-row.js';
import { startItemRows } from './item-rows.js';
import type { StreamMode } from './stream-moves.js';
import { valuesFirstConfirmed, valuesFirstRows } from './values-first.js';
import { maxOf } from '../_internal/extremes.js';
import { blockOf } from './review-blocks.js';
import { afterLabelPile } from './label-pile.js';
import { GROUP_COLUMN } from './header-words.js';

/** How a field was placed: by its row label (with the label score), by position, or by column order. */
export interface Placement {
  by: 'label' | 'position' | 'columns';
  labelScore: number;
  /** The label matched only part of the template label or was joined from another line (flag labelPartial). */
  partial?: boolean;
  source: SourceRef;
  /** Evidence about the row (neighbours, rivals, run-together labels, doubtful digits) for the score stage. */
  row?: RowEvidence;
  /** The order the values were read in — the table's columns, or its rows against their labels — is not confirmed (map/order-unconfirmed): ≤ 0.85. */
  orderUnconfirmed?: boolean;
  /**
   * Table 二's own text is printed out of the template's order (map/active-text-order): the stream's order, all
   * that places a value of a table with no identity, is shown not to be the page's (score TEXT_DISORDER_CAP).
   */
  textDisorder?: boolean;
  /**
   * The table's header was dumped in a layout analyser's box order (map/box-order): its cells were printed
   * box by box, so a value's place in the stream names neither its column nor its row. Where the order is
   * also unconfirmed, the value stays well below 0.9 unless an identity reaching other rows confirms it
   * (score `BOX_ORDER_CAP`).
   */
  boxOrdered?: boolean;
  /**
   * Table 三 read in the template's column order with no header placing its columns and no row whose
   * totals confirm that order (map/column-order: rows that fit 总计 last only), or a row fitting it only
   * elsewhere: the order is open, not merely unconfirmed (≤ 0.75, src/score ORDER_OPEN_CAP). Also set on a value
   * the identities chose (repaired, derived) in table 三 moved to the order its rows' totals chose (≤ 0.7 either way).
   * Also set on table 二's cells read from a small table's block whose labels and values are in no clean run
   * (map/active-small-tables: the row-by-row and column-by-column readings agree there by chance).
   */
  orderOpen?: boolean;
  /**
   * The values were read positionally as one run (table 四's 15 cells): an identity failing anywhere
   * in the run shows the positional reading wrong, so no value of the run stays ≥ 0.9 (src/score).
   */
  run?: string;
  /**
   * A blank cell of a row printed beside a line of values with no label of its own (map/blank-beside-values):
   * the line's values may be this row's (score BLANK_BESIDE_VALUES_CAP); on a cell derived from its row's parts,
   * the cell may have printed them (score DERIVED_OPEN_ROW_CAP).
   */
  blankBesideValues?: boolean;
  /**
   * The row's values line is followed by a line of as many values with no label that no row read
   * (map/blank-beside-values markUnreadValuesBeside): either line may be the row's (score BESIDE_VALUES_CAP).
   */
  valuesBeside?: boolean;
  /**
   * A row no glyph of which is printed, read as its cells printed empty (map/review-stream headerOnlyGroup: table 四's
   * header alone in a zeros-blank print), or a table 二 row printing its label alone in such a document (map/empty-active-rows):
   * 0s that nothing printed confirms (score UNPRINTED_ROW_CAP).
   */
  unprinted?: boolean;
  /**
   * A wholly blank table read from its labels alone (map/blank-table labelsAloneBlank: a text dump or a page laid out by
   * position in a report printing '0' elsewhere, no cell drawn): weaker than a grid's empty cells (score LABELS_ALONE_CAP).
   */
  labelsAlone?: boolean;
}

/**
 * Where each of k fields was read, when the rows hold exactly k values: each value's row, with the
 * value's grid column when it has one. Null otherwise: a repaired reading names its row only.
 */
export function valueSources(rows: readonly TableRow[], k: number): SourceRef[] | null {
  const sources = rows.flatMap((r) => r.values.map((v) => (v.col === undefined ? r.source : { ...r.source, column: v.col })));
  return sources.length === k ? sources : null;
}

/** Most shifted stretches undone in one table (each costs an alignment). */
const MAX_UNSHIFTS = 3;

/** Share of the rows printing values that must be lone unlabeled values for the table to be read one cell per line. */
const CELL_PER_LINE_SHARE = 0.6;
/** Fewest lone unlabeled values for that reading. */
const MIN_LONE_VALUES = 3;

/**
 * True when most rows are lone unlabeled values: the table was printed one cell per line. With `amongPrinting`, most
 * of the rows printing values: a table printing its zeros blank, dumped one cell per line (`mutool draw -F txt`: a
 * label block, then its non-zero values a line each), has more rows printing their label alone than values — counted
 * among the rows, they made the dump read as label-and-values lines, each value a row of its own (tableGroups keeps
 * that reading only where the table then reads as printing its zeros blank).
 */
export function isCellPerLine(rows: readonly TableRow[], amongPrinting = false): boolean {
  const lone = rows.filter((r) => r.label === '' && r.values.length === 1).length;
  const counted = amongPrinting ? rows.filter((r) => r.values.length > 0).length : rows.length;
  return rows.length >= 4 && lone >= MIN_LONE_VALUES && lone >= CELL_PER_LINE_SHARE * counted;
}

/**
 * `pdftotext` without -layout and some converters print one cell per line: a label line, then each
 * value on its own line. Such values are joined to the row their label started.
 */
export function mergeCellPerLine(rows: readonly TableRow[], amongPrinting = false): TableRow[] {
  if (!isCellPerLine(rows, amongPrinting)) return [...rows];
  const merged: TableRow[] = [];
  // Rows whose value lines a blank line parted (linesApart not counted), and the text line the last row read ended on.
  const gapped = new Set<TableRow>();
  let last: number | undefined;
  for (const r of rows) {
    const prev = merged.at(-1);
    if (prev && r.label === '' && r.pending === '') {
      // Values of lines of a block-ordered dump: the row's cells came as separate blocks, in the dumper's order.
      if (r.blockOrdered && prev.values.length > 0 && r.values.length > 0) prev.blocksApart = (prev.blocksApart ?? 1) + 1;
      // Values of one row on adjacent lines of a dump (no blank line between; `pdftotext -bbox-layout` lines joined per
      // <line>): their order is the stream's, which the row total never checks. Cells a blank line parts (a paragraph
      // each, an HTML converter's) keep the page's order; with page feeds, blocksApart above says it.
      if (prev.values.length > 0 && r.values.length > 0 && !r.blockOrdered) {
        const adjacent = last !== undefined && r.source.line === last + 1;
        if (adjacent && !gapped.has(prev)) prev.linesApart = (prev.linesApart ?? 1) + 1;
        else { gapped.add(prev); delete prev.linesApart; }
      }
      // …each value with its own text block (map/review-blocks: a row's cells as lines of one block keep their order).
      if (r.blockOrdered && prev.blockOrdered) prev.valueBlocks = [...prev.values, ...r.values].map((_, i) => (i < prev.values.length ? blockOf(prev, i) : blockOf(r, i - prev.values.length))!);
      prev.values = [...prev.values, ...r.values];
      if (r.digitsSuspect) prev.digitsSuspect = true;
      delete prev.onGrid; // values from several lines: no longer one grid row
    }
    else merged.push({ ...r, label: r.label || r.pending, pending: '', values: [...r.values] });
    last = r.source.line;
  }
  return merged;
}

/**
 * Values printed one cell per line come after their label (the reading `mergeCellPerLine` takes) or,
 * in some `pdftotext -raw` dumps, before it: each row's value lines, then its label. Shifting every
 * row by one keeps every row total and every column identity true, so the values cannot tell the two
 * readings apart. A value block before the table's first row label at all (after the column header
 * only) has no label before it to belong to: strong evidence for the values-before-labels reading.
 * Counts the values printed before the first row matched by its label (`firstLine`: that row's line).
 */
export function leadingValueCount(rows: readonly TableRow[], firstLine: number): number {
  let n = 0;
  for (const r of rows) {
    if (r.source.line === undefined || r.source.line >= firstLine) break;
    if (r.label !== '') { n = 0; continue; } // a labelled row: the values after it are its own
    n += r.values.filter((v) => v.kind !== 'blank').length;
  }
  return n;
}

/** Values before the first row label that make the values-before-labels reading plausible (a row's worth, nearly). */
const MIN_LEADING_VALUES = 3;

/** True when some row printed a value or a not-applicable mark (not only empty cells). */
function readsAnything(rows: readonly TableRow[]): boolean {
  return rows.some((r) => r.values.some((v) => v.kind !== 'blank'));
}

/** Rows of a positioned print's table, every cell empty, that must each print their grid's empty cells for the table to be read. */
const MIN_EMPTY_GRID_ROWS = 2;

/**
 * True when a table printing no value at all shows its empty grid in a positioned print (a PDF page, `pdftohtml -xml`):
 * every row matched by its label (an exact label, none matched by position) comes from a page, and MIN_EMPTY_GRID_ROWS
 * of them or more are rows of exactly their template cells placed under the header's columns, each empty
 * (pdf/free-columns: a label alone in the label column under a header naming the table's columns). A small agency
 * printing every count of the table blank (表二 all 0): its cells are 0 per the template, yet nothing printed tells an
 * empty cell from one whose number the reader lost — so its fields are read `unprinted` (score UNPRINTED_ROW_CAP, below 0.8).
 * A table whose values a converter lost (no grid placed, or cells on text lines) stays unread.
 */
function printedEmptyGrid(aligned: readonly RowMatch[]): boolean {
  const named = aligned.filter((m) => m.labelScore !== null);
  if (named.length === 0 || named.length !== aligned.length) return false;
  if (!named.every((m) => m.labelScore! >= EXACT_LABEL && m.row.source.page !== undefined && m.row.source.line === undefined)) return false;
  const grid = named.filter((m) => m.row.onGrid === true && m.row.values.every((v) => v.kind === 'blank') && Math.max(m.row.values.length, m.row.blankCells) === m.spec.columns.length);
  return grid.length >= MIN_EMPTY_GRID_ROWS;
}

/** One table's reading: its solver groups, how each field was placed, the printed row of each template row. */
interface TableRead {
  groups: Group[];
  placements: Map<string, Placement>;
  matched: Map<RowSpec, TableRow>;
  valuesFirst?: boolean;
  /** Table 三 read as printing its zeros blank (map/row-candidates zerosPrintedBlank): the document leaves 0 an empty cell. */
  zerosBlank?: boolean;
}

/**
 * Aligns rows to the template rows of one table and builds the solver groups. A table of which
 * nothing at all was read (every cell empty: values lost by the converter) gives no groups, so its
 * fields are missing rather than 0. A table printed one cell per line with a value block before its
 * first row label is read again values-first (map/values-first); that reading is taken when the
 * input determines it (with `identities`), else the after-label reading is kept, marked `valuesFirst`.
 */
export function tableGroups(
  table: string,
  rows: readonly TableRow[],
  specs: readonly RowSpec[],
  opts: { allowPosition: boolean; collapsed?: boolean; columns?: readonly string[]; identities?: readonly Identity[]; year?: number | null },
): TableRead {
  // Table 二's counts do not wrap in their wide cells: no join move there (map/stream-moves StreamMode.join).
  const perLine = isCellPerLine(rows);
  // Or one cell per line by its rows printing values only (a zeros-blank table's label-only rows not counted): kept where the
  // table then reads as printing its zeros blank, each label's values keeping its row's total (a layout analyser's piles of
  // labels, their values in blocks after them — pdfminer —, do not; they are read as before).
  const sparse = !perLine && isCellPerLine(rows, true);
  const stream: StreamMode | undefined = perLine || sparse ? { collapse: opts.collapsed === true, ...(table === 'activeDisclosure' ? { join: false } : {}) } : undefined;
  // Rows printing nothing whose label cells the dump wrote as one block are split into their rows (map/run-on-labels
  // splitValueless), and table 三's closing label alone is its row (map/join-fragments joinOrphans `closing`), where the table
  // then reads as printing its zeros blank; a layout analyser's pile of labels, whose values stand in blocks apart, is read
  // unsplit, and a closing label whose row printed marks ('—') stays an orphan.
  const zerosBlankRead = (mode: StreamMode | undefined, amongPrinting: boolean): ReturnType<typeof readRows> | null => {
    const r = readRows(table, rows, specs, opts, mode, amongPrinting, true);
    return r.zerosBlank || !r.valuelessSplit ? r : null;
  };
  const sparseRead = sparse ? zerosBlankRead(stream, true) : null;
  if (sparseRead?.zerosBlank) return strip(sparseRead);
  const mode = sparse ? undefined : stream;
  const read = zerosBlankRead(mode, false) ?? readRows(table, rows, specs, opts, mode);
  if (!read.valuesFirst || !read.firstLine || !opts.identities) return strip(read);
  const width = maxOf(specs.map((s) => s.columns.length));
  const vf = readRows(table, valuesFirstRows(rows, width), specs, opts, stream);
  const leadRow = vf.aligned.find((m) => m.labelScore !== null && m.row.source.line !== undefined && m.row.source.line < read.firstLine!);
  const lead = { count: leadingValueCount(rows, read.firstLine), group: vf.groups.find((g) => leadRow && g.id === `${table}.${leadRow.spec.key}`) ?? null };
  return valuesFirstConfirmed(vf.groups, opts.identities, lead) ? strip({ ...vf, valuesFirst: false }) : strip(read);
}

/**
 * True when the row still holds the values of its printed line and the label wrapped around that
 * line (map/named-row centredLabel) names `spec`: a label joined back from the lines below its
 * values (a fragment, `partial`) is the row's own label there, not another row's text.
 */
function namedAround(row: TableRow, spec: RowSpec, specs: readonly RowSpec[]): boolean {
  if (!row.around || row.around.values !== valuesKey(row.values)) return false;
  const n = centredLabel(row, specs);
  return n !== null && specs[n.index] === spec;
}

/** The label text above the values line after `row`'s (its first label line, else its pending or own label), for namesItsRow. */
function nextLabel(rows: readonly TableRow[], row: TableRow): { next?: string } {
  const next = rows.slice(rows.indexOf(row) + 1).find((r) => r.values.some((v) => v.kind === 'num'));
  const text = next?.pendingLines?.find((l) => !isBlockHeading(l)) ?? (next?.pending || next?.label);
  return text ? { next: text } : {};
}

/** The indexes of a row's total columns. */
const totalColumns = (columns: readonly string[]): number[] => columns.flatMap((c, i) => (c === 'total' ? [i] : []));

/** The table no identity runs through: its values are checked by nothing but their reading. */
const UNCHECKED_TABLE = 'activeDisclosure';

/** A count is never printed with a leading zero ('01'): such a token is the tail of a number wrapped in its cell. */
const TAIL_PIECE = /^0\d/;

/**
 * The table's cells wrap numbers (heads48): a row printing a tail piece ('36' / '4' / '01' / '11' / '47' for 3601 …: no
 * count starts with 0) or more values than it has cells, not a whole number of rows' worth (two rows' values under one
 * label, '4956 -4 4447' / '1 -2 5', are no wrap). In a plain dump (pdftotext without -layout) a number wrapped
 * in a narrow cell ('23' / '27' for 2327) prints its pieces on lines of their own, as cells read one per line do, so
 * where the table shows it wraps, a row read from values on several lines or text blocks (TableRow.linesApart,
 * blocksApart) may hold a head or a tail read
 * as a whole number, with a row of exactly its cells' count: nothing checks table 二's values (score PIECES_BESIDE_CAP).
 */
function wrapsNumbers(matches: readonly RowMatch[]): boolean {
  return matches.some((m) => (m.row.values.length > m.spec.columns.length && m.row.values.length % m.spec.columns.length !== 0) || m.row.values.some((v) => v.kind === 'num' && TAIL_PIECE.test(v.raw)));
}

/** The reading without its alignment internals. */
function strip(read: TableRead & { aligned?: unknown; firstLine?: unknown }): TableRead {
  const { groups, placements, matched, valuesFirst, zerosBlank } = read;
  return { groups, placements, matched, ...(valuesFirst ? { valuesFirst } : {}), ...(zerosBlank ? { zerosBlank } : {}) };
}

/** The after-label reading (rows as printed): tableGroups' work, with its alignment and the first labelled row's line. */
function readRows(
  table: string,
  rows: readonly TableRow[],
  specs: readonly RowSpec[],
  opts: { allowPosition: boolean; collapsed?: boolean; columns?: readonly string[]; identities?: readonly Identity[]; year?: number | null },
  stream: StreamMode | undefined,
  amongPrinting = false,
  valueless = false,
): TableRead & { aligned: RowMatch[]; firstLine?: number; valuelessSplit?: boolean } {
  const groups: Group[] = [];
  const placements = new Map<string, Placement>();
  const matched = new Map<RowSpec, TableRow>();
  // Values printed over two lines beside a wrapped label (pdftotext -layout): joined into one row
  // before label fragments move (a weak tail would take the next row's label head).
  // A number wrapped inside a narrow one-column cell, one piece per line: joined back (flag joined).
  // A row starting on its values line (its item number there, its label below: top-aligned cells) takes the label below.
  const lifted = pairLiftedLabels(mergeCellPerLine(joinWrappedCells(stream ? rows : startItemRows(rows, specs), specs), amongPrinting), specs);
  // Two rows' labels run together before the second's values (refilled text: a row that printed nothing on the next one's line;
  // one value per line: a blank row's label line, then the next row's): split (map/run-on-labels).
  const runOn = stream ? lifted : joinSplitRows(lifted, specs);
  const plain = splitRunOnLabels(runOn, specs);
  const split = valueless ? splitValuelessRows(plain, specs) : plain;
  let prepared = joinFragments(split, specs, valueless);
  const valuelessSplit = split.length > plain.length || prepared.some((r) => r.closing);
  // A previous year's copy of the table printed under a caption: the other copy wins ties (map/earlier-copy).
  const earlier = copyLag(rows, specs, opts.year ?? null);
  let aligned = alignRows(prepared, specs, stream?.collapse === true, earlier);
  // Labels one row off (a label-less row left out, a label on a row of empty cells): moved back, then aligned again.
  for (let tries = 0, unshifted = unshiftLabels(prepared, new Set(aligned.map((m) => m.row)), specs); unshifted && tries < MAX_UNSHIFTS; tries++) {
    prepared = unshifted;
    aligned = alignRows(prepared, specs, stream?.collapse === true, earlier);
    unshifted = unshiftLabels(prepared, new Set(aligned.map((m) => m.row)), specs);
  }
  // A labelled row printed out of the template's order (a block after a later block): placed by its exact label.
  aligned = placeOutOfOrder(aligned, prepared, specs);
  // (Every cell empty: read only where a positioned print shows its empty grid; each cell then 0, `unprinted`, below 0.8.)
  const emptyGrid = !readsAnything(aligned.map((m) => m.row)) && printedEmptyGrid(aligned);
  if (!readsAnything(aligned.map((m) => m.row)) && !emptyGrid) return { groups, placements, matched, aligned, valuelessSplit };
  const matches = aligned.filter((m) => m.labelScore !== null || opts.allowPosition);
  // One cell per line with a value block before the first row label: values may precede their labels (map/index caps the table).
  const first = aligned.find((m) => m.labelScore !== null);
  const valuesFirst = stream !== undefined && first?.row.source.line !== undefined && leadingValueCount(rows, first.row.source.line) >= MIN_LEADING_VALUES;
  const evidence = rowEvidence(matches, prepared, specs);
  // A table no identity checks (table 二) whose rows show numbers wrapped in their cells: its rows read one cell per line may hold pieces.
  const pieces = table === UNCHECKED_TABLE && wrapsNumbers(matches);
  // Labels printed on lines of their own above their values, throughout the table: the label above names a values line.
  const labelLines = !stream && printsLabelLines(rows);
  // Zero cells printed blank and dropped by the dump (no 0 anywhere, rows short of values): each short row's values placed by the identities.
  const columnsOf = (spec: RowSpec): readonly string[] => (opts.columns ? opts.columns.filter((c) => spec.columns.includes(c) || c === GROUP_COLUMN) : spec.columns);
  // In a one-value-per-line stream too, when each label's values keep its row's total (map/row-candidates streamRowsDelimited).
  const widths = matches.map((m) => m.spec.columns.length);
  const delimited = (): boolean => stream === undefined || (stream.collapse !== true && streamRowsDelimited(matches.map((m) => m.row), widths, matches.map((m) => totalColumns(m.spec.columns))));
  // Every row matched by an exact label, whole (the zeros-blank reading of a table printing few counts needs it: the identities
  // hold whichever of two rows holds a short row's values — fresh49 k1-1003-pandoc, a narrow page's layout dump wrapping its
  // labels into fragments, had '6 6' of 1.本机关不掌握 matched to 8.属于行政查询事项 at 0.93, other labels fuzzier).
  const exactLabels = matches.every((m) => m.labelScore !== null && m.labelScore >= EXACT_LABEL && !m.partial);
  // (A row placed in a -layout header's bands, in doubt, shows its numbers as printed: its blank cells are the bands' reading,
  // not cells the text prints — layout/header-bands; with them the table read as not zeros-blank and its label-only rows lost.)
  const printedOnly = matches.map((m) => (m.row.piecesBeside && m.row.source.line !== undefined ? { values: m.row.values.filter((v) => v.kind !== 'blank') } : m.row));
  const zerosBlankPlain = table === 'requests' && !opts.columns && zerosPrintedBlank(printedOnly, widths, matches.map((m) => totalColumns(m.spec.columns)), exactLabels) && delimited();
  // …and its 总计 column printed empty too (every printing row short of its total: '6' alone), each total the sum of its row's values, `derived`.
  const totalBlank = table === 'requests' && !opts.columns && !zerosBlankPlain && stream === undefined && totalPrintedBlank(printedOnly, widths, matches.map((m) => totalColumns(m.spec.columns)), exactLabels);
  const zerosBlank = zerosBlankPlain || totalBlank;
  // A table printing its empty cells (a grid, pipe or grid text, tab-split cells): a row of exactly its cells, all empty, is all 0.
  const counted = !stream && cellsCounted(matches.map((m) => m.row), matches.map((m) => columnsOf(m.spec).length));
  const blankRows: { group: Group; row: TableRow; totals: number[] }[] = [];
  for (const [mi, match] of matches.entries()) {
    matched.set(match.spec, match.row);
    // The columns the header names (map/absent-columns), in printed order: each value placed by its column's name.
    // (A merged 法人或其他组织 column is read under map/merged-group's key, dropped after the solver.)
    const columns = columnsOf(match.spec);
    const keys = columns.map((c) => `${table}.${match.spec.key}.${c}`);
    const totals = totalColumns(columns);
    // A money column's number grouped by '.' or '、' may be a decimal too (row-candidates withDecimalReadings).
    const money = columns.map((c) => match.spec.money?.includes(c) === true);
    // 2019 本年增/减 may be negative: a dash one space before its number may be the minus sign (map/signed-pairs).
    const signed = columns.map((c) => match.spec.signed?.includes(c) === true);
    groups.push({ id: `${table}.${match.spec.key}`, keys, candidates: countsWhole(withDecimalReadings(rowCandidates(match.row, keys.length, totals, stream, zerosBlank, counted, signed, totalBlank), money), money) });
    if (zerosBlank) blankRows.push({ group: groups.at(-1)!, row: match.row, totals });
    const by = match.labelScore === null ? 'position' : 'label';
    const sources = valueSources([match.row], keys.length);
    // A label wrapped around its values and joined back from the lines below (a fragment, `partial`) is read whole there.
    const around = by === 'label' && !stream && namedAround(match.row, match.spec, specs);
    const partial = match.partial && !around ? { partial: true } : {};
    // A label line naming two template rows ('4.无正当理由大量反复申请 2.重复申请' beside one row's values) names neither beyond doubt.
    // So does one whose line names another row whole beside a label matched in part ('办理 （七）总计' beside 总计's values, 结转下年度's
    // wrapped tail before it, its head '四、结转下年度继续' joined from the line below): which row printed the values the line does not tell.
    // Table 二's OCR'd rows (no identity checks them: the label alone places the values) also count two rows' labels glued on one
    // line without a space ('行政规范性文件行政许可 5': the page pass joined two label lines; join-fragments gluedRows).
    const glued = table === UNCHECKED_TABLE && match.row.values.some((v) => v.ocr !== undefined);
    const namedRows = by === 'label' ? namedRowsInLabel(printedLabel(match.row), specs, glued) : new Set<number>();
    const several = namedRows.size >= 2 || (namedRows.size === 1 && !namedRows.has(specs.indexOf(match.spec)));
    // (Values a stream's order put beside the label — column-pages' pile then values — are not the label's line: it names no row's values.)
    const named = !several && !match.row.valuesByOrder && (around || (by === 'label' && !match.partial && namesItsRow(match.row, match.spec, specs, labelLines ? { labelLines, ...nextLabel(prepared, match.row) } : undefined)));
    // Values printed after a pile of labels by a layout analyser (pdfminer's boxes: the label column's box, then the value boxes):
    // the pile names several rows, and which of them printed the values the stream does not tell (map/label-pile afterLabelPile).
    const pile = !several && afterLabelPile(prepared, match.row, match.spec, specs, printedLabel(match.row));
    const row: RowEvidence = { ...evidence[mi]!, ...(named ? { named: true } : {}), ...(several ? { namesSeveral: true } : {}), ...(pile ? { afterPile: true } : {}), ...(pieces && ((match.row.linesApart ?? 0) >= 2 || (match.row.blocksApart ?? 0) >= 2) ? { piecesBeside: true } : {}) };
    keys.forEach((k, i) => placements.set(k, { by, labelScore: match.labelScore ?? 0, ...partial, source: sources?.[i] ?? match.row.source, row, ...(emptyGrid ? { unprinted: true } : {}) }));
  }
  if (zerosBlank) boundBlankSpace(blankRows, groups, opts.identities ?? [], totalBlank);
  return { groups, placements, matched, aligned, valuelessSplit, ...(valuesFirst ? { valuesFirst, firstLine: first!.row.source.line! } : {}), ...(zerosBlank ? { zerosBlank } : {}) };
}

/**
 * The text printed on a row's values line before its values (its source line, the values and empty-cell marks cut off); its label
 * when the line is not known. A label joined from other lines (a cell-per-line dump's header and label above a line of values) is not.
 */
function printedLabel(row: TableRow): string {
  return row.source.text === undefined ? row.label : row.source.text.replace(/(?:\s+(?:[-+]?\d[\d,.]*|∅))+\s*$/u, '').replace(/^\s*(?:[-+]?\d[\d,.]*|∅)(?:\s+(?:[-+]?\d[\d,.]*|∅))*\s*$/u, '');
}

/**
 * A count is never a fraction: in a row with a money column (table 二's 政府集中采购: 采购项目数量,
 * 采购总金额), readings that put a fraction in a count column are dropped. When every reading does
 * (the row's two values read in the wrong order, as a reading-order dump prints '21970.01' before '4'),
 * and the row holds one count and one amount, the one reading with the count whole is the only one
 * left: the values exchanged, flagged `repaired` (below 0.9: nothing but the kinds of the numbers
 * placed them). A row with no whole number to be the count is left as read.
 */
export function countsWhole(readings: readonly Candidate[], money: readonly boolean[]): Candidate[] {
  if (!money.includes(true)) return [...readings];
  const fraction = (c: Candidate): boolean => c.cells.some((cell, i) => !money[i] && typeof cell.value === 'number' && !Number.isInteger(cell.value));
  const whole = readings.filter((c) => !fraction(c));
  if (whole.length > 0) return whole;
  if (money.length !== 2) return [...readings];
  const out: Candidate[] = [];
  for (const c of readings) {
    const [a, b] = c.cells;
    const swapped = [b!, a!];
    const countAt = money.indexOf(false);
    const count = swapped[countAt]!.value;
    if (typeof count !== 'number' || !Number.isInteger(count)) continue;
    out.push({ cells: swapped.map((cell) => ({ ...cell, flags: [...new Set<FieldFlag>([...cell.flags, 'repaired'])] })), cost: c.cost + 1 });
  }
  return out.length > 0 ? out : [...readings];
}

/**
 * Most combinations of the placements of a zeros-blank table's short rows (map/row-candidates
 * blankPlacements) handed to the solver: past it the solver's searches run out of their budgets
 * (a table of 18 short rows took 4–12 s of CPU where main took 0.4–2.2 s) and leave the rows ambiguous anyway. The rows
 * with the most placements are read with only their totals known until the rest fit.
 */
const MAX_BLANK_SPACE = 10_000;

function boundBlankSpace(rows: readonly { group: Group; row: TableRow; totals: number[] }[], groups: readonly Group[], identities: readonly Identity[], totalBlank = false): void {
  pruneByTotals(rows.map((r) => r.group), groups, identities);
  const space = (): number => rows.reduce((p, r) => p * Math.max(1, r.group.candidates.filter((c) => c.cost === 0).length), 1);
  const open = [...rows].sort((a, b) => b.group.candidates.length - a.group.candidates.length);
  for (const r of open) {
    if (space() <= MAX_BLANK_SPACE) return;
    const only = blankTotalOnly(r.row.values, r.group.keys.length, r.totals, r.group.candidates, totalBlank);
    if (only && r.group.candidates.length > 1) r.group.candidates = only;
  }
}

/**
 * A count is no larger than a total it is a part of: where an identity's total (all its parts
 * added, none subtracted) reads one value in every reading of its row, a blank row's placements
 * putting a larger value in one of its parts are dropped (a row keeps at least one). Twice over,
 * a total so fixed fixing others.
 */
function pruneByTotals(blank: readonly Group[], groups: readonly Group[], identities: readonly Identity[]): void {
  const where = new Map<string, { g: Group; i: number }>();
  for (const g of groups) g.keys.forEach((k, i) => where.set(k, { g, i }));
  const fixed = (key: string): number | undefined => {
    const at = where.get(key);
    if (!at) return undefined;
    const vs = new Set(at.g.candidates.map((c) => c.cells[at.i]?.value));
    const [v] = [...vs];
    return vs.size === 1 && typeof v === 'number' ? v : undefined;
  };
  const sums = identities.filter((id) => id.parts.every((p) => parsePart(p).sign === 1));
  for (let pass = 0; pass < 2; pass++) {
    for (const id of sums) {
      const total = fixed(id.total);
      if (total === undefined) continue;
      for (const p of id.parts) {
        const at = where.get(parsePart(p).key);
        if (!at || !blank.includes(at.g)) continue;
        const kept = at.g.candidates.filter((c) => { const v = c.cells[at.i]?.value; return typeof v !== 'number' || v <= total; });
        if (kept.length > 0) at.g.candidates = kept;
      }
    }
  }
}
