/**
 * @file A table's value stream printed row by row with a cell or two lost: a converter drops a
 * value the printer hid (LibreOffice draws a cell spanning two columns over the first value cell
 * of a row: '（六）其他处理' prints five zeros of six). Each lost cell is tried at every place of the
 * stream, its value left to the identities; a reading is kept when the identities then give every
 * lost cell a count (a whole number ≥ 0) and all of them hold. Readings that place a lost cell
 * differently but read the same values are one (a zero lost in a run of zeros). Where the kept
 * readings disagree the solver leaves the fields ambiguous; the lost cells carry `derived`.
 */
import { propagate } from '../solve/propagate.js';
import type { CellValue, Group } from '../solve/types.js';
import type { Identity } from '../template/index.js';

/** Most cells a stream may have lost (each adds a factor of the stream's length to the search). */
export const MAX_LOST_CELLS = 2;
/** Most distinct readings kept (past it the stream determines too little to be worth a group). */
const MAX_LOST_READINGS = 16;

/**
 * The readings of `values` as the cells `keys` (row-major, in order) with `keys.length −
 * values.length` cells lost (at most MAX_LOST_CELLS) that keep `identities`; each reading's lost
 * cells listed. null when none, too many, or too many cells lost.
 */
export function lostCellReadings(values: readonly number[], keys: readonly string[], identities: readonly Identity[]): { cells: number[]; lost: number[] }[] | null {
  const lost = keys.length - values.length;
  if (lost < 0 || lost > MAX_LOST_CELLS) return null;
  const out = new Map<string, { cells: number[]; lost: number[] }>();
  const tryAt = (at: readonly number[]): boolean => {
    const map = new Map<string, CellValue>();
    let j = 0;
    keys.forEach((k, i) => (at.includes(i) ? undefined : map.set(k, values[j++]!)));
    if (propagate(map, identities).violations > 0) return true;
    const cells = keys.map((k) => map.get(k));
    if (!cells.every((v): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0)) return true;
    out.set(cells.join(','), { cells: cells.map((v) => v + 0), lost: [...at] });
    return out.size <= MAX_LOST_READINGS;
  };
  if (lost === 0) tryAt([]);
  else if (lost === 1) for (let a = 0; a < keys.length && tryAt([a]); a++);
  else outer: for (let a = 0; a < keys.length; a++) for (let b = a + 1; b < keys.length; b++) if (!tryAt([a, b])) break outer;
  return out.size === 0 || out.size > MAX_LOST_READINGS ? null : [...out.values()];
}

/** The readings as one solver group over `keys` (lost cells flagged `derived`). */
export function lostCellGroup(id: string, keys: readonly string[], readings: readonly { cells: number[]; lost: number[] }[]): Group {
  return {
    id,
    keys: [...keys],
    candidates: readings.map((rd) => ({ cost: rd.lost.length, cells: rd.cells.map((value, i) => ({ value, flags: rd.lost.includes(i) ? ['derived' as const] : [] })) })),
  };
}
