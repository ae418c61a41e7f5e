/**
 * @file Survivors (types.ts): a plain list of combinations as a block, their count, and how a
 * block's picks are laid over the groups.
 */
import type { Identity } from '../template/index.js';
import type { Picks, Survivors } from './types.js';

/** A list of whole combinations (every group's pick) as Survivors. */
export function listed(groups: number, identities: readonly Identity[], picks: Picks[]): Survivors {
  return [[{ groups: Array.from({ length: groups }, (_, i) => i), identities, picks }]];
}

/** How many combinations the survivors hold (a block holds the product of its parts'). */
export function survivorCount(survivors: Survivors): number {
  return survivors.reduce((n, block) => n + block.reduce((p, part) => p * part.picks.length, 1), 0);
}

/** Maps every pick of `survivors` in place: `maps[g]` takes group g's reading index to another (no map: kept). */
export function remapPicks(survivors: Survivors, maps: readonly (readonly number[] | null)[]): void {
  for (const block of survivors) {
    for (const part of block) {
      for (const s of part.picks) part.groups.forEach((gi, j) => (s[j] = maps[gi]?.[s[j]!] ?? s[j]!));
    }
  }
}
