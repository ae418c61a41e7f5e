/**
 * A text browser's dump of HTML tables (`w3m -dump`): every cell printed, label and header cells
 * wrapped in their column, a row's numbers beside its label's first piece (layout/aligned-columns,
 * layout/pipe-wrapped-rows, map/positional-band).
 */
import { alignedRowCells } from '../src/layout/aligned-columns.js';
import { pipeWrappedRows } from '../src/layout/pipe-wrapped-rows.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { reviewBandInOrder } from '../src/map/header-order.js';
import { REVIEW_COLUMN_HEADER, REVIEW_GROUP_ROWS } from '../src/map/header-words.js';

const none = (): boolean => false;

describe('w3m dumps', () => {
  it('should join a full table\'s wrapped label cells into the row printing the numbers, two label columns one space apart cut where they start', () => {
    const raws = [
      '三、 （一）予以公      0     0     4',
      '本年 开',
      '度办 （二）部分公     33    18     0',
      '理结 开（区分处理',
      '果   的，只计这一',
      '     （三 1.属于国     0     6     0',
      '     ）不 家秘密',
      '五、存在的主要问题及改进情况',
    ];
    const out = alignedRowCells(raws, none);
    expect(out.get(0)).toEqual(['三、本年 （一）予以公开', '0', '0', '4']);
    expect(out.get(2)).toEqual(['度办理结果 （二）部分公开（区分处理的，只计这一', '33', '18', '0']);
    expect(out.get(5)).toEqual(['（三）不 1.属于国家秘密', '0', '6', '0']);
    expect(out.get(6)).toEqual([]);
  });

  it('should leave a numbers line with no label piece under a pile of labels as printed (which label is not said)', () => {
    const raws = ['1.申请人无正当理由逾期不补正', '2.申请人逾期未按收费通知', '        4   3   3', '3.其他    0   4   0'];
    expect(alignedRowCells(raws, none).size).toBe(0);
  });

  it('should join the wrapped label cells of a |-drawn table only where the other lines draw the numbers line\'s cells empty', () => {
    const raws = [
      '|三、本年|（一）予以公 |    4|   39|   43|',
      '|度办理结|开           |     |     |     |',
      '|果      |（二）部分公 |   24|    3|   27|',
      '|        |开（区分处理 |     |     |     |',
      '|        |的，只计这一 |     |     |     |',
      '|        |（三）不|1.属|    0|    3|    3|',
      '|        |予公开  |于国|     |     |     |',
      '|        |        |家秘|     |     |     |',
      '|        |        |密  |     |     |     |',
    ];
    const out = pipeWrappedRows(raws, none);
    expect(out.get(0)).toEqual(['三、本年度办理结 （一）予以公开', '4', '39', '43']);
    expect(out.get(2)).toEqual(['果 （二）部分公开（区分处理的，只计这一', '24', '3', '27']);
    expect(out.get(5)).toEqual(['（三）不予公开 1.属于国家秘密', '0', '3', '3']);
    const shifted = [raws[0]!, '|度办理结|开    |    |     |     |'];
    expect(pipeWrappedRows(shifted, none).size).toBe(0);
  });

  it('should read table 四\'s wrapped header by position (ideographs two columns wide) and not from a line of its pieces', () => {
    const band = [
      '行政复议                               行政诉讼',
      '结果 结果纠正 其他结果 尚未审结 总计   未经复议直接起诉               复议后起诉',
      '维持                                   结果 结果 其他结 尚未审结 总计 结果维持 结果纠 其他结果 尚未审结 总计',
      '                                       维持 纠正 果                            正',
      '   0        5        8        0     13    0    0      1        9   10        0      4        0        0      4',
    ];
    const lines = textToLines(band.join('\n'));
    expect(reviewBandInOrder(lines, REVIEW_GROUP_ROWS, REVIEW_COLUMN_HEADER)).toBe(true);
    // The same band with two result columns swapped under the first group is not in order.
    const swapped = band.map((l, i) => (i === 1 ? l.replace('结果纠正 其他结果', '其他结果 结果纠正') : l));
    expect(reviewBandInOrder(textToLines(swapped.join('\n')), REVIEW_GROUP_ROWS, REVIEW_COLUMN_HEADER)).toBe(false);
  });
});
