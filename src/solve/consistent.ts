/**
 * @file The consistent combinations of a space too large to enumerate (a table whose every row has
 * a few readings: 25 rows of 3 or 4 readings each are 10^14 combinations): a depth-first search
 * that keeps only combinations breaking no identity, pruned as it goes — an identity whose parts
 * are all added (no '-') fails as soon as the parts read so far exceed its total, or once every
 * member is read and the sum differs. Rows with fewer readings are placed first, so totals (mostly
 * one reading) bound the rest early. Readings of higher cost than the cheapest consistent one found
 * are cut too. What it returns is exactly what full enumeration would keep when some combination
 * breaks nothing: every consistent combination of least cost.
 */
import type { Identity } from '../template/index.js';
import { EPSILON, parsePart } from './propagate.js';
import { holds, leafCells, leafCheck, writeCells, type LeafCells, type LeafCheck } from './leaf-check.js';
import type { Candidate, CellValue, Group, Picks } from './types.js';
import { spend, spendChecks, workOf, type Work } from './work.js';
import { tick } from '../_internal/work-budget.js';
import { pushAll } from '../_internal/extremes.js';

/** Most search nodes (partial combinations) visited before the search gives up. */
export const MAX_CONSISTENT_NODES = 2_000_000;
/**
 * Readings tried (and cut by the bounds) that count as one search node against the node budgets: a node
 * loops over every reading of its group, and a row fused into one long run has tens of thousands
 * (row-candidates MAX_CANDIDATES), most failing the bounds at once — a search of 7 500 nodes there tried
 * hundreds of millions and one document's solve ran out of 60 s (glued-row-variants seed 3: every row of
 * table 三 one run of digits, zeros printed). Counted in readings, the give-up is a step count as ever.
 */
export const TRIES_PER_NODE = 64;
/** Most consistent combinations of least cost kept (more means the table is ambiguous anyway). */
export const MAX_CONSISTENT_SURVIVORS = 5_000;

export interface Consistent {
  cost: number;
  /**
   * Each combination as its picks (the index of each group's reading), nothing more: a search may
   * keep thousands, and each used to hold a Map of every value (a 5 KB damaged dump: 600 MB, most of
   * its CPU in GC). The values are derived again for the output (index.ts summarize).
   */
  survivors: Picks[];
  evaluated: number;
  /** Per group, readings whose search ran past its budget (consistentWitnesses): maybe in some consistent combination. */
  doubtful?: Candidate[][];
}

interface Bound {
  total: string;
  parts: string[];
  /** Every part is added: the total bounds the partial sums. */
  additive: boolean;
  keys: string[];
}

/**
 * What a search prepares from its groups' keys and the identities alone: the additive bounds touching
 * each group's keys, each once (`groupBounds`: their indexes in `additive`), and what each reading
 * adds to them (computed on first use, kept by reading). Each bound keeps its partial sum and count
 * of parts read in the search, and each reading what it adds to the bounds of its group, so that
 * trying a reading costs a few additions per bound (the search's hot spot: summing every bound's parts
 * afresh for each reading tried cost a 4 KB dump 96 s of CPU). `consistentWitnesses` runs one search
 * per reading over the same keys (one group pinned to one of its readings): it makes this once, where
 * each search made it again (the readings' contributions were most of a damaged dump's solve: breakit53
 * br-cells r04, 2.2 s of CPU).
 */
interface SearchSpace {
  additive: Bound[];
  groupBounds: number[][];
  /** Per group, each reading's contribution so far (by the reading object: a pinned group holds one of the group's own). */
  reads: Map<Candidate, Contribution>[];
  /** The keys as slots, for the check of a whole combination (leaf-check.ts). */
  leaf: LeafCheck;
}

