/**
 * @file Joint solver: choose one reading per printed row so that the template identities hold
 * best. Rows with one reading are taken as printed (a wrong printed total stays; its check fails).
 * Among rows with several readings (repaired, segmented, blank), every combination with the fewest
 * violated identities (then the lowest cost) survives; a field on which survivors disagree is
 * returned `ambiguous` with its candidates — never a guess presented as fact.
 */
import type { FieldFlag } from '../schema/report.js';
import type { Identity } from '../template/index.js';
import { consistentCombinations, consistentSearch, consistentWitnesses, localDoubts } from './consistent.js';
import { assign, compileIdentities, identityKeys, propagate, propagateSlots } from './propagate.js';
import { workOf, type Work } from './work.js';
import { enumerateParts } from './enumerate-parts.js';
import { independentParts } from './factor.js';
import { listed, remapPicks, survivorCount } from './survivors.js';
import { printedReading } from './printed-fallback.js';
import type { Candidate, CellValue, Group, Picks, SolveStats, SolvedField, Survivors } from './types.js';
import { minOf } from '../_internal/extremes.js';
import { tick } from '../_internal/work-budget.js';

export type { Candidate, Cell, CellValue, Group, SolvedField, SolveStats } from './types.js';

/** Most combinations evaluated jointly; beyond it rows are judged one by one (and say so). */
export const MAX_COMBINATIONS = 200_000;
/**
 * Work of one enumeration, in identities checked (combinations evaluated × identities): past it the
 * survivors are incomplete. Counted, not timed, so that the output does not depend on the machine's
 * load; about 2 s of one core (a 25-row table of 42 identities evaluates some 28 combinations per ms).
 */
export const ENUMERATION_WORK = 2_400_000;
/**
 * Steps (search nodes) of the consistent searches of one solve, and again of its witness searches:
 * about 2 s of one core (some 30–100 nodes per ms on a 25-row table).
 */
export const SOLVE_NODES = 150_000;
/**
 * Identity checks of the whole combinations the consistent searches of one solve reach (and again
 * its witness searches'): half what `enumerate` may check (ENUMERATION_WORK). A node is a step of
 * SOLVE_NODES, but one completing a combination checks every identity: a table cut at the page's
 * edge, rows of 21–35 readings the bounds did not prune, reached 128 700 of them per search (43
 * identities: 8 s, and a 3-page PDF 45 s in all, E_TIMEOUT under load).
 */
export const SOLVE_CHECKS = 1_200_000;
/**
 * Work of all the one-row widenings of one solve together (widenOne), in identities checked: twice
 * one enumeration's. Each widening is an enumeration of its own; given one budget each, a table of
 * 25 rows read from a collapsed blank-line dump took 50 s of one core. Past it no widening is kept
 * (the consistent searches decide, or the rows come out ambiguous).
 */
export const WIDEN_WORK = 2 * ENUMERATION_WORK;

/** Keeps a group's readings that violate the fewest identities lying wholly inside the group. */
function pruneLocally(group: Group, identities: readonly Identity[]): Candidate[] {
  if (group.candidates.length < 2) return group.candidates;
  const own = new Set(group.keys);
  const local = identities.filter((id) => identityKeys(id).every((k) => own.has(k)));
  if (local.length === 0) return group.candidates;
  const scored = group.candidates.map((c) => {
    const values = new Map<string, CellValue>();
    assign(values, group, c);
    return { c, v: propagate(values, local).violations, values };
  });
  const best = minOf(scored.map((s) => s.v));
  return mergeEqual(group, scored.filter((s) => s.v === best));
}

/**
 * Readings of one cost that the group's own identities complete to the same values are one
 * reading: a row of zeros with its 总计 lost ('0 0 0 0 0 0' for seven cells) reads the same
 * wherever the missing cell is put. Kept apart, ten such rows made 7^10 combinations and sent the
 * whole table to the one-row-at-a-time fallback (every row ambiguous). The merged reading holds the
 * completed values and every flag of the readings merged (a cell unknown in one of them stays derived).
 */
