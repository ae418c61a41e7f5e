/**
 * Table 三 of a 100 dpi scan of 6.5 pt print (scan45): its header row, one grid row over the value
 * columns, read as unread ink in every value cell but one, where a narrow header cell printed in a
 * stack ('法律服务机构' one glyph a line) read '1111'. It counted as a row of values: with three
 * all-blank rows inside the table (blank zeros) the rows of values were as many as 2021's other
 * （六） layout has rows, and every row was placed under that layout a row or more off (67 wrong).
 */
import { readByGridOrder, rowsByGridOrder } from '../src/map/grid-order.js';
import type { Line } from '../src/model/document.js';
import { buildRows } from '../src/tables/build-rows.js';
import { TEMPLATE_2021 } from '../src/template/index.js';

const GARBLED = ['系新政府中起', '转政府公开信息', '开从', '处的例理不', '书网'];
const VALUE_COLS = [2, 3, 4, 5, 6, 7, 8];

function gridLine(row: number, cells: string[], unread: ReadonlySet<number> = new Set()): Line {
  return { cells, separated: true, cols: [0, 1, ...VALUE_COLS], source: { page: 3, table: 0, row, strategy: 'ruled' }, ocr: cells.map((_c, i) => (unread.has(i) ? { unread: true } : {})) };
}

/** The header row (grid row 0) and the template's rows 1…n, `empty` rows printing no value (blank zeros). */
function table(count: number, empty: ReadonlySet<number>, header: boolean): Line[] {
  const lines: Line[] = header ? [gridLine(0, ['', '', '', '', '', '', '', '1111', ''], new Set([2, 3, 4, 5, 6, 8]))] : [];
  for (let i = 0; i < count; i++) {
    const p = [0, 1, 2, 3, 4, 5].map((j) => (empty.has(i) ? 0 : (i + j) % 3 === 0 ? (i % 5) + 1 : 0));
    const values = [...p, p.reduce((s, v) => s + v, 0)].map((v) => (v === 0 ? '' : String(v)));
    lines.push(gridLine(i + 1, [GARBLED[i % GARBLED.length]!, '', ...values]));
  }
  return lines;
}

describe('a scanned table 三 whose header row reads as a row of unread values', () => {
  const specs = TEMPLATE_2021.requestRows;
  const empty = new Set([10, 17, 18]);

  it('should not count the header row: the rows are the detected layout\'s, by grid order', () => {
    const read = readByGridOrder(buildRows(table(specs.length, empty, true)), TEMPLATE_2021);
    expect(read?.template.otherHandling).toBe('split');
    expect(read!.rows).toHaveLength(specs.length);
    expect(read!.rows.map((r) => r.source.row)).toEqual(specs.map((_s, i) => i + 1));
  });

  it('should read the same with the header and without it', () => {
    const withHeader = rowsByGridOrder(buildRows(table(specs.length, empty, true)), specs);
    const without = rowsByGridOrder(buildRows(table(specs.length, empty, false)), specs);
    expect(withHeader?.map((r) => r.source.row)).toEqual(without?.map((r) => r.source.row));
  });

  it('should keep a first row of values that reads more numbers than unread cells', () => {
    const lines = table(specs.length, empty, false);
    lines[0] = gridLine(1, [GARBLED[0]!, '', '3', '', '1', '', '', '', '4'], new Set([5]));
    expect(rowsByGridOrder(buildRows(lines), specs)?.[0]?.source.row).toBe(1);
  });
});
