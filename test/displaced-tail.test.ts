/**
 * Two values displaced in the last rows of table 三's value stream, as plain `pdftotext` prints an
 * A4 Chromium page: a row's first value after the row's other values, and one cell of 结转下年度
 * (the last row) after the row's total (its column's words form a block of their own). Each alone
 * costs one displacement; together the search lists some 300 readings of the last rows (zeros moved
 * among zero cells) before the column identities settle them, more than the 256 the decoder kept
 * per search state before (map/displaced-stream MAX_READINGS).
 */
import { alignDisplacedStream } from '../src/map/displaced-stream.js';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { lcg as rng, randomRequestGrid as grid } from './helpers/table3.js';

const specs = TEMPLATE_2021.requestRows;
const ids = TEMPLATE_2021.identities;

/** The stream of `rows` with row `a`'s first value after its row and the last row's cell `c` after its total. */
function displaced(rows: number[][], a: number, c: number): number[] {
  const n = rows.length;
  return rows.flatMap((row, i) => (i === a ? [...row.slice(1), row[0]!] : i === n - 1 ? [...row.filter((_, j) => j !== c), row[c]!] : row));
}

describe('two values displaced in the last rows of a table stream', () => {
  it('reads the stream of a plain pdftotext dump of an A4 print (checked by hand against the printed table)', () => {
    // Rows in template order; (六)3.其他 = 93 0 0 0 0 0 93 printed '0 0 0 0 0 93' then '93' after the
    // labels of the page, 结转下年度 = 3 1 0 0 0 0 4 printed '3 1 0 0 0 4' then the 科研机构 cell '0'.
    const truth = [
      [550, 104, 24, 11, 28, 22, 739], [4, 0, 0, 0, 0, 1, 5], [0, 0, 1, 1, 0, 0, 2], [0, 0, 2, 0, 0, 1, 3],
      [0, 0, 4, 0, 0, 0, 4], [51, 19, 0, 0, 0, 0, 70], [0, 0, 0, 0, 0, 7, 7], [0, 0, 2, 0, 6, 0, 8],
      [0, 4, 3, 3, 0, 6, 16], [10, 3, 4, 0, 5, 0, 22], [43, 0, 0, 2, 0, 0, 45], [15, 0, 0, 0, 0, 0, 15],
      [31, 17, 2, 0, 0, 0, 50], [0, 0, 0, 0, 8, 0, 8], [84, 5, 0, 0, 0, 0, 89], [0, 16, 3, 1, 0, 0, 20],
      [56, 0, 0, 0, 0, 0, 56], [29, 28, 0, 0, 7, 0, 64], [95, 0, 0, 4, 0, 8, 107], [0, 0, 0, 0, 0, 1, 1],
      [0, 11, 3, 0, 0, 0, 14], [44, 0, 0, 0, 2, 0, 46], [93, 0, 0, 0, 0, 0, 93], [551, 103, 24, 11, 28, 23, 740],
      [3, 1, 0, 0, 0, 0, 4],
    ];
    const stream = [...truth.slice(0, 22).flat(), 0, 0, 0, 0, 0, 93, 93, ...truth[23]!, 3, 1, 0, 0, 0, 4, 0];
    const res = alignDisplacedStream('requests', stream, specs, ids);
    expect(res?.cost).toBe(2);
    expect(res?.readings).toEqual([truth]);
  });

  it('reads generated tables of that kind, never a single wrong reading', () => {
    let right = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const r = rng(seed * 7919);
      const rows = grid(r);
      const a = rows.length - 6 + Math.floor(r() * 4);
      const res = alignDisplacedStream('requests', displaced(rows, a, Math.floor(r() * 6)), specs, ids);
      // Never one wrong reading; several readings must include the truth (the solver leaves them ambiguous).
      if (res) expect(res.readings).toContainEqual(rows);
      if (res?.readings.length === 1) right++;
    }
    // 28 of 30 with 256 readings per state (the other two: no reading).
    expect(right).toBe(30);
  });
});