function mergeEqual(group: Group, scored: readonly { c: Candidate; values: Map<string, CellValue> }[]): Candidate[] {
  const merged = new Map<string, Candidate>();
  for (const { c, values } of scored) {
    const filled = group.keys.map((k) => values.get(k));
    const key = `${c.cost}|${filled.map(String).join(',')}`;
    const prev = merged.get(key);
    if (!prev) merged.set(key, { ...c, cells: c.cells.map((cell, i) => ({ ...cell, value: filled[i], flags: [...cell.flags] })) });
    else prev.cells.forEach((cell, i) => (cell.flags = [...new Set<FieldFlag>([...cell.flags, ...(c.cells[i]?.flags ?? [])])]));
  }
  return [...merged.values()];
}

/** A combination kept: the index of each group's reading (its values are derived again by summarize). */
type Survivor = Picks;

/** Splits groups into sets linked by identities; each set is solved on its own. */
function components(groups: readonly Group[], identities: readonly Identity[]): Group[][] {
  const owner = new Map<string, number>();
  groups.forEach((g, i) => g.keys.forEach((k) => owner.set(k, i)));
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const id of identities) {
    const members = identityKeys(id).map((k) => owner.get(k)).filter((i): i is number => i !== undefined);
    for (const m of members.slice(1)) parent[find(m)] = find(members[0]!);
  }
  const sets = new Map<number, Group[]>();
  groups.forEach((g, i) => {
    const root = find(i);
    sets.set(root, [...(sets.get(root) ?? []), g]);
  });
  return [...sets.values()];
}

/** Solves the groups: each identity-linked set jointly. Returns a verdict per key of every group. */
export function solve(groups: readonly Group[], identities: readonly Identity[]): { fields: Map<string, SolvedField>; stats: SolveStats } {
  const fields = new Map<string, SolvedField>();
  const sets: SolveStats[] = [];
  // A row with no reading left (every split refused: seen in a pdftotext -layout dump of a gs-rewritten PDF, whose
  // garbled glyphs left a row nothing to read) places nothing: its fields stay missing, not a crash.
  const readable = groups.filter((g) => g.candidates.length > 0);
  for (const set of components(readable, identities)) {
    const r = solveLinked(set, identities);
    r.fields.forEach((v, k) => fields.set(k, v));
    sets.push(r.stats);
  }
  const sum = (of: (s: SolveStats) => number): number => sets.reduce((n, s) => n + of(s), 0);
  const stats = lazyStats(
    { groups: groups.length, combinations: sum((s) => s.combinations), evaluated: sum((s) => s.evaluated), exhausted: sets.some((s) => s.exhausted) },
    () => sum((s) => s.survivors),
    () => sum((s) => s.violations),
  );
  return { fields, stats };
}

interface Enumeration {
  best: { v: number; cost: number };
  survivors: Survivors;
  combinations: number;
  evaluated: number;
  /** Too many combinations to try, or ENUMERATION_WORK ran out: the survivors are incomplete. */
  incomplete: boolean;
}

/** Tries every combination of the groups' readings; keeps those with the fewest violations, then the lowest cost. */
function enumerate(groups: readonly Group[], identities: readonly Identity[], work?: Work): Enumeration {
  const combinations = groups.filter((g) => g.candidates.length > 1).reduce((p, g) => p * g.candidates.length, 1);
  const exhausted = combinations > MAX_COMBINATIONS;
  const checks = Math.max(1, identities.length);
  const most = Math.max(1, Math.floor(Math.min(ENUMERATION_WORK, work?.left ?? Infinity) / checks));
  // A space the full enumeration would try whole, split into independent parts: each part apart, the
  // same best and the same survivors (factor.ts), the same steps counted. Where the full enumeration
  // stops short (too many combinations, its work spent) it runs as ever: its output stays the same.
  const parts = !exhausted && combinations <= most ? independentParts(groups, identities) : null;
  if (parts) {
    tick(enumerationSteps(groups, checks));
    if (work) work.left -= Math.min(work.left, combinations * checks);
    const { best, block } = enumerateParts(groups, identities, parts);
    return { best, survivors: [block], combinations, evaluated: combinations, incomplete: false };
  }
  // Known before it starts not to finish (more combinations than its work lets it evaluate): it would
  // spend its whole work on a prefix of the space, and an incomplete enumeration's best and survivors
  // are read only where every other reading failed (solveLive: no consistent combination, no printed
  // reading). So they are found only when read, as they were: the same values, the same steps. A
  // mostly-blank LibreOffice print (fresh48 k11_21: 30 rows of 1–3 readings, 139 978 combinations,
  // 42 identities) spent ~1 s of one core per solve on the 57 144 combinations it could afford,
  // twice (narrowByStatedTotals solves again), before the consistent search settled it in ms.
  if (!exhausted && combinations > most) {
    const last = groups[groups.length - 1]!.candidates.length;
    // (`walk` evaluates the last row's readings together: it stops at the first whole block past `most`.)
    const evaluated = Math.min(combinations, Math.ceil(most / last) * last);
    if (work) work.left -= Math.min(work.left, evaluated * checks);
    let run: Walk | undefined;
    const done = (): Walk => (run ??= walk(groups, identities, checks, most));
    return {
      get best() {
        return done().best;
      },
      get survivors() {
        return done().survivors;
      },
      combinations,
      evaluated,
      incomplete: true,
    };
  }
  const { best, survivors, evaluated } = walk(groups, identities, checks, most, exhausted);
  if (work) work.left -= Math.min(work.left, evaluated * checks);
  return { best, survivors, combinations, evaluated, incomplete: exhausted || evaluated < combinations };
}

