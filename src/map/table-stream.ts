/**
 * @file Whole-table alignment of a value stream: a table printed one value per line whose labels
 * did not stay beside their values (plain `pdftotext` prints a page's labels in a pile before or
 * after its values, some pages in column order, a row's first value before its label). The
 * table's value tokens, in printed order, are aligned to the template grid as a whole: the rows
 * in template order, cut into blocks of consecutive rows, each block printed row by row or column
 * by column (blocks of rows with as many columns each). A reading must use every token exactly
 * once and keep every identity lying inside each row (the row total), and the whole reading must
 * keep every identity of the table. All readings that do are returned; where they disagree the
 * solver leaves the field ambiguous. Labels are not used to place values here (they are the part
 * that moved), so the values are placed by position and never reach 0.9 (score: `position`).
 */
import type { SourceRef } from '../model/document.js';
import { solve } from '../solve/index.js';
import type { Candidate, Group, SolvedField } from '../solve/types.js';
import type { TableRow } from '../tables/build-rows.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import type { Identity, RowSpec } from '../template/index.js';
import type { Placement } from './table-rows.js';
import type { TableFill } from './table-fill.js';
import { alignOutOfPlace } from './out-of-place.js';
import { pageCutsByLabels } from './label-piles.js';
import { plainCount } from './plain-count.js';
import { alignSegments, alignStream, type AlignStats, type Segment, type StreamToken } from './stream-align.js';
import { alignWithBrokenTotal } from './stream-breaks.js';

/** A value token and the printed row it came from. */
interface StreamValue extends StreamToken {
  source: SourceRef;
  /** A not-applicable mark ('/', '－', '不适用') standing as a 0 (streamValues `marks`). */
  na?: true;
}

/** One reading of the table: each row's values in template column order. */
type Reading = number[][];

/** The digits of `raw` printed twice ('2255' → '25'), or null. */
function printedTwice(raw: string): string | null {
  if (raw.length % 2 !== 0 || !/^\d+$/.test(raw)) return null;
  let once = '';
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i] !== raw[i + 1]) return null;
    once += raw[i];
  }
  return once;
}

/**
 * The table's value tokens in printed order; null when some value is not a plain count (a blank,
 * a mark, a fused run, a fraction). When the stream shows digits printed twice (a row beside or
 * below a label printed twice, or '00', which no count prints), each token that reads so also
 * carries its value read once (`once`): a row of a fake-bold PDF whose label left its values.
 */
export function streamValues(rows: readonly TableRow[], marks = false): StreamValue[] | null {
  const out: StreamValue[] = [];
  let line: number | undefined;
  for (const r of rows) {
    // A footnote's numbers ('注：…共3件。' under the table, TableRow.note) are no cells of the table.
    if (r.note) continue;
    // A label, a text line or a gap in the lines before a row's values: a page of values may start there.
    const gap = r.label !== '' || r.pending !== '' || (line !== undefined && r.source.line !== undefined && r.source.line > line + 1);
    // Asked for (`marks`): a not-applicable mark stands in the stream as a 0 flagged `na` (naRowStream), and an
    // amount with decimals before the table's first count (table 二's 收费金额 '6516.53' left above the header) is not one.
    const stray = (v: ValueToken): boolean => marks && out.length === 0 && v.kind === 'num' && !Number.isInteger(v.value);
    // A label's item number left alone among the values ('1.' / '2.' of （五）'s rows, plain `pdftotext` of a narrow cell) is no cell.
    if (r.label === '' && r.values.length === 1 && itemNumber(r.values[0]!)) continue;
    r.values.forEach((v, i) => {
      if (marks && v.kind === 'na') out.push({ value: 0, raw: v.raw, source: r.source, na: true });
      if (!plainCount(v)) return;
      out.push({ value: v.value, raw: v.raw, source: r.source, breakBefore: i === 0 && gap, ...(r.values.length > 1 ? { inRow: true } : {}) });
    });
    if (r.values.some((v) => !plainCount(v) && !(marks && v.kind === 'na') && !stray(v))) return null;
    if (r.values.length > 0) line = r.source.line;
  }
  const doubled = rows.some((r) => r.digitsSuspect) || out.some((t) => /^0\d/.test(t.raw) && printedTwice(t.raw) !== null);
  if (doubled) for (const t of out) {
    const once = printedTwice(t.raw);
    if (once !== null) t.once = Number(once);
  }
  return out;
}

/** A one-digit number printed with a full stop after it ('1.', '2．'): an item number, not a count. */
const itemNumber = (v: ValueToken): boolean => v.kind === 'num' && v.mark === '.' && /^[1-9]$/.test(v.raw);

/** Row keys of a table's template rows. */
function rowKeys(table: string, spec: RowSpec): string[] {
  return spec.columns.map((c) => `${table}.${spec.key}.${c}`);
}

