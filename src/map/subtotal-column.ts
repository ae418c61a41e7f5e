/**
 * @file Table 三 printed with a column the template lacks (the mirror of map/absent-columns): a
 * subtotal of the five 法人或其他组织 sub-columns, headed 小计 (the group's first or last sub-column)
 * or 合计 (a column of its own before 总计). Its rows print eight values instead of seven; read as
 * they stand, every row is `repaired` (the solver chooses which seven of eight), and no value of
 * the table reaches 0.9. The printed column is found by the row arithmetic — dropping it leaves
 * rows whose 总计 is the sum of the other six, and it is that 总计 less 自然人 (their places as the
 * header reads them, else the template's), on most rows —
 * among the positions the header names a subtotal word at (any position when it names none), and
 * only where every position that fits leaves the same seven values (the data determine them). A
 * row's values are its trailing value cells, blank label cells before them left out (a grid's empty
 * label columns are no zeros). The
 * column is then dropped from the lines before the table is read (the header's grid columns after
 * it shifted), so the rest of the map stage reads a template table; its printed values are kept as
 * an extra check per row (`subtotalChecks`): a row whose printed subtotal is not the sum of its
 * parts fails it, as a printed-but-wrong total does.
 *
 * Any other column the template lacks is found the same way, by its header word AND the arithmetic:
 * a header cell naming last year's numbers, a change, a rate, remarks or a part (上年数, 上年同期,
 * 同比增减, 增减, 增长率, 备注, 其中：网上申请 …) at the one place where dropping its values leaves
 * rows whose 总计 is the sum of the other six (its own values need not sum to anything). With no
 * such header word the column is not dropped (the rows read as printed, low).
 */
import type { Check } from '../schema/report.js';
import type { Line, SourceRef, Warning } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';
import { EPSILON } from '../solve/propagate.js';
import { memoByObject, memoByString } from '../_internal/memo.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';
import { headerBand, requestBandOrder } from './header-order.js';
import { REQUEST_GROUP, REQUEST_HEADER, REQUEST_LEAVES, SWAPPABLE_REQUEST } from './header-words.js';
import { minOf, pushAll } from '../_internal/extremes.js';

/** Words a subtotal column is headed by (合计 only beside a 总计: alone it heads the total, map/total-word). */
const SUBTOTAL_WORDS = ['小计', '合计'];
const TOTAL_WORD = '总计';
/**
 * Header words of an extra column that is no subtotal: last year's numbers (上年数, 上年同期, 去年),
 * a change or a rate (同比增减, 增减, 增长率, 环比), remarks (备注, 说明), a part of a column (其中：…).
 */
const OTHER_WORD = /^(?:上年|去年|上一年|同期)|同比|环比|增减|增长|增幅|比上年|备注|说明|附注|^其中/;
/** Words of a table's caption, not of a column's header ('上年度情况对比表', '2023年度数据'): map/earlier-copy reads those. */
const CAPTION_WORD = /表$|情况|数据|对比/;
/** A rate printed in a cell: a signed decimal and a percent sign. */
const PERCENT = /^[+-]?\d+(?:\.\d+)?[%％]$/;
/** Values a row prints with the subtotal column: the template's seven and one. */
const WIDTH = REQUEST_LEAVES.length + 1;
/** Sub-columns a subtotal sums (商业企业 … 其他). */
const SUBS = REQUEST_LEAVES.filter((k) => SWAPPABLE_REQUEST.has(k));
/** Share of the value runs that must print WIDTH values. */
const RUN_SHARE = 0.8;
/** Runs of WIDTH values the arithmetic needs. */
const MIN_RUNS = 3;
/** Share of the runs (those printing a number other than 0) whose remaining seven must sum (a printed-wrong total or two tolerated). */
const ROW_SHARE = 0.85;
/** Share of those runs whose dropped value must be the sum of the five sub-columns. */
const SUB_SHARE = 0.6;

/** One cell of a value run: the line (index into the lines) and the cell in it; `value` null for a not-applicable mark, 0 for a blank cell (`blank`). */
interface RunCell { line: number; cell: number; value: number | null; blank?: boolean }
/** A run of values printed for one row: consecutive lone-value lines, or a line's trailing value cells. */
export type Run = RunCell[];