/** What `walk` found: the best (fewest violations, then least cost), the combinations of it, and how many it evaluated. */
interface Walk {
  best: { v: number; cost: number };
  survivors: Survivors;
  evaluated: number;
}

/** Tries the combinations of the groups' readings in order, up to `most` (none when `exhausted`). */
function walk(groups: readonly Group[], identities: readonly Identity[], checks: number, most: number, exhausted = false): Walk {
  let best = { v: Infinity, cost: Infinity };
  let survivors: Survivor[] = [];
  let evaluated = 0;
  const picks = groups.map((g) => g.candidates[0]!);
  const pickIdx = new Uint32Array(groups.length);
  const values = new Map<string, CellValue>();
  groups.forEach((g, i) => assign(values, g, picks[i]!));
  // (A key read by two rows: every row again per combination, in order, as the last one's value wins.)
  const unique = uniqueKeys(groups);
  const varying = groups.flatMap((g, i) => (g.candidates.length > 1 || !unique ? [i] : []));
  const visit = (gi: number): void => {
    tick();
    if (gi < groups.length && (exhausted || evaluated >= most)) return;
    if (gi === groups.length) {
      evaluated++;
      tick(checks);
      // Only the rows with several readings change between combinations: the others stay in `values`,
      // and what propagate derived is taken back after (a 25-row table of 42 875 combinations: a fresh
      // map per combination was a third of the enumeration's CPU).
      for (const i of varying) assign(values, groups[i]!, picks[i]!);
      const { violations, derived } = propagate(values, identities);
      for (const k of derived) values.set(k, undefined);
      const cost = picks.reduce((s, c) => s + c.cost, 0);
      if (violations < best.v || (violations === best.v && cost < best.cost)) {
        best = { v: violations, cost };
        survivors = [];
      }
      if (violations === best.v && cost === best.cost) survivors.push(pickIdx.slice());
      return;
    }
    for (const [ci, c] of groups[gi]!.candidates.entries()) {
      picks[gi] = c;
      pickIdx[gi] = ci;
      visit(gi + 1);
      if (exhausted) break;
    }
  };
  visit(0);
  return { best, survivors: listed(groups.length, identities, survivors), evaluated };
}

/** The steps `enumerate` counts trying every combination of `groups`: one per search node, `checks` more per combination. */
function enumerationSteps(groups: readonly Group[], checks: number): number {
  let nodes = 1;
  let prefix = 1;
  for (const g of groups) nodes += prefix *= g.candidates.length;
  return nodes + prefix * checks;
}

/** Each group's cheapest readings only (as printed before repaired, blank before unknown). */
function cheapest(groups: readonly Group[]): Group[] {
  return groups.map((g) => {
    const min = minOf(g.candidates.map((c) => c.cost));
    return { ...g, candidates: g.candidates.filter((c) => c.cost === min) };
  });
}

/** Solves one identity-linked set: the identities no reading changes set aside (`splitFixed`), the rest searched (`solveLive`). */
function solveLinked(groups: readonly Group[], allIdentities: readonly Identity[]): { fields: Map<string, SolvedField>; stats: SolveStats } {
  const { live: identities, fixedViolations } = splitFixed(groups, allIdentities);
  const r = solveLive(groups, identities, allIdentities);
  const { groups: n, combinations, evaluated, exhausted } = r.stats;
  return { ...r, stats: lazyStats({ groups: n, combinations, evaluated, exhausted }, () => r.stats.survivors, () => r.stats.violations + fixedViolations) };
}