function searchSpace(groups: readonly Group[], identities: readonly Identity[]): SearchSpace {
  const bounds: Bound[] = identities.map((id) => {
    const parts = id.parts.map(parsePart);
    return { total: id.total, parts: parts.map((p) => p.key), additive: parts.every((p) => p.sign === 1), keys: [id.total, ...parts.map((p) => p.key)] };
  });
  const owned = new Set(groups.flatMap((g) => g.keys));
  const byKey = new Map<string, Bound[]>();
  for (const b of bounds) for (const k of b.keys) if (owned.has(k)) byKey.set(k, [...(byKey.get(k) ?? []), b]);
  const boundsOf = groups.map((g) => [...new Set(g.keys.flatMap((k) => byKey.get(k) ?? []))].filter((b) => b.additive));
  const additive = [...new Set(boundsOf.flat())];
  const slot = new Map(additive.map((b, i) => [b, i]));
  return { additive, groupBounds: boundsOf.map((bs) => bs.map((b) => slot.get(b)!)), reads: groups.map(() => new Map()), leaf: leafCheck(groups, identities) };
}

/** What reading `c` of group `gi` (`g`: of the keys the space was made for) adds to its bounds. */
function readingOf(space: SearchSpace, gi: number, g: Group, c: Candidate): Contribution {
  const kept = space.reads[gi]!;
  let r = kept.get(c);
  if (!r) kept.set(c, (r = contribution(g, c, space.groupBounds[gi]!, space.additive)));
  return r;
}

/**
 * Consistent combinations of least cost, or null when there is none or the search ran past its
 * node budget or `work` (the caller then keeps its own verdict).
 */
export function consistentCombinations(groups: readonly Group[], identities: readonly Identity[], work: Work): Consistent | null {
  const r = consistentSearch(groups, identities, work, false);
  return r === 'gaveUp' ? null : r;
}

