/**
 * Table 三 of a scan whose OCR'd column header is noise: the template's column order confirmed by
 * the ruled grid (seven value columns; the middle header row ruled 自然人 | 法人或其他组织 over five |
 * 总计) and by the rows' totals (map/ocr-grid-columns), so its values are not all capped
 * (`columns_unread`); anything else keeps the cap.
 */
import { mapToReport } from '../src/map/index.js';
import type { Line } from '../src/model/document.js';
import { TEMPLATE_2021 } from '../src/template/index.js';

const specs = TEMPLATE_2021.requestRows;
const VALUE_COLS = [3, 4, 5, 6, 7, 8, 9];

function gridLine(row: number, cells: string[], cols: number[], ocr: boolean): Line {
  return { cells, separated: true, cols, source: { page: 3, table: 2, row, strategy: 'ruled' }, ...(ocr ? { ocr: cells.map(() => ({})) } : {}) };
}

/** Row i's seven values: natural persons i, commercial i % 3, the rest 0, total their sum (a row the template order sums). */
const values = (i: number): number[] => [i, i % 3, 0, 0, 0, 0, i + (i % 3)];

interface Shape {
  ocr?: boolean;
  /** The middle header row as ruled (its cells' grid columns), or null when not read. */
  groupRow?: number[] | null;
  /** Changes a row's values (template order). */
  edit?: (i: number, v: number[]) => number[];
  /** Extra cells after the values (a remark column holding numbers). */
  extra?: boolean;
}

function table({ ocr = true, groupRow = [3, 4, 9], edit = (_i, v) => v, extra = false }: Shape = {}): Line[] {
  const lines: Line[] = [gridLine(0, ['（本列数据的色移关系为）', '由话人恰况'], [0, 3], ocr)];
  if (groupRow) lines.push(gridLine(1, groupRow.map((c) => (c === 4 ? '法大或其他组组' : '')), groupRow, ocr));
  // Sub-column row (商业企业 …) lost altogether, as on the scans.
  for (const [i, s] of specs.entries()) {
    const v = edit(i, values(i)).map(String);
    lines.push(gridLine(3 + i, [s.labels[0]!, ...v, ...(extra ? ['1'] : [])], [0, ...VALUE_COLS, ...(extra ? [10] : [])], ocr));
  }
  return lines;
}

function mapped(lines: Line[]) {
  return mapToReport(lines, [{ key: 'requests', heading: '三、收到和处理政府信息公开申请情况', confidence: 1, body: lines, text: '' } as never], 2024);
}
const capped = (m: ReturnType<typeof mapped>): boolean => [...m.placements].some(([k, p]) => k.startsWith('requests.') && p.orderUnconfirmed === true);
const unread = (m: ReturnType<typeof mapped>): boolean => m.warnings.some((w) => w.code === 'columns_unread');

describe('table 三 of a scan: columns confirmed by the ruled grid and the totals when the header is noise', () => {
  it('should not cap the values when the grid is ruled as the template and the totals sum last', () => {
    const m = mapped(table());
    expect(unread(m)).toBe(false);
    expect(capped(m)).toBe(false);
    expect(m.fields.get('requests.granted.total')?.value).toBe(values(2)[6]);
  });

  it('should confirm by the totals alone when the group row is not read, but not when every row sums either way', () => {
    expect(capped(mapped(table({ groupRow: null })))).toBe(false);
    // 'T 0 0 0 0 0 T' rows: 总计 could be printed first; with no ruled group row nothing tells.
    const symmetric = mapped(table({ groupRow: null, edit: (i) => [i, 0, 0, 0, 0, 0, i] }));
    expect(capped(symmetric)).toBe(true);
    // With the group row ruled, 总计 is an edge column, and 'T … T' reads the same either way: not capped.
    expect(capped(mapped(table({ edit: (i) => [i, 0, 0, 0, 0, 0, i] })))).toBe(false);
  });

  it('should keep the cap when a row sums with 总计 first, numbers stand in an eighth column, the group row is ruled otherwise, or the page has a text layer', () => {
    // Row 5 '10 2 3 5 0 0 0' sums with 总计 first (10 = 2 + 3 + 5), not last.
    expect(capped(mapped(table({ edit: (i, v) => (i === 5 ? [10, 2, 3, 5, 0, 0, 0] : v) })))).toBe(true);
    expect(capped(mapped(table({ extra: true })))).toBe(true);
    expect(capped(mapped(table({ groupRow: [3, 5, 9], edit: (i) => [i, 0, 0, 0, 0, 0, i] })))).toBe(true);
    expect(unread(mapped(table({ ocr: false, groupRow: null })))).toBe(true);
  });
});