/**
 * The identities some reading can change (`live`), and how many of the others fail. An identity
 * every member of which each reading of its row reads the same printed value (a row with one
 * reading: no empty cell, nothing to repair) holds or fails alike in every combination: its
 * failure is a wrong printed number, and it tells no reading from another. Left in, it made every
 * combination fail (a 2019 table of empty cells whose 本年新收 row prints a wrong 总计: the
 * searches for a combination breaking nothing found none, and every row with an empty cell went
 * ambiguous); taken out, the searches choose by the identities that can hold.
 */
function splitFixed(groups: readonly Group[], identities: readonly Identity[]): { live: Identity[]; fixedViolations: number } {
  const fixed = new Map<string, CellValue>();
  for (const g of groups) {
    g.keys.forEach((key, ci) => {
      const values = new Set(g.candidates.map((c) => c.cells[ci]?.value));
      const [only] = values;
      if (values.size === 1 && only !== undefined) fixed.set(key, only);
    });
  }
  const isFixed = identities.map((id) => identityKeys(id).every((k) => fixed.has(k)));
  const dead = identities.filter((_, i) => isFixed[i]);
  return { live: identities.filter((_, i) => !isFixed[i]), fixedViolations: dead.length === 0 ? 0 : propagate(new Map(fixed), dead).violations };
}

/**
 * The cheapest readings are tried first: when some combination of them breaks no identity, it is
 * optimal (no combination breaks fewer, none costs less), and every optimal combination is among
 * them. So the full space, which can be too large (a table of many empty cells), is only searched
 * when the cheapest readings do not add up and it holds more than they do.
 */
function solveLive(groups: readonly Group[], identities: readonly Identity[], allIdentities: readonly Identity[]): { fields: Map<string, SolvedField>; stats: SolveStats } {
  const pruned = groups.map((g) => ({ ...g, candidates: pruneLocally(g, identities) }));
  const cheap = cheapest(pruned);
  const first = enumerate(cheap, identities);
  // The full space again only when it is larger: when no reading was dropped, `first` searched it.
  const narrowed = cheap.some((g, i) => g.candidates.length < pruned[i]!.candidates.length);
  const settled = !narrowed || (!first.incomplete && first.best.v === 0);
  const widened = settled ? null : widenOne(cheap, pruned, identities);
  const space = settled ? cheap : pruned;
  const r = settled ? first : widened ?? enumerate(pruned, identities);
  // Too many combinations to enumerate: the consistent ones are searched for directly (pruned by the sums).
  // The cheapest readings first: a consistent combination of them is of least cost, so they hold every optimum.
  const work = workOf(SOLVE_NODES, SOLVE_CHECKS);
  // Without identities every combination is consistent: nothing to search for.
  const own = new Set(groups.flatMap((g) => g.keys));
  const searchable = r.incomplete && identities.some((id) => identityKeys(id).some((k) => own.has(k)));
  const partial: Survivor[] = [];
  const cheapRun = searchable ? consistentSearch(cheap, identities, work, false, undefined, partial) : null;
  // Too many consistent combinations of the cheapest readings to list: one witness per reading tells each field's values.
  const witnessed = cheapRun === 'gaveUp' ? consistentWitnesses(cheap, identities, workOf(SOLVE_NODES, SOLVE_CHECKS), partial) : null;
  const cheapDirect = cheapRun === 'gaveUp' ? witnessed : cheapRun;
  const direct = cheapDirect ?? (searchable ? consistentCombinations(pruned, identities, work) : null);
  if (direct) {
    const fields = summarize(cheapDirect ? cheap : pruned, listed(groups.length, identities, direct.survivors), witnessed !== null, direct.doubtful);
    doubt(fields, localDoubts(cheap));
    return {
      fields,
      stats: { groups: groups.length, combinations: r.combinations, evaluated: r.evaluated + direct.evaluated, survivors: direct.survivors.length, violations: 0, exhausted: false },
    };
  }
  // No reading keeps every identity: a total printed wrong is read as printed (solve/printed-fallback).
  const printed = r.incomplete || r.best.v > 0 ? printedReading(groups, allIdentities) : null;
  if (printed) return asPrinted(printed, identities, r);
  // OCR'd tables: the readings as recognised, with the fewest identities broken, rather than every
  // row with other readings ambiguous (see ocrFallback).
  const fallback = r.incomplete && (ocrFallback(groups, first) || blankFallback(cheap, pruned, first)) ? first : null;
  const fields = fallback ? summarize(cheap, fallback.survivors) : r.incomplete ? oneByOne(space) : summarize(space, r.survivors);
  // Empty cells the identities leave open between readings (a wrong printed total absorbed by some
  // empty cell or other): read as printed, 0, where the cheapest readings agree (blankFallback).
  // (Only when a field is left open: most tables of empty cells are settled and need no second summary.)
  const open = [...fields.values()].some((f) => f.flags.includes('ambiguous'));
  if (!fallback && !r.incomplete && open && blankFallback(cheap, pruned, first)) keepPrintedBlanks(fields, summarize(cheap, first.survivors));
  if (!r.incomplete || fallback) doubt(fields, localDoubts(cheap));
  return {
    fields,
    stats: lazyStats(
      { groups: groups.length, combinations: r.combinations, evaluated: r.evaluated, exhausted: r.incomplete },
      () => survivorCount(r.survivors),
      () => (Number.isFinite(r.best.v) ? r.best.v : 0),
    ),
  };
}

