/**
 * @file Table 四 whose header cells print one character per line, dumped by a layout analyser (pdfminer) as one
 * text box per column, each holding its header word and the cell under it: '结 / 果 / 维 / 持 / 3 / 结 / 果 / 纠 / 正 /
 * 4 / … / 未经复议直接起诉 / 复议后起诉 / 总 / 计 / 9 / …'. Every value follows the result word it sits under, but
 * the boxes come in the analyser's order: the result columns of the three groups in printed order, their 总计
 * columns wherever their boxes fell (a group's 总计 after the next group's results). The k-th 结果维持 … 尚未审结 is
 * group k's; the three totals, in whatever order, must be the three groups' part sums (a printed total no group sums
 * to: no reading), each group's total its own sum. The groups' order is the boxes' (nothing but the layout confirms
 * it): every value is flagged `repaired` (below 0.9).
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { Candidate, Cell } from '../solve/types.js';
import { EPSILON } from '../solve/propagate.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';
import { REVIEW_COLUMN_WORDS, REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_KEYS } from '../template/review.js';

const GROUP = REVIEW_COLUMNS.length;
const TOTAL = GROUP - 1;
/** The result words (合计 printed for 总计), each with its column. */
const WORDS: readonly (readonly [string, number])[] = [...REVIEW_COLUMN_WORDS.map(([w, c]) => [w, REVIEW_COLUMNS.indexOf(c)] as const), ['合计', TOTAL]];

/** The column a run of header text ends with (its last result word, nothing after it), or -1. */
function endingColumn(text: string): number {
  for (const [w, c] of WORDS) if (text.endsWith(w)) return c;
  return -1;
}

/** The (column, value) pairs of `lines` when every value from the first result word on directly follows one; null otherwise. */
function labelPairs(lines: readonly string[]): [number, number][] | null {
  const pairs: [number, number][] = [];
  let text = ''; // the header text since the last value, its last characters only (a result word is 4)
  let worded = false; // a result word printed since the section's start
  for (const line of lines) {
    for (const token of line.trim().split(/\s+/)) {
      if (token === '') continue;
      const v = parseWholeValue(token);
      if (v?.kind !== 'num') {
        text = (text + normalizeLabel(token)).slice(-KEEP);
        worded ||= WORDS.some(([w]) => text.includes(w));
        continue;
      }
      const col = endingColumn(text);
      // Values before the first result word: a page's leftover cells of table 三 (the table's own start later).
      if (col < 0 && pairs.length === 0 && !worded) continue;
      if (col < 0 || pairs.length >= REVIEW_KEYS.length) return null;
      pairs.push([col, v.value]);
      text = '';
    }
  }
  return pairs.length === REVIEW_KEYS.length ? pairs : null;
}
/** chars. Header text kept before a value: the longest result word and some. */
const KEEP = 16;

/** True when the printed `totals` are the groups' part sums in some order (each total then is its group's sum). */
function totalsAreSums(sums: readonly number[], totals: readonly number[]): boolean {
  const a = [...sums].sort((x, y) => x - y);
  const b = [...totals].sort((x, y) => x - y);
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) < EPSILON);
}

/** The reading of table 四 from result words each followed by its cell (module comment), or null. */
export function labelPairReading(lines: readonly string[]): Candidate | null {
  const pairs = labelPairs(lines);
  if (!pairs) return null;
  const byColumn: number[][] = REVIEW_COLUMNS.map(() => []);
  for (const [col, v] of pairs) byColumn[col]!.push(v);
  if (!byColumn.every((vs) => vs.length === REVIEW_GROUPS.length)) return null;
  const sums = REVIEW_GROUPS.map((_, g) => byColumn.slice(0, TOTAL).reduce((s, vs) => s + vs[g]!, 0));
  if (!totalsAreSums(sums, byColumn[TOTAL]!)) return null;
  const cells: Cell[] = REVIEW_KEYS.map((_, i) => {
    const g = Math.floor(i / GROUP);
    const col = i % GROUP;
    return { value: col === TOTAL ? sums[g]! : byColumn[col]![g]!, flags: ['repaired'] };
  });
  return { cells, cost: 1 };
}
