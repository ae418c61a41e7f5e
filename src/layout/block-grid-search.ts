/**
 * @file The placements of a plain PDF dump's value pieces on table 三's grid (layout/block-grid.ts), by poppler's
 * block order: each piece (a line's run of values) covers consecutive cells of one row; a block's first piece starts
 * at the first open cell at or after where the block before started (reading order, row by row); a piece of the same
 * block as wide as the one before may also go right below it (a block of k cells down a column: rows of equal height
 * poppler joined). A block may start up to MAX_SKIP cells later (cost 1: a cell poppler wrote late); the hole is
 * filled by a later block of its row or the block right after the row. Reading on into a row needs the rows above
 * read (a band's rows end together). Readings must keep every row's total and table 三's column identities; those of
 * the lowest cost found are returned (the caller wants exactly one).
 */

/** A run of value tokens on one line of the dump. */
export interface Piece {
  readonly values: readonly string[];
  /** The text block (paragraph) the line belongs to. */
  readonly block: number;
}

/** The table's shape: rows of `width` cells (the last the row's total), and the identities over its columns. */
export interface GridShape {
  readonly rows: number;
  readonly width: number;
  /** Column identities: rows whose cells add up (`plus`) to the rows on the other side (`minus`), per column. */
  readonly sums: readonly { readonly plus: readonly number[]; readonly minus: readonly number[] }[];
}

/** placements. Search budget: past it the stream is left as printed (no reading claimed). */
const MAX_STEPS = 400_000;
/** cells. A piece written out of order starts at most this many cells after where the order puts it. */
const MAX_SKIP = 2;
/** Out-of-order pieces tried at most (cost). */
const MAX_COST = 1;

const NA = /^[/／－—–-]$/;
const numberOf = (s: string): number => (NA.test(s) ? 0 : Number.parseFloat(s.replace(/[,件]/g, '')));

/** Debugging: the furthest piece the last search reached and the grid then. */
export const deepest: { i: number; grid: (string | null)[] } = { i: -1, grid: [] };

/** A reading: the grid's cells row-major as printed, and the text block each came from. */
export interface GridReading {
  readonly cells: readonly string[];
  readonly blocks: readonly number[];
}

/** Readings (distinct cells) of the pieces on the grid at the lowest cost any has; null past the budget. */
export function gridReadings(pieces: readonly Piece[], shape: GridShape, only?: number): GridReading[] | null {
  for (let cost = only ?? 0; cost <= (only ?? MAX_COST); cost++) {
    const found = readingsAt(pieces, shape, cost);
    if (found === null) return null;
    if (found.length > 0) return found;
  }
  return [];
}

