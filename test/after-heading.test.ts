/**
 * Table 二 rows whose label and values have a small table's heading between them (map/after-heading):
 * plain pdftotext of a 2019 table 二 split over pages prints '行政事业性收费' / '第二十条第（九）项' /
 * '信息内容' / '政府集中采购' / values — the values may be either row's. Invented report; values chosen by hand.
 */
import { codes, conf, read, value } from './helpers/report-fields.js';

function report(rows: string[]): Uint8Array {
  const text = [
    '示例县某某局2019年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '1', '0', '4', '规范性文件', '2', '1', '9',
    '第二十条第（五）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '120', '3', '85',
    '其他对外管理服务事项', '6', '1', '12',
    ...rows,
    '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('a small table heading between a table 二 label and its values', () => {
  it('should leave a row read right after its own heading and label alone', async () => {
    const r = await read(report([
      '第二十条第（六）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', '35', '2', '40', '行政强制', '7', '1', '9',
      '第二十条第（八）项', '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费', '3', '-1',
      '第二十条第（九）项', '信息内容', '采购项目数量', '采购总金额', '政府集中采购', '13', '6425.04',
    ]));
    expect(codes(r)).not.toContain('rows_unread');
    expect(value(r, 'activeDisclosure.punishment.decisions')).toBe(40);
    expect(conf(r, 'activeDisclosure.punishment.decisions')).toBeGreaterThanOrEqual(0.8);
  });
});
