/**
 * @file Columns of a space-aligned table whose rows leave whole columns empty, read under the spans
 * of its header words (`pdftotext -layout` / `-fixed N` of a report printing zeros blank: 商业企业,
 * 科研机构 and 法律服务机构 empty in every row, so the rows give 4 anchors for the header's 7 columns).
 * pdftotext rounds every line on its own and pushes a number right of its neighbour ('2639 445'):
 * a number centred under '自然人' may end up nearer '商业企' than its own word, so no single placement
 * can be read from the offsets. Each number may be in any column whose header span (the word's
 * pieces on all header lines chained by overlap, '商业企' / '业') it sits on or near (SPAN_TOLERANCE),
 * in either column beside the gap it sits in when it is near none, and — one space after the number
 * before it, where pdftotext may have pushed it — in the column left of those. A row's readings are the left-to-right assignments of its numbers to such columns;
 * a cell every reading fills alike (a number, or empty) is placed, a cell they read differently is
 * unread (the identities derive it or it stays missing): which column a number is in is never guessed.
 */
import type { Measure } from './wrapped-rows.js';
import { displayWidth, position, type Num, type Row } from './aligned-columns.js';
import { maxOf, minOf } from '../_internal/extremes.js';
import { tick } from '../_internal/work-budget.js';
import { REQUEST_COLUMNS } from '../template/index.js';

/** Cells. How far a number's centre may lie outside its column's header span (pdftotext's rounding and pushing). */
const SPAN_TOLERANCE = 2;
/** Cells. How far left of the rows' first numbers a header piece may start and still head a number column. */
const START_TOLERANCE = 2;
/**
 * Column counts of the template's tables with value columns side by side: 二's 本年制发/废止/现行有效
 * (3), 三 (7), 四 (15; 10 and 5 when 行政复议 and 行政诉讼 print as two tables). A header chaining into
 * any other count has lost or split a column (a page cutting a wide table: 9 for 7) and places nothing.
 */
const TEMPLATE_COLUMNS = new Set([3, 5, 7, 10, 15]);
/** Most readings of one row before it is left unplaced (C(7, 3) = 35 for a row of table 三). */
const MAX_READINGS = 64;

/** A header column: the span its pieces cover under one measure (hi exclusive). */
export interface Span {
  lo: number;
  hi: number;
  line: number;
  text: string;
}

/** The runs of non-space text of a header line with their spans under measure `m`. */
export function spansOf(raw: string, line: number, m: Measure): Span[] {
  return [...raw.matchAll(/\S+/g)].map((t) => {
    const lo = m === 'chars' ? t.index! : displayWidth(raw.slice(0, t.index));
    return { line, lo, hi: lo + (m === 'chars' ? t[0].length : displayWidth(t[0])), text: t[0] };
  });
}

const measured = (s: string, m: Measure): number => (m === 'chars' ? s.length : displayWidth(s));
const overlaps = (a: Span, b: Span): boolean => a.lo < b.hi && b.lo < a.hi;

/**
 * The header's columns under `m`: pieces starting right of `from`, a group word (a piece over two or
 * more pieces of another line, '法人或其他组织') left out, the rest chained by overlap into columns.
 */
function columnsOf(header: readonly string[], from: number, m: Measure): Span[] {
  const spans = header.flatMap((raw, i) => spansOf(raw, i, m)).filter((p) => p.lo >= from - START_TOLERANCE);
  return chained(spans.filter((p) => !header.some((_, i) => i !== p.line && spans.filter((q) => q.line === i && overlaps(p, q)).length >= 2)));
}

/** Header pieces chained by overlap or touch into columns, left to right. */
function chained(pieces: readonly Span[]): Span[] {
  const columns: Span[] = [];
  for (const p of [...pieces].sort((a, b) => a.lo - b.lo)) {
    const c = columns.at(-1);
    // Touching counts: a wrapped piece starting where the word above ends ('科研机' / '构') is its column's.
    if (c && p.lo <= c.hi) c.hi = Math.max(c.hi, p.hi);
    else columns.push({ ...p });
  }
  return columns;
}

/** The columns number `n` (after `prev` on its row, if any) may be in under `m`, left to right. */
function columnsFor(n: Num, prev: Num | undefined, columns: readonly Span[], m: Measure): number[] {
  const c = position(n, m, 'centre');
  const within = columns.flatMap((s, j) => (c >= s.lo - SPAN_TOLERANCE && c <= s.hi + SPAN_TOLERANCE ? [j] : []));
  // Between two columns' spans (pdftotext pushed it, or its header word): either of them.
  const after = columns.findIndex((s) => s.lo > c);
  const near = within.length > 0 ? within : after < 0 ? [columns.length - 1] : after === 0 ? [0] : [after - 1, after];
  // One space after the number before it: pdftotext may have pushed it right of its own column.
  const pushed = prev !== undefined && n.start[m] - prev.end[m] <= 1 && near.length > 0 && near[0]! > 0;
  return pushed ? [near[0]! - 1, ...near] : near;
}

