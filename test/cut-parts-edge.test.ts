/**
 * Table 三 of a LibreOffice odt print cut at the page's right edge, in two parts (gen61 lo-odt-pdf r06): the grid
 * runs on to the edge, its column there under a word cut through ('社会' of 社会公益组织, '法人' of the group word)
 * and its cells empty (the numbers past the edge not written); the 续表 part, its label column wider, prints one
 * column fewer and no such cell. The empty cells past the last column any row prints in are past the edge: the
 * table prints its first three columns (map/clipped-total shownWidths), not four in one part and three in the other.
 */
import type { Line } from '../src/model/document.js';
import { clippedTableLines, clippedTotalColumns } from '../src/map/clipped-total.js';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { consistentRequestGrid } from './helpers/table3.js';

const specs = TEMPLATE_2021.requestRows;
const grid = consistentRequestGrid((r, c) => (r * 3 + c * 5) % 7);
const line = (cells: string[], cols: number[], table: number): Line => ({ cells, cols, separated: true, source: { page: 2, table } });
/** Rows r0..r1 of the table: label, the first three values ('7件'), and `edge` empty cells after them. */
const rows = (r0: number, r1: number, table: number, edge: number): Line[] => specs.slice(r0, r1).map((s, i) =>
  line([s.labels[0]!, ...grid[r0 + i]!.slice(0, 3).map((v) => `${v}件`), ...Array<string>(edge).fill('')], [0, 3, 4, 5, ...(edge ? [6] : [])], table));
const split = 16;
const lines: Line[] = [
  line(['', '自然人', '法人'], [0, 3, 4], 1), line(['商业企业', '科研机构', '社会'], [4, 5, 6], 1), ...rows(0, split, 1, 1),
  { cells: ['续表'], separated: false, source: { page: 2 } },
  line(['自然人', ''], [3, 4], 2), line(['商业企业', '科研机'], [4, 5], 2), ...rows(split, specs.length, 2, 0),
];

describe('table 三 cut at the edge in two parts, the edge column\'s cells empty in one', () => {
  it('should read the three columns both parts print', () => {
    expect(clippedTableLines(lines)).not.toBeNull();
    expect(clippedTotalColumns(lines, specs)).toEqual(['naturalPerson', 'commercial', 'research']);
  });
  it('should not take a column printing a number in some row as past the edge', () => {
    const printed = lines.map((l, i) => (i === 3 ? { ...l, cells: [...l.cells.slice(0, -1), '2件'] } : l));
    expect(clippedTotalColumns(printed, specs)).toBeNull();
  });
});