/** The search: every consistent combination of least cost (or the first one found), null when none, 'gaveUp' past the budgets (each node spends one step of `work`). */
export function consistentSearch(
  groups: readonly Group[],
  identities: readonly Identity[],
  work: Work,
  firstOnly: boolean,
  prefer?: Picks,
  /** Receives the consistent combinations found before a give-up (each is consistent; the list is not complete). */
  partial?: Consistent['survivors'],
  /** The bounds of these groups' keys (`searchSpace`): made once by a caller that searches groups of the same keys again and again. */
  space: SearchSpace = searchSpace(groups, identities),
): Consistent | null | 'gaveUp' {
  // Setting out (each group's readings sorted, their contributions looked up) costs a step per TRIES_PER_NODE readings:
  // `consistentWitnesses` sets out once per reading, and rows of tens of thousands of readings made that quadratic.
  let readings = 0;
  for (const g of groups) readings += g.candidates.length;
  const setOut = Math.floor(readings / TRIES_PER_NODE);
  if (setOut > 0) {
    tick(setOut);
    if (work.left < setOut) return 'gaveUp';
    work.left -= setOut;
  }
  const order = groups.map((g, i) => i).sort((a, b) => groups[a]!.candidates.length - groups[b]!.candidates.length);
  // `prefer`: a combination to try first (the last witness: a new one is mostly a local change of it).
  const first = (g: number, ci: number): number => (prefer?.[g] === ci ? 0 : 1);
  // Each group's reading indexes, cheapest (then preferred) first.
  const sortedIdx = groups.map((g, gi) => g.candidates.map((_, ci) => ci).sort((a, b) => g.candidates[a]!.cost - g.candidates[b]!.cost || first(gi, a) - first(gi, b)));
  const sorted = sortedIdx.map((idx, gi) => idx.map((ci) => groups[gi]!.candidates[ci]!));
  const pickIdx = new Uint32Array(groups.length);
  let bestCost = Infinity;
  let survivors: Consistent['survivors'] = [];
  let nodes = 0;
  let tries = 0;
  let gaveUp = false;
  let done = false;

  const { additive, groupBounds } = space;
  const sums = new Float64Array(additive.length);
  const known = new Int32Array(additive.length);
  const totals: CellValue[] = additive.map(() => undefined);
  const reads = sorted.map((cs, gi) => cs.map((c) => readingOf(space, gi, groups[gi]!, c)));
  /** Adds (sign 1) or takes back (−1) group `gi`'s reading `r`. */
  const apply = (gi: number, r: Contribution, sign: 1 | -1): void => {
    const slots = groupBounds[gi]!;
    for (let j = 0; j < slots.length; j++) {
      const b = slots[j]!;
      sums[b] = sums[b]! + sign * r.sum[j]!;
      known[b] = known[b]! + sign * r.known[j]!;
    }
    // (An indexed loop: the search applies and takes back every reading it tries; an iterator and destructuring here cost a third of it.)
    const t = r.totals;
    for (let j = 0; j < t.length; j++) totals[t[j]![0]] = sign === 1 ? t[j]![1] : undefined;
  };

  /** False when a bound touching group `gi`'s keys is already broken by the values read so far. */
  const feasible = (gi: number): boolean => {
    const slots = groupBounds[gi]!;
    for (let j = 0; j < slots.length; j++) {
      const i = slots[j]!;
      const total = totals[i];
      if (typeof total !== 'number') continue;
      if (sums[i]! > total + EPSILON) return false;
      if (known[i] === additive[i]!.parts.length && Math.abs(sums[i]! - total) > EPSILON) return false;
    }
    return true;
  };

  const visit = (depth: number, cost: number): void => {
    if (gaveUp || done) return;
    if (++nodes > MAX_CONSISTENT_NODES || !spend(work)) {
      gaveUp = true;
      return;
    }
    if (depth === order.length) {
      if (!spendChecks(work, identities.length)) {
        gaveUp = true;
        return;
      }
      // (Every group wrote its reading's cells when picked, in `order`: a key two groups read holds the later's, as a Map filled in that order would.)
      if (!holds(space.leaf)) return;
      if (cost < bestCost) {
        bestCost = cost;
        survivors = [];
      }
      if (survivors.length >= MAX_CONSISTENT_SURVIVORS) {
        gaveUp = true;
        return;
      }
      survivors.push(pickIdx.slice());
      // One witness is enough: stop the search (not a give-up).
      if (firstOnly) done = true;
      return;
    }
    const gi = order[depth]!;
    const cs = sorted[gi]!;
    for (let ci = 0; ci < cs.length; ci++) {
      const c = cs[ci]!;
      // Candidates that fail the bounds visit no node: the document's budget counts them (the search's own does not).
      tick(1 + groupBounds[gi]!.length);
      if (++tries % TRIES_PER_NODE === 0 && (++nodes > MAX_CONSISTENT_NODES || !spend(work))) {
        gaveUp = true;
        break;
      }
      if (cost + c.cost > bestCost) continue;
      const r = reads[gi]![ci]!;
      apply(gi, r, 1);
      pickIdx[gi] = sortedIdx[gi]![ci]!;
      if (feasible(gi)) {
        writeCells(space.leaf, gi, r.cells);
        visit(depth + 1, cost + c.cost);
      }
      apply(gi, r, -1);
      if (gaveUp || done) break;
    }
  };
  visit(0, 0);
  if (gaveUp) {
    if (partial) pushAll(partial, survivors);
    return 'gaveUp';
  }
  if (survivors.length === 0) return null;
  return { cost: bestCost, survivors, evaluated: nodes };
}

/** What one reading of a group adds to the additive bounds its keys are in (`bounds`: their indexes in `additive`). */
interface Contribution {
  /** Per bound of the group: the sum of the reading's values that are parts of it (blank = 0) … */
  sum: Float64Array;
  /** … and how many of its parts the reading reads. */
  known: Int32Array;
  /** The bounds whose total the reading reads, with the value. */
  totals: [number, CellValue][];
  /** Its cells as the whole-combination check writes them. */
  cells: LeafCells;
}

function contribution(g: Group, c: Candidate, bounds: readonly number[], additive: readonly Bound[]): Contribution {
  const r: Contribution = { sum: new Float64Array(bounds.length), known: new Int32Array(bounds.length), totals: [], cells: leafCells(c, g.keys.length) };
  bounds.forEach((b, j) => {
    const bound = additive[b]!;
    g.keys.forEach((k, i) => {
      const v = c.cells[i]?.value;
      if (k === bound.total) r.totals.push([b, v]);
      if (v === undefined) return;
      for (const p of bound.parts) {
        if (p !== k) continue;
        r.sum[j] = r.sum[j]! + (v ?? 0);
        r.known[j] = r.known[j]! + 1;
      }
    });
  });
  return r;
}

