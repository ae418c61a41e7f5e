/**
 * A remarks column (备注) added after a table's columns (layout/remark-columns): left out by its
 * header, in tab cells and on an HTML grid; an extra column with no header is kept.
 */
import { dropRemarkColumns } from '../src/layout/remark-columns.js';
import type { Line } from '../src/model/document.js';

const tabs = (cells: string[], line: number): Line => ({ cells, separated: true, source: { line } });

describe('dropRemarkColumns', () => {
  it('should leave out the cells under a 备注 header in the lines of its table, up to the next line of text', () => {
    const lines = [tabs(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '备 注'], 1), tabs(['规章', '1', '0', '4', '/'], 2), tabs(['行政规范性文件', '2', '1', '9', '0'], 3), { cells: ['三、收到和处理政府信息公开申请情况'], separated: false, source: { line: 4 } }, tabs(['一、本年新收', '1', '2', '3', '4', '5', '6', '21', '0'], 5)];
    expect(dropRemarkColumns(lines).map((l) => l.cells)).toEqual([['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '1', '0', '4'], ['行政规范性文件', '2', '1', '9'], ['三、收到和处理政府信息公开申请情况'], ['一、本年新收', '1', '2', '3', '4', '5', '6', '21', '0']]);
  });
  it('should leave out the cell in the remarks column on an HTML grid, only in that table', () => {
    const row = (cells: string[], cols: number[], table: number): Line => ({ cells, cols, separated: true, source: { table, row: 0 } });
    const lines = [row(['行政复议', '行政诉讼', '备注'], [0, 5, 15], 3), row(['0', '1', '2', '3', '6', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '无'], [...Array(16).keys()], 3), row(['1', '2'], [0, 15], 4)];
    const out = dropRemarkColumns(lines);
    expect(out[1]!.cells).toHaveLength(15);
    expect(out[1]!.cols).toEqual([...Array(15).keys()]);
    expect(out[2]!.cells).toEqual(['1', '2']);
  });
  it('should leave out a remarks column put after the labels or before 总计, numbers in it too', () => {
    const lines = [tabs(['信息内容', '说明', '本年制发件数', '本年废止件数', '现行有效件数'], 1), tabs(['规章', '12', '1', '0', '4'], 2)];
    expect(dropRemarkColumns(lines).map((l) => l.cells)).toEqual([['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '1', '0', '4']]);
    const beforeTotal = [tabs(['项目', '行政复议', '附注', '总计'], 1), tabs(['结果维持', '3', '27', '3'], 2)];
    expect(dropRemarkColumns(beforeTotal).map((l) => l.cells)).toEqual([['项目', '行政复议', '总计'], ['结果维持', '3', '3']]);
  });
  it('should keep an extra column whose header says nothing, and a 备注 that is the only cell of a line', () => {
    const lines = [tabs(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', ''], 1), tabs(['规章', '1', '0', '4', '/'], 2)];
    expect(dropRemarkColumns(lines)).toEqual(lines);
    const note = [tabs(['备注'], 1), tabs(['规章', '1'], 2)];
    expect(dropRemarkColumns(note)).toEqual(note);
  });
});