/**
 * Every reading of `values` as the rows `specs` (all of them, in order), each token one cell, that
 * keeps the identities; null when there is none or the readings are too many to list
 * (the search with its other moves is alignStream, map/stream-align).
 */
export function alignTableStream(table: string, values: readonly number[], specs: readonly RowSpec[], identities: readonly Identity[]): Reading[] | null {
  const readings = alignStream(table, values.map((value) => ({ value, raw: String(value) })), specs, identities);
  const exact = readings?.filter((r) => r.cost === 0) ?? [];
  // Outside a collapsed stream every cell is a token: no cell is left open.
  return exact.length > 0 ? exact.map((r) => r.rows as number[][]) : null;
}

/** The readings of map/out-of-place as one segment over the whole table (no flags: placed by position, below 0.9). */
function outOfPlaceSegments(table: string, rows: readonly TableRow[], specs: readonly RowSpec[], identities: readonly Identity[]): Segment[] | null {
  const readings = alignOutOfPlace(table, rows, specs, identities);
  if (!readings) return null;
  return [{ from: 0, to: specs.length, readings: readings.map((rd) => ({ rows: rd, flags: rd.map((row) => row.map(() => [])), cost: 0 })) }];
}

/** A segment's readings as one solver group over its rows (they are not independent: one cut moves them all). */
export function segmentGroup(table: string, specs: readonly RowSpec[], seg: Segment): Group {
  const keys = specs.slice(seg.from, seg.to).flatMap((s) => rowKeys(table, s));
  const candidates: Candidate[] = seg.readings.map((rd) => ({ cost: rd.cost, cells: rd.rows.flatMap((row, r) => row.map((value, c) => ({ value, flags: [...rd.flags[r]![c]!] }))) }));
  return { id: `${table}.stream.${seg.from}`, keys, candidates };
}

/** A resolved field: a value or a printed not-applicable mark. */
const resolved = (f: SolvedField | undefined): boolean => f !== undefined && !f.flags.includes('ambiguous') && (f.value !== null || f.flags.includes('notApplicable'));

/**
 * Fills a table the row-by-row reading left incomplete from the whole-table alignment of its value
 * stream (in place). Fields the rows read and every alignment agrees with stay as read; fields the
 * rows did not resolve take the alignment's verdict, placed by position; a field the rows read
 * otherwise than the alignment comes out ambiguous with both values. Returns the keys it changed.
 */
export function fillFromTableStream(fill: TableFill, rows: readonly TableRow[], collapse = false): string[] {
  const { table, specs, identities, fields, placements } = fill;
  const keys = specs.flatMap((s) => rowKeys(table, s));
  if (keys.every((k) => resolved(fields.get(k)))) return [];
  const marked = streamValues(rows) ? null : naRowStream(rows, specs);
  const stream = marked?.stream ?? streamValues(rows);
  if (!stream) return [];
  // A budget of cost is kept when some reading of the segments keeps every identity.
  const accept = (segments: Segment[]): boolean => {
    const { stats } = solve(segments.map((seg) => segmentGroup(table, specs, seg)), identities);
    return !stats.exhausted && stats.violations === 0;
  };
  // A few values printed out of place (map/out-of-place) when no reading of the search keeps the identities.
  const cuts = pageCutsByLabels(rows, specs);
  const stats: AlignStats = { nodes: 0, cap: 0, overflow: false, readings: 0 };
  const segments = alignSegments(table, stream, specs, identities, accept, collapse, stats, cuts) ?? outOfPlaceSegments(table, rows, specs, identities);
  // Else a total printed wrong (map/stream-breaks): one row breaking its identity as printed, one cell explaining every failure.
  const broken = segments || stats.overflow || collapse ? null : alignWithBrokenTotal(table, stream, specs, identities, cuts);
  const chosen = segments ?? broken?.segments;
  if (!chosen) return [];
  const source: SourceRef = { ...stream[0]!.source, text: `table stream: ${stream.length} values aligned to the grid${broken ? ', a printed total that its parts do not add up to kept' : ''}` };
  const groups = chosen.map((seg) => segmentGroup(table, specs, seg));
  if (marked && marked.row >= 0 && !markRow(groups, rowKeys(table, specs[marked.row]!))) return [];
  return fillFromGroups(groups, broken?.identities ?? identities, fields, placements, source);
}

/**
 * The stream of a table one row of which prints a not-applicable mark in every cell ('8.属于行政查询事项'
 * '/ / / / / / /', plain `pdftotext` writing the marks one per line among the counts): the marks stand as
 * 0s, and the row is the one whose cells they are when the table's rows before it take exactly the
 * tokens before them (the marks one run, as many as the row's cells); row -1 when the stream holds no
 * mark (only a stray amount left out). Null otherwise.
 */