/** Steps of one witness search (a reading in no consistent combination may need an exhaustive one): a twentieth of a solve's (index.ts SOLVE_NODES). */
export const WITNESS_SLICE_NODES = 7_500;

/**
 * When the consistent combinations are too many to list (independent ambiguities multiply: ten
 * rows each with two readings the sums do not separate are 2^10), what each field can be is still
 * known exactly from one witness per reading: for every group's reading, one consistent
 * combination that uses it, or none (the reading is in no consistent combination). The witnesses
 * together show every value each cell takes over all consistent combinations (a cell its reading
 * leaves unknown and the identities derive may take others: the caller keeps those ambiguous).
 * Readings already used by a witness need no search of their own. `seed`: combinations of these
 * groups' readings already known consistent (they must hold the same candidate objects). All readings must be of one
 * cost per group (the cheapest), so that every consistent combination is of least cost. Null when
 * a search runs past the node budget or `work`, or none is consistent.
 */
export function consistentWitnesses(groups: readonly Group[], identities: readonly Identity[], work: Work, seed: Consistent['survivors'] = []): Consistent | null {
  // Combinations already known consistent (a search that gave up) are witnesses too.
  const witnesses: Consistent['survivors'] = [...seed];
  const covered = groups.map((_, gi) => new Set<number>(seed.map((w) => w[gi]!)));
  const doubtful: Candidate[][] = groups.map(() => []);
  let evaluated = 0;
  // Every search below is over these groups' keys (one group pinned to one of its readings).
  const space = searchSpace(groups, identities);
  for (const [gi, g] of groups.entries()) {
    for (const [ci, c] of g.candidates.entries()) {
      if (covered[gi]!.has(ci)) continue;
      // The budget spent: the reading is not known to be in none (no copy of the groups made for a search not run).
      if (work.left <= 0) {
        doubtful[gi]!.push(c);
        continue;
      }
      const pinned = groups.map((h, hi) => (hi === gi ? { ...h, candidates: [c] } : h));
      // A reading in no consistent combination can take an exhaustive search: each gets a slice of the budget.
      const slice = workOf(Math.min(work.left, WITNESS_SLICE_NODES), work.checks);
      const found = slice.left <= 0 ? 'gaveUp' : consistentSearch(pinned, identities, slice, true, witnesses.at(-1), undefined, space);
      work.left -= Math.min(work.left, WITNESS_SLICE_NODES) - slice.left;
      if (work.checks !== undefined) work.checks = slice.checks;
      // Not known to be in none: its values stay possible (the fields it touches stay ambiguous where it differs).
      if (found === 'gaveUp') {
        doubtful[gi]!.push(c);
        continue;
      }
      if (!found) continue;
      evaluated += found.evaluated;
      const w = found.survivors[0]!;
      // The pinned group holds one reading (index 0): its index in the group is ci.
      w[gi] = ci;
      w.forEach((pick, hi) => covered[hi]!.add(pick));
      witnesses.push(w);
    }
  }
  return witnesses.length > 0 ? { cost: 0, survivors: witnesses, evaluated, doubtful } : null;
}

/** True for a group read from a damaged stream (some reading collapses or joins printed values). */
function streamed(g: Group): boolean {
  return g.candidates.some((c) => c.cells.some((cell) => cell.flags.includes('collapsed') || cell.flags.includes('joined')));
}

/**
 * Keys of rows read from a damaged stream (collapsed or joined values) whose value differs between
 * the row's cheapest readings that keep its own total (`cheap`: after local pruning): which
 * column such a value sits in was decided by identities through other rows. A stream can hold two
 * readings that both add up, the true one outside the moves (a piece of a split number that is
 * also a collapsed run) and a wrong one whose shifted values another row's shift compensates. Such
 * values stay, flagged as repaired (below 0.9).
 */
export function localDoubts(cheap: readonly Group[]): Set<string> {
  const doubts = new Set<string>();
  for (const g of cheap) {
    if (g.candidates.length < 2 || !streamed(g)) continue;
    g.keys.forEach((k, i) => {
      if (new Set(g.candidates.map((c) => c.cells[i]?.value)).size > 1) doubts.add(k);
    });
  }
  return doubts;
}
