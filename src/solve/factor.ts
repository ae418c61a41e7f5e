/**
 * @file The independent parts of a space of combinations. A cell the same known value in every
 * reading of its row (fixed), or unknown in every combination (no reading prints it and no
 * identity can derive it), is the same in every combination; an identity holding two cells that
 * are never known never derives nor fails. Rows linked only through such cells and identities are
 * independent: what propagate derives and breaks among one part's cells depends on that part's
 * readings alone. The best combinations are then every combination of each part's best ones
 * (fewest violations, then least cost, summed over parts), so the parts are enumerated apart and
 * their combinations never multiplied out: three rows of 35 tying readings beside rows a dump lost
 * are 3 × 35 combinations to try, not 42 875 (index.ts `enumerate`).
 */
import type { Identity } from '../template/index.js';
import { termsOf } from './propagate.js';
import type { Group } from './types.js';

/** Rows whose readings are chosen together, and the identities that can tell their readings apart. */
export interface Part {
  /** Indexes into the space's groups, ascending. */
  groups: number[];
  identities: Identity[];
}

/** Keys some combination can make known: printed by some reading, or derived through an identity whose other terms can be known. */
function mayBeKnown(groups: readonly Group[], identities: readonly Identity[]): Set<string> {
  const known = new Set<string>();
  for (const g of groups) g.keys.forEach((k, ci) => g.candidates.some((c) => c.cells[ci]?.value !== undefined) && known.add(k));
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of identities) {
      const terms = termsOf(id);
      const open = terms.filter((t) => !known.has(t.key));
      // One term left open: propagate can derive it (two terms of one key never: solveOne counts terms).
      if (open.length === 1) (known.add(open[0]!.key), (changed = true));
    }
  }
  return known;
}

/** Keys that read the same known value in every reading of their row. */
function fixedKeys(groups: readonly Group[]): Set<string> {
  const fixed = new Set<string>();
  for (const g of groups) {
    g.keys.forEach((k, ci) => {
      const first = g.candidates[0]?.cells[ci]?.value;
      if (first !== undefined && g.candidates.every((c) => c.cells[ci]?.value === first)) fixed.add(k);
    });
  }
  return fixed;
}

/**
 * The space's independent parts (every group in exactly one, in order of its first group), or null
 * when it does not split into two parts that each have several combinations, a key is read by two
 * rows (the last row's value wins: the rows are kept together) or two identities share an id.
 */
export function independentParts(groups: readonly Group[], identities: readonly Identity[]): Part[] | null {
  const owner = new Map<string, number>();
  groups.forEach((g, gi) => g.keys.forEach((k) => owner.set(k, gi)));
  const cells = groups.reduce((n, g) => n + g.keys.length, 0);
  if (owner.size !== cells || groups.some((g) => g.candidates.length === 0)) return null;
  // propagate sets an identity aside by its id: two of one id in two parts would not be apart.
  if (new Set(identities.map((id) => id.id)).size !== identities.length) return null;
  const known = mayBeKnown(groups, identities);
  const fixed = fixedKeys(groups);
  const varies = (k: string): boolean => known.has(k) && !fixed.has(k);
  // Union-find over the groups (0..n-1) and the varying keys no group reads (n..).
  const node = new Map<string, number>(owner);
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const nodeOf = (k: string): number => {
    let i = node.get(k);
    if (i === undefined) node.set(k, (i = parent.push(parent.length) - 1));
    return i;
  };
  const live: { id: Identity; at: number }[] = [];
  for (const id of identities) {
    const terms = termsOf(id);
    // Two terms never known (mayBeKnown leaves none with one): the identity never derives nor fails.
    if (terms.some((t) => !known.has(t.key))) continue;
    const members = terms.filter((t) => varies(t.key)).map((t) => nodeOf(t.key));
    if (members.length === 0) continue;
    for (const m of members.slice(1)) parent[find(m)] = find(members[0]!);
    live.push({ id, at: members[0]! });
  }
  const parts = new Map<number, Part>();
  groups.forEach((_, gi) => {
    const root = find(gi);
    const part = parts.get(root) ?? { groups: [], identities: [] };
    part.groups.push(gi);
    parts.set(root, part);
  });
  // An identity among varying keys no group reads (derived alike in every combination) is in no part.
  for (const { id, at } of live) parts.get(find(at))?.identities.push(id);
  const several = [...parts.values()].filter((p) => p.groups.some((gi) => groups[gi]!.candidates.length > 1));
  return several.length < 2 ? null : [...parts.values()];
}
