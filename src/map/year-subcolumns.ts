/**
 * @file Table 三 printed with every column split into two sub-columns, this year's and last year's
 * (本年 / 上年, or the years: 2024年 / 2023年), in either order: its rows print fourteen values, and
 * both halves hold the table's identities (last year's table is a table too), so the values alone do
 * not say which half is this year's. The header does: its year words, read in order, name each
 * sub-column — fourteen, every pair printed alike. The other year's sub-columns are then dropped from
 * the lines (as map/subtotal-column drops a column the template lacks) when the seven kept hold the
 * rows' sums (总计 = the other six) on most rows. Where the header does not say it (no year words,
 * fewer than fourteen, pairs printed unalike, years that are not the report's and the one before, or
 * no report year) nothing is dropped: the rows read as printed, low.
 */
import type { Line, Warning } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { minOf } from '../_internal/extremes.js';
import { REQUEST_LEAVES } from './header-words.js';
import { dropColumns, rowHolds, runsOf } from './subtotal-column.js';

/** Sub-columns a row prints: two per template column. */
const PAIRS = REQUEST_LEAVES.length;
const WIDTH = 2 * PAIRS;
/** Share of the value runs that must print WIDTH values, and runs needed (as map/subtotal-column). */
const RUN_SHARE = 0.8;
const MIN_RUNS = 3;
/** Share of the informative runs whose kept seven must hold the row's sum (a printed-wrong total or two tolerated). */
const ROW_SHARE = 0.85;

const CUR = /^(?:本年|今年|本年度)(?:数|数据|数量)?$/;
const PREV = /^(?:上年|去年|上年度|上一年)(?:数|数据|数量|同期)?$/;
const YEAR = /^((?:19|20)\d\d)年度?(?:数|数据)?$/;

/** Which year a header word names: this year's, last year's, or none (null). */
function yearOf(word: string, year: number | null): 'cur' | 'prev' | null {
  if (CUR.test(word)) return 'cur';
  if (PREV.test(word)) return 'prev';
  const m = YEAR.exec(word);
  if (!m || year === null) return null;
  return Number(m[1]) === year ? 'cur' : Number(m[1]) === year - 1 ? 'prev' : null;
}

/** Table 三's lines with last year's sub-columns left out, and the header words that placed them. */
export interface YearSubcolumns { lines: Line[]; words: string[]; curFirst: boolean }

/** The year sub-columns of table 三's lines when the header names every one and the kept half holds the rows' sums; null otherwise. */
export function findYearSubcolumns(lines: readonly Line[] | null, year: number | null): YearSubcolumns | null {
  if (!lines) return null;
  const runs = runsOf(lines);
  const wide = runs.filter((r) => r.length === WIDTH);
  if (wide.length < MIN_RUNS || wide.length < RUN_SHARE * runs.length) return null;
  const first = minOf(wide.map((r) => r[0]!.line));
  const marks = lines.slice(0, first).flatMap((l) => l.cells.map((c) => normalizeLabel(c))).flatMap((w) => {
    const y = yearOf(w, year);
    return y ? [{ w, y }] : [];
  });
  if (marks.length !== WIDTH || marks[0]!.y === marks[1]!.y) return null;
  if (!marks.every((m, i) => m.y === marks[i % 2]!.y)) return null;
  const keep = marks[0]!.y === 'cur' ? 0 : 1;
  const kept = (r: readonly { value: number | null }[]): (number | null)[] => r.filter((_, i) => i % 2 === keep).map((c) => c.value);
  let informative = 0, holding = 0;
  for (const r of wide) {
    const k = kept(r);
    if (k.some((v) => v === null) || k.every((v) => v === 0)) continue;
    informative++;
    if (rowHolds(k as number[])) holding++;
  }
  if (informative < MIN_RUNS || holding < ROW_SHARE * informative) return null;
  const ats = [...Array(PAIRS).keys()].map((i) => 2 * i + 1 - keep);
  const prevWords = [...new Set(marks.filter((m) => m.y === 'prev').map((m) => m.w))];
  return { lines: dropColumns(lines, wide, ats, prevWords), words: [...new Set(marks.map((m) => m.w))], curFirst: keep === 0 };
}

/** The warning naming the sub-columns read and those left out. */
export function yearSubcolumnsWarning(table: string, found: YearSubcolumns): Warning {
  return {
    code: 'columns_extra',
    message: `table ${table} prints every column twice, as sub-columns headed ${found.words.map((w) => `'${w}'`).join(' / ')}: this year's (the ${found.curFirst ? 'first' : 'second'} of each pair, as the header names them) read, last year's left out of the fields`,
    keys: [table],
  };
}
