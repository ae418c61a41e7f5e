/**
 * @file Table 三 saved transposed: the applicant kinds (自然人 … 总计) down the first columns (its grouped
 * header turned: 申请人情况 | 自然人, 法人或其他组织 | 商业企业, … | 科研机构) and the
 * request rows (本年新收… 结转下年度…) across the header, as a spreadsheet user or a scraper turned
 * it. Put back the template's way (rows ↔ columns) only when the labels make it certain: all seven
 * kinds, each once, head their own row holding numbers, and the header above names at least
 * MIN_REQUEST_LABELS cells. Any other grid is left as it is (its values are then not placed, never
 * placed in the wrong cells).
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import { REQUEST_HEADER } from '../map/header-words.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';
import { maxOf, minOf } from '../_internal/extremes.js';

/** The seven applicant kinds, leaf column words of table 三. */
const KINDS = REQUEST_HEADER.filter(([, key]) => key !== null).map(([word]) => word);
/** Group words a saved kind may carry before it ('法人或其他组织-商业企业', '申请人情况 自然人'). */
const GROUP_WORDS = /^(?:申请人情况)?(?:法人或其他组织)?/;
/** Named header cells: table 三 has 25 (26 in its 2019 form); a header naming fewer is not certainly its rows. */
const MIN_REQUEST_LABELS = 10;

const kindOf = (cell: string): string | null => {
  const word = normalizeLabel(cell).replace(GROUP_WORDS, '');
  return KINDS.includes(word) ? word : null;
};
const isNumber = (c: string): boolean => parseWholeValue(c)?.kind === 'num';

/** The rows headed by the seven kinds (kind → row index), or null when not all seven each once. */
function kindRows(rows: readonly string[][]): Map<string, number> | null {
  const at = new Map<string, number>();
  for (const [r, row] of rows.entries()) {
    // The row's label cells before its first number: a grouped header turned prints the group and the kind in cells of their own ('', '法人或其他组织', '商业企业').
    const first = row.findIndex(isNumber);
    const kind = kindOf(row.slice(0, first < 0 ? 1 : first).join(''));
    if (!kind) continue;
    if (at.has(kind)) return null;
    const values = row.slice(1).filter((c) => c !== '');
    if (values.length === 0 || values.filter(isNumber).length * 2 < values.length) continue;
    at.set(kind, r);
  }
  return at.size === KINDS.length ? at : null;
}

/**
 * The kind rows hold table 三's sum across the kinds: in most columns where all seven rows give a
 * number, the 总计 row is the sum of the other six (the orientation the labels name is the one the
 * values keep). Columns without seven numbers say nothing.
 */
function kindsSum(rows: readonly string[][], at: ReadonlyMap<string, number>): boolean {
  const totalAt = at.get('总计')!;
  const kinds = [...at.values()];
  const width = maxOf(kinds.map((r) => rows[r]!.length));
  let full = 0;
  let holds = 0;
  for (let j = 1; j < width; j++) {
    const values = kinds.map((r) => parseWholeValue(rows[r]![j] ?? ''));
    if (!values.every((v) => v?.kind === 'num')) continue;
    full++;
    const sum = kinds.reduce((s, r, i) => (r === totalAt ? s : s + (values[i] as { value: number }).value), 0);
    if (sum === (values[kinds.indexOf(totalAt)] as { value: number }).value) holds++;
  }
  return full > 0 && holds * 2 > full;
}

/**
 * A transposed table 三 in a grid turned back the template's way (the rows before and after it kept),
 * or null when the grid is not one: the seven kinds each head a row of numbers, the header above
 * names at least MIN_REQUEST_LABELS cells, and the 总计 row is the sum of the others (kindsSum).
 * `width`: the grid's width when its rows stop at their last cell (the block turns into that many rows).
 */
export function turnedRequests(rows: readonly string[][], width?: number): string[][] | null {
  const at = kindRows(rows);
  if (!at || !kindsSum(rows, at)) return null;
  const kinds = [...at.values()];
  const first = minOf(kinds);
  const last = maxOf(kinds);
  let top = first;
  while (top > 0 && rows[top - 1]!.filter((c) => c !== '').length > 1) top--;
  const header = rows.slice(top, first);
  if (header.length === 0 || !header.some((h) => h.slice(1).filter((c) => c !== '' && !isNumber(c)).length >= MIN_REQUEST_LABELS)) return null;
  const block = rows.slice(top, last + 1);
  const turned = Array.from({ length: width ?? maxOf(block.map((r) => r.length)) }, (_, j) => block.map((r) => r[j] ?? ''));
  return [...rows.slice(0, top), ...turned, ...rows.slice(last + 1)];
}

/** A grid's rows with a transposed table 三 turned back; the rows unchanged otherwise. */
export function untransposeRequests(rows: readonly string[][]): string[][] {
  return turnedRequests(rows) ?? [...rows];
}
