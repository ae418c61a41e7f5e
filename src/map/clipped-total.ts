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
import { headerBand, requestBandSubset } from './header-order.js';
import { REQUEST_GROUP, REQUEST_HEADER, REQUEST_LEAVES, SWAPPABLE_REQUEST } from './header-words.js';
import type { TableFill } from './table-fill.js';
import { fillFromGroup, fillFromTableStream, streamValues } from './table-stream.js';
import { lostCellGroup, lostCellReadings } from './lost-cells.js';
import { fillFromAnchoredRuns } from './anchored-runs.js';
import { markOrderUnconfirmed } from './order-unconfirmed.js';

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
 * The columns table 三 prints when its 总计 column is cut off: the six category columns, when the
 * header band names 自然人 and 法人或其他组织 but no 总计, no line prints seven values or more, and the table's value tokens
 * number six per row of `specs` (MAX_LOST fewer at most), and the rows' last values are not their
 * sums (a table that prints its 总计 but lacks another column, under a header not read); null otherwise.
 */
export function clippedTotalColumns(lines: readonly Line[] | null, specs: readonly RowSpec[]): string[] | null {
  if (!lines) return null;
  // A header is printed (it names 自然人 and the 法人或其他组织 group) and it has no 总计.
  const band = normalizeLabel(headerBand(lines).join(''));
  if (band.includes(CLIPPED_WORD) || !PRINTED_HEADER.every((w) => band.includes(w))) return null;
  const rows = buildRows(lines);
  const leaves = REQUEST_LEAVES.filter((k) => k !== CLIPPED);
  if (rows.some((r) => r.values.length > leaves.length)) return null;
  const stream = streamValues(rows);
  const grid = specs.reduce((s, x) => s + x.columns.filter((c) => c !== CLIPPED).length, 0);
  if (stream === null || stream.length > grid || stream.length < grid - MAX_LOST || !specs.every((s) => s.columns.includes(CLIPPED))) return null;
  // Six values a row whose last is the sum of the others: a table that prints its 总计 and lacks another column.
  const sixes = rows.filter((r) => r.values.length === leaves.length).map((r) => r.values.map((v) => (v.kind === 'num' ? v.value : 0)));
  const chunks = stream.length === grid ? Array.from({ length: grid / leaves.length }, (_, i) => stream.slice(i * leaves.length, (i + 1) * leaves.length).map((t) => t.value)) : [];
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

/** `specs` without the clipped column, and the identities that do not involve it. */
function withoutClipped(table: string, specs: readonly RowSpec[], identities: readonly Identity[]): { specs: RowSpec[]; identities: Identity[] } {
  const gone = new Set(specs.map((s) => `${table}.${s.key}.${CLIPPED}`));
  return {
    specs: specs.map((s) => ({ ...s, columns: s.columns.filter((c) => c !== CLIPPED) })),
    identities: identities.filter((id) => identityKeys(id).every((k) => !gone.has(k))),
  };
}

const resolvedNumber = (f: SolvedField | undefined): number | null =>
  f && !f.flags.includes('ambiguous') && typeof f.value === 'number' ? f.value : null;

/**
 * Fills table 三 printed without its 总计 column (in place): the value stream read over the six
 * printed columns where the rows left fields unresolved, then each row's total derived from its
 * six values (flag `derived`) where they are all read. Returns the warning.
 */
export function fillClippedTotal(fill: TableFill, lines: readonly Line[], collapsed: boolean): Warning {
  const { table, specs, identities, fields, placements } = fill;
  const printed: readonly TableRow[] = buildRows(lines);
  const six = withoutClipped(table, specs, identities);
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
  const named = requestBandSubset(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES, ['naturalPerson']);
  const confirmed = named !== null && named.join() === six.specs[0]!.columns.join();
  if (!confirmed) markOrderUnconfirmed(`${table}.`, placements);
  let derived = 0;
  for (const s of six.specs) {
    // Never printed: whatever the rows' reading derived, the total is the sum of the row as finally read.
    const key = `${table}.${s.key}.${CLIPPED}`;
    const parts = s.columns.map((c) => resolvedNumber(fields.get(`${table}.${s.key}.${c}`)));
    if (parts.some((v) => v === null)) {
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
