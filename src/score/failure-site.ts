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
 * (+1 for the total, −sign for a part), identities that hold included. The smallest explanations
 * (one cell, else two; MAX_SITES) are all enumerated and every cell of any of them is a suspect: a
 * '5 0 0 0 0 0 5' row whose 自然人 swapped with another row's (two rows fail, no column) is explained
 * by the two rows' cells of any one column, so both rows stay in doubt everywhere. Nothing is cleared
 * when no explanation of at most MAX_SITES cells exists (three wrong 总计), when an identity was left
 * out and fails unseen (its residual is unknown), or for a member no holding identity reaches.
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

function equationsOf(checks: readonly Check[], identities: readonly Identity[]): Equation[] | undefined {
  const byId = new Map(identities.map((id) => [id.id, id]));
  const out: Equation[] = [];
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
  return out;
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

/** Cells of the smallest explanations (at most MAX_SITES cells) of the failed equations; undefined when none. */
function suspects(eqs: readonly Equation[]): Set<string> | undefined {
  const failed = eqs.filter((q) => q.failed);
  const cells = [...new Set(eqs.flatMap((q) => [...q.coef.keys()]))];
  const first = [...failed[0]!.coef.keys()];
  const single = first.filter((k) => explainsAlone(k, eqs));
  if (single.length > 0) return new Set(single);
  const out = new Set<string>();
  // Every explanation has a cell in the first failed identity (its residual is not 0).
  for (const k1 of first) for (const k2 of cells) if (k2 !== k1 && explainsPair(k1, k2, eqs)) out.add(k1).add(k2);
  return out.size > 0 ? out : undefined;
}

/**
 * Members of failed checks that no smallest explanation of the failures names, and that an
 * identity holding through them reaches: scored on their holding checks (src/score/index.ts).
 * `checks` are every check the scorer uses (unseen failures included: any makes the result empty).
 */
export function clearedMembers(checks: readonly Check[], identities: readonly Identity[]): Set<string> {
  const out = new Set<string>();
  if (!checks.some((c) => !c.ok)) return out;
  const eqs = equationsOf(checks, identities);
  if (!eqs) return out;
  const blamed = suspects(eqs);
  if (!blamed) return out;
  const held = new Set(checks.filter((c) => c.ok).flatMap((c) => c.keys));
  for (const c of checks) if (!c.ok) for (const k of c.keys) if (!blamed.has(k) && held.has(k)) out.add(k);
  return out;
}