/** The left-to-right assignments of a row's numbers to columns (each number's column from `options`), at most MAX_READINGS + 1. */
export function assignments(options: readonly number[][]): number[][] {
  const out: number[][] = [];
  const walk = (i: number, after: number, at: number[]): void => {
    tick();
    if (out.length > MAX_READINGS) return;
    if (i === options.length) {
      out.push([...at]);
      return;
    }
    for (const j of options[i]!) {
      if (j <= after) continue;
      at.push(j);
      walk(i + 1, j, at);
      at.pop();
    }
  };
  walk(0, -1, []);
  return out;
}

/**
 * The start (plus START_TOLERANCE, as `columnsOf` takes it) of the leftmost header piece under `m`
 * that starts left of the rows' numbers (`from`) and has some row's number centred under it, or null.
 */
function coveringStart(header: readonly string[], valued: readonly Row[], from: number, m: Measure): number | null {
  const centres = valued.flatMap((r) => r.nums.map((n) => position(n, m, 'centre')));
  const covering = header.flatMap((raw, i) => spansOf(raw, i, m)).filter((p) => p.lo < from - START_TOLERANCE && centres.some((c) => c >= p.lo && c < p.hi));
  return covering.length === 0 ? null : minOf(covering.map((p) => p.lo)) + START_TOLERANCE;
}

/** A row's cells by the header's spans: its number or '' where every reading agrees, null where they differ. */
export type SpanCells = (string | null)[];

/** A row of two numbers or more whose last is the sum of the others (its 总计, in table 三). */
export const sumsOthers = (row: Row): boolean => row.nums.length >= 2 && row.nums.slice(0, -1).reduce((a, n) => a + Number(n.text), 0) === Number(row.nums.at(-1)!.text);

/** Each row's readings under measure `m` (line index → assignments), or null when some row has none or too many. */
function readingsUnder(valued: readonly Row[], columns: readonly Span[], m: Measure): Map<number, number[][]> | null {
  const out = new Map<number, number[][]>();
  for (const r of valued) {
    const all = assignments(r.nums.map((n, i) => columnsFor(n, r.nums[i - 1], columns, m)));
    // Table 三: a row whose last number sums the others prints it under 总计 (header-bands bandCells does so too).
    const found = columns.length === REQUEST_COLUMNS.length && sumsOthers(r) ? all.filter((at) => at.at(-1) === REQUEST_COLUMNS.length - 1) : all;
    if (found.length === 0 || found.length > MAX_READINGS) return null;
    out.set(r.index, found);
  }
  return out;
}

/**
 * The cells of a table's rows (line index → one cell per header column) read under its header's spans,
 * when the header has more columns than the widest row prints and every number of every row sits in
 * some column left to right, under one of `measures` (those the rows' numbers line up by) or both
 * (both: their readings together); null otherwise.
 */
export function headerSpanCells(rows: readonly Row[], header: readonly string[], measures: readonly Measure[] = ['chars', 'width']): { k: number; cells: Map<number, SpanCells> } | null {
  const valued = rows.filter((r) => r.nums.length > 0);
  if (header.length === 0 || valued.length === 0) return null;
  const widest = maxOf(valued.map((r) => r.nums.length));
  const fits: { k: number; under: Map<number, number[][]> }[] = [];
  // Column counts of the measures whose header columns the rows' numbers do not fit.
  const misfits: number[] = [];
  for (const m of measures) {
    const from = minOf(valued.map((r) => r.nums[0]!.start[m]));
    // Header text right of every row's label but left of every number ('自然人' over a column printed
    // blank in every row, pdftotext -fixed N): a column the spans would lose — not read by them.
    const labelsEnd = maxOf(valued.map((r) => measured(r.raw.slice(0, r.labelEnd).trimEnd(), m)));
    if (header.some((raw, i) => spansOf(raw, i, m).some((p) => p.lo >= labelsEnd && p.lo < from - START_TOLERANCE))) continue;
    // A header word starting left of the rows' numbers (not taken as a column) with a number under it:
    // the header's columns from that word on, which the rows do not fit (two numbers under one word, or a
    // number under no column) — read as such below.
    const over = coveringStart(header, valued, from, m);
    const columns = columnsOf(header, over ?? from, m);
    if (columns.length <= widest || !TEMPLATE_COLUMNS.has(columns.length)) continue;
    const under = over === null ? readingsUnder(valued, columns, m) : null;
    if (under) fits.push({ k: columns.length, under });
    else misfits.push(columns.length);
  }
  if (fits.length === 0) return null;
  // Under the measure the dump did not pad by, pieces of different header lines overlap and two columns
  // chain into one: the measure finding more columns is the dump's; both alike, their readings together.
  const k = maxOf(fits.map((f) => f.k));
  // A measure the rows may be padded by finds as many columns and the rows' numbers do not fit them
  // (two numbers of a row under one header word): the rows are not laid out under the header, and
  // the other measure's fit is chance — a narrow page's rows ('规范性文件     10   15', cells 3 spaces
  // apart) under a header padded wide, whose words counted in characters sit 9 apart, one number
  // each; in display columns both numbers sit under '本年新制作数量'. Which cell is empty is not said.
  if (misfits.includes(k)) return null;
  return { k, cells: agreedCells(valued, k, fits.filter((x) => x.k === k)) };
}