/**
 * Stats whose survivors and violations are counted when read (once): an incomplete enumeration's are
 * found only then (see enumerate). An exhausted solve's violations are read only by a narrative's
 * stated totals that are all met (narrowByStatedTotals) and by the trace; the callers that read
 * `exhausted` test it first.
 */
function lazyStats(base: Omit<SolveStats, 'survivors' | 'violations'>, survivors: () => number, violations: () => number): SolveStats {
  let s: number | undefined;
  let v: number | undefined;
  // (In SolveStats' order, as a trace prints them.)
  return {
    groups: base.groups,
    combinations: base.combinations,
    evaluated: base.evaluated,
    get survivors() {
      return (s ??= survivors());
    },
    get violations() {
      return (v ??= violations());
    },
    exhausted: base.exhausted,
  };
}

/** The verdict of the one reading as printed (printedReading), its failed identities left to the checks. */
function asPrinted(printed: readonly Group[], identities: readonly Identity[], r: Enumeration): { fields: Map<string, SolvedField>; stats: SolveStats } {
  const fields = summarize(printed, listed(printed.length, identities, [new Uint32Array(printed.length)]));
  const values = new Map<string, CellValue>();
  printed.forEach((g) => assign(values, g, g.candidates[0]!));
  const violations = propagate(values, identities).violations;
  return { fields, stats: { groups: printed.length, combinations: r.combinations, evaluated: r.evaluated, survivors: 1, violations, exhausted: false } };
}

/**
 * True when an OCR'd table whose full space is too large and holds no consistent combination is
 * judged by its cheapest readings (`first`, enumerated completely): the digits as recognised, with
 * the fewest identities broken, as a small table is judged. An OCR table holds a reading whose true
 * value is in no alternative ('768' for '769'); its other readings (each confusable digit of every
 * cell) multiply past the enumeration limit, and row by row every row with an alternative came out
 * ambiguous (huaian-2024 at 100 dpi: 15 fields lost). The trust rule keeps OCR values under 0.9
 * unless identities through other read cells confirm them.
 */
function ocrFallback(groups: readonly Group[], first: Enumeration): boolean {
  return !first.incomplete && Number.isFinite(first.best.v) && groups.some((g) => g.candidates.some((c) => c.cells.some((cell) => cell.flags.includes('ocr'))));
}

/**
 * True when a table whose full space is too large and holds no consistent combination differs from
 * its cheapest readings (`first`, enumerated completely) only by empty cells read as unknown: its
 * empty cells are read as printed, 0 (the template's rule for an empty cell of a filled table),
 * with the fewest identities broken, as a table printing its zeros is judged. A printed total that
 * is wrong (a table of empty cells whose 总计 row prints one too many) broke every combination, and
 * row by row every row with an empty cell came out ambiguous, its zeros lost (39 fields of a
 * tester's 200). Fields an identity that fails runs through are flagged and held low as ever.
 */
function blankFallback(cheap: readonly Group[], pruned: readonly Group[], first: Enumeration): boolean {
  if (first.incomplete || !Number.isFinite(first.best.v)) return false;
  return pruned.every((g, gi) => coveredByBlanks(g.candidates, cheap[gi]!.candidates));
}

