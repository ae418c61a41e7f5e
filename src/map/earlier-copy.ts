/**
 * @file A table printed twice, this year's and the previous year's for comparison ('与上年对比：
 * 2020年度（上年）情况：' then a second copy): the rows printed under a caption naming the previous
 * year are marked, so that the alignment takes the other copy when both fit equally well.
 */
import type { SourceRef } from '../model/document.js';
import type { TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { MIN_LABEL_SCORE, rowMatches } from './join-fragments.js';

/** A caption naming the previous year's figures, and one naming this year's (which ends the former's reach). */
const EARLIER_CAPTION = /上年|上一年|去年|前一年|往年/;
const CURRENT_CAPTION = /本年|今年|当年/;
/** A year a caption names ('2022年度情况'). */
const YEAR = /(20\d\d)\s*年/g;

/** Whether a caption names the previous year's figures (true), this year's (false), or neither (null); `year` is the report's. */
function captionYear(text: string, year: number | null): boolean | null {
  if (EARLIER_CAPTION.test(text)) return true;
  if (CURRENT_CAPTION.test(text)) return false;
  const years = year === null ? [] : [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  if (years.length === 0) return null;
  if (years.every((y) => y < year!)) return true;
  return years.includes(year!) ? false : null;
}

const sourceKey = (s: SourceRef): string => `${s.page ?? ''}:${s.table ?? ''}:${s.row ?? ''}:${s.line ?? ''}`;

/**
 * The sources of the rows printed under a caption naming the previous year (上年…, or only years
 * before the report's: '2022年度情况' in a 2023 report), up to a caption naming this year's. A
 * caption is a line without values whose label names no template row (so the row 二、上年结转… is
 * no caption, nor is prose that only compares a number with last year's inside a row).
 */
export function earlierRows(rows: readonly TableRow[], specs: readonly RowSpec[], year: number | null = null): (row: TableRow) => boolean {
  const earlier = new Set<string>();
  let under = false;
  for (const r of rows) {
    if (r.values.length === 0 && rowMatches(r, specs).best.every((m) => m.score < MIN_LABEL_SCORE)) {
      const said = captionYear(normalizeLabel(`${r.pending} ${r.label}`), year);
      if (said !== null) under = said;
    } else if (under) earlier.add(sourceKey(r.source));
  }
  return (row) => earlier.size > 0 && earlier.has(sourceKey(row.source));
}
