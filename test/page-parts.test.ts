/**
 * Chromium's A5 prints of table 三 (gen62 chrome-serif-a5): the table runs over several pages, each page's part a grid
 * of its own (`source.table` one a page), and the column at the page's edge shows a number in part, marked damaged
 * ('\ufffd1\ufffd', pdf/clipped-text `unsure`). The parts are read as one table (map/review-by-header pageContinued) and
 * the damaged number stays in its row as a cell not read (tables/build-rows), never a row of its own labelled '\ufffd'.
 */
import type { Line } from '../src/model/document.js';
import { requestTableByHeader } from '../src/map/review-by-header.js';
import { buildRows } from '../src/tables/build-rows.js';

const line = (cells: string[], page: number, table: number | undefined): Line => ({ cells, separated: table !== undefined, source: { line: 1, page, ...(table === undefined ? {} : { table }) } });

describe('table 三 over pages and cut at the edge', () => {
  const header = [line(['项目', '申请人情况'], 2, 1), line(['自然人', '法人或其他组织', '总计'], 2, 1)];
  const part1 = [line(['一、本年新收政府信息公开申请数量', '48', '102'], 3, 2), line(['7.属于行', '0', '6'], 3, 2)];
  const part2 = [line(['', '政执法案卷', '', ''], 4, 3), line(['8.属于行政查询事项', '0', '5'], 4, 3)];
  const table4 = [line(['行政复议', '行政诉讼'], 4, 4), line(['结果维持', '结果纠正'], 4, 4)];

  it('should read the parts on the pages after the first row, and the header part before it', () => {
    const lines = [line(['附表二'], 2, undefined), ...header, ...part1, ...part2, ...table4];
    expect(requestTableByHeader(lines)).toEqual([...header, ...part1, ...part2]);
  });

  it('should not join a part on the same page, or after text between the parts', () => {
    const samePage = part2.map((l) => ({ ...l, source: { ...l.source, page: 3 } }));
    expect(requestTableByHeader([...part1, ...samePage])).toEqual(part1);
    expect(requestTableByHeader([...part1, line(['注：本表'], 4, undefined), ...part2])).toEqual(part1);
  });

  it('should keep a damaged number at the edge in its row, not read', () => {
    const rows = buildRows([line(['一、本年新收政府信息公开申请数量', '件', '80', '51', '\ufffd1\ufffd'], 2, 1), line(['二、上年结转政府信息公开申请数量', '件', '2', '0', ''], 2, 1)]);
    expect(rows).toHaveLength(2);
    const values = rows[0]!.values;
    // Not read: '1' may be the first digit of 15 (its second past the clip), and a value read so was wrong at 0.85.
    expect(values.map((v) => (v.kind === 'num' ? v.value : v.kind))).toEqual([80, 51, 'blank']);
    expect(values[2]!.unread).toBe(true);
  });
});