/**
 * True when every reading of `all` differs from some reading of `bases` only in cells the base
 * printed empty (`printedEmpty`): equal values elsewhere. The bases are grouped by their empty
 * cells (a mask) and, within a group, keyed by their other values, so a reading is looked up once
 * per mask, not compared with every base: a row of 50 000 readings against 50 000 cheapest ones
 * (a pypdf dump of a LibreOffice print, hang46) was 2.5·10⁹ comparisons with no tick, minutes
 * past the document's budget. Same answer as the pairwise test; each lookup ticks the budget.
 */
export function coveredByBlanks(all: readonly Candidate[], bases: readonly Candidate[]): boolean {
  const byMask = new Map<string, { empty: boolean[]; length: number; keys: Set<string> }>();
  for (const base of bases) {
    tick();
    const empty = base.cells.map((cell) => printedEmpty(cell));
    const mask = `${base.cells.length}:${empty.map((e) => (e ? 1 : 0)).join('')}`;
    let entry = byMask.get(mask);
    if (!entry) byMask.set(mask, (entry = { empty, length: base.cells.length, keys: new Set() }));
    entry.keys.add(valuesKey(base.cells, empty, base.cells.length));
  }
  const masks = [...byMask.values()];
  const pairwise = (c: Candidate, base: Candidate): boolean => c.cells.every((cell, ci) => cell.value === base.cells[ci]?.value || printedEmpty(base.cells[ci]));
  return all.every((c) => masks.some((m) => {
    tick();
    // A base longer than the reading: its cells past the reading's are not compared (rare; pairwise).
    if (m.length > c.cells.length) return bases.some((base) => base.cells.length === m.length && (tick(), pairwise(c, base)));
    return m.keys.has(valuesKey(c.cells, m.empty, m.length));
  }));
}

/**
 * The values of `cells` outside the `empty` positions, as one string: a base's positions past its
 * own `length` read undefined (`base.cells[ci]?.value`), so a longer reading keys its extra cells as they are.
 */
function valuesKey(cells: readonly { readonly value: CellValue }[], empty: readonly boolean[], length: number): string {
  let key = '';
  for (let ci = 0; ci < cells.length; ci++) {
    if (ci < length && empty[ci]) continue;
    key += `${ci}=${cellKey(cells[ci]!.value)};`;
  }
  return key;
}

function cellKey(v: CellValue): string {
  return v === undefined ? 'u' : v === null ? 'n' : Object.is(v, -0) ? '0' : String(v);
}

/**
 * A cell of a cheapest reading that was printed empty: read 0 (`blank`), or given the value its row's
 * own total derives (`derived`, not `repaired`: an empty 总计 beside parts that are not 0).
 */
export function printedEmpty(cell: { readonly flags: readonly string[] } | undefined): boolean {
  return cell !== undefined && (cell.flags.includes('blank') || (cell.flags.includes('derived') && !cell.flags.includes('repaired')));
}

/** Fields left ambiguous that the cheapest readings read one way: that value, as printed. */
function keepPrintedBlanks(fields: Map<string, SolvedField>, printed: ReadonlyMap<string, SolvedField>): void {
  for (const [key, f] of fields) {
    const p = printed.get(key);
    if (f.flags.includes('ambiguous') && p && p.value !== null) fields.set(key, p);
  }
}

/**
 * When the full space is too large to enumerate: the cheapest readings with one row widened to all
 * its readings, row by row. The consistent combinations (no identity broken) of least cost, over
 * every such widening, survive together; null when none is consistent. A table of many empty
 * cells and one row short of a cell used to exhaust the full space and go ambiguous as a whole.
 */
