/**
 * A block of table 三's rows printed in two column groups (map/column-groups): plain `pdftotext`
 * of a borderless or narrow page prints the first value column of a few rows (it sits in one text
 * block with the labels) before the rest of those rows, or a few columns of every row before the
 * others. The displaced-value decoder (map/displaced-stream) reads such a block as one move. The tables here are made by hand-written rules (each row's total the sum of its parts,
 * the outcome rows summed into 总计, 新收 = 总计 + 结转下年 − 上年结转).
 */
import { alignDisplacedStream } from '../src/map/displaced-stream.js';
import { groupedBlocks } from '../src/map/column-groups.js';
import { TEMPLATE_2019, TEMPLATE_2021 } from '../src/template/index.js';
import { lcg as rng, randomRequestGrid as grid } from './helpers/table3.js';


/** The stream of `rows` with rows [a, a+h) printed as columns [0, k) of each row, then columns [k, 7) of each (or that group first). */
function grouped(rows: number[][], a: number, h: number, k: number, leftFirst: boolean): number[] {
  const block = rows.slice(a, a + h);
  const left = block.flatMap((x) => x.slice(0, k));
  const right = block.flatMap((x) => x.slice(k));
  return [...rows.slice(0, a).flat(), ...(leftFirst ? [...left, ...right] : [...right, ...left]), ...rows.slice(a + h).flat()];
}

describe('rows printed in two column groups', () => {
  it('lists the cuts and orders whose rows keep their identities', () => {
    // Rows [5 2 7] and [1 0 1] (a + b = total), first column group first (k = 1): '5 1' then '2 7' '0 1'.
    // The other cuts and orders give [5 1 0], [0 5 1], [2 7 5]: broken sums. One row is not a block.
    const sum = (_: number, row: readonly number[]) => row[0]! + row[1]! === row[2]!;
    expect(groupedBlocks([5, 1, 2, 7, 0, 1], 0, 2, 3, sum)).toEqual([[[5, 2, 7], [1, 0, 1]]]);
    expect(groupedBlocks([5, 1, 2, 7, 0, 1], 0, 1, 3, sum)).toEqual([]);
  });

  it('reads the stream of a plain pdftotext dump of a borderless print (checked by hand against the printed table)', () => {
    // 2019 table: the first values of 上年结转, (一), (二), (三)1 ('2 0 0 0') before the rest of those
    // rows; the total of (六)其他处理 (1) after the last row.
    const truth = [
      [20, 10, 0, 1, 4, 3, 38], [2, 1, 0, 0, 0, 0, 3], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0],
      [0, 2, 0, 0, 1, 0, 3], [0, 0, 0, 0, 0, 1, 1], [0, 2, 0, 0, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0], [4, 0, 0, 0, 1, 0, 5],
      [1, 0, 0, 0, 1, 0, 2], [0, 2, 0, 0, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0], [7, 0, 0, 1, 0, 1, 9], [0, 0, 0, 0, 0, 0, 0],
      [3, 0, 0, 0, 0, 0, 3], [0, 0, 0, 0, 0, 0, 0], [2, 0, 0, 0, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0], [0, 3, 0, 0, 1, 0, 4],
      [0, 0, 0, 0, 0, 1, 1], [17, 9, 0, 1, 4, 3, 34], [5, 2, 0, 0, 0, 0, 7],
    ];
    const stream = [...truth[0]!, 2, 0, 0, 0, 1, 0, 0, 0, 0, 3, ...[0, 0, 0, 0, 0, 0], ...[0, 0, 0, 0, 0, 0], ...[0, 0, 0, 0, 0, 0],
      ...truth.slice(5, 20).flat(), 0, 0, 0, 0, 0, 1, ...truth[21]!, ...truth[22]!, 1];
    expect(stream).toHaveLength(161);
    const res = alignDisplacedStream('requests', stream, TEMPLATE_2019.requestRows, TEMPLATE_2019.identities);
    expect(res?.cost).toBe(2);
    expect(res?.readings).toEqual([truth]);
  });

  it('reads generated tables with one block in two column groups, never one wrong reading', () => {
    const specs = TEMPLATE_2021.requestRows;
    const ids = TEMPLATE_2021.identities;
    let displaced = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const r = rng(seed * 104729);
      const rows = grid(r);
      const h = 2 + Math.floor(r() * 5);
      const a = 1 + Math.floor(r() * (rows.length - h - 1));
      const stream = grouped(rows, a, h, 1 + Math.floor(r() * 6), r() < 0.5);
      const d = alignDisplacedStream('requests', stream, specs, ids)?.readings;
      if (d) expect(d).toContainEqual(rows);
      if (d?.length === 1) displaced++;
    }
    // Without the move: 0 of 8.
    expect(displaced).toBe(8);
  });
});