function naRowStream(rows: readonly TableRow[], specs: readonly RowSpec[]): { stream: StreamValue[]; row: number } | null {
  const stream = streamValues(rows, true);
  const at = stream?.findIndex((t) => t.na) ?? -1;
  if (!stream) return null;
  if (at < 0) return { stream, row: -1 };
  const n = stream.filter((t) => t.na).length;
  if (!stream.slice(at, at + n).every((t) => t.na && t.raw === stream[at]!.raw)) return null;
  let before = 0;
  for (let r = 0; r < specs.length; r++) {
    if (before === at) return specs[r]!.columns.length === n ? { stream, row: r } : null;
    before += specs[r]!.columns.length;
  }
  return null;
}

/** The marked row's cells in every reading: 0s (the marks as read) become not applicable; false when some reading reads another value there. */
function markRow(groups: readonly Group[], keys: readonly string[]): boolean {
  for (const g of groups) {
    const at = keys.map((k) => g.keys.indexOf(k));
    if (at.every((i) => i < 0)) continue;
    if (at.some((i) => i < 0) || g.candidates.some((c) => at.some((i) => c.cells[i]?.value !== 0))) return false;
    for (const c of g.candidates) for (const i of at) c.cells[i] = { value: null, flags: ['notApplicable'] };
    return true;
  }
  return false;
}

/**
 * Fills the fields of `group` (a whole-table reading) that the row-by-row reading left unresolved
 * (in place), placed by position; a field read otherwise by the rows comes out ambiguous with both.
 */
export function fillFromGroup(group: Group, identities: readonly Identity[], fields: Map<string, SolvedField>, placements: Map<string, Placement>, source: SourceRef): string[] {
  return fillFromGroups([group], identities, fields, placements, source);
}

/**
 * The same for several groups solved together. A group's readings that contradict a field the
 * rows resolved (by its label) are dropped when some reading agrees with every such field: the
 * labels that stayed beside their values narrow the stream's readings.
 */
export function fillFromGroups(groups: readonly Group[], identities: readonly Identity[], fields: Map<string, SolvedField>, placements: Map<string, Placement>, source: SourceRef): string[] {
  const first = solveNarrowed(groups, identities, fields, new Set());
  // A row the stream contradicts in some field its labels resolved was misread by the rows: its other
  // fields narrow nothing, and where the stream does not confirm them they come out ambiguous (a
  // misread row's value that happens to agree with one of the stream's readings is not evidence).
  const discredited = new Set(groups.flatMap((g) => g.keys).filter((k) => contradicts(fields.get(k), first.get(k))).map(rowOf));
  const solved = discredited.size > 0 ? solveNarrowed(groups, identities, fields, discredited) : first;
  const changed: string[] = [];
  for (const key of groups.flatMap((g) => g.keys)) {
    const mine = fields.get(key);
    const theirs = solved.get(key);
    // Unknown in every reading of the stream (a block left unread): the stream says nothing here.
    if (!theirs || (theirs.value === null && theirs.flags.includes('ambiguous') && !theirs.candidates?.length)) continue;
    const doubted = discredited.has(rowOf(key)) && resolved(mine) && !(resolved(theirs) && theirs.value === mine!.value);
    if (!resolved(mine)) {
      fields.set(key, theirs);
      placements.set(key, { by: 'position', labelScore: 0, source });
      changed.push(key);
    } else if (doubted || contradicts(mine, theirs)) {
      const both = [...new Set([mine!.value, theirs.value, ...(theirs.candidates ?? [])].filter((v): v is number => typeof v === 'number'))].sort((a, b) => a - b);
      fields.set(key, { value: null, flags: [...new Set([...mine!.flags, 'ambiguous' as const])], candidates: both });
      changed.push(key);
    }
  }
  return changed;
}

/** The row of a field key (its key less the column). */
const rowOf = (key: string): string => key.slice(0, key.lastIndexOf('.'));

/** A field the rows resolved that the stream's verdict excludes. */
const contradicts = (mine: SolvedField | undefined, theirs: SolvedField | undefined): boolean =>
  resolved(mine) && theirs !== undefined && !(theirs.value === null && theirs.flags.includes('ambiguous') && !theirs.candidates?.length) &&
  (resolved(theirs) ? theirs.value !== mine!.value : !theirs.candidates?.includes(mine!.value as number));

/** The groups solved with their readings narrowed to those agreeing with the rows' resolved fields (outside the `ignored` rows). */
function solveNarrowed(groups: readonly Group[], identities: readonly Identity[], fields: ReadonlyMap<string, SolvedField>, ignored: ReadonlySet<string>): Map<string, SolvedField> {
  const pins = (k: string): boolean => resolved(fields.get(k)) && !ignored.has(rowOf(k));
  // A cell left unknown (undefined) agrees with anything.
  const narrowed = groups.map((g) => {
    const agree = g.candidates.filter((c) => g.keys.every((k, i) => !pins(k) || c.cells[i]?.value === undefined || fields.get(k)!.value === c.cells[i]?.value));
    return agree.length > 0 ? { ...g, candidates: agree } : g;
  });
  return solve(narrowed, identities).fields;
}