function readingsAt(pieces: readonly Piece[], shape: GridShape, budget: number): GridReading[] | null {
  const { rows, width } = shape;
  const grid: (string | null)[] = new Array<string | null>(rows * width).fill(null);
  const filled = new Array<number>(rows).fill(0);
  const placed: number[] = [];
  const from = new Array<number>(rows * width).fill(-1);
  const out = new Map<string, GridReading>();
  let steps = 0;
  deepest.i = -1;
  const openFrom = (k: number): number => {
    const at = grid.indexOf(null, k);
    return at < 0 ? grid.indexOf(null) : at;
  };
  const fits = (k: number, n: number): boolean => {
    if (k < 0 || k >= grid.length || (k % width) + n > width) return false;
    for (let j = 0; j < n; j++) if (grid[k + j] !== null) return false;
    return true;
  };
  const rowHolds = (r: number): boolean => {
    const cells = grid.slice(r * width, (r + 1) * width) as string[];
    if (cells.every((s) => NA.test(s))) return true;
    if (cells.some((s) => NA.test(s))) return false;
    const parts = cells.slice(0, width - 1).reduce((a, s) => a + numberOf(s), 0);
    return Math.abs(parts - numberOf(cells[width - 1]!)) < 1e-6;
  };
  const sumsHold = (): boolean =>
    shape.sums.every((s) => {
      for (let c = 0; c < width; c++) {
        const side = (rs: readonly number[]): number => rs.reduce((a, r) => a + numberOf(grid[r * width + c]!), 0);
        if (Math.abs(side(s.plus) - side(s.minus)) > 1e-6) return false;
      }
      return true;
    });
  /** A piece read on in reading order into row r: the rows above are read (a band's rows end together), but for `late` holes left for cells written late. */
  const rowsAboveDone = (r: number, late: number): boolean => {
    let open = 0;
    for (let q = 0; q < r; q++) if (filled[q] !== width && ++open > late) return false;
    return true;
  };
  /** Where piece i may start (cell index) and at what cost. */
  const candidates = (i: number, anchor: number, cost: number): [number, number][] => {
    const p = pieces[i]!;
    const sameBlock = i > 0 && pieces[i - 1]!.block === p.block;
    const first = grid.indexOf(null);
    const open = openFrom(anchor);
    // A hole a cell written late left behind rows already started: filled before the next row (poppler writes such a cell right after its row).
    // A hole a cell written late left in this row: filled now or after the row's next cells; in the row just read:
    // filled now (poppler wrote it right after the row).
    const holeRow = first < open && !sameBlock ? Math.floor(open / width) - Math.floor(first / width) : -1;
    if (holeRow === 1) return [[first, 0]];
    const tries: [number, number][] = holeRow === 0 ? [[first, 0], [open, 0]] : [[open, 0]];
    // A block of k cells down a column: its lines as wide as each other (a line of another width reads on in order).
    if (sameBlock) {
      if (pieces[i - 1]!.values.length === p.values.length) tries.push([placed[i - 1]! + width, 0]);
    } else if (cost < budget) {
      for (let k = open + 1; k <= open + MAX_SKIP; k++) tries.push([k, 1]);
    }
    return tries;
  };
  const go = (i: number, anchor: number, cost: number): boolean => {
    if (++steps > MAX_STEPS) return false;
    if (i > deepest.i) { deepest.i = i; deepest.grid = grid.slice(); }
    if (i === pieces.length) {
      if (grid.indexOf(null) < 0 && sumsHold()) if (!out.has(grid.join('\t'))) out.set(grid.join('\t'), { cells: grid.slice() as string[], blocks: from.slice() });
      return true;
    }
    if (grid.indexOf(null) < 0) return true;
    // The same cells read by another path (zeros placed another way): its readings are already counted.
    const key = stateKey(i, anchor, cost);
    if (visited.has(key)) return true;
    visited.add(key);
    const p = pieces[i]!;
    const n = p.values.length;
    const seen = new Set<number>();
    const open = openFrom(anchor);
    for (const [k, extra] of candidates(i, anchor, cost)) {
      if (seen.has(k) || !fits(k, n)) continue;
      seen.add(k);
      const r = Math.floor(k / width);
      for (let j = 0; j < n; j++) {
        grid[k + j] = p.values[j]!;
        from[k + j] = p.block;
      }
      filled[r]! += n;
      placed[i] = k;
      const ok = (filled[r] !== width || rowHolds(r)) && (k !== open || rowsAboveDone(r, cost + extra));
      const nextAnchor = i + 1 < pieces.length && pieces[i + 1]!.block === p.block ? anchor : blockStart(i, k);
      const more = ok ? go(i + 1, nextAnchor, cost + extra) : true;
      filled[r]! -= n;
      for (let j = 0; j < n; j++) grid[k + j] = null;
      if (!more) return false;
    }
    return true;
  };
  const visited = new Set<number>();
  /** A hash (two 32-bit FNV-1a lanes, 53 bits kept) of the search state: the grid's cells, the piece, the anchor, the cell before. */
  const stateKey = (i: number, anchor: number, cost: number): number => {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    const mix = (s: string): void => {
      for (let j = 0; j < s.length; j++) {
        a = Math.imul(a ^ s.charCodeAt(j), 0x01000193);
        b = Math.imul(b ^ s.charCodeAt(j), 0x5bd1e995);
      }
    };
    let j = i;
    while (j > 0 && j < pieces.length && pieces[j - 1]!.block === pieces[i]!.block) j--;
    mix(`${i}|${anchor}|${placed[i - 1] ?? -1}|${j < i ? placed[j] : -1}|${cost}|`);
    for (const c of grid) mix(c === null ? '_,' : c + ',');
    return (a >>> 0) * 2 ** 21 + ((b >>> 0) >>> 11);
  };
  /** The cell the block of piece i (placed at k) started at: the next block reads on from there. */
  const blockStart = (i: number, k: number): number => {
    let j = i;
    while (j > 0 && pieces[j - 1]!.block === pieces[i]!.block) j--;
    return j === i ? k : placed[j]!;
  };
  return go(0, 0, 0) ? [...out.values()] : null;
}
