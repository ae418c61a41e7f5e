/**
 * @file Table 二 printed wider than the page with its last column past the page's edge (a Word/WPS
 * page printed by Chromium whose portrait @page wins over the landscape one: the header's last word
 * shows in part, '现行' of 现行有效件数, the column's rulings on the page, its numbers not). That
 * column's empty cells are not blank zeros: its fields read blank are left missing, with a warning.
 */
import type { Line, Warning } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { ACTIVE_COLUMN_WORDS_2019, ACTIVE_COLUMN_WORDS_2021 } from '../template/active.js';
import type { RowSpec } from '../template/types.js';
import type { Placement } from './table-rows.js';
import { markOrderUnconfirmed } from './order-unconfirmed.js';
import { pushAll } from '../_internal/extremes.js';

const WORDS: readonly (readonly [string, string])[] = [...Object.entries(ACTIVE_COLUMN_WORDS_2021), ...Object.entries(ACTIVE_COLUMN_WORDS_2019)];
/** Fewest characters of a cut word shown (one could be any word's start). */
const MIN_SHOWN = 2;

/** The column keys whose word a header cell shows the start of only (the rest past the page's edge). */
function cutWordKeys(cell: string): string[] {
  const t = normalizeLabel(cell);
  return t.length < MIN_SHOWN ? [] : WORDS.filter(([, w]) => w.length > t.length && w.startsWith(t)).map(([k]) => k);
}

const sameTable = (a: Line, b: Line): boolean =>
  a.source.page === b.source.page && a.source.table !== undefined && a.source.table === b.source.table;

/**
 * Table 二's columns cut at the page's edge: a ruled table's header line whose last cell is a cut
 * column word, every row below it in its table (to a line of another width) leaving that cell empty.
 * Their column keys (none when a row prints a value there: its cells are on the page).
 */
function edgeBlankColumns(lines: readonly Line[]): Set<string> {
  const cut = new Set<string>();
  lines.forEach((h, i) => {
    const n = h.cells.length;
    const keys = n >= 2 && h.source.table !== undefined && !h.ocr ? cutWordKeys(h.cells[n - 1]!) : [];
    if (keys.length === 0) return;
    const rows: Line[] = [];
    for (let j = i + 1; j < lines.length && sameTable(h, lines[j]!) && lines[j]!.cells.length === n; j++) rows.push(lines[j]!);
    if (rows.length > 0 && rows.every((r) => !r.ocr && r.cells[n - 1]!.trim() === '')) for (const k of keys) cut.add(k);
  });
  return cut;
}

/** The column key a header cell names whole (a template or short wording of table 二's columns), or null. */
function wholeWordKey(cell: string): string | null {
  const t = normalizeLabel(cell);
  return WORDS.find(([, w]) => normalizeLabel(w) === t)?.[0] ?? null;
}

/** The small table's row a line's label names (its first cell), or undefined. */
function rowSpecOf(line: Line, specs: readonly RowSpec[]): RowSpec | undefined {
  const t = normalizeLabel(line.cells[0] ?? '');
  return t.length === 0 ? undefined : specs.find((s) => s.labels.some((l) => t === l || t.endsWith(l)));
}

/** A piece (2+ characters) of a column word the header line at `i` does not name, on the line above or below it: the header wraps there. */
function wordBeside(lines: readonly Line[], i: number, named: readonly string[]): boolean {
  const words = WORDS.filter(([k]) => !named.includes(k)).map(([, w]) => normalizeLabel(w));
  return [lines[i - 1], lines[i + 1]].some((l) => {
    const t = l ? normalizeLabel(l.cells.join('')) : '';
    return t.length > 0 && words.some((w) => t.includes(w.slice(0, 2)) || t.includes(w.slice(-2)));
  });
}

