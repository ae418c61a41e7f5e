/**
 * Table 三 of a scan read by grid order (map/grid-order) when the cell reader took a label column
 * for values. A tester's Word-style report (b44-05: `MsoTableGrid`, 10.5 pt, the sub-row labels
 * '1.属于国家秘密' wrapped four characters a line in a narrow third label column), printed by
 * Chromium, scanned at 100 dpi grey, 1.2° skew: that column's cells came back as ink that did not
 * read as a number ('?' below) in nearly every row, beside seven columns of numbers. Counted as an
 * eighth value column, the grid had no seven value columns, grid order was not used, and the
 * rows, their labels erased, were placed by order among header fragments: every row of table 三
 * took the values of the row above ('granted' read carriedOver's 5 6 0 1 0 0 12), 69 values wrong
 * (all below 0.9). The rows below are the scan's, as the stages after OCR received them
 * (`--trace`), page, grid, grid row | label | grid column:token ('?' unread ink, '_' blank).
 */
import { rowsByGridOrder, valueColumns } from '../src/map/grid-order.js';
import type { TableRow } from '../src/tables/build-rows.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';
import { TEMPLATE_2021 } from '../src/template/index.js';

const READ = [
  '2 6 4 |  | 0:? 16:1 26:- 27:? 28:? 30:1 31:? 32:2',
  '2 6 6 | 法 | ',
  '2 6 6 | 和 | ',
  '2 6 8 | 总计 本 | 30:2 33:_ 34:_ 35:? 41:311',
  '2 6 10 |  | 25:2 33:_ 35:?',
  '2 6 13 |  | 0:? 16:55 19:13 22:1 25:0 33:4 41:6 42:79',
  '2 6 14 |  | 0:_ 1:? 2:? 16:5 19:6 22:0 25:1 33:0 41:0 42:12',
  '2 6 15 | 三本壬轴 | 3:? 5:? 7:5 11:? 16:19 19:8 22:1 25:0 33:2 41:3 42:33',
  '2 6 16 | 全)部分全二只计污-人不计浊中 | 16:15 19:2 22:0 25:0 33:0 41:1 42:18',
  '2 6 17 | 伍)不了有 | 3:7',
  '2 6 17 | TT | 8:? 16:6 19:0 22:0 25:0 33:0 41:0 42:6',
  '2 6 18 |  | 8:? 10:? 11:? 12:? 14:/',
  '2 6 20 |  | 8:? 16:0 19:0 22:0 25:0 33:0 41:0 42:0',
  '2 6 21 |  | 8:4 10:- 11:3 12:5 13:? 14:?',
  '2 6 22 |  | 8:? 16:0 19:0 22:0 25:0 33:0 41:0 42:0',
  '2 6 23 |  | 8:? 16:0 19:0 22:0 25:0 33:0 41:0 42:0',
  '2 6 24 |  | 8:? 9:? 10:? 11:- 12:- 13:? 14:1',
  '2 6 25 |  | 8:? 16:0 19:0 22:0 25:0 33:0 41:0 42:0',
  '2 6 26 |  | 8:? 16:0 19:0 22:0 25:0 33:0 41:0 42:0',
  '2 6 27 |  | 8:? 9:4 11:1 12:?',
  '2 6 28 |  | 8:? 16:5 19:0 22:0 25:0 33:0 41:0 42:9',
  '2 6 29 |  | 8:? 16:0 19:0 22:0 25:0 33:0 41:0 42:0',
  '2 6 30 |  | 3:? 8:? 16:0 19:8 22:0 25:0 33:2 41:2 42:10',
  '2 6 31 |  | 8:? 16:0 19:0 22:0 25:0 33:0 41:0 42:0',
  '2 6 32 |  | 8:? 9:? 10:1 11:1 12:? 13:? 14:-',
  '3 7 0 |  | 0:_ 5:_ 12:? 18:0 19:1 20:0 21:0 22:0 23:0 24:1',
  '3 7 1 |  | 5:? 12:? 18:4 19:0 20:0 21:0 22:0 23:0 24:4',
  '3 7 4 |  | 12:1 13:? 14:? 15:? 17:? 18:0 19:0 20:0 21:0 22:0 23:0 24:0',
  '3 7 7 |  | 12:? 18:7 19:1 20:0 21:0 22:0 23:0 24:8',
  '3 7 9 |  | 12:? 18:0 19:0 20:0 21:0 22:0 23:0 24:0',
  '3 7 10 |  | 12:? 18:0 19:1 20:0 21:0 22:0 23:0 24:1',
  '3 7 12 |  | 5:? 12:? 18:4 19:0 20:0 21:0 22:0 23:0 24:4',
  '3 7 13 |  | 12:? 18:0 19:0 20:0 21:0 22:0 23:0 24:0',
  '3 7 14 |  | 12:? 16:? 18:0 19:0 20:0 21:0 22:0 23:0 24:0',
  '3 7 15 |  | 5:1 7:? 12:1 18:60 19:19 20:1 21:0 22:4 23:6 24:90',
  '3 7 16 | 四、杀 | 1:- 2:_ 3:- 4:? 5:- 6:? 7:_ 8:? 9:? 10:? 11:? 12:? 18:0 19:0 20:0 21:1 22:0 23:0 24:1',
  '3 7 17 |  | 1:? 2:? 3:? 4:1 5:- 6:- 7:_ 8:_ 9:? 10:- 11:?',
];

