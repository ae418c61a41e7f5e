/**
 * A table 二 value on a line of its own between two labels, in a text dump keeping no positions (map/after-heading
 * capValuesApart): plain pdftotext of a word processor's print centres a cell vertically, so '行政处罚' / '40' / '行政强制'
 * may print 行政强制's 40 after an empty 行政处罚. Table 二 has no identity: the value stays below 0.8. A value on its
 * label's own line ('行政处罚 40') is left alone. Invented report; values chosen by hand.
 */
import { conf, read, value } from './helpers/report-fields.js';

function report(rows: string[]): Uint8Array {
  const text = [
    '示例县某某局2022年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '', '二、主动公开政府信息情况',
    '第二十条第（一）项', '信息内容', '', '本年制发件数 本年废止件数 现行有效件数', '', '规章', '', '1', '', '行政规范性文件', '', '3', '',
    '5', '9', '', '第二十条第（五）项', '信息内容', '', '本年处理决定数量', '', '行政许可', '', '120',
    ...rows,
    '第二十条第（八）项', '信息内容', '', '本年收费金额（单位：万元）', '', '行政事业性收费', '', '12.5', '',
    '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('a table 二 value on a line of its own between two labels in a position-less dump', () => {
  it('should keep it below 0.8: it may be the next label\'s', async () => {
    const r = await read(report(['第二十条第（六）项', '', '信息内容', '', '本年处理决定数量', '', '行政处罚', '40', '', '行政强制', '']));
    const v = value(r, 'activeDisclosure.punishment.decisions');
    if (v !== null) expect(conf(r, 'activeDisclosure.punishment.decisions')).toBeLessThan(0.8);
  });

  it('should leave a value on its label\'s own line alone', async () => {
    const r = await read(report(['第二十条第（六）项', '信息内容 本年处理决定数量', '行政处罚 40', '行政强制']));
    expect(value(r, 'activeDisclosure.punishment.decisions')).toBe(40);
    expect(conf(r, 'activeDisclosure.punishment.decisions')).toBeGreaterThanOrEqual(0.8);
  });
});
