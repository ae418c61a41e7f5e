/**
 * A scan whose headings and labels OCR did not read (faint print, the reverse side bleeding
 * through): table 三 and table 四 found by the shape of their OCR'd ruled grids
 * (map/table-by-shape), their rows placed by order and capped.
 */
import { mapToReport } from '../src/map/index.js';
import { requestTableByShape, reviewTableByShape } from '../src/map/table-by-shape.js';
import type { Line } from '../src/model/document.js';
import { TEMPLATE_2021 } from '../src/template/index.js';

/** A ruled grid row: garbled label in column 0, values from column 1; `ocr` marks it read by OCR. */
function gridLine(table: number, row: number, cells: string[], ocr: boolean): Line {
  return {
    cells,
    separated: true,
    cols: cells.map((_, i) => i),
    source: { page: 3 + table, table, row, strategy: 'ruled' },
    ...(ocr ? { ocr: cells.map(() => ({})) } : {}),
  };
}

const GARBLED = ['于年盐转政府信电公开', '刍至油污旺才着', '素融于三要具部事务', '下要于加和夫壕斌', '沁通二什歼苇法素才'];

/** Table 三 (2021, 25 rows) split over two pages, garbled labels; one request, granted, handled. */
function requestGrids(ocr: boolean): Line[] {
  const specs = TEMPLATE_2021.requestRows;
  const one = new Set(['newReceived', 'granted', 'totalHandled']);
  const rows = specs.map((s, i) => [GARBLED[i % GARBLED.length]!, ...(one.has(s.key) ? ['1', '0', '0', '0', '0', '0', '1'] : ['0', '0', '0', '0', '0', '0', '0'])]);
  const header = gridLine(0, 0, ['申请人惜况', '自然大', '法人或其他组织', '总汁'], ocr);
  return [header, ...rows.slice(0, 13).map((c, i) => gridLine(0, i + 1, c, ocr)), ...rows.slice(13).map((c, i) => gridLine(1, i, c, ocr))];
}

/** Table 四: a garbled header and its one row of fifteen cells. */
function reviewGrid(ocr: boolean): Line[] {
  return [gridLine(2, 0, ['行政复汉', '行政诉沁'], ocr), gridLine(2, 1, ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'], ocr)];
}

describe('tables of a scan found by the shape of their grids', () => {
  it('should find table 三 (both pages) and table 四 among OCR\'d grids, and no table of a text layer', () => {
    const lines = [...requestGrids(true), ...reviewGrid(true)];
    expect(requestTableByShape(lines)?.map((l) => l.source.table)).toEqual([...Array(14).fill(0), ...Array(12).fill(1)]);
    expect(reviewTableByShape(lines)?.map((l) => l.source.row)).toEqual([0, 1]);
    const text = [...requestGrids(false), ...reviewGrid(false)];
    expect(requestTableByShape(text)).toBeNull();
    expect(reviewTableByShape(text)).toBeNull();
  });

  it('should place the rows of a grid found so by order, flagged position (below 0.9), where labels name no row', () => {
    const scan = mapToReport([...requestGrids(true), ...reviewGrid(true)], [], 2024);
    expect(scan.fields.get('requests.granted.naturalPerson')?.value).toBe(1);
    expect(scan.fields.get('requests.totalHandled.total')?.value).toBe(1);
    expect(scan.fields.get('requests.carriedForward.total')?.value).toBe(0);
    expect(scan.placements.get('requests.granted.naturalPerson')?.by).toBe('position');
    expect(scan.fields.get('reviewLitigation.review.upheld')?.value).toBe(1);
  });
});
