/**
 * @file Where failed identities broke: the members a failed check does not put in doubt.
 *
 * A failed sum alone does not say which of its members is wrong, so every member is scored as
 * through a failed check (× 0.6, src/score/index.ts). But identities cross: a cell of table 三 sits
 * in its row's 总计 and in its column's sum (or the balance of its column). One wrong cell — a 总计
 * printed wrong, a part printed one off — fails exactly the identities through it, with the same
 * error in each; the other members of its row hold in their own columns. The failed checks are then
 * explained by few wrong cells, and a member of a failed identity that no such explanation names is
 * as confirmed as it would be without the failure (it keeps the flag `checkFailed`).
 *
 * An explanation is a set S of cells with non-zero errors e (read − true) such that every evaluated
 * identity's residual (total − Σ signed parts, as printed) is Σ over S of the cell's coefficient × e
 * (+1 for the total, −sign for a part), identities that hold included. The explanations of one
 * and of two cells (MAX_SITES) are all enumerated and every cell of any of them is a suspect: a
 * '5 0 0 0 0 0 5' row whose 自然人 swapped with another row's (two rows fail, no column) is explained
 * by the two rows' cells of any one column, so both rows stay in doubt everywhere. Nothing is cleared
 * when no explanation of at most MAX_SITES cells exists (three wrong 总计), when an identity was left
 * out and fails unseen (its residual is unknown), or for a member no holding identity reaches.
 *
 * Not only the smallest explanations count: errors that share a
 * cause come in pairs that cancel in an identity between them. A page cut into tiles (`mutool poster
 * -x 2 -y 2`) cuts a column's numbers at one x: '330' read '33' in 本年新收 and in 总计 alike, so their
 * balance holds (33 + 0 = 33 + 0) and only 其他's outcome column fails; the one-cell explanations (an
 * outcome row's 其他 off by 297) had cleared 总计's 33 at 0.98 (fb33 poster-land-x2y2-802).
 *
 * A value of a column the print lost (derived in every row: the 总计 column on another tile) is no
 * reading: an identity through it holds by construction, so it pins no error. Such cells (`derived`,
 * chosen by src/score/index.ts lostColumns) are unknowns, eliminated from the equations (each solved
 * from one identity through it and put into the others) before the explanations are sought; they are
 * never sites, and they count toward no MAX_SITES. Kept as known values, the derived 总计 had made
 * every row's total 'hold' and let no pair through the lost column.
 *
 * A cell an explanation names that no failed identity runs through (the 本年新收 33 above, whose
 * balance holds only with 总计's 33) is as much in doubt: `implicated` gives it, scored as through a
 * failed check (src/score/index.ts).
 *
 * Worked example: '（二）部分公开 4 0 1 0 0 0 7' (总计 printed 7 for 5): the row fails (7 ≠ 5) and so does
 * the 总计 column (Σ parts.total ≠ 本年度办理结果.total). The one cell in both is the row's 总计, with
 * error +2 in each: it is the only one-cell explanation. 自然人 4, whose column holds, is confirmed by
 * its column (× 0.6 no more); the 总计 7 stays at × 0.6.
 */
import type { Check } from '../schema/report.js';
import { EPSILON, parsePart } from '../solve/propagate.js';
import type { Identity } from '../template/index.js';

/**
 * Most wrong cells an explanation may take. Two covers a wrong 总计 and a part printed off, twice;
 * beyond, cancelling patterns (four cells of a rectangle) make the smallest explanation a guess.
 */
export const MAX_SITES = 2;

/** One evaluated identity as coefficient by key and its residual (total − Σ signed parts). */
interface Equation {
  coef: ReadonlyMap<string, number>;
  residual: number;
  failed: boolean;
}

function equationsOf(checks: readonly Check[], identities: readonly Identity[], derived: ReadonlySet<string>): Equation[] | undefined {
  const byId = new Map(identities.map((id) => [id.id, id]));
  let out: Equation[] = [];
  for (const c of checks) {
    const id = byId.get(c.id);
    const residual = c.ok ? 0 : (c.actual ?? Number.NaN) - (c.expected ?? Number.NaN);
    if (!id || !Number.isFinite(residual)) return undefined;
    const coef = new Map<string, number>([[id.total, 1]]);
    for (const p of id.parts) {
      const { key, sign } = parsePart(p);
      coef.set(key, (coef.get(key) ?? 0) - sign);
    }
    out.push({ coef, residual, failed: !c.ok });
  }
  for (const d of derived) out = eliminate(out, d);
  return out;
}

/** The equations with the unknown `d` solved from one of them and put into the others (that one dropped). */
function eliminate(eqs: readonly Equation[], d: string): Equation[] {
  const pivot = eqs.find((q) => Math.abs(q.coef.get(d) ?? 0) > EPSILON);
  if (!pivot) return [...eqs];
  const p = pivot.coef.get(d)!;
  return eqs
    .filter((q) => q !== pivot)
    .map((q) => {
      const a = q.coef.get(d) ?? 0;
      if (Math.abs(a) <= EPSILON) return q;
      const coef = new Map(q.coef);
      for (const [k, v] of pivot.coef) {
        const x = (coef.get(k) ?? 0) - (a / p) * v;
        if (Math.abs(x) <= EPSILON) coef.delete(k);
        else coef.set(k, x);
      }
      const residual = q.residual - (a / p) * pivot.residual;
      return { coef, residual, failed: Math.abs(residual) > EPSILON };
    });
}

