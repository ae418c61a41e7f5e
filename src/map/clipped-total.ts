/**
 * @file Table 三 printed with its 总计 column cut off the page: LibreOffice prints a web page's
 * wide table at the page width and the last column falls outside it, so the PDF (and any text made
 * of it) holds neither the 总计 header nor its values — every row prints six values. Read in the
 * template's seven columns, each row's six values would be taken as a row with one value lost
 * and the solver would choose where the gap goes. When the header band does not name 总计 and the
 * table's value tokens number exactly six per template row, the table is read in its six printed
 * columns: rows by their labels (the columns named, map/absent-columns), the value stream over a
 * six-column grid under the identities that do not involve 总计 (map/table-stream). The 总计 values
 * are not printed: a row whose six values are read gets its total from the row identity, flagged
 * `derived` (capped below 0.9, as the spec's derived cells are); the others are missing. A
 * `column_clipped` warning says so.
 */
import type { Line, SourceRef, Warning } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { identityKeys } from '../solve/propagate.js';
import type { SolvedField } from '../solve/index.js';
import { buildRows, type TableRow } from '../tables/build-rows.js';
import type { Identity, RowSpec } from '../template/index.js';
import { headerBand, requestBandSubset, requestBandSubsets } from './header-order.js';
import { REQUEST_GROUP, REQUEST_HEADER, REQUEST_LEAVES, SWAPPABLE_REQUEST } from './header-words.js';
import type { TableFill } from './table-fill.js';
import { fillFromGroup, fillFromTableStream, streamValues } from './table-stream.js';
import { lostCellGroup, lostCellReadings } from './lost-cells.js';
import { fillFromAnchoredRuns } from './anchored-runs.js';
import { markOrderUnconfirmed } from './order-unconfirmed.js';
import { gridRequestLeaves } from './grid-columns.js';
import { stackedPrintedLeaves } from './header-stacks.js';
import { maxOf } from '../_internal/extremes.js';

/** The clipped column: the last of table 三, the one a page too narrow cuts off. */
const CLIPPED = 'total';
/** Its header word (a band naming it, or its first character left at the page's edge, has the column). */
const CLIPPED_WORD = '总';

/** Header words that show the band is table 三's header (without them no header says which columns are printed). */
const PRINTED_HEADER = ['自然人', '法人或其他组织'];

/**
 * Values the stream may lack against the six-column grid (a zero the converter dropped: the
 * stream search's moves read it) — far fewer than a row of seven columns would add per row.
 */
const MAX_LOST = 2;

/**
 * Fewest columns a clipped table prints: 自然人 alone (a table three or more times the page's text
 * width, or a wide one centred on a narrow page: the 法人或其他组织 group word, centred over its five
 * sub-columns, falls off the page with them — `naturalPersonOnly`).
 */
const MIN_PRINTED = 1;
/** Fewest columns under a header band naming the 法人或其他组织 group (自然人 and one sub-column). */
const MIN_PRINTED_UNDER_GROUP = 2;

/**
 * The columns table 三 prints when its right-hand columns are cut off (总计 always among them): the
 * first k leaves, when the header band names 自然人 and 法人或其他组织 but no 总计, no line prints
 * more than k values, and the table's value tokens number k per row of `specs` (MAX_LOST fewer at
 * most). Six printed (only 总计 cut): also when the rows' last values are not their sums (a table
 * that prints its 总计 but lacks another column, under a header not read). Fewer than six: only
 * when the header band names exactly those k leaves, in the template's order (a 1000 px layout
 * table printed to A4 loses 其他 and 总计; a header naming other columns, or the same ones in
 * another order, is a table of another shape, not read so). Null otherwise.
 */