function widenOne(cheap: readonly Group[], pruned: readonly Group[], identities: readonly Identity[]): Enumeration | null {
  const size = pruned.reduce((p, g) => p * g.candidates.length, 1);
  if (size <= MAX_COMBINATIONS) return null;
  let best: Enumeration | null = null;
  // One budget for all the widenings (each a full enumeration: 25 rows widened in turn took 50 s).
  const work = workOf(WIDEN_WORK);
  // Each cheap reading's index among its group's readings, made once for every widening.
  let at: number[][] | undefined;
  let gaveUp = false;
  pruned.forEach((g, i) => {
    if (gaveUp || g.candidates.length === cheap[i]!.candidates.length) return;
    const raw = enumerate(cheap.map((c, j) => (j === i ? g : c)), identities, work);
    // (An incomplete widening's survivors are never kept: not re-indexed, nor found — see enumerate.)
    const e = raw.incomplete ? raw : reindex(raw, (at ??= cheap.map((c, j) => indexIn(c.candidates, pruned[j]!.candidates))), i);
    // The budget ran out inside a widening: not every widening is known, so none is kept.
    if (e.incomplete && e.combinations <= MAX_COMBINATIONS) gaveUp = true;
    if (e.incomplete || e.best.v !== 0) return;
    if (!best || e.best.cost < best.best.cost) best = e;
    else if (e.best.cost === best.best.cost) best = { ...best, survivors: [...best.survivors, ...e.survivors], combinations: best.combinations + e.combinations, evaluated: best.evaluated + e.evaluated };
  });
  return gaveUp ? null : best;
}

/** The index of each of `some` in `all` (−1 when not there), as `all.indexOf` gives: the first. */
function indexIn<T>(some: readonly T[], all: readonly T[]): number[] {
  const at = new Map<T, number>();
  for (let i = all.length - 1; i >= 0; i--) at.set(all[i]!, i);
  return some.map((x) => at.get(x) ?? -1);
}

/**
 * The survivors of an enumeration over `cheap` with group `wide` taken from `pruned`, their picks
 * re-indexed into `pruned`'s readings through `at` (a group's cheapest readings are some of its readings: the same objects).
 */
function reindex(e: Enumeration, at: readonly number[][], wide: number): Enumeration {
  // (`at` made once per widenOne: indexOf per reading per widening was quadratic in a fused row's tens of thousands of readings.)
  remapPicks(e.survivors, at.map((idx, j) => (j === wide ? null : idx)));
  return e;
}

/** Marks resolved fields whose column only identities through other rows decided (see localDoubts). */
function doubt(fields: Map<string, SolvedField>, keys: ReadonlySet<string>): void {
  for (const k of keys) {
    const f = fields.get(k);
    if (f && !f.flags.includes('ambiguous') && !f.flags.includes('repaired')) fields.set(k, { ...f, flags: [...f.flags, 'repaired'] });
  }
}

/**
 * The verdict on every field over the `survivors` (each a combination of the groups' readings that
 * kept the identities: its values are the readings' cells, the unknown ones derived through the
 * identities as when it was kept; a block's parts each with their own identities, types.ts
 * `Survivors`). `witnesses`: the survivors are one witness per reading, not every combination: a
 * cell some reading leaves to the identities stays ambiguous.
 */
