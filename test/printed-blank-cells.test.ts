/**
 * Tables whose zeros print as empty cells, read where the text still says each empty cell's place:
 * a simple text table's column rule (pandoc plain) keeps a column no row prints
 * (layout/aligned-columns), and a table printing every row's cells (pipe/grid text) reads a row of
 * empty cells as all 0 (map/row-candidates cellsCounted).
 */
import { alignedRowCells } from '../src/layout/aligned-columns.js';
import { cellsCounted, rowCandidates } from '../src/map/row-candidates.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';

const none = (): boolean => false;
const num = (value: number): ValueToken => ({ kind: 'num', value, raw: String(value) }) as ValueToken;
const blank = (): ValueToken => ({ kind: 'blank' }) as ValueToken;

describe('alignedRowCells under a column rule', () => {
  // 3 value columns; the middle one is empty in every row (pandoc plain pads each cell to its run).
  const lines = [
    '  -------------------- ------ ------ ------',
    '  一、本年新收申请     3             3',
    '  二、上年结转申请     1             1',
    '  （七）总计           10            10',
    '  四、结转下年度',
    '  -------------------- ------ ------ ------',
  ];

  it('should keep a column that no row prints, its place given by the rule', () => {
    const cells = alignedRowCells(lines, none);
    expect(cells.get(1)).toEqual(['一、本年新收申请', '3', '', '3']);
    expect(cells.get(3)).toEqual(['（七）总计', '10', '', '10']);
  });

  it('should fall back to the rows when a number sits on no run of the rule', () => {
    const off = [lines[0]!, '  一、本年新收申请                  3   3', '  （七）总计           10                10'];
    const cells = alignedRowCells(off, none);
    expect(cells.get(1)?.slice(1)).not.toEqual(['3', '', '3']);
  });
});

describe('rowCandidates of a table printing its empty cells', () => {
  const k = 7;
  const counted = [
    [num(3), blank(), blank(), num(1), blank(), blank(), num(4)],
    [blank(), num(1), blank(), blank(), blank(), blank(), num(1)],
    [num(2), blank(), blank(), blank(), num(2), blank(), num(4)],
  ].map((values) => ({ values }));

  it('should read a row of exactly its cells, all empty, as all 0 in such a table only', () => {
    expect(cellsCounted(counted, counted.map(() => k))).toBe(true);
    const empty = { values: [] as ValueToken[], blankCells: k };
    const read = rowCandidates(empty, k, [6], undefined, false, true);
    expect(read).toHaveLength(1);
    expect(read[0]!.cells.map((c) => c.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // Not such a table: the row may as well have lost its values.
    expect(rowCandidates(empty, k, [6]).some((c) => c.cells.some((x) => x.value === undefined))).toBe(true);
    // Fewer empty cells than columns: not every place printed.
    expect(rowCandidates({ values: [], blankCells: 6 }, k, [6], undefined, false, true).length).toBeGreaterThan(1);
  });

  it('should read its rows of k cells as printed, a leading empty cell a cell (no repair)', () => {
    const row = { values: counted[1]!.values, blankCells: 0 };
    const read = rowCandidates(row, k, [6], undefined, false, true);
    expect(read[0]!.cells.map((c) => c.value)).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(read.flatMap((c) => c.cells).some((c) => c.flags.includes('repaired'))).toBe(false);
  });

  it('should not call a table of full rows one printing its empty cells', () => {
    const full = [0, 1, 2].map(() => ({ values: [1, 2, 3, 4, 5, 6, 21].map(num) }));
    expect(cellsCounted(full, full.map(() => k))).toBe(false);
  });
});