export function clippedTotalColumns(given: readonly Line[] | null, specs: readonly RowSpec[]): string[] | null {
  if (!given) return null;
  const lines = groupWordHealed(given);
  const grouped = bandWithoutTotal(lines);
  const stacked = !grouped && !naturalPersonOnly(lines);
  if (!specs.every((s) => s.columns.includes(CLIPPED) && s.columns.length === REQUEST_LEAVES.length)) return null;
  const rows = buildRows(lines);
  const six = grouped ? sixPrinted(rows, specs) : null;
  if (six) return six;
  // As printed; else without the empty grid cells past the last column printing a number (shownWidths).
  const columnsRead = (edge: boolean): string[] | null => {
    const widest = stacked ? stackedPrefix(lines, rows, edge) : printedPrefix(lines, rows, grouped, edge);
    if (widest === null) return null;
    const leaves = REQUEST_LEAVES.slice(0, widest);
    const stream = streamValues(rows);
    const grid = specs.length * leaves.length;
    if (stream === null ? rowsOfWidth(rows, specs, widest, edge) : stream.length <= grid && stream.length >= grid - MAX_LOST) return leaves;
    return wholeRowsMissing(rows, specs, widest) ? leaves : null;
  };
  return columnsRead(false) ?? columnsRead(true);
}

/**
 * Rows missing whole, every other printing exactly `width` values: a dump whose rows a reader could not place
 * (layout/cut-cell-lines drops the numbers of a row printing another count than its part's, its label kept) —
 * the value stream is short by those rows, the width still the one every row shows. At least half the
 * template's rows print values, none more than `width`.
 */
function wholeRowsMissing(rows: readonly TableRow[], specs: readonly RowSpec[], width: number): boolean {
  const note = rows.findIndex((r) => NOTE.test(r.label.trim()));
  const printing = (note < 0 ? rows : rows.slice(0, note)).filter((r) => r.values.length > 0);
  return printing.length < specs.length && printing.length >= MIN_PRINTING_SHARE * specs.length && printing.every((r) => r.values.length === width);
}

/**
 * A table whose cells are not all plain counts (dash zeros '－', a value with its unit, zeros left
 * blank) has no value stream to count: it prints `width` columns when every one of its `specs` rows
 * prints exactly `width` cells and no other row prints any (a ruled grid's rows, each cell of it
 * read; a row of empty cells only, a blank row, prints its empty cells: LibreOffice's print of a
 * wide ruled table with its zeros blank, its 总计 cut off the page).
 */
function rowsOfWidth(rows: readonly TableRow[], specs: readonly RowSpec[], width: number, edge: boolean): boolean {
  const shown = shownWidths(rows, edge);
  const cells = (r: TableRow): number => (r.values.length > 0 ? shown.get(r)! : r.blankCells);
  // The note under the table and its wrapped lines ('件。3.本表第3列至第9列…') are no rows.
  const note = rows.findIndex((r) => NOTE.test(r.label.trim()));
  const printing = (note < 0 ? rows : rows.slice(0, note)).filter((r) => cells(r) > 0 && !(r.values.length === 0 && headerRow(r.label)));
  if (printing.some((r) => cells(r) !== width)) return false;
  // Zeros left blank in a ruled grid whose rows of empty cells only read as no row (a LibreOffice print of them):
  // the rows printing a value are fewer than the template's, never more.
  return printing.length === specs.length || (printing.length < specs.length && printing.length >= MIN_PRINTING_SHARE * specs.length && printing.every((r) => r.onGrid !== undefined));
}

/**
 * Each row's cells (`past`: but the grid columns after the last one any row prints something in: those are past
 * the page's edge (LibreOffice runs a cut table's grid on to the edge, the column there under a word cut through,
 * '社会' of 社会公益组织, its numbers not written). A column printing a number in some row is on the page: its empty
 * cells are cells (zeros printed blank). Tried when the table does not read as printed: a column of zeros printed
 * blank under a whole header word is on the page).
 */
function shownWidths(rows: readonly TableRow[], past: boolean): Map<TableRow, number> {
  let edge = -1;
  if (past) for (const r of rows) for (const v of r.values) if (v.kind !== 'blank' && v.col !== undefined && v.col > edge) edge = v.col;
  return new Map(rows.map((r) => [r, r.values.length - (edge < 0 ? 0 : r.values.filter((v) => v.kind === 'blank' && v.col !== undefined && v.col > edge).length)]));
}