/** True when one non-zero error at `k` gives every equation its residual. */
function explainsAlone(k: string, eqs: readonly Equation[]): boolean {
  let e: number | undefined;
  for (const q of eqs) {
    const a = q.coef.get(k) ?? 0;
    if (a === 0) {
      if (q.failed) return false;
      continue;
    }
    const x = q.residual / a;
    if (Math.abs(x) <= EPSILON) return false;
    if (e === undefined) e = x;
    else if (Math.abs(e - x) > EPSILON) return false;
  }
  return e !== undefined;
}

/** True when non-zero errors at `k1` and `k2` give every equation its residual. */
function explainsPair(k1: string, k2: string, eqs: readonly Equation[]): boolean {
  const rows: [number, number, number][] = [];
  for (const q of eqs) {
    const a = q.coef.get(k1) ?? 0;
    const b = q.coef.get(k2) ?? 0;
    if (a === 0 && b === 0) {
      if (q.failed) return false;
      continue;
    }
    rows.push([a, b, q.residual]);
  }
  const solution = solveTwo(rows);
  if (solution === 'line') return true;
  if (!solution) return false;
  return Math.abs(solution[0]) > EPSILON && Math.abs(solution[1]) > EPSILON;
}

/**
 * Solves a·e1 + b·e2 = r over `rows`: the unique solution, 'line' when the rows leave a line of
 * solutions (both cells in the same identities only: the pair explains it, as some point of the
 * line has both errors non-zero), or undefined when inconsistent.
 */
function solveTwo(rows: readonly [number, number, number][]): [number, number] | 'line' | undefined {
  const [a1, b1, r1] = rows[0]!;
  const second = rows.find(([a, b]) => Math.abs(a1 * b - b1 * a) > EPSILON);
  if (!second) return rows.every(([a, b, r]) => Math.abs(a * r1 - a1 * r) <= EPSILON && Math.abs(b * r1 - b1 * r) <= EPSILON) ? 'line' : undefined;
  const [a2, b2, r2] = second;
  const det = a1 * b2 - b1 * a2;
  const e1 = (r1 * b2 - b1 * r2) / det;
  const e2 = (a1 * r2 - r1 * a2) / det;
  return rows.every(([a, b, r]) => Math.abs(a * e1 + b * e2 - r) <= EPSILON) ? [e1, e2] : undefined;
}

/** Cells of every explanation of at most MAX_SITES cells of the failed equations; undefined when none. */
function suspects(eqs: readonly Equation[]): Set<string> | undefined {
  const failed = eqs.filter((q) => q.failed);
  if (failed.length === 0) return undefined;
  const cells = [...new Set(eqs.flatMap((q) => [...q.coef.keys()]))];
  const first = [...failed[0]!.coef.keys()];
  const out = new Set(first.filter((k) => explainsAlone(k, eqs)));
  // Every explanation has a cell in the first failed identity (its residual is not 0).
  for (const k1 of first) for (const k2 of cells) if (k2 !== k1 && !(out.has(k1) && out.has(k2)) && explainsPair(k1, k2, eqs)) out.add(k1).add(k2);
  return out.size > 0 ? out : undefined;
}

/**
 * Where the failures may be: `cleared`, members of failed checks that no explanation of the failures
 * names and that an identity holding through them reaches (scored on their holding checks,
 * src/score/index.ts); `implicated`, cells an explanation names that no failed check runs through
 * (scored as through a failed one). `checks` are every check the scorer uses (unseen failures
 * included: any clears nothing); `derived`, the keys whose values were computed, not read.
 */
export function failureSites(checks: readonly Check[], identities: readonly Identity[], derived: ReadonlySet<string> = new Set()): { cleared: Set<string>; implicated: Set<string> } {
  const cleared = new Set<string>();
  const implicated = new Set<string>();
  if (!checks.some((c) => !c.ok)) return { cleared, implicated };
  const eqs = equationsOf(checks, identities, derived);
  if (!eqs) return { cleared, implicated };
  const blamed = suspects(eqs);
  if (!blamed) return { cleared, implicated };
  // A derived cell takes the error of any cell it was computed beside: in doubt when a check through it names a suspect.
  for (const c of checks) {
    const bare = c.keys.map((k) => k.replace(/^-/, ''));
    if (bare.some((k) => blamed.has(k))) for (const k of bare) if (derived.has(k)) blamed.add(k);
  }
  const held = new Set(checks.filter((c) => c.ok).flatMap((c) => c.keys));
  const inFailed = new Set(checks.filter((c) => !c.ok).flatMap((c) => c.keys.map((k) => k.replace(/^-/, ''))));
  for (const c of checks) if (!c.ok) for (const k of c.keys) if (!blamed.has(k) && held.has(k)) cleared.add(k);
  for (const k of blamed) if (!inFailed.has(k)) implicated.add(k);
  return { cleared, implicated };
}

/** Members of failed checks that no explanation of the failures names (`failureSites`' `cleared`). */
export function clearedMembers(checks: readonly Check[], identities: readonly Identity[], derived: ReadonlySet<string> = new Set()): Set<string> {
  return failureSites(checks, identities, derived).cleared;
}
