/**
 * A `pdftotext -layout` table whose rows leave whole columns empty (zeros printed blank): the rows
 * give fewer anchors than the header has columns, and each row is read under the header words'
 * spans (layout/header-spans): cells every reading agrees on placed, the others unread.
 */
import { alignedRowCells } from '../src/layout/aligned-columns.js';
import { textToLines } from '../src/layout/text-to-lines.js';

const none = (): boolean => false;

/** Table 三 as pdftotext -layout printed a reportlab table with 商业企业, 科研机构 and 法律服务机构 empty in every row. */
const TABLE = [
  '                                 申请人情况',
  '（本列数据的勾稽关系为：第一项加第二项之和           法人或其他组织',
  '    ，等于第三项加第四项之和）     自然人 商业企 科研机 社会公 法律服        总计',
  '                                            其他',
  '                           业   构  益组织 务机构',
  '一、本年新收政府信息公开申请数量        3661      67        106 3834',
  '二、上年结转政府信息公开申请数量         94        2         4   100',
  '   （一）予以公开              1428      33        43 1504',
  '        1.属于国家秘密         55        1         3   59',
  '        7.属于行政执法案卷      108                  5   113',
];

describe('header spans', () => {
  test('a number sitting under two header words is unread; the cells every reading agrees on are placed', () => {
    const unread = new Map<number, number[]>();
    const cells = alignedRowCells(TABLE, none, new Map(), unread);
    // '3661' sits under the end of 自然人 and the start of 商业企 (pdftotext rounds and pushes): either column.
    expect(cells.get(5)).toEqual(['一、本年新收政府信息公开申请数量', '', '', '', '', '', '106', '3834']);
    expect(unread.get(5)).toEqual([1, 2, 3, 4]);
    // '2' stands under 社会公 alone: 科研机构 and 法律服务机构 are empty (0), 其他 4, 总计 100.
    expect(cells.get(6)).toEqual(['二、上年结转政府信息公开申请数量', '', '', '', '2', '', '4', '100']);
    expect(unread.get(6)).toEqual([1, 2]);
    // A row printing nothing under 社会公: '5' is 其他 whatever the first number's column.
    expect(cells.get(9)?.slice(5)).toEqual(['', '5', '113']);
  });

  test('textToLines marks the open cells unread, so the identities derive them or they stay missing', () => {
    const lines = textToLines(TABLE.join('\n'));
    const row = lines.find((l) => l.source.line === 7);
    expect(row?.cells).toEqual(['二、上年结转政府信息公开申请数量', '', '', '', '2', '', '4', '100']);
    expect(row?.unread).toEqual([1, 2]);
  });

  test('a header chaining into a column count no template table has places nothing by its spans', () => {
    const eight = TABLE.map((l, i) => (i === 2 ? `${l}  合计` : l));
    const unread = new Map<number, number[]>();
    alignedRowCells(eight, none, new Map(), unread);
    expect(unread.size).toBe(0);
  });
});

/** Table 四 as `pdftotext -layout -fixed 3` printed a Chromium A4 print with zeros blank: 行政复议's column words stacked above 行政诉讼's. */
const REVIEW = [
  '        四、政府信息公开行政复议、行政诉讼情况',
  '                           行政复议                                                                     行政诉讼',
  '                                                                      未经复议直接起诉                                             复议后起诉',
  '         结果维        结果纠       其他结        尚未审        总',
  '            持          正         果          结       计',
  '                                                          结果维        结果纠       其他结        尚未审        总     结果维       结果纠        其他结        尚未审        总',
  '                                                             持          正         果          结       计        持         正          果          结       计',
  '                                  1          1       2                             6                  6',
  '        五、存在的主要问题及改进情况',
];

describe('table 四 under a stacked header', () => {
  test("its one label-less row is read under the column words of every header line: '1 1 2 6 6' is 15 cells", () => {
    const unread = new Map<number, number[]>();
    const cells = alignedRowCells(REVIEW, none, new Map(), unread);
    expect(cells.get(7)).toEqual(['', '', '1', '1', '2', '', '', '6', '', '6', '', '', '', '', '']);
    expect(unread.size).toBe(0);
  });

  test('a number between two columns is unread (never guessed); one outside the columns places nothing', () => {
    // '1' between 其他结果 and 尚未审结: either of them (which one the identities cannot tell; 总计 is 1 either way).
    const squeezed = [...REVIEW.slice(0, 7), '                                     1               1                             6                  6', REVIEW[8]!];
    const unread = new Map<number, number[]>();
    const cells = alignedRowCells(squeezed, none, new Map(), unread);
    expect(cells.get(7)).toEqual(['', '', '', '', '1', '', '', '6', '', '6', '', '', '', '', '']);
    expect(unread.get(7)).toEqual([2, 3]);
    const outside = [...REVIEW.slice(0, 7), '  1                               1          1       2                             6                  6', REVIEW[8]!];
    expect(alignedRowCells(outside, none, new Map(), new Map()).get(7)).toBeUndefined();
  });

  test("a token with a leading zero ('07': 0 | 7 touching) leaves the row to the fused-number search", () => {
    const fused = [...REVIEW.slice(0, 7), '                                  1          1       07                            6                  6', REVIEW[8]!];
    expect(alignedRowCells(fused, none, new Map(), new Map()).get(7)).toBeUndefined();
  });

  test('a header whose words do not make 15 columns (行政诉讼 cut off) places nothing', () => {
    const cut = REVIEW.map((l, i) => (i === 5 || i === 6 ? l.slice(0, 110) : l));
    expect(alignedRowCells(cut, none, new Map(), new Map()).get(7)).toBeUndefined();
  });
});