/** A cell of a number marked damaged by an unread glyph ('\ufffd1\ufffd'): maybe cut at the clip (pdf/clipped-text). */
const CUT_NUMBER = /^\s*\ufffd[\d,.]+\ufffd\s*$/;

/** A note under the table ('注：1.本表统计时限为…共 4 件'): no row of it, whatever number it prints. */
const NOTE = /^注[:：]/;
/** A header line of the band (its empty cells are the band's, no row's): it names a column or is the 续表 mark over a page's part. */
const headerRow = (label: string): boolean => {
  const t = normalizeLabel(label);
  return t.includes('续表') || REQUEST_HEADER.some(([w, k]) => k !== 'otherOrg' && k !== 'total' && t.includes(w));
};
/** Share of the template's rows a ruled table with its zeros blank must print values in for its width to count. */
const MIN_PRINTING_SHARE = 0.5;

/** Only 总计 cut off: the six category columns when the stream holds six values per row and the rows' last values are not their sums. */
function sixPrinted(rows: readonly TableRow[], specs: readonly RowSpec[]): string[] | null {
  const leaves = REQUEST_LEAVES.filter((k) => k !== CLIPPED);
  if (rows.some((r) => r.values.length > leaves.length)) return null;
  const stream = streamValues(rows);
  const grid = specs.reduce((s, x) => s + x.columns.filter((c) => c !== CLIPPED).length, 0);
  if (stream === null ? !rowsOfWidth(rows, specs, leaves.length, false) : stream.length > grid || stream.length < grid - MAX_LOST) return null;
  // Six values a row whose last is the sum of the others: a table that prints its 总计 and lacks another column.
  const sixes = rows.filter((r) => r.values.length === leaves.length).map((r) => r.values.map((v) => (v.kind === 'num' ? v.value : 0)));
  const chunks = stream?.length === grid ? Array.from({ length: grid / leaves.length }, (_, i) => stream.slice(i * leaves.length, (i + 1) * leaves.length).map((t) => t.value)) : [];
  return looksTotalled(sixes.length > 0 ? sixes : chunks) ? null : leaves;
}

/** Share of the rows with values whose last value is the sum of the others past which the last column is a 总计. */
const TOTALLED_SHARE = 0.5;

/** Whether the last value of most rows that print something is the sum of the others (a 总计 column). */
export function looksTotalled(rows: readonly (readonly number[])[]): boolean {
  const some = rows.filter((r) => r.some((v) => v !== 0));
  const summed = some.filter((r) => r[r.length - 1] === r.slice(0, -1).reduce((a, b) => a + b, 0));
  return some.length > 0 && summed.length > TOTALLED_SHARE * some.length;
}

/** `specs` with only the `printed` columns, and the identities that involve no other column (a row total needs every column: none is left when more than 总计 is cut). */
export function withoutClipped(table: string, specs: readonly RowSpec[], identities: readonly Identity[], printed: readonly string[]): { specs: RowSpec[]; identities: Identity[] } {
  const gone = new Set(specs.flatMap((s) => s.columns.filter((c) => !printed.includes(c)).map((c) => `${table}.${s.key}.${c}`)));
  return {
    specs: specs.map((s) => ({ ...s, columns: s.columns.filter((c) => printed.includes(c)) })),
    identities: identities.filter((id) => identityKeys(id).every((k) => !gone.has(k))),
  };
}

const resolvedNumber = (f: SolvedField | undefined): number | null =>
  f && !f.flags.includes('ambiguous') && typeof f.value === 'number' ? f.value : null;
/** A cell read as printed '－' / '—' (no number, flag notApplicable). */
const dashed = (f: SolvedField | undefined): boolean => f !== undefined && f.value === null && f.flags.includes('notApplicable') && !f.flags.includes('ambiguous');

/** A 0 the page prints (not a blank cell read as 0). */
const printedZero = (f: SolvedField | undefined): boolean => f !== undefined && f.value === 0 && !f.flags.includes('blank') && !f.flags.includes('ambiguous');