function token(t: string): ValueToken {
  const [c, raw] = t.split(':') as [string, string];
  const col = Number(c);
  if (raw === '?') return { kind: 'blank', col, ocr: { unread: true } } as ValueToken;
  if (raw === '_') return { kind: 'blank', col, ocr: {} } as ValueToken;
  if (/^\d+$/.test(raw)) return { kind: 'num', value: Number(raw), raw, fusable: false, col, ocr: {} } as ValueToken;
  return { kind: 'na', raw, col, ocr: {} } as ValueToken;
}

function rows(lines: readonly string[]): TableRow[] {
  return lines.map((l) => {
    const [where, label, values] = l.split(' | ') as [string, string, string];
    const [page, table, row] = where.split(' ').map(Number) as [number, number, number];
    const tokens = values.trim() === '' ? [] : values.trim().split(' ').map(token);
    return { label, pending: '', values: tokens, blankCells: 0, onGrid: true, source: { page, table, row, strategy: 'ruled' } } as TableRow;
  });
}

const specs = TEMPLATE_2021.requestRows;
const numbers = (r: TableRow): (number | null)[] => r.values.map((v) => (v.kind === 'num' ? v.value : null));

describe('table 三 by grid order with a label column the cell reader took for values', () => {
  it("should take the seven columns of numbers, not the label column of unread ink, as the grid's value columns", () => {
    const all = rows(READ);
    const page2 = all.filter((r) => r.source.page === 2);
    const page3 = all.filter((r) => r.source.page === 3);
    const join = (rs: TableRow[]): TableRow[] => [...new Set(rs.map((r) => r.source.row))].map((row) => ({ ...rs.find((r) => r.source.row === row)!, values: rs.filter((r) => r.source.row === row).flatMap((r) => r.values) }));
    expect(valueColumns(join(page2), 7)).toEqual([16, 19, 22, 25, 33, 41, 42]);
    expect(valueColumns(join(page3), 7)).toEqual([18, 19, 20, 21, 22, 23, 24]);
  });

  it('should place every row of the scan at its place, none one row off', () => {
    const placed = rowsByGridOrder(rows(READ), specs);
    expect(placed).toHaveLength(25);
    const at = (key: string): (number | null)[] => numbers(placed![specs.findIndex((s) => s.key === key)]!);
    expect(at('newReceived')).toEqual([55, 13, 1, 0, 4, 6, 79]);
    expect(at('carriedOver')).toEqual([5, 6, 0, 1, 0, 0, 12]);
    expect(at('granted')).toEqual([19, 8, 1, 0, 2, 3, 33]);
    expect(at('partiallyGranted')).toEqual([15, 2, 0, 0, 0, 1, 18]);
    expect(at('denied.stateSecret')).toEqual([6, 0, 0, 0, 0, 0, 6]);
    expect(at('unavailable.notHeld')).toEqual([0, 8, 0, 0, 2, 2, 10]);
    expect(at('unavailable.unclear')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(at('notProcessed.publication')).toEqual([7, 1, 0, 0, 0, 0, 8]);
    expect(at('totalHandled')).toEqual([60, 19, 1, 0, 4, 6, 90]);
    expect(at('carriedForward')).toEqual([0, 0, 0, 1, 0, 0, 1]);
    // Placed by position (labels garbled or erased): none keeps a label, so none is trusted by it.
    expect(placed!.filter((r) => r.label !== '')).toHaveLength(0);
  });

  it('should still refuse a grid whose columns of numbers are not exactly as many as the template has', () => {
    // Two columns lost on page 3: five columns of numbers and the label column.
    const cut = READ.map((l) => (l.startsWith('3 ') ? l.replace(/ 2[34]:\S+/g, '') : l));
    expect(rowsByGridOrder(rows(cut), specs)).toBeNull();
  });
});
