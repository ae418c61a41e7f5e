/**
 * @file A block of table rows printed in two column groups. Plain `pdftotext` of a narrow,
 * borderless or small-print page makes a text block of the label column and the first value
 * column (or of the first few value columns) and prints it whole before the rest of the rows (or
 * after them): for rows a..b the stream holds columns [0, k) of every row, row by row, then
 * columns [k, w) of every row ('5 0 0 0 30' the first values of five rows, then '2 0 0 0 0 7' …
 * their other values). Every cell of such a block sits at a fixed place of the stream: a reading
 * is a cut k and the order of the two groups, kept when every row of the block keeps its own
 * identities. One move of map/displaced-stream (one displacement). Not a move of map/stream-align:
 * there a block read so ties with a cheap repair of two rows that end alike ('… 65 65' / '… 0 0'),
 * which left an A4-landscape dump's rows ambiguous that the displaced decoder reads alone.
 */

/** Most rows of one grouped block (a page of a printed table; more rows only add chance readings of zero rows). */
export const MAX_GROUP_ROWS = 8;

/**
 * The readings of `h` rows of `w` cells printed in two column groups from stream position `i`:
 * each cut k (1 ≤ k < w) and group order whose every row passes `holds(rr, row)`. Readings equal
 * to the rows printed one after the other (both orders of a block of zero rows, say) are listed
 * once each; the caller dedupes by value.
 */
export function groupedBlocks(values: readonly number[], i: number, h: number, w: number, holds: (rr: number, row: readonly number[]) => boolean): number[][][] {
  const out: number[][][] = [];
  if (h < 2 || h > MAX_GROUP_ROWS || i + h * w > values.length) return out;
  for (let k = 1; k < w; k++) {
    for (const leftFirst of [true, false]) {
      const at = (rr: number, c: number): number =>
        c < k ? i + (leftFirst ? 0 : h * (w - k)) + rr * k + c : i + (leftFirst ? h * k : 0) + rr * (w - k) + (c - k);
      const rows: number[][] = [];
      for (let rr = 0; rr < h; rr++) {
        const row = Array.from({ length: w }, (_, c) => values[at(rr, c)]!);
        if (!holds(rr, row)) break;
        rows.push(row);
      }
      if (rows.length === h) out.push(rows);
    }
  }
  return out;
}
