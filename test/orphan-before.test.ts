/**
 * Table 二 rows read after their labels while a line of values just before the label was read by no
 * row (map/orphan-before): a converter that prints each value a little above its label's baseline
 * (Ghostscript's txtwrite) gives `35` / `行政处罚` / `7` / `行政强制`, and the after-label reading
 * takes the next row's value with no identity to show it. Invented report; values chosen by hand.
 */
import { codes, conf, read, value } from './helpers/report-fields.js';

function report(decisions: string[]): Uint8Array {
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9',
    '信息内容\t本年处理决定数量', ...decisions,
    '信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t0',
    '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('a line of values left unread just before a table 二 label', () => {
  it('should cap a row read after its label when the value line before the label was read by no row', async () => {
    // Printed value-above-label: 许可 120, 处罚 35, 强制 7.
    const r = await read(report(['120', '行政许可', '35', '行政处罚', '7', '行政强制']));
    expect(codes(r)).toContain('rows_unread');
    // Read after its label, 处罚 takes 7 (强制's): whatever is read, below 0.9.
    expect(value(r, 'activeDisclosure.punishment.decisions')).not.toBeNull();
    expect(conf(r, 'activeDisclosure.punishment.decisions')).toBeLessThan(0.9);
    for (const k of ['activeDisclosure.licensing.decisions', 'activeDisclosure.punishment.decisions', 'activeDisclosure.coercion.decisions']) {
      if (value(r, k) !== null && value(r, k) !== undefined) expect(conf(r, k)).toBeLessThan(0.9);
    }
  });

  it('should not take a row\'s later values in a one-cell-per-line dump for a row printed before its label', async () => {
    // Every cell a line: 行政规范性文件's 2 / 1 / 9 follow its label; the lines '1' and '9' are its values
    // (placed from the row's first value line), not a value printed above 行政许可. Checked by hand.
    const text = [
      '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
      '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '1', '0', '4', '行政规范性文件', '2', '1', '9',
      '信息内容', '本年处理决定数量', '行政许可', '120', '行政处罚', '35', '行政强制', '7',
      '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '0',
      '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
    ].join('\n');
    const r = await read(new TextEncoder().encode(text));
    expect(codes(r)).not.toContain('rows_unread');
    expect(value(r, 'activeDisclosure.licensing.decisions')).toBe(120);
    expect(conf(r, 'activeDisclosure.licensing.decisions')).toBeGreaterThanOrEqual(0.9);
    expect(value(r, 'activeDisclosure.normativeDocuments.inForce')).toBe(9);
  });

  it('should read a small table whose values stand before their labels by its block, not cap it', async () => {
    // Plain pdftotext of a tilted page (the layout of breakit31 pdftotext_plain_1, its truth: 许可 30, 处罚 48,
    // 强制 84): each value before its label, a block's first value after its header ('本年处理决定数量' / '30' /
    // '行政许可' / '第二十条第（六）项' / … / '48' / '行政处罚'). Read after its label, 行政许可 took 48; each
    // small table's block holds exactly its cells, so its values are its rows' in printed order
    // (map/active-small-tables): 许可 30, 处罚 48, 强制 84, checked against that truth by hand.
    const text = [
      '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
      '第二十条第（一）项', '信息内容', '规章', '行政规范性文件', '', '现行有效件数', '', '本年废止件数', '', '本年制发件数', '70', '', '0', '', '0', '', '40', '', '20', '', '20', '',
      '第二十条第（五）项', '信息内容', '', '本年处理决定数量', '30', '', '行政许可', '第二十条第（六）项', '信息内容', '', '本年处理决定数量', '48', '', '行政处罚', '', '84', '', '行政强制',
      '第二十条第（八）项', '信息内容', '行政事业性收费', '', '本年收费金额（单位：万元', '）', '2215', '',
      '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
    ].join('\n');
    const r = await read(new TextEncoder().encode(text));
    for (const [k, v] of [['licensing', 30], ['punishment', 48], ['coercion', 84]] as const) expect(value(r, `activeDisclosure.${k}.decisions`)).toBe(v);
    for (const k of ['licensing', 'punishment', 'coercion']) expect(conf(r, `activeDisclosure.${k}.decisions`)).toBeGreaterThanOrEqual(0.9);
  });

  it('should keep rows printed label then value confirmed (control)', async () => {
    const r = await read(report(['行政许可', '120', '行政处罚', '35', '行政强制', '7']));
    expect(codes(r)).not.toContain('rows_unread');
    expect(value(r, 'activeDisclosure.punishment.decisions')).toBe(35);
    expect(conf(r, 'activeDisclosure.punishment.decisions')).toBeGreaterThanOrEqual(0.9);
  });
});
