/**
 * Table 三 of a scan printed with blank zeros (a 0 printed as an empty cell), its OCR'd labels
 * noise, read by grid order (map/grid-order). Most rows hold two or three numbers, so a sparse
 * column (社会公益组织) holds a number in one of the few wide rows only, and an all-zero row at the
 * table's foot (四、结转下年度继续办理) prints no value: on 100 dpi scans of 6.5 pt print (a 2019
 * LibreOffice table, a 2021 Chromium one) the grid had six value columns of seven, or 24 rows of
 * values where the template has 25, grid order was not used, and the rows were placed by position
 * one row off.
 */
import { rowsByGridOrder } from '../src/map/grid-order.js';
import type { Line } from '../src/model/document.js';
import { buildRows } from '../src/tables/build-rows.js';
import { TEMPLATE_2019, TEMPLATE_2021 } from '../src/template/index.js';

const GARBLED = ['因亿泪评什生六想菜目会作', '订包用地奔放芋一天文', '大供杭且三直人法私关', '在商击可甘几杯竹', '郊遍手任直做法于攻'];
/** The grid's columns: 0 the label, 1 an item-number column, 2–8 the seven value columns. */
const VALUE_COLS = [2, 3, 4, 5, 6, 7, 8];

function gridLine(page: number, row: number, cells: string[], cols: number[]): Line {
  return { cells, separated: true, cols, source: { page, table: page, row, strategy: 'ruled' }, ocr: cells.map(() => ({})) };
}

/**
 * Row i's six parts: one or two small numbers, zeros elsewhere; 社会公益组织 (part 3) is a number only
 * in the first row of each grid (`firsts`); `zero` rows print no number at all. The seventh value
 * is the row's total.
 */
function parts(i: number, zero: ReadonlySet<number>, firsts: readonly number[]): number[] {
  if (zero.has(i)) return [0, 0, 0, 0, 0, 0];
  return [0, 1, 2, 3, 4, 5].map((j) => (j === 3 ? (firsts.includes(i) ? 2 : 0) : (i + j) % 3 === 0 ? (i % 5) + 1 : 0));
}

/** A blank-zero table 三 over two grids (the first `split` rows on one page), labels garbled. */
function table(count: number, zero: ReadonlySet<number>, split: number, edit: (i: number, cells: string[]) => string[] = (_i, c) => c): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < count; i++) {
    const p = parts(i, zero, [0, split]);
    const values = [...p, p.reduce((s, v) => s + v, 0)].map((v) => (v === 0 ? '' : String(v)));
    const cells = edit(i, [GARBLED[i % GARBLED.length]!, '', ...values]);
    lines.push(gridLine(i < split ? 3 : 4, i < split ? i + 1 : i - split, cells, [0, 1, ...VALUE_COLS]));
  }
  return lines;
}

const numbers = (values: readonly { kind: string; value?: number }[]): (number | null)[] => values.map((v) => (v.kind === 'num' ? v.value! : null));

describe('table 三 of a blank-zero scan by the order and count of its ruled rows', () => {
  it('should take a column that holds a number in one row as a value column when the rows sum to their totals', () => {
    const specs = TEMPLATE_2019.requestRows;
    const rows = rowsByGridOrder(buildRows(table(specs.length, new Set([5, 9]), 20)), specs);
    expect(rows).toHaveLength(specs.length);
    // Row 0 keeps its 社会公益组织 number in its own column; every row has seven values.
    expect(numbers(rows![0]!.values)).toEqual([1, null, null, 2, null, null, 3]);
    expect(rows!.map((r) => r.values.length)).toEqual(specs.map(() => 7));
    expect(numbers(rows![6]!.values)).toEqual([2, null, null, null, null, null, 2]);
  });

  it('should not take sparse columns that do not sum: an item number read in the label column, no number in 社会公益组织', () => {
    const specs = TEMPLATE_2019.requestRows;
    // 社会公益组织 all blank, and item numbers ('2' of '2.其他…') read in the label column of most rows:
    // seven columns hold numbers, but the rows do not sum to their totals.
    const lines = table(specs.length, new Set([5, 9]), 20, (i, c) => [c[0]!, i % 3 === 2 ? '' : String((i % 8) + 1), ...c.slice(2, 5), '', ...c.slice(6)]);
    expect(rowsByGridOrder(buildRows(lines), specs)).toBeNull();
  });

  it('should add an all-blank row at the foot whose label names its place, and only then', () => {
    const specs = TEMPLATE_2021.requestRows;
    const last = specs.length - 1;
    const foot = (label: string) => table(specs.length, new Set([last]), 13, (i, c) => (i === last ? [label, ...c.slice(1)] : c));
    // '四、结转下年度继续办理' as OCR read it.
    const rows = rowsByGridOrder(buildRows(foot('次、精围下年度他续办涅')), specs);
    expect(rows).toHaveLength(specs.length);
    expect(rows![last]!.values.every((v) => v.kind === 'blank')).toBe(true);
    // A label naming another row (a note under the table), or none: not a row of the table.
    expect(rowsByGridOrder(buildRows(foot('（七）总计')), specs)).toBeNull();
    expect(rowsByGridOrder(buildRows(foot('注：本表数据截至年底')), specs)).toBeNull();
  });
});
