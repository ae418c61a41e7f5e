/**
 * @file The words of table 二's column headers, as printed. Besides the template's wording
 * (本年制发件数 本年废止件数 现行有效件数; 本年新制作数量 本年新公开数量 对外公开总数量) reports print
 * short forms ('制发件数', '废止', '现行有效', '新公开', '新制作', '公开总数', traditional '新公開') and
 * two-level headers ('本年' spanning '废止件数 | 制发件数' on the line below). Table 二 has no
 * identity, so its header is the only evidence of column order: every wording that names a column
 * is recognised, a '本年' group is filled with the sub-columns of the next header line, and a line
 * that reads as a header but names the columns in words not recognised is noted, so the rows under
 * it are capped instead of read in the template's order.
 */

import { normalizeLabel } from '../layout/normalize-text.js';
import { ACTIVE_COLUMN_WORDS_2019 as W2019, ACTIVE_COLUMN_WORDS_2021 as W2021 } from '../template/active.js';

/** Placeholder for a '本年' group cell whose sub-columns are on the next header line. */
export const GROUP = '@本年';

/** Column words of table 二 (both versions, normalized), the template's and short wordings, with their column key. */
export const ACTIVE_WORDS: readonly (readonly [string, string | null])[] = [
  [W2021.issued, 'issued'],
  ['制发件数', 'issued'],
  ['制发', 'issued'],
  [W2021.repealed, 'repealed'],
  ['废止件数', 'repealed'],
  ['废止', 'repealed'],
  [W2021.inForce, 'inForce'],
  ['现行有效', 'inForce'],
  [W2019.created, 'created'],
  ['新制作', 'created'],
  ['新製作', 'created'],
  [W2019.published, 'published'],
  ['新公开', 'published'],
  ['新公開', 'published'],
  [W2019.totalPublic, 'totalPublic'],
  ['公开总数', 'totalPublic'],
  ['公開總數', 'totalPublic'],
  [W2019.prevItems, 'prevItems'],
  [normalizeLabel(W2019.change), 'change'],
  [W2021.decisions, 'decisions'],
  [W2021.amount, 'amount'],
  [W2019.decisions, 'decisions'],
  [W2019.items, 'items'],
  [W2019.amount, 'amount'],
  ['本年', GROUP],
];

/** Stems of column words, recognised or not: a digit-free line with two of them is a header. */
const STEMS = ['制发', '废止', '有效', '制作', '公开', '公開', '总数', '发布', '新增', '印发', '出台', '失效', '清理', '撤销', '发文'];
/** Least stems for a line to be a column header whose words were not all recognised. */
const MIN_STEMS = 2;

/** True for a digit-free line that names two column stems: a header, whether its words are recognised or not. */
export function looseHeader(norm: string): boolean {
  if (/\d/.test(norm)) return false;
  return stemCount(norm) >= MIN_STEMS;
}

/** Column stems in a text (a header line's text left once its recognised words are taken out). */
export function stemCount(text: string): number {
  return STEMS.filter((s) => text.includes(s)).length;
}

/**
 * Adds one header line's keys to the header read so far (consecutive header lines are one header):
 * a line naming every column read so far and more is the whole header (an expanded HTML grid
 * repeats a rowspanned cell); a '本年' group is replaced by the line's new columns (two-level
 * header); otherwise the line's columns follow (a header printed one cell per line).
 */
export function mergeHeaderLine(run: readonly string[] | null, keys: readonly string[]): string[] {
  const fresh = keys.filter((k, i) => keys.indexOf(k) === i);
  if (!run || run.length === 0) return fresh;
  const known = run.filter((k) => k !== GROUP);
  const cols = fresh.filter((k) => k !== GROUP);
  if (known.length > 0 && known.every((k) => cols.includes(k)) && cols.length > known.length) return cols;
  const added = cols.filter((k) => !run.includes(k));
  const at = run.indexOf(GROUP);
  if (at >= 0 && added.length > 0) {
    // Every '本年' cell of the line above (a colspan repeats it) stands for the new sub-columns.
    const before = run.slice(0, at).filter((k) => k !== GROUP);
    const after = run.slice(at).filter((k) => k !== GROUP);
    return [...before, ...added, ...after];
  }
  return [...run, ...added];
}
