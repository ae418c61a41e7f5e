/**
 * @file What data tools do to a saved table's header and rows, undone before the rows are read as
 * printed: a header of several levels flattened into one row ('申请人情况_法人或其他组织_商业企业',
 * pandas' MultiIndex joined; duplicate names suffixed '.1', '.2') is put back as one row per level,
 * each word once over the columns it spans; a leading column of row numbers (pandas' RangeIndex
 * written by `to_csv`/`to_json`) is dropped, its numbers are no values of the report.
 */
import { parseWholeValue } from '../tables/tokenize-cell.js';
import { maxOf, pushAll } from '../_internal/extremes.js';

/** Separators a tool joins header levels with. */
const LEVEL_SEPARATORS = ['_', '/', '|', '-', '：', ':'] as const;
/** Fewest named cells in a row for it to be a flattened header. */
const MIN_HEADER_CELLS = 3;
/** Fewest numbered rows for a leading column to be row numbers. */
const MIN_NUMBERED_ROWS = 3;

const isNumber = (c: string): boolean => parseWholeValue(c)?.kind === 'num';

/** pandas' suffix on a repeated column name ('结果纠正.1'), when the name without it came earlier in the row. */
function withoutDuplicateSuffix(cells: readonly string[]): string[] {
  return cells.map((c, j) => {
    const m = /^(.*\D)\.\d+$/.exec(c);
    return m && cells.slice(0, j).some((p) => p === m[1] || p.endsWith(m[1]!)) ? m[1]! : c;
  });
}

/** The separator that splits most named cells of a header row and joins a first level shared by several of them, or null. */
function levelSeparator(cells: readonly string[]): string | null {
  const named = cells.filter((c) => c !== '');
  for (const sep of LEVEL_SEPARATORS) {
    const split = named.filter((c) => c.includes(sep) && !c.startsWith(sep) && !c.endsWith(sep));
    const firsts = split.map((c) => c.split(sep)[0]);
    const shared = firsts.some((f, i) => firsts.indexOf(f) !== i);
    if (split.length * 2 >= named.length && shared) return sep;
  }
  return null;
}

/** chars. Shortest shared start taken as an upper level of names joined without a separator. */
const MIN_PREFIX_CHARS = 2;

function commonPrefix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}

/**
 * Names joined without a separator ('申请人情况法人或其他组织商业企业'): runs of at least
 * MIN_HEADER_CELLS adjacent names sharing a start, each longer than it, get it as their upper level,
 * recursively. Fewer than that ('本年制发件数', '本年废止件数') are left whole.
 */
function prefixPaths(cells: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < cells.length; ) {
    let prefix = cells[i]!;
    let end = i + 1;
    while (end < cells.length) {
      const p = commonPrefix(prefix, cells[end]!);
      if (p.length < MIN_PREFIX_CHARS) break;
      (prefix = p), end++;
    }
    const run = cells.slice(i, end);
    if (run.length >= MIN_HEADER_CELLS && run.every((c) => c.length > prefix.length)) {
      for (const rest of prefixPaths(run.map((c) => c.slice(prefix.length)))) out.push([prefix, ...rest]);
    } else pushAll(out, run.map((c) => (c === '' ? [] : [c])));
    i = end;
  }
  return out;
}

/** A flattened header row → one row per level, top words on the first, leaves on the last; a word repeated over adjacent columns under the same path is printed once. */
function unflatten(paths: readonly string[][]): string[][] {
  const depth = maxOf(paths.map((p) => p.length));
  // The top word on the top row and the leaf on the last, as the cells of the printed header stood (a word over fewer levels spans the rows between).
  const aligned = paths.map((p) => (p.length > 1 ? [p[0]!, ...Array<string>(depth - p.length).fill(''), ...p.slice(1)] : [...Array<string>(depth - p.length).fill(''), ...p]));
  return Array.from({ length: depth }, (_, l) =>
    aligned.map((p, j) => {
      const prev = aligned[j - 1];
      const same = l < depth - 1 && prev !== undefined && p[l] !== '' && prev.slice(0, l + 1).join('\u0000') === p.slice(0, l + 1).join('\u0000');
      return same ? '' : p[l]!;
    }),
  );
}

/** Header rows of several levels flattened into one, put back level by level. */
export function unflattenHeaders(rows: readonly string[][]): string[][] {
  return rows.flatMap((row) => {
    const named = row.filter((c) => c !== '');
    if (named.length < MIN_HEADER_CELLS || named.some(isNumber)) return [row];
    const cells = withoutDuplicateSuffix(row);
    const sep = levelSeparator(cells);
    const paths = sep ? cells.map((c) => (c === '' ? [] : c.split(sep).map((p) => p.trim()))) : prefixPaths(cells);
    return paths.some((p) => p.length > 1) ? unflatten(paths) : [cells];
  });
}

/** Rows without a leading column of row numbers (0, 1, 2, … or 1, 2, 3, … down the rows that have one, the others empty there). */
export function dropRowNumbers(rows: readonly string[][]): string[][] {
  const firsts = rows.map((r) => (r[0] ?? '').trim());
  const numbered = firsts.filter((c) => c !== '');
  if (numbered.length < MIN_NUMBERED_ROWS || rows.some((r) => r.length < 2)) return [...rows];
  const start = Number(numbered[0]);
  if ((start !== 0 && start !== 1) || !numbered.every((c, i) => c === String(start + i))) return [...rows];
  return rows.map((r) => r.slice(1));
}