/**
 * The last column `columns` prints when every row's cell in it was read empty (flag `blank`, none a
 * number) and no reading of the header names it whole: the column at the page's edge whose header is printed in part ('法律服') and whose
 * cells lie past the edge (LibreOffice prints a ruled table wider than the page at its width: the
 * column's rulings on the page, its centred numbers not). Nothing tells those cells from blank zeros
 * but the edge, so they are not read as 0 (breakit61 lo-docx-pdf: legalService 0 at 0.85 where 1–9
 * are printed): the column counts as cut. Null otherwise (a value in one row: its cells are on the page).
 */
function edgeBlankColumn(fields: ReadonlyMap<string, SolvedField>, table: string, specs: readonly RowSpec[], columns: readonly string[], lines: readonly Line[]): string | null {
  const last = columns.at(-1);
  if (columns.length < 2 || last === undefined) return null;
  const cells = specs.map((s) => fields.get(`${table}.${s.key}.${last}`));
  // Blank, or unread (a cell past a clip at the grid's open side, pdf/page-layout pastOpenSide): not a number the page shows.
  // A 0 derived through the identities from such cells (the column's total row) is no more printed than they are.
  const blank = (f: SolvedField | undefined): boolean => f !== undefined && ((f.value === 0 && (f.flags.includes('blank') || f.flags.includes('derived'))) || (f.value === null && !f.flags.includes('notApplicable')));
  // A row printing '/' across the table ('8.属于行政查询事项') prints it there too: the edge cuts the numbers, not the marks.
  // A number at the edge the page may show only in part ('\ufffd1\ufffd' of 15, its last digit past the clip: pdf/clipped-text
  // `unsure`) says nothing of the column's other cells: as many cells as lines end with one may hold a number (a column of
  // such numbers only, '\ufffd1\ufffd' of 1,666, is cut as well).
  const cutAtEdge = lines.filter((l) => CUT_NUMBER.test(l.cells.at(-1) ?? '')).length;
  if (cells.filter((f) => !blank(f) && !dashed(f)).length > cutAtEdge || (!cells.some(blank) && cutAtEdge === 0)) return null;
  // Its header word whole names it: a column printed on the page, its zeros blank (a text dump's trailing empty cells) —
  // unless the table prints its zeros ('0', '0件') in the other columns: then no cell of it is a blank zero (Chromium
  // prints the header of a wide table's column at the page's edge and culls its centred numbers past the edge).
  const printsZeros = specs.some((s) => columns.some((c) => c !== last && printedZero(fields.get(`${table}.${s.key}.${c}`))));
  // An empty last cell the page marks unread (past a clip at the grid's open side, pdf/page-layout pastOpenSide) says the
  // column runs past the edge, whatever the header shows (a cut number's cell, unread too, shows the column on the page).
  const unshown = lines.some((l) => l.cells.at(-1)?.trim() === '' && l.unread?.includes(l.cells.length - 1) === true);
  if (!printsZeros && !unshown && requestBandSubsets(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES, false).some((r) => r.includes(last))) return null;
  return last;
}

/**
 * Fills table 三 printed without its 总计 column, or without its last columns (in place): the value
 * stream read over the `columns` printed where the rows left fields unresolved; with only 总计 cut,
 * each row's total derived from its six values (flag `derived`) where they are all read; with more
 * cut, every field of the columns not printed missing (nothing derives them). Returns the warning.
 */
