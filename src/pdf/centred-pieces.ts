/**
 * @file Counts whose measure word a narrow cell wrapped under them, in a borderless PDF table whose cells
 * are centred vertically (Chromium): '10件' too wide for its cell prints '10' half a line above the
 * row's line and '件' half a line below it, while the cells that fit ('7件', '0') sit on the row's line:
 *
 *     （二）部分公开（区分处理          10        2
 *     的，只计这一情形，不计其他  0 0 0      7件      19件
 *     情形）                          件        件
 *
 * Read as printed, the heads went with the label's first line as a row of their own and the row's line
 * read the other columns; the free-column placing then took the heads' line as the row and every other
 * column as blank, zeros at 0.85 where 7 and 19 were printed (apb-variants). The same kind in a
 * `pdftotext -layout` dump is layout/stacked-pieces.ts; top-aligned cells (LibreOffice) are
 * wrapped-numbers.ts.
 *
 * Joined only where certain: three lines in a row — heads, row, units — the units' line starting at most
 * two of its heights below the heads' line and the row's line between them; the heads' line ends in bare
 * counts, the units' line in measure words only, each unit under exactly one head and each head over
 * exactly one unit (x ranges overlapping; words printed close read as one cell '件件' take as many heads), no cell of the row over a head, the text before them (the
 * label's wrapped lines) left where it is. Each head moves into the row's line, at its x, with its unit.
 */
import type { PositionedLine } from './pdf-lines.js';
import { endOf, overlaps } from './wrapped-numbers.js';
import { MEASURE_SOURCE } from '../tables/tokenize-cell.js';

/** A count that lost its unit to the next line. */
const HEAD = /^\d{1,9}$/;
/** Measure words alone: one, or a run of them printed close enough to read as one cell ('件件'). */
const UNIT = new RegExp(`^(?:(?:${MEASURE_SOURCE})\\s*)+$`);
const UNIT_WORD = new RegExp(MEASURE_SOURCE, 'g');
/** × the units' line height. The units' line starts at most this far below the heads' line top. */
const MAX_PITCH = 2.2;

/** Indexes of the trailing cells of `l` matching `re` (all of them from the first match on), or null. */
function trailing(l: PositionedLine, re: RegExp): number[] | null {
  const first = l.cells.findIndex((c) => re.test(c.trim()));
  if (first < 0) return null;
  const out: number[] = [];
  for (let k = first; k < l.cells.length; k++) {
    if (!re.test(l.cells[k]!.trim())) return null;
    out.push(k);
  }
  return out;
}

/** The unit word under each head (head index → word), or null unless each unit cell has as many heads over it as it holds words, and each head one unit. */
function pairs(head: PositionedLine, heads: readonly number[], unit: PositionedLine, units: readonly number[]): Map<number, string> | null {
  const out = new Map<number, string>();
  for (const u of units) {
    const words = unit.cells[u]!.match(UNIT_WORD) ?? [];
    const over = heads.filter((h) => overlaps(head, h, unit, u));
    if (over.length !== words.length || over.some((h) => out.has(h))) return null;
    over.forEach((h, i) => out.set(h, words[i]!));
  }
  return out.size === heads.length ? out : null;
}

/** A line without the cells at `drop` (null when nothing is left). */
function without(l: PositionedLine, drop: readonly number[]): PositionedLine | null {
  const keep = l.cells.map((_, k) => k).filter((k) => !drop.includes(k));
  if (keep.length === 0) return null;
  return { ...l, cells: keep.map((k) => l.cells[k]!), xs: keep.map((k) => l.xs[k]!), ...(l.ends ? { ends: keep.map((k) => l.ends![k]!) } : {}) };
}

/** The three lines with the heads joined into the row's line, or null when the join is not certain. */
function joinThree(head: PositionedLine, row: PositionedLine, unit: PositionedLine): PositionedLine[] | null {
  if (head.header || row.header || unit.header) return null;
  const height = unit.bottom - unit.top;
  if (!(row.top > head.top && row.top < unit.top && unit.top - head.top <= MAX_PITCH * height)) return null;
  const heads = trailing(head, HEAD);
  const units = trailing(unit, UNIT);
  if (!heads || !units) return null;
  const paired = pairs(head, heads, unit, units);
  if (!paired) return null;
  if (heads.some((h) => row.cells.some((_, k) => overlaps(head, h, row, k)))) return null;
  const cells = [...row.cells];
  const xs = [...row.xs];
  const ends = row.cells.map((_, k) => endOf(row, k));
  for (const [h, word] of paired) {
    const at = xs.findIndex((x) => x > head.xs[h]!);
    const k = at < 0 ? xs.length : at;
    cells.splice(k, 0, `${head.cells[h]!.trim()}${word}`);
    xs.splice(k, 0, head.xs[h]!);
    ends.splice(k, 0, endOf(head, h));
  }
  const joined: PositionedLine = { ...row, cells, xs, ends };
  return [without(head, heads), joined, without(unit, units)].filter((l): l is PositionedLine => l !== null);
}

/** The page's free lines (top to bottom) with centred '件' pieces joined into their rows where certain. */
export function joinCentredPieces(lines: readonly PositionedLine[]): PositionedLine[] {
  const sorted = [...lines].sort((a, b) => a.top - b.top);
  const out: PositionedLine[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const three = i + 2 < sorted.length ? joinThree(sorted[i]!, sorted[i + 1]!, sorted[i + 2]!) : null;
    if (!three) {
      out.push(sorted[i]!);
      continue;
    }
    for (const l of three) out.push(l);
    i += 2;
  }
  return out;
}