/** A printed subtotal kept for its check: the row's lines' sources, the value printed, the row's other values. */
export interface PrintedSubtotal { sources: SourceRef[]; value: number | null; rest: (number | null)[] }

/** The subtotal column found: its place among a row's printed values, the lines without it, the values it printed. */
export interface SubtotalColumn { at: number; byHeader: boolean; lines: Line[]; printed: PrintedSubtotal[]; kind: ColumnKind['name']; words: string[] }

/**
 * A kind of extra column: its header words (given the lines and the first value run's line), and
 * whether its values are the sum of the five sub-columns (a subtotal) or need fit nothing.
 */
interface ColumnKind { name: 'subtotal' | 'other'; words: (lines: readonly Line[], first: number) => string[]; sums: boolean }

/**
 * What a cell prints: its number, null for a not-applicable mark, 'blank', or undefined for text.
 * Memoized: every cell of the request lines is read, and a table's cells repeat ('0', '1').
 */
const cellValue = memoByString((cell: string): number | null | 'blank' | undefined => {
  const t = parseWholeValue(cell);
  // A rate ('12.5%', '-3%': an extra column's) is a value of its run; it sums with no column of the template.
  if (!t) return PERCENT.test(cell.trim()) ? Number.parseFloat(cell.trim().replace(/^\+/, '')) : undefined;
  return t.kind === 'num' ? t.value : t.kind === 'na' ? null : 'blank';
});

/** A cell's value when it prints one (blank: 0 in a separated line; a not-applicable mark: null); undefined when it is text. */
function valueOf(cell: string, separated: boolean): number | null | undefined {
  const v = cellValue(cell);
  return v === 'blank' ? (separated ? 0 : undefined) : v;
}

/**
 * The value runs of the lines (see Run). Once per lines array (map/year-subcolumns asks first, then
 * findSubtotalColumn on the same lines); the runs are read, never changed.
 */
export const runsOf: (lines: readonly Line[]) => readonly Run[] = memoByObject(readRuns);