export function fillClippedTotal(fill: TableFill, lines: readonly Line[], collapsed: boolean, columns: readonly string[]): Warning {
  const { table, specs, identities, fields, placements } = fill;
  const printed: readonly TableRow[] = buildRows(lines);
  const six = withoutClipped(table, specs, identities, columns);
  // Row by row, a cell or two lost (map/lost-cells): without the row totals the stream search's block
  // readings (rows printed column by column) multiply past its budget; a row-major reading is what the printer gives.
  const stream = streamValues(printed);
  const keys = six.specs.flatMap((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  const readings = stream ? lostCellReadings(stream.map((t) => t.value), keys, six.identities) : null;
  if (readings && stream) {
    const source: SourceRef = { ...stream[0]!.source, text: `table stream: ${stream.length} values read row by row in ${six.specs[0]!.columns.length} columns` };
    fillFromGroup(lostCellGroup(`${table}.clipped`, keys, readings), six.identities, fields, placements, source);
  }
  const sixFill: TableFill = { ...fill, specs: six.specs, identities: six.identities };
  fillFromTableStream(sixFill, printed, collapsed);
  fillFromAnchoredRuns(sixFill, printed);
  // The six columns' order is confirmed only by a header naming them in the template's order (a
  // header wrapped in pieces is not read): otherwise every value of the table is capped (≤ 0.85).
  // Or, in a space-aligned dump, by the header cells' places: wrapped pieces stacked, or whole words on lines of their own
  // (自然人 centred beside the sub-columns' line) placed against each other (map/header-stacks).
  // (自然人 alone: a band naming no sub-column, `naturalPersonOnly`, is read too.)
  const named = columns.length === 1
    ? requestBandSubsets(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES, true).find((r) => r.includes('naturalPerson')) ?? null
    : requestBandSubset(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES, ['naturalPerson']);
  const order = six.specs[0]!.columns.join();
  const confirmed = (named !== null && named.join() === order) || stackedPrintedLeaves(groupWordHealed(lines), six.specs[0]!.columns)?.join() === order;
  // 自然人 alone: its column's identities (新收 + 结转 = 办理 + 结转下年, 办理 = the results' sum) hold whichever way values
  // within one sum are exchanged, and no row total checks a row — a dump that scrambles the rows' order (plain pdftotext of
  // turned pages) read so came out wrong at 0.98 (breakit54 ptt-gbk-rotmix/r16; the breaker's rotated re-dumps): ≤ 0.85.
  const single = columns.length === 1;
  if (!confirmed || single) markOrderUnconfirmed(`${table}.`, placements);
  // The column at the page's edge printed empty in every row: its cells are past the edge, not blank zeros.
  const edge = edgeBlankColumn(fields, table, six.specs, columns, groupWordHealed(lines));
  const cut = REQUEST_LEAVES.filter((k) => !columns.includes(k) || k === edge);
  if (cut.length > 1) {
    // No row total is left to derive anything: the columns not printed are missing, whatever the solver made of them.
    for (const key of [...fields.keys(), ...placements.keys()]) {
      if (key.startsWith(`${table}.`) && cut.includes(key.slice(key.lastIndexOf('.') + 1))) {
        fields.delete(key);
        placements.delete(key);
      }
    }
    const words = cut.map((k) => REQUEST_HEADER.find((w) => w[1] === k)![0]);
    return {
      code: 'column_clipped',
      message: `table ${table} prints no ${words.join(' / ')} column (its header names the first ${columns.length} columns, no 总计, and its rows print ${columns.length} values each: cut off the page by the printer): the values are read in the columns printed, confirmed by the column identities only (no row total is printed); the ${words.join(' / ')} fields are missing${edge ? ` (the ${words[0]} column at the page's edge prints no cell in any row: past the edge, not blank)` : ''}${single ? '; one column\'s identities do not tell its rows apart, so every value is capped below 0.9' : confirmed ? '' : `; the header does not print the ${columns.length} columns' order (on one line, or by its cells' places), so every value is capped below 0.9`}`,
      keys: [table],
    };
  }
  let derived = 0;
  // A PDF page's last column read blank in every row (zeros left blank): past the page's edge (Chromium culls the glyphs
  // of a wide table's column at the edge and keeps its rulings) or all zeros, nothing tells — no total derived through it.
  const lastBlank = lines.some((l) => l.source.page !== undefined) && six.specs.every((s) => { const f = fields.get(`${table}.${s.key}.${columns.at(-1)}`); return f === undefined || (f.value === 0 && f.flags.includes('blank')) || dashed(f); });
  for (const s of six.specs) {
    // Never printed: whatever the rows' reading derived, the total is the sum of the row as finally read.
    const key = `${table}.${s.key}.${CLIPPED}`;
    // A cell printed '－' (notApplicable: the report's zero) adds nothing; a row of dashes only derives no total.
    const cells = s.columns.map((c) => fields.get(`${table}.${s.key}.${c}`));
    const parts = cells.map((f) => resolvedNumber(f) ?? (dashed(f) ? 0 : null));
    if (lastBlank || parts.some((v) => v === null) || cells.every(dashed)) {
      fields.delete(key);
      placements.delete(key);
      continue;
    }
    const flags = [...new Set(s.columns.flatMap((c) => fields.get(`${table}.${s.key}.${c}`)!.flags).filter((f) => f !== 'blank')), 'derived' as const];
    fields.set(key, { value: parts.reduce((a, b) => a! + b!, 0), flags });
    const from = placements.get(`${table}.${s.key}.${s.columns[0]}`);
    if (from) placements.set(key, from);
    derived++;
  }
  return {
    code: 'column_clipped',
    message: `table ${table} prints no 总计 column (its header does not name it and its rows print ${six.specs[0]!.columns.length} values each: cut off the page by the printer): the values are read in the columns printed; ${derived} row totals are derived from their rows (flag derived), the others are missing${confirmed ? '' : '; the header does not name the six columns in order, so every value is capped below 0.9'}`,
    keys: [table],
  };
}

/** Lines above table 三's first row searched for its header band. */
const BAND_LINES = 8;
/** Words of table 三's header band (its first line is the first of the lines above the first row naming one). */
const BAND_WORDS = ['本列数据', '法人或其他组', '自然人', '商业企业'];

/**
 * Table 三's lines when its section heading was not found because the page cut it too (a wide
 * layout table printed to A4: the heading's start, '三、收到和', falls off the left edge with the
 * columns off the right one): from the header band above the 本年新收 row to the 结转下年 row, when
 * that band names 自然人 and 法人或其他组织 but no 总计, its rows print at most five values each and
 * the band names exactly the first that many columns in order (`clippedTotalColumns` then reads
 * them). Null otherwise: the document is read as before.
 */
export function clippedTableLines(lines: readonly Line[]): Line[] | null {
  const text = (l: Line): string => normalizeLabel(l.cells.join(''));
  const first = lines.findIndex((l) => text(l).includes('本年新收'));
  if (first < 0) return null;
  let start = first;
  for (let j = first - 1; j >= Math.max(0, first - BAND_LINES); j--) if (BAND_WORDS.some((w) => text(lines[j]!).includes(w))) start = j;
  const end = lines.findIndex((l, j) => j > first && text(l).includes('结转下年'));
  if (start === first || end < 0) return null;
  // Dumped one cell per line, the 结转下年 row's values stand on the lines after its label.
  let last = end;
  while (last + 1 < lines.length && VALUE_LINE.test(text(lines[last + 1]!))) last++;
  const region = groupWordHealed(lines.slice(start, last + 1));
  const grouped = bandWithoutTotal(region);
  if (!grouped && !naturalPersonOnly(region)) return null;
  const rows = buildRows(region);
  return (printedPrefix(region, rows, grouped, false) ?? printedPrefix(region, rows, grouped, true)) !== null ? lines.slice(start, last + 1) : null;
}

/** A line of values only (the cells of a row dumped one per line). */
const VALUE_LINE = /^\d[\d\s.,]*$/;

/**
 * A header is printed (it names 自然人 and the 法人或其他组织 group — or, the group word centred over
 * its five sub-columns and cut with them by the page's edge ('法', '法人'), the first of them, 商业企业)
 * and it has no 总计.
 */
export function bandWithoutTotal(lines: readonly Line[]): boolean {
  const band = normalizeLabel(headerBand(lines).join(''));
  return !band.includes(CLIPPED_WORD) && band.includes(PRINTED_HEADER[0]!) && (band.includes(PRINTED_HEADER[1]!) || (band.includes(FIRST_SUB) && edgeWordShown(band)));
}

/**
 * The band shows the page's edge past its whole words: the group word's start ('法', '法人'), or a
 * word cut after the last whole one ('科研' of 科研机构). A band ending on a whole word (商业企业) may
 * have that column cut through at the edge ('4,91' of 4,915): not read so.
 */
function edgeWordShown(band: string): boolean {
  if (band.split('法律服务机构').join('').includes('法')) return true;
  const end = maxOf(REQUEST_HEADER.map(([w]) => { const at = band.lastIndexOf(w); return at < 0 ? 0 : at + w.length; }));
  return band.length > end;
}
/** The first sub-column's word (under the group word, on the page when the group word is cut). */
const FIRST_SUB = '商业企业';

/**
 * Table 三's header cut right after its 自然人 column: the band names 自然人 and neither the
 * 法人或其他组织 group nor any other column (a sub-column word cut to its first characters at the
 * page's edge, '商' / '企', names none), nor 总计. Only its first column can then be printed
 * (`printedPrefix` takes it when every row prints one value at most).
 */
export function naturalPersonOnly(lines: readonly Line[]): boolean {
  const band = normalizeLabel(headerBand(lines).join(''));
  if (band.includes(CLIPPED_WORD) || !band.includes(PRINTED_HEADER[0]!) || band.includes('法人')) return false;
  return REQUEST_HEADER.every(([w, k]) => k === 'naturalPerson' || !band.includes(w));
}

/**
 * How many of table 三's first columns a table cut off before its 其他 prints: its widest row (a row
 * printed whole on its line counts them), MIN_PRINTED to five (two at least under a band naming the
 * 法人或其他组织 group: `grouped`; one, 自然人, only under a band naming nothing else), when the header
 * band names exactly those columns (`bandNamesPrefix`); null otherwise.
 */
function printedPrefix(lines: readonly Line[], rows: readonly TableRow[], grouped: boolean, edge: boolean): number | null {
  const shown = shownWidths(rows, edge);
  const widest = maxOf([0, ...rows.map((r) => shown.get(r)!), cellPerLineWidth(rows) ?? 0]);
  if (widest >= REQUEST_LEAVES.length - 1 || widest < (grouped ? MIN_PRINTED_UNDER_GROUP : MIN_PRINTED) || (!grouped && widest > MIN_PRINTED)) return null;
  return bandNamesPrefix(lines, widest) ? widest : null;
}

/**
 * How many of table 三's first columns a table cut off before its 其他 prints, under a band whose
 * words are each wrapped in a narrow cell, its last characters on the line below ('自然 商业企 科研机
 * 社会公益组 法律服务机' / '人 业 构 织 构': a landscape LibreOffice print read by `pdftotext -layout
 * -fixed 6`), no group word and no 总计 or 其他 in it: the widest row (two to five values) when the
 * band's stacked cells (map/header-stacks) name exactly those first leaves in the template's order.
 * `edge`: each row's empty cells past the last column printing a number left out (a Chromium print's grid runs on past
 * the page's edge, its cells there empty, the group word cut off with them). Null otherwise (the band's text then names no
 * 自然人 and the table was read in seven columns: every row short, no value placed).
 */
function stackedPrefix(lines: readonly Line[], rows: readonly TableRow[], edge: boolean): number | null {
  const band = normalizeLabel(headerBand(lines).join(''));
  if (band.includes(CLIPPED_WORD) || band.includes('其他') || band.includes('法人')) return null;
  const shown = shownWidths(rows, edge);
  const widest = maxOf([0, ...rows.map((r) => shown.get(r)!)]);
  if (widest >= REQUEST_LEAVES.length - 1 || widest < MIN_PRINTED_UNDER_GROUP) return null;
  const leaves = REQUEST_LEAVES.slice(0, widest);
  if (stackedPrintedLeaves(lines, leaves)?.join() === leaves.join()) return widest;
  // The words whole on one line, the group word cut off the page with the columns under it: a reading naming exactly those
  // leaves — only where the grid runs on past them with its cells empty (the next column's numbers culled whole at the edge,
  // so the last one named is printed whole; a band ending on a whole word may have that column cut through: '4,91' of 4,915).
  if (!rows.some((r) => shown.get(r)! < r.values.length)) return null;
  return requestBandSubsets(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES, false).some((r) => r.join() === leaves.join()) ? widest : null;
}

/** Share of a cell-per-line table's runs of values that must hold its row width (the others a row's cell or two lost, or two rows run together). */
const RUN_WIDTH_SHARE = 0.8;

/**
 * A table dumped one cell per line (plain `pdftotext`: every value on a line of its own, each row's
 * label on the lines above its values) prints its row width in its runs of values — the value lines
 * between two label lines: the count most runs hold, when every other run is shorter (a cell lost)
 * or a multiple of it (two rows' values before one label: a row whose label the dump moved). Null
 * when some line holds two values (the lines then print rows) or the runs do not agree so.
 */
function cellPerLineWidth(rows: readonly TableRow[]): number | null {
  if (rows.some((r) => r.values.length > 1)) return null;
  const runs: number[] = [];
  for (const r of rows) {
    if (r.label !== '' || r.pending !== '' || runs.length === 0) runs.push(0);
    runs[runs.length - 1]! += r.values.length;
  }
  const filled = runs.filter((n) => n > 0);
  const counts = new Map<number, number>();
  for (const n of filled) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [width, most] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
  if (width === 0 || most < RUN_WIDTH_SHARE * filled.length) return null;
  return filled.every((n) => n < width || n % width === 0) ? width : null;
}

/**
 * The group word cut by the page edge with the columns under it read whole: centred over its
 * sub-columns, it loses its end where they do — '法人或其他组' (its 织 past the edge) anywhere in a
 * cell, or a cell ending '法人或其他' / '法人或其' / '法人或' (组织 and more past the edge: a grid's
 * header cell at the page's right edge, LibreOffice's clipped table of a wide web page). Read as
 * printed its '其他' would name the 其他 column. ('法人' alone is not taken: `naturalPersonOnly`
 * reads a band naming it as a header cut before the group.)
 */
export function groupWordHealed(lines: readonly Line[]): Line[] {
  const heal = (c: string): string => c.replace(CUT_GROUP, REQUEST_GROUP).replace(EDGE_CUT_GROUP, REQUEST_GROUP);
  return lines.map((l) => (l.cells.some((c) => heal(c) !== c) ? { ...l, cells: l.cells.map(heal) } : l));
}
const CUT_GROUP = /法人或其他组(?!织)/g;
/** The group word's first three to five characters ending a cell (the rest past the page's edge). */
const EDGE_CUT_GROUP = /法人或(?:其他?)?$/;

/**
 * Whether table 三's header band names exactly the first `k` leaf columns: one reading of it names
 * them in the template's order, or its lines together name those and no other, each line naming
 * its words in the template's order (自然人, spanning the header's rows, printed on a line of its own
 * beside the sub-columns' line: the order across those lines is not printed — `fillClippedTotal`
 * then caps the table). A header naming other columns is a table of another shape.
 */
export function bandNamesPrefix(lines: readonly Line[], k: number): boolean {
  const leaves = REQUEST_LEAVES.slice(0, k);
  // A page's grid (ruled PDF): its header cells over each value column name them.
  const grid = gridRequestLeaves(lines, true);
  if (grid && grid.leaves.join() === leaves.join()) return true;
  // (自然人 alone, `naturalPersonOnly`: the band names no sub-column, a reading of it is taken so.)
  const readings = requestBandSubsets(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES, k === 1);
  if (readings.some((r) => r.join() === leaves.join())) return true;
  // The last printed column's header cut in part by the page edge ('法服机' of 法律/服务/机构 wrapped): the
  // others named in order, that column the template's next (`fillClippedTotal` caps the table: its name is not read).
  if (k > MIN_PRINTED_UNDER_GROUP && readings.some((r) => r.join() === leaves.slice(0, -1).join())) return true;
  const named = new Set(readings.flat());
  const inOrder = (r: readonly string[]): boolean => r.every((x, i) => i === 0 || REQUEST_LEAVES.indexOf(x) > REQUEST_LEAVES.indexOf(r[i - 1]!));
  return named.size === k && leaves.every((x) => named.has(x)) && readings.filter((r) => r.length > 1 && r.length < k).every(inOrder);
}
