/**
 * Table 三 pages a pdfminer dump of a LibreOffice docx print writes as one stream of counts after the labels
 * (tables/stream-columns): column after column, the first row's first cells beside its label, 其他 and 总计
 * sharing one box read row by row ('19 237'). Read only when one reading fits and adds up; capped (stream order).
 */
import { readStreamColumns } from '../src/tables/stream-columns.js';
import { conf, read, value } from './helpers/report-fields.js';

const tokens = (values: readonly number[], from = 0): Array<{ value: number; line: number }> => values.map((value, i) => ({ value, line: from + i }));
const NEW = [131, 57, 5, 6, 19, 19, 237];
const OVER = [2, 1, 0, 0, 0, 0, 3];
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

describe('table 三 read from a page\'s stream of counts', () => {
  it('should read a two-row page column after column with 其他 and 总计 row by row', () => {
    const stream = [131, 2, 57, 1, 5, 0, 6, 0, 19, 0, 19, 237, 0, 3];
    expect(readStreamColumns(2, [], tokens(stream))?.cells).toEqual([NEW, OVER]);
  });

  it('should take the first row\'s first cells from beside its label', () => {
    // '一、本年新收…' / '131' / '57', then 二's 自然人 and 商业企业, then the other columns whole.
    const stream = [2, 1, 5, 0, 6, 0, 19, 0, 19, 0, 237, 3];
    expect(readStreamColumns(2, tokens([131, 57], 100), tokens(stream))?.cells).toEqual([NEW, OVER]);
  });

  it('should take row 0 of adjacent columns printed together, and join 总计\'s wrapped numbers that make the row\'s sum', () => {
    // '21 17 180'-like: 法律服务机构, 其他 and 总计 of 本年新收 together, then each of them from 上年结转.
    expect(readStreamColumns(2, tokens([131, 57], 100), tokens([2, 1, 5, 0, 6, 0, 19, 19, 237, 0, 0, 3]))?.cells).toEqual([NEW, OVER]);
    // 237 wrapped in the narrow 总计 column: '23' / '7'.
    expect(readStreamColumns(2, [], tokens([131, 2, 57, 1, 5, 0, 6, 0, 19, 0, 19, 0, 23, 7, 3]))?.cells).toEqual([NEW, OVER]);
  });

  it('should read nothing when a count is missing, a number is wrapped, or no reading adds up', () => {
    expect(readStreamColumns(2, [], tokens([131, 2, 57, 1, 5, 0, 6, 0, 19, 0, 19, 23, 7, 0, 3]))).toBeNull();
    expect(readStreamColumns(2, [], tokens([131, 2, 57, 1, 5, 0, 6, 0, 19, 0, 237, 0, 3]))).toBeNull();
    expect(readStreamColumns(2, [], tokens([1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 1]))).toBeNull();
    // A line of several counts is one row's ('0 0 0 3 0'), never a column's: a reading putting it in two rows is none.
    const rowLine = tokens([131, 2, 57, 1, 5, 0, 6, 0, 19, 0, 19, 0, 237, 3]).map((t, i) => (i >= 2 && i < 4 ? { ...t, line: 2 } : t));
    expect(readStreamColumns(2, [], rowLine)).toBeNull();
  });

  it('should put the page back in a report, below 0.9', async () => {
    const text = [
      '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', '第二十条第（五）项', '行政许可', '5',
      '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二', '项之和，等于第三项加第四项之和）', '自然', '人', '法人或其他组织',
      '商业企', '业', '科研', '机构', '社会公', '益组织', '法律服务', '机构', '其', '他', '总计',
      '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '131', '2', '57', '1', '5', '0', '6', '0', '19', '0', '19 237', '0', '3',
      '（一）予以公开', '25', '四、政府信息公开行政复议、行政诉讼情况', '行政复议', '0',
      '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
    ].join('\n');
    const r = await read(new TextEncoder().encode(text));
    COLS.forEach((c, j) => {
      for (const [row, want] of [['newReceived', NEW], ['carriedOver', OVER]] as const) {
        const k = `requests.${row}.${c}`;
        expect([k, value(r, k), conf(r, k) < 0.9]).toEqual([k, want[j], true]);
      }
    });
  });
});
