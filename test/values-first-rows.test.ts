/**
 * map/values-first `valuesFirstRows`: re-pairing the rows of a table printed one cell per line with
 * each row's value block before its label (plain `pdftotext` of a printed table). Inputs are
 * written inline, one printed line each (space-separated cells, as the text loader splits them);
 * expected pairings are read off them by hand.
 */
import { valuesFirstRows } from '../src/map/values-first.js';
import { buildRows } from '../src/tables/build-rows.js';

const rowsOf = (text: string) =>
  buildRows(text.trim().split('\n').map((l, i) => ({ cells: l.trim().split(' '), separated: false, source: { line: i + 1 } })));
/** label → values, labelled rows only. */
const pairs = (text: string, width = 3) =>
  valuesFirstRows(rowsOf(text), width).filter((r) => !r.orphan).map((r) => [r.label, r.values.map((v) => ('raw' in v ? v.raw : '∅')).join(' ')]);

describe('valuesFirstRows', () => {
  it('should give each value block to the label printed after it', () => {
    expect(pairs(`
1
2
3
甲、第一行
4
5 9
乙、第二行`)).toEqual([['甲、第一行', '1 2 3'], ['乙、第二行', '4 5 9']]);
  });

  it('should keep values printed on a label line with that label, up to a row', () => {
    expect(pairs(`
1
2 3
甲、第一行
乙、第二行很长的标签 4
5 9
形）`)).toEqual([['甲、第一行', '1 2 3'], ['乙、第二行很长的标签', '4 5 9']]);
  });

  it('should give a block printed between a wrapped label\'s two lines to that label', () => {
    // '1.申请人…行政机关不再' / values / '处理其政府信息公开申请 2.申请人逾期…': the second line starts no row (its tail does).
    expect(pairs(`
1
2 3
4.无正当理由大量反复申请
1.申请人无正当理由逾期不补正、行政机关不再
4
5 9
处理其政府信息公开申请 2.申请人逾期未按收费通知要求缴纳费用
7
0 7
3.其他`)).toEqual([
      ['4.无正当理由大量反复申请', '1 2 3'],
      ['1.申请人无正当理由逾期不补正、行政机关不再 处理其政府信息公开申请', '4 5 9'],
      ['3.其他', '7 0 7'],
    ]);
  });

  it('should complete the rows of a page printed in two passes from the values after the last label', () => {
    // First column beside each label, the other two of every row after the last label.
    expect(pairs(`
1
甲、第一行
4
乙、第二行
6
丙、第三行
2 3
5 9
1 7`)).toEqual([['甲、第一行', '1 2 3'], ['乙、第二行', '4 5 9'], ['丙、第三行', '6 1 7']]);
  });

  it('should leave the rows when the values after the last label are not their rest', () => {
    const got = pairs(`
1
甲、第一行
4
乙、第二行
2 3
5`);
    expect(got).toEqual([['甲、第一行', '1'], ['乙、第二行', '4'], ['', '2 3 5']]);
  });
});
