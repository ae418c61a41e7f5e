/**
 * A count with thousands separators wrapped in a narrow cell, one piece a line, as plain `pdftotext` writes
 * a Chromium print ('3,31' over '8' is 3,318: layout/cut-groups.ts; scripts/chrome-break-variants.mjs --wide,
 * seed 13, had read 行政处罚 8 at 0.95).
 */
import { joinCutGroups } from '../src/layout/cut-groups.js';
import { conf, read, value } from './helpers/report-fields.js';

/** Table 二 of a CMS page printed on A4 with 2.2 em value columns (chrome-break-variants --wide seed 13), as plain pdftotext wrote it. */
const TABLE2 = [
  '示例市第4613局2024年政府信息公开工作年度报告', '发布时间：2025-01-20 来源：示例市第4613局', '一、总体情况', '二、主动公开政府信息情况',
  '第二十条第（一）项', '信息内容', '', '本年 本年 现行', '制发 废止 有效', '件数 件数 件数', '', '规章', '', '10', '', '18', '', '5', '',
  '行政规范性文件', '', '3', '', '19', '', '9', '', '第二十条第（五）项', '信息内容', '', '本年', '处理', '决定', '数量', '', '行政许可', '', '906', '',
  '第二十条第（六）项', '信息内容', '', '本年', '处理', '决定', '数量', '', '行政处罚', '', '3,31', '8', '', '行政强制', '', '15', '',
  '三、收到和处理政府信息公开申请情况', '',
].join('\n');

describe('a count wrapped at its thousands separator, one piece a line', () => {
  it('should read the two pieces as one number, not the tail alone', async () => {
    const r = await read(new TextEncoder().encode(TABLE2));
    expect(value(r, 'activeDisclosure.punishment.decisions')).toBe(3318);
    expect(value(r, 'activeDisclosure.coercion.decisions')).toBe(15);
  });

  it('should join a head alone on its line with the digits its group lacks on the next', () => {
    expect(joinCutGroups(['行政处罚', '', '3,31', '8', ''])).toEqual(['行政处罚', '', '3,318', '']);
    expect(joinCutGroups(['x', '12,', '318', '2,0', '11'])).toEqual(['x', '12,318', '2,0', '11']);
    expect(joinCutGroups(['\f1,3', '18件'])).toEqual(['\f1,318件']);
  });

  it('should leave pieces the stream does not tie together', () => {
    // Another cell's piece between head and tail; a tail of the wrong length; the head beside other values;
    // a line before the head ending in digits (the head may be a middle piece); a page break before the tail.
    for (const lines of [['一', '1,44', '266', '4'], ['一', '3,31', '18'], ['66 72 48 28 2,8', '78'], ['513', '2,8', '98'], ['一', '1,3', '\f18']]) {
      expect(joinCutGroups(lines)).toEqual(lines);
    }
  });

  it("should not read the tail alone as the row's value when the pieces stand apart (map/row-candidates: an unread cell is a cell)", async () => {
    // '3,31' (no number: read as a cell printed and not read) and '8' a blank line apart: which is 行政处罚's is not determined.
    const r = await read(new TextEncoder().encode(TABLE2.replace('\n3,31\n8\n', '\n3,31\n\n8\n')));
    const v = value(r, 'activeDisclosure.punishment.decisions');
    expect(v === 3318 || v === null || conf(r, 'activeDisclosure.punishment.decisions') < 0.8).toBe(true);
  });
});
