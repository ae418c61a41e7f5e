/**
 * The header band of the table read (`map/table-band.ts`): the lines from after the last table row
 * printed above the first row placed by its label — a comparison table printed before is cut off, a
 * column-number row under the header ('甲 1 2 3 4 5 6 7') is not a table row and stays in the band.
 */
import type { Line } from '../src/model/document.js';
import { bandOfTableRead } from '../src/map/table-band.js';
import type { Placement } from '../src/map/table-rows.js';

const line = (n: number, ...cells: string[]): Line => ({ cells, source: { line: n }, separated: cells.length > 1 });
const placedAt = (n: number): Map<string, Placement> => new Map([['requests.newReceived.total', { by: 'label', labelScore: 1, source: { line: n } }]]);

const header = [line(1, '申请人情况'), line(2, '自然人', '法人或其他组织', '总计'), line(3, '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他')];
const rows = [line(5, '一、本年新收政府信息公开申请数量', '219', '472', '1079', '564', '0', '0', '2334'), line(6, '二、上年结转政府信息公开申请数量', '0', '0', '0', '5', '0', '0', '5')];

describe('bandOfTableRead', () => {
  it('should keep a column-number row under the header in the band', () => {
    const lines = [...header, line(4, '甲', '1', '2', '3', '4', '5', '6', '7'), ...rows];
    expect(bandOfTableRead(lines, placedAt(5), 'requests.')).toBe(lines);
  });

  it('should cut off a table printed above the header of the rows read', () => {
    const comparison = [line(0, '项目', '本年', '上年'), line(0.5, '本年新收', '2334', '2101')];
    const lines = [...comparison, ...header, ...rows];
    expect(bandOfTableRead(lines, placedAt(5), 'requests.')).toEqual([...header, ...rows]);
  });
});
