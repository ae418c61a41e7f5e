/**
 * Table layouts the template's order does not describe (map/absent-columns, map/out-of-order-rows,
 * map/wrapped-cells): table 三 printed without some of its columns, table 二's blocks printed in
 * another order, and table 二's one-column cells wrapping their numbers one piece per line. Every
 * expected value below is read off the inline input by hand.
 */
import { codes, conf, read, value } from './helpers/report-fields.js';
import { LABELLED_REQUEST_ROWS as ROWS } from './helpers/table3.js';

const TOP = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况'];
const T2 = ['信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9'];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
const text = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));

/** Table 三 printed with the template columns at `cols` (indexes into the template's seven), under `header`. */
function requests(header: string[], cols: number[]): Uint8Array {
  return text([...TOP, ...T2, '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况', ...header,
    ...ROWS.map(([label, v]) => [label, ...cols.map((i) => v.split(' ')[i]!)].join('\t')), ...TAIL]);
}

describe('table 三 printed without columns its header does not name', () => {
  it('should place the values by the named columns and leave 社会公益组织 missing', async () => {
    const r = await read(requests(['自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t法律服务机构\t其他'], [0, 1, 2, 4, 5, 6]));
    expect(codes(r)).toContain('columns_absent');
    // Printed 3 1 0 4 0 10: 法律服务机构 is 4, 其他 0, 总计 10 (it still counts the column not printed).
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.newReceived.otherOrg')).toBe(0);
    expect(value(r, 'requests.newReceived.total')).toBe(10);
    expect(value(r, 'requests.unavailable.notHeld.legalService')).toBe(1);
    expect(conf(r, 'requests.newReceived.legalService')).toBeGreaterThanOrEqual(0.9);
    expect(value(r, 'requests.newReceived.socialOrg')).toBeNull();
    expect(r.fields['requests.newReceived.socialOrg']!.flags).toContain('missing');
  });

  it('should follow two columns dropped and the rest printed in another order', async () => {
    // Printed 自然人 法律服务机构 商业企业 其他 总计 (no 科研机构, no 社会公益组织): newReceived 3 4 1 0 10.
    const r = await read(requests(['自然人\t法人或其他组织\t总计', '法律服务机构\t商业企业\t其他'], [0, 4, 1, 5, 6]));
    expect(codes(r)).toContain('columns_absent');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.newReceived.commercial')).toBe(1);
    expect(value(r, 'requests.granted.legalService')).toBe(3);
    expect(value(r, 'requests.granted.commercial')).toBe(1);
    expect(value(r, 'requests.newReceived.research')).toBeNull();
    expect(value(r, 'requests.newReceived.socialOrg')).toBeNull();
  });

  it('should not take a header word it does not know for a column not printed when the rows print all seven (control)', async () => {
    // 社会公益 组织 split across cells is not a word of the header: the rows still print seven values.
    const r = await read(requests(['自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会\t法律服务机构\t其他'], [0, 1, 2, 3, 4, 5, 6]));
    expect(codes(r)).not.toContain('columns_absent');
    expect(value(r, 'requests.newReceived.socialOrg')).toBe(2);
  });
});

describe('table 二 blocks printed out of the template order', () => {
  it('should place 行政许可 printed after the （六） block by its exact label', async () => {
    const r = await read(text([...TOP, '第二十条第（一）项', ...T2, '第二十条第（六）项', '信息内容\t本年处理决定数量', '行政处罚\t2699', '行政强制\t70',
      '第二十条第（五）项', '信息内容\t本年处理决定数量', '行政许可\t18979', '第二十条第（八）项', '信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t163.8',
      '三、收到和处理政府信息公开申请情况', ...TAIL]));
    expect(value(r, 'activeDisclosure.licensing.decisions')).toBe(18979);
    expect(value(r, 'activeDisclosure.punishment.decisions')).toBe(2699);
    expect(value(r, 'activeDisclosure.coercion.decisions')).toBe(70);
  });
});

/** Table 二 with a narrow value column (pdftotext -raw): each block's header stacked, numbers wrapped. */
const WRAPPED = [...TOP, '第二十条第（一）项', ...T2, '第二十条第（五）项', '信息内容', '本', '年', '行政许可', '517', '645', '2',
  '第二十条第（六）项', '信息内容', '本', '年', '行政处罚 693', '957', '行政强制 51', '第二十条第（八）项', '信息内容', '本', '年', '行政事业性收费', '406', '8.2', '08',
  '三、收到和处理政府信息公开申请情况', ...TAIL];

describe('table 二 numbers wrapped inside narrow cells', () => {
  it('should join the pieces of each one-column cell, flagged joined and below 0.9', async () => {
    const r = await read(text(WRAPPED));
    for (const [key, v] of [['licensing', 5176452], ['punishment', 693957]] as const) {
      expect(value(r, `activeDisclosure.${key}.decisions`)).toBe(v);
      expect(r.fields[`activeDisclosure.${key}.decisions`]!.flags).toContain('joined');
      expect(conf(r, `activeDisclosure.${key}.decisions`)).toBeLessThan(0.9);
    }
    expect(value(r, 'activeDisclosure.fees.amount')).toBe(4068.208);
    // 957 went with 行政处罚 above; it might have been the head of 行政强制's cell: 51 kept, in doubt.
    expect(value(r, 'activeDisclosure.coercion.decisions')).toBe(51);
    expect(conf(r, 'activeDisclosure.coercion.decisions')).toBeLessThan(0.9);
  });

  it('should join a number cut at its decimal point (the head read as text)', async () => {
    // '行政事业性收费' / '35.' / '168': '35.' is text to the reader (an item number's form), the number is 35.168.
    const at = WRAPPED.indexOf('406');
    const r = await read(text([...WRAPPED.slice(0, at), '35.', '168', ...WRAPPED.slice(at + 3)]));
    expect(value(r, 'activeDisclosure.fees.amount')).toBe(35.168);
  });

  it('should not take a row the template does not have for the head of the next cell (control)', async () => {
    // One cell per line with an extra row 行政确认 / 77 before 行政许可 / 18979: two rows, not one wrapped number.
    const r = await read(text([...TOP, '第二十条第（一）项', ...T2, '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政确认', '77', '行政许可', '18979',
      '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '2699', '行政强制', '70', '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '163.8',
      '三、收到和处理政府信息公开申请情况', ...TAIL]));
    expect(value(r, 'activeDisclosure.licensing.decisions')).toBe(18979);
    expect(r.fields['activeDisclosure.licensing.decisions']!.flags).not.toContain('joined');
  });

  it('should not join when a row label is lost: the lone value may be that row (control)', async () => {
    // 行政强制's label lost: '51' is placed by position, not glued to 行政处罚's number.
    const r = await read(text([...TOP, '第二十条第（一）项', ...T2, '第二十条第（五）项', '信息内容\t本年处理决定数量', '行政许可\t18979',
      '第二十条第（六）项', '信息内容\t本年处理决定数量', '行政处罚\t2699', '51', '第二十条第（八）项', '信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t163.8',
      '三、收到和处理政府信息公开申请情况', ...TAIL]));
    expect(value(r, 'activeDisclosure.punishment.decisions')).toBe(2699);
    expect(r.fields['activeDisclosure.punishment.decisions']!.flags).not.toContain('joined');
  });
});