/** A cell of a row under a cut header, its column told by the cut (`textCutKeys`). */
interface PrintedCell {
  key: string;
  value: number;
  line: Line;
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The right end (character column) of the farthest text of the lines: the page's edge, or short of it. */
function pageEdge(lines: readonly Line[]): number {
  let edge = 0;
  for (const l of lines) {
    const n = l.cells.length;
    if (l.starts && l.starts.length === n && n > 0) edge = Math.max(edge, l.starts[n - 1]! + l.cells[n - 1]!.trim().length);
  }
  return edge;
}

/**
 * A text dump's table 二 cut at the page's edge (`pdftotext -layout` of a print whose last column is
 * off the page): a header line ('信息内容 本年制发件数 本年废止件数') naming its block's first columns
 * whole, the next ones not at all or in part ('对外'), over rows printing no cell past the named ones.
 * The keys (row and column: 'activeDisclosure.regulations.inForce') of those rows' unnamed columns.
 * A header naming a column no row below it is read under (a row printing a cell past the named ones) cuts nothing.
 * `printed` receives the cells of rows printing exactly one number per named column ('规章 13 13' under a
 * 2019 header whose 对外公开总数量 is off the page): the cut tells which cells they are.
 */
function textCutKeys(lines: readonly Line[], specs: readonly RowSpec[], printed: PrintedCell[] = []): Set<string> {
  const cut = new Set<string>();
  const edge = pageEdge(lines);
  lines.forEach((h, i) => {
    if (h.source.table !== undefined || h.ocr || h.cells.length < 2 || h.cells.some((c) => /\d/.test(c))) return;
    if (wholeWordKey(h.cells[0]!) !== null) return;
    const named: string[] = [];
    for (const [j, c] of h.cells.slice(1).entries()) {
      const k = wholeWordKey(c);
      if (k !== null) named.push(k);
      else if (j !== h.cells.length - 2 || cutWordKeys(c).length === 0 && normalizeLabel(c).length > 1) return;
    }
    if (named.length === 0 || wordBeside(lines, i, named)) return;
    const keys: string[] = [];
    const cells: PrintedCell[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const r = lines[j]!;
      const spec = rowSpecOf(r, specs);
      if (!spec || r.ocr || r.source.table !== undefined) break;
      if (named.some((k, n) => spec.columns[n] !== k) || spec.columns.length <= named.length) return;
      if (r.cells.slice(1 + named.length).some((c) => c.trim() !== '')) return;
      for (const col of spec.columns.slice(named.length)) keys.push(`activeDisclosure.${spec.key}.${col}`);
      // A row printing a number under each named column, its last ending short of the page's edge: those cells, in order.
      const values = r.cells.slice(1).map((c) => c.trim());
      const ends = r.starts && r.starts.length === r.cells.length ? r.starts[values.length]! + values[values.length - 1]!.length : Infinity;
      if (values.length === named.length && values.every((v) => PLAIN_NUMBER.test(v)) && ends < edge - 1) {
        values.forEach((v, n) => cells.push({ key: `activeDisclosure.${spec.key}.${named[n]}`, value: Number(v), line: r }));
      }
    }
    for (const k of keys) cut.add(k);
    pushAll(printed, cells);
  });
  return cut;
}

/** A header cell showing the start only (one character or more: the rest past the page's edge) of a word of column `key`. */
const pieceOf = (cell: string, key: string | undefined): boolean => {
  const t = normalizeLabel(cell);
  return t.length > 0 && WORDS.some(([k, w]) => k === key && t.length < normalizeLabel(w).length && normalizeLabel(w).startsWith(t));
};

/**
 * A text dump's table 二 whose header line ends in a piece of the next column's word ('信息内容 采购项目数量 采',
 * 采购总金额 cut at the page's edge) over a row printing a number in that column that reaches the piece's end
 * ('政府集中采购 7 3', 3507.01 cut to its first digit): the number is cut there too, its printed value unknown.
 * The keys of such cells (a number ending well before the edge is whole: kept).
 */
function textCutValueKeys(lines: readonly Line[], specs: readonly RowSpec[]): Set<string> {
  const cut = new Set<string>();
  lines.forEach((h, i) => {
    const n = h.cells.length;
    if (h.source.table !== undefined || h.ocr || !h.starts || n < 3 || h.cells.some((c) => /\d/.test(c))) return;
    const named = h.cells.slice(1, -1).map(wholeWordKey);
    if (wholeWordKey(h.cells[0]!) !== null || named.some((k) => k === null)) return;
    const piece = normalizeLabel(h.cells[n - 1]!);
    const edge = h.starts[n - 1]! + piece.length;
    for (let j = i + 1; j < lines.length; j++) {
      const r = lines[j]!;
      const spec = rowSpecOf(r, specs);
      if (!spec || r.ocr || r.source.table !== undefined) break;
      const col = spec.columns[n - 2];
      if (named.some((k, m) => spec.columns[m] !== k) || !pieceOf(piece, col) || r.cells.length !== n || !r.starts) return;
      const cell = r.cells[n - 1]!.trim();
      if (/^[-\d.,]+$/.test(cell) && r.starts[n - 1]! + cell.length >= edge - 1) cut.add(`activeDisclosure.${spec.key}.${col}`);
    }
  });
  return cut;
}

/** A cell line's number ('17', '1,395', '4件'). */
const LINE_NUMBER = /^-?[\d.,]+\s*件?$/;

/**
 * Table 二's header dumped a word a line (plain `pdftotext`, `mutool draw -F txt` of a LibreOffice print of a Word table
 * wider than the page: '信息内容' / '本年新制作数量' / '本年新公开数量' / '规章' / '17' / '11' / '1'): a run of lines each a
 * column word whole, naming the block's first columns only, then at once the small table's row labels, each followed by
 * its numbers. The columns past the named ones are cut at the page's edge: a number printed there is the start of a cut
 * one ('1' of 15, '4' of 4572: trust45 cut-width-variants held out, read at 0.95); so is the column whose word shows in
 * part after the run (a number there may be whole or cut). Their keys (row and column). A header word wrapped over lines
 * ends the run short of a row label: nothing is cut.
 */
function cellLineCutKeys(lines: readonly Line[], specs: readonly RowSpec[]): Set<string> {
  const cut = new Set<string>();
  const one = lines.map((l) => (l.cells.length <= 1 && l.source.table === undefined && !l.ocr ? (l.cells[0] ?? '').trim() : null));
  for (let i = 0; i < lines.length; i++) {
    if (one[i] === null || wholeWordKey(one[i]!) === null) continue;
    let before = i - 1;
    while (before >= 0 && one[before] === '') before--;
    if (before >= 0 && one[before] !== null && wholeWordKey(one[before]!) !== null) continue;
    const named: string[] = [];
    let j = i;
    for (; j < lines.length && one[j] !== null; j++) {
      if (one[j] === '') continue;
      const k = wholeWordKey(one[j]!);
      if (k === null) break;
      named.push(k);
    }
    // The next column's word cut to a piece ('对外公开' of 对外公开总数量, '处理决' of 处理决定数量): its numbers may be cut
    // too ('1' of 16, '95' of 958), whole or not nothing in a line of its own tells.
    if (j < lines.length && one[j] !== null && cutWordKeys(one[j]!).length > 0) j++;
    const keys: string[] = [];
    for (; j < lines.length && one[j] !== null; j++) {
      if (one[j] === '' || LINE_NUMBER.test(one[j]!)) continue;
      const spec = rowSpecOf(lines[j]!, specs);
      if (!spec) break;
      if (named.some((k, n) => spec.columns[n] !== k)) {
        keys.length = 0;
        break;
      }
      for (const col of spec.columns.slice(named.length)) keys.push(`activeDisclosure.${spec.key}.${col}`);
    }
    for (const k of keys) cut.add(k);
    i = Math.max(i, j - 1);
  }
  return cut;
}

/** A row's value whose cell the cut tells (a row reading that left it open, or read another value, is replaced). */
function placePrinted(c: PrintedCell, fields: Map<string, SolvedField>, placements: Map<string, unknown>): void {
  const had = fields.get(c.key);
  if (had && had.value === c.value && !had.flags.includes('ambiguous')) return;
  fields.set(c.key, { value: c.value, flags: [] });
  const row = { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0 };
  placements.set(c.key, { by: 'label', labelScore: 1, source: c.line.source, row });
}

/**
 * Leaves table 二's fields of a column cut at the page's edge (`edgeBlankColumns`) missing where they
 * were read as blank zeros, and numbers cut at the edge (`textCutValueKeys`) whatever they were read as
 * (in place). The warning, or null when no column is so.
 */
export function dropEdgeBlankColumns(lines: readonly Line[] | null, fields: Map<string, SolvedField>, placements: Map<string, unknown>, specs: readonly RowSpec[] = []): Warning | null {
  const cut = lines ? edgeBlankColumns(lines) : new Set<string>();
  const printed: PrintedCell[] = [];
  const cutKeys = lines ? textCutKeys(lines, specs, printed) : new Set<string>();
  for (const c of printed) placePrinted(c, fields, placements);
  const cutValues = lines ? textCutValueKeys(lines, specs) : new Set<string>();
  if (lines) for (const k of cellLineCutKeys(lines, specs)) cutValues.add(k);
  for (const k of cutValues) cutKeys.add(k);
  if (cut.size === 0 && cutKeys.size === 0) return null;
  const gone: string[] = [];
  for (const [key, f] of fields) {
    if (!key.startsWith('activeDisclosure.') || !(cut.has(key.slice(key.lastIndexOf('.') + 1)) || cutKeys.has(key))) continue;
    // (A cell off the page a row reading left open between its printed values is missing too: none of them is its.)
    const open = cutKeys.has(key) && f.value === null && f.flags.includes('ambiguous');
    if (!cutValues.has(key) && !open && (f.value !== 0 || !f.flags.includes('blank'))) continue;
    fields.delete(key);
    placements.delete(key);
    gone.push(key);
  }
  if (gone.length === 0) return null;
  return {
    code: 'column_clipped',
    message: `table activeDisclosure's ${[...cut, ...new Set([...cutKeys].map((k) => k.slice(k.lastIndexOf('.') + 1)))].join(' / ')} column is cut at the page's edge (its header word shows in part or not at all, no row prints a cell in it, or the number printed reaches the edge): ${gone.join(', ')} missing, not blank zeros`,
    keys: ['activeDisclosure'],
  };
}

/** A plain count (table 二's cells under a header cut at the page's edge). */
const PLAIN = /^\d+$/;

/**
 * Table 二 cut at the page's edge before its last columns (LibreOffice prints a wide layout table at the
 * page's width: '信息内容 本年制发件数 本年废止件数' with 现行有效件数 wholly past the edge): a ruled header
 * line naming whole a run of a row's first columns, fewer than the row has, and the row's line under it
 * in its table printing exactly one plain number per named column. Read so where the solver left the
 * row ambiguous (a row short of a value, the gap anywhere): each number in the column its header cell
 * names, the columns not printed missing; the order is the grid's, not confirmed by any identity (table
 * 二 has none): capped (`markOrderUnconfirmed`). The warning, or null when no row is so.
 */
export function readCutActiveRows(lines: readonly Line[] | null, rows: readonly RowSpec[], fields: Map<string, SolvedField>, placements: Map<string, Placement>): Warning | null {
  if (!lines) return null;
  const read: string[] = [];
  lines.forEach((h, i) => {
    const n = h.cells.length;
    if (n < 2 || h.source.table === undefined || h.ocr) return;
    const keys = h.cells.slice(1).map(wholeWordKey);
    if (keys.some((k) => k === null)) return;
    for (let j = i + 1; j < lines.length && sameTable(h, lines[j]!) && lines[j]!.cells.length === n; j++) {
      const line = lines[j]!;
      const label = normalizeLabel(line.cells[0]!);
      const spec = rows.find((s) => s.labels.some((l) => label.startsWith(l)));
      if (!spec || line.ocr || !line.cells.slice(1).every((c) => PLAIN.test(c.trim()))) continue;
      if (keys.length >= spec.columns.length || !keys.every((k, c) => spec.columns[c] === k)) continue;
      const prefix = `activeDisclosure.${spec.key}.`;
      if (!spec.columns.every((c) => fields.get(prefix + c)?.flags.includes('ambiguous') ?? true)) continue;
      keys.forEach((k, c) => fields.set(prefix + k, { value: Number(line.cells[c + 1]!.trim()), flags: [] }));
      for (const c of spec.columns.slice(keys.length)) {
        fields.delete(prefix + c);
        placements.delete(prefix + c);
      }
      markOrderUnconfirmed(prefix, placements);
      read.push(spec.key);
    }
  });
  if (read.length === 0) return null;
  return {
    code: 'column_clipped',
    message: `table activeDisclosure's rows ${read.join(', ')} print fewer columns than the template's, under a header naming their first columns whole (the rest cut off the page by the printer): each value read in the column its header names, the columns not printed missing; below 0.9 (no identity confirms table 二's columns)`,
    keys: ['activeDisclosure'],
  };
}
