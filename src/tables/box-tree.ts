/**
 * @file The cells a layout analyser's box order can put where: pdfminer (`pdf2txt`, default LAParams) writes a
 * page's text boxes in the order of its grouping tree (`layout.group_textboxes`: the two boxes or groups whose
 * joint bounding box adds least area merged first; a group's two parts written top before bottom, left before
 * right). In a Chromium print of table 三 each cell is a box of its own, so the page comes out as column runs,
 * row pieces, blocks, in an order the tree alone fixes, the labels' boxes among them.
 *
 * Here the tree is taken as a guillotine one over the page's grid (rows × the label column and the seven count
 * columns): every group the cells one rectangle holds, its two parts one above the other (the upper first) or side
 * by side (the left first). Every such tree over the page's boxes is searched at once (a rectangle and the box it
 * starts at: which cuts let its boxes fill it), the labels' boxes fixed on their rows' label cells; a cell's
 * candidates are the values any tree puts there. The caller narrows them by the identities (`allowed`) and reads
 * a cell only when one value is left. A blank cell prints no box: its page holds fewer values than cells and
 * is not read here.
 */

/** A text box of the page: `rows` × `width` cells (a box of counts: one line per row, as many counts a line). */
export interface TreeBox {
  rows: number;
  width: number;
  /** The label's row for a label box (its label cell, then its trailing counts '5.要求…信息 4'), else null. */
  labelRow: number | null;
  /** Whether the box takes its row's label cell (false: a label box's trailing counts alone, in a grid of counts only). */
  labelCell?: boolean;
  /** The counts by line (a label box: those after the label). */
  values: number[][];
}

/** Grid columns: the label column, then the seven of table 三. */
export const TREE_COLUMNS = 8;
/** States (rectangle × first box) searched at most (time): a page of 16 rows read with its labels takes ~11 000. */
const MAX_STATES = 150_000;

type Cut = readonly [kind: 0 | 1 | 2, at: number, next: number];

/** Candidates per row × count column (7) of the rows the trees fill, and how many rows and boxes those take. */
export interface TreeRead { cand: Array<Array<Set<number>>>; rows: number; boxes: number }

/**
 * Candidate values per page row × count column (7) over every tree filling rows 0..r−1 with the first boxes, for each
 * r ≤ `rows` they fill (a page's rows above the next page's: the boxes after them are the next page's), joined; null
 * when no tree fits or the search passes MAX_STATES or the caller's `budget` (states left, shared by its calls). Without `labelColumn` the grid is the counts' alone (the labels' boxes left out: a tree grouping
 * them with counts of other rows is no guillotine one over the whole grid, but may be over the counts). With `whole` only trees
 * filling all `rows` are taken (a page-fed dump's page: every row whose label it prints is on it, no later page's).
 */
export function treeCandidates(rows: number, boxes: readonly TreeBox[], budget: { states: number }, allowed?: ReadonlyArray<ReadonlyArray<ReadonlySet<number>>>, labelColumn = true, whole = false): TreeRead | null {
  const C = labelColumn ? TREE_COLUMNS : TREE_COLUMNS - 1;
  const lead = labelColumn ? 1 : 0;
  const prefix = [0];
  for (const b of boxes) prefix.push(prefix.at(-1)! + b.rows * b.width);
  if (rows > 31 || boxes.length > 1000) return null;
  const startAt = new Map(prefix.map((w, i) => [w, i]));
  const memo = new Map<number, Cut[]>();
  const key = (r0: number, r1: number, c0: number, c1: number, i: number): number => (((r0 * 32 + r1) * 16 + c0) * 16 + c1) * 1024 + i;
  const fits = (r0: number, c0: number, i: number): boolean => {
    const b = boxes[i]!;
    const off = b.labelRow !== null && b.labelCell !== false ? 1 : 0;
    if (b.labelRow === null ? c0 < lead : b.labelRow !== r0 || c0 !== 0) return false;
    return !allowed || b.values.every((line, dr) => line.every((v, d) => allowed[r0 + dr]![c0 + off + d - lead]!.has(v)));
  };
  let overflow = false;
  const feasible = (r0: number, r1: number, c0: number, c1: number, i: number): boolean => {
    const k = key(r0, r1, c0, c1, i);
    const known = memo.get(k);
    if (known) return known.length > 0;
    const out: Cut[] = [];
    memo.set(k, out);
    if (memo.size > MAX_STATES || --budget.states < 0) { overflow = true; return false; }
    const j = startAt.get(prefix[i]! + (r1 - r0) * (c1 - c0));
    if (j === undefined) return false;
    if (j === i + 1) {
      const b = boxes[i]!;
      if (r1 - r0 === b.rows && c1 - c0 === b.width && fits(r0, c0, i)) out.push([0, 0, 0]);
      return out.length > 0;
    }
    for (let r = r0 + 1; r < r1; r++) {
      const n = startAt.get(prefix[i]! + (r - r0) * (c1 - c0));
      if (n !== undefined && feasible(r0, r, c0, c1, i) && feasible(r, r1, c0, c1, n)) out.push([1, r, n]);
    }
    for (let c = c0 + 1; c < c1; c++) {
      const n = startAt.get(prefix[i]! + (r1 - r0) * (c - c0));
      if (n !== undefined && feasible(r0, r1, c0, c, i) && feasible(r0, r1, c, c1, n)) out.push([2, c, n]);
    }
    return out.length > 0;
  };
  const roots: Array<[number, number, number, number, number]> = [];
  let read = { rows: 0, boxes: 0 };
  for (let r = whole ? rows : 1; r <= rows && !overflow; r++) {
    const i = startAt.get(r * C);
    if (i !== undefined && feasible(0, r, 0, C, 0)) { roots.push([0, r, 0, C, 0]); read = { rows: r, boxes: i }; }
  }
  if (roots.length === 0 || overflow) return null;
  const cand = Array.from({ length: rows }, () => Array.from({ length: TREE_COLUMNS - 1 }, () => new Set<number>()));
  const seen = new Set<number>();
  const stack = roots;
  while (stack.length > 0) {
    const s = stack.pop()!;
    const k = key(...s);
    if (seen.has(k)) continue;
    seen.add(k);
    const [r0, r1, c0, c1, i] = s;
    for (const [kind, at, n] of memo.get(k)!) {
      if (kind === 1) stack.push([r0, at, c0, c1, i], [at, r1, c0, c1, n]);
      else if (kind === 2) stack.push([r0, r1, c0, at, i], [r0, r1, at, c1, n]);
      else {
        const b = boxes[i]!;
        const off = b.labelRow !== null && b.labelCell !== false ? 1 : 0;
        b.values.forEach((line, dr) => line.forEach((v, d) => cand[r0 + dr]![c0 + off + d - lead]!.add(v)));
      }
    }
  }
  return { cand, ...read };
}
