/**
 * A converter's positioned text of a `<pre>` table drawn with column bars (load/barred-lines.ts): mutool -F html
 * sets each line of the block as one run, so a row's values and bars were one cell and table 三 went unread (gen60
 * dev 1035000 mutool-html r20: 19 of 200 right). Read as the text it prints, each barred row is parted at its bars.
 */
import { readBarredLines } from '../src/load/barred-lines.js';
import type { Line } from '../src/model/document.js';

const line = (...cells: string[]): Line => ({ cells, separated: cells.length > 1, source: {} });

const LINES = [
  line('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加| 申请人情况'),
  line('| | | 自然 | 法人或其他组织 | 总计'),
  line('| | | 人 | |'),
  line('| | | | 商业 | 科研 | 社会 | 法律 | 其他 |'),
  line('| | | | 企业 | 机构 | 公益 | 服务 | |'),
  line('| | | | | | 组织 | 机构 | |'),
  line('一、本年新收政府信息公开申请数量', '| 16,150| 7,152| 321| 497| 2,326| 1,369| 27,825'),
  line('二、上年结转政府信息公开申请数量', '| 1| 1| 0| 0| 0| 0| 2'),
  line('三、本年度办理| （一）予以公开', '| 2,815| 1,176| 0| 0| 0| 0| 3,991'),
  line('结果 | | | | | | | |'),
];

describe('readBarredLines', () => {
  test('a barred row set as one run is parted at its bars', () => {
    const out = readBarredLines(LINES).map((l) => l.cells.filter((c) => c !== ''));
    expect(out).toContainEqual(['一、本年新收政府信息公开申请数量', '16,150', '7,152', '321', '497', '2,326', '1,369', '27,825']);
    expect(out).toContainEqual(['二、上年结转政府信息公开申请数量', '1', '1', '0', '0', '0', '0', '2']);
  });

  test('lines printing no column bars are left as they are', () => {
    const plain = [line('规章', '5', '3', '8'), line('行政规范性文件', '1', '0', '4')];
    expect(readBarredLines(plain)).toBe(plain);
  });
});
