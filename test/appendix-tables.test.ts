/**
 * Tables printed after the prose as 附表1–3 (map/appendix-tables; scripts/appendix-variants.mjs): the
 * sections say '具体数据详见附表N' and hold no table, the tables follow the sign-off and the site's footer.
 * Before, no value was read (no_values). Each table is now read as its section's, identified by its own
 * words (and its caption, when the section refers to one); a piece whose words are another table's, a
 * second copy of a table, or an unrelated table (依申请公开 by department) is not read as the section's.
 */
import { codes, conf, read, value } from './helpers/report-fields.js';
import { labelledRequestRows, SMALL_REQUEST_VALUES } from './helpers/table3.js';

const TABLE2 = [
  '第二十条第（一）项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9',
  '第二十条第（五）项', '信息内容\t本年处理决定数量', '行政许可\t351',
  '第二十条第（六）项', '信息内容\t本年处理决定数量', '行政处罚\t27', '行政强制\t3',
  '第二十条第（八）项', '信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t12.5',
];
const TABLE3 = [
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况', '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
  ...labelledRequestRows(SMALL_REQUEST_VALUES).map(([label, v]) => [label, ...v.split(' ')].join('\t')),
];
const TABLE4 = [
  '行政复议\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
  [...Array(3)].flatMap(() => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).slice(5).join('\t'),
  '1\t2\t0\t0\t3\t0\t1\t0\t0\t1\t0\t0\t0\t2\t2',
];
/** An agency's breakdown of its requests by department: no table of the template. */
const BY_DEPARTMENT = ['承办科室\t办理数量\t予以公开\t部分公开\t不予公开\t其他处理', '办公室\t5\t2\t1\t1\t1', '执法科\t3\t2\t1\t0\t0'];

function report(appendix: readonly string[], refs = ['附表1', '附表2', '附表3']): Uint8Array {
  const lines = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。',
    '二、主动公开政府信息情况', `具体数据详见${refs[0]}。`, '三、收到和处理政府信息公开申请情况', `具体数据详见${refs[1]}。`,
    '四、政府信息公开行政复议、行政诉讼情况', `具体数据详见${refs[2]}。`, '五、存在的主要问题及改进情况', '培训不足。',
    '六、其他需要报告的事项', '本年度未收取信息处理费。', '示例县某某局', '2024年1月20日',
    '主办单位：示例县人民政府办公室 版权所有 网站标识码1234567890', ...appendix,
  ];
  return new TextEncoder().encode(lines.join('\n'));
}

const KEYS: [string, number][] = [
  ['activeDisclosure.regulations.issued', 1], ['activeDisclosure.normativeDocuments.inForce', 9], ['activeDisclosure.licensing.decisions', 351],
  ['requests.newReceived.total', 8], ['requests.newReceived.naturalPerson', 5], ['requests.granted.total', 4], ['requests.unavailable.notHeld.total', 2],
  ['reviewLitigation.review.total', 3], ['reviewLitigation.litigationAfterReview.total', 2], ['reviewLitigation.litigationDirect.corrected', 1],
];

describe('tables printed after the prose as 附表1–3 (map/appendix-tables)', () => {
  it('should read each captioned table as its section\'s, at >= 0.9', async () => {
    const r = await read(report(['附表：', '附表1', ...TABLE2, '附表2', ...TABLE3, '附表3', ...TABLE4]));
    for (const [k, v] of KEYS) {
      expect([k, value(r, k)]).toEqual([k, v]);
      expect(conf(r, k)).toBeGreaterThanOrEqual(0.9);
    }
    expect(codes(r)).not.toContain('no_values');
  });

  it('should read tables with no caption by their own words', async () => {
    const r = await read(report([...TABLE2, ...TABLE3, ...TABLE4]));
    for (const [k, v] of KEYS) expect([k, value(r, k)]).toEqual([k, v]);
  });

  it('should cut a caption a dumper glued after a table\'s last row, and keep a header wrapped over many lines with its caption', async () => {
    const glued = [...TABLE3.slice(0, -1), `${TABLE3[TABLE3.length - 1]}\t附表3`];
    // The header's words two characters a line (a narrow cell), more than a few lines between the caption and 本年新收.
    const wrapped = [...TABLE3[0]!.replace(/\t/g, '').match(/.{1,2}/gu)!, ...TABLE3.slice(1)];
    for (const t3 of [glued, wrapped]) {
      const r = await read(report(['附表1', ...TABLE2, '附表2', ...t3, ...(t3 === glued ? [] : ['附表3']), ...TABLE4]));
      expect(value(r, 'requests.newReceived.total')).toBe(8);
      expect(value(r, 'requests.carriedForward.total')).toBe(1);
      expect(value(r, 'reviewLitigation.review.total')).toBe(3);
    }
  });

  it('should read captions with titles, and keep a section that holds its own table as it is', async () => {
    const r = await read(report(['附表2 收到和处理政府信息公开申请情况', ...TABLE3, '附表3 政府信息公开行政复议、行政诉讼情况', ...TABLE4]));
    expect(value(r, 'requests.newReceived.total')).toBe(8);
    expect(value(r, 'reviewLitigation.review.total')).toBe(3);
  });

  it('should not read a table under the caption a section refers to when its words are another table\'s', async () => {
    // Section 三 refers to 附表2, whose words are table 四's (and 四 to 附表3, table 三's): which table each means is not certain.
    const r = await read(report(['附表1', ...TABLE2, '附表2', ...TABLE4, '附表3', ...TABLE3]));
    expect(value(r, 'requests.newReceived.total') ?? null).toBeNull();
    expect(value(r, 'reviewLitigation.review.total') ?? null).toBeNull();
    expect(value(r, 'activeDisclosure.licensing.decisions')).toBe(351);
  });

  it('should not read an agency\'s breakdown by department as table 三, nor either of two copies of table 三', async () => {
    const r = await read(report(['附表1', ...TABLE2, '附表2', ...BY_DEPARTMENT, '附表3', ...TABLE3, '附表4', ...TABLE4], ['附表1', '附表3', '附表4']));
    expect(value(r, 'requests.newReceived.total')).toBe(8);
    expect(value(r, 'requests.granted.total')).toBe(4);
    const twice = await read(report(['附表1', ...TABLE2, '附表2', ...TABLE3, '附表3', ...TABLE4, '附表4', ...TABLE3.map((l) => l.replace(/\t5\t2\t0/, '\t6\t1\t0'))], ['附表1', '附表2', '附表3']));
    expect(value(twice, 'requests.newReceived.total') ?? null).toBeNull();
  });
});
