/**
 * layout52: a `pdftotext -layout` dump of a table 三 whose zeros print blank except in the 总计 column (each row '0' there,
 * fresh51 b03–b08 "mixed"): the header packs 其他 and 总计 one space apart ('其 总' / '他 计'), so a row's lone '0' reaches
 * both columns and header-spans had left both cells unread — every row of the table ambiguous, table 三 missing. A cell the
 * readings fill only with '' or a zero is 0 whichever reading is the print's (header-spans agreedCell), and a row whose last
 * number sums the others prints it under 总计 (sumsOthers, as header-bands' bandCells already read it).
 */
import { alignedRowCells } from '../src/layout/aligned-columns.js';
import { agreedCell } from '../src/layout/header-spans.js';

const TABLE = [
  ' 三、收到和处理政府信息公开申请情况',
  '                                申请人情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于 自     法人或其他组织',
  '       第三项加第四项之和）         然 商业 科研 社会 法律 其 总',
  '                          人 企业 机构 公益 服务 他 计',
  '                                  组织 机构',
  '    一、本年新收政府信息公开申请数量      4             2 6',
  '    二、上年结转政府信息公开申请数量                      0',
  '三、本年        （一）予以公开                       0',
  '度办理结 （二）部分公开（区分处理的，只计这一情',
  '  果       形，不计其他情形）                       0',
  '                 1.属于国家秘密                 0',
  '           2.其他法律行政法规禁止公开                 0',
  '  四、政府信息公开行政复议、行政诉讼情况',
];

describe('a lone 0 under two packed columns of a mostly-blank -layout table 三', () => {
  it('reads 0 in a cell the readings fill only with blanks and zeros, a number they differ on unread', () => {
    expect(agreedCell([['', '0'], ['0', '']], 0)).toBe('0');
    expect(agreedCell([['', '0'], ['0', '']], 1)).toBe('0');
    expect(agreedCell([['', '2'], ['2', '']], 0)).toBeNull();
    expect(agreedCell([['3', ''], ['3', '']], 0)).toBe('3');
  });

  it('places each row: its 0 (and the blank beside it) 0, a total summing the row under 总计', () => {
    const unread = new Map<number, number[]>();
    const cells = alignedRowCells(TABLE, () => false, new Map(), unread);
    for (const i of [7, 8, 11]) {
      expect(cells.get(i)?.slice(1, 6)).toEqual(['', '', '', '', '']);
      expect(cells.get(i)?.slice(6)).toEqual(['0', '0']);
      expect(unread.get(i)).toBeUndefined();
    }
    // '4 … 2 6': 6 = 4 + 2 is the row's 总计.
    expect(cells.get(6)?.[7]).toBe('6');
  });
});