/**
 * A cell of the readings of one row: what every reading puts there (a number, or '' empty); where they differ, null — but '0'
 * where every reading leaves it empty or puts a zero there: a lone '0' reaching two columns (其他 / 总计 packed one space
 * apart) reads 0 in both, the one it is in and the one it leaves blank, whichever that is (fresh51 b03, the 总计 column
 * printing 0 beside blank cells: every row of table 三 unread, the table missing).
 */
export function agreedCell(read: readonly (readonly string[])[], j: number): string | null {
  const cell = read[0]![j]!;
  if (read.every((x) => x[j] === cell)) return cell;
  return read.every((x) => x[j] === '' || /^0+$/.test(x[j]!)) ? '0' : null;
}

/** Each row's cells every reading of every fit fills alike (a number, or '' empty; agreedCell); null where they differ. */
function agreedCells(valued: readonly Row[], k: number, fits: readonly { under: Map<number, number[][]> }[]): Map<number, SpanCells> {
  const readings = new Map<number, number[][]>();
  for (const f of fits) for (const [i, found] of f.under) readings.set(i, [...(readings.get(i) ?? []), ...found]);
  const cells = new Map<number, SpanCells>();
  for (const r of valued) {
    const read = readings.get(r.index)!.map((at) => {
      const row = Array.from({ length: k }, () => '');
      at.forEach((j, i) => (row[j] = r.nums[i]!.text));
      return row;
    });
    cells.set(r.index, read[0]!.map((_, j) => agreedCell(read, j)));
  }
  return cells;
}

/** Table 四's cells, as its one row prints them side by side (行政复议 5, 行政诉讼 2 × 5). */
export const REVIEW_COLUMNS = 15;
/**
 * Characters of table 四's column words (结果维持, 结果纠正, 其他结果, 尚未审结, 总计 / 合计), however
 * a narrow cell wraps them ('结果维' / '持', one character a line). A piece holding any other character
 * is a group word (行政复议, 未经复议直接起诉, 复议后起诉) or the note beside the table, not a column.
 */
const REVIEW_WORD = /^[结果维持纠正其他尚未审总合计]+$/u;

/**
 * The cells of table 四's one row printed without a label and with its zeros blank (`pdftotext
 * -layout` / `-fixed N`: '1 1 2 6 6' for 15 cells; its header stacked, 行政复议's words on lines
 * above 行政诉讼's), read under the spans of the header's column words on all lines above it: only
 * when they chain into exactly 15 columns and every number sits within them, under one measure or
 * both agreeing (as headerSpanCells); a cell the readings fill differently is null (unread). Null
 * when the header does not place the row.
 */
export function reviewRowCells(row: Row, header: readonly string[], measures: readonly Measure[] = ['chars', 'width']): SpanCells | null {
  if (row.label !== '' || row.nums.length === 0 || row.nums.length >= REVIEW_COLUMNS) return null;
  const fits: { under: Map<number, number[][]> }[] = [];
  for (const m of measures) {
    const pieces = header.flatMap((raw, i) => spansOf(raw, i, m)).filter((p) => REVIEW_WORD.test(p.text));
    const columns = chained(pieces);
    // Two words of one line chained into one column: the pieces do not line up under this measure
    // (not the dump's: CJK counted twice, '尚未审' running into '总'), its 15 columns are chance.
    const at = pieces.map((p) => `${columns.findIndex((c) => p.lo >= c.lo && p.lo < c.hi)}:${p.line}`);
    if (columns.length !== REVIEW_COLUMNS || new Set(at).size < at.length) continue;
    // A token with a leading zero ('07' for 0 | 7), or tokens as wide as the columns are apart (-fixed 9
    // squeezing them: '1   6 0 07') whose digits split would fill every cell: cells touching — the row
    // is left to the fused-number search, not placed whole in one column.
    const pitch = minOf(columns.slice(1).map((c, j) => c.lo - columns[j]!.lo));
    const wide = row.nums.filter((n) => n.end[m] - n.start[m] >= pitch);
    const splits = wide.reduce((sum, n) => sum + n.text.replace(/[^0-9０-９]/gu, '').length - 1, 0);
    if (row.nums.some((n) => /^[0０][0-9０-９]/u.test(n.text)) || row.nums.length + splits >= REVIEW_COLUMNS) return null;
    const inside = (n: Num): boolean => position(n, m, 'centre') >= columns[0]!.lo - SPAN_TOLERANCE && position(n, m, 'centre') <= columns.at(-1)!.hi + SPAN_TOLERANCE;
    const under = row.nums.every(inside) ? readingsUnder([row], columns, m) : null;
    // A measure whose 15 columns the row does not fit: the row is not laid out under the header.
    if (!under) return null;
    fits.push({ under });
  }
  return fits.length === 0 ? null : agreedCells([row], REVIEW_COLUMNS, fits).get(row.index)!;
}
