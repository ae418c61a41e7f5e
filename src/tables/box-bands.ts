/**
 * @file Table 三's cells as pdfminer writes a Chromium print's page of them in horizontal bands, each band column by
 * column (tables/box-tree's family, read where its search cannot be): every cell a text box of its own, the grouping tree
 * joining each column's cells of a band into a run, the band's runs left to right, the bands top to bottom (fresh54 f021:
 * one band of 23 rows; fresh53 f072: rows 0–2, then rows 3–24). Such a page of one-value boxes fits so many guillotine
 * trees that box-tree's search passes its budget before any identity prunes it (150 000 states for 23 × 7 boxes), and
 * nothing was read. Here only the band boundaries are chosen, a band kept when each of its rows' 总计 is the sum of its
 * six applicant cells, and a cell's candidates are the values any kept band puts there.
 *
 * pdfminer also writes another table's boxes among a page's: table 四's counts, between its header words, before table 三's
 * 总计 run (the tall 总计 column grouped with the table beside it). A run of counts after table 三's region that words
 * enclose (`skips`) may be passed over, whole, where a band's column starts; nothing else is.
 */
import { APPLICANT_COLUMNS, REQUEST_COLUMNS } from '../template/requests.js';
import type { TreeRead } from './box-tree.js';

const WIDTH = REQUEST_COLUMNS.length;
const TOTAL = REQUEST_COLUMNS.indexOf('total');
const APPLICANTS = APPLICANT_COLUMNS.map((c) => REQUEST_COLUMNS.indexOf(c));
/** Band readings tried at most (rows × boxes × band heights × skip choices: a page of 25 rows takes a few thousand). */
const MAX_STEPS = 200_000;

/** A band's reading: the next count index and the cells (band row × column) it read. */
interface Band { next: number; cells: number[][] }

/**
 * The band [a, b) read column after column from count `p` on (a skippable run passed over where a column starts), each row's
 * total holding and each cell among `allowed`, no column's run right after header pieces that name other columns only
 * (`heads`: `pdf2txt -L 0.3` writes 商业企业's '业' before its run, which came before 自然人's — an exchange of two applicant
 * columns no identity sees); every such reading.
 */
function bandsAt(values: readonly number[], skips: ReadonlyMap<number, number>, heads: ReadonlyMap<number, ReadonlySet<number>>, a: number, b: number, p: number, allowed: ReadonlyArray<ReadonlyArray<ReadonlySet<number>>> | undefined, steps: { left: number }): Band[] {
  const h = b - a;
  const out: Band[] = [];
  const cells: number[][] = Array.from({ length: h }, () => new Array<number>(WIDTH).fill(0));
  const column = (c: number, pos: number): void => {
    if (--steps.left < 0) return;
    if (c === WIDTH) {
      if (cells.every((row) => row[TOTAL] === APPLICANTS.reduce((s, k) => s + row[k]!, 0))) out.push({ next: pos, cells: cells.map((r) => [...r]) });
      return;
    }
    const skip = skips.get(pos);
    if (skip !== undefined) column(c, skip);
    if (pos + h > values.length || heads.get(pos)?.has(c) === false) return;
    for (let r = 0; r < h; r++) {
      const v = values[pos + r]!;
      if (allowed && !allowed[a + r]![c]!.has(v)) return;
      cells[r]![c] = v;
    }
    column(c + 1, pos + h);
  };
  column(0, p);
  return out;
}

/**
 * Candidates per page row × column over every band reading of rows 0..r−1 from the first count (each r reached joined, as
 * box-tree's trees), the most rows read and the count index after them; null when none is read, the search passes
 * MAX_STEPS, or the readings of the most rows end at different counts (which boxes are the next page's is open).
 */
export function bandCandidates(rows: number, values: readonly number[], skips: ReadonlyMap<number, number>, heads: ReadonlyMap<number, ReadonlySet<number>>, allowed?: ReadonlyArray<ReadonlyArray<ReadonlySet<number>>>): TreeRead | null {
  const cand = Array.from({ length: rows }, () => Array.from({ length: WIDTH }, () => new Set<number>()));
  const steps = { left: MAX_STEPS };
  const reached: Array<Set<number>> = Array.from({ length: rows + 1 }, () => new Set<number>());
  reached[0]!.add(0);
  for (let a = 0; a < rows; a++) {
    for (const p of reached[a]!) {
      for (let b = a + 1; b <= rows; b++) {
        for (const band of bandsAt(values, skips, heads, a, b, p, allowed, steps)) {
          band.cells.forEach((row, r) => row.forEach((v, c) => cand[a + r]![c]!.add(v)));
          reached[b]!.add(band.next);
        }
        if (steps.left < 0) return null;
      }
    }
  }
  let most = rows;
  while (most > 0 && reached[most]!.size === 0) most--;
  if (most === 0 || reached[most]!.size !== 1) return null;
  return { cand, rows: most, boxes: [...reached[most]!][0]! };
}