function readRuns(lines: readonly Line[]): Run[] {
  const runs: Run[] = [];
  let open: Run | null = null;
  lines.forEach((l, i) => {
    const vals = l.cells.map((c) => valueOf(c, l.separated));
    if (l.cells.length === 1 && vals[0] !== undefined && l.cells[0]!.trim() !== '') {
      (open ??= []).push({ line: i, cell: 0, value: vals[0]! });
      return;
    }
    if (open) runs.push(open);
    open = null;
    let k = vals.length;
    while (k > 0 && vals[k - 1] !== undefined) k--;
    // Blank label cells before the values (a grid's empty label columns: '（三）不予公开' under a blank first cell) are no values.
    while (vals.length - k > WIDTH && l.cells[k]!.trim() === '') k++;
    if (vals.length - k >= 2) runs.push(vals.slice(k).map((value, j) => ({ line: i, cell: k + j, value: value!, ...(l.cells[k + j]!.trim() === '' ? { blank: true } : {}) })));
  });
  if (open) runs.push(open);
  return runs;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const near = (a: number, b: number): boolean => Math.abs(a - b) <= EPSILON;

/** The seven values left when the value at `p` is dropped. */
const without = (vals: readonly (number | null)[], p: number): (number | null)[] => vals.filter((_, i) => i !== p);

/** The remaining seven sum: one of them (the total) is the sum of the other six. */
export function rowHolds(rest: readonly number[]): boolean {
  const s = sum(rest);
  return rest.some((t) => near(2 * t, s));
}

/** The leaf columns in printed order: as the header band reads them, else the template's. */
function printedOrder(lines: readonly Line[]): readonly string[] {
  const read = requestBandOrder(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES);
  return (read.find((r) => r.confirms) ?? read[0])?.order ?? REQUEST_LEAVES;
}

/** The subtotal words the header band prints (合计 only beside a 总计). */
function subtotalWords(lines: readonly Line[]): string[] {
  const band = normalizeLabel(headerBand(lines).join(''));
  return SUBTOTAL_WORDS.filter((w) => band.includes(w) && (w !== '合计' || band.includes(TOTAL_WORD)));
}

/**
 * Positions (0-based among a row's WIDTH values) a subtotal column can stand at when the header band
 * prints a subtotal word; null when it prints none. A flat header places the word among the leaves
 * (`flatPosition`); a header whose lines keep their cells at the rows' grid columns places it by its
 * cell (`gridPositions`: HTML, .docx, a pipe, box or tab dump keeping blank cells). A band read as
 * text does not place a word of the sub-columns' line against the leaves printed on another line
 * (自然人, 总计 spanning two header rows): it stands before the sub-columns or after them, at any
 * place from there to the row's end; which one the arithmetic decides.
 */
function headerPositions(lines: readonly Line[], order: readonly string[], wide: readonly Run[], words: readonly string[]): number[] | null {
  if (words.length === 0) return null;
  const flat = flatPosition(lines, words) ?? groupLinePosition(lines, words);
  if (flat !== null) return [flat];
  const grid = gridPositions(lines, wide, words);
  if (grid.length > 0) return grid;
  const subs = order.flatMap((k, i) => (SWAPPABLE_REQUEST.has(k) ? [i] : []));
  return [...Array(WIDTH).keys()].filter((p) => p <= subs[0]! || p > subs.at(-1)!);
}

/**
 * The positions among a row's values of the header cells naming a subtotal word, where the header
 * lines stand on the rows' grid: their cells' grid columns (HTML, .docx, a ruled PDF), or as many
 * cells as the row's line (blank cells kept). Read against the first run printed on one line.
 */
function gridPositions(lines: readonly Line[], wide: readonly Run[], words: readonly string[]): number[] {
  const run = wide.find((r) => r.every((c) => c.line === r[0]!.line));
  if (!run) return [];
  const ref = lines[run[0]!.line]!;
  const colOf = (l: Line, k: number): number | undefined => (l.cols && ref.cols ? l.cols[k] : !l.cols && !ref.cols && l.separated && l.cells.length === ref.cells.length ? k : undefined);
  const at = new Set<number>();
  for (const l of lines.slice(0, minOf(wide.map((r) => r[0]!.line)))) {
    l.cells.forEach((c, k) => {
      const col = words.includes(normalizeLabel(c)) ? colOf(l, k) : undefined;
      const p = col === undefined ? -1 : run.findIndex((rc) => (ref.cols?.[rc.cell] ?? rc.cell) === col);
      if (p >= 0) at.add(p);
    });
  }
  return [...at];
}

/** Header words of the leaf columns, longest first (其他 after the words that hold it). */
const LEAF_WORDS = REQUEST_HEADER.filter((w) => w[1] !== null).map((w) => w[0]).sort((a, b) => b.length - a.length);

/**
 * The subtotal word's place among the leaves when one band text — a line, or the band joined — names
 * every leaf and one subtotal word, each once, and no group word (a flat header: its order is the
 * columns' order); null otherwise.
 */
function flatPosition(lines: readonly Line[], words: readonly string[]): number | null {
  if (words.length !== 1) return null;
  const band = headerBand(lines).map((t) => normalizeLabel(t));
  for (const text of [...band, band.join('')]) {
    if (text.includes(REQUEST_GROUP)) continue;
    const found: { at: number; sub: boolean }[] = [];
    let masked = text;
    for (const w of [...LEAF_WORDS, ...words]) {
      const parts = masked.split(w);
      if (parts.length !== 2) break;
      found.push({ at: parts[0]!.length, sub: words.includes(w) });
      masked = parts.join('#'.repeat(w.length));
    }
    if (found.length === LEAF_WORDS.length + 1) return found.sort((a, b) => a.at - b.at).findIndex((f) => f.sub);
  }
  return null;
}

/** The header word of 自然人. */
const NATURAL_PERSON_WORD = REQUEST_HEADER.find((w) => w[1] === 'naturalPerson')![0];
/** Sub-column words (商业企业 … 其他): on the group's line they mean another shape. */
const SUB_WORDS = REQUEST_HEADER.filter((w) => w[1] !== null && SWAPPABLE_REQUEST.has(w[1])).map((w) => w[0]);

/**
 * The word's place among the leaves when one band line names the top row of a grouped header whole —
 * 自然人, 法人或其他组织 (its five sub-columns on the line below), 总计 and one of `words`, each once, no
 * sub-column word ('合计 | 自然人 | 法人或其他组织 | 总计': 合计 first) — the group standing for five leaves;
 * null otherwise.
 */
function groupLinePosition(lines: readonly Line[], words: readonly string[]): number | null {
  for (const text of headerBand(lines).map((t) => normalizeLabel(t))) {
    if (text.split(REQUEST_GROUP).length !== 2) continue;
    const rest = text.replace(REQUEST_GROUP, '#'.repeat(REQUEST_GROUP.length));
    if (SUB_WORDS.some((w) => rest.includes(w))) continue;
    const present = words.filter((w) => rest.split(w).length === 2);
    const tops = [NATURAL_PERSON_WORD, TOTAL_WORD];
    if (present.length !== 1 || !tops.every((w) => rest.split(w).length === 2)) continue;
    const at = (w: string): number => text.indexOf(w);
    const items = [...tops, REQUEST_GROUP, present[0]!].sort((a, b) => at(a) - at(b));
    const k = items.indexOf(present[0]!);
    return items.slice(0, k).reduce((n, w) => n + (w === REQUEST_GROUP ? SUB_WORDS.length : 1), 0);
  }
  return null;
}

/**
 * Whether dropping position `p` fits the runs: on most the remaining seven sum (the total the sum of
 * the other six), and on many the dropped value is the sum of the five sub-columns — the total less
 * 自然人, at their places in `order`.
 */
function fits(runs: readonly Run[], p: number, order: readonly string[], sums: boolean): boolean {
  const np = order.indexOf('naturalPerson');
  const total = order.indexOf('total');
  // (Rows printing 自然人 0 tell a subtotal from a second 总计 — 合计 repeating it — only when every row does.)
  let rows = 0, subs = 0, informative = 0, byNp = 0, npRows = 0;
  for (const r of runs) {
    const vals = r.map((c) => c.value);
    const rest = without(vals, p);
    const x = vals[p];
    // A mark, or a row of zeros (every reading holds): says nothing.
    if (x == null || rest.some((v) => v === null) || vals.every((v) => v === 0)) continue;
    informative++;
    // A blank cell is no printed subtotal (a blank label cell before a row's values, in a table without one); another extra column may print blanks.
    if (sums && r[p]!.blank) continue;
    const known = rest as number[];
    if (!rowHolds(known)) continue;
    rows++;
    const isSub = near(x, known[total]! - known[np]!);
    if (isSub) subs++;
    if (known[np] !== 0) {
      npRows++;
      if (isSub) byNp++;
    }
  }
  const subtotal = npRows > 0 ? byNp >= SUB_SHARE * npRows : subs >= SUB_SHARE * informative;
  return rows >= ROW_SHARE * informative && (!sums || subtotal) && (sums || informative >= MIN_RUNS);
}

const key = (s: SourceRef): string => `${s.page ?? ''}|${s.table ?? ''}|${s.row ?? ''}|${s.line ?? ''}`;

/**
 * The subtotal column of table 三's lines when the rows print one value more than the template's
 * seven and the data determine which one is the subtotal; null otherwise (the lines read as they are).
 */
export function findSubtotalColumn(lines: readonly Line[] | null): SubtotalColumn | null {
  if (!lines) return null;
  const runs = runsOf(lines);
  const wide = runs.filter((r) => r.length === WIDTH);
  if (wide.length < MIN_RUNS || wide.length < RUN_SHARE * runs.length) return null;
  const order = printedOrder(lines);
  const first = minOf(wide.map((r) => r[0]!.line));
  for (const kind of KINDS) {
    const words = kind.words(lines, first);
    const named = headerPositions(lines, order, wide, words);
    // A column that is no subtotal is dropped only where a header word names one.
    if (!kind.sums && named === null) continue;
    const fitting = (named ?? [...Array(WIDTH).keys()]).filter((p) => fits(wide, p, order, kind.sums));
    if (fitting.length === 0) continue;
    // A header word does not place a column that is no subtotal for sure (a delimited dump's sub-header loses its
    // cells' places: 上年同期 at the group's edge): every place the rows fit must leave the same seven values.
    if (!kind.sums) pushAll(fitting, [...Array(WIDTH).keys()].filter((p) => !fitting.includes(p) && fits(wide, p, order, false)));
    // Every fitting position must leave the same seven values on every row (equal columns: either is the subtotal),
    // or print the same values as the one the header places (合计 first repeating 总计 last: dropping either leaves the
    // row's values, the one the header names is dropped).
    const placed = named?.length === 1 && fitting.includes(named[0]!) ? named[0]! : null;
    const values = (r: Run, p: number): string => without(r.map((c) => c.value), p).join();
    const same = wide.every((r) => fitting.every((p) => values(r, p) === values(r, fitting[0]!)));
    const repeats = placed !== null && fitting.every((p) => wide.every((r) => r[p]!.value === r[placed]!.value && !r[p]!.blank === !r[placed]!.blank));
    if (!same && !repeats) return null;
    const at = repeats ? placed : fitting[0]!;
    // A column of blank cells only (a trailing empty cell of every row) prints nothing to leave out.
    if (!kind.sums && wide.every((r) => r[at]!.blank)) continue;
    return { at, byHeader: named !== null, lines: dropColumns(lines, wide, [at], words), printed: wide.map((r) => printedOf(lines, r, at)), kind: kind.name, words };
  }
  return null;
}

/** The header cells before the first value run (line `first`) naming a column that is no subtotal (OTHER_WORD), each once. */
function otherWords(lines: readonly Line[], first: number): string[] {
  const cells = lines.slice(0, first).flatMap((l) => l.cells.map((c) => normalizeLabel(c)));
  return [...new Set(cells.filter((c) => c.length <= 12 && OTHER_WORD.test(c) && !CAPTION_WORD.test(c)))];
}

/** The kinds tried, a subtotal first (its values confirm it). */
const KINDS: readonly ColumnKind[] = [
  { name: 'subtotal', words: (lines) => subtotalWords(lines), sums: true },
  // A subtotal word heading a column whose values are no subtotal (合计 printing 总计 again): another extra column.
  { name: 'other', words: (lines, first) => [...otherWords(lines, first), ...subtotalWords(lines)], sums: false },
];

function printedOf(lines: readonly Line[], r: Run, at: number): PrintedSubtotal {
  const sources = [...new Set(r.map((c) => c.line))].map((i) => lines[i]!.source);
  return { sources, value: r[at]!.value, rest: without(r.map((c) => c.value), at) };
}

/** The lines with the cells at `ats` of every wide run dropped (a lone-value line left out), grid columns after it shifted. */
export function dropColumns(lines: readonly Line[], wide: readonly Run[], ats: readonly number[], words: readonly string[]): Line[] {
  const drop = new Map<number, Set<number>>();
  for (const r of wide) {
    for (const at of ats) drop.set(r[at]!.line, (drop.get(r[at]!.line) ?? new Set()).add(r[at]!.cell));
  }
  // The grid column each dropped column stands in (HTML, .docx, a ruled PDF): cells there naming a word go too (a header repeated).
  const gridOf = (at: number): number | undefined => {
    const cols = new Set(wide.map((r) => lines[r[at]!.line]!.cols?.[r[at]!.cell]).filter((c): c is number => c !== undefined));
    return cols.size === 1 ? [...cols][0]! : undefined;
  };
  const grids = ats.map(gridOf).filter((g): g is number => g !== undefined);
  // Header cells before the first row that are only a subtotal word go too (a text header does not say which is
  // the column's; none names a leaf): a cell-per-line header of two 小计 lines read as a row's label otherwise.
  const first = minOf(wide.map((r) => r[0]!.line));
  const out: Line[] = [];
  lines.forEach((l, i) => {
    const cells = new Set(drop.get(i) ?? []);
    l.cells.forEach((c, k) => { if ((i < first || grids.includes(l.cols?.[k] ?? -1)) && words.includes(normalizeLabel(c))) cells.add(k); });
    if (cells.size === 0 && (grids.length === 0 || !l.cols)) return void out.push(l);
    if (cells.size === l.cells.length) return;
    out.push(withoutCells(l, cells, grids));
  });
  return out;
}

/** A line with some cells left out (their per-cell facts with them), its grid columns moved left over the dropped `grids`. */
function withoutCells(l: Line, cells: ReadonlySet<number>, grids: readonly number[]): Line {
  const keep = <T>(xs: readonly T[] | undefined): T[] | undefined => xs?.filter((_, k) => !cells.has(k));
  const out: Line = { ...l, cells: keep(l.cells)! };
  if (l.cols) out.cols = keep(l.cols)!.map((c) => c - grids.filter((g) => g < c).length);
  if (l.starts) out.starts = keep(l.starts)!;
  if (l.ocr) out.ocr = keep(l.ocr)!;
  if (l.fused) out.fused = l.fused.filter((k) => !cells.has(k)).map((k) => k - [...cells].filter((d) => d < k).length);
  return out;
}

/**
 * One check per row read from a run that printed a subtotal: the printed subtotal (`actual`) against
 * the sum of the row's five sub-columns as read (`expected`). The run is the row's when the row was
 * read from one of the run's lines and its seven values are the run's seven (in any order).
 */
export function subtotalChecks(table: string, found: SubtotalColumn, rows: readonly string[], fields: ReadonlyMap<string, SolvedField>, sourceOf: (key: string) => SourceRef | undefined): Check[] {
  const checks: Check[] = [];
  if (found.kind !== 'subtotal') return checks;
  for (const row of rows) {
    const src = sourceOf(`${table}.${row}.${REQUEST_LEAVES[0]}`);
    if (!src) continue;
    const p = found.printed.find((x) => x.sources.some((s) => key(s) === key(src)));
    const values = REQUEST_LEAVES.map((c) => fields.get(`${table}.${row}.${c}`)?.value);
    if (!p || p.value === null || values.some((v) => typeof v !== 'number')) continue;
    const sorted = (xs: readonly unknown[]): string => [...xs].map(Number).sort((a, b) => a - b).join();
    if (sorted(values) !== sorted(p.rest)) continue;
    const keys = SUBS.map((c) => `${table}.${row}.${c}`);
    const expected = sum(keys.map((k) => fields.get(k)!.value as number));
    checks.push({ id: `${table}.subtotal.${row}`, ok: near(expected, p.value), expected, actual: p.value, keys });
  }
  return checks;
}

/** The warning naming the column dropped and the rows whose printed subtotal is not the sum of their parts. */
export function subtotalWarning(table: string, found: SubtotalColumn, checks: readonly Check[]): Warning {
  if (found.kind !== 'subtotal') {
    return {
      code: 'columns_extra',
      message: `table ${table} prints a column the template does not have, headed ${found.words.map((w) => `'${w}'`).join(' / ')} (value ${found.at + 1} of ${WIDTH} in each row; its header names it there and the other seven values hold the rows' sums without it): left out of the fields`,
      keys: [table],
    };
  }
  const failed = checks.filter((c) => !c.ok).map((c) => c.id.slice(c.id.lastIndexOf('.') + 1));
  const how = found.byHeader ? 'its header names a subtotal (小计 / 合计) there and the rows\' arithmetic agrees' : 'the rows\' arithmetic places it (no header names it)';
  return {
    code: 'columns_extra',
    message: `table ${table} prints a subtotal column of the 法人或其他组织 sub-columns the template does not have (value ${found.at + 1} of ${WIDTH} in each row; ${how}): left out of the fields, kept as a check per row${failed.length ? `; the printed subtotal is not the sum of its parts in ${failed.join(', ')}` : ''}`,
    keys: [table, ...checks.filter((c) => !c.ok).flatMap((c) => c.keys)],
  };
}
