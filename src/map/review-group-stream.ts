/**
 * @file Table 四 printed one row per group (行政复议, 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）as row
 * labels under one header row of the five results) and dumped by a layout analyser (pdfminer) as label and value
 * boxes: the group labels piled, then their rows' cells — row by row or column by column (Chromium A5 through
 * `pdf2txt`: '行政复议 / …直接起诉 / …复议后起诉 / 0 3 1 0 1 0 6 0 0 …', each result's three cells together).
 * Each run of k labels followed by 5k values is read both ways; the groups' own totals choose (tied readings:
 * where both hold, the fields stay ambiguous). The labels name the groups, so their order is theirs.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import { minOf } from '../_internal/extremes.js';
import type { TableRow } from '../tables/build-rows.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import { REVIEW_COLUMNS, REVIEW_COLUMN_WORDS, REVIEW_GROUP_WORDS, REVIEW_GROUPS } from '../template/review.js';

const CELLS = REVIEW_COLUMNS.length;
const bare = (text: string): string => normalizeLabel(text).replace(/\s+/g, '');

/** Where a text names the groups, in printed order. */
function groupHits(text: string): { at: number; g: string }[] {
  const hits: { at: number; g: string }[] = [];
  for (const [w, g] of REVIEW_GROUP_WORDS) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) hits.push({ at, g });
  return hits.sort((a, b) => a.at - b.at);
}
const groupsNamed = (text: string): string[] => groupHits(text).map((h) => h.g);

/** The first place a result word (结果维持 … or 维持) is printed in `text` (Infinity: none). */
const firstResult = (text: string): number => minOf([...REVIEW_COLUMN_WORDS.map(([w]) => w), '维持'].map((w) => text.indexOf(w)).filter((i) => i >= 0));

/** The section's lines print the result header before any group word (the section heading, '…行政复议、行政诉讼情况', aside). */
function resultsFirst(lines: readonly string[]): boolean {
  const text = bare(lines.filter((l) => !HEADING.test(bare(l)) && !NOTE.test(bare(l))).join(''));
  const group = groupHits(text)[0]?.at ?? Infinity;
  return firstResult(text) < group;
}
const HEADING = /^[四4][、.．]|情况$/;

type Run = { groups: string[]; values: ValueToken[] };

/**
 * The values in runs, each after the group labels piled before it; a table printing all its values before its three
 * labels (Chromium A5 with a caption row through `pdf2txt`: '结果维持 … 总计 / 0 0 2 0 4 … / 行政复议 / …') is one run
 * named by the section's lines after its last digits (a header printing the groups above the values names none:
 * repro tight-aligned-columns-pdf, its header lines out of order). null when the groups are not each named once.
 */
function labelRuns(valueRows: readonly TableRow[], lines: readonly string[]): Run[] | null {
  const once = (gs: readonly string[]): boolean => gs.length === REVIEW_GROUPS.length && new Set(gs).size === gs.length;
  const named = groupsNamed(bare(valueRows.map((r) => `${r.pending}${r.label}`).join('')));
  if (named.length === 0) {
    // The labels printed after every value: named on the lines after the last line holding a digit.
    const table = lines.filter((l) => !HEADING.test(bare(l)) && !NOTE.test(bare(l)));
    const lastDigits = table.reduce((at, l, i) => (/\d/.test(l) ? i : at), -1);
    const after = groupsNamed(bare(table.slice(lastDigits + 1).join('')));
    return once(after) ? [{ groups: after, values: valueRows.flatMap((r) => r.values) }] : null;
  }
  if (!once(named)) return null;
  const runs: Run[] = [];
  for (const r of valueRows) {
    const gs = groupsNamed(bare(`${r.pending}${r.label}`));
    if (gs.length > 0) runs.push({ groups: gs, values: [] });
    if (runs.length === 0) return null;
    for (const v of r.values) runs[runs.length - 1]!.values.push(v);
  }
  return runs;
}
/** A footnote under the table ('注：行政复议、行政诉讼案件数以结案时间统计'). */
const NOTE = /^注[:：]/;

/**
 * The ways to read `valueRows`' values into the template's 15 keys when the table prints one row per group (its
 * result header before the first group label, each group named once): every run of k ≥ 2 labels read row by row
 * and column by column. null when the table is not so printed or its runs do not hold 5 values per label.
 */
export function groupRowWays(valueRows: readonly TableRow[], lines: readonly string[]): ValueToken[][] | null {
  const runs = labelRuns(valueRows, lines);
  if (!runs || !resultsFirst(lines)) return null;
  if (!runs.every((s) => s.values.length === s.groups.length * CELLS)) return null;
  let ways: ValueToken[][] = [Array.from({ length: REVIEW_GROUPS.length * CELLS })];
  for (const run of runs) {
    const k = run.groups.length;
    const place = (way: ValueToken[], byColumn: boolean): ValueToken[] => {
      const out = [...way];
      run.values.forEach((v, i) => {
        const [row, col] = byColumn ? [i % k, Math.floor(i / k)] : [Math.floor(i / CELLS), i % CELLS];
        out[REVIEW_GROUPS.indexOf(run.groups[row] as (typeof REVIEW_GROUPS)[number]) * CELLS + col] = v;
      });
      return out;
    };
    ways = ways.flatMap((w) => (k > 1 ? [place(w, false), place(w, true)] : [place(w, false)]));
  }
  return ways.length > 1 ? ways : null;
}
