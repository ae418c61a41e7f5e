/**
 * @file The columns of a borderless wide table that prints no complete row, from its header leaves.
 * free-columns.ts takes a wide table's columns from rows printing a number in every column; a report
 * printing zeros as empty cells may print none (a small office: 科研机构 and 社会公益组织 empty in
 * every row), and its rows were read by count alone — '32 16 10 13 71' under seven columns has 21
 * placements, and the table's values stayed ambiguous. The header (header-band.ts reads it as whole
 * leaf cells) says where the seven columns are: each number column of the rows (the numbers' ink,
 * overlapping from row to row as cells align alike) lies under one leaf's text or in the gap beside
 * it. A number column under a leaf's text is that leaf's; one in a gap is the leaf's on the side
 * the columns under a leaf's text show too (left-aligned numbers under centred headers start before
 * their header's text, right-aligned ones end after it), in order, one number column per leaf. When
 * the columns do not show one side, or a column is under two leaves, nothing is placed (the rows
 * stay with the row readings): a column read under the wrong leaf would keep every identity.
 */

/** A horizontal extent (pt). */
export interface Span {
  x: number;
  end: number;
}

const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.x, b.x);

/** The number columns: the numbers' ink merged where it overlaps from row to row, left to right. */
export function inkColumns(numbers: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const n of [...numbers].sort((a, b) => a.x - b.x)) {
    const last = out.at(-1);
    if (last && n.x < last.end) last.end = Math.max(last.end, n.end);
    else out.push({ ...n });
  }
  return out;
}

/**
 * Leaf of each number column (`ink`), or null: under one leaf's text, that leaf; in a gap, the leaf
 * on the side the columns under a leaf's text show too — numbers starting before their header's
 * text (left-aligned under a centred header: the gap's next leaf) or ending after it (right-aligned:
 * the gap's previous leaf). Null when a column is under two leaves, the gaps' side is not shown by
 * every column under a leaf (mixed alignments), or the leaves do not come in order one per column;
 * with no column under a leaf's text, the reading both sides agree on (or the one side that fits).
 */
function leafOf(ink: readonly Span[], leaves: readonly Span[]): number[] | null {
  const under = ink.map((s) => leaves.flatMap((l, j) => (overlap(l, s) > 0 ? [j] : [])));
  if (under.some((u) => u.length > 1)) return null;
  const at = under.map((u) => u[0] ?? -1);
  const inOrder = (m: readonly number[]): boolean => m.every((j, i) => j >= 0 && (i === 0 || j > m[i - 1]!));
  if (!at.includes(-1)) return inOrder(at) ? at : null;
  const toSide = (side: 'left' | 'right'): number[] =>
    at.map((j, i) => {
      if (j >= 0) return j;
      const after = leaves.findIndex((l) => l.x >= ink[i]!.end);
      return side === 'right' ? after : after < 0 ? leaves.length - 1 : after - 1;
    });
  if (at.every((j) => j < 0)) {
    // No column under a leaf's text shows the side (right-aligned numbers in wide cells under centred
    // headers all end in the gaps): each side read in turn, taken where every side that puts the
    // columns in order one per leaf puts them alike (the last column past the last leaf has no next leaf).
    const fits = (['right', 'left'] as const).map(toSide).filter(inOrder);
    return fits.length > 0 && fits.every((m) => m.join() === fits[0]!.join()) ? fits[0]! : null;
  }
  const shows = (side: 'left' | 'right'): boolean => at.every((j, i) => j < 0 || (side === 'right' ? ink[i]!.x < leaves[j]!.x : ink[i]!.end > leaves[j]!.end));
  const sides = (['right', 'left'] as const).filter(shows);
  if (sides.length !== 1) return null;
  const m = toSide(sides[0]!);
  return inOrder(m) ? m : null;
}

/**
 * Column extents for the rows' numbers (`numbers`: every number cell of the table's rows) under
 * `leaves` (the header's leaf cells, left to right): each leaf widened over the number column that
 * lies under it, or null when the number columns do not fall one per leaf in one way.
 */
export function leafColumns(leaves: readonly Span[], numbers: readonly Span[]): Span[] | null {
  const ink = inkColumns(numbers);
  if (ink.length === 0 || ink.length > leaves.length) return null;
  const at = leafOf(ink, leaves);
  if (!at) return null;
  return leaves.map((l, j) => {
    const k = at.indexOf(j);
    return k < 0 ? { ...l } : { x: Math.min(l.x, ink[k]!.x), end: Math.max(l.end, ink[k]!.end) };
  });
}