function summarize(groups: readonly Group[], survivors: Survivors, witnesses = false, doubtful?: readonly Candidate[][]): Map<string, SolvedField> {
  const values = groups.map((g) => g.keys.map(() => new Set<CellValue>()));
  const flags = groups.map((g) => g.keys.map(() => new Set<FieldFlag>()));
  // A reading's known cells give the same value and flags in every survivor that picks it: they are
  // added once per reading, and only its unknown cells (derived per combination) per survivor. Tens
  // of thousands of survivors (rows of readings no identity tells apart) spent most of a small
  // dump's CPU adding the same cells again. Keys read by two groups: every cell per survivor.
  const once = uniqueKeys(groups);
  const unknownCells = groups.map((g) => g.candidates.map((c) => g.keys.map((_, ci) => ci).filter((ci) => c.cells[ci]?.value === undefined)));
  const added = groups.map(() => new Set<number>());
  // The rows of one reading stay in `filled`; what propagate derives is taken back after each survivor.
  // Keys by slot (compiled identities, propagateSlots): one propagate per open survivor, and a search that
  // gave up hands over 5 000 of them (MAX_CONSISTENT_SURVIVORS) — over a Map of keys that was ~0.3 s of
  // one core per solve of a 3.9 KB pdfminer dump's table 三 (fresh49 k2-2002-lohtml.pm-M6).
  const slots = new Map<string, number>();
  const slotOf = (key: string): number => {
    let n = slots.get(key);
    if (n === undefined) slots.set(key, (n = slots.size));
    return n;
  };
  const keySlots = groups.map((g) => g.keys.map(slotOf));
  const parts = survivors.flat();
  const compiled = parts.map((part) => compileIdentities(part.identities, slotOf));
  const filled: CellValue[] = new Array<CellValue>(slots.size).fill(undefined);
  const put = (gi: number, c: Candidate): void => keySlots[gi]!.forEach((slot, i) => (filled[slot] = c.cells[i]?.value));
  groups.forEach((g, gi) => put(gi, g.candidates[0]!));
  const isDerived = new Uint8Array(slots.size);
  const derived: number[] = [];
  const addCell = (gi: number, ci: number, pick: number, open: boolean): void => {
    const slot = keySlots[gi]![ci]!;
    const cell = groups[gi]!.candidates[pick]!.cells[ci];
    values[gi]![ci]!.add(open ? filled[slot] : cell?.value);
    for (const f of cell?.flags ?? []) flags[gi]![ci]!.add(f);
    if (isDerived[slot]) flags[gi]![ci]!.add('derived');
    // Other combinations could derive another value there: not shown by the witnesses.
    if (witnesses && cell?.value === undefined) values[gi]![ci]!.add(undefined);
  };
  parts.forEach((part, p) => {
    const rows = part.groups;
    const varying = rows.flatMap((gi, j) => (groups[gi]!.candidates.length > 1 || !once ? [j] : []));
    for (const s of part.picks) {
      // Only a combination with an unknown cell has values the identities derive.
      let open = false;
      for (let j = 0; j < rows.length && !open; j++) open = unknownCells[rows[j]!]![s[j]!]!.length > 0;
      if (open) {
        for (const j of varying) put(rows[j]!, groups[rows[j]!]!.candidates[s[j]!]!);
        propagateSlots(filled, compiled[p]!, derived);
        for (const slot of derived) isDerived[slot] = 1;
      }
      for (let j = 0; j < rows.length; j++) {
        const gi = rows[j]!;
        const pick = s[j]!;
        if (!once || !added[gi]!.has(pick)) {
          added[gi]!.add(pick);
          for (let ci = 0; ci < groups[gi]!.keys.length; ci++) addCell(gi, ci, pick, open);
        } else {
          // The reading's cells and flags are in already: only what this combination derives is new
          // (the cell's value, undefined when nothing derived it, and 'derived').
          for (const ci of unknownCells[gi]![pick]!) {
            const slot = keySlots[gi]![ci]!;
            values[gi]![ci]!.add(filled[slot]);
            if (isDerived[slot]) flags[gi]![ci]!.add('derived');
          }
        }
      }
      for (const slot of derived) {
        filled[slot] = undefined;
        isDerived[slot] = 0;
      }
      derived.length = 0;
    }
  });
  const fields = new Map<string, SolvedField>();
  groups.forEach((g, gi) => {
    g.keys.forEach((key, ci) => {
      for (const c of doubtful?.[gi] ?? []) {
        values[gi]![ci]!.add(c.cells[ci]?.value);
        for (const f of c.cells[ci]?.flags ?? []) flags[gi]![ci]!.add(f);
      }
      fields.set(key, verdict(values[gi]![ci]!, flags[gi]![ci]!));
    });
  });
  return fields;
}

/** True when no key is read by two groups (each combination's values can then be changed row by row). */
function uniqueKeys(groups: readonly Group[]): boolean {
  return new Set(groups.flatMap((g) => g.keys)).size === groups.reduce((n, g) => n + g.keys.length, 0);
}

/** Too many combinations: each row on its own (no cross-row identities), fields agreeing across its readings kept. */
function oneByOne(groups: readonly Group[]): Map<string, SolvedField> {
  const fields = new Map<string, SolvedField>();
  for (const g of groups) {
    g.keys.forEach((key, ci) => {
      const values = new Set<CellValue>(g.candidates.map((c) => c.cells[ci]?.value));
      const flags = new Set<FieldFlag>(g.candidates.flatMap((c) => c.cells[ci]?.flags ?? []));
      if (g.candidates.length > 1) flags.add('ambiguous');
      fields.set(key, verdict(values, flags));
    });
  }
  return fields;
}

function verdict(values: Set<CellValue>, flags: Set<FieldFlag>): SolvedField {
  const known = [...values];
  if (known.length === 1 && known[0] !== undefined) {
    const v = known[0];
    flags.delete('ambiguous');
    return { value: v, flags: [...flags] };
  }
  flags.add('ambiguous');
  flags.delete('derived');
  const candidates = [...new Set(known.filter((v): v is number => typeof v === 'number'))].sort((a, b) => a - b);
  return { value: null, flags: [...flags], candidates };
}
