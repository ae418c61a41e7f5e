/**
 * @file One reading per distinct (cost, values). The row readers (map/row-candidates,
 * map/stream-moves) reach the same reading along several paths; it is kept once, its flags merged.
 */
import type { Candidate } from '../solve/types.js';

/**
 * The readings without repeats, each kept at its first place. The flags of a repeat are added to
 * the kept reading's cells in place: a reading built from another (an OCR alternative) shares its
 * unchanged cells with it, and sees the merge too.
 */
export function dedupeReadings(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.cost}|${c.cells.map((x) => String(x.value)).join(',')}`;
    const prev = seen.get(key);
    if (!prev) seen.set(key, c);
    else prev.cells.forEach((cell, i) => (cell.flags = [...new Set([...cell.flags, ...(c.cells[i]?.flags ?? [])])]));
  }
  return [...seen.values()];
}
